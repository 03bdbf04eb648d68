"""r16: โรงพยาบาลนาแก้ว plan FY2569 - an ordinary hospital action plan typed in Word and exported to PDF: short
portrait intro, landscape 8-column table (ลำดับ / โครงการ/กิจกรรม with '-' sub-activity lines / วัตถุประสงค์ /
กลุ่มเป้าหมาย / งบประมาณ / ระยะเวลา / ผู้รับผิดชอบ / ตัวชี้วัด), header repeated, rows split over pages,
signature table.  Complete (period and responsible for every project)."""
import os, shutil
from common import *
from docxkit import *

NAME = 'r16_hosp_nakaeo_plan_2569'
AG = 'โรงพยาบาลนาแก้ว'
FONT = 'Waree'
HDR = ['ลำดับ', 'โครงการ/กิจกรรม', 'วัตถุประสงค์', 'กลุ่มเป้าหมาย', 'งบประมาณ\n(บาท)', 'ระยะเวลา', 'ผู้รับผิดชอบ',
       'ตัวชี้วัด']
ROWS = [
    ('๑', 'โครงการเปิดเผยข้อมูลสาธารณะของโรงพยาบาลตามเกณฑ์ MOIT\n- แต่งตั้งคณะทำงานและผู้รับผิดชอบรายตัวชี้วัด\n'
          '- ปรับปรุงหน้าเว็บไซต์ “ITA/MOIT” ของโรงพยาบาล\n- ตรวจสอบความครบถ้วนก่อนส่งหลักฐานให้ สสจ.',
     'เพื่อให้ประชาชนเข้าถึงข้อมูลการดำเนินงานของโรงพยาบาล', 'ประชาชนและผู้รับบริการ', '-',
     'ต.ค. ๒๕๖๘ – มิ.ย. ๒๕๖๙', 'กลุ่มงานบริหารทั่วไป / งานเทคโนโลยีสารสนเทศ',
     'ผ่านเกณฑ์ MOIT ครบทุกข้อ'),
    ('๒', 'โครงการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อยาและเวชภัณฑ์\n- คณะกรรมการพัฒนาระบบยาลงนามแบบแสดงความไม่มีส่วนได้เสีย\n'
          '- เผยแพร่ผลการจัดซื้อยาและเวชภัณฑ์รายเดือน\n- ห้ามรับตัวอย่างยาหรือผลประโยชน์จากผู้แทนบริษัทยาโดยตรง',
     'เพื่อให้การจัดซื้อยาโปร่งใสตามเกณฑ์จริยธรรมการจัดซื้อจัดหาและการส่งเสริมการขายยา', 'คณะกรรมการ PTC / เจ้าหน้าที่พัสดุ',
     '-', 'ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', 'กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค',
     'ไม่พบการรับผลประโยชน์จากบริษัทยา ร้อยละ ๑๐๐'),
    ('๓', 'โครงการส่งเสริมจริยธรรมบุคลากร “นาแก้วคุณธรรม”\n- ประกาศเจตนารมณ์ต่อต้านการทุจริต\n'
          '- อบรมเรื่องการป้องกันการทุจริตและผลประโยชน์ทับซ้อน\n- คัดเลือกบุคลากรต้นแบบด้านคุณธรรม',
     'เพื่อปลูกฝังค่านิยมสุจริตแก่บุคลากรทุกระดับ', 'บุคลากร ๑๘๔ คน', '๓๕,๐๐๐',
     'ธ.ค. ๒๕๖๘ – ก.พ. ๒๕๖๙', 'กลุ่มงานบริหารทั่วไป (งานทรัพยากรบุคคล)',
     'บุคลากรเข้าร่วมไม่น้อยกว่าร้อยละ ๘๐'),
    ('๔', 'กิจกรรมประเมินความเสี่ยงการทุจริตและจัดทำแผนบริหารความเสี่ยง\n- ประเมินความเสี่ยงกระบวนงานจัดซื้อจัดจ้างและการเงิน\n'
          '- จัดทำมาตรการควบคุมความเสี่ยงระดับสูง',
     'เพื่อลดโอกาสการเกิดการทุจริตในกระบวนงานสำคัญ', 'กลุ่มงานที่เกี่ยวข้อง ๖ กลุ่มงาน', '-',
     'ม.ค. – มี.ค. ๒๕๖๙', 'คณะกรรมการบริหารความเสี่ยงโรงพยาบาล',
     'มีแผนบริหารความเสี่ยง ๑ ฉบับ'),
    ('๕', 'โครงการพัฒนาระบบรับเรื่องร้องเรียนผ่าน Line OA “รพ.นาแก้ว”\n- เพิ่มเมนูร้องเรียน/แจ้งเบาะแสใน Line OA\n'
          '- กำหนดผู้รับผิดชอบตอบกลับภายใน ๒๔ ชั่วโมง',
     'เพื่อเพิ่มช่องทางร้องเรียนที่สะดวกและคุ้มครองผู้ร้อง', 'ผู้รับบริการและประชาชน', '๘,๐๐๐',
     'พ.ย. ๒๕๖๘ – ม.ค. ๒๕๖๙', 'ศูนย์คุณภาพ / งานประชาสัมพันธ์',
     'ตอบกลับผู้ร้องภายใน ๒๔ ชั่วโมง ร้อยละ ๙๐'),
    ('๖', 'กิจกรรมสำรวจความพึงพอใจของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย\n- สำรวจผู้ป่วยนอก ผู้ป่วยใน และเครือข่าย รพ.สต.\n'
          '- นำผลมาจัดทำแผนปรับปรุงบริการ',
     'เพื่อนำข้อเสนอแนะมาปรับปรุงการให้บริการ', 'ผู้รับบริการ ๔๐๐ ราย', '-',
     'เม.ย. – ก.ค. ๒๕๖๙', 'ศูนย์คุณภาพ',
     'ความพึงพอใจไม่น้อยกว่าร้อยละ ๘๕'),
]
W = [1.8, 6.1, 4.4, 3.0, 2.2, 2.6, 3.4, 3.2]


def build():
    doc = new_document(FONT, 14, margins_cm=(2.5, 2.0, 3.0, 2.0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = RIGHT
    cs_run(hp.add_run('แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๙  ' + AG), size=10)
    fp = sec.footer.paragraphs[0]; fp.alignment = RIGHT
    cs_run(fp.add_run('หน้า '), size=10); field(fp, 'PAGE', size=10)

    para(doc, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส', bold=True, size=18, align=CENTER)
    para(doc, AG + ' อำเภอนาแก้ว จังหวัดสุวรรณนที', bold=True, size=16, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True, size=16, align=CENTER, space_after=10)
    para(doc, 'หลักการและเหตุผล', bold=True)
    para(doc, 'กระทรวงสาธารณสุขกำหนดให้หน่วยงานในสังกัดดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (MOPH ITA) '
         'โดยโรงพยาบาลชุมชนต้องเปิดเผยข้อมูลและดำเนินการตามเกณฑ์ MOIT ผ่านระบบของสำนักงานสาธารณสุขจังหวัด ในปีงบประมาณ '
         'พ.ศ. ๒๕๖๘ โรงพยาบาลนาแก้วผ่านเกณฑ์การประเมินทุกตัวชี้วัด เพื่อรักษามาตรฐานและยกระดับการบริหารงานให้โปร่งใส '
         'โรงพยาบาลจึงจัดทำแผนปฏิบัติการฉบับนี้', first_line_cm=1.5, align=JUSTIFY)
    para(doc, 'วัตถุประสงค์', bold=True)
    for s in ['๑. เพื่อให้การดำเนินงานของโรงพยาบาลเป็นไปด้วยความโปร่งใส ตรวจสอบได้',
              '๒. เพื่อปลูกฝังค่านิยมสุจริตและป้องกันผลประโยชน์ทับซ้อนของบุคลากร',
              '๓. เพื่อให้ผ่านเกณฑ์การประเมิน MOIT และ ITA ของกระทรวงสาธารณสุข']:
        para(doc, s, indent_cm=1.0)
    para(doc, 'รายละเอียดโครงการ/กิจกรรม', bold=True)
    para(doc, 'จำนวน ๖ โครงการ/กิจกรรม งบประมาณรวม ๔๓,๐๐๐ บาท (เงินบำรุงโรงพยาบาล) ตามตารางแนบ', first_line_cm=1.5)

    landscape_section(doc, margins_cm=(2.0, 1.6, 1.5, 1.5))
    para(doc, 'ตารางแผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส โรงพยาบาลนาแก้ว ปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True,
         size=15, align=CENTER, space_after=4)
    t = table(doc, 1 + len(ROWS), 8)
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, size=12, align=CENTER, shade='E2EFD9', valign='center')
    repeat_header(t.rows[0])
    for ri, r in enumerate(ROWS, start=1):
        for ci, v in enumerate(r):
            c = cell_text(t.rows[ri].cells[ci], v, size=12, align=CENTER if ci in (0, 4) else None, valign='top')
            if ci == 1:
                c.paragraphs[0].runs[0].bold = True
    col_widths(t, W)

    para(doc, '')
    s = table(doc, 4, 3, style='Normal Table')
    sig = [('ผู้จัดทำแผน', 'ผู้เห็นชอบแผน', 'ผู้อนุมัติแผน'),
           ('ลงชื่อ ..................................', 'ลงชื่อ ..................................',
            'ลงชื่อ ..................................'),
           ('(นางสาวจิราพร แก้วสุวรรณ)', '(นายธนวัฒน์ ศรีนาแก้ว)', '(นายแพทย์กฤษดา อินทรวงศ์)'),
           ('หัวหน้ากลุ่มงานบริหารทั่วไป', 'รองผู้อำนวยการฝ่ายการแพทย์', 'ผู้อำนวยการโรงพยาบาลนาแก้ว')]
    for ri, r in enumerate(sig):
        for ci, v in enumerate(r):
            cell_text(s.rows[ri].cells[ci], v, size=13, align=CENTER, bold=(ri == 0))
            for pp in s.rows[ri].cells[ci].paragraphs:
                pp.paragraph_format.keep_with_next = ri < 3
        cant_split(s.rows[ri])

    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, NAME + '.pdf'))

    ms = [M(r[0], r[1].split('\n')[0], 'no') for r in ROWS]
    write_truth(NAME + '.pdf', 'plan', 2569, AG, 'project', ms, problems=[], notes="""Community hospital action plan
        typed in Word (Waree) and exported to PDF: portrait intro (หลักการและเหตุผล mentioning MOPH ITA / MOIT, numbered
        objectives, total budget 43,000 = 35,000 + 8,000), then a landscape 8-column table: ลำดับ / โครงการ/กิจกรรม /
        วัตถุประสงค์ / กลุ่มเป้าหมาย / งบประมาณ (บาท) / ระยะเวลา / ผู้รับผิดชอบ / ตัวชี้วัด, header repeated on every page,
        rows may split over pages; running header (plan title + hospital) and 'หน้า n' footer; three-column signature
        block ผู้จัดทำ/ผู้เห็นชอบ/ผู้อนุมัติแผน (unsigned). Each row is one project/activity (Thai-digit number); its cell
        holds the bold name followed by '- …' sub-activity lines, which are its steps (unit = project, sub-activities are
        not separate units). 'ตัวชี้วัด' counted as outcome; 'กลุ่มเป้าหมาย' is a target group, not an output; output not
        stated. No monitoring/reporting stated anywhere in the plan. COMPLETE for a plan (period and responsible for every
        project). Unit = project (๑–๖).""")


if __name__ == '__main__':
    build()
