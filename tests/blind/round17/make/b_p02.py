"""p02: provincial community-development office plan FY2570 - Word landscape (Umpush) -> PDF, quarter columns with ✓."""
import shutil
from common import *
NAME = 'p02_cdd_samutmaeklong_plan_2570.pdf'
AG = 'สำนักงานพัฒนาชุมชนจังหวัดสมุทรแม่กลอง'
M = [
 dict(num='1', title='ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์สำนักงานตามเกณฑ์ OIT', steps='1) ตรวจสอบรายการข้อมูล OIT\n2) มอบหมายกลุ่มงานรับผิดชอบรายข้อ\n3) นำข้อมูลขึ้นเว็บไซต์', q=[1, 1, 0, 0], resp='กลุ่มงานบริหารทั่วไป', outcome='ข้อมูล OIT ครบถ้วนและเป็นปัจจุบัน'),
 dict(num='2', title='ประชาสัมพันธ์ขั้นตอนการขอรับการสนับสนุนเงินทุนกองทุนพัฒนาบทบาทสตรี', steps='1) จัดทำคู่มือ/Infographic\n2) เผยแพร่ผ่านพัฒนาการอำเภอและเพจสำนักงาน', q=[0, 1, 1, 0], resp='กลุ่มงานส่งเสริมและพัฒนาชุมชน', outcome='กลุ่มสตรีเข้าถึงข้อมูลการขอรับเงินทุนทุกอำเภอ'),
 dict(num='3', title='เสริมสร้างความโปร่งใสในการคัดเลือกหมู่บ้านเศรษฐกิจพอเพียงต้นแบบ', steps='1) ประกาศหลักเกณฑ์การคัดเลือก\n2) แต่งตั้งคณะกรรมการจากภาคประชาชนร่วมพิจารณา\n3) ประกาศผลพร้อมคะแนน', q=[0, 0, 1, 1], resp='', outcome='ไม่มีข้อร้องเรียนผลการคัดเลือก'),
 dict(num='4', title='ส่งเสริมการไม่รับของขวัญและสิ่งตอบแทน (No Gift Policy)', steps='1) ประกาศนโยบายของพัฒนาการจังหวัด\n2) ประชาสัมพันธ์แก่ผู้นำกลุ่มและเครือข่ายอาสาพัฒนา', q=[1, 0, 0, 0], resp='พัฒนาการจังหวัด / กลุ่มงานบริหารทั่วไป', outcome='บุคลากรและเครือข่ายรับทราบนโยบาย'),
 dict(num='5', title='จัดทำทะเบียนควบคุมการใช้รถยนต์ราชการและวัสดุสำนักงาน', steps='1) จัดทำทะเบียนคุม\n2) กำหนดผู้ตรวจสอบประจำเดือน', q=[0, 0, 0, 0], resp='กลุ่มงานบริหารทั่วไป (งานพัสดุ)', outcome='การใช้ทรัพย์สินของราชการมีหลักฐานตรวจสอบได้'),
 dict(num='6', title='อบรมเสริมสร้างจริยธรรมข้าราชการพัฒนาชุมชน', steps='1) จัดอบรมครึ่งวันร่วมกับการประชุมประจำเดือน\n2) ลงนามประกาศเจตนารมณ์', q=[0, 1, 0, 0], resp='กลุ่มงานบริหารทั่วไป', outcome='บุคลากรเข้าร่วมร้อยละ ๙๕'),
]
for m in M:
    m['period'] = '✓' if any(m['q']) else ''
def build():
    d = new_doc('Umpush', 12, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
    s = d.sections[0]; header_footer(s, f'{AG}', 'of', 10)
    para(d, 'แนวทางและมาตรการในการยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)', bold=True, size=16, align='center')
    para(d, f'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐   {AG}', bold=True, size=16, align='center')
    para(d, '        กรมการพัฒนาชุมชนได้คะแนน ITA ประจำปี พ.ศ. ๒๕๖๙ จำนวน ๙๒.๐๔ คะแนน อยู่ในระดับ ผ่าน สำนักงานพัฒนาชุมชนจังหวัดสมุทรแม่กลองจึงกำหนดแนวทางและมาตรการ เพื่อรักษาและยกระดับผลการประเมินในปี พ.ศ. ๒๕๗๐ ดังนี้')
    para(d)
    t = d.add_table(rows=2, cols=9); t.style = 'Table Grid'
    top = ['ลำดับ', 'มาตรการ/กิจกรรม', 'ขั้นตอนการดำเนินการ', 'ระยะเวลาดำเนินการ (ปีงบประมาณ พ.ศ. ๒๕๗๐)', '', '', '', 'ผู้รับผิดชอบ', 'ผลลัพธ์ที่คาดหวัง']
    for j, v in enumerate(top): cell_lines(t.rows[0].cells[j], v, bold=True, align='center')
    for j, v in enumerate(['ไตรมาส ๑\n(ต.ค.–ธ.ค. ๖๙)', 'ไตรมาส ๒\n(ม.ค.–มี.ค. ๗๐)', 'ไตรมาส ๓\n(เม.ย.–มิ.ย. ๗๐)', 'ไตรมาส ๔\n(ก.ค.–ก.ย. ๗๐)']):
        cell_lines(t.rows[1].cells[3 + j], v, bold=True, align='center', size=10)
    t.cell(0, 3).merge(t.cell(0, 6))
    for j in (0, 1, 2, 7, 8): t.cell(0, j).merge(t.cell(1, j))
    for r in t.rows[:2]:
        repeat_header(r)
        for c in r.cells: shade(c, 'FFF2CC')
    for m in M:
        rc = t.add_row().cells
        cell_lines(rc[0], td(m['num']), align='center'); cell_lines(rc[1], m['title']); cell_lines(rc[2], td(m['steps']))
        for j in range(4): cell_lines(rc[3 + j], '✓' if m['q'][j] else '', align='center')
        cell_lines(rc[7], m['resp']); cell_lines(rc[8], m['outcome'])
    widths(t, [1.3, 4.8, 6.0, 1.8, 1.8, 1.8, 1.8, 3.3, 3.9])
    para(d)
    para(d, '(นางสาวปิยะนุช  บางคนที)', align='right'); para(d, 'พัฒนาการจังหวัดสมุทรแม่กลอง', align='right')
    src = os.path.join(BUILD, 'p02.docx'); d.save(src)
    shutil.copy(soffice(src), os.path.join(OUT, NAME))
    write_truth(NAME, 'plan', 2570, AG, 'activity', M,
        ['activity 3: responsible cell left blank', 'activity 5: no quarter ticked (no period)',
         'no follow-up or reporting of the plan stated anywhere (monitoring missing for every activity)'],
        'Provincial-office plan exported from Word to PDF (Umpush, landscape, running header, "หน้า n จาก N"): "แนวทางและมาตรการในการยกระดับ… (ITA)"; 9 cols, two-row header ("ระยะเวลาดำเนินการ (ปีงบประมาณ พ.ศ. ๒๕๗๐)" over four quarter columns with month ranges), both rows repeated; the period is shown ONLY by ✓ marks in quarter cells; steps "๑) ๒)" in the cell; ผลลัพธ์ที่คาดหวัง = outcome. Score is the department\'s 92.04 ผ่าน. No monitoring column, no follow-up activity or statement. Rows ๑ and ๓ are cut by page breaks (their tails under the repeated header belong to the activity above). Unit = activity (numbered ๑–๖).')
if __name__ == '__main__':
    build()
