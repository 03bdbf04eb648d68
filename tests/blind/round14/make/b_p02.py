# p02: department-level plan ("แนวทางและมาตรการในการยกระดับผลการประเมิน ITA"), text from `pdftotext -layout` of a Word PDF
from common import *
NAME = 'p02_dsilk_plan_2570'
AG = 'กรมส่งเสริมหม่อนไหมและผ้าไทย'
A = [
 dict(n='1', issue='การปฏิบัติหน้าที่ (IIT)', t='สื่อสารแนวทางการปฏิบัติงานตามมาตรฐานและระยะเวลาที่กำหนดแก่บุคลากรทุกหน่วยงาน',
      resp='กองการเจ้าหน้าที่', period='ต.ค. – ธ.ค. 69', outc='บุคลากรรับรู้แนวทางร้อยละ 90'),
 dict(n='2', issue='การใช้งบประมาณ (IIT)', t='เผยแพร่แผนการใช้จ่ายงบประมาณและผลการเบิกจ่ายรายไตรมาสให้บุคลากรรับทราบ',
      resp='กองคลัง / กองแผนงาน', period='ต.ค. 69 – ก.ย. 70', outc='เผยแพร่ครบ 4 ไตรมาส'),
 dict(n='3', issue='การใช้อำนาจ (IIT)', t='ประกาศหลักเกณฑ์การประเมินผลการปฏิบัติราชการและการมอบหมายงานที่เป็นธรรม',
      resp='กองการเจ้าหน้าที่', period='ต.ค. 69 และ เม.ย. 70', outc='ประกาศหลักเกณฑ์ก่อนรอบการประเมินทั้ง 2 รอบ'),
 dict(n='4', issue='การแก้ไขปัญหาการทุจริต (IIT)', t='จัดทำแผนบริหารความเสี่ยงการทุจริตในกระบวนงานส่งเสริมและพัฒนาผ้าไทย',
      resp='ศูนย์ปฏิบัติการต่อต้านการทุจริต', period='', outc='มีแผนบริหารความเสี่ยง 1 ฉบับ'),
 dict(n='5', issue='คุณภาพการดำเนินงาน (EIT)', t='เผยแพร่ขั้นตอนและระยะเวลาการขอรับรองตรานกยูงพระราชทานบนเว็บไซต์และศูนย์บริการ',
      resp='สำนักส่งเสริมและพัฒนาหม่อนไหม', period='พ.ย. 69 – ม.ค. 70', outc='ผู้รับบริการพึงพอใจร้อยละ 85'),
 dict(n='6', issue='การปรับปรุงระบบการทำงาน (EIT)', t='เพิ่มช่องทางยื่นคำขอรับรองมาตรฐานผลิตภัณฑ์ไหมผ่านระบบออนไลน์',
      resp='-', period='ม.ค. – ส.ค. 70', outc='เปิดให้บริการออนไลน์อย่างน้อย 2 บริการ'),
 dict(n='7', issue='การเปิดเผยข้อมูล (OIT)', t='ติดตามและรายงานผลการดำเนินการตามแนวทางและมาตรการในการยกระดับผลการประเมิน ITA ต่ออธิบดี รอบ 6 เดือน และ 12 เดือน',
      resp='ศูนย์ปฏิบัติการต่อต้านการทุจริต', period='เม.ย. 70 และ ก.ย. 70', outc='รายงานผลครบ 2 รอบ และเผยแพร่บนเว็บไซต์กรม'),
]

def main():
    d = new_doc('Sawasdee', 12, landscape=True, margins=(1.8, 1.5, 2.0, 1.5))
    header_footer(d.sections[0], 'ศูนย์ปฏิบัติการต่อต้านการทุจริต กรมส่งเสริมหม่อนไหมและผ้าไทย', 'หน้า {PAGE} จาก {NUMPAGES}', size=10)
    para(d, 'แนวทางและมาตรการในการยกระดับผลการประเมิน ITA', bold=True, size=16, align='c')
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2570', bold=True, size=16, align='c')
    para(d, AG + ' กระทรวงเกษตรและสหกรณ์', bold=True, size=16, align='c', space_after=6)
    para(d, ('    ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 กรมส่งเสริมหม่อนไหมและผ้าไทยได้คะแนน 90.47 คะแนน ระดับผ่าน '
             'เพื่อรักษาและยกระดับผลการประเมินในปีงบประมาณ พ.ศ. 2570 ศูนย์ปฏิบัติการต่อต้านการทุจริตจึงได้วิเคราะห์ผลคะแนนรายประเด็น '
             'และกำหนดแนวทางและมาตรการ ดังนี้'), size=12, align='j', space_after=6)
    W = [0.9, 4.2, 9.0, 4.0, 3.0, 4.9]
    t = table(d, 6, W)
    add_row(t, ['ที่', 'ประเด็นการประเมิน', 'แนวทาง/กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ตัวชี้วัด'],
            bold=True, size=12, header=True, fill='DDD9C3', align='c')
    for a in A:
        add_row(t, [a['n'], a['issue'], a['t'], a['resp'], a['period'], a['outc']], size=12)
    para(d, '')
    para(d, 'เสนอ ณ วันที่ 20 ตุลาคม 2569', size=12, align='c', space_after=10)
    for ln in ['(นายกิตติพงษ์  มณีวงศ์)', 'ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต', '', 'เห็นชอบ', '(นางศิริวรรณ  ไหมทอง)', 'อธิบดีกรมส่งเสริมหม่อนไหมและผ้าไทย']:
        para(d, ln, size=12, align='c')
    src = build(NAME + '.docx'); d.save(src)
    pdf = soffice_pdf(src)
    open(out(NAME + '.txt'), 'w', encoding='utf-8').write(pdftotext(pdf, '-layout'))
    ms = [mrec(a['n'], a['t'], elements('plan', dict(steps=None, resp=a['resp'], period=a['period'], mon=None, outc=a['outc']), general_mon=True)) for a in A]
    write_truth(NAME, NAME + '.txt', 'plan', 2570, AG, 'activity', ms,
        ['no steps/method column: steps missing for every activity',
         'activity 4: period cell is empty',
         'activity 6: responsible is "-"'],
        'pdftotext -layout of a landscape Word PDF (Sawasdee) prepared by the department\'s ศปท.: 6 columns (ที่ / ประเด็นการประเมิน / '
        'แนวทาง/กิจกรรม / ผู้รับผิดชอบ / ระยะเวลา / ตัวชี้วัด), running header, "หน้า n จาก N", header repeated after the form '
        'feed. The "ประเด็นการประเมิน" column names ITA indicators (IIT/EIT/OIT), not units. Activity 7 is the plan\'s own '
        'follow-up/reporting activity (6- and 12-month reports to the director-general) -> monitoring present for every activity. '
        'Indicator column = outcome. Score 90.47 ผ่าน.')

if __name__ == '__main__':
    main()
