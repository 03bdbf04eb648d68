"""r06: provincial prosecutor office results FY2569 - Word landscape (Kinnari) -> PDF; two-row header; measure cells
vMerged over activity rows (unit = measure); general follow-up paragraph; CONTRADICTORY score."""
import shutil
from common import *
NAME = 'r06_ago_phetnathi_results_2569.pdf'
AG = 'สำนักงานอัยการจังหวัดเพชรนที'
M = [
 dict(num='๑', title='มาตรการเปิดเผยข้อมูลการให้บริการประชาชนและผลการดำเนินงาน', acts=[
   ('๑.๑ ปรับปรุงข้อมูลบนเว็บไซต์สำนักงานให้ครบตามตัวชี้วัด OIT', 'ฝ่ายอำนวยการ', 'ต.ค. ๖๘ – มี.ค. ๖๙', 'ปรับปรุงข้อมูลครบ ๓๓ รายการ', 'ประชาชนเข้าถึงข้อมูลได้ครบถ้วน'),
   ('๑.๒ จัดทำ Infographic ขั้นตอนการขอรับความช่วยเหลือทางกฎหมาย', 'สำนักงานคุ้มครองสิทธิและช่วยเหลือทางกฎหมายฯ (สคช.)', 'ม.ค. – มิ.ย. ๖๙', 'เผยแพร่ Infographic ๖ เรื่อง', 'ผู้ขอรับความช่วยเหลือเพิ่มขึ้นร้อยละ ๑๒')]),
 dict(num='๒', title='มาตรการป้องกันการรับสินบนและผลประโยชน์ทับซ้อนในการพิจารณาสั่งคดี', acts=[
   ('๒.๑ ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ของอัยการจังหวัด', '-', 'ต.ค. ๖๘', 'ประกาศนโยบาย ๑ ฉบับ เผยแพร่บนเว็บไซต์', 'บุคลากรรับทราบนโยบายทุกคน'),
   ('๒.๒ จัดทำแบบแสดงความไม่มีส่วนได้เสียของพนักงานอัยการในคดีที่รับผิดชอบ', '-', 'ต.ค. ๖๘ – ก.ย. ๖๙', 'พนักงานอัยการลงนามครบ ๑๑ คน', 'ไม่พบข้อร้องเรียนเรื่องผลประโยชน์ทับซ้อน')]),
 dict(num='๓', title='มาตรการควบคุมการใช้ทรัพย์สินของทางราชการ', acts=[
   ('๓.๑ จัดทำทะเบียนคุมการยืมคืนครุภัณฑ์คอมพิวเตอร์และรถยนต์', 'ฝ่ายอำนวยการ (งานพัสดุ)', '-', 'มีทะเบียนคุมครบ ๒ ประเภท', 'การยืมคืนเป็นไปตามระเบียบ'),
   ('๓.๒ ตรวจสอบพัสดุประจำปี', 'คณะกรรมการตรวจสอบพัสดุ', 'ต.ค. – พ.ย. ๖๘', 'ตรวจสอบแล้วเสร็จ รายงานอธิบดีอัยการภาค', 'ไม่พบพัสดุสูญหาย')]),
 dict(num='๔', title='มาตรการเสริมสร้างวัฒนธรรมองค์กรสุจริต', acts=[
   ('๔.๑ กิจกรรม "อัยการเพชรนทีใสสะอาด" ประกาศเจตนารมณ์ต่อต้านการทุจริต', 'คณะทำงานส่งเสริมคุณธรรม', 'ธ.ค. ๖๘', 'บุคลากรเข้าร่วม ๓๒ คน', 'อยู่ระหว่างดำเนินการ'),
   ('๔.๒ อบรมประมวลจริยธรรมข้าราชการฝ่ายอัยการ', 'ฝ่ายอำนวยการ', 'มี.ค. ๖๙', 'อบรม ๑ ครั้ง ผู้เข้าอบรม ๒๙ คน', 'อยู่ระหว่างดำเนินการ')]),
 dict(num='๕', title='มาตรการจัดการเรื่องร้องเรียนและการแจ้งเบาะแส', acts=[
   ('๕.๑ เปิดช่องทางร้องเรียนทางเว็บไซต์ โทรศัพท์ และกล่องรับเรื่อง', 'ฝ่ายอำนวยการ', 'ต.ค. ๖๘ – ก.ย. ๖๙', 'รับเรื่องร้องเรียน ๕ เรื่อง ไม่เกี่ยวกับการทุจริต', 'ผู้ร้องได้รับแจ้งผลภายใน ๑๕ วันทุกราย')]),
]
for m in M:
    m['steps'] = [a[0] for a in m['acts']]; m['resp'] = [a[1] for a in m['acts']]; m['period'] = [a[2] for a in m['acts']]
    m['output'] = [a[3] for a in m['acts']]; m['outcome'] = [a[4] for a in m['acts']]
def vmerge(cells_col):
    cells_col[0].merge(cells_col[-1])
def build():
    d = new_doc('Kinnari', 14, landscape=True, margins=(1.6, 1.5, 1.6, 1.6))
    s = d.sections[0]
    header_footer(s, f'{AG} – รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๙', 'of', 11)
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=17, align='center')
    para(d, f'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙   {AG}', bold=True, size=17, align='center')
    para(d)
    para(d, '๑. ผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๘', bold=True)
    para(d, '        สำนักงานอัยการสูงสุดได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนนรวม ๙๐.๓๗ คะแนน อยู่ในระดับ ผ่าน โดยมีรายละเอียดตามตัวชี้วัด ดังนี้')
    t = d.add_table(rows=5, cols=4); t.style = 'Table Grid'
    sc = [('เครื่องมือการประเมิน', 'คะแนน', 'น้ำหนัก', 'คะแนนถ่วงน้ำหนัก'), ('IIT (๓๐%)', '๘๙.๖๐', '๐.๓', '๒๖.๘๘'),
          ('EIT (๓๐%)', '๘๗.๔๐', '๐.๓', '๒๖.๒๒'), ('OIT (๔๐%)', '๙๔.๐๘', '๐.๔', '๓๗.๖๓'), ('รวม', '', '', '๙๐.๗๓')]
    for i, r in enumerate(sc):
        for j, v in enumerate(r): cell_lines(t.rows[i].cells[j], v, bold=(i in (0, 4)), align='center')
    widths(t, [5, 3, 3, 4])
    para(d)
    para(d, '๒. ผลการดำเนินการตามมาตรการ', bold=True)
    t = d.add_table(rows=2, cols=7); t.style = 'Table Grid'
    h0 = ['ที่', 'มาตรการ', 'กิจกรรม/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน', '']
    for j, v in enumerate(h0): cell_lines(t.rows[0].cells[j], v, bold=True, align='center')
    cell_lines(t.rows[1].cells[5], 'ผลผลิต (Output)', bold=True, align='center'); cell_lines(t.rows[1].cells[6], 'ผลลัพธ์ (Outcome)', bold=True, align='center')
    t.rows[0].cells[5].merge(t.rows[0].cells[6])
    for j in range(5): t.cell(0, j).merge(t.cell(1, j))
    for r in t.rows[:2]:
        repeat_header(r)
        for c in r.cells: shade(c, 'E2EFD9')
    for m in M:
        start = len(t.rows)
        for a in m['acts']:
            r = t.add_row().cells
            for j, v in enumerate(a): cell_lines(r[2 + j], v, align='center' if v == '-' else None)
        cell_lines(t.cell(start, 0), m['num'] + '.', align='center'); cell_lines(t.cell(start, 1), m['title'])
        if len(m['acts']) > 1:
            for j in (0, 1): t.cell(start, j).merge(t.cell(len(t.rows) - 1, j))
    widths(t, [1.2, 4.6, 6.4, 3.6, 2.6, 4.0, 4.0])
    para(d)
    para(d, '๓. การติดตามและรายงานผล', bold=True)
    para(d, '        ฝ่ายอำนวยการติดตามความก้าวหน้าของทุกมาตรการเป็นรายไตรมาส และรายงานอัยการจังหวัดเพชรนทีทราบ รวมทั้งรายงานผลรอบ ๖ เดือนและ ๑๒ เดือนต่อสำนักงานอัยการภาค ๗ และเผยแพร่บนเว็บไซต์ของสำนักงาน')
    para(d)
    para(d, '(นายอนุชา  ศรีเพชรนที)', align='right'); para(d, 'อัยการจังหวัดเพชรนที', align='right'); para(d, '๒๓ ตุลาคม ๒๕๖๙', align='right')
    src = os.path.join(BUILD, 'r06.docx'); d.save(src)
    shutil.copy(soffice(src), os.path.join(OUT, NAME))
    write_truth(NAME, 'results', 2569, AG, 'measure', M,
        ["measure 2: responsible is '-' on both activity rows",
         "measure 4: outcome is 'อยู่ระหว่างดำเนินการ' on both activity rows",
         'score: prose says 90.37 but the IIT/EIT/OIT weighted table totals 90.73'],
        'Prosecutor-office Word file exported to PDF (Kinnari, landscape, running header, "หน้า n จาก N"). Section ๑ gives the OAG ITA 2568 score in prose (90.37 ผ่าน) and an IIT/EIT/OIT weighted table totalling 90.73 (contradictory). Measures table: two-row header ("ผลการดำเนินงาน" over ผลผลิต (Output) / ผลลัพธ์ (Outcome), other header cells vMerged), both rows repeated; ที่ and มาตรการ cells VERTICALLY MERGED over activity rows ๑.๑–๕.๑ - unit = measure (5), an element present when stated in any of its rows (measure 3 period "-" on 3.1 but given on 3.2 = present). No monitoring column; section ๓ "การติดตามและรายงานผล" = monitoring for every measure.',
        general_monitoring=True)
if __name__ == '__main__':
    build()
