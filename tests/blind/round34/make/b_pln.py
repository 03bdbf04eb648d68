"""Round 34 ordinary plans: p03 (docx), p04 (pdf). The NEW-form plans p01 and p02 are in b_new.py."""
from common import *
from docx.shared import Pt, Cm


# =====================================================================================================
# p03 DOCX SUBDISTRICT MUNICIPALITY plan, landscape; group rows 'ประเด็นที่ 1/2'; 2.3 = follow-up; COMPLETE
# =====================================================================================================
def p03():
    A = 'เทศบาลตำบลดอนสักนที'
    G = {'1.1': 'ประเด็นที่ 1 การเปิดเผยข้อมูลและการมีส่วนร่วมของประชาชน', '2.1': 'ประเด็นที่ 2 การป้องกันการทุจริตและการติดตามผล'}
    M = [
        mk('1.1', 'เผยแพร่ข้อมูลงบประมาณรายจ่ายประจำปีฉบับประชาชน',
           ['1) จัดทำอินโฟกราฟิกงบประมาณ', '2) เผยแพร่ทางเว็บไซต์ เพจ และหอกระจายข่าว'],
           'กองคลัง / สำนักปลัด', 'ต.ค. – ธ.ค. 2569', 'ปลัดเทศบาลตรวจสอบก่อนเผยแพร่', outc='ประชาชนเข้าถึงข้อมูลงบประมาณ ไม่น้อยกว่า 1,000 ครั้ง'),
        mk('1.2', 'ประชาคมตำบลเพื่อรับฟังความคิดเห็นต่อแผนพัฒนาท้องถิ่น',
           ['1) จัดประชาคม 8 หมู่บ้าน', '2) สรุปความต้องการเสนอคณะกรรมการพัฒนาท้องถิ่น'],
           'กองยุทธศาสตร์และงบประมาณ', 'ม.ค. – มี.ค. 2570', 'คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น', outc='ประชาชนเข้าร่วมไม่น้อยกว่า 400 คน'),
        mk('2.1', 'ตรวจสอบการจ่ายค่าตอบแทนและค่าเช่าบ้านพนักงานเทศบาล',
           ['1) ตรวจสอบหลักฐานการเบิกจ่ายทุกเดือน', '2) สุ่มตรวจย้อนหลังรายไตรมาส'],
           'กองคลัง / หน่วยตรวจสอบภายใน', 'ต.ค. 2569 – ก.ย. 2570', 'หน่วยตรวจสอบภายในรายงานนายกเทศมนตรีทุกไตรมาส', outc='ไม่พบการเบิกจ่ายโดยมิชอบ'),
        mk('2.2', 'อบรมพนักงานเรื่องผลประโยชน์ทับซ้อนและประมวลจริยธรรม',
           ['1) จัดอบรม 1 รุ่น', '2) ทดสอบความรู้ก่อนและหลังการอบรม'],
           'สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', 'ก.พ. – เม.ย. 2570', 'ประเมินผลหลังการอบรม', outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 90'),
        mk('2.3', 'ติดตามและรายงานผลการดำเนินงานตามแผนปฏิบัติการ',
           ['1) รวบรวมผลการดำเนินงานทุกกิจกรรม', '2) รายงานผลรอบ 6 เดือนและ 12 เดือน', '3) เผยแพร่รายงานบนเว็บไซต์'],
           'สำนักปลัดเทศบาล', 'เม.ย. 2570 และ ก.ย. 2570', 'นายกเทศมนตรีพิจารณารายงาน', outc='รายงานผล 2 ครั้ง เผยแพร่ตามกำหนด'),
    ]
    d = new_doc('Norasi', 13, landscape=True)
    sec = d.sections[0]
    footer_pages(sec, 'หน้า {P} จาก {N}')
    title = 'แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570'
    para(d, title, bold=True, center=True, size=16)
    para(d, A + ' อำเภอดอนสักนที จังหวัดสุราษฎร์นที', bold=True, center=True, size=15)
    para(d, 'หลักการและเหตุผล : เทศบาลตำบลดอนสักนทีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 ได้ 86.95 คะแนน ผลการประเมิน ผ่าน '
            'จึงจัดทำแผนปฏิบัติการฉบับนี้เพื่อยกระดับคุณธรรมและความโปร่งใส')
    hdr = ['ที่', 'กิจกรรม', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ตัวชี้วัด']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        cell(t.rows[0].cells[i], h, bold=True, center=True); shade(t.rows[0].cells[i], 'D9D9D9')
    repeat_header(t.rows[0])
    for m in M:
        if m['n'] in G:
            r = t.add_row(); c = r.cells[0].merge(r.cells[6]); cell(c, G[m['n']], bold=True); shade(c, 'DEEAF6')
        r = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(r[i], v, center=(i == 0))
    widths(t, [1.2, 4.4, 5.6, 3.4, 2.6, 4.0, 4.2])
    para(d, '')
    para(d, 'ผู้เสนอแผน  นางสาวสุดารัตน์ ดอนสักวงศ์  ปลัดเทศบาลตำบลดอนสักนที', center=True)
    para(d, 'ผู้อนุมัติแผน  นายชยพล นทีรักษ์  นายกเทศมนตรีตำบลดอนสักนที', center=True)
    fn = 'p03_tt_donsaknathi_plan_2570.docx'
    d.save(os.path.join(OUT, fn))
    to_pdf(os.path.join(OUT, fn))
    label(fn, 'plan', 2570, A, U_PLN, M, [],
          'Word (Norasi 13, A4 landscape): title "แผนปฏิบัติการป้องกันการทุจริต…" (FY 2570), principle paragraph (ITA 2569 86.95 ผ่าน), a '
          '7-column table (ที่, กิจกรรม, วิธีดำเนินการ, ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, ตัวชี้วัด = outcome) with merged blue group rows '
          '"ประเด็นที่ 1/2" (not units) and a repeated header; activity 2.2\'s row is cut by the page break and continues at the top of page 2 '
          '(it belongs to 2.2); activities 1.1–2.3, where 2.3 is the plan\'s own follow-up and report activity. COMPLETE. '
          'Unit = activity; output never stated (plan): missing.')


# =====================================================================================================
# p04 PDF (HTML -> Chromium) provincial NATURAL RESOURCES office; cover + TOC; 'กิจกรรมที่ n'; COMPLETE
# =====================================================================================================
def p04():
    A = 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดพัทลุงนที'
    M = [
        mk('1', 'เผยแพร่ข้อมูลการอนุญาตใช้ประโยชน์ในเขตป่าชายเลนและพื้นที่ชุ่มน้ำ',
           ['จัดทำฐานข้อมูลการอนุญาต', 'เผยแพร่บนเว็บไซต์รายไตรมาส'], 'กลุ่มงานทรัพยากรธรรมชาติ', 'ต.ค. 2569 – ก.ย. 2570',
           'ผู้อำนวยการ ทสจ. ตรวจสอบก่อนเผยแพร่', outc='เผยแพร่ข้อมูลครบ 4 ไตรมาส'),
        mk('2', 'รับฟังความคิดเห็นชุมชนรอบทะเลสาบสงขลาตอนบนต่อโครงการฟื้นฟูทรัพยากร',
           ['จัดเวทีรับฟังความคิดเห็น 3 อำเภอ', 'สรุปผลและแจ้งกลับชุมชน'], 'กลุ่มงานสิ่งแวดล้อม', 'ม.ค. – เม.ย. 2570',
           'รายงานผู้ว่าราชการจังหวัดหลังเวที', outc='ผู้เข้าร่วมไม่น้อยกว่า 300 คน'),
        mk('3', 'ป้องกันผลประโยชน์ทับซ้อนในการตรวจสอบพื้นที่บุกรุกที่ดินของรัฐ',
           ['ลงนามแบบแสดงความไม่มีส่วนได้เสียก่อนออกตรวจ', 'ตรวจพื้นที่เป็นทีมอย่างน้อย 3 คน'], 'กลุ่มงานอำนวยการ / ชุดตรวจพื้นที่',
           'ต.ค. 2569 – ก.ย. 2570', 'คณะทำงานส่งเสริมคุณธรรม ทสจ. ทุก 6 เดือน', outc='ไม่มีข้อร้องเรียนผลประโยชน์ทับซ้อน'),
        mk('4', 'ประกาศนโยบายไม่รับของขวัญและจัดทำทะเบียนการปฏิเสธ',
           ['ผู้อำนวยการประกาศนโยบาย', 'จัดทำทะเบียนการปฏิเสธ'], 'กลุ่มงานอำนวยการ', 'ธ.ค. 2569 – ม.ค. 2570',
           'รายงานสำนักงานปลัดกระทรวงทรัพยากรธรรมชาติฯ', outc='บุคลากรปฏิบัติตามนโยบายร้อยละ 100'),
        mk('5', 'ติดตามและรายงานผลการดำเนินการตามแผนขับเคลื่อน',
           ['รวบรวมผลทุกกิจกรรม', 'รายงานรอบ 6 และ 12 เดือน'], 'กลุ่มงานอำนวยการ', 'มี.ค. และ ก.ย. 2570',
           'ผู้อำนวยการ ทสจ. พิจารณารายงาน', outc='รายงานผลครบ 2 รอบ'),
    ]
    title = 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570'
    rows = ''.join('<tr><td class="c">กิจกรรมที่ %s</td><td>%s</td><td><ul>%s</ul></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>'
                   % (m['n'], esc(m['title']), ''.join('<li>%s</li>' % esc(s) for s in m['steps']), esc(m['resp']), esc(m['period']),
                      esc(m['mon']), esc(m['outc'])) for m in M)
    h = '''<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>%s</title><style>
@page{size:A4 landscape;margin:14mm 12mm}body{font-family:'Waree';font-size:11pt}
.cover{height:170mm;display:flex;flex-direction:column;justify-content:center;text-align:center;page-break-after:always}
.cover h1{font-size:22pt;margin:4px}.toc{page-break-after:always}.toc p{display:flex}.toc span.f{flex:1;border-bottom:1px dotted #000;margin:0 4px 6px}
table{border-collapse:collapse;width:100%%}th,td{border:1px solid #444;padding:4px;vertical-align:top}thead th{background:#d5e8d4}
thead{display:table-header-group}tr{page-break-inside:avoid}.c{text-align:center;white-space:nowrap}ul{margin:0;padding-left:16px}
</style></head><body>
<div class="cover"><h1>แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h1><h1>ประจำปีงบประมาณ พ.ศ. 2570</h1><p style="font-size:16pt;margin-top:40px">%s</p><p>กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม</p></div>
<div class="toc"><h2 style="text-align:center">สารบัญ</h2>
<p><span>ส่วนที่ 1 บทนำและผลการประเมิน ITA ปี 2569</span><span class="f"></span><span>1</span></p>
<p><span>ส่วนที่ 2 แผนการขับเคลื่อน</span><span class="f"></span><span>2</span></p>
<p><span>ส่วนที่ 3 การติดตามและรายงานผล</span><span class="f"></span><span>3</span></p></div>
<h2 style="text-align:center;font-size:15pt">%s</h2>
<p><b>ส่วนที่ 1</b> ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 ของสำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ได้ 93.87 คะแนน ผลการประเมิน ผ่าน</p>
<p><b>ส่วนที่ 2</b> แผนการขับเคลื่อน</p>
<table><thead><tr><th>ลำดับ</th><th>กิจกรรม</th><th>วิธีการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ตัวชี้วัด/เป้าหมาย</th></tr></thead>
<tbody>%s</tbody></table>
<p><b>ส่วนที่ 3</b> การติดตามและรายงานผล : กลุ่มงานอำนวยการรายงานผลตามกิจกรรมที่ 5</p>
<p style="text-align:center;margin-top:24px">(นายสุรศักดิ์ ทะเลน้อย)<br>ผู้อำนวยการสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดพัทลุงนที</p>
</body></html>''' % (title, A, title, rows)
    src = os.path.join(BUILD, 'p04.html'); open(src, 'w', encoding='utf-8').write(h)
    fn = 'p04_tsj_phatthalungnathi_plan_2570.pdf'
    chrome_pdf(src, os.path.join(OUT, fn))
    set_meta(os.path.join(OUT, fn), {'/Title': title, '/Author': 'ทสจ.พัทลุงนที'})
    label(fn, 'plan', 2570, A, U_PLN, M, [],
          'PDF printed by Chromium (Waree 11pt, A4 landscape): cover page, a dot-leader สารบัญ page (neither has units), then the title '
          '"แผนการขับเคลื่อน…" (FY 2570), part 1 (สป.ทส. ITA 2569 93.87 ผ่าน) and a 7-column table (ลำดับ "กิจกรรมที่ 1–5", วิธีการ as '
          'bullets, ตัวชี้วัด/เป้าหมาย = outcome) with a repeated header; activity 5 is the plan\'s own follow-up. COMPLETE. Unit = activity; '
          'output never stated (plan): missing.')
