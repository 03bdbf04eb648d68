"""p04: สำนักงานเจ้าท่าภูมิภาคสาขาปากน้ำละแม plan FY2570 - a web page 'printed to PDF' from a browser: the browser's
own header (date/time + page title) and footer (URL + 'n/N') on every page, the site banner/breadcrumb printed as
text, a light web-styled table; group rows lettered ก./ข./ค. (by ITA tool) with activities numbered 1-8 straight
through. Built as DOCX (browser header/footer emulated) -> PDF."""
import os, shutil
from common import *
from docxkit import *

NAME = 'p04_md_paklamae_plan_2570'
AG = 'สำนักงานเจ้าท่าภูมิภาคสาขาปากน้ำละแม'
TITLE = 'แนวทางและมาตรการในการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2570'
URL = 'https://www.md.go.th/paklamae/ita/2570/o12-plan'
HDR = ['ที่', 'แนวทาง/กิจกรรม', 'ขั้นตอนการดำเนินการ', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'ตัวชี้วัด']
G = 'G'
ROWS = [
    (G, 'ก. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)'),
    ('1', 'ประกาศแนวทางการตรวจเรือและการออกใบอนุญาตใช้เรือให้เป็นมาตรฐานเดียวกัน',
     '1) ทบทวนขั้นตอนการตรวจเรือ\n2) จัดทำแบบตรวจ (Checklist) มาตรฐาน\n3) ประกาศใช้และชี้แจงเจ้าหน้าที่',
     'ต.ค. – ธ.ค. 2569', 'ฝ่ายตรวจเรือ', 'มีแนวทางและแบบตรวจมาตรฐาน 1 ชุด'),
    ('2', 'ควบคุมการใช้เรือตรวจการณ์และน้ำมันเชื้อเพลิงด้วยทะเบียนคุม',
     '1) บันทึกการออกปฏิบัติงานและปริมาณน้ำมันทุกเที่ยว\n2) ตรวจสอบอัตราสิ้นเปลืองรายเดือน',
     'ต.ค. 2569 – ก.ย. 2570', 'ฝ่ายบริหารทั่วไป\nหน่วยเรือตรวจการณ์', 'ไม่พบการใช้เรือและน้ำมันผิดวัตถุประสงค์'),
    ('3', 'อบรมเจ้าหน้าที่เรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม', '-', 'ก.พ. 2570', '-',
     'เจ้าหน้าที่ร้อยละ 100 เข้ารับการอบรม'),
    (G, 'ข. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)'),
    ('4', 'เปิดให้ยื่นคำขอจดทะเบียนเรือและใบอนุญาตผ่านระบบ e-Service',
     '1) ประชาสัมพันธ์ระบบแก่ผู้ประกอบการเรือประมงและเรือโดยสาร\n2) จัดจุดช่วยยื่นคำขอออนไลน์ ณ สำนักงาน',
     'ต.ค. 2569 – มี.ค. 2570', 'ฝ่ายทะเบียนเรือ', 'คำขอยื่นผ่านระบบออนไลน์ไม่น้อยกว่าร้อยละ 60'),
    ('5', 'สำรวจความพึงพอใจและความเชื่อมั่นของผู้รับบริการ', '1) สำรวจด้วยแบบสอบถามออนไลน์ (QR Code)\n2) สรุปผลและนำไปปรับปรุงบริการ',
     'ม.ค. และ ก.ค. 2570', 'ฝ่ายบริหารทั่วไป', 'ความพึงพอใจไม่น้อยกว่าร้อยละ 85'),
    ('6', 'ประชาสัมพันธ์ช่องทางการร้องเรียนการทุจริตและการแจ้งเบาะแส', '1) ติดป้ายช่องทางร้องเรียน ณ ท่าเรือในพื้นที่\n2) ประชาสัมพันธ์ทางเพจ Facebook',
     '..................', 'ฝ่ายบริหารทั่วไป', 'ผู้รับบริการรู้จักช่องทางร้องเรียนเพิ่มขึ้น'),
    (G, 'ค. แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)'),
    ('7', 'ปรับปรุงข้อมูลบนเว็บไซต์สำนักงานตามเกณฑ์ OIT', '1) มอบหมายผู้รับผิดชอบข้อมูลรายตัวชี้วัด\n2) ตรวจสอบความครบถ้วนทุกเดือน',
     'ต.ค. 2569 – ก.ย. 2570', 'ฝ่ายบริหารทั่วไป', 'ข้อมูลครบถ้วนตามเกณฑ์ร้อยละ 100'),
    ('8', 'เผยแพร่สถิติการให้บริการจดทะเบียนเรือและออกใบอนุญาตรายเดือน', '-', 'ต.ค. 2569 – ก.ย. 2570',
     'ฝ่ายทะเบียนเรือ', 'เผยแพร่สถิติครบ 12 เดือน'),
]
W = [0.8, 5.0, 5.2, 2.5, 2.6, 2.9]


def build():
    doc = new_document('Waree', 10, margins_cm=(1.3, 1.3, 1.0, 1.0))
    sec = doc.sections[0]
    sec.header_distance = Cm(0.5); sec.footer_distance = Cm(0.5)
    hp = sec.header.paragraphs[0]
    header_tabs(hp, 19.0)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(9.5), 1)
    cs_run(hp.add_run('12/11/2569 10:42\tแนวทางและมาตรการฯ ITA 2570 | ' + AG), size=7, font='Liberation Sans')
    fp = sec.footer.paragraphs[0]
    header_tabs(fp, 19.0)
    cs_run(fp.add_run(URL + '\t'), size=7, font='Liberation Sans')
    field(fp, 'PAGE', size=7); cs_run(fp.add_run('/'), size=7); field(fp, 'NUMPAGES', size=7)

    para(doc, 'กรมเจ้าท่า  MARINE DEPARTMENT', bold=True, size=13)
    para(doc, 'หน้าแรก    เกี่ยวกับเรา    บริการประชาชน    ข่าวประชาสัมพันธ์    ITA    ติดต่อเรา', size=9)
    para(doc, 'หน้าแรก > ITA 2570 > O12 แนวทางและมาตรการในการยกระดับผลการประเมิน ITA', size=9, space_after=8)
    para(doc, TITLE, bold=True, size=14)
    para(doc, AG + ' กรมเจ้าท่า', bold=True, size=12)
    para(doc, 'โพสต์เมื่อ 11 พฤศจิกายน 2569 · โดย ผู้ดูแลระบบ', size=8, space_after=6)
    para(doc, 'จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 กรมเจ้าท่าได้ 91.58 คะแนน ผ่านเกณฑ์ สำนักงานเจ้าท่าภูมิภาค'
         'สาขาปากน้ำละแมจึงกำหนดแนวทางและกิจกรรมเพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. 2570 แยกตามเครื่องมือการประเมิน '
         'ดังนี้', size=10, align=JUSTIFY, space_after=6)
    t = table(doc, 1 + len(ROWS), 6)
    for j, h in enumerate(HDR):
        cell_text(t.rows[0].cells[j], h, bold=True, size=9.5, align=CENTER, shade='1F4E79')
        for r in t.rows[0].cells[j].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(255, 255, 255)
    for i, r in enumerate(ROWS, start=1):
        cells = t.rows[i].cells
        if r[0] == G:
            m = cells[0].merge(cells[5]); cell_text(m, r[1], bold=True, size=9.5, shade='DDEBF7')
            continue
        for j, v in enumerate(r):
            cell_text(cells[j], v, size=9.5, align=CENTER if j in (0, 3) else None, shade='F7F9FC' if i % 2 else None)
    col_widths(t, W)
    para(doc, '')
    para(doc, 'ไฟล์แนบ:  o12-plan-2570-signed.pdf (ขนาด 412 KB)  ดาวน์โหลด 37 ครั้ง', size=9)
    para(doc, 'แชร์:  Facebook   LINE   X', size=9)
    para(doc, '')
    para(doc, AG + '  หมู่ 3 ตำบลปากน้ำ  โทร. 0 7755 1234  |  © 2569 กรมเจ้าท่า สงวนลิขสิทธิ์', size=8)
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, NAME + '.pdf'))

    ms = []
    for r in ROWS:
        if r[0] == G:
            continue
        num, act, steps, per, resp, ind = r
        miss = 'no' + ('s' if steps == '-' else '') + ('p' if per.startswith('...') else '') + ('r' if resp == '-' else '')
        ms.append(M(num, act, miss))
    write_truth(NAME + '.pdf', 'plan', 2570, AG, 'activity', ms, problems=[
        "activity 3: no steps ('-') and ผู้รับผิดชอบ '-'",
        "activity 6: ระยะเวลา left as a dotted blank",
        "activity 8: no steps ('-')",
        "no monitoring/follow-up stated for any activity",
    ], notes="""A web page printed to PDF from a browser (emulated in Word, Waree): every page carries the browser's tiny
        header '12/11/2569 10:42 <page title>' and footer '<URL> n/N'; the site banner, menu and breadcrumb print as plain
        text before the real title 'แนวทางและมาตรการในการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2570'; attachment /
        share / footer lines after the table. Table: 6 columns, web-styled (dark header, zebra rows), header not repeated;
        group rows lettered 'ก./ข./ค.' by ITA tool (IIT/EIT/OIT, not activities); activities numbered 1–8 straight through.
        Score sentence (Marine Department ITA 2569 91.58 ผ่าน) consistent. ตัวชี้วัด = expected outcome. Unit = activity.""")


if __name__ == '__main__':
    build()
