"""r07: อบต.นาคำใหญ่ results FY2568 - a paper reporting form retyped in Word ("scanned-then-typed"), exported to PDF:
no table at all; every field is 'label ......... value .........' made with dot-leader tab stops, values typed over
the dotted lines, empty fields left as dots only.  Status as '( / )' marks.  Fields are numbered ๑.๑ … ๑.๗ under each
'มาตรการที่ ๑' - they are fields, not measures."""
import os, shutil
from common import *
from docxkit import *
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

NAME = 'r07_obt_nakhamyai_results_2568'
AG = 'องค์การบริหารส่วนตำบลนาคำใหญ่'
FONT = 'Norasi'
VAL = 6.6    # cm: where typed values start
END = 16.8   # cm: right end of the dotted lines

NONE, DOING, DONE = 0, 1, 2
# title, steps(list), responsible, period, monitoring, status(set of ticked), output, outcome  ('' = dots only)
MEAS = [
    ('การเปิดเผยข้อมูลข่าวสารและการจัดซื้อจัดจ้างผ่านเว็บไซต์ อบต.',
     ['๑) ปรับปรุงข้อมูลบนเว็บไซต์ให้ครบถ้วนตามแบบตรวจ OIT',
      '๒) ประกาศแผนการจัดซื้อจัดจ้างและรายงานผล (สขร.๑) ทุกเดือน'],
     'สำนักปลัด อบต. (งานประชาสัมพันธ์) และกองคลัง (งานพัสดุ)',
     'ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘',
     'ปลัด อบต. ตรวจสอบความเป็นปัจจุบันของข้อมูลทุกเดือน และรายงานนายก อบต.',
     {DONE},
     'เผยแพร่ข่าวสาร ๑๘๖ เรื่อง ประกาศแผนการจัดซื้อจัดจ้าง ๑ ฉบับ และ สขร.๑ ครบ ๑๒ เดือน',
     'ประชาชนเข้าถึงข้อมูลได้สะดวก ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
    ('การให้บริการจัดเก็บภาษีและค่าธรรมเนียมอย่างเป็นธรรมตามลำดับก่อนหลัง',
     ['๑) จัดลำดับการให้บริการตามบัตรคิว',
      '๒) ติดประกาศอัตราภาษีและค่าธรรมเนียม ณ จุดบริการ',
      '๓) ออกหน่วยบริการรับชำระภาษีนอกสถานที่ทุกหมู่บ้าน'],
     'กองคลัง (งานพัฒนาและจัดเก็บรายได้)',
     'มกราคม – เมษายน ๒๕๖๘',
     'ผู้อำนวยการกองคลังสรุปผลการจัดเก็บรายได้เสนอนายก อบต. ทุกเดือน',
     {DONE},
     'ให้บริการผู้ชำระภาษี ๑,๔๑๒ ราย ออกหน่วยบริการ ๑๑ หมู่บ้าน',
     ''),
    ('การป้องกันการรับสินบนในการออกใบอนุญาตก่อสร้างอาคาร',
     ['๑) ประกาศขั้นตอน ระยะเวลา และค่าธรรมเนียมการขออนุญาตก่อสร้างอาคาร',
      '๒) ให้ผู้ขออนุญาตยื่นคำขอ ณ ศูนย์บริการร่วมเท่านั้น',
      '๓) นายช่างโยธาลงนามในแบบแสดงความบริสุทธิ์ใจ'],
     'กองช่าง',
     'ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘',
     '',
     {DONE},
     'ออกใบอนุญาตก่อสร้างอาคาร ๓๗ ราย ภายในระยะเวลาที่ประกาศทุกราย',
     'ไม่มีเรื่องร้องเรียนการเรียกรับเงินในการออกใบอนุญาต'),
    ('การมีส่วนร่วมของประชาชนในการตรวจรับงานจ้างโครงการก่อสร้าง',
     ['๑) ให้ผู้ใหญ่บ้านเสนอชื่อตัวแทนประชาชนในหมู่บ้านที่มีโครงการ',
      '๒) แต่งตั้งตัวแทนประชาชนร่วมเป็นกรรมการตรวจรับพัสดุ'],
     'กองช่าง / สำนักปลัด อบต.',
     'ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘',
     'กองช่างรายงานผลการตรวจรับงานต่อนายก อบต. ทุกโครงการ',
     {DOING, DONE},
     '',
     'งานก่อสร้างได้มาตรฐานตามแบบรูปรายการ ประชาชนมีความเชื่อมั่นในการใช้จ่ายงบประมาณ'),
    ('การจัดการเรื่องร้องเรียนร้องทุกข์และแจ้งเบาะแสการทุจริต',
     ['๑) รับเรื่องผ่านศูนย์รับเรื่องราวร้องทุกข์ โทรศัพท์ เพจ Facebook และตู้รับเรื่อง',
      '๒) แจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน ๑๕ วัน'],
     'สำนักปลัด อบต. (ศูนย์รับเรื่องราวร้องทุกข์)',
     'ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘',
     'สรุปเรื่องร้องเรียนรายงานนายก อบต. ทุกไตรมาส และรายงานอำเภอทุก ๖ เดือน',
     {DONE},
     '',
     'ผู้ร้องได้รับการแก้ไขปัญหาและแจ้งผลภายในกำหนดทุกราย'),
    ('กิจกรรมปลูกจิตสำนึก “นาคำใหญ่ร่วมใจ ต้านภัยทุจริต”',
     ['๑) จัดกิจกรรมประกาศเจตนารมณ์ของผู้บริหาร สมาชิกสภา และพนักงาน',
      '๒) ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)'],
     '',
     'ธันวาคม ๒๕๖๗',
     'รายงานผลการจัดกิจกรรมต่อนายก อบต. ภายใน ๓๐ วันหลังจัดกิจกรรม',
     {DONE},
     'จัดกิจกรรมวันที่ ๙ ธันวาคม ๒๕๖๗ ผู้เข้าร่วม ๕๘ คน',
     'บุคลากรตระหนักถึงการปฏิบัติงานด้วยความซื่อสัตย์สุจริต'),
]


def form_line(doc, label, value="", indent=0.0, bold_label=False, size=14):
    """label ....(dot leader to VAL).... value ....(dot leader to END)"""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(VAL)
    pf.first_line_indent = Cm(indent - VAL)
    pf.space_after = Pt(1)
    ts = pf.tab_stops
    ts.add_tab_stop(Cm(VAL), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
    ts.add_tab_stop(Cm(END), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    cs_run(p.add_run(label), bold=bold_label, size=size)
    cs_run(p.add_run('\t'), size=size)
    if value:
        cs_run(p.add_run(value), size=size)
    cs_run(p.add_run('\t'), size=size)
    return p


def cont_line(doc, value, size=14):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(VAL)
    pf.space_after = Pt(1)
    pf.tab_stops.add_tab_stop(Cm(END), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    cs_run(p.add_run(value), size=size)
    cs_run(p.add_run('\t'), size=size)
    return p


def status_line(doc, label, ticked, indent, size=13):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(1)
    marks = ['( / )' if i in ticked else '(   )' for i in (NONE, DOING, DONE)]
    cs_run(p.add_run('%s  %s ยังไม่ดำเนินการ %s อยู่ระหว่างดำเนินการ %s ดำเนินการแล้วเสร็จ'
                     % (label, marks[0], marks[1], marks[2])), size=size)


def build():
    doc = new_document(FONT, 14, margins_cm=(2.0, 1.8, 2.3, 1.8))
    para(doc, 'แบบ ITA-ผ ๒', size=13, align=RIGHT)
    para(doc, 'แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=16,
         align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รอบ ๑๒ เดือน)', bold=True, size=16, align=CENTER, space_after=8)

    para(doc, 'ส่วนที่ ๑  ข้อมูลทั่วไป', bold=True, size=16, space_after=2)
    form_line(doc, 'ชื่อหน่วยงาน', AG)
    form_line(doc, 'อำเภอ / จังหวัด', 'อำเภอนาคำ  จังหวัดภูพานทอง')
    form_line(doc, 'ผลคะแนน ITA ปี พ.ศ. ๒๕๖๗', '๘๘.๙๒  คะแนน')
    p = para(doc, 'ผลการประเมิน      ( / ) ผ่าน (๘๕ คะแนนขึ้นไป)      (    ) ไม่ผ่าน', size=15)
    form_line(doc, 'จำนวนมาตรการทั้งหมด', '๖  มาตรการ')
    form_line(doc, 'ผู้ประสานงาน / โทรศัพท์', 'นางสาวรัตนาภรณ์ ทองคำภู  ๐ ๔๒๙๑ ๒๓๔๕')
    para(doc, '', space_after=4)

    para(doc, 'ส่วนที่ ๒  ผลการดำเนินการรายมาตรการ', bold=True, size=16, space_after=2)
    for k, (title, steps, resp, per, mon, st, out, outc) in enumerate(MEAS, start=1):
        n = th(k)
        form_line(doc, 'มาตรการที่ %s' % n, title, bold_label=True).paragraph_format.keep_with_next = True
        form_line(doc, '%s.๑ ขั้นตอน/วิธีการ' % n, steps[0], indent=0.6)
        for s in steps[1:]:
            cont_line(doc, s)
        form_line(doc, '%s.๒ ผู้รับผิดชอบ' % n, resp, indent=0.6)
        form_line(doc, '%s.๓ ระยะเวลาดำเนินการ' % n, per, indent=0.6)
        form_line(doc, '%s.๔ การติดตาม/รายงานผล' % n, mon, indent=0.6)
        status_line(doc, '%s.๕ สถานะ' % n, st, indent=0.6)
        form_line(doc, '%s.๖ ผลการดำเนินการ' % n, out, indent=0.6)
        form_line(doc, '%s.๗ ผลลัพธ์/ผลสำเร็จ' % n, outc, indent=0.6)
        para(doc, '', size=5)

    para(doc, 'ส่วนที่ ๓  ปัญหา อุปสรรค และข้อเสนอแนะ', bold=True, size=16, space_after=2)
    for txt in ('ประชาชนบางส่วนยังไม่ทราบช่องทางร้องเรียนออนไลน์ ควรประชาสัมพันธ์ทางหอกระจายข่าว', ''):
        fl = doc.add_paragraph()
        fl.paragraph_format.left_indent = Cm(0.6)
        fl.paragraph_format.tab_stops.add_tab_stop(Cm(END), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        cs_run(fl.add_run(txt + '\t'), size=14)
    for line, ind in [('ลงชื่อ ......................................... ผู้รายงาน', 7.0),
                      ('(นางสาวรัตนาภรณ์ ทองคำภู)', 8.0),
                      ('นักวิเคราะห์นโยบายและแผนชำนาญการ', 7.4),
                      ('ลงชื่อ ......................................... ผู้รับรอง', 7.0),
                      ('(นายสมพงษ์ ศรีนาคำ)', 8.4),
                      ('นายกองค์การบริหารส่วนตำบลนาคำใหญ่', 7.2),
                      ('วันที่ ..๓๐.. เดือน ..ตุลาคม.. พ.ศ. ..๒๕๖๘..', 7.0)]:
        para(doc, line, indent_cm=ind)

    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, NAME + '.pdf'))

    miss = ['', 'c', 'n', 'o', '', 'r']
    ms = [M(k + 1, m[0], miss[k]) for k, m in enumerate(MEAS)]
    write_truth(NAME + '.pdf', 'results', 2568, AG, 'measure', ms, problems=[
        "measure 2: outcome field left as dots only",
        "measure 3: follow-up/reporting field left as dots only",
        "measure 4: two status boxes ticked (อยู่ระหว่างดำเนินการ and ดำเนินการแล้วเสร็จ) and the output field is dots only",
        "measure 5: output field dots only, but exactly one status box ticked (ดำเนินการแล้วเสร็จ) - output counted present",
        "measure 6: responsible field left as dots only",
    ], notes="""A paper reporting form ('แบบ ITA-ผ ๒') retyped in Word and exported to PDF (Norasi). No tables: every field
        is a line 'label ....... value .......' built from dot-leader tab stops, the typed value sitting on the dotted
        line; a field never filled is a line of dots only (missing). Part 1 general data (ITA 2567 score ๘๘.๙๒ with
        '( / ) ผ่าน (๘๕ คะแนนขึ้นไป)', consistent; 'จำนวนมาตรการทั้งหมด ๖'), Part 2 one block per measure: 'มาตรการที่ ๑
        <title>' followed by fields numbered ๑.๑–๑.๗ (steps, responsible, period, monitoring, status, output, outcome) -
        these sub-numbers are field numbers, NOT measures 1.1–1.7. Status line '( ) ยังไม่ดำเนินการ ( ) อยู่ระหว่าง
        ดำเนินการ ( / ) ดำเนินการแล้วเสร็จ'. Multi-line steps continue on indented dotted lines. Part 3 problems, signature
        block with a dotted date. Unit = measure (๑–๖).""")


if __name__ == '__main__':
    build()
