"""r09: สำนักงานทางหลวงชนบทจังหวัดพนมวารี measures FY2570 - Word document structured with HEADINGS: Heading 1 for the
two parts, Heading 2 both for the analysis sub-sections (๑.๑ / ๑.๒) and for every measure ('มาตรการที่ ๑ …'), label
paragraphs (bold, own line) under each measure with the value in the next indented paragraph(s).  A cached TOC field
lists the headings again.  Cover page without header/footer; Thai-digit page numbers."""
import os
from common import *
from docxkit import *
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

NAME = 'r09_drr_phanomwari_measures_2570'
AG = 'สำนักงานทางหลวงชนบทจังหวัดพนมวารี'
FONT = 'Garuda'
# number, title, objective, steps, responsible, period, monitoring, expected   (None = label paragraph absent)
MEAS = [
    ('๑', 'ป้องกันการเรียกรับผลประโยชน์ในการควบคุมงานก่อสร้างทาง',
     'เพื่อป้องกันมิให้ผู้ควบคุมงานเรียกรับเงินหรือประโยชน์อื่นใดจากผู้รับจ้าง',
     ['๑) หมุนเวียนผู้ควบคุมงาน ไม่ให้ควบคุมงานของผู้รับจ้างรายเดิมติดต่อกันเกิน ๒ โครงการ',
      '๒) ผู้ควบคุมงานบันทึกรายงานประจำวันผ่านระบบ e-Report พร้อมภาพถ่ายหน้างาน',
      '๓) ผู้ควบคุมงานและคณะกรรมการตรวจรับพัสดุลงนามในแบบแสดงความบริสุทธิ์ใจทุกโครงการ'],
     'ฝ่ายก่อสร้างทางและสะพาน',
     'ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐',
     'หัวหน้าฝ่ายก่อสร้างทางและสะพานตรวจสอบรายงานประจำวันทุกสัปดาห์ และรายงานผู้อำนวยการสำนักงานทุกเดือน',
     'ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์จากผู้รับจ้าง'),
    ('๒', 'เปิดเผยข้อมูลโครงการก่อสร้างและบำรุงรักษาทางหลวงชนบทในพื้นที่',
     'เพื่อให้ประชาชนได้รับรู้และตรวจสอบการใช้จ่ายงบประมาณในโครงการก่อสร้างและบำรุงรักษาทาง',
     ['๑) ติดตั้งป้ายประชาสัมพันธ์โครงการพร้อม QR Code แสดงวงเงิน ผู้รับจ้าง และระยะเวลาตามสัญญา ทุกโครงการ',
      '๒) เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์สำนักงาน',
      '๓) ปรับปรุงข้อมูลความก้าวหน้าของโครงการบนเว็บไซต์ทุกเดือน'],
     'ฝ่ายบริหารทั่วไป (งานพัสดุ) และฝ่ายก่อสร้างทางและสะพาน',
     'ตลอดปีงบประมาณ พ.ศ. ๒๕๗๐',
     'สรุปผลการเผยแพร่ข้อมูลรายงานผู้อำนวยการสำนักงานทุกไตรมาส',
     'ประชาชนสามารถตรวจสอบข้อมูลโครงการได้ครบทุกโครงการ'),
    ('๓', 'กำกับการใช้รถยนต์และเครื่องจักรกลของทางราชการ',
     'เพื่อป้องกันการนำรถยนต์และเครื่องจักรกลของทางราชการไปใช้เพื่อประโยชน์ส่วนตนหรือของเอกชน',
     ['๑) ใช้ใบขออนุญาตใช้รถและสมุดบันทึกการใช้รถทุกคัน',
      '๒) ติดตั้งระบบติดตามตำแหน่งรถ (GPS Tracking) ในรถยนต์และเครื่องจักรกลทุกคัน',
      '๓) ห้ามนำรถหรือเครื่องจักรกลไปใช้ในกิจการส่วนตัวหรืองานของเอกชนโดยเด็ดขาด'],
     'ฝ่ายบริหารทั่วไป (งานยานพาหนะ) / หน่วยบำรุงทาง',
     'ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐',
     None,
     'ไม่มีการนำรถยนต์และเครื่องจักรกลของทางราชการไปใช้เพื่อประโยชน์ส่วนตน'),
    ('๔', 'จัดการเรื่องร้องเรียนการทุจริตและความเสียหายของถนน',
     'เพื่อให้เรื่องร้องเรียนได้รับการแก้ไขอย่างรวดเร็วและเป็นธรรม',
     ['๑) รับเรื่องผ่านสายด่วน ๑๑๔๖ แอปพลิเคชัน Traffy Fondue เพจ Facebook และหนังสือร้องเรียน',
      '๒) ลงทะเบียนและส่งเรื่องให้ผู้เกี่ยวข้องภายใน ๑ วันทำการ',
      '๓) แจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน ๑๕ วัน'],
     None,
     'ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐',
     'สรุปเรื่องร้องเรียนรายงานผู้อำนวยการสำนักงานทุกเดือน และรายงานกรมทางหลวงชนบททุกไตรมาส',
     'ผู้ร้องได้รับแจ้งผลภายใน ๑๕ วัน ร้อยละ ๑๐๐'),
    ('๕', 'ส่งเสริมการมีส่วนร่วมของภาคประชาชนในการตรวจสอบงานก่อสร้าง',
     'เพื่อให้ประชาชนในพื้นที่มีส่วนร่วมตรวจสอบคุณภาพงานก่อสร้าง',
     ['๑) เชิญผู้นำท้องถิ่นและผู้แทนชุมชนร่วมตรวจสอบงานก่อสร้างอย่างน้อยโครงการละ ๑ ครั้ง',
      '๒) เปิดช่องทางแจ้งข้อสังเกตต่องานก่อสร้างผ่าน QR Code ที่ป้ายโครงการ'],
     'ฝ่ายก่อสร้างทางและสะพาน ร่วมกับองค์กรปกครองส่วนท้องถิ่นในพื้นที่',
     'ตามระยะเวลาก่อสร้างของแต่ละโครงการ (ธันวาคม ๒๕๖๙ – สิงหาคม ๒๕๗๐)',
     'รายงานผลการตรวจสอบของภาคประชาชนต่อผู้อำนวยการสำนักงานเมื่อสิ้นสุดแต่ละโครงการ',
     'งานก่อสร้างได้มาตรฐานตามแบบ และประชาชนมีความเชื่อมั่นต่อการดำเนินงานของสำนักงาน'),
    ('๖', 'สร้างวัฒนธรรมองค์กร “ทช.พนมวารี โปร่งใส ใส่ใจประชาชน”',
     'เพื่อปลูกฝังค่านิยมการปฏิบัติงานอย่างซื่อสัตย์สุจริตให้แก่บุคลากร',
     ['๑) ผู้อำนวยการประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)',
      '๒) จัดกิจกรรมประกาศเจตนารมณ์การต่อต้านการทุจริตของบุคลากรทุกระดับ',
      '๓) บุคลากรรายงานการรับของขวัญตามแบบที่กำหนด'],
     'ฝ่ายบริหารทั่วไป',
     '-',
     'ฝ่ายบริหารทั่วไปรวบรวมแบบรายงานการรับของขวัญเสนอผู้อำนวยการภายใน ๓๐ วันหลังเทศกาลปีใหม่',
     None),
]
H1 = 'ส่วนที่ ๑  การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙'
H2a = '๑.๑  ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน'
H2b = '๑.๒  ประเด็นที่จะต้องพัฒนาให้ดีขึ้น'
H1b = 'ส่วนที่ ๒  มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'


def heading(doc, text, level):
    p = doc.add_paragraph(style='Heading %d' % level)
    cs_run(p.add_run(text), bold=True, size=17 if level == 1 else 16)
    p.paragraph_format.space_before = Pt(10 if level == 1 else 8)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    return p


def label(doc, text):
    p = para(doc, text, bold=True, indent_cm=0.75, keep_next=True)
    return p


def value(doc, text):
    return para(doc, text, indent_cm=1.5, align=JUSTIFY)


def toc(doc, entries):
    """Cached TOC field: entries = [(level, text, page)]"""
    for i, (lvl, text, pg) in enumerate(entries):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0 if lvl == 1 else 0.8)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if i == 0:
            b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); p.add_run()._r.append(b)
            it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' TOC \\o "1-2" \\h \\z \\u '
            p.add_run()._r.append(it)
            s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate'); p.add_run()._r.append(s)
        cs_run(p.add_run(text + '\t' + pg), bold=(lvl == 1))
        if i == len(entries) - 1:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); p.add_run()._r.append(e)


def build():
    doc = new_document(FONT, 15, margins_cm=(2.5, 2.0, 3.0, 2.0))
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    page_number_format(sec, 'thaiNumbers', start=0)
    hp = sec.header.paragraphs[0]; hp.alignment = CENTER
    cs_run(hp.add_run('- '), size=14); field(hp, 'PAGE', '๑', size=14); cs_run(hp.add_run(' -'), size=14)
    fp = sec.footer.paragraphs[0]; fp.alignment = RIGHT
    cs_run(fp.add_run('มาตรการส่งเสริมคุณธรรมและความโปร่งใสฯ ปีงบประมาณ พ.ศ. ๒๕๗๐  ' + AG), size=11)

    # cover
    for _ in range(7):
        para(doc, '')
    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=24, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, size=22, align=CENTER)
    for _ in range(9):
        para(doc, '')
    para(doc, AG, bold=True, size=20, align=CENTER)
    para(doc, 'กรมทางหลวงชนบท  กระทรวงคมนาคม', bold=True, size=18, align=CENTER)
    page_break(doc)

    para(doc, 'สารบัญ', bold=True, size=20, align=CENTER, space_after=8)
    p = para(doc, '', space_after=4)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    cs_run(p.add_run('เรื่อง\tหน้า'), bold=True)
    entries = [(1, H1, '๒'), (2, H2a, '๒'), (2, H2b, '๓'), (1, H1b, '๓')]
    pages = ['๓', '๔', '๕', '๖', '๖', '๗']
    for (no, title, *_), pg in zip(MEAS, pages):
        entries.append((2, 'มาตรการที่ %s  %s' % (no, title), pg))
    toc(doc, entries)
    page_break(doc)

    heading(doc, H1, 1)
    para(doc, 'กรมทางหลวงชนบทได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี'
         'งบประมาณ พ.ศ. ๒๕๖๙ ได้คะแนนรวม ๙๔.๑๖ คะแนน ผ่านเกณฑ์การประเมิน (๘๕ คะแนนขึ้นไป) โดยมีคะแนนรายเครื่องมือ ดังนี้',
         first_line_cm=1.5, align=JUSTIFY, space_after=4)
    t = table(doc, 5, 4)
    rows = [('เครื่องมือการประเมิน', 'น้ำหนัก (ร้อยละ)', 'คะแนน', 'คะแนนถ่วงน้ำหนัก'),
            ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', '๓๐', '๙๑.๑๒', '๒๗.๓๔'),
            ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', '๓๐', '๙๐.๒๔', '๒๗.๐๗'),
            ('แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', '๔๐', '๙๙.๓๘', '๓๙.๗๕'),
            ('รวม', '๑๐๐', '', '๙๔.๑๖')]
    for ri, r in enumerate(rows):
        for ci, v in enumerate(r):
            cell_text(t.rows[ri].cells[ci], v, bold=(ri in (0, 4)), size=14, align=None if ci == 0 else CENTER,
                      shade='D9D9D9' if ri == 0 else None)
    col_widths(t, [8.0, 2.6, 2.2, 3.0])
    para(doc, '')
    para(doc, 'จากผลการประเมินดังกล่าว สำนักงานได้วิเคราะห์ผลการประเมินในส่วนที่เกี่ยวข้องกับการปฏิบัติงานของสำนักงาน ดังนี้',
         first_line_cm=1.5, align=JUSTIFY)
    heading(doc, H2a, 2)
    for s in ['(๑) IIT ประเด็นการใช้ทรัพย์สินของราชการ ได้คะแนนต่ำที่สุด (๘๔.๕๐ คะแนน) บุคลากรบางส่วนยังไม่ทราบขั้นตอน'
              'การขออนุญาตนำรถยนต์และเครื่องจักรกลของทางราชการไปใช้',
              '(๒) EIT ประเด็นการปรับปรุงการดำเนินงาน (๘๖.๒๐ คะแนน) ผู้รับบริการเห็นว่าการแก้ไขปัญหาถนนชำรุดตามที่ร้องเรียน'
              'ยังล่าช้า']:
        para(doc, s, indent_cm=0.75, align=JUSTIFY)
    heading(doc, H2b, 2)
    for s in ['(๑) OIT การเปิดเผยข้อมูลความก้าวหน้าของโครงการก่อสร้างควรปรับปรุงให้เป็นปัจจุบันทุกเดือน',
              '(๒) IIT ประเด็นการรับสินบน ควรสร้างความเข้าใจเรื่องการไม่รับของขวัญและประโยชน์อื่นใดอย่างต่อเนื่อง',
              '(๓) EIT ประเด็นคุณภาพการดำเนินงาน ควรเปิดโอกาสให้ประชาชนร่วมตรวจสอบงานก่อสร้างในพื้นที่']:
        para(doc, s, indent_cm=0.75, align=JUSTIFY)

    heading(doc, H1b, 1)
    para(doc, 'เพื่อให้การดำเนินงานของสำนักงานเป็นไปด้วยความโปร่งใสและแก้ไขข้อบกพร่องจากผลการประเมินข้างต้น สำนักงาน'
         'จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน จำนวน ๖ มาตรการ ดังนี้', first_line_cm=1.5,
         align=JUSTIFY)
    for no, title, obj, steps, resp, per, mon, exp in MEAS:
        heading(doc, 'มาตรการที่ %s  %s' % (no, title), 2)
        label(doc, 'วัตถุประสงค์')
        value(doc, obj)
        label(doc, 'ขั้นตอน/วิธีการดำเนินการ')
        for s in steps:
            value(doc, s)
        if resp is not None:
            label(doc, 'ผู้รับผิดชอบ')
            value(doc, resp)
        label(doc, 'ระยะเวลาดำเนินการ')
        value(doc, per)
        if mon is not None:
            label(doc, 'การติดตามและรายงานผล')
            value(doc, mon)
        if exp is not None:
            label(doc, 'ผลที่คาดว่าจะได้รับ')
            value(doc, exp)

    para(doc, '')
    para(doc, 'ประกาศ ณ วันที่  ๓  ตุลาคม  พ.ศ. ๒๕๖๙', indent_cm=6.0, space_after=30)
    para(doc, '(นายวีรยุทธ ชาญเชิงช่าง)', indent_cm=7.2)
    para(doc, 'ผู้อำนวยการ' + AG, indent_cm=5.6)

    doc.save(os.path.join(OUT, NAME + '.docx'))

    missing = {'๓': 'on', '๔': 'ro', '๖': 'poc'}
    ms = [M(m[0], m[1], missing.get(m[0], 'o')) for m in MEAS]
    write_truth(NAME + '.docx', 'measures', 2570, AG, 'measure', ms,
                sections={'weaknesses': 'present', 'improvements': 'present'}, problems=[
                    "measure 3: no 'การติดตามและรายงานผล' paragraph - monitoring/reporting not stated",
                    "measure 4: no 'ผู้รับผิดชอบ' paragraph - responsible unit not stated",
                    "measure 6: period '-'",
                ], notes="""Word document (Garuda) built on HEADING STYLES: Heading 1 for 'ส่วนที่ ๑' (analysis of ITA
        2569) and 'ส่วนที่ ๒' (measures); Heading 2 is used BOTH for the analysis sub-sections '๑.๑ ประเด็นที่เป็นข้อบกพร่อง
        หรือจุดอ่อน…' / '๑.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น' and for the six measures 'มาตรการที่ ๑ …' - only the latter are
        measures (the title is the text after 'มาตรการที่ n'). Under each measure the fields are LABEL PARAGRAPHS (bold,
        own line: วัตถุประสงค์ / ขั้นตอน/วิธีการดำเนินการ / ผู้รับผิดชอบ / ระยะเวลาดำเนินการ / การติดตามและรายงานผล /
        ผลที่คาดว่าจะได้รับ) each followed by indented value paragraph(s); steps typed '๑) ๒) ๓)'. A missing element is a
        label paragraph that is simply absent (3: monitoring; 4: responsible - its monitoring line names the director only
        as the report recipient; 6: expected result). Cover page (no header/footer), 'สารบัญ' page with a cached TOC field
        (w:fldChar TOC \\o "1-2") repeating every heading incl. the measure titles with Thai-digit page numbers; header '- n
        -' in Thai digits, footer with title and office. IIT/EIT/OIT weighted table totals 94.16, consistent with the prose.
        Output is never stated (forward-looking document); 'ผลที่คาดว่าจะได้รับ' counted as outcome. Closing 'ประกาศ ณ
        วันที่ ๓ ตุลาคม ๒๕๖๙' with signature. Unit = measure (๑–๖).""")


if __name__ == '__main__':
    build()
