"""r04: โรงพยาบาลจิตเวชแดนดอยราชนครินทร์ results FY2568 - the text an OCR engine gives for a SCANNED report (the
hospital printed, signed and scanned its Word file; the text layer is Tesseract 5 'tha+eng' output).  Prose measures
'มาตรการที่ ๑ …' with 'label: value' lines; OCR noise (misread digits/vowels, broken spacing, stray marks from the
signature and stamp), a form feed per page.  The label titles are taken from the OCR text itself (TITLES below)."""
import os, re, subprocess, glob
from common import *
from docxkit import *

NAME = 'r04_jvh_dandoi_results_2568'
AG = 'โรงพยาบาลจิตเวชแดนดอยราชนครินทร์'
# title, [(label, value)...]; missing labels simply absent
MEAS = [
    ('การเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการเบิกจ่ายงบประมาณ', [
        ('วิธีดำเนินการ', '(1) ประกาศแผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์โรงพยาบาล (2) จัดทำรายงานสรุปผลการจัดซื้อจัดจ้าง'
         'รายเดือน (3) รายงานผลการเบิกจ่ายงบประมาณต่อคณะกรรมการบริหารโรงพยาบาล'),
        ('ผู้รับผิดชอบ', 'กลุ่มงานพัสดุ และกลุ่มงานการเงินและบัญชี'),
        ('ระยะเวลา', 'ตุลาคม 2567 – กันยายน 2568'),
        ('ผลการดำเนินการ', 'ประกาศแผนการจัดซื้อจัดจ้าง 1 ฉบับ เผยแพร่รายงานสรุปผลการจัดซื้อจัดจ้างครบ 12 เดือน '
         'เบิกจ่ายงบประมาณร้อยละ 98.41'),
        ('ผลลัพธ์', 'ผู้รับบริการและผู้ประกอบการสามารถตรวจสอบข้อมูลได้ ไม่มีข้อร้องเรียนด้านการจัดซื้อจัดจ้าง'),
        ('การติดตามและรายงานผล', 'คณะกรรมการบริหารโรงพยาบาลติดตามในการประชุมประจำเดือน'),
    ]),
    ('การป้องกันการรับสินบนและผลประโยชน์จากบริษัทยาและเวชภัณฑ์', [
        ('วิธีดำเนินการ', '(1) ประกาศแนวทางเกณฑ์จริยธรรมการจัดซื้อจัดหาและการส่งเสริมการขายยาและเวชภัณฑ์ '
         '(2) กำหนดให้ผู้แทนบริษัทติดต่อราชการโดยลงทะเบียนที่กลุ่มงานเภสัชกรรม (3) บุคลากรรายงานการรับการสนับสนุน'
         'จากบริษัทตามแบบที่กำหนด'),
        ('ผู้รับผิดชอบ', 'กลุ่มงานเภสัชกรรม'),
        ('ระยะเวลา', 'ตุลาคม 2567 – กันยายน 2568'),
        ('ผลการดำเนินการ', 'ผู้แทนบริษัทลงทะเบียนติดต่อ 214 ครั้ง บุคลากรรายงานการรับการสนับสนุนการประชุมวิชาการ 6 ราย'),
        ('ผลลัพธ์', 'ไม่พบการรับผลประโยชน์ที่ขัดต่อเกณฑ์จริยธรรม'),
        ('การติดตามและรายงานผล', 'รายงานผลต่อผู้อำนวยการทุกไตรมาส และรายงานกรมสุขภาพจิตปีละ 2 ครั้ง'),
    ]),
    ('การลดขั้นตอนและเปิดเผยระยะเวลาการให้บริการตรวจรักษาผู้ป่วยนอก', [
        ('วิธีดำเนินการ', '(1) ประกาศขั้นตอนและระยะเวลารอคอยแต่ละจุดบริการ (2) ให้บริการนัดหมายล่วงหน้าผ่านแอปพลิเคชัน '
         '(3) จัดบริการเจาะเลือดและรับยาทางไปรษณีย์สำหรับผู้ป่วยเก่า'),
        ('ระยะเวลา', 'มกราคม – กันยายน 2568'),
        ('ผลการดำเนินการ', 'ผู้ป่วยนัดหมายผ่านแอปพลิเคชัน 3,652 ราย ส่งยาทางไปรษณีย์ 847 ราย'),
        ('ผลลัพธ์', 'ระยะเวลารอคอยเฉลี่ยลดลงจาก 2 ชั่วโมง 40 นาที เหลือ 1 ชั่วโมง 55 นาที'),
        ('การติดตามและรายงานผล', 'งานพัฒนาคุณภาพสรุประยะเวลารอคอยรายเดือนเสนอทีมนำทางคลินิก'),
    ]),
    ('การส่งเสริมการใช้ทรัพย์สินของราชการอย่างถูกต้อง', [
        ('วิธีดำเนินการ', '(1) จัดทำคู่มือการยืมและการใช้ทรัพย์สินของราชการ (2) ใช้ระบบขออนุญาตใช้รถราชการออนไลน์ '
         '(3) สุ่มตรวจการใช้ทรัพย์สินปีละ 2 ครั้ง'),
        ('ผู้รับผิดชอบ', 'กลุ่มงานบริหารทั่วไป'),
        ('ระยะเวลา', 'ตุลาคม 2567 – กันยายน 2568'),
        ('ผลการดำเนินการ', 'จัดทำคู่มือ 1 ฉบับ ขออนุญาตใช้รถผ่านระบบ 428 ครั้ง สุ่มตรวจ 2 ครั้ง ไม่พบการใช้ผิดวัตถุประสงค์'),
        ('ผลลัพธ์', 'บุคลากรเข้าใจและปฏิบัติตามระเบียบการใช้ทรัพย์สินของราชการ'),
        ('การติดตามและรายงานผล', 'รายงานผลการสุ่มตรวจต่อผู้อำนวยการ'),
    ]),
    ('การรับฟังและจัดการเรื่องร้องเรียนของผู้รับบริการและญาติ', [
        ('วิธีดำเนินการ', '(1) เปิดช่องทางร้องเรียน 5 ช่องทาง (2) ตอบรับเรื่องภายใน 24 ชั่วโมง (3) แจ้งผลแก่ผู้ร้องภายใน 15 วัน'),
        ('ผู้รับผิดชอบ', 'ศูนย์รับเรื่องร้องเรียน กลุ่มงานพัฒนาคุณภาพ'),
        ('ระยะเวลา', 'ตุลาคม 2567 – กันยายน 2568'),
        ('ผลการดำเนินการ', 'รับเรื่องร้องเรียน 18 เรื่อง ยุติแล้ว 16 เรื่อง อยู่ระหว่างดำเนินการ 2 เรื่อง'),
        ('ผลลัพธ์', '-'),
        ('การติดตามและรายงานผล', 'รายงานคณะกรรมการบริหารความเสี่ยงทุกเดือน'),
    ]),
    ('การเสริมสร้างวัฒนธรรมองค์กร “จิตเวชแดนดอย โปร่งใส ไม่ทนต่อการทุจริต”', [
        ('วิธีดำเนินการ', '(1) ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) (2) จัดอบรมชมรมจริยธรรม 1 ครั้ง '
         '(3) คัดเลือกบุคลากรต้นแบบด้านคุณธรรม'),
        ('ผู้รับผิดชอบ', 'ชมรมจริยธรรมโรงพยาบาล / กลุ่มงานทรัพยากรบุคคล'),
        ('ระยะเวลา', 'ธันวาคม 2567 – สิงหาคม 2568'),
        ('ผลการดำเนินการ', 'ประกาศนโยบาย 1 ฉบับ อบรม 1 ครั้ง ผู้เข้าอบรม 126 คน คัดเลือกบุคลากรต้นแบบ 5 คน'),
        ('ผลลัพธ์', 'บุคลากรร้อยละ 94 ผ่านแบบประเมินความรู้เรื่องผลประโยชน์ทับซ้อน'),
    ]),
]
# Titles as the OCR text gives them (checked against the built .txt; see verify.py)
TITLES = None  # filled from the OCR text at build time, see ocr_titles()


def build_docx():
    doc = new_document('Laksaman', 16, margins_cm=(2.5, 2.0, 3.0, 2.0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = RIGHT
    cs_run(hp.add_run('รพ.จิตเวชแดนดอยราชนครินทร์'), size=12)
    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=18, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2568', bold=True, size=18, align=CENTER)
    para(doc, 'โรงพยาบาลจิตเวชแดนดอยราชนครินทร์  กรมสุขภาพจิต', bold=True, size=18, align=CENTER, space_after=10)
    para(doc, '1. ผลการประเมินที่ผ่านมา', bold=True)
    para(doc, 'กรมสุขภาพจิตได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ '
         'พ.ศ. 2567 ได้คะแนน 94.32 คะแนน ผ่านเกณฑ์การประเมิน และโรงพยาบาลผ่านการประเมินตามเกณฑ์ MOIT ของกระทรวง'
         'สาธารณสุขครบทุกข้อ โรงพยาบาลจึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ '
         'พ.ศ. 2568 จำนวน 6 มาตรการ', first_line_cm=1.5, align=JUSTIFY, space_after=6)
    para(doc, '2. ผลการดำเนินการตามมาตรการ', bold=True, space_after=4)
    for i, (title, fields) in enumerate(MEAS, start=1):
        para(doc, 'มาตรการที่ %d %s' % (i, title), bold=True, indent_cm=0.5, space_after=2)
        for lab, val in fields:
            para(doc, '**%s:** %s' % (lab, val), indent_cm=1.2, align=JUSTIFY)
        para(doc, '', space_after=2)
    para(doc, '3. ปัญหาและอุปสรรค', bold=True)
    para(doc, 'บุคลากรบางส่วนยังไม่เข้าใจเกณฑ์จริยธรรมการจัดซื้อจัดหายา และระบบนัดหมายออนไลน์ยังไม่รองรับผู้สูงอายุ'
         'ที่ไม่มีโทรศัพท์มือถือ', first_line_cm=1.5, align=JUSTIFY, space_after=14)
    for line, ind in [('(ลงชื่อ)  ........................................', 8.5), ('(นายแพทย์ธนวัฒน์ ดอยคำ)', 9.2),
                      ('ผู้อำนวยการโรงพยาบาลจิตเวชแดนดอยราชนครินทร์', 7.6), ('30 ตุลาคม 2568', 9.6)]:
        para(doc, line, indent_cm=ind)
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    return soffice_pdf(src)


def ocr(pdf):
    for f in glob.glob(os.path.join(BUILD, 'r04scan-*')):
        os.remove(f)
    subprocess.run(['pdftoppm', '-r', '150', '-gray', '-png', pdf, os.path.join(BUILD, 'r04scan')], check=True)
    pages = []
    for png in sorted(glob.glob(os.path.join(BUILD, 'r04scan-*.png'))):
        out = subprocess.run(['tesseract', png, '-', '-l', 'tha+eng', '--psm', '4'],
                             capture_output=True, check=True).stdout.decode('utf-8')
        pages.append(out)
    return ''.join(pages)  # tesseract ends every page with a form feed


def build():
    pdf = build_docx()
    text = ocr(pdf)
    write_text(NAME + '.txt', text)
    return text


def ocr_titles(text):
    """(number, title) for every 'มาตรการที่ n …' heading in the OCR text; a title continues on the next line(s) until
    the first 'label:' line (blank lines and the running header skipped)."""
    lines = [l.strip() for l in text.replace('\f', '\n').split('\n')]
    out = []
    for i, l in enumerate(lines):
        m = re.match(r'มาตรการที่\s*(\S+)\s+(.*)', l)
        if not m:
            continue
        title = m.group(2)
        for nxt in lines[i + 1:]:
            if not nxt or nxt.startswith('รพ.จิตเวช'):
                continue
            if ':' in nxt:
                break
            title += nxt
        out.append((m.group(1), title))
    return out


def label(text):
    got = ocr_titles(text)
    assert len(got) == len(MEAS), got
    miss = ['', '', 'r', '', 'c', 'n']
    ms = [M(n, t, miss[i]) for i, (n, t) in enumerate(got)]
    write_truth(NAME + '.txt', 'results', 2568, AG, 'measure', ms, problems=[
        "measure 3: no ผู้รับผิดชอบ line - responsible unit not stated",
        "measure 5: ผลลัพธ์ '-'",
        "measure 6: no การติดตามและรายงานผล line",
        "OCR text: some characters misread (428 read as 028, 'อยู่' as 'ag'), sara am split into nikhahit + sara aa, running header "
        "'รพ.จิตเวชแดนดอยราชนครินทร์' interrupts measures at page breaks",
    ], notes="""Plain text as Tesseract 5 (tha+eng, 150 dpi grey scan, --psm 4) gives it for a printed-and-scanned Word
        report; a form feed ends every page. Prose layout: '๑./๒./๓.' sections, then 'มาตรการที่ 1 …' headings (Arabic
        digits in the source) each followed by 'label: value' lines (วิธีดำเนินการ with inline (1)(2)(3) steps,
        ผู้รับผิดชอบ, ระยะเวลา, ผลการดำเนินการ, ผลลัพธ์, การติดตามและรายงานผล); a missing label line means a missing element.
        Headings and values wrap over two lines; the running page header sits between a heading's lines or between
        fields of one measure (part of that measure, not a new one). Titles and numbers in this label are copied from
        the OCR text itself (so they carry its decomposed 'ํา' and any misread characters). Stray OCR noise lines from
        the scan ('vw ๕ จ่ ๑7 a a') sit inside measures 3 and 5 and are not content. Consistent score 94.32 ผ่านเกณฑ์ (DMH ITA 2567) + MOIT. Unit = measure.""")


if __name__ == '__main__':
    t = build()
    label(t)
    print(t)
