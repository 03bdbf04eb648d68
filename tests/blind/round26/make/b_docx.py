"""Word documents: r06 (NEW: a รพ.สต. results report whose OUTCOMES exist only as Word FOOTNOTES - word/footnotes.xml, one
footnote reference after each output cell's text), m01 (provincial social development office measures, wrong band, portrait +
landscape sections), p04 (อบต. plan whose last activity is the plan's own follow-up)."""
import sys
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.section import WD_SECTION
from common import *

WNS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


def signatures(d, left, right):
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    for c, (a, b, x) in zip(t.rows[0].cells, (left, right)):
        cell(c, ['ลงชื่อ ......................................... ' + x, '(' + a + ')', b], center=True)


# ---------------------------------------------------------------- footnotes
class Footnotes:
    """Adds a real word/footnotes.xml part (separator + continuationSeparator + numbered notes) and the two Word styles."""

    def __init__(self, d, font, size):
        self.d, self.notes, self.font, self.size = d, [], font, size
        st = d.styles.add_style('Footnote Text', WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = d.styles['Normal']; st.font.size = Pt(size)
        rs = d.styles.add_style('Footnote Reference', WD_STYLE_TYPE.CHARACTER)
        rs.font.superscript = True

    def ref(self, par, text):
        nid = len(self.notes) + 1
        self.notes.append((nid, text))
        r = par.add_run()
        rpr = OxmlElement('w:rPr'); rs = OxmlElement('w:rStyle'); rs.set(qn('w:val'), 'FootnoteReference'); rpr.append(rs)
        r._r.append(rpr)
        fr = OxmlElement('w:footnoteReference'); fr.set(qn('w:id'), str(nid)); r._r.append(fr)
        return nid

    def save(self, path):
        E = lambda s: s.replace('&', '&amp;').replace('<', '&lt;')
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
               '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p>'
               '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
               '</w:footnote>')
        body = ''.join(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle '
            f'w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {E(t)}</w:t></w:r></w:p>'
            f'</w:footnote>' for i, t in self.notes)
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{WNS}" '
               f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{sep}{body}</w:footnotes>')
        part = Part(PackURI('/word/footnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml', xml.encode('utf-8'),
                    self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)
        st = self.d.settings.element
        fp = OxmlElement('w:footnotePr')
        for i in ('-1', '0'):
            f = OxmlElement('w:footnote'); f.set(qn('w:id'), i); fp.append(f)
        anchor = next((c for c in st if c.tag.split('}')[1] in ('endnotePr', 'compat', 'docVars', 'rsids', 'mathPr',
                                                                   'themeFontLang', 'clrSchemeMapping', 'decimalSymbol',
                                                                   'listSeparator', 'shapeDefaults', 'captions')), None)
        if anchor is not None:
            anchor.addprevious(fp)      # CT_Settings sequence: footnotePr comes before endnotePr / compat / rsids …
        else:
            st.append(fp)
        self.d.save(path)


# ---------------------------------------------------------------- r06 (NEW: outcomes in footnotes)
def r06():
    F = 'r06_rpst_nondaengkasem_results_2569.docx'
    AG = 'โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนแดงเกษม'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างวัสดุการแพทย์และการใช้จ่ายเงินบำรุงของ รพ.สต. รายเดือน',
          steps='1) สรุปผลการจัดซื้อจัดจ้างตามแบบ สขร.1\n2) ติดประกาศที่บอร์ดหน้า รพ.สต.\n3) เผยแพร่ทางเพจ Facebook ของ รพ.สต.',
          resp='ผู้อำนวยการ รพ.สต. / เจ้าพนักงานธุรการ', period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานคณะกรรมการพัฒนา รพ.สต. ทุกเดือน',
          out='เผยแพร่ครบ 12 เดือน 58 รายการ', outc='ไม่มีข้อร้องเรียนด้านการจัดซื้อจัดจ้างและการใช้เงินบำรุง'),
     dict(n='2', title='ประกาศสิทธิและขั้นตอนการรับบริการโดยไม่เสียค่าใช้จ่าย (สิทธิบัตรทอง) ณ จุดบริการทุกจุด',
          steps='1) จัดทำป้ายประกาศสิทธิและขั้นตอน\n2) ติดป้ายที่จุดคัดกรอง ห้องยา และห้องทันตกรรม\n3) อสม. แจ้งข่าวในหมู่บ้าน',
          resp='พยาบาลวิชาชีพ (งานบริการ)', period='ต.ค. – ธ.ค. 2568', mon='ผู้อำนวยการ รพ.สต. ตรวจเยี่ยมจุดบริการทุกไตรมาส',
          out='ป้ายประกาศ 6 จุด ครบทุกจุดบริการ', outc='ไม่มีผู้รับบริการถูกเรียกเก็บค่าบริการที่ไม่เป็นไปตามสิทธิ'),
     dict(n='3', title='ให้ อสม. และคณะกรรมการกองทุนหลักประกันสุขภาพตำบลร่วมตรวจสอบการใช้จ่ายเงินกองทุนและการตรวจรับพัสดุ',
          steps='1) แต่งตั้งผู้แทน อสม. ร่วมตรวจรับพัสดุ\n2) รายงานการใช้จ่ายเงินกองทุนต่อที่ประชุมคณะกรรมการ\n3) เปิดให้ประชาชนขอดูเอกสาร',
          resp='ผู้อำนวยการ รพ.สต. / ประธาน อสม.', period='ม.ค. – ก.ย. 2569', mon='คณะกรรมการกองทุนฯ ติดตามในการประชุมรายไตรมาส',
          out='ผู้แทน อสม. ร่วมตรวจรับ 14 ครั้ง', outc=None),
     dict(n='4', title='สำรวจความพึงพอใจและความเชื่อมั่นของผู้รับบริการและเปิดเผยผลการจัดการเรื่องร้องเรียน',
          steps='1) แจกแบบสำรวจและ QR Code ที่จุดรับยา\n2) วิเคราะห์ผลรายไตรมาส\n3) เผยแพร่ผลการจัดการเรื่องร้องเรียน',
          resp='นักวิชาการสาธารณสุข', period='ต.ค. 2568 – ก.ย. 2569', mon='สรุปผลเสนอสาธารณสุขอำเภอและ อบจ. รายไตรมาส',
          out='ผู้ตอบแบบสำรวจ 612 ราย เรื่องร้องเรียน 3 เรื่อง', outc='อยู่ระหว่างดำเนินการ'),
     dict(n='5', title='ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลจากผู้รับบริการและบริษัทยา (No Gift Policy)',
          steps='1) ผู้อำนวยการ รพ.สต. ลงนามประกาศ\n2) ติดประกาศหน้า รพ.สต. และเพจ\n3) เจ้าหน้าที่รายงานการรับของขวัญ',
          resp='ผู้อำนวยการ รพ.สต.', period='ต.ค. 2568 – ม.ค. 2569', mon='รายงานการรับของขวัญเสนอสาธารณสุขอำเภอ',
          out='ประกาศ 1 ฉบับ รายงานครบ 7 คน', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    d = new_doc('TH Sarabun New', 15)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.5)
    footer_pages(s, 'หน้า {P} จาก {N}')
    fn = Footnotes(d, 'TH Sarabun New', 12)
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 17)
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2569', True, True, 17)
    para(d, AG, True, True, 16)
    para(d, 'อำเภอกันทรลักษ์เกษม จังหวัดศรีเกษม (สังกัดองค์การบริหารส่วนจังหวัดศรีเกษม)', center=True, size=14)
    para(d, '')
    p = para(d, '\tตามที่ รพ.สต.บ้านโนนแดงเกษมได้ร่วมรับการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ในนาม อบจ.ศรีเกษม ได้คะแนน 86.48 '
                'คะแนน ระดับผ่าน')
    fn.ref(p, 'ที่มา: ระบบ ITAS สำนักงาน ป.ป.ช. ประกาศผล ณ วันที่ 30 กันยายน 2568')
    p.add_run(' และได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2569 จำนวน 5 มาตรการ ผลการดำเนินการดังนี้')
    p = para(d, 'หมายเหตุ  ผลลัพธ์ (Outcome) ของแต่ละมาตรการแสดงไว้ที่เชิงอรรถท้ายหน้า', size=13)
    p.runs[0].italic = True
    hd = ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลการดำเนินงาน']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 13); shade(t.rows[0].cells[i], 'FCE4D6')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out']]):
            cell(c[i], v, center=(i == 0), size=13)
        if m['outc'] is not None:
            fn.ref(c[6].paragraphs[-1], 'ผลลัพธ์มาตรการที่ ' + m['n'] + ' : ' + m['outc'])
    widths(t, [0.9, 3.6, 4.3, 2.3, 1.9, 2.6, 2.4])
    para(d, '')
    para(d, 'ปัญหาอุปสรรค : ผู้รับบริการสูงอายุส่วนใหญ่ตอบแบบสำรวจผ่าน QR Code ไม่ได้ ต้องใช้แบบกระดาษและบันทึกข้อมูลเพิ่ม')
    signatures(d, ('นางสาวปวีณา ขุขันธ์เกษม', 'นักวิชาการสาธารณสุขปฏิบัติการ', 'ผู้รายงาน'),
               ('นายสมศักดิ์ ภูสิงห์เกษม', 'ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนแดงเกษม', 'ผู้รับรอง'))
    path = os.path.join(OUT, F)
    fn.save(path)
    to_pdf(path)
    for m in MS:
        if m['outc'] is None:
            m['outc'] = ''
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 3: no outcome - its output cell carries no footnote (no ผลลัพธ์ anywhere)',
           'measure 4: outcome (footnote) is "อยู่ระหว่างดำเนินการ"'],
          'NEW FORM: a Word report whose OUTCOMES exist only as real Word FOOTNOTES (word/footnotes.xml with separator / '
          'continuationSeparator notes, FootnoteText / FootnoteReference styles, w:footnotePr in settings): the 7-column table '
          '(ที่, มาตรการ, ขั้นตอนการดำเนินงาน, ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, ผลการดำเนินงาน) has no outcome column; the '
          'ผลการดำเนินงาน cell holds the output and ends with a footnote reference whose note at the page bottom reads '
          '"ผลลัพธ์มาตรการที่ n : …"; a note under the title says outcomes are in the footnotes. Footnote 1 is NOT an outcome (it '
          'cites the ITA 2568 score source, 86.48), so outcome notes are numbered 2, 3, 4, 5 for measures 1, 2, 4, 5; measure 3 '
          'has no footnote. Labelled as displayed: output = cell text, outcome = the footnote. Portrait, header repeated, '
          'footer "หน้า n จาก N", problems line, signature table.')


# ---------------------------------------------------------------- m01 (wrong band)
def m01():
    F = 'm01_pm_ubonkasem_measures_2570.docx'
    AG = 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดอุบลเกษม'
    GROUPS = [
     ('ด้านการเปิดเผยข้อมูล', [
      dict(n='1', title='เปิดเผยหลักเกณฑ์ รายชื่อ และผลการพิจารณาเงินอุดหนุนกรณีฉุกเฉินและเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อยรายเดือน',
           steps='(1) ประกาศหลักเกณฑ์บนเว็บไซต์และบอร์ด\n(2) สรุปรายชื่อผู้ได้รับความช่วยเหลือรายเดือน (ปกปิดข้อมูลส่วนบุคคล)\n(3) เผยแพร่ภายในวันที่ 15',
           resp='กลุ่มการพัฒนาสังคมและสวัสดิการ', period='ต.ค. 2569 – ก.ย. 2570', mon='หัวหน้ากลุ่มรายงานพัฒนาสังคมฯ จังหวัดทุกเดือน',
           outc='ประชาชนตรวจสอบผลการพิจารณาได้ครบทุกเดือน'),
      dict(n='2', title='เผยแพร่แผนและผลการจัดซื้อจัดจ้างพร้อมเหตุผลการคัดเลือกผู้ขายรายไตรมาส',
           steps='(1) จัดทำแผนจัดซื้อจัดจ้างประจำปี\n(2) สรุปผลตามแบบ สขร.1\n(3) เผยแพร่บนเว็บไซต์',
           resp='ฝ่ายบริหารทั่วไป (งานพัสดุ)', period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานพัฒนาสังคมฯ จังหวัดรายไตรมาส',
           outc='ข้อมูลการจัดซื้อจัดจ้างเผยแพร่ครบ 4 ไตรมาส'),
     ]),
     ('ด้านการป้องกันการทุจริต', [
      dict(n='3', title='ลงพื้นที่ตรวจสอบข้อเท็จจริงก่อนจ่ายเงินสงเคราะห์เป็นทีมร่วมกับผู้นำชุมชน',
           steps='(1) จัดทีมตรวจสอบอย่างน้อย 2 คน\n(2) ให้ผู้นำชุมชนลงนามรับรอง\n(3) บันทึกภาพและพิกัดการเยี่ยมบ้าน',
           resp='กลุ่มการพัฒนาสังคมและสวัสดิการ', period='(ระบุ)', mon='สุ่มตรวจแฟ้มการเยี่ยมบ้านร้อยละ 10 ทุกไตรมาส',
           outc='การจ่ายเงินสงเคราะห์ถูกต้องตรงตัวผู้มีสิทธิร้อยละ 100'),
      dict(n='4', title='อบรมเจ้าหน้าที่และอาสาสมัครพัฒนาสังคม (อพม.) เรื่องการขัดกันแห่งผลประโยชน์',
           steps='(1) อบรม 2 รุ่น\n(2) ทดสอบก่อน-หลัง\n(3) ลงนามประกาศเจตนารมณ์',
           resp='ฝ่ายบริหารทั่วไป', period='ก.พ. – เม.ย. 2570', mon='สรุปผลเสนอพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด',
           outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 85'),
      dict(n='5', title='ประกาศนโยบายไม่รับของขวัญและเปิดช่องทางร้องเรียนการเรียกรับเงินผ่านสายด่วน 1300',
           steps='(1) ประกาศนโยบาย No Gift Policy\n(2) ประชาสัมพันธ์สายด่วน 1300 และ QR Code\n(3) แจ้งผลแก่ผู้ร้องภายใน 15 วัน',
           resp='ฝ่ายบริหารทั่วไป / ศูนย์ช่วยเหลือสังคม', period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานสถิติเรื่องร้องเรียนรายไตรมาส',
           outc='ไม่พบเรื่องร้องเรียนการเรียกรับเงินหรือของขวัญ'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    d = new_doc('TH Sarabun New', 16)
    footer_pages(d.sections[0], '- {P} -')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 18)
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2570', True, True, 18)
    para(d, AG, True, True, 17)
    para(d, '')
    para(d, '1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', True)
    para(d, '\tสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดอุบลเกษม (พมจ.อุบลเกษม) ได้คะแนนรวม 84.52 คะแนน อยู่ในระดับ "ผ่าน" '
            'รายละเอียดคะแนนรายแบบวัด ดังนี้')
    t2 = d.add_table(rows=4, cols=2); t2.style = 'Table Grid'
    for i, row in enumerate([('แบบวัด', 'คะแนน'), ('IIT', '89.40'), ('EIT', '83.21'), ('OIT', '82.94')]):
        for j, v in enumerate(row):
            cell(t2.rows[i].cells[j], v, i == 0, center=j > 0)
    widths(t2, [6, 3])
    para(d, '2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', True)
    para(d, '\t2.1 ผู้รับบริการเห็นว่าหลักเกณฑ์การพิจารณาเงินสงเคราะห์ไม่ชัดเจน (EIT)')
    para(d, '\t2.2 ยังไม่เปิดเผยเหตุผลการคัดเลือกผู้ขายในการจัดซื้อจัดจ้าง (OIT)')
    para(d, '3. ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    para(d, '\t3.1 การตรวจสอบข้อเท็จจริงก่อนจ่ายเงินสงเคราะห์')
    para(d, '\t3.2 การรับรู้ช่องทางร้องเรียนของประชาชน')
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    orient(s2, True)
    para(d, '4. มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', True)
    hd = ['ลำดับ', 'มาตรการ/แนวทาง', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การกำกับติดตาม', 'ผลลัพธ์ที่คาดหวัง']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 14); shade(t.rows[0].cells[i], 'D9E2F3')
    repeat_header(t.rows[0])
    for g, ms in GROUPS:
        r = t.add_row()
        m0 = r.cells[0].merge(r.cells[6]); cell(m0, g, True, size=14); shade(m0, 'F2F2F2')
        for m in ms:
            c = t.add_row().cells
            for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
                cell(c[i], v, center=(i == 0), size=14)
    widths(t, [1.3, 5.0, 6.0, 3.2, 2.6, 3.4, 3.6])
    para(d, '')
    para(d, 'ประกาศ ณ วันที่ 28 ตุลาคม พ.ศ. 2569', indent=14)
    para(d, '(นางพรทิพย์ วารินเกษม)', indent=14.5)
    para(d, 'พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดอุบลเกษม', indent=13.5)
    d.save(os.path.join(OUT, F))
    to_pdf(os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['band: 84.52 is below the 2570 pass mark (85) but the document says "ผ่าน" (wrong band)', 'measure 3: period is "(ระบุ)"'],
          'Word: portrait section with title FY 2570, part 1 prose ITA 2569 84.52 "ผ่าน" (WRONG BAND) + IIT/EIT/OIT table, part 2 '
          'weaknesses 2.1-2.2 and part 3 improvements 3.1-3.2 as paragraphs; then a LANDSCAPE section with a 7-column table 1-5 under '
          'shaded group rows "ด้านการเปิดเผยข้อมูล" / "ด้านการป้องกันการทุจริต" (not measures); own การกำกับติดตาม; "ผลลัพธ์ที่คาดหวัง" '
          '= outcome; output never stated (missing by convention); (1)(2)(3) steps; footer "- n -".',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p04 (own follow-up activity)
def p04():
    F = 'p04_obt_pongnamronkasem_plan_2570.docx'
    AG = 'องค์การบริหารส่วนตำบลโป่งน้ำร้อนเกษม'
    MS = [
     dict(n='(๑)', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและความก้าวหน้าโครงการก่อสร้างถนนสู่สวนผลไม้ผ่านเว็บไซต์และที่ประชุมหมู่บ้าน',
          steps='๑. กองคลังสรุปผล สขร.๑ รายเดือน\n๒. กองช่างรายงานความก้าวหน้าโครงการ\n๓. ผู้ใหญ่บ้านแจ้งในที่ประชุมหมู่บ้าน',
          resp='กองคลัง / กองช่าง', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', outc='ข้อมูลเผยแพร่ครบ ๑๒ เดือน ทุกหมู่บ้านรับทราบ'),
     dict(n='(๒)', title='ประกาศขั้นตอนและค่าธรรมเนียมการขออนุญาตก่อสร้างอาคารและโรงคัดแยกผลไม้',
          steps='๑. ทบทวนคู่มือสำหรับประชาชน\n๒. ติดประกาศ ณ ศูนย์บริการร่วม\n๓. เผยแพร่บนเว็บไซต์และ LINE OA',
          resp='กองช่าง', period='ต.ค. – ธ.ค. ๒๕๖๙', outc='ผู้ขออนุญาตทราบขั้นตอนและค่าธรรมเนียมทุกราย'),
     dict(n='(๓)', title='จัดเวทีประชาคมให้ประชาชนมีส่วนร่วมจัดทำแผนพัฒนาท้องถิ่นและตรวจสอบการใช้งบประมาณ',
          steps='๑. จัดเวทีประชาคม ๑๒ หมู่บ้าน\n๒. สรุปข้อเสนอเข้าแผนพัฒนาท้องถิ่น\n๓. รายงานผลการใช้งบประมาณต่อประชาคม',
          resp='-', period='ม.ค. – มี.ค. ๒๕๗๐', outc='ประชาชนเข้าร่วมไม่น้อยกว่าร้อยละ ๖๐ ของครัวเรือน'),
     dict(n='(๔)', title='อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนสำหรับผู้บริหาร สมาชิกสภา และพนักงาน อบต.',
          steps='๑. อบรม ๑ วัน\n๒. ทดสอบหลังอบรม\n๓. ลงนามประกาศเจตนารมณ์สุจริต',
          resp='สำนักปลัด อบต.', period='ก.พ. ๒๕๗๐', outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ ๘๐'),
     dict(n='(๕)', title='ประกาศนโยบาย No Gift Policy และจัดทำทะเบียนการรับของขวัญของบุคลากร',
          steps='๑. นายก อบต. ประกาศนโยบาย\n๒. บุคลากรรายงานการรับของขวัญตามแบบ',
          resp='สำนักปลัด อบต.', period='ต.ค. ๒๕๖๙ – ม.ค. ๒๕๗๐', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
     dict(n='(๖)', title='ติดตามและรายงานผลการดำเนินการตามแผนปฏิบัติการรอบ ๖ เดือนและ ๑๒ เดือน',
          steps='๑. ทุกกองรายงานผลการดำเนินการแต่ละกิจกรรม\n๒. สำนักปลัดสรุปรายงานเสนอนายก อบต.\n๓. เผยแพร่รายงานบนเว็บไซต์',
          resp='สำนักปลัด อบต. (งานนโยบายและแผน)', period='เม.ย. และ ต.ค. ๒๕๗๐', outc='รายงานผลครบ ๒ รอบ เผยแพร่ภายในกำหนด'),
    ]
    d = new_doc('TH Sarabun New', 15, landscape=True)
    footer_pages(d.sections[0], 'หน้า {P}', head='แผนปฏิบัติการ ITA ๒๕๗๐ อบต.โป่งน้ำร้อนเกษม')
    para(d, 'แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรมและความโปร่งใส', True, True, 18)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 18)
    para(d, AG + '  อำเภอโป่งน้ำร้อนเกษม จังหวัดจันทเกษม', True, True, 16)
    para(d, '')
    para(d, '\tจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ อบต.โป่งน้ำร้อนเกษมได้ ๘๘.๐๙ คะแนน ระดับผ่าน เพื่อยกระดับผลการประเมิน'
            'ในปีงบประมาณ พ.ศ. ๒๕๗๐ จึงกำหนดกิจกรรมตามแผนปฏิบัติการ ดังนี้')
    hd = ['ที่', 'กิจกรรม', 'ขั้นตอนดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ตัวชี้วัด']
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True); shade(t.rows[0].cells[i], 'E2EFDA')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['outc']]):
            cell(c[i], v, center=(i == 0 or v == '-'))
    widths(t, [1.3, 6.6, 6.6, 4.0, 3.0, 4.6])
    para(d, '')
    para(d, 'ลงชื่อ ............................................ ผู้เสนอแผน', indent=1)
    para(d, '(นางสาวอรุณี ทับไทรเกษม)  ปลัดองค์การบริหารส่วนตำบลโป่งน้ำร้อนเกษม', indent=1)
    para(d, 'ลงชื่อ ............................................ ผู้อนุมัติแผน', indent=14)
    para(d, '(นายบุญชัย คลองใหญ่เกษม)  นายกองค์การบริหารส่วนตำบลโป่งน้ำร้อนเกษม', indent=14)
    d.save(os.path.join(OUT, F))
    to_pdf(os.path.join(OUT, F))
    label(F, 'plan', 2570, AG, 'activity', MS, ['activity (๓): responsible (ผู้รับผิดชอบ) is "-"'],
          'Word (landscape): "แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรมและความโปร่งใส" FY ๒๕๗๐, ITA ๒๕๖๙ score ๘๘.๐๙; 6-column '
          'table (๑)-(๖) with NO follow-up column; activity (๖) is the plan\'s OWN follow-up (6/12-month reports of every activity) '
          '- it is itself an activity and counts as monitoring for every activity; "ตัวชี้วัด" = outcome; output never stated '
          '(missing by convention); ๑. ๒. steps; running header, footer "หน้า n"; signature lines.', gmon=True)


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r06', 'm01', 'p04']:
        globals()[w]()
        print('built', w)
