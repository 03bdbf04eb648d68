"""r04: ordinary text upload = `pdftotext -layout` of a landscape Word PDF (Garuda), 8 columns, group rows."""
import os, subprocess
from common import *

NAME = 'r04_tm_phonsawangthong_results_2569'
AG = 'เทศบาลเมืองโพนสว่างทอง'

G1 = 'ด้านที่ 1 การเปิดเผยข้อมูลและการเข้าถึงข้อมูลของประชาชน'
G2 = 'ด้านที่ 2 การป้องกันการทุจริตและผลประโยชน์ทับซ้อน'
G3 = 'ด้านที่ 3 การบริหารงานบุคคลและการใช้ทรัพย์สินของราชการ'
U = [
    G1,
    dict(num='1', title='ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์เทศบาลให้เป็นปัจจุบัน',
         steps='1) ทบทวนรายการข้อมูลตามแบบ OIT\n2) มอบหมายกอง/สำนักส่งข้อมูลทุกวันที่ 5 ของเดือน',
         resp='สำนักปลัดเทศบาล (ฝ่ายประชาสัมพันธ์)', period='ต.ค. 2568 – ก.ย. 2569',
         output='ปรับปรุงข้อมูลครบ 33 ข้อ ภายใน มี.ค. 2569', outcome='ผลคะแนน OIT ปี 2569 เพิ่มเป็น 96.50 คะแนน',
         monitor='รายงานความก้าวหน้าในที่ประชุมหัวหน้าส่วนราชการทุกเดือน'),
    dict(num='2', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน',
         steps='1) กองคลังสรุปผลการจัดซื้อจัดจ้างตามแบบ สขร.1\n2) นำขึ้นเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป',
         resp='กองคลัง', period='ต.ค. 2568 – ก.ย. 2569',
         output='เผยแพร่สรุปผลครบ 12 เดือน', outcome='ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้ทุกเดือน',
         monitor='-'),
    dict(num='3', title='จัดทำคู่มือการให้บริการประชาชนทุกงานบริการ',
         steps='1) รวบรวมงานบริการ 18 งาน\n2) จัดทำคู่มือและเผยแพร่ ณ ศูนย์บริการร่วม',
         resp='สำนักปลัดเทศบาล', period='พ.ย. 2568 – ก.พ. 2569',
         output='จัดทำคู่มือครบ 18 งานบริการ', outcome='ผู้รับบริการทราบขั้นตอนและระยะเวลา ลดการติดต่อซ้ำ',
         monitor='ปลัดเทศบาลตรวจสอบและรายงานนายกเทศมนตรี'),
    G2,
    dict(num='4', title='ประกาศเจตนารมณ์และมาตรการไม่รับของขวัญ (No Gift Policy)',
         steps='1) นายกเทศมนตรีประกาศเจตนารมณ์\n2) แจ้งเวียนบุคลากรทุกคนและเผยแพร่ทางเว็บไซต์',
         resp='สำนักปลัดเทศบาล', period='......',
         output='ประกาศเจตนารมณ์และเผยแพร่แล้ว', outcome='ไม่พบการรับของขวัญในเทศกาลปีใหม่และสงกรานต์',
         monitor='ฝ่ายนิติการรวบรวมรายงานการรับของขวัญเสนอนายกเทศมนตรีรายไตรมาส'),
    dict(num='5', title='อบรมให้ความรู้เรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม',
         steps='1) จัดอบรมพนักงานเทศบาลและพนักงานจ้าง\n2) ทำแบบทดสอบก่อน-หลังการอบรม',
         resp='ฝ่ายการเจ้าหน้าที่ สำนักปลัด', period='มี.ค. 2569',
         output='อบรมเมื่อ 20 มี.ค. 2569 ผู้เข้าร่วม 112 คน', outcome='คะแนนทดสอบหลังอบรมเฉลี่ยร้อยละ 86',
         monitor='-'),
    G3,
    dict(num='6', title='เปิดเผยหลักเกณฑ์การประเมินผลการปฏิบัติงานและการเลื่อนเงินเดือน',
         steps='1) ประกาศหลักเกณฑ์การประเมินให้บุคลากรทราบ\n2) เผยแพร่ผลการเลื่อนขั้นเงินเดือนแบบภาพรวม',
         resp='ฝ่ายการเจ้าหน้าที่ สำนักปลัด', period='ต.ค. 2568 และ เม.ย. 2569',
         output='ประกาศหลักเกณฑ์ 2 รอบการประเมิน', outcome='อยู่ระหว่างดำเนินการ',
         monitor='รายงานผลต่อคณะกรรมการพนักงานเทศบาลจังหวัด'),
    dict(num='7', title='ควบคุมการใช้รถยนต์ส่วนกลางและทรัพย์สินของเทศบาล',
         steps='1) ใช้แบบขออนุญาตใช้รถยนต์ส่วนกลาง\n2) บันทึกสมุดควบคุมการใช้รถทุกครั้ง',
         resp='กองช่าง / สำนักปลัด', period='ต.ค. 2568 – ก.ย. 2569',
         output='มีการบันทึกการใช้รถครบทุกคัน (12 คัน)', outcome='ค่าน้ำมันเชื้อเพลิงลดลงร้อยละ 8 เมื่อเทียบกับปี 2568',
         monitor='ตรวจสอบสมุดบันทึกทุกเดือน รายงานปลัดเทศบาล'),
]


def build():
    doc = new_doc('Garuda', 11, landscape=True, margins=(1.8, 1.5, 1.5, 1.5))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = 'เทศบาลเมืองโพนสว่างทอง  รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2569'
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(fp, 'หน้า '); add_field(fp.add_run(), 'PAGE')
    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=14, align='center')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2569 (ข้อมูล ณ วันที่ 30 กันยายน 2569)', bold=True, size=14, align='center')
    para(doc, AG + ' อำเภอเมืองโพนสว่างทอง จังหวัดโพนสว่างทอง', bold=True, size=13, align='center')
    para(doc, '')
    rows = []
    for u in U:
        if isinstance(u, str):
            rows.append(('GROUP', u, 'F2F2F2'))
        else:
            rows.append([u['num'], u['title'], u['steps'], u['resp'], u['period'], u['output'], u['outcome'], u['monitor']])
    simple_table(doc, ['ลำดับ', 'มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน',
                       'ผลลัพธ์', 'การติดตามและรายงานผล'], rows, [1.2, 4.0, 5.0, 2.8, 2.5, 3.5, 3.5, 3.7], size=11)
    para(doc, '')
    para(doc, 'ผู้รายงาน  นางพิมพ์ชนก  วงศ์สวัสดิ์   ตำแหน่ง หัวหน้าฝ่ายบริหารงานทั่วไป', align='right')
    src = os.path.join(BUILD, NAME + '.docx'); doc.save(src)
    pdf = soffice_pdf(src)
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
    with open(os.path.join(OUT, NAME + '.txt'), 'w', encoding='utf-8') as f:
        f.write(txt)
    units = [u for u in U if not isinstance(u, str)]
    write_truth(NAME + '.txt', 'results', 2569, AG, 'measure', units,
                ['measure 4: period is "......" (not filled in)',
                 'measure 6: outcome "อยู่ระหว่างดำเนินการ"',
                 'measures 2 and 5: monitoring column "-"'],
                'Ordinary `pdftotext -layout` text of a landscape Word PDF: 8 space-aligned columns with wrapped, interleaved '
                'cells, running header line, "หน้า n" footer, form feeds; header row repeated after each page break; rows cut by '
                'page breaks continue under the repeated header (not new measures). Unnumbered group rows "ด้านที่ 1–3" are '
                'not measures; measures numbered 1–7 in a "ลำดับ" column.')


if __name__ == '__main__':
    build()
