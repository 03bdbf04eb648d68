"""Word documents: r02 (NEW: a provincial treasury office report as it comes out of an ONLINE PDF-TO-WORD CONVERTER - the
original was a 3-page landscape PDF; the DOCX has one section per PDF page (next-page section breaks, exact page size), every
PDF text line is its own paragraph with exact line height and left indents instead of centring, the PDF's running header and
"หน้า n/3" footer are ordinary BODY paragraphs on every page, the measure table is re-created as ONE WORD TABLE PER PAGE (the
repeated PDF header row is an ordinary first row of each), a row cut by the PDF's page break is two rows in two tables (the
continuation row on page 2 has empty ลำดับ/มาตรการ cells), each cell holds one paragraph per PDF line, text is split into many
runs with the PDF's font name "Laksaman" (a TH Sarabun clone), character spacing and horizontal scaling (w:spacing, w:w), fixed
table layout, exact row heights), r07 (provincial prosecutor, Word table, WRONG FY in the title), m02 (เทศบาลนคร measures,
labelled paragraphs, Word TOC field, COMPLETE)."""
import sys
from docx.enum.section import WD_SECTION
from common import *


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


def signatures(d, left, right, size=None):
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    for c, (a, b, x) in zip(t.rows[0].cells, (left, right)):
        cell(c, ['ลงชื่อ ......................................... ' + x, '(' + a + ')', b], center=True, size=size)


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn('w:' + k), str(v))
    return e


# ---------------------------------------------------------------- converter output helpers (r02)
CFONT = 'Laksaman'


def crun(p, text, size, bold=False, spacing=0, scale=100):
    r = el('w:r')
    rpr = el('w:rPr')
    rpr.append(el('w:rFonts', ascii=CFONT, hAnsi=CFONT, cs=CFONT, eastAsia=CFONT))
    if bold:
        rpr.append(el('w:b')); rpr.append(el('w:bCs'))
    rpr.append(el('w:color', val='000000'))
    if spacing:
        rpr.append(el('w:spacing', val=spacing))
    if scale != 100:
        rpr.append(el('w:w', val=scale))
    rpr.append(el('w:sz', val=int(size * 2))); rpr.append(el('w:szCs', val=int(size * 2)))
    rpr.append(el('w:lang', val='en-US', bidi='th-TH'))
    r.append(rpr)
    t = el('w:t'); t.text = text; t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    r.append(t)
    p.append(r)


def cpara(parent, line, size=16, bold=False, ind=0, before=0, exact=None, seed=0):
    """One PDF text line -> one paragraph; the line is split into runs at spaces (as the PDF's text spans were)."""
    p = el('w:p')
    ppr = el('w:pPr')
    ppr.append(el('w:spacing', before=before, after=0, line=exact or int(size * 20 * 1.18), lineRule='exact'))
    if ind:
        ppr.append(el('w:ind', left=ind))
    ppr.append(el('w:rPr'))
    p.append(ppr)
    parts = re.split(r'(?<= )', line) if line else []
    for i, part in enumerate(parts):
        k = (seed + i) % 4
        crun(p, part, size, bold, spacing=(-1 if k == 1 else 0), scale=(97 if k == 2 else 100))
    parent.append(p)
    return p


def body_append(d, p):
    body = d.element.body
    body.insert(len(body) - 1, p)


class BodyProxy:
    def __init__(self, d):
        self.d = d

    def append(self, p):
        body_append(self.d, p)


def ctable(d, widths_tw, rows, size=14, header_fill='D9D9D9'):
    """rows: list of (cells, is_header); each cell a list of lines. Fixed layout, explicit borders, no style."""
    tbl = el('w:tbl')
    tp = el('w:tblPr')
    tp.append(el('w:tblW', w=sum(widths_tw), type='dxa'))
    tp.append(el('w:tblInd', w=57, type='dxa'))
    b = el('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        b.append(el('w:' + side, val='single', sz=4, space=0, color='000000'))
    tp.append(b)
    tp.append(el('w:tblLayout', type='fixed'))
    m = el('w:tblCellMar')
    m.append(el('w:left', w=28, type='dxa')); m.append(el('w:right', w=28, type='dxa'))
    tp.append(m)
    tbl.append(tp)
    g = el('w:tblGrid')
    for w in widths_tw:
        g.append(el('w:gridCol', w=w))
    tbl.append(g)
    for ri, (cells, hdr) in enumerate(rows):
        tr = el('w:tr')
        trp = el('w:trPr')
        nlines = max(len(c) for c in cells)
        trp.append(el('w:trHeight', val=int(nlines * size * 20 * 1.18 + 60), hRule='atLeast'))
        tr.append(trp)
        for ci, (w, lines) in enumerate(zip(widths_tw, cells)):
            tc = el('w:tc')
            tcp = el('w:tcPr')
            tcp.append(el('w:tcW', w=w, type='dxa'))
            if hdr:
                tcp.append(el('w:shd', val='clear', color='auto', fill=header_fill))
            tc.append(tcp)
            if not lines:
                lines = ['']
            for li, ln in enumerate(lines):
                cpara(tc, ln, size, bold=hdr, ind=(0 if ci == 0 else 28), before=(30 if li == 0 else 0), seed=ri + ci + li)
            tr.append(tc)
        tbl.append(tr)
    body_append(d, tbl)


def r02():
    F = 'r02_treasury_phichitthara_results_2569.docx'; AG = 'สำนักงานคลังจังหวัดพิจิตรธารา'
    # '|' marks where the line broke in the original PDF; '^' marks the page break inside measure 3's row
    MS = [
     dict(n='1', title='เผยแพร่ข้อมูลการเบิกจ่าย|งบประมาณและผลการจัดซื้อ|จัดจ้างของส่วนราชการใน|จังหวัดผ่านเว็บไซต์',
          steps='1) รวบรวมข้อมูลจากระบบ New |GFMIS Thai ทุกสิ้นเดือน|2) สรุปผลการเบิกจ่ายรายส่วน|ราชการ|3) เผยแพร่บนเว็บไซต์สำนักงาน',
          resp='กลุ่มงานบริหาร|การคลังและรายได้', period='ต.ค. 2568 –|ก.ย. 2569',
          mon='คลังจังหวัดรายงาน|ผู้ว่าราชการจังหวัด|ทุกเดือน', out='เผยแพร่ครบ 12|เดือน 56 ส่วน|ราชการ',
          outc='ส่วนราชการเบิกจ่าย|ได้ตามเป้าหมายร้อยละ|96.4'),
     dict(n='2', title='คลินิกการคลังให้คำปรึกษา|การใช้ระบบ New GFMIS |Thai และระเบียบการเบิก|จ่ายแก่ส่วนราชการและ อปท.',
          steps='1) เปิดคลินิกทุกวันพุธ|2) ตอบข้อหารือผ่าน LINE OA|3) จัดทำคำถามที่พบบ่อย (FAQ)|เผยแพร่บนเว็บไซต์',
          resp='กลุ่มงานกำกับ|และตรวจสอบ', period='......',
          mon='หัวหน้ากลุ่มงาน|สรุปข้อหารือเสนอคลัง|จังหวัดรายไตรมาส', out='ให้คำปรึกษา|418 เรื่อง',
          outc='ข้อผิดพลาดการ|บันทึกรายการลดลง|ร้อยละ 35'),
     dict(n='3', title='ตรวจสอบการเบิกจ่ายเงิน|สวัสดิการค่ารักษาพยาบาล|และค่าการศึกษาบุตรด้วย|การสุ่มตรวจเชิงรุก',
          steps='1) ดึงข้อมูลการเบิกจ่ายจาก|ระบบ e-Claim|2) สุ่มตรวจร้อยละ 5 ของ|ใบเบิกรายเดือน^3) แจ้งผลให้ส่วนราชการ|ปรับปรุงแก้ไข',
          resp='กลุ่มงานกำกับ|และตรวจสอบ', period='ม.ค. – ก.ย.|2569',
          mon='คณะทำงานสุ่ม|ตรวจรายงานคลัง^จังหวัดทุกไตรมาส', out='สุ่มตรวจ 1,206|ฉบับ^',
          outc='ไม่พบการเบิกจ่าย^เกินสิทธิ์ เรียกคืน|เงินได้ครบทุกราย'),
     dict(n='4', title='ประกาศขั้นตอนและระยะเวลา|การพิจารณาคำขอรับ|บำเหน็จบำนาญและ|เงินช่วยพิเศษ',
          steps='1) จัดทำแผนผังขั้นตอนและ|ระยะเวลา|2) ติดประกาศ ณ จุดบริการ|3) แจ้งสถานะคำขอทาง SMS',
          resp='กลุ่มงานบริหาร|การคลังและรายได้', period='พ.ย. 2568 –|ก.ย. 2569',
          mon='คลังจังหวัด|ติดตามคำขอที่|เกินกำหนดทุกเดือน', out='-',
          outc='พิจารณาคำขอแล้ว|เสร็จภายในกำหนด|ร้อยละ 98'),
     dict(n='5', title='อบรมเจ้าหน้าที่เรื่องการขัดกัน|แห่งผลประโยชน์และประกาศ|นโยบายไม่รับของขวัญ |(No Gift Policy)',
          steps='1) อบรมในการประชุมประจำ|เดือน|2) ทดสอบความรู้หลังอบรม|3) คลังจังหวัดลงนามประกาศ',
          resp='ฝ่ายบริหารทั่วไป', period='ก.พ. – มี.ค.|2569',
          mon='ฝ่ายบริหารทั่วไป|สรุปผลเสนอคลัง|จังหวัด', out='ผู้เข้าอบรม 24 คน',
          outc='ผ่านการทดสอบ|ร้อยละ 100'),
    ]
    KEYS = ['n', 'title', 'steps', 'resp', 'period', 'mon', 'out', 'outc']
    for m in MS:     # label view: as displayed, line breaks joined
        m['lab'] = {k: (m[k] if k == 'n' else re.sub(r'(?<=[^\s])[|^](?=\d\))', ' ', m[k]).replace('|', '').replace('^', '')) for k in KEYS}
    d = Document()
    d.core_properties.title = 'Microsoft Word - รายงานผลมาตรการ ITA 2569 คลังจังหวัด.docx'
    d.core_properties.author = ''
    d.core_properties.comments = ''
    st = d.styles['Normal']
    st.paragraph_format.space_after = Pt(0)
    W = [680, 2900, 3260, 1700, 1420, 1900, 1700, 1900]    # twips, sum 15460
    HDR = [['ลำดับ'], ['มาตรการ'], ['ขั้นตอนการดำเนินการ'], ['ผู้รับผิดชอบ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผลผลิต'], ['ผลลัพธ์']]

    def lines(m, k, part):
        v = m[k]
        if '^' not in v:
            segs = [v, '']
        else:
            segs = v.split('^', 1)
        s = segs[part]
        return [x for x in s.split('|')] if s else []

    def sect(first=False):
        s = d.sections[-1] if first else d.add_section(WD_SECTION.NEW_PAGE)
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
        s.left_margin = s.right_margin = Cm(0.7)
        s.top_margin = s.bottom_margin = Cm(0.6)
        s.header_distance = s.footer_distance = Cm(0)

    B = BodyProxy(d)
    head = f'{AG}                                                                                                     รายงานผลมาตรการ ITA ปีงบประมาณ 2569'

    def page_head():
        cpara(B, head, 11, ind=680, before=120)

    def page_foot(n):
        cpara(B, f'หน้า {n}/3', 12, ind=7700, before=160)

    # page 1
    sect(True)
    d.element.body.remove(d.element.body[0]) if len(d.element.body) > 1 and d.element.body[0].tag == qn('w:p') else None
    page_head()
    cpara(B, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 17, True, ind=2600, before=220)
    cpara(B, 'ประจำปีงบประมาณ พ.ศ. 2569', 18, True, ind=6300)
    cpara(B, f'{AG}  สำนักงานปลัดกระทรวงการคลัง', 16, ind=5050)
    cpara(B, 'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568', 14, ind=1250, before=200)
    cpara(B, 'สำนักงานปลัดกระทรวงการคลังได้คะแนน 93.47 คะแนน อยู่ในระดับผ่าน สำนักงานคลังจังหวัดพิจิตรธาราจึงดำเนินการตามมาตรการส่งเสริม', 14, ind=570)
    cpara(B, 'คุณธรรมและความโปร่งใสภายในหน่วยงาน จำนวน 5 มาตรการ ผลการดำเนินการรอบ 12 เดือน (1 ตุลาคม 2568 – 30 กันยายน 2569) ดังนี้', 14, ind=570)
    cpara(B, '', 8)
    rows = [(HDR, True)]
    for m in MS[:3]:
        rows.append(([lines(m, k, 0) for k in KEYS], False))
    ctable(d, W, rows, 13)
    page_foot(1)
    # page 2
    sect()
    page_head()
    cpara(B, '', 8)
    rows = [(HDR, True), ([lines(MS[2], k, 1) for k in KEYS], False)]
    for m in MS[3:]:
        rows.append(([lines(m, k, 0) for k in KEYS], False))
    ctable(d, W, rows, 13)
    page_foot(2)
    # page 3
    sect()
    page_head()
    cpara(B, 'ปัญหา/อุปสรรค', 15, True, ind=570, before=300)
    cpara(B, '1. ส่วนราชการบางแห่งส่งข้อมูลการเบิกจ่ายล่าช้า ทำให้การเผยแพร่ข้อมูลบางเดือนไม่เป็นไปตามกำหนด', 15, ind=1250)
    cpara(B, '2. เจ้าหน้าที่ผู้ให้คำปรึกษาในคลินิกการคลังมีจำนวนจำกัด', 15, ind=1250)
    cpara(B, 'ลงชื่อ ........................................ ผู้รายงาน                                              ลงชื่อ ........................................ ผู้อนุมัติ',
          15, ind=1700, before=900)
    cpara(B, '(นางสาวสุภาพร โพทะเลธารา)                                                                   (นายธีรวัฒน์ ตะพานหินธารา)', 15, ind=2280)
    cpara(B, 'หัวหน้ากลุ่มงานบริหารการคลังและรายได้                                                        คลังจังหวัดพิจิตรธารา', 15, ind=1990)
    cpara(B, '', 15, before=4200)
    page_foot(3)
    # the last section keeps the body sectPr (already landscape via sect())
    src = os.path.join(OUT, F); d.save(src)
    shutil.copy(src, os.path.join(BUILD, 'r02.docx'))
    LM = [dict(n=m['n'], title=m['lab']['title'], steps=m['lab']['steps'], resp=m['lab']['resp'], period=m['lab']['period'],
               mon=m['lab']['mon'], out=m['lab']['out'], outc=m['lab']['outc']) for m in MS]
    label(F, 'results', 2569, AG, 'measure', LM,
          ['measure 2: period (ระยะเวลา) is "......"', 'measure 4: output (ผลผลิต) is "-"'],
          'NEW FORM: DOCX produced by an online PDF-to-Word converter from a 3-page landscape PDF: one section per PDF page, every '
          'PDF line a separate paragraph (exact line height, left indents instead of centring), the PDF running header and '
          '"หน้า n/3" are ordinary body paragraphs on each page, the measure table is ONE TABLE PER PAGE (each with the 8-column '
          'header row ลำดับ, มาตรการ, ขั้นตอนการดำเนินการ, ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, ผลผลิต, ผลลัพธ์ as an ordinary first '
          'row), each cell one paragraph per PDF line, runs in "Laksaman" with w:spacing / w:w. Measure 3 was cut by the PDF '
          'page break: its first lines are the last row of the page-1 table, and the first data row of the page-2 table (empty '
          'ลำดับ and มาตรการ cells) holds the rest of its steps ("3) …"), monitoring and outcome - that row belongs to measure 3, '
          'it is not a measure. ITA 2568 93.47 ผ่าน (สำนักงานปลัดกระทรวงการคลัง); measures 1-5; problems; signatures as indented lines.')


# ---------------------------------------------------------------- r07 (provincial prosecutor, WRONG FY)
def r07():
    F = 'r07_ago_sankhaburithara_results_2568.docx'; AG = 'สำนักงานอัยการจังหวัดสรรคบุรีธารา'
    MS = [
     dict(n='๑', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณของสำนักงานอัยการจังหวัดรายเดือน',
          steps='๑. งานการเงินและพัสดุสรุปผล สขร.๑\n๒. อัยการจังหวัดตรวจทาน\n๓. เผยแพร่บนเว็บไซต์สำนักงาน',
          resp='ฝ่ายอำนวยการ (งานการเงินและพัสดุ)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='หัวหน้าฝ่ายอำนวยการรายงานอัยการจังหวัดทุกเดือน',
          out='เผยแพร่ครบ ๑๒ เดือน ๙๖ รายการ', outc='ไม่มีข้อร้องเรียนการจัดซื้อจัดจ้าง'),
     dict(n='๒', title='แจ้งความคืบหน้าการพิจารณาสำนวนคดีแก่ผู้เสียหายและผู้ต้องหาทางระบบออนไลน์และ SMS',
          steps='๑. บันทึกสถานะสำนวนในระบบสารสนเทศ\n๒. แจ้งเลขติดตามสำนวนแก่คู่ความ\n๓. ส่ง SMS เมื่อมีคำสั่งคดี',
          resp='ฝ่ายอำนวยการ / งานคดี', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='รองอัยการจังหวัดตรวจสอบรายงานสถานะสำนวนทุกสัปดาห์',
          out='แจ้งสถานะ ๑,๒๔๘ สำนวน', outc='ข้อร้องเรียนเรื่องความล่าช้าในการแจ้งผลคดีลดลงร้อยละ ๖๐'),
     dict(n='๓', title='ให้คำปรึกษากฎหมายแก่ประชาชนโดยไม่คิดค่าใช้จ่ายและไม่รับค่าตอบแทนใด ๆ (สคช.)',
          steps='๑. ประกาศช่องทางขอรับคำปรึกษา\n๒. ลงทะเบียนผู้ขอรับคำปรึกษา\n๓. ประเมินความพึงพอใจหลังรับบริการ',
          resp='สำนักงานคุ้มครองสิทธิและช่วยเหลือทางกฎหมายแก่ประชาชนประจำจังหวัด', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙',
          mon='รายงานผลต่ออัยการจังหวัดทุกไตรมาส', out='', outc='ผู้รับบริการพึงพอใจร้อยละ ๙๔.๒'),
     dict(n='๔', title='อบรมข้าราชการและพนักงานราชการเรื่องประมวลจริยธรรมและการขัดกันแห่งผลประโยชน์',
          steps='๑. อบรมผ่านระบบประชุมออนไลน์ร่วมกับสำนักงานอัยการภาค ๖\n๒. ทดสอบความรู้\n๓. ลงนามรับทราบแนวปฏิบัติ',
          resp='ฝ่ายอำนวยการ (งานบุคคล)', period='มี.ค. ๒๕๖๙', mon='งานบุคคลสรุปผลเสนออัยการจังหวัด',
          out='ผู้เข้าอบรม ๓๘ คน', outc='ผ่านการทดสอบร้อยละ ๑๐๐'),
    ]
    d = new_doc('Loma', 12)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.5)
    footer_pages(s, '{P}/{N}', head='สำนักงานอัยการสูงสุด')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 14)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', True, True, 14)
    para(d, AG, True, True, 14)
    para(d, '')
    para(d, '\t๑. ผลการประเมิน  สำนักงานอัยการสูงสุดได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๙๒.๕๘ คะแนน '
            'อยู่ในระดับผ่าน', size=12)
    para(d, '\t๒. ผลการดำเนินการตามมาตรการ  ในรอบระยะเวลาตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๘ ถึงวันที่ ๓๐ กันยายน ๒๕๖๙ '
            'สำนักงานอัยการจังหวัดสรรคบุรีธาราได้ดำเนินการตามมาตรการ ๔ มาตรการ ดังนี้', size=12)
    para(d, '')
    hd = ['ลำดับ', 'มาตรการ', 'กระบวนการ/ขั้นตอน', 'หน่วยรับผิดชอบ', 'ช่วงเวลา', 'การติดตาม', 'ผลการดำเนินการ (Output)', 'ผลลัพธ์ (Outcome)']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 11); shade(t.rows[0].cells[i], 'FFF2CC')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell(c[i], v, center=(i == 0), size=11)
    widths(t, [0.9, 3.0, 3.3, 2.2, 1.8, 2.2, 2.3, 2.3])
    para(d, '')
    para(d, '\t๓. ข้อจำกัด  ระบบแจ้งสถานะสำนวนยังไม่เชื่อมกับระบบของสถานีตำรวจ ผู้เสียหายบางรายจึงต้องติดต่อสอบถามด้วยตนเอง', size=12)
    signatures(d, ('นายกิตติพงษ์ หันคาธารา', 'หัวหน้าฝ่ายอำนวยการ', 'ผู้รายงาน'),
               ('นายวรวุฒิ มโนรมย์ธารา', 'อัยการจังหวัดสรรคบุรีธารา', 'ผู้รับรอง'), size=12)
    src = os.path.join(OUT, F); d.save(src)
    shutil.copy(src, os.path.join(BUILD, 'r07.docx'))
    label(F, 'results', 2568, AG, 'measure', MS,
          ['fiscal year: the title says ปีงบประมาณ พ.ศ. ๒๕๖๘ but the report covers ๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙ (FY ๒๕๖๙ results answering the ITA ๒๕๖๘ score) - WRONG FY in the title',
           'measure ๓: output (ผลการดำเนินการ (Output)) cell empty'],
          'Word (Loma, portrait, 11-pt table): title says FY ๒๕๖๘ (WRONG - the measures ran ๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙; '
          'fiscal_year labels what the title declares); intro "๑." ITA ๒๕๖๘ ๙๒.๕๘ ผ่าน (สำนักงานอัยการสูงสุด), "๒." period; 8-column '
          'table ลำดับ ๑–๔ (กระบวนการ/ขั้นตอน, หน่วยรับผิดชอบ, ช่วงเวลา, การติดตาม, ผลการดำเนินการ (Output), ผลลัพธ์ (Outcome)), '
          'header repeated; running header "สำนักงานอัยการสูงสุด", footer "n/N"; "๓. ข้อจำกัด"; signature table.')


# ---------------------------------------------------------------- m02 (เทศบาลนคร measures, COMPLETE)
def toc_field(d, entries):
    p = d.add_paragraph()
    r = p.add_run(); f = el('w:fldChar', fldCharType='begin'); r._r.append(f)
    r = p.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' TOC \\o "1-2" \\h \\z \\u '
    r._r.append(it)
    r = p.add_run(); r._r.append(el('w:fldChar', fldCharType='separate'))
    first = True
    for text, pg in entries:
        if not first:
            p = d.add_paragraph()
        first = False
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), 2, 1)   # right, dots
        p.add_run(text + '\t' + pg)
    r = p.add_run(); r._r.append(el('w:fldChar', fldCharType='end'))


def m02():
    F = 'm02_tn_phitsanuthara_measures_2570.docx'; AG = 'เทศบาลนครพิษณุธารา'
    MS = [
     dict(n='๓.๑', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและความก้าวหน้าโครงการก่อสร้างด้วยแผนที่โครงการออนไลน์ (Open Data Map)',
          steps=['(๑) กองช่างบันทึกพิกัดและความก้าวหน้าโครงการทุกสัปดาห์', '(๒) กองคลังเชื่อมข้อมูลผลการจัดซื้อจัดจ้าง สขร.๑',
                 '(๓) เผยแพร่แผนที่โครงการบนเว็บไซต์และแอปพลิเคชันเทศบาล'],
          resp='กองช่าง / กองคลัง / ฝ่ายเทคโนโลยีสารสนเทศ', period='ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐',
          mon='รองปลัดเทศบาลที่กำกับดูแลรายงานนายกเทศมนตรีทุกเดือน',
          outc='ข้อมูลโครงการก่อสร้างทุกโครงการเผยแพร่เป็นปัจจุบัน ข้อร้องเรียนลดลงร้อยละ ๓๐'),
     dict(n='๓.๒', title='ลดการใช้ดุลยพินิจในการอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะด้วยการจับฉลากแผงค้าต่อหน้าผู้ค้า',
          steps=['(๑) ประกาศจำนวนแผงค้าและหลักเกณฑ์', '(๒) จับฉลากต่อหน้าผู้ค้าและถ่ายทอดสดทางเพจ', '(๓) ประกาศผลภายใน ๓ วัน'],
          resp='สำนักปลัดเทศบาล (งานเทศกิจ)', period='ธันวาคม ๒๕๖๙ – มกราคม ๒๕๗๐',
          mon='คณะกรรมการจัดระเบียบการค้ารายงานผลต่อนายกเทศมนตรี',
          outc='ผู้ค้าได้รับการจัดสรรแผงโดยเปิดเผย ไม่มีข้อร้องเรียนเรื่องการเรียกรับเงิน'),
     dict(n='๓.๓', title='ตรวจสอบการเบิกจ่ายค่าจ้างเหมาบริการเก็บขนขยะมูลฝอยตามปริมาณที่ชั่งจริง',
          steps=['(๑) ติดตั้งระบบชั่งน้ำหนักรถขยะพร้อมกล้อง', '(๒) เทียบใบชั่งกับใบแจ้งหนี้ผู้รับจ้าง', '(๓) สุ่มตรวจโดยหน่วยตรวจสอบภายใน'],
          resp='กองสาธารณสุขและสิ่งแวดล้อม / หน่วยตรวจสอบภายใน', period='มกราคม – กันยายน ๒๕๗๐',
          mon='หน่วยตรวจสอบภายในรายงานนายกเทศมนตรีรายไตรมาส',
          outc='เบิกจ่ายตรงตามปริมาณจริงร้อยละ ๑๐๐'),
     dict(n='๓.๔', title='เสริมสร้างวัฒนธรรมสุจริต: อบรมการขัดกันแห่งผลประโยชน์ และประกาศนโยบายไม่รับของขวัญ (No Gift Policy)',
          steps=['(๑) อบรมผู้บริหาร สมาชิกสภา และพนักงาน ๓ รุ่น', '(๒) ประกาศนโยบายไม่รับของขวัญ', '(๓) รายงานการรับของขวัญหลังเทศกาล'],
          resp='สำนักปลัดเทศบาล (ฝ่ายบริหารงานบุคคล)', period='กุมภาพันธ์ – มีนาคม ๒๕๗๐ และทุกเทศกาล',
          mon='ฝ่ายบริหารงานบุคคลสรุปผลเสนอปลัดเทศบาล',
          outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ ๘๕ และไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    d = new_doc('Garuda', 12)
    footer_pages(d.sections[0], '- {P} -')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 16)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 16)
    para(d, AG + '  จังหวัดพิษณุธารา', True, True, 14)
    para(d, '')
    para(d, 'สารบัญ', True, size=13)
    toc_field(d, [('๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '๑'), ('๒. การวิเคราะห์ผลการประเมิน', '๑'),
                  ('๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '๒')])
    para(d, '')
    para(d, '๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True, size=13)
    para(d, '\tเทศบาลนครพิษณุธาราได้คะแนน ๙๐.๑๔ คะแนน อยู่ในระดับ “ผ่าน” (IIT ๙๒.๐๘ / EIT ๘๘.๕๑ / OIT ๘๙.๘๓)')
    para(d, '๒. การวิเคราะห์ผลการประเมิน', True, size=13)
    para(d, '\t๒.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', True)
    para(d, '\t\t(๑) ข้อมูลความก้าวหน้าโครงการก่อสร้างไม่เป็นปัจจุบัน (OIT)')
    para(d, '\t\t(๒) ผู้ค้าในที่สาธารณะเห็นว่าการจัดสรรแผงค้าไม่โปร่งใส (EIT)')
    para(d, '\t๒.๒ ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    para(d, '\t\t(๑) การตรวจสอบการเบิกจ่ายค่าจ้างเหมาบริการ')
    para(d, '\t\t(๒) วัฒนธรรมการไม่รับของขวัญและการขัดกันแห่งผลประโยชน์')
    para(d, '๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True, size=13)
    for m in MS:
        p = para(d, f'{m["n"]}  มาตรการ{m["title"]}', True)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        para(d, 'วิธีการดำเนินการ', indent=1.0)
        for s_ in m['steps']:
            para(d, s_, indent=1.6)
        for lab, k in [('หน่วยงานรับผิดชอบ', 'resp'), ('ระยะเวลาดำเนินการ', 'period'), ('การกำกับติดตาม', 'mon'),
                       ('ผลสัมฤทธิ์ที่คาดหวัง', 'outc')]:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            r = p.add_run(lab + ' : '); r.bold = True
            p.add_run(m[k])
    para(d, '')
    para(d, 'ประกาศ ณ วันที่ ๒๐ ตุลาคม พ.ศ. ๒๕๖๙', center=True)
    para(d, '')
    para(d, '(นายชาญวิทย์ วัดโบสถ์ธารา)', center=True)
    para(d, 'นายกเทศมนตรีนครพิษณุธารา', center=True)
    src = os.path.join(OUT, F); d.save(src)
    shutil.copy(src, os.path.join(BUILD, 'm02.docx'))
    label(F, 'measures', 2570, AG, 'measure', MS, [],
          'Word (Garuda, portrait): title FY ๒๕๗๐; a TOC field with its cached entries; "๑." ITA ๒๕๖๙ ๙๐.๑๔ ผ่าน; "๒." ๒.๑ '
          'weaknesses / ๒.๒ improvements with (๑)(๒) lines; "๓." measures as bold paragraphs "๓.๑–๓.๔ มาตรการ…" followed by '
          '"วิธีการดำเนินการ" + (๑)(๒)(๓) lines and bold-label lines หน่วยงานรับผิดชอบ / ระยะเวลาดำเนินการ / การกำกับติดตาม / '
          'ผลสัมฤทธิ์ที่คาดหวัง (= outcome); output never stated (missing by convention); "ประกาศ ณ วันที่", signature. COMPLETE.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r02', 'r07', 'm02']:
        globals()[w]()
        print('built', w)
