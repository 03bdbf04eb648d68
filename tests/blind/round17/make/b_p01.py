"""p01: อบจ. plan FY2570 - Word landscape (TH SarabunIT๙), group rows per assessment tool, COMPLETE."""
from common import *
NAME = 'p01_pao_maeklongwari_plan_2570.docx'
AG = 'องค์การบริหารส่วนจังหวัดแม่กลองวารี'
G = [
 ('การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', [
  dict(num='๑', title='ทบทวนและประกาศแนวทางการใช้ทรัพย์สินของ อบจ.', steps='จัดทำแนวทาง → เสนอนายก อบจ. ลงนาม → แจ้งเวียนทุกกอง', period='ต.ค. – ธ.ค. ๒๕๖๙', resp='สำนักปลัด อบจ.', outcome='ทุกกองรับทราบแนวทางร้อยละ ๑๐๐', mon='รายงานนายก อบจ. เมื่อแล้วเสร็จ', budget='-'),
  dict(num='๒', title='อบรมป้องกันผลประโยชน์ทับซ้อนสำหรับบุคลากรใหม่', steps='สำรวจบุคลากรบรรจุใหม่ → จัดอบรม ๑ วัน → ประเมินผลหลังอบรม', period='ก.พ. ๒๕๗๐', resp='กองการเจ้าหน้าที่', outcome='ผู้เข้าอบรมผ่านแบบทดสอบร้อยละ ๘๐', mon='สรุปผลการอบรมรายงานปลัด อบจ.', budget='๒๕,๐๐๐')]),
 ('การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', [
  dict(num='๓', title='สำรวจความพึงพอใจผู้รับบริการท่าเทียบเรือและศูนย์บริการประชาชน', steps='ออกแบบแบบสำรวจออนไลน์ → เก็บข้อมูลรายไตรมาส → วิเคราะห์และปรับปรุงบริการ', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', resp='กองยุทธศาสตร์และงบประมาณ', outcome='ความพึงพอใจไม่น้อยกว่าร้อยละ ๘๕', mon='รายงานผลสำรวจต่อคณะผู้บริหารทุกไตรมาส', budget='-'),
  dict(num='๔', title='เผยแพร่ขั้นตอนการอนุมัติอนุญาตใช้ถนนและทางเชื่อม', steps='จัดทำ Infographic → เผยแพร่เว็บไซต์/Facebook → ติดประกาศที่ศูนย์บริการ', period='พ.ย. ๒๕๖๙ – ม.ค. ๒๕๗๐', resp='กองช่าง', outcome='ผู้ขออนุญาตทราบขั้นตอนและระยะเวลาล่วงหน้า', mon='กองช่างรายงานผลต่อรองนายก อบจ. ที่กำกับดูแล', budget='๕,๐๐๐')]),
 ('การเปิดเผยข้อมูลสาธารณะ (OIT)', [
  dict(num='๕', title='ปรับปรุงเว็บไซต์ อบจ. ให้ครบตามตัวชี้วัด OIT', steps='แต่งตั้งผู้รับผิดชอบรายข้อ → ตรวจทานข้อมูลรายเดือน → แก้ไขให้เป็นปัจจุบัน', period='ต.ค. ๒๕๖๙ – มี.ค. ๒๕๗๐', resp='สำนักปลัด อบจ. (ฝ่ายประชาสัมพันธ์)', outcome='ข้อมูล OIT ครบถ้วนร้อยละ ๑๐๐', mon='คณะทำงาน ITA ตรวจสอบรายเดือนและรายงานปลัด อบจ.', budget='-'),
  dict(num='๖', title='เผยแพร่รายงานการจัดซื้อจัดจ้างและผลการใช้จ่ายงบประมาณ', steps='รวบรวมข้อมูล สขร.๑ → เผยแพร่ภายในวันที่ ๑๕ ของเดือนถัดไป', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', resp='กองพัสดุและทรัพย์สิน / กองคลัง', outcome='เผยแพร่ครบ ๑๒ เดือน', mon='รายงานผลรอบ ๖ และ ๑๒ เดือนต่อนายก อบจ.', budget='-'),
  dict(num='๗', title='ติดตามและรายงานผลการดำเนินการตามแผนรอบ ๖ เดือนและ ๑๒ เดือน', steps='รวบรวมผลจากทุกกอง → จัดทำรายงาน → เสนอนายก อบจ. และเผยแพร่', period='เม.ย. ๒๕๗๐ และ ก.ย. ๒๕๗๐', resp='สำนักปลัด อบจ. (งานนิติการ)', outcome='มีรายงานผลเผยแพร่ ๒ ครั้ง', mon='เสนอนายก อบจ. และเผยแพร่บนเว็บไซต์', budget='-')]),
]
def build():
    d = new_doc('TH SarabunIT๙', 15, landscape=True, margins=(1.8, 1.5, 2.0, 1.5))
    s = d.sections[0]; header_footer(s, None, 'page', 13)
    para(d, 'แผนปฏิบัติการเพื่อยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)', bold=True, size=18, align='center')
    para(d, f'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐  {AG}', bold=True, size=18, align='center')
    para(d, '        ผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๙ อบจ.แม่กลองวารี ได้คะแนน ๘๗.๓๓ คะแนน อยู่ในระดับ ผ่าน เพื่อยกระดับผลการประเมินในปี พ.ศ. ๒๕๗๐ จึงจัดทำแผนปฏิบัติการ ดังนี้')
    para(d)
    hdr = ['ที่', 'กิจกรรม', 'วิธีดำเนินการ', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'ตัวชี้วัด', 'งบประมาณ (บาท)', 'การติดตามผล']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hdr): cell_lines(t.rows[0].cells[i], h, bold=True, align='center'); shade(t.rows[0].cells[i], 'DEEAF6')
    repeat_header(t.rows[0])
    allm = []
    for gname, acts in G:
        r = t.add_row(); c = r.cells[0].merge(r.cells[7]); cell_lines(c, gname, bold=True); shade(c, 'F2F2F2')
        for m in acts:
            allm.append(m)
            rc = t.add_row().cells
            for i, k in enumerate(['num', 'title', 'steps', 'period', 'resp', 'outcome', 'budget', 'mon']):
                cell_lines(rc[i], m[k], align='center' if k in ('num', 'budget') else None)
    widths(t, [1.0, 5.0, 6.0, 2.8, 3.4, 3.4, 2.0, 3.6])
    para(d)
    para(d, 'ลงชื่อ .................................... ผู้เสนอแผน', align='center'); para(d, '(นางวิไลวรรณ  คลองโคน)', align='center'); para(d, 'ปลัดองค์การบริหารส่วนจังหวัดแม่กลองวารี', align='center')
    para(d)
    para(d, 'ลงชื่อ .................................... ผู้อนุมัติแผน', align='center'); para(d, '(นายเกรียงไกร  อัมพวาวงศ์)', align='center'); para(d, 'นายกองค์การบริหารส่วนจังหวัดแม่กลองวารี', align='center')
    d.save(os.path.join(OUT, NAME))
    write_truth(NAME, 'plan', 2570, AG, 'activity', allm, [],
        'Ordinary อบจ. plan (TH SarabunIT๙, landscape, footer "- n -"): "แผนปฏิบัติการ…"; 8 cols incl. budget, header row repeating; merged shaded unnumbered group rows per assessment tool (IIT / EIT / OIT) - not units; activities numbered ๑–๗ (unit = activity); steps as "→" chains; own ตัวชี้วัด (= outcome) and การติดตามผล columns; activity ๗ is also the plan\'s own 6/12-month report. ITA 2569 87.33 ผ่าน. Signature lines with dotted "ลงชื่อ ....". Output never stated (plan). COMPLETE.')
if __name__ == '__main__':
    build()
