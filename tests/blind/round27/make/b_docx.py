"""Word documents: r02 (NEW: a customs house report PRINTED FROM AN e-SARABAN E-FORM - every value sits in a Word CONTENT
CONTROL (w:sdt: plain text, rich text block, drop-down list, Thai-calendar date pickers, w14 check boxes) wrapped in a BOOKMARK
named after the form field; two controls were never filled and still show Word's grey PLACEHOLDER text), r07 (district public
health office, Word table, WRONG FY in the title), m05 (school measures, landscape Word table)."""
import sys
from docx.oxml import parse_xml
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import RGBColor
from common import *

WNS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
NS = f'xmlns:w="{WNS}" xmlns:w14="{W14}"'


def X(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


def signatures(d, left, right):
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    for c, (a, b, x) in zip(t.rows[0].cells, (left, right)):
        cell(c, ['ลงชื่อ ......................................... ' + x, '(' + a + ')', b], center=True)


# ---------------------------------------------------------------- content controls
class Form:
    PH_TEXT = 'คลิกหรือแตะที่นี่เพื่อป้อนข้อความ'
    PH_DATE = 'คลิกหรือแตะเพื่อใส่วันที่'
    PH_LIST = 'เลือกรายการ'

    def __init__(self, d, size):
        self.d, self.id, self.bm, self.size = d, 1000, 0, size
        st = d.styles.add_style('Placeholder Text', WD_STYLE_TYPE.CHARACTER)
        st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    def _rpr(self, bold=False, ph=False):
        return ('<w:rPr>' + ('<w:rStyle w:val="PlaceholderText"/>' if ph else '') + ('<w:b/><w:bCs/>' if bold else '') +
                f'<w:sz w:val="{self.size * 2}"/><w:szCs w:val="{self.size * 2}"/></w:rPr>')

    def run_sdt(self, par, tag, alias, value, kind='text', items=None, date=None, bold=False):
        """A run-level content control appended to paragraph `par`, inside a bookmark named after the field."""
        self.id += 1; self.bm += 1
        ph = value in (None, '')
        shown = {'text': self.PH_TEXT, 'date': self.PH_DATE, 'drop': self.PH_LIST}[kind] if ph else value
        extra = ''
        if kind == 'text':
            extra = '<w:text/>'
        elif kind == 'drop':
            extra = ('<w:dropDownList><w:listItem w:displayText="เลือกรายการ" w:value=""/>' +
                     ''.join(f'<w:listItem w:displayText="{X(i)}" w:value="{X(i)}"/>' for i in items) + '</w:dropDownList>')
        elif kind == 'date':
            fd = f' w:fullDate="{date}T00:00:00Z"' if date else ''
            extra = (f'<w:date{fd}><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="th-TH"/><w:storeMappedDataAs '
                     f'w:val="dateTime"/><w:calendar w:val="thai"/></w:date>')
        plc = ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_-18540134' + ('38' if kind == 'date' else '39' if kind == 'drop' else '40') +
               '"/></w:placeholder>')
        lock = '<w:lock w:val="sdtLocked"/>' if kind != 'text' else ''
        sph = '<w:showingPlcHdr/>' if ph else ''
        xml = (f'<w:sdt {NS}><w:sdtPr>{self._rpr(bold)}<w:alias w:val="{X(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{self.id}"/>'
               f'{lock}{plc}{sph}{extra}</w:sdtPr>'
               f'<w:sdtContent><w:r>{self._rpr(bold, ph)}<w:t xml:space="preserve">{X(shown)}</w:t></w:r></w:sdtContent></w:sdt>')
        p = par._p
        p.append(parse_xml(f'<w:bookmarkStart {NS} w:id="{self.bm}" w:name="F_{tag}"/>'))
        p.append(parse_xml(xml))
        p.append(parse_xml(f'<w:bookmarkEnd {NS} w:id="{self.bm}"/>'))

    def check(self, par, tag, alias, on, text):
        self.id += 1
        xml = (f'<w:sdt {NS}><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
               f'<w:alias w:val="{X(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{self.id}"/><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
               f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
               f'</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
               f'</w:rPr><w:t>{"☒" if on else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(xml))
        r = par.add_run(' ' + text + '    '); csz(r, self.size)

    def block_sdt(self, c, tag, alias, lines):
        """A rich-text block-level content control filling table cell c (one paragraph per line)."""
        self.id += 1; self.bm += 1
        ps = ''.join(f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>' +
                     (f'<w:bookmarkStart w:id="{self.bm}" w:name="F_{tag}"/>' if i == 0 else '') +
                     f'<w:r>{self._rpr()}<w:t xml:space="preserve">{X(ln)}</w:t></w:r>' +
                     (f'<w:bookmarkEnd w:id="{self.bm}"/>' if i == len(lines) - 1 else '') + '</w:p>'
                     for i, ln in enumerate(lines))
        xml = (f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{X(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{self.id}"/>'
               f'<w:richText/></w:sdtPr><w:sdtContent>{ps}</w:sdtContent></w:sdt>')
        tc = c._tc
        for p in list(tc.findall(qn('w:p'))):
            tc.remove(p)
        tc.append(parse_xml(xml))


def th_date(iso):
    y, m, dd = iso.split('-')
    MON = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม',
           'พฤศจิกายน', 'ธันวาคม']
    return f'{int(dd)} {MON[int(m) - 1]} {int(y) + 543}'


# ---------------------------------------------------------------- r02 (NEW: e-Saraban e-form with content controls)
def r02():
    F = 'r02_customs_sadaophirom_results_2569.docx'; AG = 'ด่านศุลกากรสะเดาภิรมย์'
    UNITS = ['ฝ่ายบริหารทั่วไป', 'ฝ่ายบริการศุลกากร', 'ฝ่ายสืบสวนและปราบปราม', 'ฝ่ายตรวจสอบสินค้า', 'ฝ่ายบริการศุลกากร / ฝ่ายตรวจสอบสินค้า']
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการเบิกจ่ายงบประมาณของด่านศุลกากรรายเดือน',
          steps=['ฝ่ายบริหารทั่วไปสรุปผลการจัดซื้อจัดจ้างตามแบบ สขร.1', 'นายด่านศุลกากรตรวจทาน', 'เผยแพร่บนเว็บไซต์ด่านภายในวันที่ 10 ของเดือนถัดไป'],
          resp='ฝ่ายบริหารทั่วไป', d1='2025-10-01', d2='2026-09-30', mon='นายด่านศุลกากรรายงานสำนักงานศุลกากรภาคที่ 4 ทุกไตรมาส',
          out='เผยแพร่ครบ 12 เดือน 164 รายการ', outc='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง', done=True),
     dict(n='2', title='ผ่านพิธีการสินค้าผ่านแดนด้วยระบบ e-Transit และประกาศขั้นตอนและระยะเวลาการตรวจปล่อยทุกจุดบริการ',
          steps=['ประกาศขั้นตอน ระยะเวลา และค่าธรรมเนียมทุกจุดบริการ 3 ภาษา', 'ตรวจปล่อยผ่านระบบ e-Transit', 'แสดงสถานะใบขนสินค้าบนจอหน้าอาคาร'],
          resp='ฝ่ายบริการศุลกากร', d1='2025-10-01', d2='2026-09-30', mon='สรุปสถิติระยะเวลาการตรวจปล่อยเสนอนายด่านทุกเดือน',
          out='ใบขนสินค้าผ่านระบบ 41,226 ฉบับ', outc='ระยะเวลาตรวจปล่อยเฉลี่ยลดลงจาก 52 นาที เหลือ 31 นาที', done=True),
     dict(n='3', title='ติดตั้งกล้องวงจรปิดพร้อมบันทึกเสียงที่จุดตรวจสินค้าและสุ่มตรวจภาพย้อนหลัง',
          steps=['ติดตั้งกล้อง 18 จุด ณ ลานตรวจสินค้า', 'กำหนดผู้มีสิทธิ์เข้าถึงภาพ', 'สุ่มตรวจภาพย้อนหลังสัปดาห์ละ 1 ครั้ง'],
          resp='ฝ่ายสืบสวนและปราบปราม', d1=None, d2=None, mon='รองนายด่านสุ่มตรวจและรายงานนายด่านทุกเดือน',
          out='ติดตั้งครบ 18 จุด สุ่มตรวจ 46 ครั้ง', outc='ไม่พบพฤติการณ์เรียกรับเงินจากผู้ประกอบการ', done=True),
     dict(n='4', title='อบรมเจ้าหน้าที่ศุลกากรเรื่องการขัดกันแห่งผลประโยชน์และการรับของขวัญจากผู้ประกอบการขนส่ง',
          steps=['อบรมร่วมกับสำนักงานศุลกากรภาคที่ 4', 'ทดสอบหลังอบรมผ่านระบบ e-Learning', 'ลงนามประกาศเจตนารมณ์ No Gift Policy'],
          resp='ฝ่ายบริหารทั่วไป', d1='2026-02-01', d2='2026-03-31', mon='ฝ่ายบริหารทั่วไปสรุปผลเสนอนายด่านศุลกากร',
          out='ผู้เข้าอบรม 73 คน', outc='ผ่านการทดสอบหลังอบรมร้อยละ 96', done=True),
     dict(n='5', title='เปิดช่องทางแจ้งเบาะแสการเรียกรับเงินผ่าน QR Code ที่ช่องตรวจและจุดชำระอากร',
          steps=['จัดทำ QR Code แจ้งเบาะแสโดยไม่ระบุตัวตน', 'ติดตั้งทุกช่องตรวจและจุดชำระอากร', 'ตรวจสอบเรื่องที่แจ้งภายใน 7 วัน'],
          resp='ฝ่ายบริการศุลกากร / ฝ่ายตรวจสอบสินค้า', d1='2026-01-05', d2='2026-09-30', mon='รายงานผลการตรวจสอบเบาะแสต่อนายด่านทุกเดือน',
          out='ติดตั้ง QR Code 22 จุด มีผู้แจ้ง 3 เรื่อง', outc='', done=False),
    ]
    SZ = 14
    d = new_doc('Laksaman', SZ)
    fm = Form(d, SZ)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(2.2)
    hp = s.header.paragraphs[0]
    r = hp.add_run('ระบบสารบรรณอิเล็กทรอนิกส์ (e-Saraban) กรมศุลกากร\tแบบ ศภ.4-ITA-02 (ปรับปรุง 08/2568)'); csz(r, 11)
    footer_pages(s, 'พิมพ์จากระบบเมื่อ 30/09/2569 16:12 น. โดย สุภาวดี ส.  |  เลขที่เอกสาร กค 0521(สด)/2569-0873  |  หน้า {P}/{N}')
    for r in s.footer.paragraphs[0].runs:
        csz(r, 11)
    para(d, 'แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 17)
    p = para(d, 'ประจำปีงบประมาณ พ.ศ. ', True, True, 17)
    fm.run_sdt(p, 'fy', 'ปีงบประมาณ', '2569', 'drop', items=['2568', '2569', '2570'], bold=True)
    p = para(d, 'หน่วยงาน : ', size=SZ); fm.run_sdt(p, 'agency', 'ชื่อหน่วยงาน', AG)
    r = p.add_run('   สังกัด : '); csz(r, SZ); fm.run_sdt(p, 'parent', 'สังกัด', 'สำนักงานศุลกากรภาคที่ 4')
    p = para(d, 'ผลคะแนน ITA ปีงบประมาณ พ.ศ. 2568 (กรมศุลกากร) : ', size=SZ); fm.run_sdt(p, 'score', 'คะแนน ITA', '90.64')
    r = p.add_run(' คะแนน  ระดับ '); csz(r, SZ); fm.run_sdt(p, 'band', 'ระดับผลการประเมิน', 'ผ่าน', 'drop', items=['ผ่าน', 'ไม่ผ่าน'])
    p = para(d, 'รอบการรายงาน : ', size=SZ)
    fm.check(p, 'round6', 'รอบ 6 เดือน', False, 'รอบ 6 เดือน'); fm.check(p, 'round12', 'รอบ 12 เดือน', True, 'รอบ 12 เดือน')
    para(d, 'ส่วนที่ 2 ผลการดำเนินการตามมาตรการ (กรอกมาตรการละ 1 ชุด)', True, size=15)
    for m in MS:
        k = 'm' + m['n']
        p = para(d, 'มาตรการที่ ', True, size=15)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True
        fm.run_sdt(p, k + '_no', 'ลำดับมาตรการ', m['n'], bold=True)
        r = p.add_run('  '); csz(r, 15)
        fm.run_sdt(p, k + '_title', 'ชื่อมาตรการ', m['title'], bold=True)
        t = d.add_table(rows=7, cols=2); t.style = 'Table Grid'
        labs = ['ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามผล', 'ผลผลิต (Output)', 'ผลลัพธ์ (Outcome)', 'สถานะ']
        for i, lab in enumerate(labs):
            cell(t.rows[i].cells[0], lab, True, size=SZ); shade(t.rows[i].cells[0], 'DEEAF6')
        fm.block_sdt(t.rows[0].cells[1], k + '_steps', 'ขั้นตอน/วิธีการ', [f'{i}) {x}' for i, x in enumerate(m['steps'], 1)])
        c = t.rows[1].cells[1].paragraphs[0]; fm.run_sdt(c, k + '_resp', 'ผู้รับผิดชอบ', m['resp'], 'drop', items=UNITS)
        c = t.rows[2].cells[1].paragraphs[0]
        fm.run_sdt(c, k + '_start', 'วันที่เริ่ม', th_date(m['d1']) if m['d1'] else None, 'date', date=m['d1'])
        r = c.add_run(' ถึง '); csz(r, SZ)
        fm.run_sdt(c, k + '_end', 'วันที่สิ้นสุด', th_date(m['d2']) if m['d2'] else None, 'date', date=m['d2'])
        for row, key, alias in ((3, 'mon', 'การติดตามผล'), (4, 'out', 'ผลผลิต'), (5, 'outc', 'ผลลัพธ์')):
            fm.run_sdt(t.rows[row].cells[1].paragraphs[0], f'{k}_{key}', alias, m[key])
        c = t.rows[6].cells[1].paragraphs[0]
        fm.check(c, k + '_done', 'แล้วเสร็จ', m['done'], 'ดำเนินการแล้วเสร็จ')
        fm.check(c, k + '_wip', 'อยู่ระหว่างดำเนินการ', not m['done'], 'อยู่ระหว่างดำเนินการ')
        widths(t, [4.2, 12.4])
        m['period'] = (th_date(m['d1']) + ' ถึง ' + th_date(m['d2'])) if m['d1'] else ''
    para(d, '')
    p = para(d, 'ปัญหา/อุปสรรค : ', True, size=SZ)
    fm.run_sdt(p, 'problems', 'ปัญหาอุปสรรค', 'ผู้ขับรถขนส่งสินค้าชาวมาเลเซียบางส่วนไม่สะดวกสแกน QR Code ภาษาไทย อยู่ระหว่างจัดทำฉบับภาษามลายู')
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    for c, (role, nm, pos) in zip(t.rows[0].cells, (('ผู้รายงาน', 'นางสาวสุภาวดี สะเดาภิรมย์กุล', 'เจ้าพนักงานศุลกากรชำนาญงาน'),
                                                   ('ผู้อนุมัติ', 'นายอิทธิพล ปาดังภิรมย์', 'นายด่านศุลกากรสะเดาภิรมย์'))):
        cell(c, [f'ลงชื่อ (ลงนามอิเล็กทรอนิกส์) {role}', ''], center=True, size=SZ)
        fm.run_sdt(c.paragraphs[1], 'sign_' + ('rep' if role == 'ผู้รายงาน' else 'app'), role, nm)
        c.paragraphs[1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp = c.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = pp.add_run(pos); csz(r, SZ)
    src = os.path.join(OUT, F); d.save(src)
    shutil.copy(src, os.path.join(BUILD, 'r02.docx'))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 3: period (ระยะเวลาดำเนินการ) never filled - both date pickers still show the placeholder "คลิกหรือแตะเพื่อใส่วันที่"',
           'measure 5: outcome (ผลลัพธ์) never filled - the content control shows the placeholder "คลิกหรือแตะที่นี่เพื่อป้อนข้อความ" (status box ticked "อยู่ระหว่างดำเนินการ")'],
          'NEW FORM: a DOCX printed from the customs department\'s e-Saraban E-FORM ("แบบ ศภ.4-ITA-02"): every value is a Word '
          'CONTENT CONTROL (w:sdt with Thai w:alias and w:tag, w:id) wrapped in a BOOKMARK "F_<tag>" - plain-text controls, a '
          'rich-text BLOCK control holding the 1) 2) 3) step paragraphs, DROP-DOWN LIST controls (FY 2569, band ผ่าน, responsible '
          'unit), pairs of DATE-PICKER controls (Thai calendar, "d MMMM yyyy", w:fullDate) for the period, and w14 CHECK-BOX '
          'controls (รอบ 12 เดือน; per measure "ดำเนินการแล้วเสร็จ / อยู่ระหว่างดำเนินการ"); header "ระบบสารบรรณอิเล็กทรอนิกส์ '
          '(e-Saraban) กรมศุลกากร", footer "พิมพ์จากระบบเมื่อ … | เลขที่เอกสาร … | หน้า n/N". Each measure = bold "มาตรการที่ n '
          'title" + a 2-column label/value table (ขั้นตอน/วิธีการดำเนินการ, ผู้รับผิดชอบ, ระยะเวลาดำเนินการ, การติดตามผล, ผลผลิต '
          '(Output), ผลลัพธ์ (Outcome), สถานะ). Two controls were never filled and still SHOW WORD\'S GREY PLACEHOLDER TEXT '
          '(w:showingPlcHdr, PlaceholderText style): measure 3\'s two dates, measure 5\'s outcome - placeholder text is not '
          'content (missing). ITA 2568 90.64 ผ่าน; problems; e-signature block.')


# ---------------------------------------------------------------- r07 (district public health office, WRONG FY)
def r07():
    F = 'r07_sso_sawangphirom_results_2568.docx'; AG = 'สำนักงานสาธารณสุขอำเภอสว่างภิรมย์'
    MS = [
     dict(n='๑', title='เผยแพร่แผนและผลการจัดซื้อจัดจ้างของ สสอ. และ รพ.สต. ในสังกัดรายเดือน',
          steps='๑. รวบรวมผลการจัดซื้อจัดจ้างจาก รพ.สต. ๑๔ แห่ง\n๒. สรุปตามแบบ สขร.๑\n๓. เผยแพร่บนเว็บไซต์ สสอ.',
          resp='กลุ่มงานบริหารทั่วไป สสอ.', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='สาธารณสุขอำเภอตรวจสอบและรายงาน สสจ. ทุกไตรมาส',
          out='เผยแพร่ครบ ๑๒ เดือน ๒๑๘ รายการ', outc='ไม่มีข้อร้องเรียนการจัดซื้อจัดจ้าง'),
     dict(n='๒', title='ตรวจสอบการเบิกจ่ายค่าตอบแทน อสม. และค่าใช้จ่ายเดินทางไปราชการก่อนอนุมัติ',
          steps='๑. เทียบรายชื่อ อสม. กับทะเบียนกลาง\n๒. ตรวจหลักฐานการเดินทาง\n๓. สุ่มตรวจโดยคณะกรรมการตรวจสอบภายใน',
          resp='กลุ่มงานบริหารทั่วไป (งานการเงิน)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='คณะกรรมการตรวจสอบภายในรายงานสาธารณสุขอำเภอรายไตรมาส',
          out='ตรวจสอบครบ ๑๒ งวด ๑,๘๔๐ ราย', outc='ไม่พบการเบิกจ่ายซ้ำซ้อนหรือเกินสิทธิ์'),
     dict(n='๓', title='ควบคุมการใช้รถราชการและน้ำมันเชื้อเพลิงของ สสอ. และ รพ.สต.',
          steps='', resp='กลุ่มงานบริหารทั่วไป (งานยานพาหนะ)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='สรุปการใช้รถและน้ำมันเสนอสาธารณสุขอำเภอทุกเดือน',
          out='รถราชการ ๑๗ คัน มีสมุดบันทึกครบ', outc='ค่าน้ำมันเชื้อเพลิงลดลงร้อยละ ๑๑'),
     dict(n='๔', title='อบรมบุคลากรสาธารณสุขเรื่องการขัดกันแห่งผลประโยชน์และการไม่รับของขวัญ',
          steps='๑. อบรมในการประชุมประจำเดือน คปสอ.\n๒. ทดสอบความรู้ออนไลน์\n๓. ลงนามประกาศเจตนารมณ์',
          resp='กลุ่มงานพัฒนาบุคลากร', period='มี.ค. ๒๕๖๙', mon='สรุปผลเสนอสาธารณสุขอำเภอ',
          out='ผู้เข้าอบรม ๙๒ คน', outc='ผ่านการทดสอบร้อยละ ๙๓'),
     dict(n='๕', title='สำรวจความพึงพอใจผู้รับบริการ รพ.สต. และเปิดเผยผลการจัดการเรื่องร้องเรียน',
          steps='๑. สำรวจผ่าน QR Code ทุก รพ.สต.\n๒. สรุปเรื่องร้องเรียนและผลการแก้ไข\n๓. เผยแพร่ผลรายไตรมาส',
          resp='กลุ่มงานส่งเสริมสุขภาพและคุ้มครองผู้บริโภค', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='นำเสนอที่ประชุม คปสอ. ทุกไตรมาส',
          out='ผู้ตอบแบบสำรวจ ๒,๔๐๖ ราย', outc='ความพึงพอใจเฉลี่ยร้อยละ ๘๘.๗'),
    ]
    d = new_doc('Garuda', 12)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.6)
    footer_pages(s, 'หน้า {P}', head=f'{AG}  |  รายงานผลมาตรการ ITA')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 15)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', True, True, 15)
    para(d, AG + '  จังหวัดสกลภิรมย์', True, True, 14)
    para(d, '')
    para(d, '\tตามที่สำนักงานสาธารณสุขจังหวัดสกลภิรมย์ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้ ๘๙.๐๒ คะแนน ระดับผ่าน '
            'สำนักงานสาธารณสุขอำเภอสว่างภิรมย์ได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสในห้วงวันที่ ๑ ตุลาคม ๒๕๖๘ – '
            '๓๐ กันยายน ๒๕๖๙ ผลการดำเนินการดังนี้', size=12)
    para(d, '')
    hd = ['ที่', 'มาตรการ', 'ขั้นตอน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตาม', 'ผลผลิต', 'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 11); shade(t.rows[0].cells[i], 'D9E2F3')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell(c[i], v, center=(i == 0), size=11)
    widths(t, [0.8, 3.2, 3.6, 2.2, 1.9, 2.4, 2.0, 2.3])
    para(d, '')
    para(d, 'ปัญหาอุปสรรค : รพ.สต. บางแห่งยังไม่มีเจ้าหน้าที่รับผิดชอบการเผยแพร่ข้อมูลบนเว็บไซต์', size=12)
    signatures(d, ('นางสาวปิยะนุช วาริชภูมิภิรมย์', 'นักวิชาการสาธารณสุขชำนาญการ', 'ผู้รายงาน'),
               ('นายสมชาย พรรณาภิรมย์', 'สาธารณสุขอำเภอสว่างภิรมย์', 'ผู้อนุมัติ'))
    src = os.path.join(OUT, F); d.save(src)
    shutil.copy(src, os.path.join(BUILD, 'r07.docx'))
    label(F, 'results', 2568, AG, 'measure', MS,
          ['fiscal year: the title says ปีงบประมาณ พ.ศ. ๒๕๖๘ but the report covers ๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙ (FY ๒๕๖๙ results answering the ITA ๒๕๖๘ score) - WRONG FY in the title',
           'measure ๓: steps (ขั้นตอน) cell empty'],
          'Word (Garuda, portrait, small 11-pt table): title says FY ๒๕๖๘ (WRONG - the measures ran ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙; '
          'fiscal_year labels what the title declares); ITA ๒๕๖๘ ๘๙.๐๒ of the provincial health office; 8-column table ๑–๕ '
          '(header repeated, rows may split across pages - the part on the next page belongs to the row above), ๑. ๒. ๓. steps '
          'as cell paragraphs; own การติดตาม; running header with agency, footer "หน้า n"; problems; signature table.')


# ---------------------------------------------------------------- m05 (school measures, landscape)
def m05():
    F = 'm05_school_khuandonphirom_measures_2570.docx'; AG = 'โรงเรียนควนโดนภิรมย์วิทยา'
    MS = [
     dict(n='ข้อ ๑', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้เงินอุดหนุนรายหัวผ่านเว็บไซต์และเพจโรงเรียน',
          steps='(๑) งานพัสดุสรุปผลรายเดือน\n(๒) รองผู้อำนวยการกลุ่มบริหารงบประมาณตรวจทาน\n(๓) เผยแพร่ภายในวันที่ ๑๕',
          resp='กลุ่มบริหารงบประมาณ', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รายงานผู้อำนวยการทุกเดือนและคณะกรรมการสถานศึกษาภาคเรียนละครั้ง',
          outc='ข้อมูลเผยแพร่ครบ ๑๒ เดือน'),
     dict(n='ข้อ ๒', title='ประกาศหลักเกณฑ์การรับนักเรียนและผลการคัดเลือกอย่างเปิดเผยโดยไม่มีการเรียกรับเงิน',
          steps='(๑) ประกาศหลักเกณฑ์ล่วงหน้า ๓๐ วัน\n(๒) สอบคัดเลือกและประกาศผลพร้อมคะแนน\n(๓) เปิดช่องทางอุทธรณ์',
          resp='กลุ่มบริหารวิชาการ (งานรับนักเรียน)', period='ก.พ. – พ.ค. ๒๕๗๐', mon='คณะกรรมการรับนักเรียนรายงานผู้อำนวยการและ สพม.',
          outc='ไม่มีข้อร้องเรียนการรับนักเรียน'),
     dict(n='ข้อ ๓', title='ให้ผู้ปกครองและชุมชนมีส่วนร่วมตรวจรับพัสดุและโครงการอาหารกลางวัน',
          steps='(๑) แต่งตั้งผู้แทนผู้ปกครองเป็นกรรมการตรวจรับ\n(๒) เผยแพร่รายการอาหารและราคาวัตถุดิบ\n(๓) สุ่มตรวจคุณภาพอาหาร',
          resp='กลุ่มบริหารทั่วไป (งานโภชนาการ)', period='พ.ค. – ก.ย. ๒๕๗๐', mon='รายงานคณะกรรมการสถานศึกษาภาคเรียนละครั้ง',
          outc='ผู้ปกครองพึงพอใจร้อยละ ๙๐'),
     dict(n='ข้อ ๔', title='อบรมครูและบุคลากรเรื่องการขัดกันแห่งผลประโยชน์และนโยบายไม่รับของขวัญ (No Gift Policy)',
          steps='(๑) อบรมในวันประชุมครูต้นภาคเรียน\n(๒) ลงนามประกาศเจตนารมณ์\n(๓) แจ้งผู้ปกครองผ่านกลุ่ม LINE ห้องเรียน',
          resp='กลุ่มบริหารงานบุคคล', period='พ.ค. ๒๕๗๐', mon='รองผู้อำนวยการกลุ่มบริหารงานบุคคลสรุปผลเสนอผู้อำนวยการ',
          outc='(ระบุ)'),
    ]
    d = new_doc('Loma', 13, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.8)
    footer_pages(s, '- {P} -')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 16)
    para(d, AG + '  สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสตูลภิรมย์', True, True, 14)
    para(d, '')
    para(d, '๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True)
    para(d, '\tสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสตูลภิรมย์ได้คะแนน ๘๗.๙๐ คะแนน ระดับผ่าน โรงเรียนได้นำผลการประเมินมาวิเคราะห์ ดังนี้')
    para(d, '๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', True)
    para(d, '\t๒.๑ การเผยแพร่ข้อมูลการใช้จ่ายเงินอุดหนุนรายหัวยังไม่ครบถ้วน (OIT)')
    para(d, '\t๒.๒ ผู้ปกครองบางส่วนเห็นว่าการรับนักเรียนไม่โปร่งใส (EIT)')
    para(d, '๓. ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    para(d, '\t๓.๑ การมีส่วนร่วมของผู้ปกครองในการตรวจรับพัสดุและโครงการอาหารกลางวัน')
    para(d, '\t๓.๒ การรับของขวัญของครูจากผู้ปกครองในเทศกาล')
    para(d, '๔. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True)
    hd = ['ข้อ', 'มาตรการ', 'วิธีการ/ขั้นตอน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การกำกับติดตาม', 'ตัวชี้วัดความสำเร็จ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 13); shade(t.rows[0].cells[i], 'FBE4D5')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(c[i], v, center=(i == 0 or v == '(ระบุ)'), size=13)
    widths(t, [1.4, 5.0, 6.0, 3.2, 2.6, 4.0, 3.4])
    signatures(d, ('นางรัชนี ทุ่งหว้าภิรมย์', 'รองผู้อำนวยการกลุ่มบริหารทั่วไป', 'ผู้เสนอ'),
               ('นายอับดุลเลาะ ละงูภิรมย์', 'ผู้อำนวยการโรงเรียนควนโดนภิรมย์วิทยา', 'ผู้อนุมัติ'))
    src = os.path.join(OUT, F); d.save(src)
    shutil.copy(src, os.path.join(BUILD, 'm05.docx'))
    label(F, 'measures', 2570, AG, 'measure', MS, ['measure ข้อ ๔: indicator (ตัวชี้วัดความสำเร็จ) is "(ระบุ)"'],
          'Word (Loma, landscape): title FY ๒๕๗๐, ITA ๒๕๖๙ ๘๗.๙๐ ผ่าน (the secondary education area office score); numbered '
          'sections ๒ weaknesses (๒.๑ ๒.๒) and ๓ improvements (๓.๑ ๓.๒); 7-column table ข้อ ๑–ข้อ ๔ with (๑)(๒)(๓) steps as cell '
          'paragraphs, header repeated; "การกำกับติดตาม" = monitoring, "ตัวชี้วัดความสำเร็จ" = outcome; output never stated '
          '(missing by convention); footer "- n -"; signature table.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r02', 'r07', 'm05']:
        globals()[w]()
        print('built', w)
