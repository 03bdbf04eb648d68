"""r02: สำนักงานอัยการจังหวัดศิลาทอง results FY2568 - DOCX with a cover page and a 5-column table in which EACH MEASURE
TAKES TWO ROWS: a shaded title row merged across all columns ('มาตรการที่ ๑  …') and a details row (steps / responsible /
period / output / outcome).  Header row repeated (w:tblHeader); Thai digits throughout; page numbers in Thai digits."""
import os
from common import *
from docxkit import *

NAME = 'r02_ago_silathong_results_2568'
AG = 'สำนักงานอัยการจังหวัดศิลาทอง'
FONT = 'TH SarabunPSK'
HDR = ['วิธีการ/ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินการ', 'ผลลัพธ์ที่เกิดขึ้น']
MEAS = [
    ('๑', 'การเปิดเผยขั้นตอนและระยะเวลาการให้บริการช่วยเหลือทางกฎหมายแก่ประชาชน',
     '๑. จัดทำคู่มือและแผ่นพับแสดงขั้นตอน ระยะเวลา การให้คำปรึกษากฎหมายและการจัดทำนิติกรรมสัญญา\n'
     '๒. ติดประกาศ ณ จุดบริการและเผยแพร่ทางเว็บไซต์สำนักงาน\n๓. บันทึกการให้บริการในระบบทะเบียนทุกราย\n'
     '๔. สรุปผลการให้บริการเสนออัยการจังหวัดศิลาทองทุกเดือน',
     'สำนักงานคุ้มครองสิทธิและช่วยเหลือทางกฎหมายแก่ประชาชนจังหวัดศิลาทอง (สคช.)',
     'ต.ค. ๒๕๖๗ – ก.ย. ๒๕๖๘',
     'เผยแพร่คู่มือ ๔ เรื่อง ให้บริการปรึกษากฎหมาย ๓๘๗ ราย จัดทำนิติกรรมสัญญา ๔๒ ราย',
     'ผู้รับบริการได้รับบริการภายในระยะเวลาที่ประกาศ ร้อยละ ๙๘.๒๐'),
    ('๒', 'การป้องกันการเรียกรับผลประโยชน์ในการพิจารณาสำนวนคดี',
     '๑. จ่ายสำนวนคดีให้พนักงานอัยการตามลำดับผ่านระบบสารบบคดีอิเล็กทรอนิกส์\n'
     '๒. แจ้งกำหนดนัดและความคืบหน้าของสำนวนแก่คู่ความเป็นหนังสือราชการเท่านั้น\n'
     '๓. กำชับบุคลากรงดพบหรือรับติดต่อคู่ความนอกสถานที่ราชการ',
     'อัยการจังหวัดศิลาทอง / ฝ่ายอำนวยการ',
     'ตลอดปีงบประมาณ พ.ศ. ๒๕๖๘',
     'จ่ายสำนวนผ่านระบบสารบบคดีอิเล็กทรอนิกส์ ๑,๑๔๒ สำนวน ครบทุกสำนวน',
     'ไม่มีเรื่องร้องเรียนเกี่ยวกับการเรียกรับผลประโยชน์ในการพิจารณาสำนวน'),
    ('๓', 'การเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการบริหารงบประมาณ',
     '๑. ประกาศแผนการจัดซื้อจัดจ้างประจำปีงบประมาณ\n๒. จัดทำสรุปผลการจัดซื้อจัดจ้างรายเดือนเผยแพร่ทางเว็บไซต์\n'
     '๓. รายงานผลการใช้จ่ายงบประมาณต่ออัยการจังหวัดทุกไตรมาส',
     '-',
     'ต.ค. ๖๗ – ก.ย. ๖๘',
     'ประกาศแผน ๑ ฉบับ สรุปผลการจัดซื้อจัดจ้างครบ ๑๒ เดือน เบิกจ่ายงบประมาณร้อยละ ๙๗.๔๕',
     'การจัดซื้อจัดจ้างถูกต้องตามระเบียบ ไม่มีข้อทักท้วงจากสำนักงานการตรวจเงินแผ่นดิน'),
    ('๔', 'การกำกับการใช้ดุลพินิจในการสั่งคดีโดยผู้บังคับบัญชา',
     '๑. กำหนดให้สำนวนที่มีความเห็นสั่งไม่ฟ้องผ่านการตรวจของอัยการจังหวัดทุกสำนวน\n'
     '๒. บันทึกเหตุผลประกอบการใช้ดุลพินิจไว้ในสำนวน\n'
     '๓. รายงานผลการตรวจสอบต่อสำนักงานอัยการภาค ทุก ๖ เดือน',
     'อัยการจังหวัดศิลาทอง / อัยการจังหวัดผู้ช่วย',
     'ต.ค. ๒๕๖๗ – ก.ย. ๒๕๖๘',
     'ตรวจสำนวนที่มีความเห็นสั่งไม่ฟ้อง ๖๓ สำนวน รายงานสำนักงานอัยการภาค ๒ ครั้ง',
     'การสั่งคดีมีมาตรฐานเดียวกัน ไม่มีคำร้องขอความเป็นธรรมจากผู้เสียหาย'),
    ('๕', 'การรับเรื่องร้องเรียนและแจ้งเบาะแสการทุจริตและประพฤติมิชอบ',
     '๑. เปิดช่องทางร้องเรียน ได้แก่ ตู้รับเรื่องร้องเรียน โทรศัพท์ อีเมล และเว็บไซต์\n'
     '๒. ลงทะเบียนรับเรื่องและเสนออัยการจังหวัดพิจารณาภายใน ๓ วันทำการ\n'
     '๓. รายงานสรุปเรื่องร้องเรียนต่อสำนักงานอัยการสูงสุดทุกไตรมาส',
     'ฝ่ายอำนวยการ',
     'ต.ค. ๒๕๖๗ – ก.ย. ๒๕๖๘',
     'มีเรื่องร้องเรียน ๑ เรื่อง (การให้บริการล่าช้า) ดำเนินการแล้วเสร็จ',
     ''),
    ('๖', 'การส่งเสริมวัฒนธรรมองค์กร “อัยการศิลาทอง โปร่งใส ไร้สินบน”',
     '๑. จัดกิจกรรมประกาศเจตนารมณ์การต่อต้านการทุจริตของบุคลากร\n'
     '๒. ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)',
     'ฝ่ายอำนวยการ / ทุกกลุ่มงาน',
     '..................................',
     'จัดกิจกรรมประกาศเจตนารมณ์ ๑ ครั้ง บุคลากรเข้าร่วม ๕๔ คน ประกาศนโยบาย No Gift Policy ๑ ฉบับ',
     'บุคลากรมีทัศนคติที่ดีต่อการปฏิบัติงานอย่างสุจริต ไม่มีการรับของขวัญในช่วงเทศกาล'),
]
W = [5.6, 2.9, 2.2, 2.7, 2.6]


def build():
    doc = new_document(FONT, 16, margins_cm=(2.5, 2.0, 3.0, 2.0))
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    page_number_format(sec, 'thaiNumbers')
    hp = sec.header.paragraphs[0]; hp.alignment = RIGHT
    cs_run(hp.add_run(AG), size=12)
    fp = sec.footer.paragraphs[0]; fp.alignment = CENTER
    cs_run(fp.add_run('- '), size=14); field(fp, 'PAGE', '๒', size=14); cs_run(fp.add_run(' -'), size=14)

    # cover page
    for _ in range(6):
        para(doc, '')
    para(doc, 'รายงานผลการดำเนินการ', bold=True, size=26, align=CENTER)
    para(doc, 'ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=22, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', bold=True, size=22, align=CENTER)
    for _ in range(8):
        para(doc, '')
    para(doc, AG, bold=True, size=20, align=CENTER)
    para(doc, 'สำนักงานอัยการสูงสุด', bold=True, size=20, align=CENTER)
    page_break(doc)

    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=18, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘)', bold=True, size=18, align=CENTER,
         space_after=8)
    para(doc, 'สำนักงานอัยการสูงสุดได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ '
         'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๙๒.๐๘ คะแนน ผ่านเกณฑ์การประเมิน และได้มอบหมายให้สำนักงานอัยการ'
         'ทุกแห่งนำผลการประเมินไปกำหนดมาตรการเพื่อยกระดับความโปร่งใสในการปฏิบัติงาน ' + AG +
         'จึงได้ดำเนินการตามมาตรการ จำนวน ๖ มาตรการ และขอรายงานผลการดำเนินการ ดังนี้',
         first_line_cm=2.0, align=JUSTIFY, space_after=6)

    t = table(doc, 1 + 2 * len(MEAS), 5)
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, size=14, align=CENTER, shade='E7E6E6', valign='center')
    repeat_header(t.rows[0])
    for k, (no, title, steps, resp, per, out, outc) in enumerate(MEAS):
        ra, rb = t.rows[1 + 2 * k], t.rows[2 + 2 * k]
        c = ra.cells[0].merge(ra.cells[4])
        cell_text(c, 'มาตรการที่ %s  %s' % (no, title), bold=True, size=15, shade='FBE4D5')
        for ci, v in enumerate([steps, resp, per, out, outc]):
            cell_text(rb.cells[ci], v, size=14, align=CENTER if v == '-' else None, valign='top')
    col_widths(t, W)

    para(doc, '')
    para(doc, 'จึงเรียนมาเพื่อโปรดทราบ', first_line_cm=2.0, space_after=12)
    para(doc, '(ลงชื่อ) ............................................ ผู้รายงาน', indent_cm=6.5)
    para(doc, '(นางสาวพิมพ์ลภัส ศรีวงศ์ไพบูลย์)', indent_cm=7.6)
    para(doc, 'นิติกรชำนาญการ', indent_cm=8.4, space_after=12)
    para(doc, 'ทราบ', indent_cm=8.6)
    para(doc, '(ลงชื่อ) ............................................', indent_cm=6.5)
    para(doc, '(นายพงศ์ธร กิตติวรางกูร)', indent_cm=7.9)
    para(doc, 'อัยการจังหวัดศิลาทอง', indent_cm=8.0)

    doc.save(os.path.join(OUT, NAME + '.docx'))

    miss = ['', 'n', 'r', '', 'c', 'pn']
    ms = [M(m[0], m[1], miss[i]) for i, m in enumerate(MEAS)]
    write_truth(NAME + '.docx', 'results', 2568, AG, 'measure', ms, problems=[
        "measure 2: no follow-up/reporting stated",
        "measure 3: responsible '-'",
        "measure 5: outcome cell left blank",
        "measure 6: period only a dotted blank; no follow-up/reporting stated",
    ], notes="""Word document (TH SarabunPSK named) with a cover page (no header/footer on it), running header with the
        office name and footer '- n -' in Thai digits (pgNumType thaiNumbers). One 5-column table (วิธีการ/ขั้นตอน |
        ผู้รับผิดชอบ | ระยะเวลา | ผลการดำเนินการ | ผลลัพธ์ที่เกิดขึ้น), header row repeated (w:tblHeader). EACH MEASURE TAKES
        TWO ROWS: a shaded title row, one cell merged across all five columns, reading 'มาตรการที่ ๑  <title>' (the labelled title is the text after the number), then a
        details row with the five values. There is no number or measure column: the measure and its number are only in
        the title row. Monitoring is not a column; it is counted where a step reports the results to someone (1 monthly
        to the provincial prosecutor, 3 quarterly, 4 every six months to the regional office, 5 quarterly to the OAG).
        Score sentence (OAG ITA 2567 92.08, 'ผ่านเกณฑ์') consistent. Signature 'ผู้รายงาน' and 'ทราบ' at the end.""")


if __name__ == '__main__':
    build()
