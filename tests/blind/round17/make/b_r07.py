"""r07: เทศบาลตำบล results FY2569 - `pdftotext -layout` of a landscape Word PDF (Garuda) whose text stores every
SARA AM as NIKHAHIT + SARA AA (U+0E4D U+0E32), so the extracted text has 'ดําเนินการ' throughout (headers, title)."""
import shutil, subprocess
from common import *
NAME = 'r07_tt_donraetai_results_2569.txt'
AG = 'เทศบาลตำบลดอนแร่ใต้'
DEC = lambda s: s.replace('ำ', '\u0e4d\u0e32') if isinstance(s, str) else s
M = [
 dict(num='1', title='มาตรการเผยแพร่ข้อมูลการใช้จ่ายงบประมาณประจำปี',
      steps='1) จัดทำรายงานการใช้จ่ายงบประมาณรายไตรมาส\n2) เผยแพร่บนเว็บไซต์และบอร์ดประชาสัมพันธ์\n3) รายงานผลต่อนายกเทศมนตรีทุกไตรมาส',
      resp='กองคลัง', period='ต.ค. 2568 - ก.ย. 2569', status='ดำเนินการแล้ว', output='เผยแพร่รายงานครบ 4 ไตรมาส', outcome='ประชาชนตรวจสอบการใช้จ่ายงบประมาณได้'),
 dict(num='2', title='มาตรการป้องกันการขัดกันระหว่างประโยชน์ส่วนตนและส่วนรวม',
      steps='1) จัดทำคู่มือผลประโยชน์ทับซ้อน\n2) อบรมพนักงานเทศบาลและพนักงานจ้าง',
      resp='สำนักปลัดเทศบาล', period='ม.ค. - มี.ค. 2569', status='ดำเนินการแล้ว', output='อบรม 1 ครั้ง ผู้เข้าร่วม 64 คน', outcome='-'),
 dict(num='3', title='มาตรการจัดซื้อจัดจ้างโปร่งใสผ่านระบบ e-GP',
      steps='1) ประกาศแผนจัดซื้อจัดจ้างภายใน 30 วันหลังงบประมาณผ่าน\n2) จัดทำ สขร.1 รายเดือน\n3) สรุปผลรายงานผู้บริหารทุกเดือน',
      resp='กองคลัง (งานพัสดุ)', period='ต.ค. 2568 - ก.ย. 2569', status='ดำเนินการแล้ว', output='ประกาศแผน 1 ฉบับ จัดทำ สขร.1 ครบ 12 เดือน', outcome='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
 dict(num='4', title='มาตรการลดระยะเวลาการให้บริการจัดเก็บขยะและน้ำประปา',
      steps='1) กำหนดมาตรฐานระยะเวลาการให้บริการ\n2) เปิดรับแจ้งปัญหาผ่าน LINE OA เทศบาล',
      resp='', period='ต.ค. 2568 - ก.ย. 2569', status='ดำเนินการแล้ว', output='รับแจ้งผ่าน LINE OA 236 เรื่อง แก้ไขแล้ว 229 เรื่อง', outcome='ระยะเวลาแก้ไขปัญหาเฉลี่ย 2 วัน'),
 dict(num='5', title='มาตรการส่งเสริมคุณธรรมจริยธรรมของผู้บริหารและพนักงาน',
      steps='1) ประกาศเจตนารมณ์ต่อต้านการทุจริต\n2) จัดกิจกรรมจิตอาสาทำความดี',
      resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='ธ.ค. 2568', status='ดำเนินการแล้ว', output='ผู้บริหารและพนักงานร่วมกิจกรรม 71 คน', outcome='บุคลากรตระหนักถึงการปฏิบัติงานอย่างซื่อสัตย์สุจริต'),
 dict(num='6', title='มาตรการเปิดช่องทางร้องเรียนการทุจริต',
      steps='1) ติดตั้งกล่องรับเรื่องร้องเรียน\n2) เพิ่มแบบฟอร์มร้องเรียนออนไลน์บนเว็บไซต์',
      resp='สำนักปลัดเทศบาล', period='ต.ค. 2568 - ก.ย. 2569', status='อยู่ระหว่างดำเนินการ', output='ติดตั้งกล่อง 3 จุด แบบฟอร์มออนไลน์ใช้งานได้', outcome='ยังไม่มีเรื่องร้องเรียนการทุจริต ประชาชนมีช่องทางแจ้งเบาะแสเพิ่มขึ้น'),
]
def build():
    d = new_doc('Garuda', 12, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
    s = d.sections[0]
    header_footer(s, DEC('เทศบาลตำบลดอนแร่ใต้  อำเภอโพธารามใน  จังหวัดราชบุรีวารี'), 'page', 10)
    para(d, DEC('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'), bold=True, size=15, align='center')
    para(d, DEC(AG), bold=True, size=15, align='center')
    para(d)
    para(d, DEC('        เทศบาลตำบลดอนแร่ใต้ได้รับผลการประเมิน ITA ประจำปี พ.ศ. 2568 ได้คะแนน 85.92 คะแนน ผลการประเมินอยู่ในระดับ ผ่าน และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 6 มาตรการ ผลการดำเนินการเป็นดังนี้'))
    para(d)
    hdr = ['ลำดับ', 'มาตรการ', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'สถานะ', 'ผลการดำเนินงาน', 'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hdr): cell_lines(t.rows[0].cells[i], DEC(h), bold=True, align='center')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for i, k in enumerate(['num', 'title', 'steps', 'resp', 'period', 'status', 'output', 'outcome']):
            cell_lines(r[i], DEC(m[k]), align='center' if k in ('num', 'status') or m[k] == '-' else None)
    widths(t, [1.3, 4.2, 6.4, 3.0, 2.8, 2.2, 3.8, 3.0])
    para(d)
    para(d, DEC('ลงชื่อ                                   ผู้รายงาน'), align='right')
    para(d, DEC('(นางสาวอรุณี  ทองสุข)'), align='right')
    para(d, DEC('หัวหน้าสำนักปลัดเทศบาล'), align='right')
    para(d)
    para(d, DEC('ลงชื่อ                                   ผู้รับรอง'), align='right')
    para(d, DEC('(นายสำราญ  ใจดี)'), align='right')
    para(d, DEC('นายกเทศมนตรีตำบลดอนแร่ใต้'), align='right')
    src = os.path.join(BUILD, 'r07.docx'); d.save(src)
    pdf = soffice(src)
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
    write(NAME, txt)
    write_truth(NAME, 'results', 2569, AG, 'measure', M,
        ["measure 2: outcome is '-'", 'measure 4: responsible cell left blank',
         'measures 2, 4, 5, 6: no follow-up or reporting stated (no monitoring column, no general follow-up statement)'],
        '`pdftotext -layout` of a landscape Word PDF (Garuda): space-aligned wrapped cells, running header, "- n -", form feeds. The source stores every SARA AM as NIKHAHIT + SARA AA (U+0E4D U+0E32), so the text reads "ดําเนินการ", "ผลการดําเนินงาน", "ลําดับ" everywhere incl. the title and headers; labels give the Thai as displayed (composed ำ). 8 cols with a status-word column (สถานะ) and an output column; no monitoring column and no general statement - monitoring present only where the measure\'s own last step reports (1: รายงานผลต่อนายกเทศมนตรีทุกไตรมาส, 3: สรุปผลรายงานผู้บริหารทุกเดือน). ITA 2568 85.92 ผ่าน (consistent). Unit = measure.',
        overrides={'1': {'monitoring': 'present'}, '3': {'monitoring': 'present'}})
if __name__ == '__main__':
    build()
