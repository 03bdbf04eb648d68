# r06: area revenue office, results FY2569, Word (Kinnari, landscape) -> PDF, then "printed" onto PORTRAIT sheets
# by a print-to-PDF driver: every landscape page is turned 90 degrees INSIDE a portrait page (content rotated, no /Rotate)
from common import *
from pypdf import PdfReader, PdfWriter, PageObject, Transformation
NAME = 'r06_rd_trangnathi_results_2569'
AG = 'สำนักงานสรรพากรพื้นที่ตรังนที'
M = [
 dict(no='1', title='ประกาศเจตจำนงสุจริตและนโยบาย No Gift Policy ของสรรพากรพื้นที่',
      steps='สรรพากรพื้นที่ลงนามประกาศ\nชี้แจงในการประชุมประจำเดือนและเผยแพร่บนเว็บไซต์สำนักงาน',
      resp='ฝ่ายบริหารทั่วไป', period='ต.ค. – ธ.ค. ๒๕๖๘',
      mon='ฝ่ายบริหารทั่วไปรายงานสรรพากรพื้นที่ภายในเดือน ม.ค. ๒๕๖๙',
      output='ลงนามประกาศ ๑๕ ต.ค. ๒๕๖๘ เผยแพร่บนเว็บไซต์และบอร์ดประชาสัมพันธ์ทุกสำนักงานสาขา',
      outcome='บุคลากรทุกคนรับทราบ ไม่มีการรับของขวัญในช่วงเทศกาลปีใหม่'),
 dict(no='2', title='ลดการใช้ดุลยพินิจในการตรวจคืนภาษีมูลค่าเพิ่มโดยใช้ระบบคัดเลือกความเสี่ยง',
      steps='คัดเลือกคำร้องขอคืนตามผลการประเมินความเสี่ยงจากระบบ\nตรวจสอบโดยคณะทำงานอย่างน้อย ๒ คน\nแจ้งผลการพิจารณาเป็นหนังสือ',
      resp='ฝ่ายตรวจสอบภาษี / ฝ่ายกำกับดูแลผู้เสียภาษี', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙',
      mon='หัวหน้าฝ่ายตรวจสอบภาษีรายงานผลการคืนภาษีต่อสรรพากรพื้นที่ทุกเดือน',
      output='พิจารณาคำร้องขอคืน ๓๑๘ ราย ผ่านระบบคัดเลือกความเสี่ยงทั้งหมด',
      outcome='อยู่ระหว่างดำเนินการ'),
 dict(no='3', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและผลการใช้จ่ายงบประมาณรายไตรมาส',
      steps='จัดทำรายงาน สขร.๑ รายเดือนและรายงานผลการใช้จ่ายงบประมาณรายไตรมาส\nเผยแพร่บนเว็บไซต์สำนักงาน',
      resp='ฝ่ายบริหารทั่วไป (งานการเงินและพัสดุ)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙',
      mon='ติดตามผลทุกไตรมาสและรายงานสำนักงานสรรพากรภาค',
      output='เผยแพร่ สขร.๑ ครบ ๑๒ เดือน และรายงานการใช้จ่ายงบประมาณ ๔ ไตรมาส',
      outcome='ประชาชนตรวจสอบการใช้จ่ายงบประมาณได้ ผลการเบิกจ่ายร้อยละ ๙๗.๒๐'),
 dict(no='4', title='อบรมการป้องกันการขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม',
      steps='-',
      resp='ฝ่ายบริหารทั่วไป', period='มี.ค. ๒๕๖๙',
      mon='สรุปผลการอบรมรายงานสรรพากรพื้นที่',
      output='จัดอบรมแบบ Onsite และ Online วันที่ ๑๗ มี.ค. ๒๕๖๙ ผู้เข้าร่วม ๗๓ คน',
      outcome='ผู้เข้าอบรมมีคะแนนทดสอบหลังอบรมเฉลี่ยร้อยละ ๘๖'),
 dict(no='5', title='ยกระดับการให้บริการยื่นแบบและชำระภาษีทางอิเล็กทรอนิกส์ (e-Filing) แก่ผู้เสียภาษีรายย่อย',
      steps='จัดจุดบริการ e-Filing ณ สำนักงานสาขา\nออกหน่วยบริการเคลื่อนที่ร่วมกับเทศบาลและ อบต.\nประชาสัมพันธ์ผ่านสื่อออนไลน์',
      resp='สำนักงานสรรพากรพื้นที่สาขาทุกแห่ง', period='ม.ค. – เม.ย. ๒๕๖๙',
      mon='สาขารายงานจำนวนผู้ใช้บริการทุกสัปดาห์ในช่วงยื่นแบบ และสรุปรายงานสรรพากรพื้นที่',
      output='ออกหน่วยบริการ ๑๔ ครั้ง ให้บริการผู้เสียภาษี ๒,๐๔๖ ราย',
      outcome='สัดส่วนการยื่นแบบออนไลน์เพิ่มจากร้อยละ ๘๑ เป็นร้อยละ ๘๙ ลดการติดต่อหน้าเคาน์เตอร์'),
]
def build():
    doc = new_doc('Kinnari', 14, landscape=True, margins=(1.6, 1.5, 1.8, 1.8))
    header_footer(doc, None, 'pageof', 12)
    para(doc, 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True, 16, 'c')
    para(doc, AG + ' สำนักงานสรรพากรภาค ๑๑', True, 16, 'c', space_after=6)
    para(doc, '๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', True)
    para(doc, '        สำนักงานสรรพากรพื้นที่ตรังนทีได้รับผลการประเมิน ๙๑.๓๙ คะแนน อยู่ในระดับ ผ่าน รายละเอียดตามตาราง', space_after=4)
    t = doc.add_table(rows=5, cols=4); t.style = 'Table Grid'
    rows = [('เครื่องมือ', 'น้ำหนัก', 'คะแนน', 'คะแนนถ่วงน้ำหนัก'), ('IIT', 'ร้อยละ ๓๐', '๙๓.๕๐', '๒๘.๐๕'),
            ('EIT', 'ร้อยละ ๔๐', '๘๙.๒๐', '๓๕.๖๘'), ('OIT', 'ร้อยละ ๓๐', '๙๔.๐๐', '๒๘.๒๐'), ('รวม', '', '', '๙๑.๙๓')]
    for i, rw in enumerate(rows):
        for j, v in enumerate(rw): cell_text(t.rows[i].cells[j], v, bold=(i in (0, 4)), align='c')
    col_widths(t, [3, 3, 3, 4])
    para(doc, '')
    para(doc, '๒. ผลการดำเนินการตามมาตรการ', True, space_after=4)
    t = doc.add_table(rows=2, cols=8); t.style = 'Table Grid'
    top = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามและรายงานผล', 'ผลการดำเนินงาน', '']
    for i, h in enumerate(top): cell_text(t.rows[0].cells[i], h, bold=True, align='c')
    cell_text(t.rows[1].cells[6], 'Output', bold=True, align='c'); cell_text(t.rows[1].cells[7], 'Outcome', bold=True, align='c')
    t.rows[0].cells[6].merge(t.rows[0].cells[7])
    cell_text(t.rows[0].cells[6], 'ผลการดำเนินงาน', bold=True, align='c')
    for i in range(6):
        a = t.rows[0].cells[i].merge(t.rows[1].cells[i]); cell_text(a, top[i], bold=True, align='c')
    for r in t.rows[:2]:
        repeat_header(r)
        for c in r.cells: shade(c, 'E2EFDA')
    for m in M:
        r = t.add_row()
        vals = [th(m['no']), m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['output'], m['outcome']]
        for i, v in enumerate(vals): cell_text(r.cells[i], v, align='c' if (i == 0 or v == '-') else None)
    col_widths(t, [1.0, 4.2, 4.6, 3.0, 2.5, 3.6, 3.7, 3.7])
    para(doc, '')
    for ln in ['ลงชื่อ ...................................... ผู้รายงาน', '(นางพรทิพย์ หมื่นหาญ)', 'สรรพากรพื้นที่ตรังนที', 'วันที่ ๒๓ ตุลาคม ๒๕๖๙']:
        para(doc, ln, align='c')
    src = os.path.join(BUILD, NAME + '.docx'); doc.save(src)
    pdf = to_pdf(src)
    rd = PdfReader(pdf); w = PdfWriter()
    for p in rd.pages:
        W, H = float(p.mediabox.width), float(p.mediabox.height)   # landscape W > H
        np_ = PageObject.create_blank_page(width=595.28, height=841.89)
        s = 0.95
        np_.merge_transformed_page(p, Transformation().scale(s).rotate(90).translate(595.28 - (595.28 - H * s) / 2, (841.89 - W * s) / 2))
        w.add_page(np_)
    w.add_metadata({'/Title': 'ITA2569_result_rd_trangnathi', '/Producer': 'Microsoft: Print To PDF'})
    with open(out(NAME, 'pdf'), 'wb') as f: w.write(f)
    write_truth(NAME, 'pdf', 'results', 2569, AG, 'measure', items_from(M, 'results'),
        ["measure 2: outcome is 'อยู่ระหว่างดำเนินการ'", "measure 4: steps cell is '-'",
         'score: prose says 91.39 but the IIT/EIT/OIT weighted table totals 91.93'],
        'NEW FORM: a landscape Word report "printed" to PDF on portrait paper - every page is a portrait MediaBox with the '
        'landscape page turned 90 degrees and scaled inside it (content rotation in the page stream, no /Rotate key), so the '
        'reader has to turn the page to read it; the text layer is intact. Content itself is ordinary: two-row header '
        '("ผลการดำเนินงาน" over Output / Outcome) repeated on each page, own monitoring column, Thai-digit numbers, '
        '"หน้า n จาก N" footer. Score contradiction between prose and table.')
if __name__ == '__main__': build()
