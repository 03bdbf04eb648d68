"""r07 (community college, pdftotext -layout), m02 (NEW: booklet-imposed PDF), m05 (hospital prose PDF),
p01 (อบจ. 12-month grid PDF), p02 (อบต. HTML plan), p03 (เทศบาลเมือง md plan), p04 (NEW: Emacs org-mode table txt)."""
from common import *
from pypdf import PdfReader, PdfWriter, PageObject, Transformation


def r07():
    F = 'r07_cc_amnatthani_results_2569.txt'; AG = 'วิทยาลัยชุมชนอำนาจธานี'
    MS = [
     dict(n=1, title='เผยแพร่ข้อมูลหลักสูตรระยะสั้นและค่าใช้จ่ายผ่านเว็บไซต์วิทยาลัย', steps='รวบรวมหลักสูตร ตรวจสอบค่าใช้จ่าย เผยแพร่ทุกภาคเรียน',
          resp='งานพัฒนาหลักสูตร', period='ต.ค. 68 – ก.ย. 69', mon='รายงานผู้อำนวยการทุกภาคเรียน', out='เผยแพร่ 26 หลักสูตร', outc='ผู้เรียนทราบค่าใช้จ่ายล่วงหน้า ไม่มีข้อร้องเรียน'),
     dict(n=2, title='จัดทำแนวปฏิบัติการรับเงินค่าลงทะเบียนผ่านระบบ QR Payment', steps='-',
          resp='งานการเงิน', period='ม.ค. – มี.ค. 69', mon='ตรวจสอบรายงานการรับเงินรายวัน', out='ใช้ QR Payment ทุกหน่วยจัดการศึกษา', outc='ไม่มีการรับเงินสด ลดความเสี่ยงการทุจริต'),
     dict(n=3, title='กิจกรรมวันต่อต้านคอร์รัปชันสากลร่วมกับนักศึกษา', steps='จัดนิทรรศการและเดินรณรงค์ 9 ธันวาคม',
          resp='งานกิจการนักศึกษา', period='ธ.ค. 68', mon='สรุปผลเสนอผู้อำนวยการ', out='นักศึกษาและบุคลากรเข้าร่วม 215 คน', outc='นักศึกษาตระหนักถึงผลเสียของการทุจริต'),
     dict(n=4, title='ประเมินความเสี่ยงการทุจริตในการจัดซื้อวัสดุฝึก', steps='วิเคราะห์ความเสี่ยง จัดทำแผนควบคุม ติดตามผล',
          resp='งานพัสดุ', period='ก.พ. – ก.ย. 69', mon='รายงานผลการควบคุมความเสี่ยงต่อคณะกรรมการบริหาร', out='จัดทำแผนควบคุมความเสี่ยง 1 ฉบับ', outc='อยู่ระหว่างดำเนินการ'),
     dict(n=5, title='สำรวจความพึงพอใจของผู้เรียนต่อการให้บริการ', steps='สำรวจออนไลน์ วิเคราะห์ผล ปรับปรุงบริการ',
          resp='งานประกันคุณภาพ', period='ส.ค. 69', mon='นำเสนอในที่ประชุมสภาวิทยาลัย', out='ผู้ตอบ 388 คน', outc='ความพึงพอใจเฉลี่ย 4.41 จาก 5'),
    ]
    d = new_doc('Loma', 12, landscape=True)
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True, True, 14)
    para(d, AG + ' สถาบันวิทยาลัยชุมชน', True, True, 14)
    para(d, 'สถาบันวิทยาลัยชุมชนได้คะแนน ITA ปี ๒๕๖๘ จำนวน ๙๓.๕๘ คะแนน')
    hd = ['ที่', 'มาตรการ/กิจกรรม', 'วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตาม', 'ผลผลิต', 'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True)
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([th(m['n']), m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell(c[i], v)
    widths(t, [1, 5, 4.5, 3, 2.5, 3.5, 3.2, 3.6])
    src = os.path.join(BUILD, 'r07.docx'); d.save(src)
    write(F, to_txt_layout(to_pdf(src)))
    label(F, 'results', 2569, AG, 'measure', MS, ['measure 2: steps are "-"', 'measure 4: outcome is "อยู่ระหว่างดำเนินการ"'],
          '`pdftotext -layout` of a landscape Word PDF (Loma): space-aligned columns, wrapped cells over several lines. 8 columns incl. '
          'own การติดตาม; ผลผลิต = output, ผลลัพธ์ = outcome.')


def m02():
    """NEW FORM: A5 pages imposed as a saddle-stitch booklet on A4 landscape sheets (page order 8,1 / 2,7 / 6,3 / 4,5)."""
    F = 'm02_tourism_roithani_measures_2570.pdf'; AG = 'สำนักงานการท่องเที่ยวและกีฬาจังหวัดร้อยธานี'
    MS = [
     dict(n=1, title='เปิดเผยข้อมูลการจัดสรรงบประมาณสนับสนุนการจัดงานประเพณีและกีฬา', steps='๑) ประกาศหลักเกณฑ์การสนับสนุน\n๒) เผยแพร่รายชื่อผู้ได้รับการสนับสนุนและวงเงิน\n๓) ปรับปรุงข้อมูลบนเว็บไซต์ทุกไตรมาส',
          resp='กลุ่มงานส่งเสริมการท่องเที่ยว', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รายงานผลต่อท่องเที่ยวและกีฬาจังหวัดทุกไตรมาส', outc='ผู้มีส่วนได้ส่วนเสียรับรู้การจัดสรรงบประมาณอย่างเป็นธรรม'),
     dict(n=2, title='ป้องกันผลประโยชน์ทับซ้อนในการจ้างจัดกิจกรรม (Event)', steps='๑) ให้กรรมการจัดซื้อจัดจ้างลงนามแบบแสดงความไม่มีส่วนได้เสีย\n๒) สุ่มตรวจการจ้างโดยกลุ่มงานบริหาร',
          resp='กลุ่มงานบริหารทั่วไป', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='สรุปผลการสุ่มตรวจเสนอผู้บริหารทุก ๖ เดือน', outc='ไม่มีข้อร้องเรียนการจ้างที่เอื้อประโยชน์'),
     dict(n=3, title='ส่งเสริมการใช้สนามกีฬาจังหวัดอย่างโปร่งใสและเป็นธรรม', steps='๑) จองสนามผ่านระบบออนไลน์\n๒) ประกาศอัตราค่าบริการ\n๓) ออกใบเสร็จทุกครั้ง',
          resp='กลุ่มงานกีฬาและนันทนาการ', period='ม.ค. – ก.ย. ๒๕๗๐', mon='ตรวจสอบรายได้ค่าบริการกับตารางการจองทุกเดือนและรายงานผล', outc='รายได้ค่าบริการสนามตรวจสอบได้ครบถ้วน'),
     dict(n=4, title='เสริมสร้างวัฒนธรรมองค์กรด้านคุณธรรม “ท่องเที่ยวและกีฬาใสสะอาด”', steps='๑) ประกาศเจตนารมณ์\n๒) กิจกรรมจิตอาสา\n๓) ยกย่องบุคลากรต้นแบบ',
          resp='กลุ่มงานบริหารทั่วไป', period='ธ.ค. ๒๕๖๙ – มิ.ย. ๒๕๗๐', mon='รายงานผลการดำเนินงานต่อสำนักงานปลัดกระทรวงการท่องเที่ยวและกีฬา', outc='บุคลากรร้อยละ ๙๐ เข้าร่วมกิจกรรม'),
    ]
    d = new_doc('Garuda', 11)
    s = d.sections[0]; s.page_width, s.page_height = Cm(14.8), Cm(21)
    s.left_margin = s.right_margin = Cm(1.5); s.top_margin = s.bottom_margin = Cm(1.5)
    footer_pages(s, '{P}')
    para(d, ''); para(d, ''); para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 15)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 15); para(d, ''); para(d, AG, True, True, 14)
    para(d, 'กระทรวงการท่องเที่ยวและกีฬา', center=True)
    d.add_page_break()
    para(d, 'ส่วนที่ ๑ ผลการวิเคราะห์การประเมิน ITA ปี ๒๕๖๙', True)
    para(d, '\tกระทรวงการท่องเที่ยวและกีฬาได้คะแนน ๘๘.๔๖ คะแนน ผ่านเกณฑ์ โดยตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ได้คะแนนต่ำสุด')
    para(d, '๑.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', True)
    para(d, '\t- การใช้สนามกีฬาและทรัพย์สินของราชการยังไม่มีการตรวจสอบรายได้ที่ชัดเจน\n\t- ข้อมูลการสนับสนุนงบประมาณแก่หน่วยงานภายนอกยังไม่เปิดเผย')
    para(d, '๑.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', True)
    para(d, '\t- การป้องกันผลประโยชน์ทับซ้อนในการจ้างจัดกิจกรรม\n\t- การสร้างวัฒนธรรมองค์กรด้านคุณธรรม')
    para(d, 'ส่วนที่ ๒ มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True)
    for m in MS:
        para(d, 'มาตรการที่ ' + th(m['n']) + ' ' + m['title'], True)
        para(d, 'วิธีการดำเนินการ', indent=0.5)
        for ln in m['steps'].split('\n'):
            para(d, ln, indent=1)
        for k, lab in (('resp', 'ผู้รับผิดชอบ'), ('period', 'ระยะเวลา'), ('mon', 'การติดตามและรายงานผล'), ('outc', 'ผลที่คาดว่าจะได้รับ')):
            para(d, lab + ' : ' + m[k], indent=0.5)
    para(d, ''); para(d, 'ประกาศ ณ วันที่ ๙ ตุลาคม ๒๕๖๙', center=True)
    para(d, '(นางกัลยาณี ศรีสุวรรณ)', center=True); para(d, 'ท่องเที่ยวและกีฬาจังหวัดร้อยธานี', center=True)
    src = os.path.join(BUILD, 'm02_a5.docx'); d.save(src)
    pdf = PdfReader(to_pdf(src))
    pages = list(pdf.pages)
    while len(pages) % 4:
        pages.append(None)
    n = len(pages); order = []
    for i in range(n // 2):
        order.append((n - 1 - i, i) if i % 2 == 0 else (i, n - 1 - i))
    w = PdfWriter(); W, Hh = 842, 595
    for l, r in order:
        sh = PageObject.create_blank_page(width=W, height=Hh)
        for idx, x in ((l, 0), (r, W / 2)):
            if pages[idx] is not None:
                sh.merge_transformed_page(pages[idx], Transformation().translate(x, 0))
        w.add_page(sh)
    w.add_metadata({'/Title': 'booklet_ita2570'})
    with open(os.path.join(OUT, F), 'wb') as f:
        w.write(f)
    label(F, 'measures', 2570, AG, 'measure', MS, [],
          'NEW FORM: an A5 booklet printed "as booklet" - the A5 pages are IMPOSED two per A4 landscape sheet in saddle-stitch order '
          '(sheet 1 = last page + cover, sheet 2 = page 2 + second-to-last, ...), so the file\'s page order is not reading order; '
          'the A5 page numbers in the footers give the reading order. Prose measures "มาตรการที่ ๑ …" with label lines. COMPLETE.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


def m05():
    F = 'm05_hosp_prakhonthani_measures_2570.pdf'; AG = 'โรงพยาบาลประโคนธานี'
    MS = [
     dict(n=1, title='การเปิดเผยข้อมูลการจัดซื้อยาและเวชภัณฑ์', steps='เผยแพร่แผนจัดซื้อยา ราคากลาง และผลการจัดซื้อรายเดือนบนเว็บไซต์โรงพยาบาล',
          resp='กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รายงานคณะกรรมการบริหารโรงพยาบาลทุกเดือน', outc='ข้อมูลการจัดซื้อยาตรวจสอบได้'),
     dict(n=2, title='การป้องกันการรับผลประโยชน์จากบริษัทยาและเครื่องมือแพทย์', steps='ประกาศแนวปฏิบัติตามเกณฑ์จริยธรรมการจัดซื้อยา จัดทำทะเบียนการรับการสนับสนุนจากบริษัท',
          resp='', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='สรุปทะเบียนการรับการสนับสนุนรายงานผู้อำนวยการทุก ๖ เดือน', outc='ไม่มีการรับผลประโยชน์ที่ขัดต่อเกณฑ์จริยธรรม'),
     dict(n=3, title='การลดระยะเวลารอคอยและจัดคิวอย่างเป็นธรรม', steps='ใช้ระบบคิวออนไลน์ แยกช่องทางผู้สูงอายุ ประกาศลำดับคิวบนจอ',
          resp='กลุ่มงานการพยาบาล (งานผู้ป่วยนอก)', period='ม.ค. – ก.ย. ๒๕๗๐', mon='ติดตามระยะเวลารอคอยเฉลี่ยรายเดือน', outc='ระยะเวลารอคอยเฉลี่ยไม่เกิน ๙๐ นาที'),
     dict(n=4, title='การส่งเสริมการใช้รถพยาบาลและทรัพย์สินของราชการอย่างถูกต้อง', steps='จัดทำแบบขออนุญาตใช้รถ บันทึกการใช้ทุกครั้ง',
          resp='กลุ่มงานบริหารทั่วไป', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='', outc='ไม่มีการใช้รถราชการเพื่อประโยชน์ส่วนตน'),
    ]
    d = new_doc('Laksaman', 15)
    footer_pages(d.sections[0], 'หน้า {P} จาก {N}', head=AG)
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 17)
    para(d, AG + ' จังหวัดบุรีธารา', True, True, 17); para(d, '')
    para(d, '๑. ผลการประเมิน', True)
    para(d, '\tสำนักงานปลัดกระทรวงสาธารณสุขได้คะแนน ITA ปี ๒๕๖๙ ร้อยละ ๙๓.๑๒ ผ่านเกณฑ์')
    para(d, '๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', True)
    para(d, '\t(๑) ผู้รับบริการเห็นว่าการจัดคิวไม่เป็นธรรม (๒) การรับการสนับสนุนจากบริษัทยายังไม่มีทะเบียนคุม')
    para(d, '๓. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', True)
    para(d, '\t(๑) การเปิดเผยข้อมูลการจัดซื้อยา (๒) การใช้ทรัพย์สินของราชการ')
    para(d, '๔. มาตรการ', True)
    for m in MS:
        para(d, 'มาตรการที่ ' + th(m['n']) + ' ' + m['title'], True)
        for k, lab in (('steps', 'วิธีการ'), ('resp', 'ผู้รับผิดชอบ'), ('period', 'ระยะเวลา'), ('mon', 'การติดตามผล'), ('outc', 'ตัวชี้วัดความสำเร็จ')):
            if k == 'mon' and not m[k]:
                continue
            para(d, lab + ' : ' + m[k], indent=1)
    para(d, ''); para(d, 'ลงชื่อ .......................... ผู้อำนวยการโรงพยาบาลประโคนธานี', center=True)
    src = os.path.join(BUILD, 'm05.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS, ['measure 2: "ผู้รับผิดชอบ :" left empty', 'measure 4: no การติดตามผล line'],
          'Word prose exported to PDF (Laksaman, portrait), running header + "หน้า n จาก N". Analysis ๒./๓. with (๑)(๒) inline items; '
          'measures "มาตรการที่ n" with indented label lines; ตัวชี้วัดความสำเร็จ = outcome.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


PLAN_MS = None


def p01():
    F = 'p01_pao_ubonthani_plan_2570.pdf'; AG = 'องค์การบริหารส่วนจังหวัดอุบลธานี'
    MON = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']
    MS = [
     dict(n=1, title='ทบทวนและเผยแพร่ข้อมูลตามตัวชี้วัด OIT บนเว็บไซต์ อบจ.', steps='ตรวจสอบรายข้อ แก้ไขข้อมูล', resp='กองยุทธศาสตร์และงบประมาณ', m=range(0, 6), outc='ข้อมูลครบ ๓๗ ข้อ'),
     dict(n=2, title='ประชุมชี้แจงแนวทางป้องกันผลประโยชน์ทับซ้อนในงานก่อสร้าง', steps='ประชุมกองช่างและคณะกรรมการตรวจรับ', resp='กองช่าง', m=[2, 3], outc='ผู้เข้าร่วมร้อยละ ๙๐'),
     dict(n=3, title='เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือน', steps='จัดทำ สขร.๑ นำขึ้นเว็บไซต์', resp='กองพัสดุและทรัพย์สิน', m=range(12), outc='เผยแพร่ครบ ๑๒ เดือน'),
     dict(n=4, title='สำรวจความพึงพอใจผู้รับบริการโรงพยาบาลส่งเสริมสุขภาพตำบลในสังกัด', steps='สำรวจ รพ.สต. ทุกแห่ง วิเคราะห์ผล', resp='กองสาธารณสุข', m=[6, 7, 8], outc='ความพึงพอใจไม่น้อยกว่าร้อยละ ๘๕'),
     dict(n=5, title='รายงานผลการดำเนินงานตามแผนต่อนายก อบจ. รอบ ๖ เดือนและ ๑๒ เดือน', steps='รวบรวมผล จัดทำรายงาน', resp='กองยุทธศาสตร์และงบประมาณ', m=[5, 11], outc='รายงาน ๒ ครั้ง'),
    ]
    d = new_doc('Laksaman', 13, landscape=True)
    para(d, 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 16)
    para(d, AG, True, True, 16)
    t = d.add_table(rows=2, cols=17); t.style = 'Table Grid'
    for i, h in enumerate(['ที่', 'กิจกรรม', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ']):
        c = t.cell(0, i).merge(t.cell(1, i)); cell(c, h, True, True)
    c = t.cell(0, 4).merge(t.cell(0, 15)); cell(c, 'ระยะเวลา (ปีงบประมาณ ๒๕๗๐)', True, True)
    for j, mo in enumerate(MON):
        cell(t.cell(1, 4 + j), mo, True, True, 11)
    c = t.cell(0, 16).merge(t.cell(1, 16)); cell(c, 'ตัวชี้วัด', True, True)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([th(m['n']), m['title'], m['steps'], m['resp']]):
            cell(c[i], v)
        for j in range(12):
            cell(c[4 + j], '/' if j in m['m'] else '', center=True)
        cell(c[16], m['outc'])
        m['period'] = 'marks'; m['mon'] = 'x'
    widths(t, [0.9, 5.2, 4, 3.4] + [0.95] * 12 + [3.2])
    para(d, ''); para(d, 'ลงชื่อ ............................. ผู้เสนอแผน        ลงชื่อ ............................. ผู้อนุมัติ', center=True)
    src = os.path.join(BUILD, 'p01.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'Word plan (Laksaman, landscape) exported to PDF; two-row header, 12 month columns ต.ค.–ก.ย. marked "/" as the period; '
          'ตัวชี้วัด = outcome. Activity ๕ is the plan\'s own 6/12-month report = monitoring for every activity. COMPLETE.')


def p02():
    F = 'p02_obt_huairattai_plan_2570.html'; AG = 'องค์การบริหารส่วนตำบลห้วยราชใต้'
    MS = [
     dict(n=1, title='ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริตทางหอกระจายข่าวและเพจ อบต.', steps='จัดทำสื่อ เผยแพร่ทุกเดือน', resp='สำนักปลัด', period='ต.ค. 69 – ก.ย. 70', mon='สรุปเรื่องร้องเรียนรายงานนายก อบต. ทุกไตรมาส', outc='ประชาชนรู้ช่องทางร้องเรียน'),
     dict(n=2, title='จัดทำประกาศมาตรฐานการให้บริการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง', steps='กำหนดขั้นตอน ระยะเวลา ติดประกาศ', resp='กองคลัง', period='พ.ย. 69', mon='ติดตามข้อร้องเรียนผู้ชำระภาษี', outc='ผู้ชำระภาษีได้รับบริการตามมาตรฐาน'),
     dict(n=3, title='โครงการอบรมคุณธรรมจริยธรรมผู้บริหาร สมาชิกสภา และพนักงาน', steps='อบรม ๑ วัน ศึกษาดูงาน', resp='สำนักปลัด', period='-', mon='ประเมินผลโครงการเสนอนายก อบต.', outc='ผู้เข้าร่วมไม่น้อยกว่า ๔๐ คน'),
     dict(n=4, title='เผยแพร่รายงานการใช้จ่ายงบประมาณรายไตรมาส', steps='สรุปรายงาน เผยแพร่เว็บไซต์', resp='กองคลัง', period='ม.ค. เม.ย. ก.ค. ต.ค.', mon='นำเสนอสภา อบต.', outc=''),
     dict(n=5, title='ตรวจสอบการใช้รถยนต์ส่วนกลางและเครื่องจักรกล', steps='บันทึกการใช้รถ ตรวจสมุดคุมรายเดือน', resp='กองช่าง', period='ต.ค. 69 – ก.ย. 70', mon='-', outc='ไม่มีการใช้ทรัพย์สินราชการเพื่อประโยชน์ส่วนตน'),
    ]
    rows = ''.join(f'<tr><td class="has-text-align-center">{th(m["n"])}</td><td>{m["title"]}</td><td>{m["steps"]}</td><td>{m["resp"]}</td><td>{m["period"]}</td><td>{m["mon"]}</td><td>{m["outc"]}</td></tr>\n' for m in MS)
    page = f'''<!doctype html><html lang="th"><head><meta charset="UTF-8"><title>แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570 &#8211; {AG}</title></head>
<body class="post-template-default single"><div class="site-header"><a class="site-title" href="/">อบต.ห้วยราชใต้</a>
<ul class="menu"><li>หน้าแรก</li><li>ข้อมูลหน่วยงาน</li><li>ITA</li><li>ติดต่อ</li></ul></div>
<article class="post"><h1 class="entry-title">แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐</h1>
<div class="entry-meta">โดย admin_huairat | 18 ตุลาคม 2569 | หมวดหมู่: ITA 2570</div>
<div class="entry-content"><p>องค์การบริหารส่วนตำบลห้วยราชใต้ อำเภอห้วยราชใต้ จังหวัดบุรีธารา จัดทำแผนปฏิบัติการฯ เพื่อยกระดับผลการประเมิน ITA (ปี 2569 ได้ 83.27 คะแนน ไม่ผ่าน)</p>
<figure class="wp-block-table"><table><thead><tr><th>ลำดับ</th><th>โครงการ/กิจกรรม</th><th>วิธีการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ตัวชี้วัด</th></tr></thead><tbody>
{rows}</tbody></table></figure></div></article>
<aside class="widget-area"><h3>เรื่องล่าสุด</h3><ul><li>ประกาศรับสมัครพนักงานจ้าง</li><li>O36 มาตรการส่งเสริมคุณธรรม 2570</li></ul></aside>
<footer class="site-footer">© 2026 อบต.ห้วยราชใต้ | Powered by WordPress</footer></body></html>'''
    write(F, page)
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 3: period is "-"', 'activity 4: indicator cell is empty', 'activity 5: follow-up is "-"'],
          'WordPress post (Gutenberg table, thead) with site header/menu/sidebar. 7 columns incl. own การติดตามผล and ตัวชี้วัด '
          '(= outcome). Title in Thai digits; score 83.27 ไม่ผ่าน (band correct).')


def p03():
    F = 'p03_tm_kanthathani_plan_2570.md'; AG = 'เทศบาลเมืองกันทราธานี'
    MS = [
     dict(n='1', title='ประชุมคณะทำงานขับเคลื่อน ITA และมอบหมายผู้รับผิดชอบตัวชี้วัด', steps='ออกคำสั่งคณะทำงาน ประชุมชี้แจง', resp='สำนักปลัดเทศบาล', q='✔ | | | ', outc='มีคำสั่งและผู้รับผิดชอบครบทุกตัวชี้วัด'),
     dict(n='2', title='ตรวจสอบและปรับปรุงข้อมูลเว็บไซต์ตามแบบ OIT', steps='ตรวจรายการ O1–O37 แก้ไขข้อมูล', resp='กองวิชาการและแผนงาน', q='✔ | ✔ | | ', outc='ข้อมูลครบถ้วนก่อนวันประเมิน'),
     dict(n='3', title='รณรงค์ให้ผู้รับบริการตอบแบบวัด EIT', steps='ติด QR Code ทุกจุดบริการ ประชาสัมพันธ์ทางเสียงตามสาย', resp='ทุกกอง/สำนัก', q=' | ✔ | ✔ | ', outc='ผู้ตอบ EIT ไม่น้อยกว่า ๔๐๐ คน'),
     dict(n='4', title='อบรมพนักงานเรื่องการป้องกันการทุจริตและประมวลจริยธรรม', steps='จัดอบรม ๑ รุ่น', resp='สำนักปลัดเทศบาล', q=' | ✔ | | ', outc='พนักงานเข้าร่วมร้อยละ ๘๐'),
     dict(n='5', title='ติดตามและรายงานผลการดำเนินงานตามแผนต่อนายกเทศมนตรี', steps='สรุปผลรายไตรมาส จัดทำรายงานผล', resp='กองวิชาการและแผนงาน', q='✔ | ✔ | ✔ | ✔', outc='รายงาน ๔ ครั้ง'),
    ]
    L = [f'# แนวทางและมาตรการในการยกระดับผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', '', f'**{AG}** จังหวัดศรีสะเกษธานี', '',
         'ผลการประเมินปี ๒๕๖๙ : ๙๐.๕๕ คะแนน (ผ่าน)', '',
         '| ที่ | กิจกรรม | วิธีดำเนินการ | ผู้รับผิดชอบ | ไตรมาส 1 (ต.ค.–ธ.ค. 69) | ไตรมาส 2 (ม.ค.–มี.ค. 70) | ไตรมาส 3 (เม.ย.–มิ.ย. 70) | ไตรมาส 4 (ก.ค.–ก.ย. 70) | ตัวชี้วัด |',
         '|---|---|---|---|:-:|:-:|:-:|:-:|---|']
    for m in MS:
        L.append(f'| {m["n"]} | {m["title"]} | {m["steps"]} | {m["resp"]} | {m["q"]} | {m["outc"]} |')
        m['period'] = 'q'
    write(F, '\n'.join(L) + '\n')
    label(F, 'plan', 2570, AG, 'activity', MS, [], 'GFM pipe table, quarter columns with ✔ as the only period, ตัวชี้วัด = outcome; '
          'activity 5 is the plan\'s own quarterly report = monitoring for every activity. COMPLETE.', gmon=True)


def p04():
    """NEW FORM: Emacs org-mode document saved as .txt; table cells continued on following rows (org tables cannot wrap)."""
    F = 'p04_obt_donmodtai_plan_2570.txt'; AG = 'องค์การบริหารส่วนตำบลดอนมดใต้'
    MS = [
     dict(n='1', title=['จัดทำและเผยแพร่คู่มือการให้บริการ', 'ประชาชน'], steps=['ทบทวนคู่มือ', 'เผยแพร่เว็บไซต์'], resp=['สำนักปลัด'], period=['ต.ค.-ธ.ค. 69'], mon=['รายงานนายก อบต.', 'ทุกไตรมาส'], outc=['มีคู่มือครบ', 'ทุกงานบริการ']),
     dict(n='2', title=['ประกาศเจตนารมณ์ No Gift Policy'], steps=['ประกาศ แจ้งเวียน'], resp=['สำนักปลัด'], period=['ต.ค. 69'], mon=['สรุปการรายงาน', 'การรับของขวัญ'], outc=['ไม่มีการรับ', 'ของขวัญ']),
     dict(n='3', title=['เปิดเผยผลการพิจารณาเรื่อง', 'ร้องเรียนการทุจริต'], steps=['สรุปเรื่องร้องเรียน', 'เผยแพร่รายไตรมาส'], resp=[''], period=['ทุกไตรมาส'], mon=['รายงานต่อ', 'คณะผู้บริหาร'], outc=['ผู้ร้องทราบผล', 'ภายใน 15 วัน']),
     dict(n='4', title=['ฝึกอบรมการจัดซื้อจัดจ้างแก่', 'เจ้าหน้าที่ที่เกี่ยวข้อง'], steps=['ส่งเจ้าหน้าที่เข้าอบรม'], resp=['กองคลัง'], period=['ม.ค.-มี.ค. 70'], mon=['รายงานผลการอบรม'], outc=['']),
     dict(n='5', title=['สำรวจความพึงพอใจผู้รับบริการ'], steps=['แจกแบบสอบถาม', 'วิเคราะห์ผล'], resp=['กองยุทธศาสตร์'], period=['ก.ค.-ส.ค. 70'], mon=['นำเสนอที่ประชุม', 'ประจำเดือน'], outc=['พึงพอใจ', 'ร้อยละ 85 ขึ้นไป']),
    ]
    cols = ['ที่', 'กิจกรรม', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ตัวชี้วัด']
    rowsets = []
    for m in MS:
        cells = [[m['n']], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]
        k = max(len(c) for c in cells)
        rowsets.append([[c[i] if i < len(c) else '' for c in cells] for i in range(k)])
    import unicodedata
    def wd(s):
        return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) == 'Mn' else 1 for ch in s)
    allrows = [cols] + [r for rs in rowsets for r in rs]
    W = [max(wd(r[i]) for r in allrows) for i in range(7)]
    fmt = lambda r: '| ' + ' | '.join(x + ' ' * (W[i] - wd(x)) for i, x in enumerate(r)) + ' |'
    sep = '|-' + '-+-'.join('-' * w for w in W) + '-|'
    L = ['#+TITLE: แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', f'#+AUTHOR: {AG}', '#+DATE: <2569-10-12>',
         '#+OPTIONS: toc:nil num:nil', '', '* ข้อมูลทั่วไป', f'  {AG} อำเภอเมือง จังหวัดอำนาจธานี',
         '  ผลการประเมิน ITA ปี 2569 ได้ 87.09 คะแนน ผ่าน', '', '* แผนการขับเคลื่อน', '#+ATTR_LATEX: :environment longtable', fmt(cols), sep]
    for rs in rowsets:
        L += [fmt(r) for r in rs] + [sep]
    L[-1] = L[-1].replace('+', '+')
    L += ['', '* หมายเหตุ', '  - TODO แนบคำสั่งคณะทำงาน', '  - ส่งไฟล์ PDF ให้ admin เว็บไซต์ขึ้น O36']
    write(F, '\n'.join(L) + '\n')
    for m in MS:
        m['title'] = ''.join(m['title']) if m['n'] != '2' else m['title'][0]
    label(F, 'plan', 2570, AG, 'activity', MS, ['activity 3: responsible cell is empty', 'activity 4: indicator cell is empty'],
          'NEW FORM: an Emacs org-mode file saved as .txt (#+TITLE/#+AUTHOR keywords, "*" headlines, an org table with |---+---| rules). '
          'Org tables cannot wrap, so each long cell is continued on the next table row(s) with the other cells empty; the "|-+-|" rule '
          'after each activity marks where one ends. Continuation rows belong to the activity above. 7 columns incl. การติดตามผล and '
          'ตัวชี้วัด (= outcome).')


if __name__ == '__main__':
    r07(); m02(); m05(); p01(); p02(); p03(); p04()
