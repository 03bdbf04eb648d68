"""r06: สำนักงานบังคับคดีจังหวัดแสนสุข results FY2568 - Word file laid out like a newsletter: single-column cover,
then a TWO-COLUMN section (w:cols num=2) with prose measures ('มาตรการที่ ๑' headings, bold 'label :' paragraphs,
'๑)' step lines), exported to PDF.  Running header still says ปีงบประมาณ ๒๕๖๗ (copied from last year's file);
score given twice with transposed digits."""
import os, shutil
from common import *
from docxkit import *

NAME = 'r06_led_saensuk_results_2568'
AG = 'สำนักงานบังคับคดีจังหวัดแสนสุข'
# title, objective, steps, [(label, value)] in order responsible, period, monitoring, output, outcome (None = line absent)
MEAS = [
    ('การเปิดเผยข้อมูลการขายทอดตลาดทรัพย์สินให้ประชาชนเข้าถึงได้',
     'เพื่อให้ผู้สนใจเข้าสู้ราคาได้รับข้อมูลทรัพย์สินครบถ้วนและเท่าเทียมกัน',
     ['ประกาศขายทอดตลาดทางเว็บไซต์กรมบังคับคดีและ ณ สำนักงาน ล่วงหน้าไม่น้อยกว่า ๒๐ วัน',
      'จัดทำภาพถ่ายและแผนที่ทรัพย์ประกอบประกาศทุกรายการ',
      'ถ่ายทอดการขายทอดตลาดผ่านระบบ e-Auction'],
     [('ผู้รับผิดชอบ', 'กลุ่มงานบังคับคดีแพ่ง'), ('ระยะเวลา', 'ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘'),
      ('การติดตามผล', 'หัวหน้ากลุ่มงานรายงานผลการขายทอดตลาดต่อผู้อำนวยการทุกเดือน'),
      ('ผลการดำเนินการ', 'ประกาศขายทอดตลาด ๓๘๔ รายการ จำหน่ายได้ ๑๗๑ รายการ ราคารวม ๒๑๒.๔๖ ล้านบาท'),
      ('ผลลัพธ์', 'ราคาขายเฉลี่ยสูงกว่าราคาประเมินร้อยละ ๑๒.๓๐ ไม่มีคำร้องคัดค้านการขายเพราะไม่ได้รับข้อมูล')]),
    ('การป้องกันการเรียกรับผลประโยชน์ในการยึดและอายัดทรัพย์',
     'เพื่อป้องกันเจ้าพนักงานบังคับคดีใช้ดุลพินิจโดยมิชอบ',
     ['จ่ายสำนวนให้เจ้าพนักงานบังคับคดีตามลำดับในระบบ',
      'บันทึกการปฏิบัติงานนอกสำนักงานด้วยภาพถ่ายและพิกัด',
      'จัดเจ้าหน้าที่อย่างน้อย ๒ คนออกปฏิบัติงานยึดทรัพย์ทุกครั้ง'],
     [('ผู้รับผิดชอบ', 'กลุ่มงานบังคับคดีแพ่ง / หัวหน้ากลุ่มงาน'), ('ระยะเวลา', 'ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘'),
      ('การติดตามผล', 'ผู้อำนวยการตรวจสอบสำนวนสุ่มร้อยละ ๕ ทุกไตรมาส'),
      ('ผลการดำเนินการ', '..................................................................'),
      ('ผลลัพธ์', 'ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์ของเจ้าพนักงาน')]),
    ('การให้บริการไกล่เกลี่ยข้อพิพาทชั้นบังคับคดีอย่างเป็นธรรม',
     'เพื่อให้ลูกหนี้และเจ้าหนี้ได้รับบริการที่เท่าเทียม',
     ['ประชาสัมพันธ์โครงการไกล่เกลี่ยผ่านหนังสือแจ้งลูกหนี้และสื่อออนไลน์',
      'จัดให้มีผู้ไกล่เกลี่ยที่ไม่มีส่วนได้เสียกับคู่กรณี',
      'สำรวจความพึงพอใจหลังการไกล่เกลี่ย'],
     [('ผู้รับผิดชอบ', 'ศูนย์ไกล่เกลี่ยข้อพิพาทสำนักงานบังคับคดีจังหวัดแสนสุข'),
      ('ระยะเวลา', 'พฤศจิกายน ๒๕๖๗ – สิงหาคม ๒๕๖๘'),
      ('การติดตามผล', 'สรุปผลการไกล่เกลี่ยรายงานกองบริหารจัดการไกล่เกลี่ยทุกเดือน'),
      ('ผลการดำเนินการ', 'ไกล่เกลี่ย ๔๑๒ เรื่อง สำเร็จ ๓๖๘ เรื่อง ทุนทรัพย์ ๙๖.๑๕ ล้านบาท'),
      ('ผลลัพธ์', 'ไกล่เกลี่ยสำเร็จร้อยละ ๘๙.๓๒ ผู้รับบริการพึงพอใจร้อยละ ๙๓.๑๐')]),
    ('การเปิดเผยค่าธรรมเนียมและขั้นตอนการขอรับเงินจากการบังคับคดี',
     'เพื่อลดการติดต่อนอกระบบและการเรียกรับเงิน',
     ['จัดทำอินโฟกราฟิกขั้นตอนการขอรับเงิน ติด ณ จุดบริการ',
      'แจ้งยอดเงินและกำหนดจ่ายทาง SMS ให้เจ้าหนี้ทุกราย'],
     [('ระยะเวลา', 'มกราคม – กันยายน ๒๕๖๘'),
      ('การติดตามผล', 'ฝ่ายบริหารทั่วไปตรวจสอบการจ่ายเงินรายสัปดาห์'),
      ('ผลการดำเนินการ', 'แจ้ง SMS ๑,๒๐๔ ราย จ่ายเงินแก่เจ้าหนี้ ๑,๑๘๗ ราย'),
      ('ผลลัพธ์', 'จ่ายเงินตามกำหนดร้อยละ ๙๘.๕๙')]),
    ('การเสริมสร้างจิตสำนึกการปฏิบัติงานด้วยความซื่อสัตย์สุจริต',
     'เพื่อสร้างวัฒนธรรมองค์กรที่ไม่ทนต่อการทุจริต',
     ['จัดกิจกรรมประกาศเจตนารมณ์ต่อต้านการทุจริต',
      'จัดอบรมประมวลจริยธรรมข้าราชการพลเรือน',
      'ประกาศนโยบายไม่รับของขวัญและของกำนัล (No Gift Policy)'],
     [('ผู้รับผิดชอบ', 'ฝ่ายบริหารทั่วไป'), ('ระยะเวลา', 'ธันวาคม ๒๕๖๗ – มิถุนายน ๒๕๖๘'),
      ('การติดตามผล', 'รายงานผลต่อกรมบังคับคดีผ่านระบบรายงานผลการดำเนินงาน'),
      ('ผลการดำเนินการ', 'จัดกิจกรรม ๑ ครั้ง อบรม ๑ ครั้ง ผู้เข้าร่วม ๔๘ คน ประกาศนโยบาย ๑ ฉบับ'),
      ('ผลลัพธ์', 'บุคลากรผ่านแบบทดสอบความรู้ด้านจริยธรรมร้อยละ ๑๐๐')]),
]


def set_cols(section, n, space_cm=1.0, sep=True):
    sectpr = section._sectPr
    cols = sectpr.find(qn('w:cols'))
    if cols is None:
        cols = OxmlElement('w:cols'); sectpr.append(cols)
    cols.set(qn('w:num'), str(n)); cols.set(qn('w:space'), str(int(space_cm * 567)))
    if sep:
        cols.set(qn('w:sep'), '1')


def build():
    doc = new_document('Norasi', 14, margins_cm=(2.2, 2.0, 2.0, 2.0))
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    # cover
    for _ in range(5):
        para(doc, '')
    para(doc, 'รายงานผลการดำเนินการ', bold=True, size=28, align=CENTER)
    para(doc, 'ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=20, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', bold=True, size=20, align=CENTER)
    for _ in range(9):
        para(doc, '')
    para(doc, 'สำนักงานบังคับคดีจังหวัดแสนสุข', bold=True, size=20, align=CENTER)
    para(doc, 'กรมบังคับคดี  กระทรวงยุติธรรม', size=18, align=CENTER)
    para(doc, 'ตุลาคม ๒๕๖๘', size=18, align=CENTER)

    # body: new page, two columns
    body = doc.add_section(WD_SECTION.NEW_PAGE)
    body.different_first_page_header_footer = False
    set_cols(body, 2, 1.5, sep=True)
    body.header.is_linked_to_previous = False
    body.footer.is_linked_to_previous = False
    hp = body.header.paragraphs[0]; hp.alignment = CENTER
    cs_run(hp.add_run(AG + '  |  รายงานผลการดำเนินการตามมาตรการฯ ปีงบประมาณ พ.ศ. ๒๕๖๗'), size=11)
    bottom_border(hp)
    fp = body.footer.paragraphs[0]; fp.alignment = CENTER
    field(fp, 'PAGE', '๒', size=12)
    page_number_format(body, 'thaiNumbers')

    para(doc, '๑. บทนำ', bold=True, size=16)
    para(doc, 'กรมบังคับคดีได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ '
         'พ.ศ. ๒๕๖๗ ได้คะแนน ๙๒.๑๘ คะแนน ผ่านเกณฑ์การประเมิน สำนักงานบังคับคดีจังหวัดแสนสุขจึงกำหนดมาตรการส่งเสริม'
         'คุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๕ มาตรการ ครอบคลุมงานขายทอดตลาด '
         'งานยึดอายัดทรัพย์ งานไกล่เกลี่ย และงานจ่ายเงิน', first_line_cm=1.0, align=JUSTIFY, space_after=6)
    para(doc, '๒. ผลการดำเนินการตามมาตรการ', bold=True, size=16, space_after=4)
    for i, (title, obj, steps, fields) in enumerate(MEAS, start=1):
        p = para(doc, 'มาตรการที่ %s  %s' % (th(i), title), bold=True, size=15, keep_next=True, space_after=2)
        para(doc, '**วัตถุประสงค์** : ' + obj)
        para(doc, '**ขั้นตอนการดำเนินการ**', keep_next=True)
        for k, s in enumerate(steps, start=1):
            para(doc, '%s) %s' % (th(k), s), indent_cm=0.6, first_line_cm=-0.5)
        for lab, val in fields:
            para(doc, '**%s** : %s' % (lab, val))
        para(doc, '', space_after=4)
    para(doc, '๓. สรุป', bold=True, size=16)
    para(doc, 'สำนักงานบังคับคดีจังหวัดแสนสุขดำเนินการตามมาตรการครบทั้ง ๕ มาตรการ ซึ่งจะช่วยสนับสนุนให้กรมบังคับคดี'
         'รักษาระดับผลการประเมิน ITA ซึ่งปีที่ผ่านมาได้ ๙๒.๘๑ คะแนน ให้สูงขึ้นต่อไป', first_line_cm=1.0, align=JUSTIFY,
         space_after=10)
    for line in ['(ลงชื่อ) ..................................', '(นางสาวสุนันทา แสนสุขใจ)',
                 'ผู้อำนวยการสำนักงานบังคับคดีจังหวัดแสนสุข']:
        para(doc, line, align=CENTER)
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, NAME + '.pdf'))

    key = {'ผู้รับผิดชอบ': 'responsible', 'ระยะเวลา': 'period', 'การติดตามผล': 'monitoring',
           'ผลการดำเนินการ': 'output', 'ผลลัพธ์': 'outcome'}
    ms = []
    for i, (title, obj, steps, fields) in enumerate(MEAS, start=1):
        el = E('rpnoc')
        for lab, val in fields:
            if not val.startswith('....'):
                el[key[lab]] = 'present'
        ms.append({'number': str(i), 'title': title[:60], 'elements': el})
    write_truth(NAME + '.pdf', 'results', 2568, AG, 'measure', ms, problems=[
        "measure 2: ผลการดำเนินการ left as a dotted line - no output",
        "measure 4: no ผู้รับผิดชอบ paragraph - responsible not stated",
        "running header on every body page says 'ปีงบประมาณ พ.ศ. ๒๕๖๗' while the cover and the intro say ๒๕๖๘",
        "score: ITA 2567 given as ๙๒.๑๘ in the บทนำ and ๙๒.๘๑ in the สรุป",
    ], notes="""Word file with a newsletter layout exported to PDF (Norasi): a one-column cover (no header), then a
        section with TWO text columns and a separator line, so measures run down the left column and continue at the
        top of the right one (reading order in the PDF is column by column). Running header 'agency | รายงานผล…
        ปีงบประมาณ พ.ศ. ๒๕๖๗' (stale year; the title on the cover and the body text say ๒๕๖๘, so fiscal_year = 2568) and a
        Thai-digit page number footer. Each measure: bold heading 'มาตรการที่ ๑  …', a 'วัตถุประสงค์ :' paragraph (not an
        element), 'ขั้นตอนการดำเนินการ' followed by '๑) ๒) ๓)' hanging-indent lines, then bold 'label : value' paragraphs
        ผู้รับผิดชอบ / ระยะเวลา / การติดตามผล / ผลการดำเนินการ / ผลลัพธ์. Missing = dotted value or absent paragraph.
        Unit = measure.""")


if __name__ == '__main__':
    build()
