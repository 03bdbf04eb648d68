"""r05: สำนักงานสรรพากรพื้นที่สุวรรณเขต results FY2568 - text saved from a Word PDF with plain `pdftotext` (NO -layout):
the landscape 7-column table comes out in pdftotext's reading order (cells as short runs of lines, columns interleaved),
page footers and the repeated header in between, form feeds between pages."""
import os, subprocess
from common import *
from docxkit import *

NAME = 'r05_rd_suwannakhet_results_2568'
AG = 'สำนักงานสรรพากรพื้นที่สุวรรณเขต'
HDR = ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน', 'ผลสำเร็จ/ผลลัพธ์']
ROWS = [
    ('1', 'มาตรการให้บริการยื่นแบบและชำระภาษีอย่างเสมอภาคตามลำดับบัตรคิว',
     '1. ให้บริการตามลำดับบัตรคิวอัตโนมัติทุกช่องบริการ\n2. ติดป้ายแสดงขั้นตอนและระยะเวลาการให้บริการ\n'
     '3. หัวหน้าหน่วยบริการสรุปจำนวนผู้รับบริการและระยะเวลารอคอยเสนอสรรพากรพื้นที่ทุกเดือน',
     'ฝ่ายบริการและประชาสัมพันธ์', 'ต.ค. 2567 - ก.ย. 2568',
     'ให้บริการผู้เสียภาษี 18,426 ราย ผ่านระบบบัตรคิวทุกราย',
     'ระยะเวลารอคอยเฉลี่ย 11 นาที ผู้รับบริการพึงพอใจร้อยละ 93.8'),
    ('2', 'มาตรการป้องกันการเรียกรับผลประโยชน์ในการตรวจสอบภาษีและการคืนภาษีมูลค่าเพิ่ม',
     '1. คัดเลือกรายที่จะตรวจสอบด้วยระบบบริหารความเสี่ยง (RBA)\n2. ให้เจ้าหน้าที่ออกปฏิบัติงานอย่างน้อย 2 คนทุกครั้ง\n'
     '3. รายงานผลการตรวจสอบและคืนภาษีต่อสรรพากรพื้นที่ทุกสัปดาห์',
     'ฝ่ายตรวจสอบภาษี / ฝ่ายกำกับและตรวจสอบ', 'ต.ค. 2567 - ก.ย. 2568',
     'ตรวจสอบภาษี 142 ราย คืนภาษีมูลค่าเพิ่ม 1,035 ราย',
     '-'),
    ('3', 'มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ',
     '1. ประกาศแผนการจัดซื้อจัดจ้างในระบบ e-GP และเว็บไซต์\n2. เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน',
     'ฝ่ายบริหารทั่วไป', 'ต.ค. 2567 - ก.ย. 2568',
     'ประกาศแผน 1 ฉบับ สรุปผลครบ 12 เดือน',
     'ผู้รับจ้างและประชาชนตรวจสอบข้อมูลได้ ไม่มีข้อร้องเรียน'),
    ('4', 'มาตรการส่งเสริมการยื่นแบบแสดงรายการผ่านระบบ e-Filing เพื่อลดการติดต่อเจ้าหน้าที่',
     '1. จัดจุดบริการยื่นแบบด้วยตนเอง (Self Service) พร้อมเจ้าหน้าที่แนะนำ\n2. ประชาสัมพันธ์ผ่านหอกระจายข่าวและสถานีวิทยุชุมชน',
     'ฝ่ายบริการและประชาสัมพันธ์', '......................',
     'ผู้เสียภาษียื่นแบบผ่าน e-Filing 41,207 ราย',
     'สัดส่วนการยื่นแบบผ่านอินเทอร์เน็ตเพิ่มขึ้นเป็นร้อยละ 88.6 (ปี 2567 ร้อยละ 84.1)'),
    ('5', 'มาตรการรับข้อร้องเรียนและแจ้งเบาะแสการทุจริตของเจ้าหน้าที่',
     '1. รับเรื่องผ่านศูนย์สารนิเทศสรรพากร (RD Call Center 1161) ตู้รับเรื่อง และเว็บไซต์\n2. แจ้งผู้ร้องภายใน 15 วัน\n'
     '3. สรุปเรื่องร้องเรียนรายงานสำนักงานสรรพากรภาคทุกไตรมาส',
     'ฝ่ายบริหารทั่วไป', 'ต.ค. 2567 - ก.ย. 2568',
     'รับเรื่องร้องเรียน 3 เรื่อง ดำเนินการแล้วเสร็จ 3 เรื่อง',
     'ไม่พบการทุจริตของเจ้าหน้าที่ ผู้ร้องได้รับแจ้งผลภายในกำหนดทุกราย'),
    ('6', 'มาตรการไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)',
     '1. สรรพากรพื้นที่ประกาศนโยบาย No Gift Policy\n2. ติดประกาศ ณ จุดบริการและแจ้งผู้ประกอบการในพื้นที่',
     '-', 'ธ.ค. 2567 - ม.ค. 2568',
     'ประกาศนโยบาย 1 ฉบับ แจ้งผู้ประกอบการ 326 ราย',
     'ไม่มีการรับของขวัญในช่วงเทศกาลปีใหม่ 2568'),
]
W = [0.9, 4.4, 6.4, 3.2, 2.6, 4.0, 4.4]


def build():
    doc = new_document('Garuda', 13, margins_cm=(2.0, 1.8, 1.8, 1.8))
    sec = doc.sections[0]
    landscape_section(doc, new=False, margins_cm=(2.0, 1.8, 1.8, 1.8))
    fp = sec.footer.paragraphs[0]; fp.alignment = RIGHT
    cs_run(fp.add_run('สรรพากรพื้นที่สุวรรณเขต  หน้า '), size=10); field(fp, 'PAGE', size=10)
    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=15, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2568', bold=True, size=15, align=CENTER)
    para(doc, AG + ' กรมสรรพากร', bold=True, size=15, align=CENTER, space_after=6)
    para(doc, 'กรมสรรพากรได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 ได้ 95.12 คะแนน อยู่ในระดับ ผ่าน '
         'สำนักงานสรรพากรพื้นที่สุวรรณเขตได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน 6 มาตรการ '
         'ผลการดำเนินการรอบ 12 เดือน ปรากฏดังตาราง', size=13, first_line_cm=1.2, align=JUSTIFY, space_after=6)
    t = table(doc, 1 + len(ROWS), 7)
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, size=12, align=CENTER, shade='DDDDDD')
    repeat_header(t.rows[0])
    for ri, r in enumerate(ROWS, start=1):
        for ci, v in enumerate(r):
            cell_text(t.rows[ri].cells[ci], v, size=12, align=CENTER if ci == 0 or v == '-' else None)
    col_widths(t, W)
    para(doc, '')
    para(doc, 'ผู้รายงาน  นายกิตติศักดิ์ บุญญาวัฒน์  เจ้าพนักงานสรรพากรชำนาญงาน', size=12)
    para(doc, 'ผู้รับรอง  นางวราภรณ์ แสงทองสกุล  สรรพากรพื้นที่สุวรรณเขต', size=12)
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    pdf = soffice_pdf(src)
    txt = subprocess.run(['pdftotext', pdf, '-'], check=True, capture_output=True).stdout.decode('utf-8')
    write_text(NAME + '.txt', txt)

    miss = ['', 'c', 'n', 'pn', '', 'rn']
    ms = [M(r[0], r[1], miss[i]) for i, r in enumerate(ROWS)]
    write_truth(NAME + '.txt', 'results', 2568, AG, 'measure', ms, problems=[
        "measure 2: outcome '-'",
        "measure 3: no follow-up/reporting stated",
        "measure 4: period only a dotted blank; no follow-up/reporting stated",
        "measure 6: responsible '-'; no follow-up/reporting stated",
    ], notes="""Plain `pdftotext` output (no -layout) of a landscape Word PDF (Garuda): no column alignment at all - the
        extractor emits the table in its own reading order, so a row's cells come out as separate runs of lines (the
        number, then the title lines, then the steps lines, …) and wrapped cells are broken into short lines; '-' cells
        and the dotted blank appear as lone lines. The header cells are repeated after each form feed (w:tblHeader in the
        source), and the footer 'สรรพากรพื้นที่สุวรรณเขต หน้า n' appears at each page end. No monitoring column: counted only
        where the last step reports (1 monthly to the area revenue officer, 2 weekly, 5 quarterly to the regional office).
        Score sentence (RD ITA 2567 95.12 ผ่าน) consistent. The source DOCX/PDF are in make/build/.""")


if __name__ == '__main__':
    build()
