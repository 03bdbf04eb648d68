# r02: สสจ.เซบายเหนือ — results FY2569, landscape DOCX, two-row header, measure cells vMerged over activity rows
import os
from common import *

FN = 'r02_ssj_sebainuea_results_2569.docx'
AG = 'สำนักงานสาธารณสุขจังหวัดเซบายเหนือ'
TITLE = 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙'
# acts: (activity, period, output, outcome)
M = [
 dict(n='1', title='มาตรการเปิดเผยข้อมูลต่อสาธารณะ (MOIT ๑ – MOIT ๕)', resp='กลุ่มงานบริหารทั่วไป / งานประชาสัมพันธ์',
      mon='ผู้รับผิดชอบรายงานความก้าวหน้าในที่ประชุม กวป. ทุกเดือน',
      acts=[('๑.๑ แต่งตั้งผู้รับผิดชอบการเผยแพร่ข้อมูลบนเว็บไซต์ตามแบบ MOIT', 'ต.ค. – พ.ย. ๒๕๖๘', 'มีคำสั่ง สสจ. ที่ ๔๑๒/๒๕๖๘ แต่งตั้งผู้รับผิดชอบ ๑๘ ราย', 'ผู้รับผิดชอบทุกรายเข้าใจบทบาทและเผยแพร่ข้อมูลตามกำหนด'),
            ('๑.๒ ตรวจสอบและปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน', 'ทุกเดือน', 'ปรับปรุงข้อมูลครบ ๒๒ รายการ', 'ผ่านการประเมิน MOIT ของกระทรวงสาธารณสุข ร้อยละ ๑๐๐')]),
 dict(n='2', title='มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อยาและเวชภัณฑ์', resp='กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข',
      mon='สรุปผลและรายงานนายแพทย์สาธารณสุขจังหวัดรายไตรมาส',
      acts=[('๒.๑ ให้คณะกรรมการจัดซื้อยาลงนามแบบแสดงการไม่มีส่วนได้เสีย', '-', 'กรรมการลงนามครบ ๒๔ คน ทุกโครงการจัดซื้อ', 'ไม่พบกรณีผลประโยชน์ทับซ้อนในการจัดซื้อยา'),
            ('๒.๒ เผยแพร่ราคากลางและผลการจัดซื้อยารายเดือน', '', 'เผยแพร่ครบ ๑๒ เดือน', 'ผู้ประกอบการตรวจสอบราคาได้ ไม่มีข้อร้องเรียน')]),
 dict(n='3', title='มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', resp='กลุ่มกฎหมาย',
      mon='รายงานผลการจัดการเรื่องร้องเรียนต่อศูนย์ปฏิบัติการต่อต้านการทุจริต สป.สธ. ทุกไตรมาส',
      acts=[('จัดทำทะเบียนรับเรื่องร้องเรียนและแจ้งผลแก่ผู้ร้องภายใน ๑๕ วันทำการ', 'ต.ค. ๖๘ – ก.ย. ๖๙', 'รับเรื่องร้องเรียน ๗ เรื่อง แจ้งผลครบทุกเรื่อง', 'เรื่องร้องเรียนได้รับการแก้ไขภายในกำหนด ร้อยละ ๑๐๐')]),
 dict(n='4', title='มาตรการส่งเสริมจริยธรรมและวัฒนธรรมสุจริตของบุคลากรสาธารณสุข', resp='กลุ่มงานบริหารทรัพยากรบุคคล',
      mon='ติดตามผลการดำเนินงานผ่านชมรมจริยธรรม สสจ. และรายงานทุก ๖ เดือน',
      acts=[('๔.๑ อบรมหลักสูตรต้านทุจริตศึกษาสำหรับบุคลากรสาธารณสุข', 'มี.ค. ๒๕๖๙', 'อบรม ๑ รุ่น ผู้เข้าร่วม ๑๒๐ คน', 'อยู่ระหว่างดำเนินการ'),
            ('๔.๒ คัดเลือกบุคลากรต้นแบบด้านคุณธรรม', 'ส.ค. ๒๕๖๙', 'คัดเลือกต้นแบบ ๓ ราย', 'อยู่ระหว่างดำเนินการ')]),
 dict(n='5', title='มาตรการการใช้ทรัพย์สินของราชการ', resp='กลุ่มงานบริหารทั่วไป (งานพัสดุ)', mon='-',
      acts=[('๕.๑ ทบทวนแนวปฏิบัติการยืมและการใช้รถราชการ', 'ธ.ค. ๒๕๖๘', 'ออกแนวปฏิบัติการยืมพัสดุและการใช้รถราชการ ฉบับปรับปรุง', 'การยืมพัสดุมีหลักฐานครบถ้วน ตรวจสอบได้'),
            ('๕.๒ ประชาสัมพันธ์แนวปฏิบัติให้บุคลากรทราบ', 'ม.ค. ๒๕๖๙', '-', 'บุคลากรปฏิบัติตามแนวปฏิบัติ ไม่พบการนำทรัพย์สินไปใช้ส่วนตัว')]),
]
for m in M:
    m['steps'] = [a[0] for a in m['acts']]
    m['period'] = [a[1] for a in m['acts'] if not blank(a[1])]
    m['out'] = [a[2] for a in m['acts'] if not blank(a[2])]
    m['oc'] = [a[3] for a in m['acts'] if judge(a[3], True) == 'present']

def build():
    doc = new_doc('TH SarabunPSK', 16, landscape=True, margins=(1.8, 1.5, 1.5, 1.5))
    sec = doc.sections[0]
    header_footer(sec, AG, 'page', 14)
    para(doc, TITLE, bold=True, size=18, align='c')
    para(doc, AG + ' กระทรวงสาธารณสุข', bold=True, size=18, align='c', after=6)
    para(doc, 'สำนักงานสาธารณสุขจังหวัดเซบายเหนือได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ '
              'ซึ่งจัดทำขึ้นจากผลการประเมิน ITA ปี ๒๕๖๘ (ได้คะแนน ๙๑.๒๘ คะแนน ระดับผ่าน) และตามเกณฑ์การประเมิน MOIT ของกระทรวงสาธารณสุข รายละเอียดดังนี้', indent=1.5, after=6)
    t = doc.add_table(rows=2, cols=8); t.style = 'Table Grid'
    h1 = ['ที่', 'มาตรการ', 'กิจกรรม/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน', '', 'การติดตามและรายงานผล']
    for i in [0, 1, 2, 3, 4, 7]:
        a = t.cell(0, i).merge(t.cell(1, i)); set_cell(a, h1[i], bold=True, size=14, align='c', shade='DEEAF6')
    g = t.cell(0, 5).merge(t.cell(0, 6)); set_cell(g, 'ผลการดำเนินงาน', bold=True, size=14, align='c', shade='DEEAF6')
    set_cell(t.cell(1, 5), 'ผลผลิต (Output)', bold=True, size=14, align='c', shade='DEEAF6')
    set_cell(t.cell(1, 6), 'ผลลัพธ์ (Outcome)', bold=True, size=14, align='c', shade='DEEAF6')
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for m in M:
        start = len(t.rows)
        for a in m['acts']:
            r = t.add_row().cells
            set_cell(r[2], a[0], size=14); set_cell(r[4], a[1], size=14, align='c')
            set_cell(r[5], a[2], size=14); set_cell(r[6], a[3], size=14)
        end = len(t.rows) - 1
        for col, val, al in [(0, th(m['n']), 'c'), (1, m['title'], None), (3, m['resp'], None), (7, m['mon'], None)]:
            c = t.cell(start, col).merge(t.cell(end, col)) if end > start else t.cell(start, col)
            set_cell(c, val, size=14, align=al, bold=(col == 1))
    col_widths(t, [1.0, 4.0, 5.2, 3.2, 2.3, 4.0, 4.0, 3.3])
    cell_valign_top(t)
    para(doc, '', after=12)
    for s in ['(ลงชื่อ) ................................................', '(นายแพทย์ธนวัฒน์ ศรีสุวรรณ)', 'นายแพทย์สาธารณสุขจังหวัดเซบายเหนือ', 'วันที่ ๓๐ ตุลาคม ๒๕๖๙']:
        para(doc, s, align='c')
    doc.save(os.path.join(OUT, FN))
    write_truth(FN, 'results', 2569, AG, 'measure', M,
        ['measure 2: no period for either activity (\'-\' and blank)', 'measure 4: outcome \'อยู่ระหว่างดำเนินการ\' on both activity rows',
         'measure 5: monitoring is \'-\'', 'measure 5: activity 5.2 output \'-\' (5.1 has one, so output present)'],
        'Provincial health office results in a landscape DOCX; two-row header (ผลการดำเนินงาน over ผลผลิต (Output) / ผลลัพธ์ (Outcome)), both '
        'header rows marked to repeat. The ที่, มาตรการ, ผู้รับผิดชอบ and การติดตามและรายงานผล cells are vertically merged over the measure\'s '
        'activity rows (n.1, n.2): unit = measure (5 measures), an element is present when stated in any of its rows; the activity column '
        'holds the steps. ITA 2568 score 91.28 ผ่าน in the intro.')

if __name__ == '__main__':
    build()
