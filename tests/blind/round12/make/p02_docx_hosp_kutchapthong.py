"""p02: ordinary community-hospital action plan DOCX (TH Sarabun New, landscape), MOPH-style columns."""
import os
from common import *

NAME = 'p02_hosp_kutchapthong_plan_2570'
AG = 'โรงพยาบาลกุดจับทอง'

U = [
    dict(num='1', title='โครงการเผยแพร่ข้อมูลสาธารณะของโรงพยาบาลผ่านเว็บไซต์ (MOIT/ITA)',
         obj='เพื่อให้ข้อมูลตามเกณฑ์ MOIT และ OIT ครบถ้วนเป็นปัจจุบัน', outcome='ผ่านเกณฑ์ MOIT ครบ 22 ข้อ',
         budget='ไม่ใช้งบประมาณ', period='ต.ค. 69 – ก.ย. 70', resp='กลุ่มงานบริหารทั่วไป / งานสารสนเทศ'),
    dict(num='2', title='กิจกรรมประกาศเจตนารมณ์ต่อต้านการทุจริตและ No Gift Policy',
         obj='เพื่อแสดงเจตนารมณ์ของผู้บริหารและบุคลากร', outcome='บุคลากรร่วมลงนามร้อยละ 100',
         budget='2,000', period='ต.ค. – ธ.ค. 69', resp='ผู้อำนวยการโรงพยาบาล / กลุ่มงานบริหารทั่วไป'),
    dict(num='3', title='โครงการอบรมเสริมสร้างคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน',
         obj='เพื่อให้บุคลากรมีความรู้เรื่องผลประโยชน์ทับซ้อน', outcome='ผู้เข้าอบรมมีความรู้เพิ่มขึ้นร้อยละ 80',
         budget='15,000', period='ก.พ. – มี.ค. 70', resp='กลุ่มงานพัฒนาทรัพยากรบุคคล'),
    dict(num='4', title='กิจกรรมตรวจสอบการใช้รถราชการและทรัพย์สินของโรงพยาบาล',
         obj='เพื่อป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน', outcome='ไม่พบการใช้ทรัพย์สินผิดวัตถุประสงค์',
         budget='ไม่ใช้งบประมาณ', period='ต.ค. 69 – ก.ย. 70', resp='-'),
    dict(num='5', title='กิจกรรมประเมินความเสี่ยงการทุจริตในการจัดซื้อจัดจ้างยาและเวชภัณฑ์',
         obj='เพื่อวิเคราะห์และจัดการความเสี่ยงการทุจริต', outcome='มีแผนบริหารความเสี่ยงการทุจริต 1 ฉบับ',
         budget='ไม่ใช้งบประมาณ', period='ต.ค. 68 – ก.ย. 69', resp='กลุ่มงานเภสัชกรรม / งานพัสดุ'),
    dict(num='6', title='กิจกรรมรับฟังความคิดเห็นผู้รับบริการและจัดการเรื่องร้องเรียน',
         obj='เพื่อปรับปรุงบริการและตอบสนองเรื่องร้องเรียนอย่างเป็นระบบ', outcome='เรื่องร้องเรียนได้รับการแก้ไขภายใน 15 วันร้อยละ 90',
         budget='3,000', period='ต.ค. 69 – ก.ย. 70', resp='ศูนย์รับเรื่องร้องเรียน'),
]


def build():
    doc = new_doc('TH Sarabun New', 15, landscape=True, margins=(1.8, 1.5, 1.5, 1.5))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, 'โรงพยาบาลกุดจับทอง สำนักงานสาธารณสุขจังหวัดอุดรธานีทอง', size=12)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(fp, 'หน้า '); add_field(fp.add_run(), 'PAGE')
    para(doc, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส (ITA) โรงพยาบาลกุดจับทอง', bold=True, size=18, align='center')
    para(doc, 'ปีงบประมาณ 2570', bold=True, size=18, align='center')
    para(doc, ('ยุทธศาสตร์: Governance Excellence (บริหารเป็นเลิศด้วยธรรมาภิบาล)   ตัวชี้วัด: ร้อยละของหน่วยงานในสังกัด'
               'กระทรวงสาธารณสุขผ่านเกณฑ์การประเมิน ITA'), size=14)
    para(doc, '')
    rows = [[u['num'], u['title'], u['obj'], u['outcome'], u['budget'], u['period'], u['resp']] for u in U]
    t = simple_table(doc, ['ลำดับ', 'โครงการ/กิจกรรม', 'วัตถุประสงค์', 'ตัวชี้วัด/ค่าเป้าหมาย', 'งบประมาณ (บาท)', 'ระยะเวลา',
                           'ผู้รับผิดชอบ'], rows, [1.4, 6.2, 5.2, 4.5, 2.6, 2.8, 4.0], size=14, shade_header='D9E2F3')
    r = t.add_row().cells
    c = r[0].merge(r[3]); cell_text(c, 'รวมงบประมาณทั้งสิ้น', bold=True, size=14)
    cell_text(r[4], '20,000', bold=True, size=14)
    para(doc, '')
    for s in ['ผู้จัดทำแผน  นางสาวปวีณา  ศรีสะอาด  นักจัดการงานทั่วไป', 'ผู้อนุมัติแผน  นายแพทย์ธนวัฒน์  ใจมั่น  ผู้อำนวยการโรงพยาบาลกุดจับทอง']:
        para(doc, s, align='right', size=14)
    doc.save(os.path.join(OUT, NAME + '.docx'))
    soffice_pdf(os.path.join(OUT, NAME + '.docx'))
    write_truth(NAME + '.docx', 'plan', 2570, AG, 'activity', U,
                ['no steps/method column anywhere: steps missing for every activity (วัตถุประสงค์ is an objective, not a method)',
                 'no monitoring or reporting stated anywhere',
                 'activity 4: responsible "-"',
                 'activity 5: period "ต.ค. 68 – ก.ย. 69" is FY 2569, not the plan year 2570 (present but wrong year)'],
                'Ordinary MOPH-style hospital action plan: landscape 7-column Word table (ลำดับ / โครงการ/กิจกรรม / '
                'วัตถุประสงค์ / ตัวชี้วัด/ค่าเป้าหมาย / งบประมาณ / ระยะเวลา / ผู้รับผิดชอบ), header repeated, a merged total row '
                '"รวมงบประมาณทั้งสิ้น" at the end (not an activity). ตัวชี้วัด labelled outcome; output never stated (plan).')


if __name__ == '__main__':
    build()
