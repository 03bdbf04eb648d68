"""m03: สำนักงานวัฒนธรรมจังหวัดศรีนคร measures FY2570 - Word export PDF: cover page, portrait analysis with score
table, landscape section with a 7-col table whose header is NOT repeated, numbered group rows '1.' with measures
'1.1'...; running header + 'หน้า n' footer. COMPLETE."""
import os, shutil
from common import *
from docxkit import *

NAME = 'm03_culture_srinakhon_measures_2570'
AG = 'สำนักงานวัฒนธรรมจังหวัดศรีนคร'
G = 'G'
ROWS = [
    (G, '1', 'ด้านการเปิดเผยข้อมูลและความโปร่งใส (OIT)'),
    ('1.1', 'เปิดเผยข้อมูลการสนับสนุนงบประมาณแก่องค์กรเครือข่ายวัฒนธรรมและสภาวัฒนธรรม',
     '1) ประกาศหลักเกณฑ์การขอรับการสนับสนุนงบประมาณ\n2) เผยแพร่รายชื่อองค์กรที่ได้รับการสนับสนุนพร้อมวงเงินบนเว็บไซต์\n3) เผยแพร่รายงานผลการใช้จ่ายเงินขององค์กรเครือข่ายภายใน 30 วันหลังเสร็จโครงการ',
     'กลุ่มยุทธศาสตร์และเฝ้าระวังทางวัฒนธรรม', 'ต.ค. 2569 – ก.ย. 2570',
     'หัวหน้ากลุ่มตรวจสอบความครบถ้วนทุกเดือน และรายงานวัฒนธรรมจังหวัดทุกไตรมาส',
     'ข้อมูลการสนับสนุนงบประมาณเปิดเผยครบถ้วนร้อยละ 100 ตรวจสอบได้'),
    ('1.2', 'ความโปร่งใสในการจัดจ้างจัดงานประเพณีและเทศกาลระดับจังหวัด',
     '1) เผยแพร่ร่างขอบเขตของงาน (TOR) และราคากลางก่อนประกาศเชิญชวน\n2) แต่งตั้งคณะกรรมการตรวจรับที่มีผู้แทนภาคประชาชนร่วมด้วย\n3) เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน',
     'กลุ่มอำนวยการ (งานพัสดุ)', 'พ.ย. 2569 – เม.ย. 2570 (ช่วงเทศกาลลอยกระทงถึงสงกรานต์)',
     'รายงานผลการจัดจ้างต่อวัฒนธรรมจังหวัดหลังเสร็จสิ้นงานแต่ละครั้ง',
     'การจัดจ้างเป็นไปตามระเบียบ ไม่มีข้อร้องเรียนหรือข้ออุทธรณ์'),
    (G, '2', 'ด้านการให้บริการและการสื่อสารกับผู้มีส่วนได้ส่วนเสียภายนอก (EIT)'),
    ('2.1', 'ส่งเสริมการให้บริการข้อมูลทางวัฒนธรรมผ่านระบบออนไลน์',
     '1) พัฒนาระบบขอใช้สถานที่และขอข้อมูลทางวัฒนธรรมผ่าน Google Form และ Line OA\n2) กำหนดมาตรฐานระยะเวลาตอบกลับภายใน 3 วันทำการ\n3) สำรวจความพึงพอใจผู้รับบริการ',
     'กลุ่มส่งเสริมศาสนา ศิลปะ และวัฒนธรรม', 'ต.ค. 2569 – ก.ย. 2570',
     'สรุปสถิติการให้บริการออนไลน์รายไตรมาสเสนอวัฒนธรรมจังหวัด',
     'ผู้รับบริการได้รับบริการภายในกำหนดร้อยละ 95 ความพึงพอใจไม่น้อยกว่าร้อยละ 85'),
    ('2.2', 'จัดการเรื่องร้องเรียนและการแจ้งเบาะแสการทุจริต',
     '1) เปิดช่องทางร้องเรียน 4 ช่องทาง (หนังสือ โทรศัพท์ เว็บไซต์ Line OA)\n2) ลงทะเบียนและแจ้งผู้ร้องภายใน 15 วัน\n3) คุ้มครองข้อมูลผู้ร้องตามแนวทางของสำนักงานปลัดกระทรวงวัฒนธรรม',
     'กลุ่มอำนวยการ', 'ต.ค. 2569 – ก.ย. 2570',
     'รายงานสรุปเรื่องร้องเรียนต่อวัฒนธรรมจังหวัดทุกเดือน และรายงานศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงวัฒนธรรม ทุก 6 เดือน',
     'เรื่องร้องเรียนได้รับการดำเนินการและแจ้งผลครบทุกเรื่อง'),
    (G, '3', 'ด้านวัฒนธรรมองค์กรและการป้องกันผลประโยชน์ทับซ้อน (IIT)'),
    ('3.1', 'ป้องกันผลประโยชน์ทับซ้อนในการคัดเลือกบุคคลเพื่อรับการเชิดชูเกียรติและทุนสนับสนุนศิลปินพื้นบ้าน',
     '1) กำหนดหลักเกณฑ์การคัดเลือกและเผยแพร่ล่วงหน้า\n2) ให้กรรมการคัดเลือกลงนามแบบแสดงความไม่มีส่วนได้เสีย\n3) ประกาศผลการคัดเลือกพร้อมคะแนนโดยสรุป',
     'กลุ่มส่งเสริมศาสนา ศิลปะ และวัฒนธรรม', 'ม.ค. – มี.ค. 2570',
     'วัฒนธรรมจังหวัดกำกับติดตามการคัดเลือก และรายงานผลต่อสำนักงานปลัดกระทรวงวัฒนธรรม',
     'การคัดเลือกเป็นธรรม ไม่มีข้อร้องเรียน'),
    ('3.2', 'เสริมสร้างวัฒนธรรมองค์กร “คนวัฒนธรรม ซื่อสัตย์ สุจริต ไม่ทนต่อการทุจริต”',
     '1) วัฒนธรรมจังหวัดประกาศเจตนารมณ์และนโยบาย No Gift Policy\n2) จัดกิจกรรมเสริมสร้างคุณธรรม “ชุมชนคุณธรรมน้อมนำหลักปรัชญาของเศรษฐกิจพอเพียง”\n3) คัดเลือกบุคลากรต้นแบบด้านคุณธรรม',
     'กลุ่มอำนวยการ (งานบริหารงานบุคคล)', 'ธ.ค. 2569 – ส.ค. 2570',
     'ประเมินผลการรับรู้ของบุคลากรเมื่อสิ้นสุดกิจกรรม และรายงานวัฒนธรรมจังหวัด',
     'บุคลากรร้อยละ 100 รับทราบนโยบาย คะแนน IIT ไม่น้อยกว่า 95 คะแนน'),
]
HDR = ['ลำดับ', 'มาตรการ/แนวทางการดำเนินการ', 'ขั้นตอนการดำเนินการ', 'หน่วยงานผู้รับผิดชอบ', 'ระยะเวลา',
       'การกำกับติดตามและรายงานผล', 'ผลที่คาดว่าจะได้รับ']
W = [1.6, 4.5, 6.3, 3.2, 2.8, 4.2, 4.0]


def build():
    doc = new_document('Sawasdee', 14)
    s0 = doc.sections[0]
    # cover
    for _ in range(6):
        para(doc, '')
    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=20, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2570', bold=True, size=20, align=CENTER)
    for _ in range(8):
        para(doc, '')
    para(doc, AG, bold=True, size=18, align=CENTER)
    para(doc, 'สำนักงานปลัดกระทรวงวัฒนธรรม กระทรวงวัฒนธรรม', size=16, align=CENTER)
    # body portrait
    s1 = portrait_section(doc)
    s1.header.is_linked_to_previous = False; s1.footer.is_linked_to_previous = False
    hp = s1.header.paragraphs[0]; hp.alignment = RIGHT
    add_runs(hp, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปี 2570 | ' + AG, size=10)
    fp = s1.footer.paragraphs[0]; fp.alignment = RIGHT
    cs_run(fp.add_run('หน้า '), size=11); field(fp, 'PAGE', size=11)
    page_number_format(s1, 'decimal', start=1)
    para(doc, '1. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569', bold=True)
    para(doc, 'สำนักงานปลัดกระทรวงวัฒนธรรม ซึ่งสำนักงานวัฒนธรรมจังหวัดเป็นหน่วยงานในสังกัด ได้รับผลการประเมิน ITA '
         'ประจำปีงบประมาณ พ.ศ. 2569 ได้คะแนน 94.05 คะแนน ผ่านเกณฑ์การประเมิน รายละเอียดดังตาราง',
         first_line_cm=1.25, align=JUSTIFY, space_after=4)
    st = table(doc, 5, 3)
    data = [('เครื่องมือการประเมิน', 'น้ำหนัก (ร้อยละ)', 'คะแนน'), ('IIT', '30', '95.10'), ('EIT', '30', '90.40'),
            ('OIT', '40', '96.00'), ('คะแนนรวม', '100', '94.05')]
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            cell_text(st.rows[i].cells[j], v, bold=(i in (0, 4)), align=CENTER, size=13)
    col_widths(st, [6, 4, 3])
    para(doc, '')
    para(doc, '2. การวิเคราะห์ผลการประเมิน', bold=True)
    para(doc, '2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', bold=True, indent_cm=0.6)
    for s in ['1) คะแนน EIT ต่ำที่สุด (90.40) ผู้รับบริการเห็นว่าการขอใช้สถานที่และขอข้อมูลทางวัฒนธรรมยังต้องเดินทางมาติดต่อด้วยตนเอง',
              '2) การเปิดเผยข้อมูลการสนับสนุนงบประมาณแก่องค์กรเครือข่ายยังไม่ครอบคลุมผลการใช้จ่ายเงิน']:
        para(doc, s, indent_cm=1.2, align=JUSTIFY)
    para(doc, '2.2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True, indent_cm=0.6)
    for s in ['1) การคัดเลือกบุคคลเพื่อรับการเชิดชูเกียรติควรเปิดเผยหลักเกณฑ์และผลคะแนนเพื่อลดข้อสงสัยเรื่องความเป็นธรรม',
              '2) การจัดจ้างจัดงานประเพณีระดับจังหวัดซึ่งมีวงเงินสูงควรเปิดโอกาสให้ภาคประชาชนมีส่วนร่วมตรวจสอบ',
              '3) การสร้างวัฒนธรรมองค์กรด้านการไม่รับของขวัญควรดำเนินการต่อเนื่อง']:
        para(doc, s, indent_cm=1.2, align=JUSTIFY)
    # landscape table
    s2 = landscape_section(doc)
    para(doc, '3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', bold=True, space_after=4)
    t = table(doc, 1 + len(ROWS), 7)
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, size=12, align=CENTER, shade='FBE4D5', valign='center')
    for ri, r in enumerate(ROWS, start=1):
        c = t.rows[ri].cells
        if r[0] == G:
            cell_text(c[0], r[1], bold=True, size=12, align=CENTER, shade='F2F2F2')
            m = c[1].merge(c[6])
            cell_text(m, r[2], bold=True, size=12, shade='F2F2F2')
            continue
        for ci, v in enumerate(r):
            cell_text(c[ci], v, size=12, align=CENTER if ci == 0 else None)
    col_widths(t, W)
    s3 = portrait_section(doc)
    para(doc, '')
    para(doc, 'ประกาศ ณ วันที่ 20 ตุลาคม พ.ศ. 2569', indent_cm=6)
    para(doc, '')
    for line in ['(ลงชื่อ) ...........................................', '(นางพัชรินทร์ ดวงแก้ว)', 'วัฒนธรรมจังหวัดศรีนคร']:
        para(doc, line, align=CENTER, indent_cm=5)
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    pdf = soffice_pdf(src)
    shutil.copy(pdf, os.path.join(OUT, NAME + '.pdf'))
    ms = [M(r[0], r[1], 'o') for r in ROWS if r[0] != G]
    write_truth(NAME + '.pdf', 'measures', 2570, AG, 'measure', ms,
                sections={'weaknesses': 'present', 'improvements': 'present'}, problems=[],
                notes="""COMPLETE (output is not expected in a measures document and is missing throughout). Word export
        (Sawasdee): section 1 cover page without header/footer; section 2 portrait with running header 'title ปี 2570 |
        agency' and footer 'หน้า n' restarting at 1: ITA 2569 score of the parent ministry office with a 3-tool table
        (0.3*95.10+0.3*90.40+0.4*96.00 = 94.05, consistent) and both analysis sub-sections 2.1/2.2 with '1) 2)' items;
        section 3 landscape: 7-column table whose header row is NOT marked to repeat, so later pages start straight
        with body rows or with the tail of a row split by the page break. NUMBERED group rows ('1', '2', '3' in the
        ลำดับ column + merged title 'ด้าน... (OIT/EIT/IIT)') are not measures; measures are 1.1-3.2. Measure titles
        do not start with 'มาตรการ'. 'ผลที่คาดว่าจะได้รับ' is the outcome; 'การกำกับติดตามและรายงานผล' the monitoring.
        Section 4 portrait: announcement date and signature.""")


if __name__ == '__main__':
    build()
