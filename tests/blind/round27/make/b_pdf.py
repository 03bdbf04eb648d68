"""PDF documents: r01 (NEW: a provincial Islamic committee office report whose measure table is typed in a LEGACY
non-Unicode Thai font - the Thai glyphs sit on Latin-1 code points (TIS-620 byte values), so the PDF's text layer is Latin-1
gibberish while the page shows Thai; title, intro, headers and signatures are in a correctly encoded Unicode font), r06 (NEW: a
community college's WIX site page PRINTED FROM THE BROWSER - Chromium "Save as PDF" with the browser's own header/footer: date,
page title, URL, n/N; Wix markup with a repeater of measure cards in a 2-column grid), m02 (อบจ. measures, Word -> LibreOffice,
cover + สารบัญ, COMPLETE), p04 (เทศบาลเมือง plan, Word -> LibreOffice, landscape, rows cut by page breaks)."""
import sys, threading, http.server, tempfile
from common import *

HERE = os.path.dirname(os.path.abspath(__file__))
_para = para
LEGACY = 'DS Thaisarn'
FC = {'FONTCONFIG_FILE': os.path.join(BUILD, 'fonts.conf')}


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


def signatures(d, left, right, size=None):
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    for c, (a, b, x) in zip(t.rows[0].cells, (left, right)):
        cell(c, ['ลงชื่อ ......................................... ' + x, '(' + a + ')', b], center=True, size=size)


def legacy(s):
    """Thai text as a legacy font stores it: each TIS-620 byte as the Latin-1 character of the same value."""
    assert 'ญ' not in s, s          # TIS-620 0xAD = U+00AD SOFT HYPHEN, which word processors hide - avoided in legacy text
    b = s.encode('cp874')
    assert all(0x20 <= x <= 0x7E or 0xA1 <= x <= 0xFB for x in b), s     # no C1 controls (cp874 punctuation such as en dash)
    return b.decode('latin-1')


def lrun(p, text, size, bold=False):
    r = p.add_run(legacy(text))
    r.bold = bold
    csz(r, size)
    rpr = r._r.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), LEGACY)
    return r


def lcell(c, text, size, center=False):
    lines = text.split('\n')
    c.paragraphs[0].text = ''
    for i, ln in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        lrun(p, ln, size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------- r01 (NEW: legacy-font table)
def r01():
    F = 'r01_cicot_pattaniphirom_results_2569.pdf'; AG = 'สำนักงานคณะกรรมการอิสลามประจำจังหวัดปัตตานีภิรมย์'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูล การรับ-จ่ายเงินซะกาต เงินบริจาค และเงินอุดหนุน ของสำนักงาน รายไตรมาส',
          steps='1) งานการเงิน สรุปรายรับ-รายจ่าย\n2) เลขานุการ คณะกรรมการฯ ตรวจสอบ\n3) ปิดประกาศ ที่สำนักงาน และเผยแพร่ บนเพจ',
          resp='งานการเงิน และพัสดุ', period='ต.ค. 2568 - ก.ย. 2569', mon='เลขานุการ รายงาน ที่ประชุม คณะกรรมการอิสลาม ทุกไตรมาส',
          out='เผยแพร่ ครบ 4 ไตรมาส', outc='ข้อร้องเรียน เรื่องการใช้เงิน ซะกาต และเงินบริจาค เป็นศูนย์'),
     dict(n='2', title='ลดขั้นตอน การยื่นคำขอ รับรองฮาลาล ผ่านระบบออนไลน์ และประกาศ ค่าธรรมเนียม ทุกจุดบริการ',
          steps='1) ประกาศ ขั้นตอน และค่าธรรมเนียม\n2) รับคำขอ ผ่านระบบออนไลน์\n3) แจ้งผล การตรวจ ภายใน 30 วัน',
          resp='ฝ่ายกิจการฮาลาล', period='ต.ค. 2568 - ก.ย. 2569', mon='-',
          out='คำขอออนไลน์ 214 ราย', outc='ระยะเวลา ออกหนังสือรับรอง ลดลง จาก 45 วัน เหลือ 28 วัน'),
     dict(n='3', title='เปิดเผยหลักเกณฑ์ และผลการพิจารณา คำขอจดทะเบียนมัสยิด และการแต่งตั้ง อิหม่าม คอเต็บ บิหลั่น',
          steps='1) ประกาศ หลักเกณฑ์ การพิจารณา\n2) คณะกรรมการฯ พิจารณา ตามมติที่ประชุม\n3) ประกาศผล พร้อมเหตุผล',
          resp='ฝ่ายกิจการมัสยิด', period='ม.ค. - ก.ย. 2569', mon='รายงาน ที่ประชุม คณะกรรมการอิสลาม ประจำจังหวัด ทุกเดือน',
          out='ประกาศผล 37 มัสยิด', outc='ผลการพิจารณา ได้รับการยอมรับ ทุกมัสยิด (อุทธรณ์ 0 ราย)'),
     dict(n='4', title='ป้องกัน การเรียกรับเงิน ในการออกหนังสือรับรอง การสมรส (นิกะห์) และการหย่า ตามหลักศาสนาอิสลาม',
          steps='1) ติดประกาศ อัตราค่าธรรมเนียม\n2) ออกใบเสร็จ ทุกรายการ\n3) เปิดช่องทาง ร้องเรียน ทาง LINE',
          resp='ฝ่ายครอบครัว และมรดก', period='......', mon='เลขานุการ สุ่มตรวจ ใบเสร็จ ทุกเดือน',
          out='ออกหนังสือรับรอง 642 ฉบับ', outc='เรื่องร้องเรียน การเรียกรับเงิน เป็นศูนย์'),
     dict(n='5', title='อบรม เจ้าหน้าที่ และกรรมการอิสลาม เรื่องการขัดกัน แห่งผลประโยชน์ และการไม่รับ สินน้ำใจ',
          steps='1) อบรม 1 วัน ร่วมกับ สำนักงาน ป.ป.ช. ประจำจังหวัด\n2) ทดสอบ หลังอบรม',
          resp='งานบริหารทั่วไป', period='มี.ค. 2569', mon='สรุปผล เสนอ ประธานกรรมการ อิสลามประจำจังหวัด',
          out='ผู้เข้าอบรม 48 คน', outc='ผ่านการทดสอบ ร้อยละ 92'),
    ]
    d = new_doc('Laksaman', 14, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.5)
    footer_pages(s, 'หน้า {P}/{N}', head=AG)
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 18)
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2569', True, True, 18)
    para(d, AG, True, True, 16)
    para(d, '')
    para(d, '\tสำนักงานคณะกรรมการอิสลามประจำจังหวัดปัตตานีภิรมย์ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) '
            'ประจำปีงบประมาณ พ.ศ. 2568 ได้ 86.77 คะแนน อยู่ในระดับผ่าน จึงได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส '
            'ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 5 มาตรการ ผลการดำเนินการรอบ 12 เดือน ปรากฏตามตาราง', size=14)
    para(d, '')
    hd = ['ลำดับ', 'มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลผลิต', 'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 14); shade(t.rows[0].cells[i], 'E2EFD9')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            lcell(c[i], v, 14, center=(i == 0 or v in ('-', '......')))
    widths(t, [1.6, 4.6, 5.0, 2.8, 2.3, 3.3, 2.9, 3.4])
    para(d, '')
    p = d.add_paragraph(); lrun(p, 'ข้อจำกัด :  ผู้ประกอบการ รายเล็ก บางราย ยังไม่สะดวก ยื่นคำขอ ผ่านระบบออนไลน์', 14)
    signatures(d, ('นายมะรอนิง บานาภิรมย์', 'เลขานุการคณะกรรมการอิสลามประจำจังหวัด', 'ผู้รายงาน'),
               ('นายอับดุลรอฮิม ยะรังภิรมย์', 'ประธานกรรมการอิสลามประจำจังหวัดปัตตานีภิรมย์', 'ผู้อนุมัติ'), size=14)
    src = os.path.join(BUILD, 'r01.docx'); d.save(src)
    shutil.copy(to_pdf(src, env=FC), os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 2: monitoring (การติดตามผล) is "-"', 'measure 4: period (ระยะเวลา) is "......"'],
          'NEW FORM: Word (landscape) -> PDF in which the TITLE, intro (ITA 2568 86.77 ผ่าน), table header row, running header, '
          'footer and signatures are in a Unicode Thai font (Laksaman) but every BODY CELL of the 8-column table and the problems '
          'line are typed in a LEGACY NON-UNICODE THAI FONT ("DS Thaisarn": Thai glyphs mapped to the Latin-1 code points '
          'U+00A1-U+00FB = the TIS-620 byte values, OS/2 code page Latin-1, no Thai cmap). The page shows normal Thai, but the '
          'PDF text of those cells (pdffonts: DSThaisarn-Regular, WinAnsi, ToUnicode -> Latin-1) extracts as Latin-1 gibberish '
          '("à¼Âá¾Ãè…"); read as displayed. Legacy cell text has spaces between phrases (lines wrap only at spaces). '
          'Measures 1-5, own การติดตามผล, separate ผลผลิต/ผลลัพธ์.')


# ---------------------------------------------------------------- r06 (NEW: Wix page printed from Chromium)
class _H(http.server.BaseHTTPRequestHandler):
    page = b''

    def do_GET(self):
        self.send_response(200)
        self.send_header('Content-Type', 'text/html; charset=utf-8')
        self.end_headers()
        self.wfile.write(self.page)

    def log_message(self, *a):
        pass


def chromium_print(html_bytes, url_host, path, out_pdf):
    _H.page = html_bytes
    srv = http.server.HTTPServer(('127.0.0.1', 0), _H)
    port = srv.server_address[1]
    th_ = threading.Thread(target=srv.serve_forever, daemon=True); th_.start()
    ud = tempfile.mkdtemp(prefix='chr27_')
    try:
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                        '--disable-background-networking', f'--user-data-dir={ud}', '--lang=th',
                        f'--host-resolver-rules=MAP {url_host} 127.0.0.1:{port}', f'--print-to-pdf={out_pdf}',
                        f'http://{url_host}{path}'], check=True, capture_output=True, timeout=180)
    finally:
        srv.shutdown()
        shutil.rmtree(ud, ignore_errors=True)


def r06():
    F = 'r06_cc_yalaphirom_results_2569.pdf'; AG = 'วิทยาลัยชุมชนยะลาภิรมย์'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณโครงการหลักสูตรระยะสั้นรายเดือน',
          steps=['งานพัสดุสรุปผลการจัดซื้อจัดจ้างตามแบบ สขร.1', 'รองผู้อำนวยการฝ่ายบริหารตรวจทาน', 'เผยแพร่บนเว็บไซต์วิทยาลัยภายในวันที่ 15'],
          resp='ฝ่ายบริหาร (งานการเงินและพัสดุ)', period='ต.ค. 2568 – ก.ย. 2569', mon='รองผู้อำนวยการฝ่ายบริหารรายงานผู้อำนวยการทุกเดือน',
          out='เผยแพร่ครบ 12 เดือน 138 รายการ', outc='ไม่มีข้อร้องเรียนด้านการจัดซื้อจัดจ้าง'),
     dict(n='2', title='ประกาศหลักเกณฑ์การรับสมัครและคัดเลือกผู้เรียนหลักสูตรอนุปริญญาและหลักสูตรระยะสั้นอย่างเปิดเผย',
          steps=['ประกาศหลักเกณฑ์ผ่านเว็บไซต์และเพจ', 'รับสมัครออนไลน์', 'ประกาศรายชื่อผู้ผ่านการคัดเลือกพร้อมเกณฑ์'],
          resp='(ระบุ)', period='ม.ค. – พ.ค. 2569', mon='สรุปผลการรับสมัครเสนอสภาวิทยาลัยชุมชน',
          out='ผู้สมัคร 612 คน ผ่านการคัดเลือก 540 คน', outc='ไม่มีข้อร้องเรียนการรับสมัคร'),
     dict(n='3', title='จัดทำทะเบียนและแนวปฏิบัติการยืมครุภัณฑ์และรถราชการของวิทยาลัยและหน่วยจัดการศึกษา',
          steps=['จัดทำแนวปฏิบัติการยืม', 'บันทึกทะเบียนการยืมในระบบออนไลน์', 'ตรวจสอบทะเบียนรายไตรมาส'],
          resp='ฝ่ายบริหาร (งานพัสดุ)', period='ต.ค. 2568 – ก.ย. 2569', mon='คณะกรรมการตรวจสอบพัสดุรายงานผู้อำนวยการรายไตรมาส',
          out='บันทึกการยืม 214 ครั้ง คืนครบทุกรายการ', outc='ไม่พบการนำทรัพย์สินราชการไปใช้ประโยชน์ส่วนตน'),
     dict(n='4', title='อบรมบุคลากรเรื่องการขัดกันแห่งผลประโยชน์และการไม่รับของขวัญ (No Gift Policy)',
          steps=['อบรมร่วมกับสถาบันวิทยาลัยชุมชน', 'ทดสอบหลังอบรมผ่าน Google Form', 'ลงนามประกาศเจตนารมณ์'],
          resp='ฝ่ายบริหาร (งานบุคคล)', period='ก.พ. 2569', mon='งานบุคคลสรุปผลเสนอผู้อำนวยการ',
          out='ผู้เข้าอบรม 57 คน', outc='ผ่านการทดสอบร้อยละ 95'),
     dict(n='5', title='สำรวจความพึงพอใจของผู้เรียนและชุมชนต่อการให้บริการและเปิดเผยผลการจัดการเรื่องร้องเรียน',
          steps=['สำรวจออนไลน์ภาคเรียนละครั้ง', 'สรุปเรื่องร้องเรียนและผลการแก้ไข', 'เผยแพร่บนเว็บไซต์'],
          resp='ฝ่ายวิชาการ / งานประกันคุณภาพ', period='ต.ค. 2568 – ก.ย. 2569', mon='นำเสนอคณะกรรมการบริหารวิทยาลัยภาคเรียนละครั้ง',
          out='ผู้ตอบแบบสำรวจ 826 คน', outc='อยู่ระหว่างดำเนินการ'),
    ]
    E = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    cid = iter(f'comp-m3x{i:02d}k{(i * 7919) % 997:03d}' for i in range(1, 200))
    items = []
    for m in MS:
        lines = ''.join(f'<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">{E(x)}</p></li>' for x in m['steps'])
        kv = ''.join(f'<p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">{lab} :</span> '
                     f'<span class="wixui-rich-text__text">{E(m[k])}</span></p>'
                     for k, lab in (('resp', 'ผู้รับผิดชอบ'), ('period', 'ระยะเวลา'), ('mon', 'การติดตามผล'),
                                    ('out', 'ผลผลิต'), ('outc', 'ผลลัพธ์')))
        items.append(f'''<div id="{next(cid)}__item-l{m["n"]}x" class="wixui-repeater__item" role="listitem">
 <div class="card-bg"></div>
 <div class="wix-image wixui-image" data-testid="imageX"><div class="img-ph">มาตรการที่ {m["n"]}</div></div>
 <div id="{next(cid)}" class="wixui-rich-text" data-testid="richTextElement"><h4 class="font_4 wixui-rich-text__text"><span class="color_18 wixui-rich-text__text">มาตรการที่ {m["n"]}</span></h4>
 <h5 class="font_5 wixui-rich-text__text">{E(m["title"])}</h5></div>
 <div id="{next(cid)}" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">วิธีการดำเนินงาน</span></p>
 <ul class="font_8 wixui-rich-text__text">{lines}</ul>
 {kv}</div>
</div>''')
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>รายงานผลมาตรการ ITA 2569 | {AG}</title>
<meta property="og:site_name" content="{AG}">
<style>
body{{margin:0;font-family:madefor-text,"helveticaneuew01-45ligh",Garuda,sans-serif;background:#f4f1ea;color:#2b2b2b}}
#WIX_ADS{{background:#fff;border-bottom:1px solid #ddd;text-align:center;font-size:12px;padding:6px;color:#116dff}}
#WIX_ADS b{{color:#000}}
#SITE_HEADER{{background:#0f4c3a;color:#fff;padding:14px 40px;display:flex;justify-content:space-between;align-items:center}}
#SITE_HEADER .logo{{font-size:20px;font-weight:bold}}
#SITE_HEADER nav a{{color:#d8f3dc;margin-left:18px;font-size:14px;text-decoration:none}}
.wixui-section{{max-width:980px;margin:0 auto;padding:24px 20px}}
h1.font_0{{font-size:26px;color:#0f4c3a;text-align:center;margin:10px 0 4px}}
h2.font_2{{font-size:18px;text-align:center;font-weight:normal;margin:0 0 18px}}
p.font_8{{font-size:14px;margin:2px 0;line-height:1.5}}
.score-strip{{background:#fff;border-left:6px solid #e0a800;padding:12px 18px;margin-bottom:20px}}
.wixui-repeater{{display:grid;grid-template-columns:1fr 1fr;gap:18px}}
.wixui-repeater__item{{position:relative;background:#fff;border-radius:14px;box-shadow:0 2px 6px rgba(0,0,0,.15);padding:0 0 14px;break-inside:avoid}}
.img-ph{{height:64px;border-radius:14px 14px 0 0;background:linear-gradient(120deg,#0f4c3a,#52b788);color:#fff;font-size:22px;font-weight:bold;padding:16px 18px;box-sizing:border-box}}
.wixui-repeater__item .wixui-rich-text{{padding:0 18px}}
h4.font_4{{font-size:14px;margin:10px 0 0;color:#52b788}}
h5.font_5{{font-size:16px;margin:2px 0 8px;color:#0f4c3a}}
ul.font_8{{margin:0 0 6px;padding-left:20px}} ul.font_8 p{{margin:0}}
#SITE_FOOTER{{background:#0f4c3a;color:#cfe;padding:16px 40px;font-size:12px;margin-top:24px}}
</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF">
<div id="WIX_ADS" data-testid="wix-ads">เว็บไซต์นี้สร้างด้วยเครื่องมือสร้างเว็บไซต์ <b>WIX</b>.com สร้างเว็บไซต์ของคุณวันนี้ <u>เริ่มเลย</u></div>
<header id="SITE_HEADER" class="wixui-header"><div class="logo">{AG}</div>
<nav class="wixui-horizontal-menu"><a href="/">หน้าแรก</a><a href="/about">เกี่ยวกับเรา</a><a href="/courses">หลักสูตร</a><a href="/ita">ITA</a><a href="/contact">ติดต่อ</a></nav></header>
<main id="PAGES_CONTAINER"><section id="{next(cid)}" class="wixui-section">
<div id="{next(cid)}" class="wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส</h1>
<h2 class="font_2 wixui-rich-text__text">ประจำปีงบประมาณ พ.ศ. 2569 · {AG}</h2></div>
<div class="score-strip"><p class="font_8 wixui-rich-text__text">ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 ของวิทยาลัย <span style="font-weight:bold;">87.62 คะแนน</span> ระดับ <span style="font-weight:bold;">ผ่าน</span> — วิทยาลัยได้ดำเนินการตามมาตรการ 5 มาตรการ ผลการดำเนินการรอบ 12 เดือน (ต.ค. 2568 – ก.ย. 2569) ดังนี้</p></div>
<div id="{next(cid)}" class="wixui-repeater" data-testid="repeater" role="list">
{chr(10).join(items)}
</div>
<div id="{next(cid)}" class="wixui-rich-text" data-testid="richTextElement" style="margin-top:22px"><p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;">ปัญหาอุปสรรค :</span> หน่วยจัดการศึกษาในอำเภอรอบนอกมีสัญญาณอินเทอร์เน็ตไม่เสถียร การรับสมัครออนไลน์จึงต้องมีจุดรับสมัครสำรอง</p>
<p class="font_8 wixui-rich-text__text">ผู้รายงาน : นางสาวนูรีซัน บันนังสตาภิรมย์ (เจ้าหน้าที่แผนงาน) · ผู้อนุมัติ : ดร.สุไลมาน รามันภิรมย์ ผู้อำนวยการวิทยาลัยชุมชนยะลาภิรมย์</p></div>
</section></main>
<footer id="SITE_FOOTER" class="wixui-footer">{AG} 133 ถนนเทศบาล 3 อำเภอเมืองยะลาภิรมย์ จังหวัดยะลาภิรมย์ 95000 · โทร. 0 7321 4488 · © 2026 by {AG}. Proudly created with Wix.com</footer>
</div></div>
</body>
</html>
'''
    src = os.path.join(BUILD, 'r06_wix.html')
    open(src, 'w', encoding='utf-8').write(page)
    chromium_print(page.encode('utf-8'), 'ycc-yalaphirom.wixsite.com', '/ita/o36-report-2569', os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 2: responsible (ผู้รับผิดชอบ) is "(ระบุ)"', 'measure 5: outcome (ผลลัพธ์) is "อยู่ระหว่างดำเนินการ"'],
          'NEW FORM: a free WIX site page (ycc-yalaphirom.wixsite.com) PRINTED FROM THE BROWSER (Chromium "Save as PDF", '
          'Skia/PDF): the browser\'s own print header (date and time, the page <title>) and footer (the page URL, "n/N") on every '
          'page; the "WIX.com … เริ่มเลย" free-site banner, site header/menu and footer printed with it. Wix markup (wixui-* '
          'classes, comp-… ids, richTextElement font_0/font_8 paragraphs); the measures are a Wix REPEATER shown as a 2-COLUMN GRID '
          'OF CARDS (cards 1|2, 3|4, 5), each card: gradient image strip "มาตรการที่ n", heading "มาตรการที่ n" + title, '
          '"วิธีการดำเนินงาน" bullet list, bold "label :" lines (ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, ผลผลิต, ผลลัพธ์). Title FY 2569 '
          '(split over the H1 and the line below), ITA 2568 87.62 ผ่าน; problems; reporter/approver.')


# ---------------------------------------------------------------- m02 (อบจ. measures, COMPLETE)
def m02():
    F = 'm02_pao_trangphirom_measures_2570.pdf'; AG = 'องค์การบริหารส่วนจังหวัดตรังภิรมย์'
    GROUPS = [
     ('ยุทธศาสตร์ที่ ๑  การเปิดเผยข้อมูลและการมีส่วนร่วมของประชาชน', [
      dict(n='(๑)', title='เผยแพร่แผนการจัดซื้อจัดจ้าง ผลการจัดซื้อจัดจ้าง และความก้าวหน้าโครงการก่อสร้างถนนและสะพานรายเดือน',
           steps='๑) กองพัสดุและทรัพย์สินสรุปผล สขร.๑\n๒) กองช่างรายงานความก้าวหน้าพร้อมพิกัดโครงการ\n๓) เผยแพร่บนเว็บไซต์และแผนที่ออนไลน์',
           resp='กองพัสดุและทรัพย์สิน / กองช่าง', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='ปลัด อบจ. ตรวจสอบและรายงานนายก อบจ. ทุกเดือน',
           outc='ข้อมูลโครงการเผยแพร่ครบทุกโครงการ ไม่มีข้อร้องเรียน'),
      dict(n='(๒)', title='เปิดให้ภาคประชาชนร่วมเป็นคณะกรรมการตรวจรับงานจ้างก่อสร้างที่มีมูลค่าเกิน ๕ ล้านบาท',
           steps='๑) ประกาศรับสมัครผู้แทนภาคประชาชน\n๒) แต่งตั้งผู้แทนร่วมตรวจรับ\n๓) เผยแพร่ผลการตรวจรับ',
           resp='กองช่าง / กองพัสดุและทรัพย์สิน', period='ธ.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รายงานผลต่อที่ประชุมสภา อบจ. ทุกสมัยประชุม',
           outc='โครงการเกิน ๕ ล้านบาททุกโครงการมีผู้แทนภาคประชาชนร่วมตรวจรับ'),
     ]),
     ('ยุทธศาสตร์ที่ ๒  การป้องกันการทุจริตและผลประโยชน์ทับซ้อน', [
      dict(n='(๓)', title='ตรวจสอบการใช้เครื่องจักรกลและรถบรรทุกน้ำของ อบจ. ด้วยระบบ GPS Tracking',
           steps='๑) ติดตั้ง GPS เครื่องจักรกล ๓๘ คัน\n๒) เทียบข้อมูลการใช้งานกับใบสั่งงาน\n๓) รายงานความผิดปกติทุกสัปดาห์',
           resp='กองช่าง (ฝ่ายเครื่องจักรกล)', period='ม.ค. – ก.ย. ๒๕๗๐', mon='หน่วยตรวจสอบภายในสุ่มตรวจรายไตรมาส',
           outc='ค่าน้ำมันเชื้อเพลิงเครื่องจักรกลลดลงร้อยละ ๑๐'),
      dict(n='(๔)', title='อบรมผู้บริหาร สมาชิกสภา และพนักงานส่วนจังหวัดเรื่องการขัดกันแห่งผลประโยชน์และประมวลจริยธรรม',
           steps='๑) อบรม ๒ รุ่น\n๒) ทดสอบก่อน–หลังอบรม\n๓) ลงนามประกาศเจตนารมณ์',
           resp='สำนักปลัด อบจ. (ฝ่ายบริหารงานบุคคล)', period='ก.พ. – มี.ค. ๒๕๗๐', mon='ฝ่ายบริหารงานบุคคลสรุปผลเสนอปลัด อบจ.',
           outc='ผู้เข้าอบรมผ่านการทดสอบหลังอบรมร้อยละ ๘๕'),
      dict(n='(๕)', title='ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และจัดทำทะเบียนการรับของขวัญของผู้บริหารและพนักงาน',
           steps='๑) นายก อบจ. ประกาศนโยบาย\n๒) ทุกส่วนราชการรายงานภายใน ๑๕ วันหลังเทศกาล\n๓) เผยแพร่สรุปผลบนเว็บไซต์',
           resp='สำนักปลัด อบจ.', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='สำนักปลัดรวบรวมรายงานเสนอนายก อบจ. ทุกเทศกาล',
           outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    d = new_doc('Norasi', 14, landscape=True)
    s = d.sections[0]
    s.different_first_page_header_footer = True
    footer_pages(s, '- {P} -', head='มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๗๐ | ' + AG)
    for _ in range(3):
        para(d, '')
    para(d, '[ ตราสัญลักษณ์ อบจ.ตรังภิรมย์ ]', center=True, size=12)
    para(d, '')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 24)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 24)
    para(d, '')
    para(d, AG, True, True, 20)
    para(d, 'กองยุทธศาสตร์และงบประมาณ  ตุลาคม ๒๕๖๙', center=True, size=15)
    page_break(d)
    para(d, 'สารบัญ', True, True, 18)
    for a, b in [('ส่วนที่ ๑  ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '๑'), ('ส่วนที่ ๒  การวิเคราะห์ผลการประเมิน', '๑'),
                 ('ส่วนที่ ๓  มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '๒')]:
        para(d, a + '  ' + '.' * 70 + '  ' + b, indent=2)
    page_break(d)
    para(d, 'ส่วนที่ ๑  ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True, size=16)
    para(d, '\tองค์การบริหารส่วนจังหวัดตรังภิรมย์ได้คะแนนรวม ๘๘.๖๕ คะแนน อยู่ในระดับ “ผ่าน” รายละเอียดตามตาราง')
    t2 = d.add_table(rows=5, cols=2); t2.style = 'Table Grid'
    for i, row in enumerate([('แบบวัด', 'คะแนน'), ('IIT  การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', '๙๐.๒๑'),
                             ('EIT  การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก', '๘๖.๓๔'), ('OIT  การเปิดเผยข้อมูลสาธารณะ', '๘๙.๔๐'),
                             ('คะแนนรวม', '๘๘.๖๕')]):
        for j, v in enumerate(row):
            cell(t2.rows[i].cells[j], v, i in (0, 4), center=j > 0)
    widths(t2, [11, 3])
    para(d, '')
    para(d, 'ส่วนที่ ๒  การวิเคราะห์ผลการประเมิน', True, size=16)
    para(d, '๒.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', True)
    para(d, '\t- ข้อมูลความก้าวหน้าโครงการก่อสร้างถนนและสะพานไม่เป็นปัจจุบัน (OIT ข้อ o12)')
    para(d, '\t- ผู้มีส่วนได้ส่วนเสียภายนอกเห็นว่าการตรวจรับงานก่อสร้างขาดการมีส่วนร่วม (EIT)')
    para(d, '๒.๒ ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    para(d, '\t- การใช้ทรัพย์สินของราชการ (เครื่องจักรกลและรถบรรทุกน้ำ)')
    para(d, '\t- ความรู้เรื่องการขัดกันแห่งผลประโยชน์และการรับของขวัญ')
    page_break(d)
    para(d, 'ส่วนที่ ๓  มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True, size=16)
    hd = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 14); shade(t.rows[0].cells[i], 'DDEBF7')
    repeat_header(t.rows[0])
    for g, ms in GROUPS:
        r = t.add_row()
        m0 = r.cells[0].merge(r.cells[6]); cell(m0, g, True, size=14); shade(m0, 'F2F2F2')
        for m in ms:
            c = t.add_row().cells
            for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
                cell(c[i], v, center=(i == 0), size=14)
    widths(t, [1.3, 5.2, 6.0, 3.3, 2.6, 3.6, 3.6])
    signatures(d, ('นางสาวจันทร์เพ็ญ กันตังภิรมย์', 'ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ', 'ผู้เสนอ'),
               ('นายธวัชชัย ห้วยยอดภิรมย์', 'นายกองค์การบริหารส่วนจังหวัดตรังภิรมย์', 'ผู้อนุมัติ'))
    src = os.path.join(BUILD, 'm02.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS, [],
          'Word (Norasi, landscape) -> PDF: cover page, สารบัญ, part ๑ ITA ๒๕๖๙ ๘๘.๖๕ ผ่าน + IIT/EIT/OIT table (consistent), part ๒ '
          '"๒.๑" weaknesses / "๒.๒" improvements with "- " lines, part ๓ on a new page: 7-column table with shaded group rows '
          '"ยุทธศาสตร์ที่ ๑/๒" (not measures), measures (๑)–(๕), ๑) ๒) ๓) steps, header repeated, rows may be cut by page breaks; '
          'running header from page 2, "- n -"; "ผลที่คาดว่าจะได้รับ" = outcome; output never stated (missing by convention). '
          'COMPLETE.', sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p04 (เทศบาลเมือง plan)
def p04():
    F = 'p04_tm_betongphirom_plan_2570.pdf'; AG = 'เทศบาลเมืองเบตงภิรมย์'
    MS = [
     dict(n='1.1', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและงบประมาณรายจ่ายประจำปีผ่านเว็บไซต์ เพจ และบอร์ดหน้าสำนักงาน',
          steps='1. กองคลังสรุปผล สขร.1 ทุกเดือน\n2. เผยแพร่ภายในวันที่ 10 ของเดือนถัดไป\n3. ปิดประกาศบอร์ดหน้าสำนักงาน',
          budget='-', resp='กองคลัง', period='ต.ค. 2569 – ก.ย. 2570', mon='ปลัดเทศบาลตรวจสอบรายเดือน', outc='ข้อมูลเผยแพร่ครบ 12 เดือน'),
     dict(n='1.2', title='จัดเวทีรับฟังความคิดเห็นประชาชนต่อโครงการปรับปรุงภูมิทัศน์อุโมงค์ปิยะมิตรและตลาดเช้าเบตงภิรมย์',
          steps='1. ประกาศเชิญชวนล่วงหน้า 15 วัน\n2. จัดเวทีรับฟัง 3 ครั้ง (ภาษาไทย/จีนกวางไส/มลายู)\n3. สรุปข้อเสนอและแจ้งผล',
          budget='45,000', resp='กองยุทธศาสตร์และงบประมาณ / กองช่าง', period='พ.ย. 2569 – ก.พ. 2570', mon='รายงานคณะผู้บริหารหลังเวทีทุกครั้ง',
          outc='ข้อเสนอของประชาชนได้รับการพิจารณาและแจ้งผลทุกข้อ'),
     dict(n='2.1', title='ลดขั้นตอนการออกใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพและจำหน่ายอาหารด้วยระบบออนไลน์',
          steps='1. เปิดรับคำขอผ่านระบบออนไลน์\n2. แจ้งค่าธรรมเนียมล่วงหน้า\n3. ออกใบอนุญาตภายใน 15 วันทำการ',
          budget='-', resp='กองสาธารณสุขและสิ่งแวดล้อม', period='ต.ค. 2569 – ก.ย. 2570', mon='-',
          outc='ออกใบอนุญาตภายในกำหนดร้อยละ 95'),
     dict(n='2.2', title='ตรวจสอบการเบิกจ่ายค่าล่วงเวลาและค่าตอบแทนเจ้าหน้าที่เทศกิจด้วยระบบลงเวลาสแกนใบหน้า',
          steps='1. เชื่อมข้อมูลสแกนใบหน้ากับคำสั่งปฏิบัติงาน\n2. กองคลังตรวจก่อนเบิกจ่าย\n3. หน่วยตรวจสอบภายในสุ่มตรวจ',
          budget='120,000', resp='กองคลัง / สำนักปลัดเทศบาล (งานเทศกิจ)', period='ม.ค. – ก.ย. 2570', mon='หน่วยตรวจสอบภายในรายงานนายกเทศมนตรีรายไตรมาส',
          outc='ไม่พบการเบิกจ่ายค่าล่วงเวลาซ้ำซ้อน'),
     dict(n='3.1', title='อบรมคณะผู้บริหาร สมาชิกสภา และพนักงานเทศบาลเรื่องการขัดกันแห่งผลประโยชน์และประมวลจริยธรรม',
          steps='1. อบรม 2 รุ่น\n2. ทดสอบก่อน–หลังอบรม\n3. ลงนามประกาศเจตนารมณ์',
          budget='60,000', resp='สำนักปลัดเทศบาล (ฝ่ายบริหารงานบุคคล)', period='ก.พ. – มี.ค. 2570', mon='ฝ่ายบริหารงานบุคคลสรุปผลเสนอปลัดเทศบาล',
          outc=''),
     dict(n='3.2', title='ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ช่วงเทศกาลตรุษจีนและฮารีรายอ และรายงานการรับของขวัญ',
          steps='1. นายกเทศมนตรีประกาศนโยบาย\n2. ทุกกองรายงานภายใน 15 วันหลังเทศกาล\n3. เผยแพร่สรุปผลบนเว็บไซต์',
          budget='-', resp='สำนักปลัดเทศบาล', period='ต.ค. 2569 – ก.ย. 2570', mon='สำนักปลัดรวบรวมรายงานเสนอนายกเทศมนตรีทุกเทศกาล',
          outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    d = new_doc('Umpush', 14, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.5)
    footer_pages(s, 'หน้า {P}/{N}', head='แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570 — ' + AG)
    para(d, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', True, True, 18)
    para(d, AG + '  อำเภอเบตงภิรมย์  จังหวัดยะลาภิรมย์', True, True, 16)
    para(d, '')
    para(d, '\tผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569 เทศบาลเมืองเบตงภิรมย์ได้ '
            '91.08 คะแนน อยู่ในระดับผ่าน เทศบาลจึงจัดทำแผนปฏิบัติการฉบับนี้เพื่อรักษาและยกระดับผลการประเมิน โดยแบ่งกิจกรรมเป็น 3 ด้าน '
            '(1 การเปิดเผยข้อมูลและการมีส่วนร่วม 2 การป้องกันการทุจริตในงานบริการ 3 การเสริมสร้างวัฒนธรรมสุจริต) ดังนี้')
    para(d, '')
    hd = ['ที่', 'โครงการ/กิจกรรม', 'วิธีดำเนินการ', 'งบประมาณ (บาท)', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ตัวชี้วัด/ค่าเป้าหมาย']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 14); shade(t.rows[0].cells[i], 'FFE699')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['budget'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(c[i], v, center=(i in (0, 3) or v == '-'), size=14)
    widths(t, [1.2, 5.2, 5.6, 2.2, 3.2, 2.4, 3.4, 3.4])
    para(d, '')
    para(d, 'หมายเหตุ  งบประมาณตามเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2570', size=13)
    signatures(d, ('นางสาวซูไรดา ธารโตภิรมย์', 'ปลัดเทศบาลเมืองเบตงภิรมย์', 'ผู้เสนอแผน'),
               ('นายเฉลิมชัย กรงปินังภิรมย์', 'นายกเทศมนตรีเมืองเบตงภิรมย์', 'ผู้อนุมัติแผน'))
    src = os.path.join(BUILD, 'p04.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 2.1: monitoring (การติดตามผล) is "-"', 'activity 3.1: indicator (ตัวชี้วัด/ค่าเป้าหมาย) cell empty'],
          'Word (Umpush, landscape) -> PDF: "แผนปฏิบัติการส่งเสริม…" FY 2570, ITA 2569 91.08 ผ่าน; 8-column table with a '
          'งบประมาณ column ("-" there is a budget, not an element) and own การติดตามผล; activities 1.1-3.2 (the three "ด้าน" named '
          'only in the intro, no group rows); header repeated; rows cut by page breaks (the part on the next page belongs to the '
          'row above); running header, "หน้า n/N"; "ตัวชี้วัด/ค่าเป้าหมาย" = outcome; output never stated (missing by convention); '
          'signature table.')


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r01', 'r06', 'm02', 'p04']:
        globals()[w]()
        print('built', w)
