"""PDF documents: r01 (เทศบาลนคร results, Word -> LibreOffice, cover + สารบัญ, combined ผลการดำเนินงาน column), r05 (NEW: a
SCANNED-THEN-OCRED report - the signed printout scanned to greyscale JPEG page images, slightly skewed, and run through
Tesseract 5 (tha+eng) which wrote a PDF of page images with an INVISIBLE text layer), m02 (อบจ. measures, approval memo + table),
p01 (provincial environment office plan, landscape table)."""
import sys, glob, random
from common import *

_para = para


def page_break(d):
    d._pb = True


def para(d, *a, **k):
    p = _para(d, *a, **k)
    if getattr(d, '_pb', False):
        p.paragraph_format.page_break_before = True
        d._pb = False
    return p


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


def signatures(d, left, right):
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    for c, (a, b, x) in zip(t.rows[0].cells, (left, right)):
        cell(c, ['ลงชื่อ ......................................... ' + x, '(' + a + ')', b], center=True)


# ---------------------------------------------------------------- r01
def r01():
    F = 'r01_tn_ratchawari_results_2569.pdf'
    AG = 'เทศบาลนครราชวารี'
    MS = [
     dict(n='ข้อ 1', title='เผยแพร่แผนและผลการจัดซื้อจัดจ้างประจำเดือนผ่านเว็บไซต์และระบบ e-Service ของเทศบาล',
          steps='1) กองคลังจัดทำสรุปผล สขร.1 ทุกเดือน\n2) หัวหน้าฝ่ายพัสดุตรวจทาน\n3) เผยแพร่ภายในวันที่ 10 ของเดือนถัดไป',
          resp='กองคลัง (ฝ่ายพัสดุ)', period='ต.ค. 2568 – ก.ย. 2569', mon='ผู้อำนวยการกองคลังรายงานปลัดเทศบาลทุกเดือน',
          out='เผยแพร่ครบ 12 เดือน 968 รายการ', outc='ไม่มีข้อร้องเรียนด้านการจัดซื้อจัดจ้างจากผู้ประกอบการ'),
     dict(n='ข้อ 2', title='เปิดรับฟังความคิดเห็นประชาชนต่อโครงการปรับปรุงตลาดโพธิ์วารีและทางเดินริมแม่น้ำ',
          steps='1) ประกาศเชิญชวนล่วงหน้า 15 วัน\n2) จัดเวทีรับฟัง 2 ครั้ง\n3) สรุปและแจ้งผลการพิจารณาข้อเสนอ',
          resp='กองช่าง / กองยุทธศาสตร์และงบประมาณ', period='ธ.ค. 2568 – ก.พ. 2569', mon='รายงานที่ประชุมคณะผู้บริหารเทศบาลประจำเดือน',
          out='ผู้เข้าร่วม 2 เวที รวม 344 คน ข้อเสนอ 27 ข้อ', outc='นำข้อเสนอไปปรับแบบก่อสร้าง 9 ข้อ'),
     dict(n='ข้อ 3', title='ระบบรับแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบผ่าน Traffy Fondue และสายตรงนายกเทศมนตรี',
          steps='1) ประชาสัมพันธ์ QR Code ทุกชุมชน\n2) คัดแยกเรื่องภายใน 1 วันทำการ\n3) แจ้งผลแก่ผู้ร้องภายใน 15 วัน',
          resp='สำนักปลัดเทศบาล (ศูนย์ดำรงธรรมเทศบาล)', period='ต.ค. 2568 – ก.ย. 2569', mon='สรุปสถิติเรื่องร้องเรียนเสนอนายกเทศมนตรีรายไตรมาส',
          out='รับเรื่อง 1,206 เรื่อง เป็นเรื่องทุจริต 3 เรื่อง', outc='อยู่ระหว่างดำเนินการ'),
     dict(n='ข้อ 4', title='ตรวจสอบการใช้รถราชการและน้ำมันเชื้อเพลิงด้วยระบบ GPS และบัตรเติมน้ำมัน',
          steps='1) ติดตั้ง GPS รถ 38 คัน\n2) เทียบระยะทางกับใบสั่งงานทุกสัปดาห์\n3) รายงานความผิดปกติ',
          resp='สำนักปลัดเทศบาล (งานยานพาหนะ) / กองสาธารณสุขฯ', period='ม.ค. – ก.ย. 2569', mon='หน่วยตรวจสอบภายในสุ่มตรวจทุกไตรมาส',
          out='ติดตั้งครบ 38 คัน ตรวจ 36 สัปดาห์', outc='ค่าน้ำมันเชื้อเพลิงลดลงร้อยละ 12'),
     dict(n='ข้อ 5', title='อบรมเสริมสร้างวัฒนธรรมองค์กรสุจริตและการป้องกันผลประโยชน์ทับซ้อน',
          steps='1) อบรม 3 รุ่น\n2) ทดสอบก่อน-หลัง\n3) ลงนามประกาศเจตนารมณ์',
          resp='สำนักปลัดเทศบาล (ฝ่ายบริหารงานบุคคล)', period='-', mon='หัวหน้าฝ่ายบริหารงานบุคคลสรุปผลเสนอปลัดเทศบาล',
          out='ผู้เข้าอบรม 488 คน', outc='ผ่านการทดสอบหลังอบรมร้อยละ 91'),
     dict(n='ข้อ 6', title='ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และรายงานผลการรับของขวัญ',
          steps='1) นายกเทศมนตรีประกาศนโยบาย\n2) ทุกกองรายงานตามแบบภายใน ม.ค. 2569',
          resp='สำนักปลัดเทศบาล', period='ต.ค. 2568 – ม.ค. 2569', mon='สำนักปลัดรวบรวมแบบรายงานเสนอนายกเทศมนตรี',
          out='ประกาศ 1 ฉบับ รายงานครบ 11 ส่วนราชการ', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    d = new_doc('Laksaman', 13, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.5)
    s.different_first_page_header_footer = True
    footer_pages(s, '- {P} -', head='รายงานผลมาตรการ ITA ปี 2569  |  ' + AG)
    for _ in range(3):
        para(d, '')
    para(d, '[ตราสัญลักษณ์เทศบาลนครราชวารี]', center=True, size=12)
    para(d, '')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 22)
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2569', True, True, 22)
    para(d, '')
    para(d, AG, True, True, 20)
    para(d, 'อำเภอเมืองราชวารี  จังหวัดราชบุรีวารี', center=True, size=15)
    para(d, 'กองยุทธศาสตร์และงบประมาณ  กันยายน 2569', center=True, size=14)
    page_break(d)
    para(d, 'สารบัญ', True, True, 18)
    for a, b in [('ส่วนที่ 1  ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568', '1'),
                 ('ส่วนที่ 2  ผลการดำเนินการตามมาตรการ', '2'), ('ส่วนที่ 3  ข้อเสนอแนะ', '5')]:
        para(d, a + '  ' + '.' * 80 + '  ' + b, indent=1.5)
    page_break(d)
    para(d, 'ส่วนที่ 1  ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568', True, size=15)
    para(d, '\tเทศบาลนครราชวารีได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ '
            'พ.ศ. 2568 คะแนนรวม 86.12 คะแนน อยู่ในระดับ “ผ่าน” รายละเอียดตามตาราง')
    t2 = d.add_table(rows=5, cols=2); t2.style = 'Table Grid'
    for i, row in enumerate([('เครื่องมือการประเมิน', 'คะแนน'), ('IIT', '91.48'), ('EIT', '85.06'), ('OIT', '86.20'),
                             ('คะแนนรวม (ถ่วงน้ำหนัก)', '87.45')]):
        for j, v in enumerate(row):
            cell(t2.rows[i].cells[j], v, i in (0, 4), center=j > 0)
    widths(t2, [8, 3])
    para(d, '')
    para(d, 'ส่วนที่ 2  ผลการดำเนินการตามมาตรการ', True, size=15)
    hd = ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การกำกับติดตาม', 'ผลการดำเนินงาน']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 13); shade(t.rows[0].cells[i], 'FBE4D5')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        res = 'ผลผลิต: ' + m['out'] + '\nผลลัพธ์: ' + m['outc']
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], res]):
            cell(c[i], v, center=(i == 0 or v == '-'), size=13)
    widths(t, [1.4, 4.8, 5.8, 3.2, 2.4, 3.6, 5.5])
    para(d, '')
    para(d, 'ส่วนที่ 3  ข้อเสนอแนะ', True, size=15)
    para(d, '\t1) ควรเชื่อมโยงระบบรับเรื่องร้องเรียนกับระบบสารบรรณอิเล็กทรอนิกส์เพื่อติดตามผลได้รวดเร็ว')
    para(d, '\t2) ควรจัดเวทีรับฟังความคิดเห็นในช่วงเย็นเพื่อให้ผู้ค้าในตลาดเข้าร่วมได้มากขึ้น')
    signatures(d, ('นางสาวกมลชนก โพธารามวงศ์', 'ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ', 'ผู้รายงาน'),
               ('นายประเสริฐ ราชวารีกุล', 'นายกเทศมนตรีนครราชวารี', 'ผู้อนุมัติ'))
    src = os.path.join(BUILD, 'r01.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure ข้อ 3: outcome (ผลลัพธ์) is "อยู่ระหว่างดำเนินการ"', 'measure ข้อ 5: period (ระยะเวลา) is "-"',
           'score: FY 2568 total 86.12 in the prose but 87.45 in the IIT/EIT/OIT table (contradictory)'],
          'Word (Laksaman, landscape) exported to PDF: cover page, สารบัญ, part 1 prose 86.12 + IIT/EIT/OIT table total 87.45 '
          '(contradiction); part 2 7-column table whose last column "ผลการดำเนินงาน" holds BOTH "ผลผลิต: …" and "ผลลัพธ์: …" lines '
          '(each read as its element); own การกำกับติดตาม column; numbers ข้อ 1-ข้อ 6; header repeated; a row cut by a page break '
          'belongs to the row above; running header from page 2, footer "- n -"; part 3 suggestions; signature table.')


# ---------------------------------------------------------------- r05 (NEW: scanned + OCRed)
def r05():
    from PIL import Image, ImageFilter
    F = 'r05_court_langsuanwari_results_2569.pdf'
    AG = 'ศาลจังหวัดหลังสวนวารี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณของศาลรายเดือน',
          steps='(1) ส่วนคลังสรุปผลการจัดซื้อจัดจ้าง\n(2) ผู้อำนวยการฯ ตรวจสอบ\n(3) เผยแพร่บนเว็บไซต์ศาล',
          resp='ส่วนคลัง สำนักงานประจำศาล', period='ต.ค. 2568 – ก.ย. 2569', mon='ผู้อำนวยการฯ รายงานผู้พิพากษาหัวหน้าศาลทุกไตรมาส',
          out='เผยแพร่ครบ 12 เดือน', outc='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
     dict(n='2', title='ลดขั้นตอนการยื่นคำร้องขอปล่อยตัวชั่วคราวด้วยระบบ e-Bail และป้ายประกาศ “ไม่มีค่าใช้จ่าย”',
          steps='(1) ประชาสัมพันธ์ระบบ e-Bail\n(2) ติดป้ายประกาศทุกจุดบริการ\n(3) จัดเจ้าหน้าที่แนะนำประจำจุด',
          resp='ส่วนบริหารจัดการคดี', period='ต.ค. 2568 – ก.ย. 2569', mon='-',
          out='คำร้องผ่าน e-Bail 214 คำร้อง', outc='ระยะเวลาพิจารณาคำร้องเฉลี่ยลดลงเหลือ 2 ชั่วโมง'),
     dict(n='3', title='สำรวจความพึงพอใจและความเชื่อมั่นของผู้มาติดต่อราชการศาล',
          steps='(1) แจกแบบสำรวจและ QR Code\n(2) วิเคราะห์ผลรายไตรมาส\n(3) นำเสนอข้อปรับปรุง',
          resp='ส่วนช่วยอำนวยการ', period='ม.ค. – ส.ค. 2569', mon='สรุปผลเสนอผู้พิพากษาหัวหน้าศาลรายไตรมาส',
          out='ผู้ตอบแบบสำรวจ 1,042 ราย', outc='ความพึงพอใจร้อยละ 92.6'),
     dict(n='4', title='อบรมจริยธรรมข้าราชการศาลยุติธรรมและการขัดกันแห่งผลประโยชน์',
          steps='(1) อบรมร่วมกับสำนักงานศาลยุติธรรมภาค 8\n(2) ทดสอบหลังอบรม',
          resp='ส่วนช่วยอำนวยการ (งานการเจ้าหน้าที่)', period='มี.ค. 2569', mon='ส่วนช่วยอำนวยการรายงานผู้อำนวยการฯ',
          out='ผู้เข้าอบรม 46 คน', outc='อยู่ระหว่างดำเนินการ'),
     dict(n='5', title='ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกเทศกาล (No Gift Policy)',
          steps='(1) ผู้พิพากษาหัวหน้าศาลลงนามประกาศ\n(2) ติดประกาศและเผยแพร่บนเว็บไซต์',
          resp='ผู้อำนวยการสำนักงานประจำศาล', period='ต.ค. 2568 – ม.ค. 2569', mon='รวบรวมรายงานการรับของขวัญเสนอผู้พิพากษาหัวหน้าศาล',
          out='ประกาศ 1 ฉบับ', outc='ไม่พบการรับของขวัญ'),
    ]
    d = new_doc('Norasi', 13, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.6)
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569', True, True, 17)
    para(d, AG + '  สำนักงานศาลยุติธรรม', True, True, 16)
    para(d, '')
    para(d, '\tศาลจังหวัดหลังสวนวารีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 89.38 คะแนน ระดับผ่าน และได้ดำเนินการ'
            'ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 5 มาตรการ ผลการดำเนินการดังนี้')
    para(d, '')
    hd = ['ลำดับ', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลผลิต', 'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 13)
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        no_split(t.rows[-1])
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell(c[i], v, center=(i == 0 or v == '-'), size=13)
    widths(t, [1.3, 4.6, 5.0, 3.2, 2.6, 3.4, 2.8, 3.6])
    para(d, '')
    para(d, 'รายงาน ณ วันที่ 30 กันยายน 2569')
    signatures(d, ('นางสาวสุดารัตน์ ปากน้ำหลังสวน', 'ผู้อำนวยการสำนักงานประจำศาลจังหวัดหลังสวนวารี', 'ผู้รายงาน'),
               ('นายวรวุฒิ ละแมวารี', 'ผู้พิพากษาหัวหน้าศาลจังหวัดหลังสวนวารี', 'ผู้อนุมัติ'))
    src = os.path.join(BUILD, 'r05.docx'); d.save(src)
    pdf = to_pdf(src)
    tmp = os.path.join(BUILD, 'r05_scan'); shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
    subprocess.run(['pdftoppm', '-gray', '-r', '200', pdf, os.path.join(tmp, 'p')], check=True)
    rnd = random.Random(25)
    jpgs = []
    for k, f in enumerate(sorted(glob.glob(os.path.join(tmp, 'p*.pgm')))):
        im = Image.open(f).convert('L')
        im = im.point(lambda v: 236 if v > 235 else v)                  # paper is not white
        im = im.rotate([0.45, -0.3, 0.25][k % 3], resample=Image.BICUBIC, expand=False, fillcolor=236)
        px = im.load()
        for _ in range(2500):                                               # scanner dust
            x, y = rnd.randrange(im.width), rnd.randrange(im.height)
            px[x, y] = rnd.randrange(90, 200)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        j = os.path.join(tmp, 'scan_%03d.jpg' % (k + 1))
        im.save(j, 'JPEG', quality=55, dpi=(200, 200))
        jpgs.append(j)
    lst = os.path.join(tmp, 'list.txt')
    open(lst, 'w').write('\n'.join(jpgs) + '\n')
    subprocess.run(['tesseract', lst, os.path.join(tmp, 'ocr'), '-l', 'tha+eng', '--dpi', '200', 'pdf'], check=True,
                   capture_output=True)
    shutil.copy(os.path.join(tmp, 'ocr.pdf'), os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 2: การติดตามผล is "-"', 'measure 4: outcome (ผลลัพธ์) is "อยู่ระหว่างดำเนินการ"'],
          'NEW FORM: a SCANNED-THEN-OCRED report. The signed printout (Word, Norasi, landscape; title FY 2569, ITA 2568 score 89.38, '
          '8-column table 1-5 with own การติดตามผล, signature table) was scanned to greyscale JPEG page images (200 dpi, slightly '
          'skewed, grey paper, dust) and run through Tesseract 5 OCR (tha+eng, PDF renderer): every page is ONE IMAGE with an '
          'INVISIBLE text layer (GlyphLessFont, text render mode 3) holding Tesseract\'s reading of the page - with the usual OCR '
          'slips in Thai (dropped or moved tone marks, split words, table rulings read as characters, columns run together). '
          'Labelled from the page as displayed (the image), not from the OCR text.')


# ---------------------------------------------------------------- m02
def m02():
    F = 'm02_pao_chumphonwari_measures_2570.pdf'
    AG = 'องค์การบริหารส่วนจังหวัดชุมพรวารี'
    MS = [
     dict(n='(๑)', title='ยกระดับการเปิดเผยข้อมูลการจัดซื้อจัดจ้างงานก่อสร้างถนนและสะพานพร้อมพิกัดโครงการ',
          steps='๑. รวบรวมข้อมูลโครงการและพิกัด GPS\n๒. เผยแพร่แผนที่โครงการบนเว็บไซต์\n๓. ปรับปรุงสถานะทุกเดือน',
          resp='กองช่าง / กองพัสดุและทรัพย์สิน', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='ผู้อำนวยการกองช่างรายงานปลัด อบจ. ทุกเดือน',
          outc='ประชาชนตรวจสอบโครงการก่อสร้างได้ครบทุกโครงการ'),
     dict(n='(๒)', title='เปิดให้ภาคประชาชนร่วมเป็นกรรมการตรวจรับงานจ้างก่อสร้างที่มีวงเงินเกิน ๕ ล้านบาท',
          steps='๑. ออกระเบียบการคัดเลือกผู้แทนภาคประชาชน\n๒. แต่งตั้งผู้แทนร่วมตรวจรับ\n๓. เผยแพร่รายงานการตรวจรับ',
          resp='กองช่าง', period='ม.ค. – ก.ย. ๒๕๗๐', mon='หน่วยตรวจสอบภายในสุ่มตรวจเอกสารการตรวจรับรายไตรมาส',
          outc='ทุกโครงการที่เข้าเกณฑ์มีผู้แทนภาคประชาชนร่วมตรวจรับ'),
     dict(n='(๓)', title='ลดขั้นตอนการขออนุญาตใช้พื้นที่สาธารณะและสนามกีฬาจังหวัดผ่านระบบจองออนไลน์',
          steps='๑. พัฒนาระบบจองออนไลน์\n๒. ประกาศอัตราค่าธรรมเนียมและเงื่อนไข\n๓. แจ้งผลการอนุญาตทาง LINE OA',
          resp='กองการศึกษา ศาสนาและวัฒนธรรม', period='พ.ย. ๒๕๖๙ – มี.ค. ๒๕๗๐', mon='รายงานผลการใช้ระบบต่อคณะผู้บริหาร อบจ. รายไตรมาส',
          outc='คำขออนุญาตพิจารณาแล้วเสร็จภายใน ๓ วันทำการ'),
     dict(n='(๔)', title='อบรมประมวลจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนสำหรับบุคลากรและครูในสังกัด',
          steps='๑. อบรม ๒ รุ่น\n๒. ทดสอบก่อน-หลัง\n๓. ติดตามการนำไปใช้',
          resp='กองการเจ้าหน้าที่', period='ก.พ. – เม.ย. ๒๕๗๐', mon='กองการเจ้าหน้าที่สรุปผลเสนอปลัด อบจ.',
          outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ ๘๕ ขึ้นไป'),
     dict(n='(๕)', title='ประกาศนโยบาย No Gift Policy ของนายก อบจ. และรายงานผลการรับของขวัญประจำปี',
          steps='๑. นายก อบจ. ประกาศนโยบาย\n๒. ทุกกองรายงานการรับของขวัญ\n๓. เผยแพร่รายงานบนเว็บไซต์',
          resp='สำนักปลัด อบจ.', period='ต.ค. ๒๕๖๙ – ม.ค. ๒๕๗๐', mon='สำนักปลัดรวบรวมรายงานเสนอนายก อบจ.',
          outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    d = new_doc('Kinnari', 14)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.3)
    s.different_first_page_header_footer = True
    footer_pages(s, 'หน้า {P}', head='มาตรการส่งเสริมคุณธรรมและความโปร่งใส อบจ.ชุมพรวารี ปีงบประมาณ ๒๕๗๐')
    para(d, 'บันทึกข้อความ', True, True, 22)
    para(d, 'ส่วนราชการ  สำนักปลัด องค์การบริหารส่วนจังหวัดชุมพรวารี  โทร. ๐ ๗๗๕๑ ๒๒๓๔')
    para(d, 'ที่  ชพว ๕๑๐๐๑/๒๓๑๘                                    วันที่  ๑๖ ตุลาคม ๒๕๖๙')
    para(d, 'เรื่อง  ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐')
    para(d, 'เรียน  นายกองค์การบริหารส่วนจังหวัดชุมพรวารี')
    para(d, '\tตามที่ อบจ.ชุมพรวารีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ สำนักปลัดได้วิเคราะห์ผลการประเมินและจัดทำ'
            'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ รายละเอียดตามเอกสารแนบ จึงเรียนมาเพื่อโปรดพิจารณา')
    para(d, '')
    para(d, '(นางวิไลวรรณ ท่าแซะวงศ์)', center=True)
    para(d, 'ปลัดองค์การบริหารส่วนจังหวัดชุมพรวารี', center=True)
    para(d, '')
    para(d, '☑ อนุมัติ     ☐ ไม่อนุมัติ', indent=8)
    para(d, '(นายสมพงษ์ ปะทิววารี)', center=True)
    para(d, 'นายกองค์การบริหารส่วนจังหวัดชุมพรวารี  ๑๗ ต.ค. ๒๕๖๙', center=True)
    page_break(d)
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 18)
    para(d, AG, True, True, 16)
    para(d, '๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True)
    para(d, '\tอบจ.ชุมพรวารีได้คะแนน ๘๘.๙๓ คะแนน ระดับผ่าน (เกณฑ์ผ่าน ๘๕ คะแนนขึ้นไป)')
    para(d, '๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', True)
    for x in ['๒.๑ การเปิดเผยข้อมูลโครงการก่อสร้างไม่ระบุสถานที่และความก้าวหน้า (OIT)',
              '๒.๒ ผู้รับบริการเห็นว่าการอนุญาตใช้พื้นที่สาธารณะมีขั้นตอนมากและไม่ชัดเจน (EIT)']:
        para(d, x, indent=1)
    para(d, '๓. ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    for x in ['๓.๑ การมีส่วนร่วมของประชาชนในการตรวจสอบงานก่อสร้าง',
              '๓.๒ ความรู้เรื่องผลประโยชน์ทับซ้อนของบุคลากรและครู',
              '๓.๓ การรับของขวัญในเทศกาล']:
        para(d, x, indent=1)
    para(d, '๔. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True)
    hd = ['ที่', 'มาตรการ', 'วิธีการดำเนินการ', 'หน่วยงานรับผิดชอบ', 'ห้วงเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 12); shade(t.rows[0].cells[i], 'DEEAF6')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(c[i], v, center=(i == 0), size=12)
    widths(t, [1.1, 3.4, 4.3, 2.5, 2.0, 2.5, 2.6])
    signatures(d, ('นางวิไลวรรณ ท่าแซะวงศ์', 'ปลัดองค์การบริหารส่วนจังหวัดชุมพรวารี', 'ผู้เสนอ'),
               ('นายสมพงษ์ ปะทิววารี', 'นายกองค์การบริหารส่วนจังหวัดชุมพรวารี', 'ผู้อนุมัติ'))
    src = os.path.join(BUILD, 'm02.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS, [],
          'Word (Kinnari, portrait) exported to PDF: page 1 บันทึกข้อความ approval memo (☑ อนุมัติ); then title FY ๒๕๗๐, ITA ๒๕๖๙ '
          'score ๘๘.๙๓ ผ่าน, weaknesses ๒.๑-๒.๒ and improvements ๓.๑-๓.๓ as numbered paragraphs; 7-column table (๑)-(๕) with own '
          'การติดตามผล; "ผลที่คาดว่าจะได้รับ" = outcome; output never stated (missing by convention); header repeated; a row cut by a '
          'page break belongs to the row above; signature table. COMPLETE.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p01
def p01():
    F = 'p01_tsj_kanchanawari_plan_2570.pdf'
    AG = 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดกาญจนวารี'
    GROUPS = [
     ('ประเด็นที่ 1  ความโปร่งใสในการอนุญาตและการใช้ทรัพยากร', [
      dict(n='1.1', title='เผยแพร่ขั้นตอน ระยะเวลา และผลการพิจารณาคำขออนุญาตทำไม้และเก็บหาของป่าบนเว็บไซต์',
           steps='• จัดทำคู่มือประชาชนฉบับปรับปรุง\n• ประกาศผลการพิจารณาทุกเดือน\n• เปิดช่องทางสอบถามสถานะ', budget='15,000',
           resp='กลุ่มสิ่งแวดล้อมและทรัพยากรธรรมชาติ', period='ต.ค. 2569 – ก.ย. 2570', mon='หัวหน้ากลุ่มรายงานผู้อำนวยการทุกเดือน',
           outc='ผู้ขออนุญาตทราบสถานะคำขอทุกราย'),
      dict(n='1.2', title='ตรวจสอบร่วมกับภาคประชาชนกรณีร้องเรียนการบุกรุกพื้นที่ป่าชายเขตอุทยาน',
           steps='• ตั้งชุดตรวจสอบร่วมกับผู้นำชุมชน\n• ลงพื้นที่ภายใน 7 วันหลังรับเรื่อง\n• แจ้งผลแก่ผู้ร้อง', budget='80,000',
           resp='ฝ่ายบริหารทั่วไป / กลุ่มสิ่งแวดล้อมฯ', period='ต.ค. 2569 – ก.ย. 2570', mon='สรุปผลเสนอผู้ว่าราชการจังหวัดรายไตรมาส',
           outc='เรื่องร้องเรียนได้รับการตรวจสอบภายในกำหนดร้อยละ 100'),
     ]),
     ('ประเด็นที่ 2  การป้องกันการทุจริตและผลประโยชน์ทับซ้อน', [
      dict(n='2.1', title='ประเมินความเสี่ยงการทุจริตในกระบวนงานอนุญาตและจัดทำมาตรการควบคุม',
           steps='• ระบุกระบวนงานเสี่ยง\n• วิเคราะห์และจัดลำดับความเสี่ยง\n• กำหนดมาตรการควบคุม', budget='-',
           resp='ฝ่ายบริหารทั่วไป', period='พ.ย. 2569 – ม.ค. 2570', mon='รายงานผลการติดตามรอบ 6 และ 12 เดือน',
           outc='มีแผนบริหารความเสี่ยงครอบคลุมทุกกระบวนงานอนุญาต'),
      dict(n='2.2', title='อบรมเจ้าหน้าที่เรื่องการขัดกันแห่งผลประโยชน์ในงานอนุญาตและงานตรวจสอบพื้นที่',
           steps='• อบรม 1 วัน\n• ทดสอบหลังอบรม', budget='25,000',
           resp='ฝ่ายบริหารทั่วไป (งานบุคคล)', period='-', mon='สรุปผลการอบรมเสนอผู้อำนวยการ',
           outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 85'),
      dict(n='2.3', title='ประกาศเจตนารมณ์ไม่รับของขวัญและรายงานการรับของขวัญของเจ้าหน้าที่',
           steps='• ผู้อำนวยการประกาศเจตนารมณ์\n• เจ้าหน้าที่รายงานตามแบบ\n• เผยแพร่สรุปรายงาน', budget='-',
           resp='ผู้อำนวยการ / ฝ่ายบริหารทั่วไป', period='ต.ค. 2569 – ม.ค. 2570', mon='ฝ่ายบริหารทั่วไปรวบรวมรายงานเสนอผู้อำนวยการ',
           outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
      dict(n='2.4', title='เผยแพร่รายงานการใช้จ่ายงบประมาณโครงการฟื้นฟูป่าต้นน้ำรายไตรมาส',
           steps='• สรุปผลการเบิกจ่าย\n• เผยแพร่บนเว็บไซต์และบอร์ดประชาสัมพันธ์', budget='-',
           resp='ฝ่ายบริหารทั่วไป (งานการเงิน)', period='ม.ค. – ก.ย. 2570', mon='รายงานผู้อำนวยการทุกไตรมาส',
           outc='ข้อมูลการใช้จ่ายเผยแพร่ครบ 4 ไตรมาส'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    d = new_doc('Waree', 11, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.4)
    footer_pages(s, 'หน้า {P}/{N}', head=AG)
    para(d, 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', True, True, 16)
    para(d, AG, True, True, 15)
    para(d, '\tจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 ทสจ.กาญจนวารีได้คะแนน 90.14 คะแนน (ระดับผ่าน) จึงจัดทำแผนการขับเคลื่อน '
            '2 ประเด็น 6 กิจกรรม ดังนี้')
    hd = ['ลำดับ', 'กิจกรรม', 'วิธีการ/ขั้นตอน', 'งบประมาณ', 'ผู้รับผิดชอบ', 'ช่วงเวลา', 'การติดตามผล', 'ตัวชี้วัด']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True); shade(t.rows[0].cells[i], 'E2EFDA')
    repeat_header(t.rows[0])
    for g, ms in GROUPS:
        r = t.add_row()
        m0 = r.cells[0].merge(r.cells[7]); cell(m0, g, True); shade(m0, 'F2F2F2')
        for m in ms:
            c = t.add_row().cells
            for i, v in enumerate([m['n'], m['title'], m['steps'], m['budget'], m['resp'], m['period'], m['mon'], m['outc']]):
                cell(c[i], v, center=(i in (0, 3) or v == '-'))
    widths(t, [1.2, 4.8, 5.0, 2.0, 3.2, 2.4, 3.4, 3.4])
    para(d, '')
    para(d, 'ผู้จัดทำแผน  นางสาวปิยะนุช ทองผาภูมิ  หัวหน้าฝ่ายบริหารทั่วไป')
    para(d, 'ผู้อนุมัติแผน  นายเกรียงไกร ศรีสวัสดิ์วารี  ผู้อำนวยการสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดกาญจนวารี')
    src = os.path.join(BUILD, 'p01.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'plan', 2570, AG, 'activity', MS, ['activity 2.2: period (ช่วงเวลา) is "-"'],
          'Word (Waree, landscape) exported to PDF: "แผนการขับเคลื่อน…" FY 2570, ITA 2569 score 90.14; 8 columns incl. งบประมาณ (a '
          '"-" budget is not an element) and own การติดตามผล; group rows "ประเด็นที่ 1/2" (not activities); activities 1.1-2.4 with '
          '"• " steps; "ตัวชี้วัด" = outcome; output never stated (missing by convention); header repeated; activity 2.2 is CUT by the page break (its period "-" is on page 1, the rest of its text continues at the top of page 2 and belongs to 2.2); footer "หน้า n/N".')


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r01', 'r05', 'm02', 'p01']:
        globals()[w]()
        print('built', w)
