"""m05: สำนักงานสาธารณสุขอำเภอท่าศาลาน้อย measures FY2570 - landscape Word table (header repeated) exported to PDF
and delivered as `pdftotext -layout` text. No analysis sections (only scores), number 5 skipped, no monitoring column."""
import os
from common import *
from docxkit import *

NAME = 'm05_sso_thasalanoi_measures_2570'
AG = 'สำนักงานสาธารณสุขอำเภอท่าศาลาน้อย'
HDR = ['ลำดับ', 'มาตรการ/กิจกรรม', 'วิธีการ/ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ตัวชี้วัดความสำเร็จ']
ROWS = [
    ('1', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ (MOIT 1–2)',
     '1. แต่งตั้งผู้รับผิดชอบการเผยแพร่ข้อมูลของ สสอ. และ รพ.สต. ทุกแห่ง\n2. เผยแพร่ข้อมูลตามแบบฟอร์มการขออนุมัติเผยแพร่ข้อมูลผ่านเว็บไซต์\n3. ผู้รับผิดชอบรายงานผลการเผยแพร่ข้อมูลต่อสาธารณสุขอำเภอทุกไตรมาส',
     'งานบริหารทั่วไป สสอ.', 'ต.ค. 2569 – ก.ย. 2570',
     'เผยแพร่ข้อมูลครบตามเกณฑ์ MOIT ร้อยละ 100'),
    ('2', 'มาตรการป้องกันการรับสินบนและการขัดกันระหว่างผลประโยชน์ในการจัดซื้อจัดจ้างของ รพ.สต. ในเครือข่าย',
     '1. ผู้อำนวยการ รพ.สต. และเจ้าหน้าที่พัสดุลงนามแบบแสดงความบริสุทธิ์ใจทุกโครงการ\n2. จัดซื้อวัสดุการแพทย์ผ่านการจัดซื้อร่วมระดับอำเภอ\n3. เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน',
     'งานบริหารทั่วไป สสอ.\nผอ.รพ.สต. ทุกแห่ง', 'ต.ค. 2569 – ก.ย. 2570',
     'ไม่พบการร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
    ('3', 'มาตรการควบคุมการเบิกจ่ายค่าป่วยการ อสม. และเงินบำรุงของ รพ.สต.',
     '1. จ่ายค่าป่วยการ อสม. ผ่านบัญชีธนาคารโดยตรง\n2. จัดทำทะเบียนคุมเงินบำรุงตามระเบียบกระทรวงสาธารณสุข\n3. คณะกรรมการตรวจสอบภายในระดับอำเภอสุ่มตรวจและรายงานสาธารณสุขอำเภอทุกไตรมาส',
     'งานการเงินและบัญชี สสอ.', 'ต.ค. 2569 – ก.ย. 2570',
     'การเบิกจ่ายถูกต้องตามระเบียบร้อยละ 100'),
    ('4', 'มาตรการส่งเสริมจริยธรรมการปฏิบัติงานของบุคลากรสาธารณสุข',
     '1. ประกาศเจตนารมณ์ “สาธารณสุขท่าศาลาน้อย โปร่งใส ไม่รับสินบน”\n2. จัดกิจกรรมเสริมสร้างคุณธรรมในการประชุมประจำเดือน (คปสอ.)\n3. ยกย่องบุคลากรต้นแบบด้านคุณธรรม',
     '', 'ธ.ค. 2569 – ส.ค. 2570',
     'บุคลากรทุกคนรับทราบและลงนามประกาศเจตนารมณ์'),
    ('6', 'มาตรการจัดการเรื่องร้องเรียนการให้บริการของ รพ.สต.',
     '1. จัดให้มีตู้รับความคิดเห็นและ QR Code ร้องเรียนในทุก รพ.สต.\n2. พิจารณาเรื่องร้องเรียนโดยคณะกรรมการระดับอำเภอ\n3. สรุปเรื่องร้องเรียนเสนอที่ประชุม คปสอ. ทุกเดือน',
     'งานคุ้มครองผู้บริโภคและนิติการ สสอ.', '-',
     'เรื่องร้องเรียนได้รับการแก้ไขภายใน 30 วัน ร้อยละ 100'),
]
W = [1.7, 5.6, 8.5, 3.8, 2.8, 4.2]


def build():
    doc = new_document('Sawasdee', 13, margins_cm=(1.8, 1.5, 1.5, 1.5))
    sec = doc.sections[0]
    sec.orientation = 1; sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    fp = sec.footer.paragraphs[0]; fp.alignment = CENTER
    cs_run(fp.add_run('- '), size=11); field(fp, 'PAGE', size=11); cs_run(fp.add_run(' -'), size=11)
    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', bold=True, size=16, align=CENTER)
    para(doc, 'สำนักงานสาธารณสุขอำเภอท่าศาลาน้อย จังหวัดนครศรีธรรมราช', bold=True, size=16, align=CENTER, space_after=6)
    para(doc, 'ตามที่สำนักงานปลัดกระทรวงสาธารณสุขได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) '
         'ประจำปีงบประมาณ พ.ศ. 2569 ได้คะแนน 95.63 คะแนน ผ่านเกณฑ์ และสำนักงานสาธารณสุขอำเภอท่าศาลาน้อยผ่านการประเมิน'
         'คุณธรรมและความโปร่งใสของหน่วยงานในสังกัดสำนักงานปลัดกระทรวงสาธารณสุข (MOIT) ครบทุกข้อ สำนักงานสาธารณสุขอำเภอ'
         'ท่าศาลาน้อยจึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570 เพื่อรักษา'
         'มาตรฐานและยกระดับการดำเนินงาน ดังนี้', first_line_cm=1.5, align=JUSTIFY, space_after=6)
    t = table(doc, 1 + len(ROWS), 6)
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, size=13, align=CENTER, shade='DEEAF6')
    repeat_header(t.rows[0])
    for ri, r in enumerate(ROWS, start=1):
        for ci, v in enumerate(r):
            cell_text(t.rows[ri].cells[ci], v, size=13, align=CENTER if ci in (0, 4) else None)
    col_widths(t, W)
    para(doc, '')
    para(doc, 'ประกาศ ณ วันที่ 1 ตุลาคม 2569', indent_cm=15)
    para(doc, '')
    for line in ['(นายอดิศักดิ์ ชูแก้ว)', 'สาธารณสุขอำเภอท่าศาลาน้อย']:
        para(doc, line, align=CENTER, indent_cm=13)
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    write_text(NAME + '.txt', pdftotext_layout(soffice_pdf(src)))
    ms = [M(1, ROWS[0][1], 'o'), M(2, ROWS[1][1], 'no'), M(3, ROWS[2][1], 'o'), M(4, ROWS[3][1], 'rno'),
          M(6, ROWS[4][1], 'po')]
    write_truth(NAME + '.txt', 'measures', 2570, AG, 'measure', ms,
                sections={'weaknesses': 'missing', 'improvements': 'missing'}, problems=[
        "analysis: no weaknesses or improvement sections - only the ITA/MOIT results in one paragraph",
        "numbering: 1, 2, 3, 4, 6 - number 5 is skipped",
        "measure 2: no follow-up/reporting stated",
        "measure 4: responsible cell blank; no follow-up/reporting stated",
        "measure 6: period '-'",
    ], notes="""Landscape Word table (Sawasdee) exported to PDF and delivered as `pdftotext -layout` text (form feeds,
        '- n -' footers, cells wrapped over several lines, header row repeated on the next page). The opening paragraph
        only states that the parent office scored 95.63 in ITA 2569 and the district office passed all MOIT items -
        there is no weakness or improvement analysis, so both sections are missing. The table has no monitoring
        column: monitoring is present only where the last step says results are reported (1: รายงาน...ต่อสาธารณสุขอำเภอ
        ทุกไตรมาส; 3: สุ่มตรวจและรายงาน...ทุกไตรมาส; 6: สรุปเรื่องร้องเรียนเสนอที่ประชุม คปสอ. ทุกเดือน). 'ตัวชี้วัดความสำเร็จ'
        is taken as the outcome (a target result). Numbers run 1-4 then 6.""")


if __name__ == '__main__':
    build()
