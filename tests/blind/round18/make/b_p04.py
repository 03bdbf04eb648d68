# p04: provincial social development & human security office (Phatthalung-style), plan FY2570, Word -> PDF
# (Umpush, landscape), two-row header with quarter columns marked ✓, own follow-up column; COMPLETE
from common import *
NAME = 'p04_pmj_phatthalungnathi_plan_2570'
AG = 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพัทลุงนที'
A = [
 dict(no='๑', title='เปิดเผยข้อมูลการจ่ายเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อยและผู้ไร้ที่พึ่งรายเดือน', steps='สรุปรายชื่อและจำนวนเงินโดยปกปิดข้อมูลส่วนบุคคล\nเผยแพร่บนเว็บไซต์ทุกเดือน',
      resp='กลุ่มการพัฒนาสังคมและสวัสดิการ', q=[1, 2, 3, 4], mon='หัวหน้ากลุ่มรายงาน พมจ. ทุกเดือน', outcome='ข้อมูลการจ่ายเงินสงเคราะห์ตรวจสอบได้ครบ 12 เดือน'),
 dict(no='๒', title='ป้องกันการเรียกรับผลประโยชน์ในการพิจารณาเงินสงเคราะห์และเงินกู้ยืมกองทุนผู้สูงอายุ', steps='พิจารณาโดยคณะกรรมการ ๓ คน\nแจ้งผลเป็นหนังสือ\nเปิดช่องทางแจ้งเบาะแสสายตรง',
      resp='กลุ่มนโยบายและวิชาการ / ศูนย์ช่วยเหลือสังคม', q=[1, 2, 3, 4], mon='สรุปผลการพิจารณารายไตรมาสเสนอ พมจ.', outcome='ไม่มีข้อร้องเรียนการเรียกรับผลประโยชน์'),
 dict(no='๓', title='เสริมสร้างความรู้เรื่องการขัดกันแห่งผลประโยชน์แก่บุคลากรและอาสาสมัครพัฒนาสังคม (อพม.)', steps='อบรมออนไลน์ผ่านระบบ e-Learning\nทดสอบความรู้หลังอบรม',
      resp='กลุ่มอำนวยการ', q=[2], mon='รายงานผลการอบรมต่อสำนักงานปลัดกระทรวง พม.', outcome='ผู้ผ่านการทดสอบร้อยละ ๘๐'),
 dict(no='๔', title='ปรับปรุงมาตรฐานการให้บริการศูนย์ช่วยเหลือสังคมสายด่วน ๑๓๐๐ ระดับจังหวัด', steps='ทบทวนคู่มือการรับเรื่อง\nกำหนดระยะเวลาลงพื้นที่ไม่เกิน ๒๔ ชั่วโมง',
      resp='ศูนย์ช่วยเหลือสังคม', q=[2, 3], mon='ติดตามผ่านระบบรายงานสายด่วน ๑๓๐๐ และรายงาน พมจ. ทุกเดือน', outcome='ลงพื้นที่ภายใน ๒๔ ชั่วโมงร้อยละ ๙๕'),
 dict(no='๕', title='ติดตามและรายงานผลการดำเนินการตามแผนรอบ ๖ เดือนและ ๑๒ เดือน', steps='รวบรวมผลจากทุกกลุ่มงาน\nจัดทำรายงานเสนอ พมจ. และเผยแพร่',
      resp='กลุ่มนโยบายและวิชาการ', q=[2, 4], mon='รายงานผลต่อ พมจ. และเผยแพร่บนเว็บไซต์', outcome='มีรายงานผลรอบ ๖ และ ๑๒ เดือน'),
]
QH = ['ไตรมาส ๑\n(ต.ค.–ธ.ค. ๖๙)', 'ไตรมาส ๒\n(ม.ค.–มี.ค. ๗๐)', 'ไตรมาส ๓\n(เม.ย.–มิ.ย. ๗๐)', 'ไตรมาส ๔\n(ก.ค.–ก.ย. ๗๐)']
def build():
    doc = new_doc('Umpush', 13, True, (1.6, 1.4, 1.6, 1.4))
    header_footer(doc, AG + ' | แผน ITA ๒๕๗๐', 'pageof', 11)
    para(doc, 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, 16, 'c')
    para(doc, AG, True, 15, 'c')
    para(doc, 'ผลการประเมิน ITA ปี ๒๕๖๙ ของสำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ได้ ๙๓.๑๑ คะแนน (ผ่าน)', align='c', space_after=6)
    n = 10
    t = doc.add_table(rows=2, cols=n); t.style = 'Table Grid'
    top = ['ที่', 'กิจกรรม', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ']
    for i, h in enumerate(top):
        c = t.rows[0].cells[i].merge(t.rows[1].cells[i]); cell_text(c, h, bold=True, align='c')
    c = t.rows[0].cells[4].merge(t.rows[0].cells[7]); cell_text(c, 'ระยะเวลาดำเนินการ ปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, align='c')
    for j, q in enumerate(QH): cell_text(t.rows[1].cells[4 + j], q, bold=True, align='c', size=11)
    for i, h in [(8, 'การติดตามผล'), (9, 'ตัวชี้วัด/ผลที่คาดว่าจะได้รับ')]:
        c = t.rows[0].cells[i].merge(t.rows[1].cells[i]); cell_text(c, h, bold=True, align='c')
    for r in t.rows[:2]:
        repeat_header(r)
        for c in r.cells: shade(c, 'E2EFDA')
    for a in A:
        r = t.add_row()
        for i, v in enumerate([a['no'], a['title'], a['steps'], a['resp']]): cell_text(r.cells[i], v, align='c' if i == 0 else None)
        for j in range(4):
            if j + 1 in a['q']: cell_text(r.cells[4 + j], '✓', align='c')
        cell_text(r.cells[8], a['mon']); cell_text(r.cells[9], a['outcome'])
    col_widths(t, [0.9, 5.2, 4.8, 3.2, 1.9, 1.9, 1.9, 1.9, 3.3, 3.3])
    para(doc, '')
    for ln in ['(ลงชื่อ) ......................................', '(นางรอฮานี เจ๊ะแว)', 'พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพัทลุงนที', 'อนุมัติ ณ วันที่ ๑๒ ธันวาคม ๒๕๖๙']:
        para(doc, ln, align='c')
    src = os.path.join(BUILD, NAME + '.docx'); doc.save(src)
    pdf = to_pdf(src); shutil.copy(pdf, out(NAME, 'pdf'))
    items = [(a['no'], a['title'], elements(dict(a, period='x' if a['q'] else ''), 'plan', general_mon=True)) for a in A]
    write_truth(NAME, 'pdf', 'plan', 2570, AG, 'activity', items, [],
        'Word->PDF (Umpush 13, landscape): running header, "หน้า n จาก N" footer; 10 columns with a two-row header '
        '("ระยะเวลาดำเนินการ ปีงบประมาณ พ.ศ. ๒๕๗๐" over four quarter columns with their month ranges), both repeated; '
        'period given ONLY as ✓ marks; own การติดตามผล and indicator columns; activity ๕ is the plan\'s own 6/12-month '
        'report. Thai-digit numbers ๑–๕. Score is the ministry office\'s (93.11 ผ่าน). COMPLETE.')
if __name__ == '__main__': build()
