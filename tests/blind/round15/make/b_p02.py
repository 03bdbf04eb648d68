# p02: เทศบาลตำบลบ้านแฮดใต้ — plan FY2570, landscape DOCX, group rows 'มาตรการที่ n' over activities n.m, quarter columns with ✓
import os
from common import *

FN = 'p02_tt_banhaettai_plan_2570.docx'
AG = 'เทศบาลตำบลบ้านแฮดใต้'
TITLE = 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐'
G = [
 ('มาตรการที่ ๑ ส่งเสริมการเปิดเผยข้อมูลข่าวสารของเทศบาล', [
  dict(n='1.1', title='ปรับปรุงเว็บไซต์เทศบาลและข้อมูลสาธารณะ (OIT)', steps='มอบหมายผู้รับผิดชอบรายข้อ ตรวจสอบข้อมูลทุกเดือน', budget='-',
       q=[1, 2], resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', oc='ข้อมูลบนเว็บไซต์ครบถ้วนเป็นปัจจุบันทุกข้อ'),
  dict(n='1.2', title='ประชาสัมพันธ์ข้อมูลข่าวสารผ่านเสียงตามสายและกลุ่ม Line ชุมชน', steps='จัดทำสคริปต์ข่าวรายสัปดาห์ ส่งประธานชุมชนเผยแพร่', budget='๕,๐๐๐',
       q=[1, 2, 3, 4], resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', oc='ประชาชนรับรู้ข่าวสารของเทศบาลเพิ่มขึ้น'),
 ]),
 ('มาตรการที่ ๒ ป้องกันการทุจริตในการจัดซื้อจัดจ้างและการใช้ทรัพย์สิน', [
  dict(n='2.1', title='เผยแพร่แผนและผลการจัดซื้อจัดจ้างประจำเดือน', steps='จัดทำ สขร.๑ เผยแพร่ภายในวันที่ ๑๐ ของเดือนถัดไป', budget='-',
       q=[1, 2, 3, 4], resp='', oc='เผยแพร่ผลการจัดซื้อจัดจ้างครบ ๑๒ เดือน'),
  dict(n='2.2', title='แต่งตั้งตัวแทนชุมชนร่วมเป็นกรรมการตรวจรับงานจ้างก่อสร้าง', steps='ประชาคมคัดเลือกตัวแทนชุมชน ออกคำสั่งแต่งตั้ง', budget='-',
       q=[2, 3], resp='กองช่าง', oc='ทุกโครงการก่อสร้างมีตัวแทนชุมชนร่วมตรวจรับ'),
  dict(n='2.3', title='จัดทำทะเบียนคุมการยืมพัสดุและการใช้รถยนต์ส่วนกลาง', steps='จัดทำแบบฟอร์มยืม-คืน และสมุดบันทึกการใช้รถ', budget='๒,๐๐๐',
       q=[1], resp='กองคลัง (งานพัสดุ)', oc='การยืมพัสดุและใช้รถมีหลักฐานตรวจสอบได้ทุกครั้ง'),
 ]),
 ('มาตรการที่ ๓ เสริมสร้างวัฒนธรรมองค์กรสุจริต', [
  dict(n='3.1', title='โครงการอบรมคุณธรรมจริยธรรมผู้บริหาร สมาชิกสภา และพนักงานเทศบาล', steps='อบรม ๑ วัน ศึกษาดูงานองค์กรต้นแบบ', budget='๓๕,๐๐๐',
       q=[3], resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', oc='ผู้เข้าอบรมไม่น้อยกว่าร้อยละ ๘๐ ของบุคลากรทั้งหมด'),
  dict(n='3.2', title='กิจกรรมประกาศเจตนารมณ์ต่อต้านการทุจริต (No Gift Policy)', steps='นายกเทศมนตรีประกาศเจตนารมณ์ บุคลากรลงนามรับทราบ', budget='-',
       q=[], resp='สำนักปลัดเทศบาล', oc='บุคลากรลงนามรับทราบครบทุกคน'),
 ]),
]
M = [m for g, ms in G for m in ms]
QL = ['ไตรมาส ๑\n(ต.ค.–ธ.ค. ๖๙)', 'ไตรมาส ๒\n(ม.ค.–มี.ค. ๗๐)', 'ไตรมาส ๓\n(เม.ย.–มิ.ย. ๗๐)', 'ไตรมาส ๔\n(ก.ค.–ก.ย. ๗๐)']
for m in M:
    m['period'] = ' '.join('Q%d' % q for q in m['q'])

def build():
    doc = new_doc('TH SarabunIT๙', 15, landscape=True, margins=(1.8, 1.5, 1.5, 1.5))
    header_footer(doc.sections[0], None, 'dash', 14)
    para(doc, TITLE, bold=True, size=18, align='c')
    para(doc, AG + ' อำเภอบ้านแฮด จังหวัดแก่นนคร', bold=True, size=18, align='c', after=6)
    t = doc.add_table(rows=2, cols=10); t.style = 'Table Grid'
    for i, h in enumerate(['ที่', 'โครงการ/กิจกรรม', 'วิธีดำเนินการ', 'งบประมาณ (บาท)']):
        c = t.cell(0, i).merge(t.cell(1, i)); set_cell(c, h, bold=True, size=14, align='c', shade='D9E2F3')
    c = t.cell(0, 4).merge(t.cell(0, 7)); set_cell(c, 'ระยะเวลาดำเนินการ ปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, size=14, align='c', shade='D9E2F3')
    for i, q in enumerate(QL):
        set_cell(t.cell(1, 4 + i), q.split('\n'), bold=True, size=12, align='c', shade='D9E2F3')
    for i, h in [(8, 'ผู้รับผิดชอบ'), (9, 'ตัวชี้วัด')]:
        c = t.cell(0, i).merge(t.cell(1, i)); set_cell(c, h, bold=True, size=14, align='c', shade='D9E2F3')
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for g, ms in G:
        r = t.add_row(); c = r.cells[0].merge(r.cells[9]); set_cell(c, g, bold=True, size=14, shade='FBE4D5')
        for m in ms:
            r = t.add_row().cells
            for j, v in [(0, th(m['n'])), (1, m['title']), (2, m['steps']), (3, m['budget']), (8, m['resp']), (9, m['oc'])]:
                set_cell(r[j], v, size=14, align='c' if j in (0, 3) else None)
            for k in range(4):
                set_cell(r[4 + k], '✓' if (k + 1) in m['q'] else '', size=14, align='c')
    col_widths(t, [1.0, 5.2, 5.0, 1.9, 1.7, 1.7, 1.7, 1.7, 3.2, 4.0]); cell_valign_top(t)
    para(doc, '', after=10)
    for x in ['(ลงชื่อ) .......................................... ผู้จัดทำแผน', '(นางสาวนงลักษณ์ โคตรสมบัติ) หัวหน้าสำนักปลัดเทศบาล', '',
              '(ลงชื่อ) .......................................... ผู้อนุมัติ', '(นายสุรพล ภูมิโคกรักษ์) นายกเทศมนตรีตำบลบ้านแฮดใต้']:
        para(doc, x, align='c')
    doc.save(os.path.join(OUT, FN))
    write_truth(FN, 'plan', 2570, AG, 'activity', M,
        ['activity 2.1: responsible cell blank', 'activity 3.2: no quarter marked - no period',
         'no follow-up / reporting of the plan stated anywhere (monitoring missing for every activity)'],
        'Municipal action plan in a landscape DOCX: 10 columns, two-row header (\'ระยะเวลาดำเนินการ ปีงบประมาณ พ.ศ. ๒๕๗๐\' over four quarter '
        'columns labelled with month ranges), both rows repeated; period ONLY as ✓ marks in the quarter cells; merged shaded group rows '
        '\'มาตรการที่ ๑–๓\' (not units) over activities ๑.๑–๓.๒ (unit = activity, numbers written in Thai digits); budget column (not an element); '
        'indicator column = outcome. No monitoring column or follow-up activity. Output never stated (plan).')

if __name__ == '__main__':
    build()
