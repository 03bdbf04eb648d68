# p03: community hospital, plan whose TITLE says FY 2569 though it runs Oct 2569–Sep 2570; Word -> PDF -> `pdftotext -layout`
import subprocess
from common import *
NAME = 'p03_hosp_laemsingthong_plan_2569'
AG = 'โรงพยาบาลแหลมสิงห์ทอง'
A = [
 dict(no='1', title='ประกาศนโยบายคุณธรรมและความโปร่งใสของโรงพยาบาล', steps='ผู้อำนวยการลงนามประกาศ ชี้แจงในที่ประชุมกรรมการบริหาร', period='ต.ค. 2569',
      resp='งานบริหารทั่วไป', mon='รายงานผลต่อสำนักงานสาธารณสุขจังหวัด', outcome='บุคลากรรับทราบร้อยละ 100'),
 dict(no='2', title='เผยแพร่ข้อมูลการจัดซื้อยาและเวชภัณฑ์มิใช่ยารายเดือน', steps='กลุ่มงานเภสัชกรรมสรุปข้อมูล งานพัสดุตรวจสอบ เผยแพร่บนเว็บไซต์', period='ต.ค. 2569 – ก.ย. 2570',
      resp='กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค / งานพัสดุ', mon='รายงานคณะกรรมการบริหารโรงพยาบาลทุกเดือน', outcome='ข้อมูลครบ 12 เดือน'),
 dict(no='3', title='ป้องกันการใช้รถพยาบาลและทรัพย์สินของทางราชการเพื่อประโยชน์ส่วนตน', steps='จัดทำทะเบียนคุมการใช้รถ ตรวจสอบการเบิกน้ำมันรายเดือน', period='ต.ค. 2569 – ก.ย. 2570',
      resp='งานยานพาหนะ', mon='รายงานผลการตรวจสอบต่อผู้อำนวยการรายไตรมาส', outcome='ไม่พบการใช้ทรัพย์สินราชการโดยมิชอบ'),
 dict(no='4', title='อบรมเจ้าหน้าที่เรื่องการรับสินบนและการรับของขวัญจากบริษัทยา', steps='จัดอบรมร่วมกับศูนย์ปฏิบัติการต่อต้านการทุจริต สป.สธ. ทำแบบทดสอบ', period='',
      resp='กลุ่มงานบริหารทรัพยากรบุคคล', mon='สรุปผลการอบรมรายงานผู้อำนวยการ', outcome='เจ้าหน้าที่ผ่านการอบรมร้อยละ 80'),
 dict(no='5', title='พัฒนาช่องทางร้องเรียนของผู้ป่วยและญาติ และแจ้งผลการจัดการเรื่องร้องเรียน', steps='รับเรื่องผ่าน LINE OA และตู้รับความคิดเห็น ตอบกลับภายใน 15 วัน', period='พ.ย. 2569 – ก.ย. 2570',
      resp='ศูนย์คุณภาพ / งานประชาสัมพันธ์', mon='รายงานคณะกรรมการความเสี่ยงทุกเดือน', outcome='ผู้ร้องได้รับแจ้งผลภายใน 15 วัน ร้อยละ 95'),
 dict(no='6', title='ประเมินความเสี่ยงการทุจริตในกระบวนการจัดซื้อจัดจ้างและการเบิกจ่ายค่าตอบแทน', steps='ระบุความเสี่ยง จัดทำแผนบริหารความเสี่ยง ติดตามรอบ 6 เดือน', period='ธ.ค. 2569 – ก.ย. 2570',
      resp='กลุ่มงานบริหารทั่วไป', mon='รายงานผลตามแผนบริหารความเสี่ยงรอบ 6 และ 12 เดือน', outcome='มีแผนบริหารความเสี่ยงและรายงานผลตามกำหนด'),
]
def build():
    d = new_doc(font='Umpush', size=11, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
    header_footer(d, head='โรงพยาบาลแหลมสิงห์ทอง สำนักงานสาธารณสุขจังหวัดจันทบูรณ์ทอง', foot_page='หน้า {P}', size=9)
    para(d, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส โรงพยาบาลแหลมสิงห์ทอง ประจำปีงบประมาณ พ.ศ. 2569', bold=True, size=14, align='c')
    para(d, 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2569 ของโรงพยาบาล: 89.04 คะแนน (ผ่าน)', size=11, align='c', space_after=6)
    rows = [[a['no'], a['title'], a['steps'], a['period'], a['resp'], a['mon'], a['outcome']] for a in A]
    make_table(d, ['ลำดับ', 'โครงการ/กิจกรรม', 'วิธีการดำเนินงาน', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'การติดตามประเมินผล', 'ตัวชี้วัด'], rows,
               [1.3, 5.2, 5.4, 3.0, 3.8, 3.8, 3.6], size=10)
    para(d, '')
    sign(d, 'นายแพทย์กฤษดา วงศ์ทะเล', 'ผู้อำนวยการโรงพยาบาลแหลมสิงห์ทอง', indent=15)
    src = os.path.join(BUILD, NAME + '.docx'); d.save(src)
    pdf = soffice_pdf(src, BUILD)
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
    open(os.path.join(OUT, NAME + '.txt'), 'w', encoding='utf-8').write(txt)
    for a in A:
        a['label_no'] = a['no']
    write_truth(NAME, 'txt', 'plan', 2569, AG, 'activity', A,
        problems=['fiscal year: the title says ปีงบประมาณ พ.ศ. 2569 but every period runs ต.ค. 2569 – ก.ย. 2570 (FY 2570) and the ITA 2569 result is cited - wrong year in the title'],
        notes='`pdftotext -layout` of a landscape Word PDF (Umpush): space-aligned wrapped cells, running header, "หน้า n", form feed. The TITLE '
              'declares FY 2569 (labelled 2569 as the title states) although the plan is clearly for FY 2570. 7 cols with own follow-up '
              '(การติดตามประเมินผล) and indicator columns. Activity 4 period cell empty. Unit = activity.')
if __name__ == '__main__':
    build()
