# p02: regional airport (กรมท่าอากาศยาน unit), plan FY2570, Word -> PDF (Waree, landscape) with quarter columns and ✓ marks
import shutil
from common import *
NAME = 'p02_airport_tratthong_plan_2570'
AG = 'ท่าอากาศยานตราดทอง กรมท่าอากาศยาน'
A = [
 dict(no='1', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและสัญญาเช่าพื้นที่เชิงพาณิชย์ในอาคารผู้โดยสาร', steps=['สรุปข้อมูลรายเดือน', 'เผยแพร่บนเว็บไซต์ท่าอากาศยาน'],
      resp='ฝ่ายบริหารงานทั่วไป', q=[1, 2, 3, 4], outcome='ข้อมูลครบ 12 เดือน', mon='รายงานผู้อำนวยการท่าอากาศยานทุกเดือน'),
 dict(no='2', title='ทบทวนหลักเกณฑ์การออกบัตรผ่านเขตการบิน (Airside Pass) ให้โปร่งใสตรวจสอบได้', steps=['ทบทวนระเบียบและขั้นตอน', 'ประกาศหลักเกณฑ์และระยะเวลาการพิจารณา'],
      resp='ฝ่ายรักษาความปลอดภัย', q=[1, 2], outcome='ประกาศหลักเกณฑ์ภายใน มี.ค. 2570', mon='รายงานผลต่อกองมาตรฐานท่าอากาศยาน'),
 dict(no='3', title='อบรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนแก่เจ้าหน้าที่และพนักงานสัญญาจ้าง', steps=['จัดอบรมร่วมกับศูนย์ปฏิบัติการต่อต้านการทุจริต กรมท่าอากาศยาน'],
      resp='-', q=[2], outcome='เจ้าหน้าที่เข้าร่วมร้อยละ 90', mon='สรุปผลการอบรมรายงาน ศปท. ทย.'),
 dict(no='4', title='สำรวจความพึงพอใจของผู้โดยสารและสายการบินต่อการให้บริการ', steps=['จัดทำแบบสำรวจ (QR Code)', 'วิเคราะห์ผลและจัดทำแผนปรับปรุง'],
      resp='ฝ่ายบริการท่าอากาศยาน', q=[3, 4], outcome='ความพึงพอใจไม่น้อยกว่าร้อยละ 85', mon='รายงานผลการสำรวจต่อผู้อำนวยการ'),
 dict(no='5', title='เปิดช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', steps=['ติดตั้งตู้รับเรื่อง', 'ประชาสัมพันธ์ช่องทางออนไลน์ของกรมท่าอากาศยาน'],
      resp='ฝ่ายบริหารงานทั่วไป', q=[], outcome='ผู้ร้องได้รับแจ้งผลภายใน 30 วัน', mon='รายงาน ศปท. ทย. รายไตรมาส'),
 dict(no='6', title='ติดตามและรายงานผลการดำเนินการตามแนวทางฯ รอบ 6 เดือนและ 12 เดือน', steps=['รวบรวมผลการดำเนินงานจากทุกฝ่าย', 'เสนอผู้อำนวยการและเผยแพร่บนเว็บไซต์'],
      resp='ฝ่ายบริหารงานทั่วไป', q=[2, 4], outcome='รายงานผล 2 ครั้ง', mon='เสนอผู้อำนวยการท่าอากาศยาน'),
]
QN = ['ไตรมาส ๑\n(ต.ค.–ธ.ค. ๖๙)', 'ไตรมาส ๒\n(ม.ค.–มี.ค. ๗๐)', 'ไตรมาส ๓\n(เม.ย.–มิ.ย. ๗๐)', 'ไตรมาส ๔\n(ก.ค.–ก.ย. ๗๐)']
def build():
    d = new_doc(font='Waree', size=11, landscape=True, margins=(1.6, 1.4, 1.4, 1.4))
    header_footer(d, foot_text='ท่าอากาศยานตราดทอง   ', foot_page='หน้า {P}/{N}', size=9)
    para(d, 'แนวทางและมาตรการในการยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)', bold=True, size=14, align='c')
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐  ท่าอากาศยานตราดทอง กรมท่าอากาศยาน', bold=True, size=14, align='c', space_after=6)
    para(d, 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๙ ของกรมท่าอากาศยาน ได้คะแนน ๙๐.๒๘ คะแนน (ผ่าน) ท่าอากาศยานตราดทองในฐานะหน่วยงานในสังกัดจึงกำหนดแนวทางและมาตรการในการยกระดับผลการประเมิน ดังนี้', align='j', space_after=6)
    head = ['ลำดับ', 'มาตรการ/กิจกรรม', 'แนวทางการดำเนินการ', 'ผู้รับผิดชอบ'] + [q.split('\n') for q in QN] + ['ตัวชี้วัด', 'การรายงานผล']
    rows = [[th(a['no']), a['title'], [f'- {s}' for s in a['steps']], a['resp']] + [('✓' if k in a['q'] else '') for k in (1, 2, 3, 4)] + [a['outcome'], a['mon']] for a in A]
    make_table(d, head, rows, [1.2, 5.0, 5.0, 3.0, 1.9, 1.9, 1.9, 1.9, 2.8, 2.8], size=10, hshade='DEEAF6')
    para(d, '')
    sign(d, 'นายธีรวัฒน์ ฟ้าใส', 'ผู้อำนวยการท่าอากาศยานตราดทอง', indent=15)
    src = os.path.join(BUILD, NAME + '.docx'); d.save(src)
    shutil.copy(soffice_pdf(src, BUILD), os.path.join(OUT, NAME + '.pdf'))
    for a in A:
        a['label_no'] = a['no']; a['period'] = ' '.join(f'Q{k}' for k in a['q'])
    write_truth(NAME, 'pdf', 'plan', 2570, AG, 'activity', A,
        problems=['activity 5: no quarter ticked'],
        notes='Airport (department unit) plan exported from Word (Waree, landscape): "แนวทางและมาตรการในการยกระดับผลการประเมิน… (ITA)"; 10 cols '
              'with four quarter columns "ไตรมาส n (months)" whose ✓ marks are the only period; "- " steps; own indicator and reporting columns. '
              'Score is the department\'s 90.28. Activity 3 responsible "-"; activity 5 no quarter ticked (period missing). The row of activity 5 is cut by the page break (its tail - the end of the steps cell - opens page 2 under the repeated header; it belongs to activity 5). Unit = activity.')
if __name__ == '__main__':
    build()
