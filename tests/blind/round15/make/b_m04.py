# m04: อบต.แม่ข่าใต้ — measures FY2570, text = `pdftotext -layout` of a portrait Word PDF (Loma)
import os, subprocess
from common import *

FN = 'm04_obt_maekhatai_measures_2570.txt'
AG = 'องค์การบริหารส่วนตำบลแม่ข่าใต้'
TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐'
M = [
 dict(n='1', title='มาตรการเผยแพร่ข้อมูลการใช้จ่ายงบประมาณและการจัดซื้อจัดจ้าง',
      steps=['- จัดทำรายงานการใช้จ่ายงบประมาณรายไตรมาส', '- เผยแพร่ สขร.๑ ทุกเดือนทางเว็บไซต์และบอร์ด'],
      period='ต.ค. ๖๙ – ก.ย. ๗๐', resp='กองคลัง', mon='ปลัด อบต. ตรวจสอบและรายงานนายก อบต. ทุกไตรมาส',
      oc='ข้อมูลการใช้จ่ายงบประมาณเผยแพร่ครบ ๔ ไตรมาส'),
 dict(n='2', title='มาตรการ "ไม่รับ ไม่ให้" ของขวัญและของกำนัล (No Gift Policy)',
      steps='ไม่มี', period='ตลอดปีงบประมาณ', resp='สำนักปลัด', mon='รายงานผลการรับของขวัญต่อนายก อบต. ภายใน ก.ย. ๒๕๗๐',
      oc='ไม่มีการรับของขวัญจากการปฏิบัติหน้าที่'),
 dict(n='3', title='มาตรการเพิ่มประสิทธิภาพการให้บริการจดทะเบียนพาณิชย์และขออนุญาตต่าง ๆ',
      steps=['- ประกาศขั้นตอนและระยะเวลาการให้บริการ', '- จัดทำแบบคำขอออนไลน์ (e-Service)', '- สำรวจความพึงพอใจผู้รับบริการ'],
      period='พ.ย. ๖๙ – ส.ค. ๗๐', resp='กองคลัง / กองช่าง', mon='สรุปผลการให้บริการรายงานผู้บริหารทุก ๖ เดือน',
      oc='ผู้รับบริการพึงพอใจไม่น้อยกว่าร้อยละ ๘๕'),
 dict(n='4', title='มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      steps=['- เปิดช่องทางร้องเรียน เว็บไซต์ Line OA โทรศัพท์ และตู้รับเรื่อง', '- ลงทะเบียนและแจ้งผลผู้ร้องภายใน ๑๕ วัน'],
      period='ต.ค. ๖๙ – ก.ย. ๗๐', resp='สำนักปลัด (งานนิติการ)', mon='รายงานสถิติเรื่องร้องเรียนประจำเดือนต่อนายก อบต.',
      oc='เรื่องร้องเรียนได้รับการแก้ไขและแจ้งผลภายในกำหนดร้อยละ ๑๐๐'),
 dict(n='5', title='กิจกรรมเสริมสร้างคุณธรรมจริยธรรมบุคลากร "แม่ข่าใต้ โปร่งใส"',
      steps=['- อบรมประมวลจริยธรรมและผลประโยชน์ทับซ้อน', '- จิตอาสาพัฒนาชุมชน'],
      period='มี.ค. – มิ.ย. ๒๕๗๐', resp='สำนักปลัด (งานการเจ้าหน้าที่)', mon='ประเมินผลโครงการและรายงานนายก อบต. เมื่อเสร็จสิ้นกิจกรรม',
      oc='......'),
]

def build():
    doc = new_doc('Loma', 13, margins=(2.0, 1.8, 2.2, 1.8))
    header_footer(doc.sections[0], AG, 'dash', 11)
    para(doc, TITLE.replace(' ประจำปี', '\nประจำปี'), bold=True, size=15, align='c')
    para(doc, AG + ' อำเภอแม่ข่า จังหวัดเชียงแสนหลวง', bold=True, size=15, align='c', after=6)
    para(doc, '๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True)
    para(doc, 'องค์การบริหารส่วนตำบลแม่ข่าใต้ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ '
              'ได้คะแนน ๘๓.๕๖ คะแนน อยู่ในระดับ ไม่ผ่าน (เกณฑ์ผ่าน ๘๕ คะแนน) รายละเอียดตามตาราง', indent=1.25, align='j', after=4)
    s = doc.add_table(rows=5, cols=3); s.style = 'Table Grid'
    for i, r in enumerate([('เครื่องมือ', 'คะแนน', 'คะแนนถ่วงน้ำหนัก'), ('IIT (ร้อยละ ๓๐)', '๘๘.๒๐', '๒๖.๔๖'), ('EIT (ร้อยละ ๔๐)', '๘๒.๔๕', '๓๒.๙๘'),
                           ('OIT (ร้อยละ ๓๐)', '๘๖.๔๐', '๒๕.๙๒'), ('รวม', '', '๘๕.๓๖')]):
        for j, v in enumerate(r):
            set_cell(s.cell(i, j), v, bold=(i in (0, 4)), size=12, align='c')
    col_widths(s, [5, 3, 4])
    para(doc, '', after=4)
    para(doc, '๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', bold=True)
    for x in ['๒.๑ EIT ด้านคุณภาพการดำเนินงาน ผู้รับบริการเห็นว่าขั้นตอนการขออนุญาตยังล่าช้าและไม่ชัดเจน',
              '๒.๒ OIT ไม่ได้เผยแพร่รายงานการใช้จ่ายงบประมาณรอบ ๖ เดือน']:
        para(doc, x, indent=1.0, align='j')
    para(doc, '๓. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True)
    for x in ['๓.๑ การสร้างการรับรู้เรื่องการไม่รับของขวัญและผลประโยชน์ทับซ้อนแก่บุคลากร', '๓.๒ ช่องทางการร้องเรียนและการแจ้งผลแก่ผู้ร้อง']:
        para(doc, x, indent=1.0, align='j')
    para(doc, '', after=2)
    para(doc, '๔. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, after=4)
    hdr = ['ลำดับ', 'มาตรการ/กิจกรรม', 'วิธีดำเนินการ', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    t = doc.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=12, align='c')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for j, v in enumerate([th(m['n']), m['title'], m['steps'], m['period'], m['resp'], m['mon'], m['oc']]):
            set_cell(r[j], v, size=12, align='c' if j == 0 else None)
    col_widths(t, [1.1, 3.2, 3.8, 2.0, 2.2, 2.6, 2.5])
    cell_valign_top(t)
    para(doc, '', after=10)
    for x in ['ประกาศ ณ วันที่ ๒๓ ตุลาคม พ.ศ. ๒๕๖๙', '', '(ลงชื่อ) ..........................................', '(นายจันทร์แก้ว ปัญญาวงค์)', 'นายกองค์การบริหารส่วนตำบลแม่ข่าใต้']:
        para(doc, x, align='c')
    src = os.path.join(BUILD, 'm04_obt_maekhatai_measures_2570.docx'); doc.save(src)
    pdf = soffice_pdf(src)
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
    write(FN, txt)
    write_truth(FN, 'measures', 2570, AG, 'measure', M,
        ['score: prose says 83.56 (ไม่ผ่าน) but the IIT/EIT/OIT table totals 85.36 (contradictory)', 'measure 2: steps \'ไม่มี\'',
         'measure 5: expected result \'......\''],
        '`pdftotext -layout` of a portrait Word PDF (Loma): space-aligned wrapped cells, form feeds, running header, \'- n -\' page numbers, '
        'header row repeated; sections ๒./๓. as numbered paragraphs; 7-col table with own follow-up and expected-result (= outcome) columns, '
        'Thai-digit numbers. Output never stated (measures). Unit = measure.',
        sections={'weaknesses': 'present', 'improvements': 'present'})

if __name__ == '__main__':
    build()
