"""m01: Rajabhat university office measures FY2570 - ordinary Word file (TH Sarabun New), portrait analysis + landscape table."""
from common import *
from docx.enum.section import WD_SECTION
NAME = 'm01_rbru_muangkan_measures_2570.docx'
AG = 'สำนักงานอธิการบดี มหาวิทยาลัยราชภัฏเมืองกาญจน์'
M = [
 dict(num='1', title='มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการบริหารงบประมาณ',
      steps='- เผยแพร่แผนการจัดซื้อจัดจ้างภายในเดือนธันวาคม\n- จัดทำสรุปผลการจัดซื้อจัดจ้างรายเดือน\n- เผยแพร่รายงานการใช้จ่ายงบประมาณรอบ 6 เดือน',
      resp='กองกลาง (งานพัสดุ) / กองนโยบายและแผน', period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานผลต่อคณะกรรมการบริหารมหาวิทยาลัยทุกไตรมาส',
      outcome='ข้อมูลครบถ้วนตามตัวชี้วัด OIT ร้อยละ 100'),
 dict(num='2', title='มาตรการป้องกันการใช้ทรัพย์สินของมหาวิทยาลัยเพื่อประโยชน์ส่วนตน',
      steps='- ทบทวนแนวปฏิบัติการยืมครุภัณฑ์และการใช้ห้องประชุม\n- ประชาสัมพันธ์แนวปฏิบัติผ่านระบบ e-Office\n- ใช้ระบบจองยานพาหนะออนไลน์',
      resp='กองกลาง (งานยานพาหนะ งานอาคารสถานที่)', period='พ.ย. 2569 – ก.ย. 2570', mon='ตรวจสอบทะเบียนยืม-คืนรายเดือน สรุปรายงานรองอธิการบดีฝ่ายบริหาร',
      outcome='คะแนน IIT ประเด็นการใช้ทรัพย์สินของราชการไม่ต่ำกว่า 85'),
 dict(num='3', title='มาตรการส่งเสริมความโปร่งใสในการบริหารงานบุคคล',
      steps='- ประกาศหลักเกณฑ์การสรรหา การประเมินผล และการเลื่อนขั้นเงินเดือนบนเว็บไซต์\n- เปิดโอกาสให้บุคลากรสอบถามผลการประเมินได้',
      resp='กองบริหารงานบุคคล', period='ต.ค. 2569 – เม.ย. 2570', mon='รายงานผลต่ออธิการบดีรอบ 6 เดือน',
      outcome='บุคลากรรับรู้หลักเกณฑ์ ร้อยละ 90 (แบบสำรวจ)'),
 dict(num='4', title='มาตรการเสริมสร้างวัฒนธรรมสุจริตและการไม่รับของขวัญ',
      steps='- ประกาศเจตนารมณ์ "ราชภัฏเมืองกาญจน์ ไม่รับ ไม่ให้"\n- จัดอบรมประมวลจริยธรรมบุคลากรมหาวิทยาลัย',
      resp='กองกลาง (งานนิติการ)', period='ธ.ค. 2569 – ก.พ. 2570', mon='',
      outcome='บุคลากรเข้าร่วมไม่น้อยกว่าร้อยละ 80'),
 dict(num='5', title='มาตรการพัฒนาช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      steps='- ปรับปรุงระบบรับเรื่องร้องเรียนออนไลน์ให้ติดตามสถานะได้\n- แจ้งผลการดำเนินการแก่ผู้ร้องภายใน 15 วันทำการ',
      resp='กองกลาง (งานนิติการ) / สำนักวิทยบริการและเทคโนโลยีสารสนเทศ', period='ต.ค. 2569 – ก.ย. 2570', mon='สรุปสถิติเรื่องร้องเรียนรายงานสภามหาวิทยาลัยทุก 6 เดือน',
      outcome='เรื่องร้องเรียนได้รับการแจ้งผลภายในกำหนดร้อยละ 100'),
 dict(num='6', title='มาตรการยกระดับการสื่อสารผลการดำเนินงานสู่สาธารณะ (OIT)',
      steps='- แต่งตั้งผู้รับผิดชอบข้อมูล OIT รายข้อ\n- ตรวจทานข้อมูลบนเว็บไซต์ก่อนวันประเมิน',
      resp='กองนโยบายและแผน', period='-', mon='คณะทำงาน ITA ตรวจความครบถ้วนรายเดือน และรายงานรองอธิการบดี',
      outcome='คะแนน OIT ไม่ต่ำกว่า 95 คะแนน'),
]
def build():
    d = new_doc('TH Sarabun New', 16, margins=(2.5, 2.0, 3.0, 2.0))
    s = d.sections[0]; header_footer(s, None, 'page', 14)
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=20, align='center')
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2570', bold=True, size=20, align='center')
    para(d, AG, bold=True, size=18, align='center')
    para(d)
    para(d, '1. ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. 2569', bold=True)
    para(d, '\tมหาวิทยาลัยราชภัฏเมืองกาญจน์ได้รับผลการประเมิน ITA ประจำปี พ.ศ. 2569 ได้คะแนน 89.57 คะแนน อยู่ในระดับ ผ่าน จำแนกตามเครื่องมือการประเมิน ดังนี้')
    t = d.add_table(rows=5, cols=3); t.style = 'Table Grid'
    for i, r in enumerate([('เครื่องมือ', 'คะแนน', 'ร้อยละของน้ำหนัก'), ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', '90.45', '30'),
                           ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', '86.20', '30'), ('แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', '91.44', '40'), ('คะแนนรวม', '89.57', '100')]):
        for j, v in enumerate(r): cell_lines(t.rows[i].cells[j], v, bold=i in (0, 4), align=None if j == 0 else 'center')
    widths(t, [10, 3, 3])
    para(d)
    para(d, '2. การวิเคราะห์ผลการประเมิน', bold=True)
    para(d, '2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', bold=True)
    for x in ['EIT ประเด็นคุณภาพการดำเนินงาน: ผู้รับบริการบางส่วนเห็นว่าขั้นตอนการจัดซื้อจัดจ้างยังไม่เปิดเผยเพียงพอ (78.40)',
              'IIT ประเด็นการใช้ทรัพย์สินของราชการ: บุคลากรยังไม่ทราบแนวปฏิบัติการยืมครุภัณฑ์ที่ถูกต้อง (79.12)']:
        p = d.add_paragraph(x, style='List Bullet')
    para(d, '2.2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True)
    for x in ['IIT ประเด็นการบริหารงานบุคคล: ความโปร่งใสในการประเมินผลการปฏิบัติงาน',
              'OIT: การเผยแพร่ข้อมูลการดำเนินงานและการรับเรื่องร้องเรียนให้เป็นปัจจุบัน',
              'EIT ประเด็นการสื่อสาร: ช่องทางการติดต่อสอบถามและร้องเรียน']:
        d.add_paragraph(x, style='List Bullet')
    para(d)
    para(d, '3. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', bold=True)
    para(d, '\tจากผลการวิเคราะห์ข้างต้น สำนักงานอธิการบดีได้กำหนดมาตรการ 6 มาตรการ รายละเอียดตามตารางในหน้าถัดไป')
    ns = d.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE; ns.page_width, ns.page_height = Cm(29.7), Cm(21.0)
    ns.left_margin = ns.right_margin = Cm(1.8); ns.top_margin = ns.bottom_margin = Cm(1.8)
    hdr = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การกำกับติดตาม', 'ตัวชี้วัด/ผลลัพธ์ที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hdr): cell_lines(t.rows[0].cells[i], h, bold=True, align='center'); shade(t.rows[0].cells[i], 'FBE4D5')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for i, k in enumerate(['num', 'title', 'steps', 'resp', 'period', 'mon', 'outcome']):
            cell_lines(r[i], m[k] + ('.' if k == 'num' else ''), align='center' if k == 'num' or m[k] == '-' else None)
    widths(t, [1.1, 4.6, 7.2, 3.8, 2.8, 3.8, 3.2])
    para(d)
    para(d, 'ประกาศ ณ วันที่ 6 พฤศจิกายน พ.ศ. 2569', align='center')
    para(d); para(d, '(ผู้ช่วยศาสตราจารย์ ดร.วรวุฒิ  แควน้อย)', align='center'); para(d, 'อธิการบดีมหาวิทยาลัยราชภัฏเมืองกาญจน์', align='center')
    d.save(os.path.join(OUT, NAME))
    write_truth(NAME, 'measures', 2570, AG, 'measure', M,
        ['measure 4: การกำกับติดตาม cell left blank', "measure 6: period is '-'"],
        'Ordinary university-office Word file (TH Sarabun New): portrait part with the ITA 2569 score table (IIT 90.45 / EIT 86.20 / OIT 91.44, weighted 0.3/0.3/0.4 = 89.57, consistent, ผ่าน), sections 2.1 / 2.2 as Word List Bullet paragraphs; a new-page LANDSCAPE section with the 7-col table (numbers "1."–"6.", header row repeating, shaded), steps as "- " lines in the cell, own การกำกับติดตาม and ตัวชี้วัด/ผลลัพธ์ที่คาดว่าจะได้รับ (= outcome) columns; footer "- n -" PAGE field. Output never stated (measures). Unit = measure.',
        sections={'weaknesses': 'present', 'improvements': 'present'})
if __name__ == '__main__':
    build()
