"""m05: สำนักงานการปฏิรูปที่ดินจังหวัดภูพยนต์ (ส.ป.ก.) measures FY2569 - Word file exported to PDF; landscape
8-column table whose narrow columns have VERTICAL header text (textDirection btLr: 'ลำดับที่', 'ระยะเวลาดำเนินการ',
'งบประมาณ (บาท)'); unnumbered shaded group rows by ITA tool; Thai digits; budget column; header repeated."""
import os, shutil
from common import *
from docxkit import *

NAME = 'm05_alro_phuphayon_measures_2569'
AG = 'สำนักงานการปฏิรูปที่ดินจังหวัดภูพยนต์'
HDR = ['ลำดับที่', 'มาตรการ', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'งบประมาณ (บาท)', 'การกำกับติดตาม',
       'ตัวชี้วัด/เป้าหมาย']
VERT = {0, 4, 5}
ROWS = [
    ('G', 'ด้านการเปิดเผยข้อมูล (OIT)'),
    ('๑', 'เปิดเผยข้อมูลการจัดที่ดินและรายชื่อเกษตรกรผู้ได้รับการจัดที่ดินในเขตปฏิรูปที่ดิน',
     '๑) ประกาศรายชื่อเกษตรกรผู้ผ่านการคัดเลือก ณ ที่ทำการ อบต. และเว็บไซต์\n๒) เปิดให้คัดค้านภายใน ๑๕ วัน\n'
     '๓) เผยแพร่มติคณะกรรมการปฏิรูปที่ดินจังหวัดทุกครั้ง',
     'กลุ่มการจัดที่ดินและสิทธิในที่ดิน', 'ต.ค. ๖๘ – ก.ย. ๖๙', '-',
     'หัวหน้ากลุ่มรายงานปฏิรูปที่ดินจังหวัดทุกเดือน', 'ประกาศรายชื่อครบทุกรอบการคัดเลือก'),
    ('๒', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณโครงการพัฒนาพื้นที่',
     '๑) ประกาศแผนการจัดซื้อจัดจ้างประจำปี\n๒) สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)\n๓) เผยแพร่ผลการเบิกจ่ายงบประมาณรายไตรมาส',
     'ฝ่ายบริหารทั่วไป', 'ต.ค. ๖๘ – ก.ย. ๖๙', '-',
     'รายงาน ส.ป.ก. ผ่านระบบ e-Report ทุกเดือน', 'เผยแพร่ครบ ๑๒ เดือน'),
    ('G', 'ด้านการปฏิบัติงานและการใช้อำนาจ (IIT)'),
    ('๓', 'ป้องกันการเรียกรับผลประโยชน์ในการตรวจสอบสิทธิและการเปลี่ยนแปลงผู้ได้รับ ส.ป.ก. ๔-๐๑',
     '๑) ตรวจสอบสิทธิโดยคณะทำงานอย่างน้อย ๓ คน\n๒) บันทึกการสอบสวนสิทธิพร้อมภาพถ่ายและพิกัด\n'
     '๓) แจ้งผลการพิจารณาเป็นหนังสือภายใน ๓๐ วัน',
     '-', 'ต.ค. ๖๘ – ก.ย. ๖๙', '-',
     'ปฏิรูปที่ดินจังหวัดสุ่มตรวจสำนวนร้อยละ ๑๐ ทุกไตรมาส', 'ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์'),
    ('๔', 'ป้องกันการใช้รถยนต์และเครื่องมือสำรวจรังวัดของทางราชการเพื่อประโยชน์ส่วนตน',
     '๑) ขออนุญาตใช้รถและเครื่องมือผ่านแบบฟอร์มทุกครั้ง\n๒) จัดทำทะเบียนคุมการยืมเครื่องมือสำรวจ (GNSS, กล้องสำรวจ)',
     'ฝ่ายบริหารทั่วไป / กลุ่มกฎหมายและสำรวจรังวัด', 'ต.ค. ๖๘ – ก.ย. ๖๙', '-',
     'ตรวจสอบทะเบียนคุมและรายงานปฏิรูปที่ดินจังหวัดทุกเดือน', 'ไม่พบการใช้ทรัพย์สินผิดวัตถุประสงค์'),
    ('G', 'ด้านการให้บริการ (EIT)'),
    ('๕', 'ลดขั้นตอนการให้บริการขออนุญาตและการรับรองสิทธิผ่านศูนย์บริการเบ็ดเสร็จ',
     '๑) ประกาศขั้นตอนและระยะเวลาการให้บริการ ๑๑ งาน\n๒) รับคำขอผ่านระบบคิวและแจ้งสถานะทาง SMS\n'
     '๓) สำรวจความพึงพอใจผู้รับบริการ',
     'กลุ่มการจัดที่ดินและสิทธิในที่ดิน', 'ม.ค. – ก.ย. ๖๙', '๑๒,๐๐๐',
     '', 'ผู้รับบริการพึงพอใจไม่น้อยกว่าร้อยละ ๘๕'),
    ('๖', 'เสริมสร้างวัฒนธรรมองค์กร “ส.ป.ก.ภูพยนต์ โปร่งใส ใส่ใจเกษตรกร”',
     '๑) ประกาศนโยบาย No Gift Policy\n๒) จัดอบรมเรื่องผลประโยชน์ทับซ้อนแก่เจ้าหน้าที่ทุกคน\n๓) คัดเลือกเจ้าหน้าที่ต้นแบบด้านคุณธรรม',
     'ฝ่ายบริหารทั่วไป', 'ธ.ค. ๖๘ – ส.ค. ๖๙', '๘,๕๐๐',
     'รายงานผลการดำเนินการต่อ ส.ป.ก. ภายในเดือนกันยายน', 'เจ้าหน้าที่ผ่านการอบรมร้อยละ ๑๐๐'),
]
W = [1.1, 4.6, 6.4, 3.2, 1.8, 1.5, 4.0, 3.6]


def vertical(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    td = OxmlElement('w:textDirection'); td.set(qn('w:val'), 'btLr'); tcpr.append(td)


def build():
    doc = new_document('Garuda', 14, margins_cm=(2.2, 2.0, 2.5, 2.0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = RIGHT
    cs_run(hp.add_run('ส.ป.ก.ภูพยนต์'), size=10)
    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=17, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True, size=17, align=CENTER)
    para(doc, 'สำนักงานการปฏิรูปที่ดินจังหวัดภูพยนต์', bold=True, size=16, align=CENTER, space_after=10)
    para(doc, '๑. ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', bold=True)
    para(doc, 'สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม (ส.ป.ก.) ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ '
         'ได้คะแนน ๘๘.๒๔ คะแนน ผ่านเกณฑ์การประเมิน (๘๕ คะแนนขึ้นไป) โดยตัวชี้วัดที่ได้คะแนนต่ำ ได้แก่ การใช้อำนาจ '
         'และการใช้ทรัพย์สินของราชการ', first_line_cm=1.25, align=JUSTIFY)
    para(doc, '๒. การวิเคราะห์ผลการประเมิน', bold=True)
    para(doc, '๒.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', bold=True, indent_cm=0.6)
    para(doc, 'ผู้มีส่วนได้ส่วนเสียภายนอกยังมีความกังวลต่อการใช้ดุลพินิจของเจ้าหน้าที่ในการตรวจสอบสิทธิและการเปลี่ยนแปลง'
         'ผู้ได้รับหนังสืออนุญาต ส.ป.ก. ๔-๐๑ และบุคลากรภายในเห็นว่ายังมีการนำเครื่องมือสำรวจรังวัดไปใช้ในงานส่วนตัว',
         first_line_cm=1.25, align=JUSTIFY)
    para(doc, '๒.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True, indent_cm=0.6)
    para(doc, 'การเปิดเผยข้อมูลการจัดที่ดินให้ประชาชนตรวจสอบได้ การลดขั้นตอนการให้บริการ และการสร้างวัฒนธรรมองค์กร'
         'ที่ไม่ทนต่อการทุจริต', first_line_cm=1.25, align=JUSTIFY)

    ls = landscape_section(doc, margins_cm=(2.0, 1.5, 1.5, 1.5))
    para(doc, '๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True, space_after=4)
    t = table(doc, 1 + len(ROWS), len(HDR))
    hr = t.rows[0]
    hr.height = Cm(3.8)
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    hr.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    for i, h in enumerate(HDR):
        cell_text(hr.cells[i], h, bold=True, size=13, align=CENTER, shade='E2EFD9', valign='center')
        if i in VERT:
            vertical(hr.cells[i])
    repeat_header(hr)
    for ri, r in enumerate(ROWS, start=1):
        if r[0] == 'G':
            c = t.rows[ri].cells[0].merge(t.rows[ri].cells[len(HDR) - 1])
            cell_text(c, r[1], bold=True, size=13, shade='F2F2F2')
            continue
        for ci, v in enumerate(r):
            cell_text(t.rows[ri].cells[ci], v, size=13, align=CENTER if ci in (0, 4, 5) or v == '-' else None)
    col_widths(t, W)
    para(doc, '')
    para(doc, 'ลงชื่อ ....................................... ผู้เสนอ        ลงชื่อ ....................................... ผู้อนุมัติ')
    para(doc, '      (นางสาวจันทร์เพ็ญ ภูพยนต์)                                 (นายอดิศร ทองปฏิรูป)')
    para(doc, '      หัวหน้าฝ่ายบริหารทั่วไป                                      ปฏิรูปที่ดินจังหวัดภูพยนต์')
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, NAME + '.pdf'))

    spec = {'๑': 'o', '๒': 'o', '๓': 'or', '๔': 'o', '๕': 'on', '๖': 'o'}
    ms = [M(r[0], r[1], spec[r[0]]) for r in ROWS if r[0] != 'G']
    write_truth(NAME + '.pdf', 'measures', 2569, AG, 'measure', ms,
                sections={'weaknesses': 'present', 'improvements': 'present'}, problems=[
        "measure 3: ผู้รับผิดชอบ '-'",
        "measure 5: การกำกับติดตาม cell empty",
    ], notes="""Word file exported to PDF (Garuda). Portrait intro (ITA 2568 score 88.24 ผ่าน, consistent; both
        analysis sections as prose paragraphs under the NACC headings ๒.๑ / ๒.๒), then a landscape section with an
        8-column table whose header row is tall and has VERTICAL (rotated, btLr) text in the narrow columns 'ลำดับที่',
        'ระยะเวลาดำเนินการ' and 'งบประมาณ (บาท)' - in the PDF those header words are rotated glyph runs that text
        extraction returns out of line order. Other headers: มาตรการ / วิธีการดำเนินการ / ผู้รับผิดชอบ / การกำกับติดตาม /
        ตัวชี้วัด/เป้าหมาย. Three shaded UNNUMBERED group rows by ITA tool ('ด้านการเปิดเผยข้อมูล (OIT)' …) are not
        measures. Thai-digit numbers ๑–๖; budget cells '-' or amounts (budget is not an element). Header repeated, rows
        may split at the page break. Output missing (forward-looking); ตัวชี้วัด/เป้าหมาย labelled outcome. Unit =
        measure.""")


if __name__ == '__main__':
    build()
