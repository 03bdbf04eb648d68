"""m01: ordinary municipality measures DOCX (TH SarabunIT๙-like: TH Sarabun New), analysis + landscape table with group rows."""
import os
from docx.enum.section import WD_SECTION
from common import *

NAME = 'm01_tt_nakhunyai_measures_2570'
AG = 'เทศบาลตำบลนาคูณใหญ่'

U = [
    'ประเด็นที่ ๑ การเปิดเผยข้อมูลและการสื่อสารกับประชาชน',
    dict(num='1', title='ปรับปรุงหน้าเว็บไซต์ ITA ให้ค้นหาข้อมูลได้ง่ายและเป็นปัจจุบัน',
         steps='๑) จัดหมวดหมู่ข้อมูลตามตัวชี้วัด OIT\n๒) กำหนดผู้รับผิดชอบรายข้อ\n๓) ตรวจสอบลิงก์ทุกเดือน',
         period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', resp='สำนักปลัดเทศบาล', monitor='ปลัดเทศบาลตรวจสอบทุกเดือนและรายงานนายกเทศมนตรี',
         outcome='ข้อมูล OIT ครบถ้วนร้อยละ ๑๐๐'),
    dict(num='2', title='ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริตให้ประชาชนรับรู้',
         steps='๑) จัดทำป้ายและสื่อออนไลน์\n๒) ประชาสัมพันธ์ผ่านหอกระจายข่าวทุกหมู่บ้าน',
         period='พ.ย. ๒๕๖๙ – มี.ค. ๒๕๗๐', resp='สำนักปลัดเทศบาล (งานนิติการ)', monitor='รายงานจำนวนเรื่องร้องเรียนในที่ประชุมพนักงานประจำเดือน',
         outcome='ประชาชนรู้จักช่องทางร้องเรียนเพิ่มขึ้น (คะแนน EIT ข้อ e๑๒ เพิ่มขึ้น)'),
    'ประเด็นที่ ๒ การป้องกันการทุจริตในการปฏิบัติหน้าที่',
    dict(num='3', title='จัดทำแนวปฏิบัติการไม่รับของขวัญและประโยชน์ใด ๆ (No Gift Policy)',
         steps='๑) นายกเทศมนตรีประกาศนโยบาย\n๒) แจ้งเวียนและติดประกาศในสำนักงาน\n๓) จัดทำทะเบียนการรับของขวัญ',
         period='ต.ค. – ธ.ค. ๒๕๖๙', resp='งานการเจ้าหน้าที่', monitor='รายงานทะเบียนการรับของขวัญต่อนายกเทศมนตรีรายไตรมาส',
         outcome='ไม่มีการรับของขวัญที่ขัดต่อประกาศ'),
    dict(num='4', title='ตรวจสอบการใช้ทรัพย์สินของราชการและรถยนต์ส่วนกลาง',
         steps='๑) ใช้แบบขออนุญาตยืมทรัพย์สิน\n๒) บันทึกการใช้รถทุกครั้ง',
         period='ตลอดปีงบประมาณ ๒๕๗๐', resp='กองคลัง (งานพัสดุ)', monitor='',
         outcome='ไม่พบการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน'),
    'ประเด็นที่ ๓ การบริหารงานบุคคลและวัฒนธรรมองค์กร',
    dict(num='5', title='อบรมเสริมสร้างความรู้เรื่องผลประโยชน์ทับซ้อนแก่ผู้บริหาร สมาชิกสภา และพนักงาน',
         steps='๑) จัดทำโครงการอบรม\n๒) เชิญวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด\n๓) ประเมินผลก่อน-หลังอบรม',
         period='ก.พ. – เม.ย. ๒๕๗๐', resp='งานการเจ้าหน้าที่ สำนักปลัด', monitor='สรุปผลการอบรมรายงานนายกเทศมนตรีภายใน ๓๐ วัน',
         outcome='ผู้เข้าอบรมร้อยละ ๘๐ มีคะแนนทดสอบหลังอบรมเพิ่มขึ้น'),
    dict(num='6', title='ยกย่องบุคลากรต้นแบบด้านคุณธรรมจริยธรรม',
         steps='๑) กำหนดหลักเกณฑ์การคัดเลือก\n๒) คัดเลือกและประกาศยกย่องในวันเทศบาล',
         period='ม.ค. – เม.ย. ๒๕๗๐', resp='สำนักปลัดเทศบาล', monitor='รายงานผลการคัดเลือกต่อคณะผู้บริหาร',
         outcome='-'),
]


def build():
    doc = new_doc('TH Sarabun New', 16, margins=(2.5, 2.0, 2.0, 3.0))
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, '- '); add_field(fp.add_run(), 'PAGE'); add_run(fp, ' -')
    page_numbering_thai(sec)
    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=18, align='center')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, size=18, align='center')
    para(doc, AG + ' อำเภอนาคูณใหญ่ จังหวัดศรีบัวทอง', bold=True, align='center')
    para(doc, '')
    para(doc, '๑. การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True)
    para(doc, ('          เทศบาลตำบลนาคูณใหญ่ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ได้คะแนน ๘๖.๓๓ คะแนน '
               'อยู่ในระดับ ผ่าน โดยมีคะแนนแยกตามเครื่องมือ ดังนี้'), align='justify')
    st = doc.add_table(rows=4, cols=2); st.style = 'Table Grid'
    for r, (a, b) in enumerate([('เครื่องมือการประเมิน', 'คะแนน'), ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', '๘๙.๑๒'),
                                ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', '๘๑.๔๐'),
                                ('แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', '๘๗.๕๐')]):
        cell_text(st.cell(r, 0), a, bold=(r == 0)); cell_text(st.cell(r, 1), b, bold=(r == 0), align='center')
    col_widths(st, [11.0, 4.0])
    para(doc, '')
    para(doc, '     ๑.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', bold=True)
    for s in ['(๑) ผู้รับบริการยังไม่ทราบช่องทางการร้องเรียนการทุจริต (EIT ตัวชี้วัดที่ ๑๒ ได้คะแนนต่ำ)',
              '(๒) ข้อมูลบนเว็บไซต์บางรายการไม่เป็นปัจจุบัน ลิงก์เสีย และค้นหายาก (OIT)']:
        para(doc, s, indent=1.5)
    para(doc, '     ๑.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True)
    for s in ['(๑) การป้องกันผลประโยชน์ทับซ้อนและการใช้ทรัพย์สินของราชการ (IIT ตัวชี้วัดที่ ๔)',
              '(๒) การส่งเสริมวัฒนธรรมองค์กรด้านคุณธรรมจริยธรรม']:
        para(doc, s, indent=1.5)
    new = doc.add_section(WD_SECTION.NEW_PAGE); set_landscape(new)
    new.top_margin = new.bottom_margin = Cm(1.8); new.left_margin = new.right_margin = Cm(1.8)
    para(doc, '๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True)
    rows = []
    for u in U:
        if isinstance(u, str):
            rows.append(('GROUP', u, 'FFF2CC'))
        else:
            rows.append([th(u['num']), u['title'], u['steps'], u['period'], u['resp'], u['monitor'], u['outcome']])
    simple_table(doc, ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'การกำกับติดตาม',
                       'ตัวชี้วัดความสำเร็จ'], rows, [1.0, 5.0, 6.0, 3.0, 3.2, 4.2, 3.7], size=15, repeat=False)
    para(doc, '')
    for s in ['ประกาศ ณ วันที่ ๒๐ ตุลาคม พ.ศ. ๒๕๖๙', '', '(นายบุญเลิศ  คำภูเงิน)', 'นายกเทศมนตรีตำบลนาคูณใหญ่']:
        para(doc, s, align='center')
    doc.save(os.path.join(OUT, NAME + '.docx'))
    units = [u for u in U if not isinstance(u, str)]
    write_truth(NAME + '.docx', 'measures', 2570, AG, 'measure', units,
                ['measure 4: monitoring cell empty', 'measure 6: indicator "-" (outcome missing)'],
                'Ordinary municipality DOCX: portrait analysis (IIT/EIT/OIT table, 86.33 ผ่าน consistent with the tool scores '
                'being reported only), both NACC sections ๑.๑ / ๑.๒ with (๑)(๒) items; a NEW-PAGE landscape section holds '
                'the 7-column measure table with Thai-digit numbers ๑–๖ in "ที่", header row not marked repeating, merged '
                'shaded group rows "ประเด็นที่ ๑–๓" (not measures). Indicator column labelled outcome; output never stated '
                '(measures document). Announcement date + signature after the table.',
                sections={'weaknesses': 'present', 'improvements': 'present'})


if __name__ == '__main__':
    build()
