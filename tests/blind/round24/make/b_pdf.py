"""PDF documents: r01 (เทศบาลนคร results, Word -> LibreOffice, landscape, cover + สารบัญ, two-row header), r05 (NEW: MEA district
results kept in an EXCEL SHEET and printed to PDF with the sheet wider than the page - columns E-H spill onto their own pages,
page order "down, then over", print titles repeat the header rows and column A), m02 (university faculty measures, approval
memo + table), p01 (อบจ. plan, landscape table)."""
import sys
from common import *
from docx.enum.text import WD_BREAK

_para = para


def page_break(d):
    d._pb = True


def para(d, *a, **k):
    p = _para(d, *a, **k)
    if getattr(d, '_pb', False):
        p.paragraph_format.page_break_before = True
        d._pb = False
    return p


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


def signatures(d, left, right):
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    for c, (a, b, x) in zip(t.rows[0].cells, (left, right)):
        cell(c, ['ลงชื่อ ......................................... ' + x, '(' + a + ')', b], center=True)


# ---------------------------------------------------------------- r01
def r01():
    F = 'r01_tn_paknamthara_results_2569.pdf'
    AG = 'เทศบาลนครปากน้ำธารา'
    GROUPS = [
     ('ยุทธศาสตร์ที่ ๑  เสริมสร้างความโปร่งใสและการมีส่วนร่วมของประชาชน', [
      dict(n='(๑)', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและสรุปผล สขร.๑ รายเดือนบนเว็บไซต์และแอปพลิเคชัน “ปากน้ำธาราสมาร์ทซิตี้”',
           steps='๑. กองคลังรวบรวมสรุปผลการจัดซื้อจัดจ้างทุกเดือน\n๒. ตรวจทานความครบถ้วนโดยหัวหน้าฝ่ายพัสดุ\n๓. เผยแพร่ภายในวันที่ ๑๐ ของเดือนถัดไป',
           resp='กองคลัง (ฝ่ายพัสดุและทรัพย์สิน)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='ผู้อำนวยการกองคลังรายงานปลัดเทศบาลทุกเดือน',
           out='เผยแพร่ครบ ๑๒ เดือน รวม ๑,๐๘๔ รายการ', outc='ผู้ประกอบการและประชาชนตรวจสอบได้ ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
      dict(n='(๒)', title='ประชุมประชาคมชุมชนรับฟังความคิดเห็นโครงการปรับปรุงเขื่อนป้องกันน้ำทะเลหนุน',
           steps='๑. แจ้งประธานชุมชน ๔๒ ชุมชน\n๒. จัดเวทีรับฟังความคิดเห็น ๓ โซน\n๓. สรุปข้อเสนอประกอบการออกแบบและแจ้งผลกลับชุมชน',
           resp='กองช่าง / กองยุทธศาสตร์และงบประมาณ', period='ม.ค. – มี.ค. ๒๕๖๙', mon='รายงานผลในที่ประชุมคณะผู้บริหารเทศบาลประจำเดือน',
           out='จัดเวที ๓ ครั้ง ผู้เข้าร่วม ๖๑๘ คน', outc='แบบก่อสร้างปรับตามข้อเสนอของชุมชน ๕ จุด'),
      dict(n='(๓)', title='ช่องทางร้องเรียนการทุจริต “แจ้งนายก ๒๔ ชม.” ผ่าน LINE OA และตู้รับเรื่อง',
           steps='๑. ประชาสัมพันธ์ QR Code ทุกจุดบริการ\n๒. ศูนย์รับเรื่องราวร้องทุกข์คัดแยกเรื่องภายใน ๑ วันทำการ\n๓. แจ้งผลการดำเนินการแก่ผู้ร้องเรียน',
           resp='สำนักปลัดเทศบาล (ศูนย์รับเรื่องราวร้องทุกข์)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='สรุปสถิติเรื่องร้องเรียนเสนอนายกเทศมนตรีทุกไตรมาส',
           out='รับเรื่อง ๒๓ เรื่อง เป็นเรื่องทุจริต ๒ เรื่อง', outc='อยู่ระหว่างดำเนินการ'),
     ]),
     ('ยุทธศาสตร์ที่ ๒  ป้องกันการทุจริตและส่งเสริมคุณธรรมในองค์กร', [
      dict(n='(๔)', title='จัดทำคู่มือและประกาศแนวทางปฏิบัติการใช้รถราชการและเครื่องจักรกลของเทศบาล',
           steps='๑. ยกร่างคู่มือโดยคณะทำงาน\n๒. ประกาศใช้และชี้แจงพนักงานขับรถ\n๓. ตรวจสมุดบันทึกการใช้รถทุกสัปดาห์',
           resp='สำนักปลัดเทศบาล (งานธุรการ) / กองช่าง', period='พ.ย. ๒๕๖๘ – ก.พ. ๒๕๖๙', mon='คณะกรรมการตรวจสอบการใช้รถราชการรายงานทุกไตรมาส',
           out='คู่มือ ๑ เล่ม ชี้แจงพนักงาน ๕๗ คน', outc='ไม่พบการใช้รถราชการเพื่อประโยชน์ส่วนตน'),
      dict(n='(๕)', title='อบรมเสริมสร้างวัฒนธรรมสุจริตและการป้องกันผลประโยชน์ทับซ้อนสำหรับพนักงานเทศบาลและพนักงานจ้าง',
           steps='๑. จัดอบรม ๓ รุ่น\n๒. ประเมินความรู้ก่อน-หลังอบรม\n๓. ลงนามประกาศเจตนารมณ์ต่อต้านการทุจริต',
           resp='สำนักปลัดเทศบาล (ฝ่ายการเจ้าหน้าที่)', period='-', mon='หัวหน้าฝ่ายการเจ้าหน้าที่สรุปผลเสนอปลัดเทศบาล',
           out='ผู้เข้าอบรม ๔๑๒ คน (ร้อยละ ๙๔)', outc='ผลทดสอบหลังอบรมผ่านเกณฑ์ร้อยละ ๘๘'),
      dict(n='(๖)', title='ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และรายงานการรับของขวัญตามแบบที่กำหนด',
           steps='๑. นายกเทศมนตรีประกาศนโยบาย\n๒. ทุกส่วนราชการรายงานผลตามแบบรายงานภายใน ม.ค. ๒๕๖๙',
           resp='', period='ต.ค. ๒๕๖๘ – ม.ค. ๒๕๖๙', mon='สรุปแบบรายงานเสนอนายกเทศมนตรี',
           out='ประกาศนโยบายแล้ว ส่วนราชการรายงานครบ ๑๒ แห่ง', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    d = new_doc('Laksaman', 13, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.5)
    s.different_first_page_header_footer = True
    footer_pages(s, 'หน้า {P}', head='รายงานผลการดำเนินการตามมาตรการ ITA ประจำปีงบประมาณ ๒๕๖๙  •  ' + AG)
    for _ in range(3):
        para(d, '')
    para(d, '[ตราสัญลักษณ์เทศบาลนครปากน้ำธารา]', center=True, size=12)
    para(d, '')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 22)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True, True, 22)
    para(d, '')
    para(d, AG, True, True, 20)
    para(d, 'อำเภอเมืองปากน้ำธารา  จังหวัดสมุทรปราการธานี', center=True, size=15)
    para(d, 'จัดทำโดย กองยุทธศาสตร์และงบประมาณ  กันยายน ๒๕๖๙', center=True, size=14)
    page_break(d)
    para(d, 'สารบัญ', True, True, 18)
    for a, b in [('ส่วนที่ ๑  ผลการประเมิน ITA ของเทศบาล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', '๑'),
                 ('ส่วนที่ ๒  ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '๒'),
                 ('ส่วนที่ ๓  ปัญหา อุปสรรค และแนวทางแก้ไข', '๕')]:
        para(d, a + '  ' + '.' * 70 + '  ' + b, indent=1.5)
    page_break(d)
    para(d, 'ส่วนที่ ๑  ผลการประเมิน ITA ของเทศบาล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', True, size=15)
    para(d, '\tผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ '
            'เทศบาลนครปากน้ำธาราได้คะแนนรวม ๘๘.๒๖ คะแนน ผลการประเมินอยู่ในระดับ “ผ่าน” โดยมีคะแนนแยกตามแบบวัดดังนี้')
    t2 = d.add_table(rows=5, cols=3); t2.style = 'Table Grid'
    for i, row in enumerate([('แบบวัด', 'คะแนน', 'หมายเหตุ'), ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', '๙๐.๑๒', ''),
                             ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', '๘๔.๓๘', ''),
                             ('แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', '๘๕.๙๐', ''), ('คะแนนรวม', '๘๖.๗๑', 'ระดับผ่าน')]):
        for j, v in enumerate(row):
            cell(t2.rows[i].cells[j], v, i in (0, 4), center=j > 0)
    widths(t2, [10, 3, 3])
    para(d, '')
    para(d, 'ส่วนที่ ๒  ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True, size=15)
    top = ['ลำดับ', 'มาตรการ / โครงการ', 'วิธีการดำเนินงาน', 'หน่วยงานรับผิดชอบ', 'ห้วงเวลา', 'การติดตามผล', 'ผลการดำเนินงาน', '']
    t = d.add_table(rows=2, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(top):
        if i < 6:
            c = t.rows[0].cells[i].merge(t.rows[1].cells[i])
            cell(c, h, True, True, 13); shade(c, 'DDEBF7')
    c = t.rows[0].cells[6].merge(t.rows[0].cells[7]); cell(c, 'ผลการดำเนินงาน', True, True, 13); shade(c, 'DDEBF7')
    cell(t.rows[1].cells[6], 'ผลผลิต (Output)', True, True, 13); shade(t.rows[1].cells[6], 'DDEBF7')
    cell(t.rows[1].cells[7], 'ผลลัพธ์ (Outcome)', True, True, 13); shade(t.rows[1].cells[7], 'DDEBF7')
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for g, ms in GROUPS:
        r = t.add_row()
        m0 = r.cells[0].merge(r.cells[7]); cell(m0, g, True, size=13); shade(m0, 'F2F2F2')
        for m in ms:
            c = t.add_row().cells
            for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
                cell(c[i], v, center=(i == 0 or v in ('-', '......')), size=13)
    widths(t, [1.5, 4.6, 5.8, 3.0, 2.3, 3.2, 3.1, 3.2])
    para(d, '')
    para(d, 'ส่วนที่ ๓  ปัญหา อุปสรรค และแนวทางแก้ไข', True, size=15)
    para(d, '\t๑) การประชุมประชาคมบางชุมชนมีผู้เข้าร่วมน้อยเนื่องจากตรงกับช่วงน้ำทะเลหนุน ควรจัดช่วงเย็นหรือวันหยุด')
    para(d, '\t๒) ระบบรับเรื่องร้องเรียนยังไม่เชื่อมกับฐานข้อมูลสารบรรณ ควรพัฒนาในปีงบประมาณ ๒๕๗๐')
    signatures(d, ('นางสาวพิมพ์ชนก ศรีสมุทร', 'ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ', 'ผู้รายงาน'),
               ('นายธีรวัฒน์ ปากน้ำวงศ์', 'นายกเทศมนตรีนครปากน้ำธารา', 'ผู้อนุมัติ'))
    src = os.path.join(BUILD, F.replace('.pdf', '.docx')); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure (๓): outcome is "อยู่ระหว่างดำเนินการ"', 'measure (๕): period (ห้วงเวลา) is "-"',
           'measure (๖): responsible cell empty',
           'score: FY 2568 total 88.26 in the prose but 86.71 in the IIT/EIT/OIT table (contradictory)'],
          'Word (Laksaman, landscape) exported to PDF: cover page, สารบัญ page, part ๑ prose 88.26 + IIT/EIT/OIT table total '
          '86.71 (contradiction), part ๒ table with TWO-ROW header ("ผลการดำเนินงาน" over ผลผลิต/ผลลัพธ์), own การติดตามผล column, '
          'shaded header repeated on every page, group rows "ยุทธศาสตร์ที่ ๑/๒" (not measures), numbers "(๑)"–"(๖)"; a row cut by a '
          'page break belongs to the row above; running header from page 2, footer "หน้า n"; part ๓ problems; signature table.')


# ---------------------------------------------------------------- r05 (NEW: Excel sheet printed across pages)
def r05():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
    from openpyxl.worksheet.properties import PageSetupProperties
    F = 'r05_mea_bangphlithara_results_2569.pdf'
    AG = 'การไฟฟ้านครหลวงเขตบางพลีธารา'
    MS = [
     dict(n=1, title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและประกาศผู้ชนะการเสนอราคาของการไฟฟ้าเขตบนเว็บไซต์และบอร์ดประชาสัมพันธ์',
          steps='1) รวบรวมประกาศจัดซื้อจัดจ้างทุกรายการ\n2) สรุปผลรายเดือนตามแบบ สขร.1\n3) เผยแพร่ภายใน 10 วันหลังสิ้นเดือน',
          resp='แผนกบริหารพัสดุ', period='ต.ค. 2568 - ก.ย. 2569', mon='ผู้อำนวยการไฟฟ้าเขตตรวจรายงานประจำเดือน',
          out='เผยแพร่ครบ 12 เดือน 327 รายการ', outc='ไม่มีข้อร้องเรียนจากผู้ค้า ผ่านการสอบทานของฝ่ายตรวจสอบภายใน'),
     dict(n=2, title='ลดขั้นตอนและระยะเวลาการขอใช้ไฟฟ้ารายใหม่ผ่านแอปพลิเคชัน MEA Smart Life',
          steps='1) ประชาสัมพันธ์การยื่นคำร้องออนไลน์\n2) ติดตามคำร้องผ่านระบบ Dashboard รายวัน\n3) แจ้งสถานะแก่ผู้ขอใช้ไฟทาง SMS',
          resp='แผนกบริการลูกค้า', period='ต.ค. 2568 - ก.ย. 2569', mon='รายงานตัวชี้วัดระยะเวลาบริการต่อฝ่ายบริการลูกค้าทุกเดือน',
          out='คำร้องออนไลน์ 4,812 ราย (ร้อยละ 71)', outc='ระยะเวลาติดตั้งมิเตอร์เฉลี่ยลดลงจาก 5 วันเหลือ 2.8 วัน'),
     dict(n=3, title='ป้องกันการเรียกรับผลประโยชน์ในงานตรวจสอบและปลดต่อมิเตอร์ด้วยกล้องติดตัวพนักงาน (Body Camera)',
          steps='1) จัดหากล้องติดตัว 40 ชุด\n2) กำหนดให้บันทึกภาพทุกครั้งที่ปฏิบัติงานหน้างาน\n3) สุ่มตรวจไฟล์ภาพสัปดาห์ละ 20 ไฟล์',
          resp='แผนกมิเตอร์และระบบจำหน่าย', period='ม.ค. - ก.ย. 2569', mon='คณะทำงานตรวจสอบภาพบันทึกรายงานผู้อำนวยการไฟฟ้าเขตรายไตรมาส',
          out='ใช้งานกล้อง 40 ชุด ตรวจไฟล์ 640 ไฟล์', outc='ไม่พบการเรียกรับผลประโยชน์ ข้อร้องเรียนพฤติกรรมพนักงานลดลงร้อยละ 60'),
     dict(n=4, title='อบรมจริยธรรมและการขัดกันแห่งผลประโยชน์สำหรับพนักงานและลูกจ้างผู้รับเหมา',
          steps='1) อบรมผ่านระบบ e-Learning ของ กฟน.\n2) จัดบรรยายสำหรับลูกจ้างผู้รับเหมา 2 รุ่น\n3) ทดสอบหลังอบรม',
          resp='แผนกบริหารทั่วไป', period='ก.พ. - เม.ย. 2569', mon='หัวหน้าแผนกบริหารทั่วไปสรุปผลเสนอผู้อำนวยการไฟฟ้าเขต',
          out='ผู้ผ่านการอบรม 286 คน', outc='ผ่านแบบทดสอบร้อยละ 95 ไม่มีกรณีผลประโยชน์ทับซ้อน'),
     dict(n=5, title='ประกาศเจตนารมณ์ No Gift Policy และงดรับของขวัญทุกเทศกาล',
          steps='1) ผู้อำนวยการไฟฟ้าเขตลงนามประกาศ\n2) ติดประกาศที่สำนักงานและจุดบริการ\n3) รายงานการรับของขวัญตามแบบฟอร์ม',
          resp='ผู้อำนวยการไฟฟ้าเขต / ทุกแผนก', period='ต.ค. 2568 - ม.ค. 2569', mon='แผนกบริหารทั่วไปรวบรวมแบบรายงานเสนอฝ่ายกำกับการปฏิบัติตามกฎเกณฑ์',
          out='ประกาศ 1 ฉบับ รายงานครบ 9 แผนก', outc='ไม่พบการรับของขวัญ'),
     dict(n=6, title='สำรวจความพึงพอใจและรับฟังข้อเสนอแนะของผู้ใช้ไฟฟ้าต่อความโปร่งใสในการให้บริการ',
          steps='1) จัดทำแบบสำรวจออนไลน์และ QR Code\n2) เก็บข้อมูลจากผู้มาติดต่อ\n3) วิเคราะห์และนำเสนอข้อปรับปรุง',
          resp='แผนกบริการลูกค้า', period='มิ.ย. - ส.ค. 2569', mon='รายงานผลต่อที่ประชุมคณะกรรมการบริหารไฟฟ้าเขต',
          out='ผู้ตอบแบบสำรวจ 1,136 ราย', outc='ความพึงพอใจด้านความโปร่งใสร้อยละ 91.4'),
    ]
    wb = Workbook(); ws = wb.active; ws.title = 'ผลมาตรการ ITA 69'
    thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    F14 = 'Loma'
    ws['B1'] = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
    ws['B2'] = AG + '  (ข้อมูล ณ วันที่ 30 กันยายน 2569)'
    ws['B1'].font = Font(name=F14, size=14, bold=True); ws['B2'].font = Font(name=F14, size=12)
    ws.row_dimensions[1].height = 22
    hd = ['ลำดับ', 'มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลผลิต', 'ผลลัพธ์']
    for j, h in enumerate(hd, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(name=F14, size=12, bold=True); c.border = B
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='FCE4D6')
    ws.row_dimensions[4].height = 24
    for i, m in enumerate(MS):
        r = 5 + i
        vals = [m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = Font(name=F14, size=11); c.border = B
            c.alignment = Alignment(wrap_text=True, vertical='top', horizontal='center' if j == 1 else 'left')
        ws.row_dimensions[r].height = 84
    nr = 5 + len(MS) + 1
    ws.cell(row=nr, column=2, value='ผู้รายงาน  นายกฤษดา แสงไฟฟ้า  หัวหน้าแผนกบริหารทั่วไป').font = Font(name=F14, size=11)
    ws.cell(row=nr + 1, column=2, value='ผู้อนุมัติ  นางวรรณวิไล ทองบางพลี  ผู้อำนวยการไฟฟ้าเขตบางพลีธารา').font = Font(name=F14, size=11)
    for col, w in zip('ABCDEFGH', [6, 38, 40, 22, 16, 30, 26, 30]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.pageOrder = 'downThenOver'
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    ws.print_title_rows = '4:4'
    ws.print_title_cols = 'A:A'
    ws.print_area = f'A1:H{nr + 1}'
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = 'หน้า &P / &N'
    ws.oddHeader.right.text = '&A'
    src = os.path.join(BUILD, 'r05.xlsx'); wb.save(src)
    pdf = to_pdf(src)
    shutil.copy(pdf, os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'NEW FORM: an Excel sheet (sheet "ผลมาตรการ ITA 69", Loma) printed straight to PDF without "fit to page width": the sheet is '
          'wider than an A4 landscape page, so the printout splits it - page 1 carries columns A-D (ลำดับ, มาตรการ, '
          'ขั้นตอนการดำเนินการ, ผู้รับผิดชอบ) for measures 1-5, page 2 the same columns for measure 6 plus the reporter/approver '
          'lines, page 3 columns E-H (ระยะเวลา, การติดตามผล, ผลผลิต, ผลลัพธ์) for measures 1-5 and page 4 for measure 6 (page order '
          '"down, then over"); print titles repeat header row 4 and column A (ลำดับ) on every page, so the right-hand pages pair '
          'with the measures only by their number. The title in B1 overflows across the page edge: page 1 shows it up to "พ.ศ." '
          'and its end "…ประมาณ พ.ศ. 2569" appears at the top of page 3 (the text layer of page 1 still holds the whole title). '
          'Read as the sheet it prints: each measure has all eight columns. COMPLETE.')


# ---------------------------------------------------------------- m02
def m02():
    F = 'm02_nurse_suphanthara_measures_2570.pdf'
    AG = 'คณะพยาบาลศาสตร์ มหาวิทยาลัยสุพรรณธารา'
    MS = [
     dict(n='ข้อ 1', title='เปิดเผยข้อมูลการใช้จ่ายงบประมาณและการจัดซื้อจัดจ้างของคณะรายไตรมาส',
          steps='1. งานคลังและพัสดุสรุปผลการเบิกจ่ายรายไตรมาส\n2. เสนอคณะกรรมการประจำคณะ\n3. เผยแพร่บนเว็บไซต์คณะภายใน 15 วัน',
          resp='งานคลังและพัสดุ สำนักงานคณบดี', period='ต.ค. 2569 – ก.ย. 2570', mon='รองคณบดีฝ่ายบริหารรายงานคณบดีทุกไตรมาส',
          outc='ข้อมูลการใช้จ่ายเผยแพร่ครบ 4 ไตรมาส ตรงเวลาร้อยละ 100'),
     dict(n='ข้อ 2', title='กำหนดแนวปฏิบัติการประเมินผลการฝึกปฏิบัติงานของนักศึกษาอย่างเป็นธรรมและโปร่งใส',
          steps='1. ทบทวนเกณฑ์การประเมิน (Rubric) ทุกรายวิชาปฏิบัติ\n2. ชี้แจงเกณฑ์แก่นักศึกษาก่อนขึ้นฝึก\n3. เปิดช่องทางอุทธรณ์ผลการประเมิน',
          resp='รองคณบดีฝ่ายวิชาการ / ภาควิชาทุกภาควิชา', period='พ.ย. 2569 – พ.ค. 2570', mon='คณะกรรมการบริหารหลักสูตรติดตามภาคการศึกษาละ 1 ครั้ง',
          outc='ข้อร้องเรียนเรื่องการประเมินผลไม่เกิน 1 เรื่องต่อปีการศึกษา'),
     dict(n='ข้อ 3', title='ส่งเสริมการรับรู้ช่องทางร้องเรียนการทุจริตและการประพฤติมิชอบของบุคลากรและนักศึกษา',
          steps='1. จัดทำสื่อ Infographic และ QR Code\n2. ติดประกาศทุกอาคารและหอพักนักศึกษา\n3. รายงานสถิติเรื่องร้องเรียนทุกไตรมาส',
          resp='งานบริหารทั่วไป สำนักงานคณบดี', period='ต.ค. – ธ.ค. 2569', mon='หัวหน้าสำนักงานคณบดีสรุปผลเสนอคณะกรรมการบริหารคณะ',
          outc='บุคลากรและนักศึกษารู้จักช่องทางร้องเรียนร้อยละ 85 ขึ้นไป'),
     dict(n='ข้อ 4', title='อบรมการป้องกันผลประโยชน์ทับซ้อนในงานวิจัยและงานบริการวิชาการ',
          steps='1. จัดอบรมร่วมกับสถาบันวิจัยของมหาวิทยาลัย\n2. ให้ผู้วิจัยเปิดเผยผลประโยชน์ทับซ้อนก่อนเสนอโครงการ\n3. ตรวจสอบแบบเปิดเผยโดยคณะกรรมการจริยธรรม',
          resp='รองคณบดีฝ่ายวิจัยและบริการวิชาการ', period='ม.ค. – มี.ค. 2570', mon='คณะกรรมการจริยธรรมการวิจัยรายงานคณบดีภาคการศึกษาละ 1 ครั้ง',
          outc='โครงการวิจัยใหม่ทุกโครงการมีแบบเปิดเผยผลประโยชน์ทับซ้อน'),
     dict(n='ข้อ 5', title='ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลจากนักศึกษาและผู้ปกครองทุกโอกาส',
          steps='1. คณบดีประกาศเจตนารมณ์ในวันปฐมนิเทศ\n2. แจ้งผู้ปกครองผ่านหนังสือและเพจคณะ\n3. บุคลากรรายงานการรับของขวัญตามแบบฟอร์ม',
          resp='คณบดี / งานกิจการนักศึกษา', period='ต.ค. 2569 – ก.ย. 2570', mon='งานบริหารทั่วไปรวบรวมแบบรายงานเสนอคณบดีทุก 6 เดือน',
          outc='ไม่พบการรับของขวัญจากนักศึกษาและผู้ปกครอง'),
    ]
    d = new_doc('Kinnari', 14)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.3)
    s.different_first_page_header_footer = True
    footer_pages(s, '{P}', head='มาตรการส่งเสริมคุณธรรมและความโปร่งใส คณะพยาบาลศาสตร์ ปีงบประมาณ 2570')
    para(d, 'บันทึกข้อความ', True, True, 22)
    para(d, 'ส่วนงาน  สำนักงานคณบดี คณะพยาบาลศาสตร์  โทร. 3 4512')
    para(d, 'ที่  อว 9912.07/1487                                    วันที่  20 ตุลาคม 2569')
    para(d, 'เรื่อง  ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570')
    para(d, 'เรียน  คณบดีคณะพยาบาลศาสตร์')
    para(d, '\tตามที่คณะได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 งานบริหารทั่วไปได้วิเคราะห์ผลการประเมินและจัดทำมาตรการ'
            'ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570 รายละเอียดตามเอกสารแนบ จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ')
    para(d, '')
    para(d, '(นางสาวศิริพร ท่าจีนวงศ์)', center=True)
    para(d, 'หัวหน้าสำนักงานคณบดี', center=True)
    para(d, '')
    para(d, '☑ อนุมัติ     ☐ ไม่อนุมัติ', indent=8)
    para(d, '(รองศาสตราจารย์ ดร.อรุณี สุพรรณภูมิ)', center=True)
    para(d, 'คณบดีคณะพยาบาลศาสตร์  21 ต.ค. 2569', center=True)
    page_break(d)
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', True, True, 18)
    para(d, AG, True, True, 16)
    para(d, '1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', True)
    para(d, '\tคณะพยาบาลศาสตร์ได้คะแนน 90.84 คะแนน อยู่ในระดับผ่าน (เกณฑ์ผ่าน 85 คะแนนขึ้นไป) โดยตัวชี้วัดที่ได้คะแนนต่ำกว่าค่าเฉลี่ย'
            'ได้แก่ การป้องกันการทุจริต และการแก้ไขปัญหาการทุจริต')
    para(d, '2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', True)
    for x in ['2.1 ผู้รับบริการภายนอกยังไม่ทราบช่องทางร้องเรียนการทุจริต (EIT ข้อ e14)',
              '2.2 การเปิดเผยข้อมูลการใช้จ่ายงบประมาณยังไม่เป็นปัจจุบัน (OIT ข้อ o12)']:
        para(d, x, indent=1)
    para(d, '3. ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    for x in ['3.1 ความเป็นธรรมในการประเมินผลการฝึกปฏิบัติของนักศึกษา',
              '3.2 การจัดการผลประโยชน์ทับซ้อนในงานวิจัยและบริการวิชาการ',
              '3.3 วัฒนธรรมไม่รับของขวัญในความสัมพันธ์อาจารย์-นักศึกษา']:
        para(d, x, indent=1)
    para(d, '4. มาตรการและแนวทางการดำเนินการ', True)
    hd = ['ข้อ', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 12); shade(t.rows[0].cells[i], 'E2EFDA')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(c[i], v, center=(i == 0), size=12)
    widths(t, [1.1, 3.3, 4.4, 2.5, 2.0, 2.5, 2.6])
    signatures(d, ('นางสาวศิริพร ท่าจีนวงศ์', 'หัวหน้าสำนักงานคณบดี', 'ผู้จัดทำ'),
               ('รองศาสตราจารย์ ดร.อรุณี สุพรรณภูมิ', 'คณบดีคณะพยาบาลศาสตร์', 'ผู้อนุมัติ'))
    src = os.path.join(BUILD, 'm02.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS, [],
          'Word (Kinnari, portrait) exported to PDF: page 1 is a บันทึกข้อความ approval memo (☑ อนุมัติ), then the measures: ITA 2569 '
          'score 90.84 ผ่าน, weaknesses (2.1-2.2) and improvements (3.1-3.3) as numbered paragraphs, 7-column table ข้อ 1-ข้อ 5 with '
          'own การติดตามผล; "ผลที่คาดว่าจะได้รับ" = outcome; output never stated (missing by convention); header repeated; page '
          'number footer; signature table. COMPLETE.', sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p01
def p01():
    F = 'p01_pao_kanchanathara_plan_2570.pdf'
    AG = 'องค์การบริหารส่วนจังหวัดกาญจนธารา'
    GROUPS = [
     ('แนวทางที่ 1  การเปิดเผยข้อมูลและการสื่อสารกับประชาชน', [
      dict(n='1.1', title='ปรับปรุงหน้าเว็บไซต์ “ITA อบจ.กาญจนธารา” ให้ครบตามตัวชี้วัด OIT 2570',
           steps='- ตรวจสอบรายการข้อมูล o1-o37\n- มอบหมายกองที่รับผิดชอบปรับปรุงข้อมูล\n- ตรวจทานก่อนส่งแบบ OIT', budget='-',
           resp='สำนักปลัด อบจ. (งานประชาสัมพันธ์)', period='ต.ค. 2569 – มี.ค. 2570', mon='คณะทำงาน ITA ประชุมติดตามทุกเดือน',
           outc='ข้อมูล OIT ครบถ้วน ได้คะแนน OIT ไม่น้อยกว่า 90'),
      dict(n='1.2', title='ถ่ายทอดสดการประชุมสภา อบจ. และเผยแพร่รายงานการประชุมทางเพจ',
           steps='- จัดหาอุปกรณ์ถ่ายทอดสด\n- ถ่ายทอดสดทุกสมัยประชุม\n- เผยแพร่รายงานการประชุมภายใน 30 วัน', budget='45,000',
           resp='กองกิจการสภา อบจ.', period='ต.ค. 2569 – ก.ย. 2570', mon='เลขานุการสภา อบจ. รายงานประธานสภาทุกสมัยประชุม',
           outc='ประชาชนรับชมการประชุมสภาได้ทุกสมัย'),
      dict(n='1.3', title='จัดเวทีรับฟังความคิดเห็นแผนพัฒนาท้องถิ่นร่วมกับภาคประชาชน 13 อำเภอ',
           steps='- ประสานนายอำเภอและผู้นำชุมชน\n- จัดเวทีอำเภอละ 1 ครั้ง\n- สรุปข้อเสนอเข้าแผนพัฒนาท้องถิ่น', budget='260,000',
           resp='กองยุทธศาสตร์และงบประมาณ', period='ม.ค. – เม.ย. 2570', mon='รายงานผลต่อคณะกรรมการพัฒนา อบจ.',
           outc='ข้อเสนอของประชาชนถูกบรรจุในแผนพัฒนาท้องถิ่นไม่น้อยกว่าร้อยละ 60'),
     ]),
     ('แนวทางที่ 2  การป้องกันการทุจริตและการเสริมสร้างคุณธรรม', [
      dict(n='2.1', title='ตรวจสอบการเบิกจ่ายค่าน้ำมันเชื้อเพลิงเครื่องจักรกลงานถนนด้วยบัตรเติมน้ำมัน (Fleet Card)',
           steps='- ใช้บัตร Fleet Card ทุกคัน\n- เทียบยอดการใช้กับใบสั่งงานรายสัปดาห์\n- รายงานความผิดปกติ', budget='-',
           resp='กองช่าง / กองคลัง', period='ต.ค. 2569 – ก.ย. 2570', mon='หน่วยตรวจสอบภายในสุ่มตรวจรายไตรมาส',
           outc='ค่าน้ำมันต่อกิโลเมตรลดลงร้อยละ 10'),
      dict(n='2.2', title='อบรมประมวลจริยธรรมและการขัดกันแห่งผลประโยชน์สำหรับบุคลากร อบจ. และครูโรงเรียนในสังกัด',
           steps='- จัดอบรม 2 รุ่น\n- ทดสอบก่อน-หลัง\n- ประเมินผลการนำไปใช้', budget='120,000',
           resp='กองการเจ้าหน้าที่ / กองการศึกษาฯ', period='ก.พ. – พ.ค. 2570', mon='กองการเจ้าหน้าที่สรุปผลเสนอปลัด อบจ.',
           outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 85'),
      dict(n='2.3', title='ประกาศนโยบาย No Gift Policy และรายงานผลการรับของขวัญประจำปี',
           steps='- นายก อบจ. ประกาศนโยบาย\n- ทุกกองรายงานผลการรับของขวัญ\n- เผยแพร่รายงานบนเว็บไซต์', budget='-',
           resp='สำนักปลัด อบจ.', period='ต.ค. 2569 – ม.ค. 2570', mon='สำนักปลัดรวบรวมรายงานเสนอนายก อบจ.',
           outc='ไม่พบการรับของขวัญเกินมูลค่าที่ ป.ป.ช. กำหนด'),
      dict(n='2.4', title='ประเมินความเสี่ยงการทุจริตในกระบวนการอนุมัติ อนุญาต และจัดทำแผนบริหารความเสี่ยง',
           steps='- ระบุกระบวนงานเสี่ยง\n- วิเคราะห์และจัดลำดับความเสี่ยง\n- กำหนดมาตรการควบคุม', budget='-',
           resp='หน่วยตรวจสอบภายใน', period='พ.ย. 2569 – ก.พ. 2570', mon='รายงานผลการติดตามแผนบริหารความเสี่ยงรอบ 6 และ 12 เดือน',
           outc='มีแผนบริหารความเสี่ยงครอบคลุมกระบวนงานเสี่ยงทุกกระบวนงาน'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    d = new_doc('Waree', 11, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.4)
    footer_pages(s, 'หน้า {P} จาก {N}', head=AG)
    para(d, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', True, True, 16)
    para(d, AG, True, True, 15)
    para(d, '\tเพื่อยกระดับผลการประเมิน ITA ซึ่งในปีงบประมาณ พ.ศ. 2569 อบจ.กาญจนธาราได้คะแนน 89.67 คะแนน (ระดับผ่าน) '
            'จึงกำหนดแผนปฏิบัติการ 2 แนวทาง 7 กิจกรรม ดังนี้')
    hd = ['ที่', 'กิจกรรม/โครงการ', 'วิธีดำเนินการ', 'งบประมาณ (บาท)', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามประเมินผล', 'ตัวชี้วัด/ค่าเป้าหมาย']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True); shade(t.rows[0].cells[i], 'D9E1F2')
    repeat_header(t.rows[0])
    for g, ms in GROUPS:
        r = t.add_row()
        m0 = r.cells[0].merge(r.cells[7]); cell(m0, g, True); shade(m0, 'FFF2CC')
        for m in ms:
            c = t.add_row().cells
            for i, v in enumerate([m['n'], m['title'], m['steps'], m['budget'], m['resp'], m['period'], m['mon'], m['outc']]):
                cell(c[i], v, center=(i in (0, 3)))
    widths(t, [1.0, 4.6, 5.2, 2.0, 3.0, 2.4, 3.4, 3.6])
    para(d, '')
    para(d, 'ผู้เสนอแผน  นายสมศักดิ์ ไทรโยคธารา  ปลัดองค์การบริหารส่วนจังหวัดกาญจนธารา')
    para(d, 'ผู้อนุมัติแผน  นายวีระ ศรีสวัสดิ์ธารา  นายกองค์การบริหารส่วนจังหวัดกาญจนธารา  (อนุมัติ ณ วันที่ 15 ตุลาคม 2569)')
    src = os.path.join(BUILD, 'p01.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'Word (Waree, landscape) exported to PDF: "แผนปฏิบัติการ…" title, intro with ITA 2569 score 89.67; 8 columns incl. '
          'งบประมาณ (a "-" budget is not an element) and own การติดตามประเมินผล; group rows "แนวทางที่ 1/2" (not activities); '
          'activities 1.1-2.4; "ตัวชี้วัด/ค่าเป้าหมาย" = outcome; output never stated (missing by convention); header repeated; '
          'activity 2.1 is cut by the page break (its continuation on page 2 belongs to 2.1); "หน้า n จาก N". COMPLETE.')


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r01', 'r05', 'm02', 'p01']:
        globals()[w]()
        print('built', w)
