"""r01: ordinary อบต. results report, portrait Word table exported to PDF by LibreOffice (Loma), Thai digits."""
import os, shutil
from common import *

NAME = 'r01_obt_huaibongnuea_results_2569'
AG = 'องค์การบริหารส่วนตำบลห้วยบงเหนือ'

U = [
    dict(num='1', title='มาตรการเผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงาน',
         steps='๑) แต่งตั้งผู้รับผิดชอบการนำข้อมูลขึ้นเว็บไซต์\n๒) ตรวจสอบข้อมูลตามรายการ OIT ทุกเดือน\n๓) รายงานผลการปรับปรุงข้อมูลต่อนายก อบต. ทุกไตรมาส',
         resp='สำนักปลัด (งานประชาสัมพันธ์)', period='ต.ค. ๖๘ – ก.ย. ๖๙',
         output='ปรับปรุงข้อมูลบนเว็บไซต์ครบ ๓๓ รายการ และรายงานผลต่อนายก อบต. ๔ ครั้ง',
         outcome='ประชาชนเข้าถึงข้อมูลได้สะดวก ผลคะแนน OIT เพิ่มขึ้นจากปีก่อน', force={'monitoring': 'present'}),
    dict(num='2', title='มาตรการป้องกันการรับสินบนและการรับของขวัญ (No Gift Policy)',
         steps='๑) ประกาศเจตนารมณ์ไม่รับของขวัญทุกชนิดจากการปฏิบัติหน้าที่\n๒) ประชาสัมพันธ์ประกาศผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์',
         resp='สำนักปลัด', period='ต.ค. – ธ.ค. ๒๕๖๘',
         output='ประกาศเจตนารมณ์ฯ ลงวันที่ ๑๕ ตุลาคม ๒๕๖๘ และเผยแพร่แล้ว',
         outcome='บุคลากรรับทราบแนวปฏิบัติ ไม่พบการรับของขวัญในช่วงเทศกาลปีใหม่'),
    dict(num='3', title='มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
         steps='๑) จัดทำคู่มือการจัดการเรื่องร้องเรียน\n๒) เปิดช่องทางร้องเรียนออนไลน์ (Line OA / เว็บไซต์)\n๓) บันทึกทะเบียนเรื่องร้องเรียน',
         resp='', period='ตลอดปีงบประมาณ',
         output='มีช่องทางร้องเรียน ๔ ช่องทาง ในปีงบประมาณ ๒๕๖๙ ไม่มีเรื่องร้องเรียนการทุจริต',
         outcome='ประชาชนมีช่องทางแจ้งเบาะแสที่สะดวกและปลอดภัย'),
    dict(num='4', title='มาตรการเปิดเผยการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ',
         steps='๑) จัดทำแผนจัดซื้อจัดจ้างประจำปีและเผยแพร่ภายใน ๓๐ วัน\n๒) สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)\n๓) รายงานผลการใช้จ่ายงบประมาณต่อสภา อบต. ทุก ๖ เดือน',
         resp='กองคลัง', period='ต.ค. ๖๘ – ก.ย. ๖๙',
         output='เผยแพร่แผนจัดซื้อจัดจ้าง ๑ ฉบับ สรุปผล สขร.๑ ครบ ๑๒ เดือน รายงานต่อสภา ๒ ครั้ง',
         outcome='การจัดซื้อจัดจ้างโปร่งใส ตรวจสอบได้ ไม่มีข้อทักท้วงจาก สตง.', force={'monitoring': 'present'}),
    dict(num='5', title='มาตรการส่งเสริมการใช้ทรัพย์สินของราชการอย่างถูกต้อง',
         steps='๑) จัดทำแนวปฏิบัติการยืมพัสดุ/ครุภัณฑ์\n๒) จัดทำแบบฟอร์มขออนุญาตยืมทรัพย์สินของราชการ',
         resp='กองคลัง (งานพัสดุ)', period='ม.ค. – มี.ค. ๒๕๖๙',
         output='จัดทำแนวปฏิบัติและแบบฟอร์มขออนุญาตแล้วเสร็จ เวียนแจ้งทุกกอง',
         outcome='-'),
    dict(num='6', title='กิจกรรมเสริมสร้างวัฒนธรรมสุจริตแก่บุคลากร',
         steps='๑) จัดอบรมคุณธรรมจริยธรรมแก่พนักงานส่วนตำบลและพนักงานจ้าง\n๒) ศึกษาดูงานหน่วยงานต้นแบบ',
         resp='สำนักปลัด (งานการเจ้าหน้าที่)', period='มิ.ย. – ก.ค. ๒๕๖๙',
         output='จัดอบรมเมื่อวันที่ ๑๘ มิถุนายน ๒๕๖๙ ผู้เข้าร่วม ๔๒ คน',
         outcome='-'),
]


def build():
    doc = new_doc('Loma', 12, margins=(2.0, 1.5, 2.0, 2.0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ ปี ๒๕๖๙  |  อบต.ห้วยบงเหนือ'
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, '- '); add_field(fp.add_run(), 'PAGE'); add_run(fp, ' -')
    page_numbering_thai(sec)
    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=15, align='center')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True, size=15, align='center')
    para(doc, AG + ' อำเภอห้วยบง จังหวัดศรีบัวทอง', bold=True, size=14, align='center')
    para(doc, '')
    para(doc, ('          ตามที่องค์การบริหารส่วนตำบลห้วยบงเหนือได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน '
               'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ โดยนำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) '
               'ประจำปี ๒๕๖๘ ซึ่งได้คะแนน ๘๔.๗๒ คะแนน อยู่ในระดับ ไม่ผ่าน มาวิเคราะห์และกำหนดมาตรการ นั้น บัดนี้ได้ดำเนินการ'
               'ตามมาตรการดังกล่าวแล้ว ในช่วงเดือนตุลาคม ๒๕๖๘ ถึงเดือนกันยายน ๒๕๖๙ จึงขอรายงานผลการดำเนินการ ดังนี้'), align='justify')
    para(doc, '')
    rows = [[th(u['num']) + '.', u['title'], u['steps'], u['resp'], u['period'], u['output'], u['outcome']] for u in U]
    simple_table(doc, ['ที่', 'มาตรการ/กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินการ',
                       'ผลลัพธ์'], rows, [0.9, 3.0, 4.2, 2.1, 1.9, 3.0, 2.6], size=11, shade_header='E2EFD9')
    para(doc, '')
    para(doc, 'ปัญหาอุปสรรค : บุคลากรมีภารกิจหลายด้าน ทำให้การปรับปรุงข้อมูลบนเว็บไซต์ล่าช้าในบางเดือน')
    para(doc, 'ข้อเสนอแนะ : ควรมอบหมายผู้รับผิดชอบสำรองในการนำข้อมูลขึ้นเว็บไซต์')
    para(doc, '')
    for t in ['(ลงชื่อ)  ประเสริฐ  ทองบุญ  ผู้รายงาน', '(นายประเสริฐ  ทองบุญ)', 'ปลัดองค์การบริหารส่วนตำบลห้วยบงเหนือ', '',
              '(ลงชื่อ)  สมหมาย  ศรีวงศ์', '(นายสมหมาย  ศรีวงศ์)', 'นายกองค์การบริหารส่วนตำบลห้วยบงเหนือ']:
        para(doc, t, align='center')
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    pdf = soffice_pdf(src)
    shutil.copy(pdf, os.path.join(OUT, NAME + '.pdf'))
    write_truth(NAME + '.pdf', 'results', 2569, AG, 'measure', U,
                ['measure 3: responsible cell empty',
                 'measures 5 and 6: outcome is "-"',
                 'no monitoring/reporting column; monitoring stated only inside the steps of measures 1 and 4 (report to the mayor / council)'],
                'Ordinary portrait Word table exported to PDF: 7 columns, Thai-digit numbers "๑."-"๖." in a "ที่" column, header row '
                'repeated on each page, long rows split by page breaks (tails belong to the row above). Running header and "- n -" '
                'footer. Score sentence in the intro concerns ITA 2568 (84.72 ไม่ผ่าน, consistent). '
                'Monitoring is present only where the steps say the measure is reported (1: to the mayor each quarter; 4: to the council '
                'every 6 months). Signature block after the table.')


if __name__ == '__main__':
    build()
