# p01: อบจ., plan FY2570, DOCX landscape with a 12-month grid (shaded cells marked ●), activity 6 = the plan's own follow-up; COMPLETE
from common import *
NAME = 'p01_pao_buraphasamut_plan_2570'
AG = 'องค์การบริหารส่วนจังหวัดบูรพาสมุทร'
MON = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']
A = [
 dict(no='1', title='ประกาศเจตจำนงสุจริตและนโยบายไม่รับของขวัญของนายก อบจ.', steps='ยกร่างประกาศ → นายก อบจ. ลงนาม → เผยแพร่และชี้แจงบุคลากรทุกกอง',
      resp='สำนักปลัด อบจ.', months=[0, 1], outcome='บุคลากรทุกคนรับทราบประกาศ'),
 dict(no='2', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างโครงการก่อสร้างถนนและสะพาน พร้อมราคากลาง', steps='กองพัสดุฯ สรุปข้อมูลรายเดือน → เผยแพร่บนเว็บไซต์และระบบ e-GP',
      resp='กองพัสดุและทรัพย์สิน / กองช่าง', months=list(range(12)), outcome='ข้อมูลครบทุกโครงการ (OIT o12–o15)'),
 dict(no='3', title='อบรมการป้องกันผลประโยชน์ทับซ้อนแก่คณะกรรมการตรวจรับพัสดุ', steps='จัดอบรม 1 วัน → ทดสอบความรู้ → จัดทำแนวปฏิบัติคณะกรรมการตรวจรับ',
      resp='กองการเจ้าหน้าที่', months=[3, 4], outcome='ผู้เข้าอบรมผ่านแบบทดสอบร้อยละ 80'),
 dict(no='4', title='พัฒนาระบบขออนุญาตใช้สนามกีฬาจังหวัดและอาคารของ อบจ. ออนไลน์', steps='พัฒนาระบบจองออนไลน์ → เปิดให้บริการ → ประกาศตารางการใช้สถานที่',
      resp='กองการศึกษา ศาสนาและวัฒนธรรม', months=[2, 3, 4, 5, 6], outcome='ลดการใช้ดุลยพินิจในการอนุญาต ผู้ใช้บริการพึงพอใจร้อยละ 85'),
 dict(no='5', title='เปิดช่องทางแจ้งเบาะแสการทุจริตและคุ้มครองผู้แจ้ง', steps='ปรับปรุงแบบฟอร์มออนไลน์ → กำหนดผู้เข้าถึงข้อมูล → รายงานผลการจัดการรายไตรมาส',
      resp='หน่วยตรวจสอบภายใน', months=list(range(12)), outcome='เรื่องที่แจ้งได้รับการตรวจสอบภายใน 30 วัน'),
 dict(no='6', title='ติดตามและรายงานผลการดำเนินการตามแผนต่อนายก อบจ. รอบ 6 เดือน และ 12 เดือน', steps='รวบรวมผลจากทุกกอง → สรุปรายงาน → เสนอนายก อบจ. และเผยแพร่บนเว็บไซต์',
      resp='กองยุทธศาสตร์และงบประมาณ', months=[5, 11], outcome='รายงานผล 2 ครั้ง เผยแพร่ทันเวลา'),
]
def build():
    d = new_doc(font='TH SarabunIT๙', size=15, landscape=True, margins=(1.5, 1.2, 1.2, 1.2))
    header_footer(d, head='แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส อบจ.บูรพาสมุทร ปีงบประมาณ พ.ศ. ๒๕๗๐', foot_page='หน้า {P}', size=12)
    para(d, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, size=18, align='c')
    para(d, 'องค์การบริหารส่วนจังหวัดบูรพาสมุทร', bold=True, size=18, align='c')
    p = para(d, 'ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ได้คะแนน ๘๖.๕๔ คะแนน ผ่าน องค์การบริหารส่วนจังหวัดบูรพาสมุทรจึงจัดทำแผนปฏิบัติการฉบับนี้เพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. ๒๕๗๐', align='j', space_after=6)
    p.paragraph_format.first_line_indent = Cm(1.25)
    ncol = 4 + 12 + 1
    t = d.add_table(rows=2, cols=ncol); t.style = 'Table Grid'
    heads = ['ที่', 'กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ'] + [None] * 12 + ['ตัวชี้วัด']
    for i, h in enumerate(heads):
        if h: cell_text(t.rows[0].cells[i], h, bold=True, size=13, align='c', shade='E2EFDA')
    cell_text(t.rows[0].cells[4], 'ระยะเวลาดำเนินการ (ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐)', bold=True, size=13, align='c', shade='E2EFDA')
    for j, mname in enumerate(MON):
        cell_text(t.rows[1].cells[4 + j], mname, bold=True, size=12, align='c', shade='E2EFDA')
    t.rows[0].cells[4].merge(t.rows[0].cells[15])
    for i in (0, 1, 2, 3, 16):
        t.rows[0].cells[i].merge(t.rows[1].cells[i])
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for a in A:
        r = t.add_row().cells
        cell_text(r[0], th(a['no']), size=13, align='c'); cell_text(r[1], a['title'], size=13); cell_text(r[2], a['steps'], size=13)
        cell_text(r[3], a['resp'], size=13); cell_text(r[16], a['outcome'], size=13)
        for j in range(12):
            if j in a['months']:
                cell_text(r[4 + j], '●', size=11, align='c', shade='A9D08E')
    widths(t, [0.8, 5.0, 5.6, 3.4] + [0.72] * 12 + [3.8])
    para(d, '')
    sign(d, 'นายชาญวิทย์ มหาสมุทร', 'นายกองค์การบริหารส่วนจังหวัดบูรพาสมุทร', indent=15)
    d.save(os.path.join(OUT, NAME + '.docx'))
    for a in A:
        a['label_no'] = a['no']; a['period'] = ' '.join(MON[j] for j in a['months'])
    write_truth(NAME, 'docx', 'plan', 2570, AG, 'activity', A, general_monitoring=True,
        notes='อบจ. plan (TH SarabunIT๙, landscape): two-row header - "ระยะเวลาดำเนินการ (ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐)" over 12 month columns; the '
              'period is shown ONLY by green-shaded month cells carrying "●"; both header rows repeat; steps as "→" chains; own indicator column. '
              'Activity 6 is the plan\'s own 6/12-month follow-up and report = monitoring for every activity. Unit = activity (numbered ๑–๖). '
              'ITA 2569 86.54 ผ่าน. COMPLETE.')
if __name__ == '__main__':
    build()
