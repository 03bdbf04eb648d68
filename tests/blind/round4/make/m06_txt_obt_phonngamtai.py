"""m06: อบต.โพนงามใต้ measures, title FY2570 (body FY2569) - a DOCX flattened to text the way docx2txt does it:
header text first, every paragraph (table cells too) preceded by a blank line, Word auto-numbering lost (the measure
headings and steps were numbered by Word, so the text has no numbers), tabs kept, footer last."""
import os, re, zipfile
from xml.etree import ElementTree as ET
from common import *
from docxkit import *

NAME = 'm06_obt_phonngamtai_measures_2570'
AG = 'องค์การบริหารส่วนตำบลโพนงามใต้'
FONT = 'TH SarabunIT๙'
# title, steps, resp(None), period, monitoring(None), indicator
MEAS = [
    ('มาตรการเผยแพร่ข้อมูลข่าวสารและการใช้จ่ายงบประมาณผ่านเว็บไซต์และหอกระจายข่าว',
     ['ปรับปรุงข้อมูลบนเว็บไซต์ อบต. ตามเกณฑ์ OIT ทุกเดือน', 'ประกาศผลการจัดซื้อจัดจ้างและรายงานการใช้จ่ายงบประมาณรายไตรมาส',
      'ประชาสัมพันธ์ข่าวสารผ่านหอกระจายข่าวประจำหมู่บ้านทั้ง ๑๒ หมู่บ้าน'],
     'สำนักปลัด (งานประชาสัมพันธ์) และกองคลัง', 'ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙',
     'สำนักปลัดตรวจสอบความครบถ้วนของข้อมูลและรายงานนายก อบต. ทุกเดือน', 'ข้อมูลตามเกณฑ์ OIT เผยแพร่ครบทุกข้อ'),
    ('มาตรการป้องกันการรับสินบนในการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างและภาษีป้าย',
     ['ประกาศอัตราภาษีและขั้นตอนการชำระภาษีให้ประชาชนทราบ', 'เปิดให้ชำระภาษีผ่าน QR Code และ Mobile Banking',
      'ออกใบเสร็จรับเงินจากระบบทุกครั้ง งดรับเงินสดนอกสำนักงาน'],
     'กองคลัง (งานจัดเก็บรายได้)', 'ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙', None,
     'ไม่มีเรื่องร้องเรียนการเรียกรับเงินในการจัดเก็บภาษี'),
    ('มาตรการเปิดโอกาสให้ประชาชนมีส่วนร่วมตรวจสอบการจัดซื้อจัดจ้างโครงการก่อสร้าง',
     ['แต่งตั้งผู้แทนประชาคมหมู่บ้านร่วมเป็นกรรมการตรวจรับงานจ้าง', 'ติดป้ายประชาสัมพันธ์โครงการแสดงวงเงินและระยะเวลาก่อสร้าง',
      'เปิดช่องทางแจ้งปัญหางานก่อสร้างทางโทรศัพท์และ Line'],
     'กองช่าง / กองคลัง (งานพัสดุ)', 'ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙',
     'กองช่างรายงานผลการตรวจรับงานและปัญหาที่ได้รับแจ้งในที่ประชุมพนักงานประจำเดือน',
     'ทุกโครงการก่อสร้างมีผู้แทนประชาชนร่วมตรวจรับ'),
    ('มาตรการจัดการเรื่องร้องเรียนเรื่องราวร้องทุกข์และการแจ้งเบาะแสการทุจริต',
     ['รับเรื่องผ่านตู้รับเรื่อง โทรศัพท์ เว็บไซต์ และเพจ Facebook ของ อบต.', 'ลงทะเบียนรับเรื่องและแจ้งผู้ร้องทราบภายใน ๗ วัน',
      'สรุปผลการดำเนินการเผยแพร่บนเว็บไซต์รอบ ๖ เดือนและ ๑๒ เดือน'],
     None, 'ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙',
     'รายงานสรุปเรื่องร้องเรียนต่อนายก อบต. ทุกเดือน', 'เรื่องร้องเรียนได้รับการแก้ไขไม่น้อยกว่าร้อยละ ๙๐'),
    ('มาตรการส่งเสริมจริยธรรมของพนักงานส่วนตำบล “โพนงามใต้ ใสสะอาด”',
     ['นายก อบต. ประกาศเจตนารมณ์และนโยบายไม่รับของขวัญ (No Gift Policy)',
      'อบรมประมวลจริยธรรมและการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม', 'ยกย่องพนักงานต้นแบบด้านคุณธรรมจริยธรรม'],
     'สำนักปลัด (งานการเจ้าหน้าที่)', 'ธันวาคม ๒๕๖๘ – สิงหาคม ๒๕๖๙',
     'สรุปผลการอบรมและกิจกรรมรายงานนายก อบต. ภายใน ๓๐ วัน', 'พนักงานและลูกจ้างร้อยละ ๑๐๐ เข้ารับการอบรม'),
]


def add_numbering(doc):
    """Two Word numbering definitions: measures '%1.' (thaiNumbers) and steps '%1)' restarting per measure."""
    numbering = doc.part.numbering_part.element
    ids = []
    for abs_id, fmt, txt, ind in ((90, 'thaiNumbers', '%1.', 360), (91, 'thaiNumbers', '%1)', 1080)):
        a = OxmlElement('w:abstractNum'); a.set(qn('w:abstractNumId'), str(abs_id))
        lvl = OxmlElement('w:lvl'); lvl.set(qn('w:ilvl'), '0')
        for tag, val in (('w:start', '1'), ('w:numFmt', fmt), ('w:lvlText', txt), ('w:lvlJc', 'left')):
            e = OxmlElement(tag); e.set(qn('w:val'), val); lvl.append(e)
        ppr = OxmlElement('w:pPr'); i = OxmlElement('w:ind'); i.set(qn('w:left'), str(ind)); i.set(qn('w:hanging'), '360')
        ppr.append(i); lvl.append(ppr); a.append(lvl)
        numbering.insert(0, a)
        ids.append(abs_id)
    return ids


def num_instance(doc, abs_id, restart=True):
    numbering = doc.part.numbering_part.element
    existing = [int(n.get(qn('w:numId'))) for n in numbering.findall(qn('w:num'))]
    nid = max(existing + [0]) + 1
    n = OxmlElement('w:num'); n.set(qn('w:numId'), str(nid))
    a = OxmlElement('w:abstractNumId'); a.set(qn('w:val'), str(abs_id)); n.append(a)
    if restart:
        o = OxmlElement('w:lvlOverride'); o.set(qn('w:ilvl'), '0')
        s = OxmlElement('w:startOverride'); s.set(qn('w:val'), '1'); o.append(s); n.append(o)
    numbering.append(n)
    return nid


def numbered(p, nid):
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), '0'); np_.append(il)
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(nid)); np_.append(ni)
    ppr.insert(0, np_)


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def docx2txt(path):
    """Same walk as the docx2txt package: w:t text, w:tab -> TAB, w:br/w:cr -> LF, every w:p -> two LFs before it;
    headers first, then the body, then footers; strip()."""
    def q(t):
        return '{%s}%s' % (W_NS, t)

    def xml2text(xml):
        text = ''
        for child in ET.fromstring(xml).iter():
            if child.tag == q('t'):
                text += child.text or ''
            elif child.tag == q('tab'):
                text += '\t'
            elif child.tag in (q('br'), q('cr')):
                text += '\n'
            elif child.tag == q('p'):
                text += '\n\n'
        return text
    z = zipfile.ZipFile(path)
    names = z.namelist()
    text = ''
    for f in sorted(n for n in names if re.match(r'word/header[0-9]*\.xml', n)):
        text += xml2text(z.read(f))
    text += xml2text(z.read('word/document.xml'))
    for f in sorted(n for n in names if re.match(r'word/footer[0-9]*\.xml', n)):
        text += xml2text(z.read(f))
    return text.strip()


def build():
    doc = new_document(FONT, 16, margins_cm=(2.5, 2.0, 3.0, 2.0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = RIGHT
    cs_run(hp.add_run(AG + ' อำเภอโพนงาม จังหวัดสกลธานี'), size=12)
    fp = sec.footer.paragraphs[0]; fp.alignment = CENTER
    field(fp, 'PAGE', size=12)
    m_abs, s_abs = add_numbering(doc)
    m_num = num_instance(doc, m_abs, restart=False)

    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=18, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, size=18, align=CENTER)
    para(doc, AG, bold=True, size=18, align=CENTER)
    para(doc, '')
    para(doc, 'ส่วนที่ ๑\tการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
         bold=True)
    para(doc, 'องค์การบริหารส่วนตำบลโพนงามใต้ได้รับผลการประเมิน ITA ย้อนหลัง ๓ ปี ดังนี้', first_line_cm=1.5)
    st = table(doc, 4, 3)
    for i, r in enumerate([('ปีงบประมาณ', 'คะแนน', 'ผลการประเมิน'), ('๒๕๖๖', '๘๕.๔๐', 'ผ่าน'),
                           ('๒๕๖๗', '๘๗.๙๒', 'ผ่าน'), ('๒๕๖๘', '๙๐.๑๕', 'ผ่าน')]):
        for j, v in enumerate(r):
            cell_text(st.rows[i].cells[j], v, bold=(i == 0), size=15, align=CENTER)
    col_widths(st, [4.0, 3.0, 4.0])
    para(doc, '')
    para(doc, '๑.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', bold=True)
    for s in ['ประชาชนบางส่วนยังไม่ทราบช่องทางการชำระภาษีและอัตราภาษีที่ดินและสิ่งปลูกสร้าง',
              'การมีส่วนร่วมของประชาชนในการตรวจสอบโครงการก่อสร้างยังมีน้อย']:
        para(doc, s, style='List Bullet')
    para(doc, '๑.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True)
    for s in ['การเผยแพร่ข้อมูลการใช้จ่ายงบประมาณให้เป็นปัจจุบัน', 'การแจ้งผลการจัดการเรื่องร้องเรียนแก่ผู้ร้อง',
              'การปลูกฝังจริยธรรมและการไม่รับของขวัญของพนักงาน']:
        para(doc, s, style='List Bullet')
    para(doc, '')
    para(doc, 'ส่วนที่ ๒\tมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True)
    for title, steps, resp, per, mon, ind in MEAS:
        p = para(doc, title, bold=True); numbered(p, m_num)
        para(doc, 'ขั้นตอนการดำเนินการ', indent_cm=0.6)
        s_num = num_instance(doc, s_abs)
        for s in steps:
            q = para(doc, s); numbered(q, s_num)
        if resp is not None:
            para(doc, 'ผู้รับผิดชอบ\t' + resp, indent_cm=0.6)
        para(doc, 'ระยะเวลาดำเนินการ\t' + per, indent_cm=0.6)
        if mon is not None:
            para(doc, 'การติดตามและรายงานผล\t' + mon, indent_cm=0.6)
        para(doc, 'ตัวชี้วัด\t' + ind, indent_cm=0.6)
    para(doc, '')
    para(doc, 'ประกาศ ณ วันที่ ๓๐ ตุลาคม พ.ศ. ๒๕๖๘', indent_cm=7)
    para(doc, '(นายบุญเลิศ โพธิ์งาม)', indent_cm=7.5)
    para(doc, 'นายกองค์การบริหารส่วนตำบลโพนงามใต้', indent_cm=6.8)
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    write_text(NAME + '.txt', docx2txt(src) + '\n')

    ms = [M(None, m[0], 'o' + ('r' if m[2] is None else '') + ('n' if m[4] is None else '')) for m in MEAS]
    write_truth(NAME + '.txt', 'measures', 2570, AG, 'measure', ms,
                sections={'weaknesses': 'present', 'improvements': 'present'}, problems=[
        "fiscal year: title says พ.ศ. ๒๕๗๐ but the analysis is of ITA ๒๕๖๘, every period is ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙ "
        "(FY ๒๕๖๙) and it was announced on ๓๐ ต.ค. ๒๕๖๘ - the title year is wrong",
        "measure 2 (ภาษีที่ดินฯ): no การติดตามและรายงานผล line",
        "measure 4 (เรื่องร้องเรียน): no ผู้รับผิดชอบ line",
        "measures and steps have no visible numbers (Word auto-numbering lost in the text)",
    ], notes="""Text made from a DOCX with a docx2txt-style extractor: header line first ('อบต. … จังหวัดสกลธานี'), every
        paragraph and every table cell separated by blank lines (the 3-year score table becomes nine short paragraphs),
        label and value separated by a TAB ('ผู้รับผิดชอบ<TAB>…'), footer page number '1' at the very end. The measure
        titles and the steps were Word-numbered paragraphs (numPr), so NO numbers survive: measures are recognisable only
        as bold-in-Word title paragraphs followed by 'ขั้นตอนการดำเนินการ' and label lines; numbers are therefore null.
        The bullet items of both analysis sections also lost their bullets. ตัวชี้วัด = expected outcome. Score history
        ๒๕๖๖–๒๕๖๘ (85.40 / 87.92 / 90.15, all ผ่าน) consistent. Fiscal year labelled as the title declares (2570), flagged
        as wrong.""")


if __name__ == '__main__':
    build()
