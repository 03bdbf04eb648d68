"""p03: สำนักงานชลประทานที่ 16 plan FY2570 - landscape DOCX (Waree) -> PDF; no steps column, general follow-up note."""
import shutil
from common import *

FN = 'p03_rio16_plan_2570.pdf'
AG = 'สำนักงานชลประทานที่ 16'
A = [
 ('1', 'ประชุมชี้แจงแนวทางการประเมิน ITA ประจำปี 2570 แก่ผู้บริหารและผู้รับผิดชอบตัวชี้วัด', 'ต.ค. – พ.ย. 2569', 'ฝบท. (งานแผนงาน)',
  'ผู้รับผิดชอบตัวชี้วัดเข้าร่วมครบร้อยละ 100', '-', '1011001'),
 ('2', 'เผยแพร่ข้อมูลสาธารณะตามตัวชี้วัด OIT บนเว็บไซต์สำนักงาน', 'ธ.ค. 2569 – มี.ค. 2570', 'ฝบท. / ฝจน.',
  'เผยแพร่ข้อมูลครบทุกข้อภายใน 31 มี.ค. 2570', '-', '1011001'),
 ('3', 'ประกาศและเผยแพร่แผนการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน', 'ต.ค. 2569 – ก.ย. 2570', 'ฝพด.',
  'เผยแพร่ครบ 12 เดือน', '-', '1011001'),
 ('4', 'จัดกิจกรรมส่งเสริมคุณธรรมและประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy)', 'ธ.ค. 2569', '(ระบุ)',
  'บุคลากรเข้าร่วมไม่น้อยกว่าร้อยละ 80', '50,000', '1001001'),
 ('5', 'สำรวจความคิดเห็นของผู้ใช้น้ำและเกษตรกรต่อการบริหารจัดการน้ำและการให้บริการของโครงการชลประทาน', 'ม.ค. – มิ.ย. 2570',
  'ฝวศ. / โครงการชลประทานจังหวัดในสังกัด', 'ผู้ใช้น้ำพึงพอใจไม่น้อยกว่าร้อยละ 85', '-', '1011001'),
 ('6', 'ทบทวนการประเมินความเสี่ยงการทุจริตในงานจ้างเหมาขุดลอกและซ่อมแซมอาคารชลประทาน', 'ก.พ. – เม.ย. 2570', 'ฝบท. ร่วมกับ ฝจน.',
  '', '-', '1011000'),
 ('7', 'จัดทำรายงานผลการดำเนินการตามแผนรอบ 6 เดือนและ 12 เดือน เสนอผู้อำนวยการสำนักงาน', 'เม.ย. 2570 และ ก.ย. 2570',
  'ฝบท. (งานแผนงาน)', 'มีรายงานผลครบ 2 รอบ', '-', '1011001'),
]

def build():
    doc = Document(); set_font(doc, 'Waree', 12)
    sec = doc.sections[0]; landscape(sec); margins(sec, 1.8, 1.5, 2.0, 1.5)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run_cs(fp.add_run('แผนปฏิบัติการ ITA 2570 สชป.16  -  '), 9); add_field(fp, 'PAGE', 9)
    para(doc, 'แผนปฏิบัติการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', True, 16, 'c')
    para(doc, AG + '  กรมชลประทาน', True, 15, 'c', space_after=6)
    para(doc, 'วัตถุประสงค์  เพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของกรมชลประทาน '
         'ซึ่งในปี พ.ศ. 2569 ได้คะแนน 90.83 คะแนน ระดับผ่าน', size=12, space_after=4)
    hdr = ['ที่', 'มาตรการ/กิจกรรม', 'ระยะเวลาดำเนินการ', 'หน่วยงานรับผิดชอบ', 'ตัวชี้วัด/เป้าหมาย', 'งบประมาณ (บาท)']
    t = doc.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, True, 12, 'c'); shade(t.rows[0].cells[i], 'BDD7EE')
    repeat_header(t.rows[0])
    for a in A:
        r = t.add_row().cells
        for i, v in enumerate(a[:6]):
            cell_text(r[i], v, size=12, align='c' if i in (0, 5) else None)
    col_widths(t, [1.0, 9.5, 3.6, 4.6, 5.0, 2.4])
    para(doc, '')
    para(doc, 'หมายเหตุ  1) ฝบท. = ฝ่ายบริหารทั่วไป  ฝจน. = ฝ่ายจัดสรรน้ำและปรับปรุงระบบชลประทาน  ฝวศ. = ฝ่ายวิศวกรรม  ฝพด. = ฝ่ายพัสดุ (งานพัสดุ)', size=11)
    para(doc, '              2) งานแผนงาน ฝบท. ติดตามความก้าวหน้าการดำเนินงานตามแผนทุกไตรมาส และรายงานผู้อำนวยการสำนักงานชลประทานที่ 16', size=11)
    para(doc, '')
    for ln in ['ผู้อนุมัติ ..............................................', '(นายเกรียงศักดิ์ บุญประเสริฐ)', 'ผู้อำนวยการสำนักงานชลประทานที่ 16']:
        para(doc, ln, size=12, align='c').paragraph_format.left_indent = Cm(14)
    src = os.path.join(BUILD, 'p03.docx'); doc.save(src)
    pdf = soffice_pdf(src, BUILD); shutil.copy(pdf, os.path.join(ROOT, FN))
    # steps column absent; monitoring from general note 2)
    units = []
    for a in A:
        code = a[6][:4] + '1' + a[6][5:]
        units.append(unit(a[0], a[1], code))
    write_truth(FN, 'plan', 2570, AG, 'activity', units, [
        'no steps/method column: steps missing for every activity',
        'activity 4: responsible unit is "(ระบุ)"',
        'activity 6: indicator/target cell left blank'],
        'Ordinary Word-to-PDF plan of a regional RID office (Waree, landscape). 6 columns: ที่ | มาตรการ/กิจกรรม | ระยะเวลา | '
        'หน่วยงานรับผิดชอบ | ตัวชี้วัด/เป้าหมาย (= outcome) | งบประมาณ; NO steps column (steps missing throughout). '
        'Responsible units given as abbreviations (ฝบท., ฝจน., ฝวศ., ฝพด.) explained in a หมายเหตุ; note 2) says the '
        'plan is followed up quarterly and reported to the director = general monitoring for every activity (activity 7 is '
        'also the plan\'s own 6/12-month report). Budget "-" is not an element. Output never stated in a plan. '
        'Activity 7 is CUT by the page break (the end of its title and period continue under the repeated header on page 2; '
        'not a new activity). Unit = activity (1–7).')

if __name__ == '__main__':
    build()
