"""p03: สำนักงานยุติธรรมจังหวัดหนองผือ plan FY2570 - ordinary portrait Word file exported to PDF, with real Word
FOOTNOTES (quarter definitions, a note on the community justice centres) printed at the foot of the page; 7-column
table (Thai digits, header repeated), periods given as 'ไตรมาส ๑–๔' with a footnote mark; general monitoring section;
signature table."""
import os, shutil
from common import *
from docxkit import *

NAME = 'p03_moj_nongphue_plan_2570'
AG = 'สำนักงานยุติธรรมจังหวัดหนองผือ'
HDR = ['ที่', 'กิจกรรม/โครงการ', 'วิธีการดำเนินการ', 'ตัวชี้วัด', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'งบประมาณ']
FOOT = ['ศูนย์ยุติธรรมชุมชนในจังหวัดหนองผือ ๑๒ แห่ง ครอบคลุม ๘ อำเภอ',
        'ไตรมาส ๑ = ต.ค. – ธ.ค. ๒๕๖๙  ไตรมาส ๒ = ม.ค. – มี.ค. ๒๕๗๐  ไตรมาส ๓ = เม.ย. – มิ.ย. ๒๕๗๐  ไตรมาส ๔ = ก.ค. – ก.ย. ๒๕๗๐',
        'งบประมาณจากแผนงานบูรณาการต่อต้านการทุจริตและประพฤติมิชอบ กระทรวงยุติธรรม']
# no, activity, steps, indicator, period, responsible, budget ; '^n' marks a footnote reference after the cell text
ROWS = [
    ('๑', 'เผยแพร่ข้อมูลการให้บริการกองทุนยุติธรรมและขั้นตอนการขอรับความช่วยเหลือ',
     '๑) จัดทำอินโฟกราฟิกขั้นตอนและเอกสาร\n๒) เผยแพร่ทางเว็บไซต์ เพจ และศูนย์ยุติธรรมชุมชน^1',
     'ประชาชนเข้าถึงข้อมูลกองทุนยุติธรรมครบ ๘ อำเภอ', 'ไตรมาส ๑–๔^2', 'กลุ่มงานกองทุนยุติธรรม', '-'),
    ('๒', 'ป้องกันการเรียกรับผลประโยชน์ในการพิจารณาคำขอรับความช่วยเหลือจากกองทุนยุติธรรม',
     '๑) พิจารณาคำขอตามลำดับการยื่นในระบบ\n๒) แจ้งผลการพิจารณาเป็นหนังสือพร้อมเหตุผล\n๓) ประกาศช่องทางร้องเรียนในหนังสือแจ้งผล',
     'ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์', 'ไตรมาส ๑–๔', 'กลุ่มงานกองทุนยุติธรรม / ยุติธรรมจังหวัด', '-'),
    ('๓', 'เปิดเผยข้อมูลการจ่ายเงินค่าตอบแทนผู้เสียหายและจำเลยในคดีอาญา',
     '๑) สรุปจำนวนคำขอและเงินที่จ่ายรายไตรมาส\n๒) เผยแพร่ข้อมูลแบบไม่ระบุตัวตนบนเว็บไซต์',
     'เผยแพร่ข้อมูลครบ ๔ ไตรมาส', 'ไตรมาส ๑–๔', 'กลุ่มงานช่วยเหลือเหยื่ออาชญากรรม', '-'),
    ('๔', 'อบรมเครือข่ายยุติธรรมชุมชนด้านการเฝ้าระวังและแจ้งเบาะแสการทุจริต',
     '๑) จัดอบรมเครือข่าย ๒ รุ่น\n๒) จัดทำช่องทางแจ้งเบาะแสผ่าน LINE OA',
     'เครือข่ายผ่านการอบรมไม่น้อยกว่า ๑๒๐ คน', 'ไตรมาส ๒–๓', 'กลุ่มงานยุติธรรมชุมชน', '๔๘,๐๐๐^3'),
    ('๕', 'ควบคุมการใช้รถราชการและน้ำมันเชื้อเพลิง',
     '๑) ขออนุญาตใช้รถผ่านระบบสารบรรณอิเล็กทรอนิกส์\n๒) ตรวจสอบเลขไมล์เทียบใบเบิกน้ำมันรายเดือน',
     'ไม่พบการใช้รถราชการผิดวัตถุประสงค์', 'ไตรมาส ๑–๔', 'ฝ่ายบริหารทั่วไป', '-'),
    ('๖', 'ประกาศนโยบายไม่รับของขวัญและของกำนัล (No Gift Policy) และกิจกรรมประกาศเจตนารมณ์',
     '๑) ยุติธรรมจังหวัดลงนามประกาศนโยบาย\n๒) บุคลากรร่วมกิจกรรมประกาศเจตนารมณ์ต่อต้านการทุจริต',
     'บุคลากรร่วมกิจกรรมร้อยละ ๑๐๐', 'ไตรมาส ๑', 'ฝ่ายบริหารทั่วไป', '-'),
    ('๗', 'สำรวจความพึงพอใจผู้รับบริการและนำข้อเสนอแนะมาปรับปรุงการให้บริการ',
     '๑) สำรวจผ่าน QR Code ณ จุดบริการ\n๒) วิเคราะห์ข้อเสนอแนะและจัดทำแนวทางปรับปรุง',
     'ความพึงพอใจไม่น้อยกว่าร้อยละ ๘๕', 'ไตรมาส ๒ และไตรมาส ๔', 'ทุกกลุ่มงาน', '-'),
]
W = [0.8, 3.6, 4.1, 2.8, 1.8, 2.3, 2.0]


def put(cell, text, size=12, align=None):
    cell.text = ''
    for i, line in enumerate(text.split('\n')):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        fn = None
        if '^' in line:
            line, fn = line.rsplit('^', 1)
        add_runs(p, line, size=size)
        if fn:
            footnote_ref(p, int(fn))
        if align is not None:
            p.alignment = align


def build():
    doc = new_document('Laksaman', 15, margins_cm=(2.0, 1.8, 2.0, 1.8))
    add_footnotes(doc, FOOT, font='Laksaman', size=11)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = CENTER
    cs_run(fp.add_run('- '), size=12); field(fp, 'PAGE', size=12); cs_run(fp.add_run(' -'), size=12)
    para(doc, 'แผนการขับเคลื่อนการยกระดับคุณธรรมและความโปร่งใส', bold=True, size=18, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, size=18, align=CENTER)
    para(doc, 'สำนักงานยุติธรรมจังหวัดหนองผือ  สำนักงานปลัดกระทรวงยุติธรรม', bold=True, size=16, align=CENTER, space_after=8)
    para(doc, 'หลักการและเหตุผล', bold=True)
    para(doc, 'สำนักงานปลัดกระทรวงยุติธรรมได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) '
         'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ได้คะแนน ๙๓.๓๖ คะแนน ผ่านเกณฑ์การประเมิน สำนักงานยุติธรรมจังหวัดหนองผือในฐานะ'
         'หน่วยงานในสังกัดจึงจัดทำแผนการขับเคลื่อนฉบับนี้ เพื่อรักษาและยกระดับมาตรฐานความโปร่งใสในการให้บริการ'
         'กองทุนยุติธรรม การช่วยเหลือเหยื่ออาชญากรรม และงานยุติธรรมชุมชน', first_line_cm=1.25, align=JUSTIFY, space_after=6)
    para(doc, 'กิจกรรม/โครงการตามแผน', bold=True, space_after=4)
    t = table(doc, 1 + len(ROWS), len(HDR))
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, size=12, align=CENTER, shade='DDEBF7', valign='center')
    repeat_header(t.rows[0])
    for ri, r in enumerate(ROWS, start=1):
        for ci, v in enumerate(r):
            put(t.rows[ri].cells[ci], v, 12, CENTER if ci in (0, 4, 6) else None)
    col_widths(t, W)
    para(doc, '')
    para(doc, 'การติดตามและประเมินผล', bold=True)
    para(doc, 'ฝ่ายบริหารทั่วไปติดตามผลการดำเนินงานตามแผนจากกลุ่มงานที่รับผิดชอบทุกไตรมาส สรุปเสนอยุติธรรมจังหวัดหนองผือ '
         'และรายงานสำนักงานปลัดกระทรวงยุติธรรมผ่านระบบติดตามและประเมินผล รอบ ๖ เดือน และรอบ ๑๒ เดือน',
         first_line_cm=1.25, align=JUSTIFY, space_after=10)
    st = table(doc, 4, 2, style='Normal Table')
    names = [('ผู้จัดทำแผน', 'ผู้อนุมัติแผน'), ('ลงชื่อ ..................................', 'ลงชื่อ ..................................'),
             ('(นางสาวรัตนาภรณ์ ผือคำ)', '(นายธีรศักดิ์ หนองผือวงศ์)'), ('หัวหน้าฝ่ายบริหารทั่วไป', 'ยุติธรรมจังหวัดหนองผือ')]
    for i, (a, b) in enumerate(names):
        cell_text(st.rows[i].cells[0], a, size=14, align=CENTER)
        cell_text(st.rows[i].cells[1], b, size=14, align=CENTER)
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, NAME + '.pdf'))

    ms = [M(r[0], r[1], 'o') for r in ROWS]
    write_truth(NAME + '.pdf', 'plan', 2570, AG, 'activity', ms, problems=[],
                notes="""Ordinary portrait Word plan (Laksaman) exported to PDF, with REAL Word footnotes: superscript
        marks in three table cells (activity ๑'s steps '…ศูนย์ยุติธรรมชุมชน¹' and its period 'ไตรมาส ๑–๔²', activity ๔'s
        budget '๔๘,๐๐๐³') and the footnote texts printed at the foot of the page under a separator line - footnote ²
        defines the quarters (ไตรมาส ๑ = ต.ค. – ธ.ค. ๒๕๖๙ …), so 'ไตรมาส …' periods are present for every activity.
        7-column table ที่ / กิจกรรม/โครงการ / วิธีการดำเนินการ / ตัวชี้วัด / ระยะเวลา / ผู้รับผิดชอบ / งบประมาณ, Thai digits,
        header repeated. A general 'การติดตามและประเมินผล' section after the table (quarterly follow-up and 6/12-month
        reports) gives monitoring for every activity. ตัวชี้วัด labelled outcome; output missing (plan). Borderless
        signature table ผู้จัดทำแผน / ผู้อนุมัติแผน. Score 93.36 ผ่าน consistent. COMPLETE for a plan. Unit = activity.""")


if __name__ == '__main__':
    build()
