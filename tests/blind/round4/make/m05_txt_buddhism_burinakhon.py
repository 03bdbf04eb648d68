"""m05: สำนักงานพระพุทธศาสนาจังหวัดบุรีนคร measures FY2569 - text as `pdftotext -raw` gives it from a landscape
Word PDF: no columns; table cells come out in content-stream order (row by row, cell by cell, each cell's wrapped
lines together; short cells sometimes share a line), form feeds and the repeated header at page breaks. Measures numbered with Thai letters ก.–ฉ.; only the 'ประเด็นที่จะต้องพัฒนาให้ดีขึ้น' part
of the analysis; no expected-result column."""
import os, subprocess
from common import *
from docxkit import *

NAME = 'm05_buddhism_burinakhon_measures_2569'
AG = 'สำนักงานพระพุทธศาสนาจังหวัดบุรีนคร'
HDR = ['ข้อ', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามและรายงานผล']
ROWS = [
    ('ก.', 'มาตรการเปิดเผยข้อมูลการจัดสรรเงินอุดหนุนบูรณปฏิสังขรณ์วัดและพัฒนาวัด',
     '๑) ประกาศหลักเกณฑ์และรายชื่อวัดที่ได้รับการจัดสรรบนเว็บไซต์และบอร์ดประชาสัมพันธ์\n๒) แจ้งจำนวนเงินอุดหนุนให้วัดทราบเป็นหนังสือ\n๓) โอนเงินเข้าบัญชีวัดโดยตรง',
     'กลุ่มศาสนสมบัติ', 'ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', 'กลุ่มศาสนสมบัติรายงานผลการจัดสรรต่อผู้อำนวยการสำนักงานทุกไตรมาส'),
    ('ข.', 'มาตรการควบคุมการเบิกจ่ายเงินอุดหนุนโครงการหมู่บ้านรักษาศีล ๕ และศูนย์ศึกษาพระพุทธศาสนาวันอาทิตย์',
     '๑) ตรวจสอบเอกสารหลักฐานการเบิกจ่ายของหน่วยรับเงินอุดหนุนทุกแห่ง\n๒) ลงพื้นที่สุ่มตรวจการจัดกิจกรรมอย่างน้อยร้อยละ ๒๐\n๓) เผยแพร่ผลการเบิกจ่ายบนเว็บไซต์',
     'กลุ่มส่งเสริมพระพุทธศาสนา\nฝ่ายบริหารทั่วไป (การเงิน)', 'ธ.ค. ๒๕๖๘ – ส.ค. ๒๕๖๙',
     'สรุปผลการสุ่มตรวจเสนอผู้อำนวยการสำนักงานและรายงานสำนักงานพระพุทธศาสนาแห่งชาติรอบ ๖ และ ๑๒ เดือน'),
    ('ค.', 'มาตรการโปร่งใสในการตรวจสอบบัญชีรายรับ–รายจ่ายของวัดและศาสนสมบัติกลาง',
     '๑) แจ้งวัดส่งบัญชีรายรับ–รายจ่ายประจำปีตามแบบที่กำหนด\n๒) ตรวจสอบบัญชีโดยคณะทำงานอย่างน้อย ๓ คน\n๓) แจ้งผลการตรวจสอบให้เจ้าอาวาสทราบ',
     'กลุ่มศาสนสมบัติ', 'ม.ค. – มิ.ย. ๒๕๖๙', '-'),
    ('ง.', 'มาตรการป้องกันการเรียกรับผลประโยชน์ในการขออนุญาตสร้างวัดและตั้งวัด', '-',
     'กลุ่มศาสนสถานและศาสนพิธี', 'ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙',
     'ตรวจสอบทะเบียนคุมคำขอและรายงานผู้อำนวยการสำนักงานทุกเดือน'),
    ('จ.', 'มาตรการรับเรื่องร้องเรียนและแจ้งเบาะแสการทุจริตและประพฤติมิชอบ',
     '๑) เปิดช่องทางร้องเรียน ได้แก่ ตู้รับเรื่อง โทรศัพท์ เว็บไซต์ และเพจ Facebook\n๒) ลงทะเบียนรับเรื่องและเสนอผู้อำนวยการภายใน ๑ วันทำการ\n๓) แจ้งผลให้ผู้ร้องทราบภายใน ๑๕ วัน',
     'ฝ่ายบริหารทั่วไป', 'ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', 'สรุปผลการจัดการเรื่องร้องเรียนรายงานสำนักงานพระพุทธศาสนาแห่งชาติทุกไตรมาส'),
    ('ฉ.', 'มาตรการเสริมสร้างวัฒนธรรมสุจริต “พศจ.บุรีนคร โปร่งใส ไม่รับ ไม่ให้”',
     '๑) ผู้อำนวยการสำนักงานประกาศเจตนารมณ์และนโยบายไม่รับของขวัญ (No Gift Policy)\n๒) บุคลากรร่วมกิจกรรมเจริญจิตภาวนาและรับฟังธรรมบรรยายเรื่องความซื่อสัตย์สุจริตเดือนละ ๑ ครั้ง\n๓) ยกย่องบุคลากรต้นแบบด้านคุณธรรม',
     'ผู้อำนวยการสำนักงาน\nฝ่ายบริหารทั่วไป', 'ธ.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙',
     'ฝ่ายบริหารทั่วไปรายงานผลกิจกรรมต่อผู้อำนวยการสำนักงานทุกเดือน'),
]
W = [1.2, 5.5, 8.0, 3.8, 3.0, 4.6]


def build():
    doc = new_document('Umpush', 12, margins_cm=(2.0, 1.8, 2.0, 1.8))
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    fp = sec.footer.paragraphs[0]; fp.alignment = CENTER
    cs_run(fp.add_run('- '), size=11); field(fp, 'PAGE', size=11); cs_run(fp.add_run(' -'), size=11)
    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True, size=16, align=CENTER)
    para(doc, AG, bold=True, size=16, align=CENTER, space_after=8)
    para(doc, '๑. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', bold=True)
    para(doc, 'สำนักงานพระพุทธศาสนาแห่งชาติได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้ ๘๗.๒๑ คะแนน ผ่านเกณฑ์การประเมิน '
         'สำนักงานพระพุทธศาสนาจังหวัดบุรีนครในฐานะหน่วยงานในสังกัดได้ร่วมวิเคราะห์ผลการประเมิน และพบประเด็นที่ต้องดำเนินการ ดังนี้',
         first_line_cm=1.25, align=JUSTIFY)
    para(doc, '๒. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True)
    for s in ['(๑) การเปิดเผยข้อมูลการจัดสรรและการเบิกจ่ายเงินอุดหนุนวัดและโครงการด้านศาสนา',
              '(๒) การตรวจสอบบัญชีวัดและศาสนสมบัติกลางให้เป็นระบบและตรวจสอบได้',
              '(๓) การให้บริการขออนุญาตสร้างวัดและตั้งวัดที่ชัดเจน ไม่เปิดโอกาสให้เรียกรับผลประโยชน์',
              '(๔) ช่องทางการร้องเรียนและการแจ้งผลให้ผู้ร้องทราบ']:
        para(doc, s, indent_cm=1.0)
    para(doc, '๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, space_after=4)
    t = table(doc, 1 + len(ROWS), 6)
    for j, h in enumerate(HDR):
        cell_text(t.rows[0].cells[j], h, bold=True, size=12, align=CENTER, shade='FFF2CC')
    repeat_header(t.rows[0])
    for i, r in enumerate(ROWS, start=1):
        for j, v in enumerate(r):
            cell_text(t.rows[i].cells[j], v, size=12, align=CENTER if j in (0, 4) else None)
    col_widths(t, W)
    para(doc, '')
    para(doc, 'ประกาศ ณ วันที่ ๑๐ พฤศจิกายน พ.ศ. ๒๕๖๘', indent_cm=14)
    para(doc, '(นายสมศักดิ์ ธรรมวงศ์)', indent_cm=14.5)
    para(doc, 'ผู้อำนวยการสำนักงานพระพุทธศาสนาจังหวัดบุรีนคร', indent_cm=13)
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    pdf = soffice_pdf(src)
    txt = subprocess.run(['pdftotext', '-raw', pdf, '-'], check=True, capture_output=True).stdout.decode('utf-8')
    write_text(NAME + '.txt', txt)

    ms = [M(r[0], r[1], 'oc' + ('s' if r[2] == '-' else '') + ('n' if r[5] == '-' else '')) for r in ROWS]
    write_truth(NAME + '.txt', 'measures', 2569, AG, 'measure', ms,
                sections={'weaknesses': 'missing', 'improvements': 'present'}, problems=[
        "analysis: no 'ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน' section (only improvements)",
        "measure ค: การติดตามและรายงานผล '-'",
        "measure ง: steps '-'",
        "no expected result/indicator for any measure",
    ], notes="""`pdftotext -raw` output of a landscape Word PDF (Umpush): the 6-column table is flattened - the header
        cells on one or two lines, then each row's cells one after another (number + first title line together, each
        cell's wrapped lines together, short cells like 'กลุ่มศาสนสมบัติ ต.ค. ๒๕๖๘' sharing a line); at each page break the
        footer '- n -', a form feed and the repeated header lines interrupt a row (row ก's step ๓ and row จ continue after
        the break - same measure). Measures numbered with THAI LETTERS 'ก.'–'ฉ.' in
        the 'ข้อ' column (numbers given as the letters). Analysis: the ITA 2568 score (ONAB 87.21 ผ่าน) and only section
        '๒. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น' with '(๑)…(๔)' items; the urgent-weakness section is absent. No outcome /
        indicator column, so outcome is missing for all; output is never applicable in a measures document.""")


if __name__ == '__main__':
    build()
