"""r18: สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำน้ำพอง plan FY2570 - `pdftotext -layout` of a portrait Word PDF:
a 6-column table (ที่ / กิจกรรม / วิธีดำเนินการ / ระยะเวลา / ผู้รับผิดชอบ / การติดตามและรายงานผล) with narrow, heavily
wrapped columns aligned by spaces, header repeated on each page, footer 'หน้า n จาก N'
and form feeds.  Complete."""
import os, subprocess
from common import *
from docxkit import *

NAME = 'r18_spm_lamnamphong_plan_2570'
AG = 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำน้ำพอง'
FONT = 'Loma'
HDR = ['ที่', 'กิจกรรม', 'วิธีดำเนินการ', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'การติดตามและรายงานผล']
ROWS = [
    ('๑', 'เผยแพร่ข้อมูลสาธารณะของสำนักงานเขตพื้นที่ฯ ตามแบบ OIT',
     '๑) มอบหมายกลุ่มงานรับผิดชอบข้อมูลรายข้อ\n๒) ตรวจสอบความถูกต้องก่อนเผยแพร่\n๓) ปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน',
     'ต.ค. ๒๕๖๙ – มี.ค. ๒๕๗๐', 'กลุ่มอำนวยการ / ศูนย์เทคโนโลยีสารสนเทศฯ',
     'กลุ่มนโยบายและแผนตรวจสอบความครบถ้วนทุกเดือน รายงานผู้อำนวยการสำนักงานเขตพื้นที่ฯ'),
    ('๒', 'เปิดเผยข้อมูลการบริหารงานบุคคล การย้าย และการแต่งตั้งข้าราชการครู',
     '๑) ประกาศหลักเกณฑ์และปฏิทินการย้ายล่วงหน้า\n๒) ประกาศผลการพิจารณาพร้อมคะแนนรายบุคคล\n๓) เปิดรับคำร้องขอทบทวนภายใน ๑๕ วัน',
     'ม.ค. – พ.ค. ๒๕๗๐', 'กลุ่มบริหารงานบุคคล',
     'รายงานผลต่อคณะอนุกรรมการ ก.ค.ศ. เขตพื้นที่ฯ ทุกครั้งที่มีการพิจารณา'),
    ('๓', 'ป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้างของสำนักงานและสถานศึกษาในสังกัด',
     '๑) คณะกรรมการจัดซื้อจัดจ้างลงนามแบบแสดงความไม่มีส่วนได้เสีย\n๒) สุ่มตรวจการจัดซื้อจัดจ้างของสถานศึกษาภาคเรียนละ ๕ แห่ง',
     'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'กลุ่มบริหารงานการเงินและสินทรัพย์ / หน่วยตรวจสอบภายใน',
     'หน่วยตรวจสอบภายในรายงานผลการสุ่มตรวจต่อผู้อำนวยการฯ ทุกภาคเรียน'),
    ('๔', 'อบรมเสริมสร้างความรู้เรื่องการป้องกันการทุจริตแก่ผู้บริหารสถานศึกษา',
     '๑) จัดอบรมออนไลน์ ๑ วัน\n๒) ใช้หลักสูตรต้านทุจริตศึกษาของสำนักงาน ป.ป.ช.\n๓) ทดสอบความรู้หลังการอบรม',
     'ธ.ค. ๒๕๖๙', 'กลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
     'สรุปผลการอบรมรายงานผู้อำนวยการฯ ภายใน ๑๕ วัน'),
    ('๕', 'จัดการเรื่องร้องเรียนและแจ้งเบาะแสการทุจริต',
     '๑) รับเรื่องผ่านระบบร้องเรียนออนไลน์ โทรศัพท์ และหนังสือ\n๒) แจ้งผู้ร้องภายใน ๑๕ วัน\n๓) คุ้มครองข้อมูลผู้ร้อง',
     'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'กลุ่มกฎหมายและคดี',
     'สรุปเรื่องร้องเรียนรายงานผู้อำนวยการฯ ทุกเดือน และรายงาน สพฐ. ทุกไตรมาส'),
    ('๖', 'ประกาศเจตนารมณ์และนโยบาย No Gift Policy ของผู้บริหารและบุคลากร',
     '๑) ผู้อำนวยการฯ ประกาศนโยบายไม่รับของขวัญ\n๒) แจ้งสถานศึกษาและผู้ประกอบการในพื้นที่\n๓) บุคลากรรายงานการรับของขวัญตามแบบ',
     'ธ.ค. ๒๕๖๙ – ม.ค. ๒๕๗๐', 'กลุ่มอำนวยการ',
     'รวบรวมรายงานการรับของขวัญเสนอผู้อำนวยการฯ หลังเทศกาลปีใหม่'),
    ('๗', 'สำรวจความพึงพอใจของสถานศึกษาและผู้รับบริการต่อการให้บริการของสำนักงานเขตพื้นที่ฯ',
     '๑) สำรวจด้วยแบบสอบถามออนไลน์\n๒) วิเคราะห์ผลและจัดทำแนวทางปรับปรุงบริการ',
     'มิ.ย. – ส.ค. ๒๕๗๐', 'กลุ่มนโยบายและแผน',
     'รายงานผลการสำรวจและแนวทางปรับปรุงต่อที่ประชุมผู้บริหารสำนักงานเขตพื้นที่ฯ'),
]
W = [0.9, 3.6, 4.6, 2.2, 2.6, 3.3]


def build():
    doc = new_document(FONT, 14, margins_cm=(2.2, 2.0, 2.0, 1.8))
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = CENTER
    cs_run(fp.add_run('หน้า '), size=11); field(fp, 'PAGE', size=11)
    cs_run(fp.add_run(' จาก '), size=11); field(fp, 'NUMPAGES', '3', size=11)

    para(doc, 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=16, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, size=17, align=CENTER)
    para(doc, AG, bold=True, size=16, align=CENTER, space_after=8)
    para(doc, 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.) ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ได้ '
         '๙๕.๐๘ คะแนน ผ่านเกณฑ์การประเมิน สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำน้ำพองในฐานะหน่วยงานในสังกัด จึงจัดทำ'
         'แผนการขับเคลื่อนฯ เพื่อให้การบริหารงานของสำนักงานและสถานศึกษาในสังกัดเป็นไปด้วยความโปร่งใส ดังนี้',
         first_line_cm=1.5, align=JUSTIFY, space_after=6)
    t = table(doc, 1 + len(ROWS), 6)
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, size=12, align=CENTER, shade='D9D9D9', valign='center')
    repeat_header(t.rows[0])
    for ri, r in enumerate(ROWS, start=1):
        for ci, v in enumerate(r):
            cell_text(t.rows[ri].cells[ci], v, size=12, align=CENTER if ci == 0 else None, valign='top')
    col_widths(t, W)
    para(doc, '')
    para(doc, 'ลงชื่อ ..................................................', indent_cm=8.0)
    para(doc, '(นายอำนาจ พองสุวรรณ)', indent_cm=9.0)
    para(doc, 'ผู้อำนวยการ' + AG, indent_cm=6.2)

    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    pdf = soffice_pdf(src)
    write_text(NAME + '.txt', pdftotext_layout(pdf))

    ms = [M(r[0], r[1], 'oc') for r in ROWS]
    write_truth(NAME + '.txt', 'plan', 2570, AG, 'activity', ms, problems=[], notes="""`pdftotext -layout` output of a
        portrait Word PDF (Loma): title, score sentence (OBEC ITA 2569 95.08 ผ่าน, consistent), then one 6-column table:
        ที่ / กิจกรรม / วิธีดำเนินการ / ระยะเวลา / ผู้รับผิดชอบ / การติดตามและรายงานผล. The columns are narrow, so every cell
        wraps over several lines and the lines of neighbouring cells are interleaved in the space-aligned text; steps
        '๑) ๒) ๓)' break mid-phrase. Header row repeated after the form feed (w:tblHeader in the source) - its three-line wrapped
        header cells ('การติดตามและ / รายงานผล') come out as three text lines; footer 'หน้า n จาก N'. Thai-digit
        numbers ๑–๗ in the 'ที่' column. Every activity has steps, period, responsible unit and a reporting line (monitoring
        present); no output/outcome columns. COMPLETE. The source DOCX/PDF are in make/build/. Unit = activity (๑–๗).""")


if __name__ == '__main__':
    build()
