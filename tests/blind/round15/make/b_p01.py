# p01: สำนักงานทรัพยากรน้ำแห่งชาติ ภาค ๓ — plan FY2570, landscape Word Gantt (12 month columns, ✓), Garuda, COMPLETE
import os, shutil
from common import *

FN = 'p01_onwr3_plan_2570.pdf'
AG = 'สำนักงานทรัพยากรน้ำแห่งชาติ ภาค ๓'
TITLE = 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐'
MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']
G = [
 ('ด้านที่ ๑ การเปิดเผยข้อมูลและความโปร่งใส', [
  dict(n='1', title='เผยแพร่ข้อมูลสาธารณะตามเกณฑ์ OIT บนเว็บไซต์ของสำนักงาน', steps=['แต่งตั้งผู้รับผิดชอบรายข้อ', 'ตรวจสอบความครบถ้วนก่อนส่งแบบ OIT'],
       oc='เผยแพร่ครบทุกข้อ คะแนน OIT ไม่น้อยกว่า ๙๐', resp='ส่วนอำนวยการ', mk=range(3, 7)),
  dict(n='2', title='เผยแพร่ผลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณรายเดือน', steps=['สรุป สขร.๑ ทุกเดือน', 'รายงานการใช้จ่ายงบประมาณรายไตรมาส'],
       oc='ข้อมูลเป็นปัจจุบันครบ ๑๒ เดือน', resp='ส่วนอำนวยการ (งานพัสดุ/การเงิน)', mk=range(0, 12)),
 ]),
 ('ด้านที่ ๒ การป้องกันการทุจริตและผลประโยชน์ทับซ้อน', [
  dict(n='3', title='ประเมินความเสี่ยงการทุจริตในการพิจารณาอนุญาตใช้น้ำและโครงการแหล่งน้ำ', steps=['ระบุความเสี่ยงและจัดทำแผนบริหารความเสี่ยง', 'ติดตามการควบคุมความเสี่ยง'],
       oc='มีแผนบริหารความเสี่ยง ๑ ฉบับ และไม่เกิดเหตุการณ์ตามความเสี่ยง', resp='ส่วนอนุญาตและกำกับการใช้น้ำ', mk=[1, 2, 8]),
  dict(n='4', title='ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัล (No Gift Policy)', steps=['ผู้อำนวยการประกาศเจตนารมณ์', 'เวียนแจ้งบุคลากรลงนามรับทราบ'],
       oc='บุคลากรรับทราบครบร้อยละ ๑๐๐', resp='ส่วนอำนวยการ (งานบุคคล)', mk=[0, 1]),
  dict(n='5', title='อบรมเสริมสร้างความรู้เรื่องผลประโยชน์ทับซ้อนและประมวลจริยธรรม', steps=['จัดอบรมบุคลากรทุกระดับ', 'ทดสอบความรู้ก่อน-หลังอบรม'],
       oc='ผู้ผ่านการอบรมมีคะแนนหลังอบรมเพิ่มขึ้นไม่น้อยกว่าร้อยละ ๒๐', resp='ส่วนอำนวยการ', mk=[5]),
 ]),
 ('ด้านที่ ๓ การมีส่วนร่วมและการติดตามผล', [
  dict(n='6', title='รับฟังความคิดเห็นผู้ใช้น้ำและองค์กรผู้ใช้น้ำผ่านคณะกรรมการลุ่มน้ำ', steps=['จัดเวทีรับฟังความคิดเห็น ๒ ครั้ง', 'สรุปข้อเสนอแนะเสนอผู้บริหาร'],
       oc='ข้อเสนอแนะได้รับการพิจารณาและตอบกลับทุกเรื่อง', resp='ส่วนบริหารจัดการลุ่มน้ำ', mk=[4, 9]),
  dict(n='7', title='ติดตามและรายงานผลการดำเนินงานตามแผนรอบ ๖ เดือน และ ๑๒ เดือน', steps=['รวบรวมผลจากผู้รับผิดชอบทุกกิจกรรม', 'รายงานผู้อำนวยการและ สทนช. ส่วนกลาง'],
       oc='มีรายงานผลรอบ ๖ เดือน และ ๑๒ เดือน เผยแพร่บนเว็บไซต์', resp='ส่วนอำนวยการ (งานแผน)', mk=[6, 11]),
 ]),
]
M = [m for g, ms in G for m in ms]
for m in M:
    m['period'] = ' '.join(MONTHS[i] for i in m['mk'])

def build():
    doc = new_doc('Garuda', 11, landscape=True, margins=(1.5, 1.2, 1.2, 1.2))
    header_footer(doc.sections[0], AG, 'of', 9)
    para(doc, TITLE, bold=True, size=14, align='c')
    para(doc, AG + ' สำนักงานทรัพยากรน้ำแห่งชาติ (สทนช.)', bold=True, size=14, align='c', after=4)
    para(doc, 'ผลการประเมิน ITA ของ สทนช. ประจำปี ๒๕๖๙ ได้ ๙๒.๐๔ คะแนน ระดับ ผ่าน สำนักงานฯ จึงจัดทำแผนการขับเคลื่อนเพื่อยกระดับการดำเนินงานด้านคุณธรรมและความโปร่งใส ดังนี้', indent=1.0, after=4)
    n = 5 + 12
    t = doc.add_table(rows=2, cols=n); t.style = 'Table Grid'
    for i, h in enumerate(['ที่', 'กิจกรรม', 'วิธีการ/ขั้นตอน', 'ตัวชี้วัด/ผลที่คาดว่าจะได้รับ', 'ผู้รับผิดชอบ']):
        c = t.cell(0, i).merge(t.cell(1, i)); set_cell(c, h, bold=True, size=10, align='c', shade='DDEBF7')
    c = t.cell(0, 5).merge(t.cell(0, n - 1)); set_cell(c, 'ระยะเวลาดำเนินการ ปีงบประมาณ พ.ศ. ๒๕๗๐ (ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐)', bold=True, size=10, align='c', shade='DDEBF7')
    for i, mo in enumerate(MONTHS):
        set_cell(t.cell(1, 5 + i), mo, bold=True, size=8, align='c', shade='DDEBF7')
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for g, ms in G:
        r = t.add_row(); c = r.cells[0].merge(r.cells[n - 1]); set_cell(c, g, bold=True, size=11, shade='F2F2F2')
        for m in ms:
            r = t.add_row().cells
            for j, v in enumerate([th(m['n']), m['title'], m['steps'], m['oc'], m['resp']]):
                set_cell(r[j], v, size=10, align='c' if j == 0 else None)
            for i in range(12):
                set_cell(r[5 + i], '✓' if i in m['mk'] else '', size=10, align='c')
    col_widths(t, [0.7, 4.4, 4.0, 3.6, 2.6] + [0.95] * 12); cell_valign_top(t)
    para(doc, '', after=8)
    for x in ['(ลงชื่อ) ........................................ ผู้เสนอแผน', '(นางสาวกัลยา ชูศรี) หัวหน้าส่วนอำนวยการ', '',
              '(ลงชื่อ) ........................................ ผู้อนุมัติแผน', '(นายวิโรจน์ แสงอรุณ) ผู้อำนวยการสำนักงานทรัพยากรน้ำแห่งชาติ ภาค ๓']:
        para(doc, x, align='c')
    src = os.path.join(BUILD, FN.replace('.pdf', '.docx')); doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, FN))
    write_truth(FN, 'plan', 2570, AG, 'activity', M, [],
        'Landscape Word plan exported to PDF (Garuda): 17 columns, two-row header (\'ระยะเวลาดำเนินการ ปีงบประมาณ พ.ศ. ๒๕๗๐ (ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐)\' '
        'over 12 month columns), both header rows repeated; period ONLY as ✓ marks in month cells; grey unnumbered group rows \'ด้านที่ ๑–๓\' '
        '(not activities); own steps, indicator (= outcome) and responsible columns; activity ๗ is the plan\'s own 6/12-month follow-up and '
        'report = monitoring present for every activity. Unit = activity. COMPLETE (output never stated in plans).', gen_mon=True)

if __name__ == '__main__':
    build()
