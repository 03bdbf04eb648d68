# r06: คณะสาธารณสุขศาสตร์ มหาวิทยาลัยอีสานบูรพา — results FY2569, landscape Word → PDF (Umpush)
import os, shutil
from common import *

FN = 'r06_ph_isanburapha_results_2569.pdf'
AG = 'คณะสาธารณสุขศาสตร์ มหาวิทยาลัยอีสานบูรพา'
TITLE = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
GROUPS = [
 ('ตัวชี้วัดที่ 1 – 2 การปฏิบัติหน้าที่และการใช้งบประมาณ (IIT)', [
  dict(n='1', title='มาตรการกำกับการเบิกจ่ายค่าตอบแทนและค่าใช้จ่ายในการเดินทางไปราชการ',
       steps=['1) ทบทวนแนวปฏิบัติการเบิกจ่ายตามระเบียบมหาวิทยาลัย', '2) ตรวจสอบเอกสารก่อนเบิกจ่ายทุกฉบับ (pre-audit)', '3) สุ่มตรวจหลังจ่ายร้อยละ 10'],
       period='ต.ค. 2568 – ก.ย. 2569', resp='งานคลังและพัสดุ สำนักงานคณบดี',
       out='ตรวจสอบเอกสารก่อนเบิกจ่าย 1,184 ฉบับ สุ่มตรวจหลังจ่าย 120 ฉบับ', oc='ไม่พบการเบิกจ่ายผิดระเบียบ ข้อทักท้วงจากกองคลังลดลงจาก 14 เป็น 3 ครั้ง', issue='-'),
  dict(n='2', title='มาตรการป้องกันการใช้ทรัพย์สินของคณะเพื่อประโยชน์ส่วนตน',
       steps=['1) จัดทำระบบยืม-คืนครุภัณฑ์ออนไลน์', '2) ติดป้ายแนวปฏิบัติที่ห้องปฏิบัติการ'],
       period='ธ.ค. 2568 – มิ.ย. 2569', resp='งานบริหารทั่วไป',
       out='ระบบยืม-คืนเปิดใช้ 3 ก.พ. 2569 มีรายการยืม 216 รายการ', oc='การยืมครุภัณฑ์ตรวจสอบย้อนหลังได้ทุกรายการ', issue='บุคลากรบางส่วนยังใช้แบบฟอร์มกระดาษ'),
 ]),
 ('ตัวชี้วัดที่ 5 – 6 คุณภาพการดำเนินงานและประสิทธิภาพการสื่อสาร (EIT)', [
  dict(n='3', title='มาตรการให้บริการนักศึกษาและผู้รับบริการตามมาตรฐานเวลาที่ประกาศ',
       steps='-', period='ภาคการศึกษาที่ 2/2568 – 1/2569', resp='งานบริการการศึกษา',
       out='ประกาศมาตรฐานระยะเวลาการให้บริการ 12 งานบริการ', oc='ให้บริการได้ตามมาตรฐานเวลา ร้อยละ 94.6', issue='-'),
  dict(n='4', title='มาตรการสื่อสารข้อมูลของคณะผ่านช่องทางที่หลากหลาย',
       steps=['1) ปรับปรุงเว็บไซต์คณะให้รองรับอุปกรณ์เคลื่อนที่', '2) เผยแพร่ข่าวผ่าน Facebook และ TikTok ของคณะ', '3) ตอบคำถามผ่าน Line OA ภายใน 24 ชั่วโมง'],
       period='ต.ค. 2568 – ก.ย. 2569', resp='งานประชาสัมพันธ์',
       out='เผยแพร่ข่าว 164 เรื่อง ตอบคำถาม Line OA 2,310 ข้อความ', oc='ผลการประเมิน EIT ด้านประสิทธิภาพการสื่อสาร เพิ่มขึ้นเป็น 88.12 คะแนน', issue='-'),
 ]),
 ('ตัวชี้วัดที่ 9 – 10 การเปิดเผยข้อมูลและการป้องกันการทุจริต (OIT)', [
  dict(n='5', title='มาตรการเผยแพร่ข้อมูลสาธารณะของคณะตามเกณฑ์ OIT',
       steps=['1) มอบหมายผู้รับผิดชอบรายข้อ', '2) ตรวจความครบถ้วนก่อนส่งมหาวิทยาลัย'],
       period='ม.ค. – มี.ค. 2569', resp='งานแผนและประกันคุณภาพ',
       out='ส่งข้อมูลครบ 33 ข้อ ภายในกำหนด', oc='อยู่ระหว่างดำเนินการ', issue='รอผลการประเมินจากมหาวิทยาลัย'),
  dict(n='6', title='โครงการเสริมสร้างจิตสำนึกต่อต้านการทุจริตสำหรับนักศึกษาและบุคลากร',
       steps=['1) จัดเสวนา "สาธารณสุขโปร่งใส"', '2) ประกวดคลิปสั้นต้านทุจริตของนักศึกษา', '3) มอบรางวัลและเผยแพร่ผลงาน'],
       period='ส.ค. 2569', resp='งานกิจการนักศึกษา',
       out='ผู้เข้าร่วมเสวนา 312 คน ผลงานคลิปสั้น 18 ผลงาน', oc='ผู้เข้าร่วมมีความตระหนักรู้เพิ่มขึ้น (ค่าเฉลี่ย 4.52 จาก 5)', issue='-'),
 ]),
]
M = [m for g, ms in GROUPS for m in ms]

def build():
    doc = new_doc('Umpush', 13, landscape=True, margins=(1.6, 1.4, 1.5, 1.5))
    sec = doc.sections[0]
    header_footer(sec, AG + ' : รายงานผลตามมาตรการ ITA ปีงบประมาณ 2569', 'of', 10)
    para(doc, TITLE, bold=True, size=16, align='c')
    para(doc, AG, bold=True, size=16, align='c', after=6)
    para(doc, '1. ผลการประเมินคุณธรรมและความโปร่งใสของคณะ ปีงบประมาณ พ.ศ. 2568', bold=True)
    para(doc, 'คณะได้รับผลการประเมิน ITA ภายในมหาวิทยาลัย ปี 2568 รวม 88.73 คะแนน อยู่ในระดับ ผ่าน โดยมีคะแนนรายเครื่องมือดังนี้', indent=1.2, after=4)
    s = doc.add_table(rows=5, cols=4); s.style = 'Table Grid'
    data = [('เครื่องมือ', 'คะแนน', 'น้ำหนัก', 'คะแนนถ่วงน้ำหนัก'), ('IIT', '90.12', 'ร้อยละ 30', '27.04'),
            ('EIT', '86.35', 'ร้อยละ 40', '34.54'), ('OIT', '87.50', 'ร้อยละ 30', '26.25'), ('รวม', '', '', '87.83')]
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            set_cell(s.cell(i, j), v, bold=(i == 0 or i == 4), size=12, align='c')
    col_widths(s, [3, 3, 3, 4])
    para(doc, '', after=4)
    para(doc, '2. ผลการดำเนินการตามมาตรการ', bold=True, after=4)
    hdr = ['ลำดับ', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'ผลการดำเนินงาน', 'ผลสัมฤทธิ์', 'ปัญหา/อุปสรรค']
    t = doc.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=12, align='c', shade='E2EFDA')
    repeat_header(t.rows[0])
    for g, ms in GROUPS:
        r = t.add_row(); c = r.cells[0].merge(r.cells[7]); set_cell(c, g, bold=True, size=12, shade='F2F2F2')
        for m in ms:
            r = t.add_row().cells
            for j, v in enumerate([m['n'], m['title'], m['steps'], m['period'], m['resp'], m['out'], m['oc'], m['issue']]):
                set_cell(r[j], v, size=12, align='c' if j in (0, 3) else None)
    col_widths(t, [1.1, 4.2, 5.0, 2.4, 2.8, 4.0, 4.0, 2.6])
    cell_valign_top(t)
    para(doc, '', after=4)
    para(doc, '3. การติดตามและรายงานผล', bold=True)
    para(doc, 'คณะกรรมการประจำคณะติดตามความก้าวหน้าการดำเนินการตามมาตรการทุกไตรมาส และรายงานผลต่อมหาวิทยาลัยผ่านกองแผนงานเมื่อสิ้นปีงบประมาณ', indent=1.2, after=12)
    for x in ['(รองศาสตราจารย์ ดร.วันเพ็ญ ภูมิสวัสดิ์)', 'คณบดีคณะสาธารณสุขศาสตร์', '15 ตุลาคม 2569']:
        para(doc, x, align='c')
    src = os.path.join(BUILD, FN.replace('.pdf', '.docx')); doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, FN))
    write_truth(FN, 'results', 2569, AG, 'measure', M,
        ['measure 3: steps cell is \'-\'', 'measure 5: outcome \'อยู่ระหว่างดำเนินการ\'',
         'score: prose says 88.73 but the IIT/EIT/OIT weighted table sums to 87.83 (contradictory)'],
        'University faculty results, landscape Word table exported to PDF (Umpush); running header, footer \'หน้า n จาก N\'; 8 columns incl. '
        'ปัญหา/อุปสรรค (not an element); grey unnumbered group rows \'ตัวชี้วัดที่ …\' (IIT/EIT/OIT) are not measures; header repeated. '
        'No monitoring column: section 3 \'การติดตามและรายงานผล\' is a general statement = monitoring present for every measure. '
        'Contradictory score (88.73 vs 87.83). Unit = measure.', gen_mon=True)

if __name__ == '__main__':
    build()
