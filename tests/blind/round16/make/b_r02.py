# r02: vocational college, results FY2569, DOCX with Word-2003-era SMART TAGS (w:smartTag) and inline w:customXml wrappers
import re
from common import *
NAME = 'r02_techmaptaphut_results_2569'
AG = 'วิทยาลัยเทคนิคมาบตาพุดใต้'
ST = 'urn:schemas-microsoft-com:office:smarttags'
# segments: '[[date:...]]' -> smartTag date, '[[name:...]]' -> PersonName smartTag, '[[cx:...]]' -> customXml element
M = [
 dict(no='1', title='โครงการเสริมสร้างวัฒนธรรมองค์กร "อาชีวะสุจริต ไม่โกง"',
      steps=['1. แต่งตั้งคณะทำงาน', '2. จัดกิจกรรมปฏิญาณตนหน้าเสาธงร่วมกับนักเรียน นักศึกษา', '3. ประกวดคลิปสั้นต้านทุจริต'],
      resp='งานกิจกรรมนักเรียน นักศึกษา / [[name:นายประยุทธ ทองมา]] รองผู้อำนวยการฝ่ายพัฒนากิจการฯ',
      period='[[date:1 พ.ย. 2568]] – [[date:28 ก.พ. 2569]]',
      mon='รายงานผลต่อผู้อำนวยการวิทยาลัยเมื่อสิ้นภาคเรียนที่ 2/2568',
      output='จัดกิจกรรมปฏิญาณตน 2 ครั้ง มีคลิปส่งประกวด 14 ผลงาน',
      outcome='[[cx:นักเรียน นักศึกษาร้อยละ 92 ผ่านการประเมินคุณลักษณะด้านความซื่อสัตย์สุจริต]]'),
 dict(no='2', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและแผนการใช้จ่ายงบประมาณบนเว็บไซต์วิทยาลัย',
      steps=['1. งานพัสดุจัดทำรายงานสรุปผลรายเดือน', '2. งานประชาสัมพันธ์นำขึ้นเว็บไซต์หัวข้อ ITA'],
      resp='งานพัสดุ / งานประชาสัมพันธ์',
      period='[[date:ตุลาคม 2568]] – [[date:กันยายน 2569]]',
      mon='หัวหน้างานพัสดุตรวจสอบทุกเดือนและรายงานรองผู้อำนวยการฝ่ายบริหารทรัพยากร',
      output='เผยแพร่ข้อมูลครบ 12 เดือน และแผนการใช้จ่ายงบประมาณประจำปี',
      outcome='ข้อมูลตามตัวชี้วัด OIT ด้านการจัดซื้อจัดจ้างครบถ้วนทุกข้อ'),
 dict(no='3', title='อบรมครูและบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อวัสดุฝึก',
      steps=['1. เชิญวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด', '2. จัดทำคู่มือแนวปฏิบัติการจัดซื้อวัสดุฝึกของแผนกวิชา'],
      resp='งานบุคลากร ร่วมกับ งานพัสดุ',
      period='[[date:19 มกราคม 2569]]',
      mon='สรุปผลการอบรมเสนอผู้อำนวยการ และติดตามการใช้คู่มือในการประชุมหัวหน้าแผนกทุกเดือน',
      output='ครูและบุคลากรเข้าอบรม 87 คน จัดทำคู่มือ 1 เล่ม',
      outcome='แผนกวิชาจัดซื้อวัสดุฝึกตามคู่มือครบทั้ง 9 แผนก'),
 dict(no='4', title='พัฒนาระบบแจ้งซ่อมและขอใช้ครุภัณฑ์ออนไลน์ ลดการใช้ดุลยพินิจ',
      steps=['1. พัฒนาระบบบน Google AppSheet', '2. ทดลองใช้กับแผนกช่างยนต์และช่างไฟฟ้า', '3. ขยายผลทุกแผนก'],
      resp='งานศูนย์ข้อมูลสารสนเทศ',
      period='',
      mon='รายงานสถิติการใช้ระบบในการประชุมผู้บริหารรายไตรมาส',
      output='ระบบเปิดใช้งานแล้ว มีคำขอผ่านระบบ 318 รายการ',
      outcome='ระยะเวลาดำเนินการคำขอเฉลี่ยลดลงจาก 7 วัน เหลือ 3 วัน'),
 dict(no='5', title='จัดช่องทางรับเรื่องร้องเรียนของนักเรียน ผู้ปกครอง และสถานประกอบการทวิภาคี',
      steps=['1. เปิดช่องทาง LINE OA และตู้รับความคิดเห็น', '2. กำหนดผู้รับผิดชอบเปิดตู้ร่วมกัน 2 คน สัปดาห์ละครั้ง'],
      resp='งานประกันคุณภาพและมาตรฐานการศึกษา',
      period='[[date:1 ต.ค. 2568]] – [[date:30 ก.ย. 2569]]',
      mon='สรุปเรื่องร้องเรียนรายงานผู้อำนวยการทุกเดือน',
      output='รับเรื่อง 21 เรื่อง (ไม่มีเรื่องทุจริต) ตอบกลับครบทุกเรื่อง',
      outcome='ผู้ร้องเรียนได้รับการตอบกลับภายใน 15 วัน ร้อยละ 100'),
 dict(no='6', title='ประเมินความพึงพอใจของสถานประกอบการต่อการจัดการศึกษาระบบทวิภาคี',
      steps=['1. ส่งแบบประเมินให้สถานประกอบการ 46 แห่ง', '2. วิเคราะห์ผลและนำเข้าที่ประชุมคณะกรรมการบริหารสถานศึกษา'],
      resp='งานทวิภาคี / [[name:นางสาวอรพิน ชัยมงคล]]',
      period='[[date:มิ.ย. 2569]] – [[date:ก.ย. 2569]]',
      mon='รายงานผลในรายงานการประเมินตนเอง (SAR) ปีการศึกษา 2568',
      output='ส่งแบบประเมินแล้ว ได้รับตอบกลับ 31 แห่ง',
      outcome='อยู่ระหว่างดำเนินการ'),
]

def add_seg(p, text, size=14):
    for part in re.split(r'(\[\[\w+:[^\]]+\]\])', text):
        if not part:
            continue
        mm = re.fullmatch(r'\[\[(\w+):([^\]]+)\]\]', part)
        r = p.add_run(mm.group(2) if mm else part)
        r.font.size = Pt(size)
        if mm:
            kind = mm.group(1)
            if kind == 'cx':
                w = OxmlElement('w:customXml'); w.set(qn('w:uri'), 'http://schemas.vec.go.th/ita/2569'); w.set(qn('w:element'), 'outcome')
            else:
                w = OxmlElement('w:smartTag'); w.set(qn('w:uri'), ST)
                w.set(qn('w:element'), 'date' if kind == 'date' else 'PersonName')
                pr = OxmlElement('w:smartTagPr')
                a = OxmlElement('w:attr'); a.set(qn('w:name'), 'ProductID' if kind == 'name' else 'Year'); a.set(qn('w:val'), mm.group(2) if kind == 'name' else '2026')
                pr.append(a); w.append(pr)
            r._r.addprevious(w); w.append(r._r)

def fill(cell, v, size=14, align=None):
    ls = v if isinstance(v, list) else [v]
    cell.paragraphs[0].text = ''
    for i, t in enumerate(ls):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        add_seg(p, t, size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def plain(s):
    return re.sub(r'\[\[\w+:([^\]]+)\]\]', r'\1', s) if isinstance(s, str) else [plain(x) for x in s]

def build():
    d = new_doc(font='TH SarabunPSK', size=16, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
    header_footer(d, foot_text='งานแผนงานและความร่วมมือ วิทยาลัยเทคนิคมาบตาพุดใต้   หน้า ', foot_page='{P}', size=12)
    for t in ['รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. 2569', 'วิทยาลัยเทคนิคมาบตาพุดใต้ สังกัดสำนักงานคณะกรรมการการอาชีวศึกษา']:
        para(d, t, bold=True, size=18, align='c')
    p = para(d, '', align='j'); p.paragraph_format.first_line_indent = Cm(1.5); p.paragraph_format.space_before = Pt(6)
    add_seg(p, 'วิทยาลัยฯ ได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 เมื่อวันที่ [[date:20 ตุลาคม 2568]] '
               'เพื่อแก้ไขประเด็นที่ได้คะแนนต่ำจากผลการประเมิน ITA ปี 2568 (ได้ 85.27 คะแนน ผ่าน) ผลการดำเนินการในรอบปีงบประมาณ ปรากฏดังตาราง', 16)
    para(d, '')
    t = d.add_table(rows=2, cols=8); t.style = 'Table Grid'
    top = ['ลำดับ', 'มาตรการ/โครงการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'ผลการดำเนินงาน', None, 'การติดตามผล']
    for i, h in enumerate(top):
        if h:
            cell_text(t.rows[0].cells[i], h, bold=True, size=14, align='c', shade='FCE4D6')
    cell_text(t.rows[1].cells[5], 'ผลผลิต (Output)', bold=True, size=14, align='c', shade='FCE4D6')
    cell_text(t.rows[1].cells[6], 'ผลลัพธ์ (Outcome)', bold=True, size=14, align='c', shade='FCE4D6')
    t.rows[0].cells[5].merge(t.rows[0].cells[6])
    for i in (0, 1, 2, 3, 4, 7):
        t.rows[0].cells[i].merge(t.rows[1].cells[i])
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for m in M:
        r = t.add_row().cells
        for i, v in enumerate([m['no'], m['title'], m['steps'], m['resp'], m['period'], m['output'], m['outcome'], m['mon']]):
            fill(r[i], v, 14, 'c' if i == 0 else None)
    widths(t, [1.2, 4.2, 5.4, 3.4, 2.8, 3.6, 3.6, 2.5])
    para(d, '')
    p = para(d, ''); add_seg(p, 'ข้อมูล ณ วันที่ [[date:30 กันยายน 2569]]', 16)
    sign(d, 'นายวิชัย [[name:ศรีบุญเรือง]]'.replace('[[name:', '').replace(']]', ''), 'ผู้อำนวยการวิทยาลัยเทคนิคมาบตาพุดใต้', indent=16)
    d.save(os.path.join(OUT, NAME + '.docx'))
    for m in M:
        m['label_no'] = m['no']; m['title'] = plain(m['title']); m['resp'] = plain(m['resp']); m['period'] = plain(m['period']); m['outcome'] = plain(m['outcome'])
    write_truth(NAME, 'docx', 'results', 2569, AG, 'measure', M,
        notes='NEW FORM: a file first made in Word 2003 and still carrying SMART TAGS - dates in the period cells and the intro, two person '
              'names in the responsible cells are wrapped in <w:smartTag w:element="date|PersonName"> (with w:smartTagPr), and measure 1\'s '
              'outcome is wrapped in an inline <w:customXml w:element="outcome">; Word shows the text normally. Two-row header '
              '("ผลการดำเนินงาน" over ผลผลิต (Output) / ผลลัพธ์ (Outcome), other header cells vMerged), both rows repeat; own การติดตามผล column '
              '(last). Measure 4 period cell empty; measure 6 outcome "อยู่ระหว่างดำเนินการ". ITA 2568 85.27 ผ่าน (stated once).')
if __name__ == '__main__':
    build()
