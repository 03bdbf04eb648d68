"""r06: คณะพยาบาลศาสตร์ มหาวิทยาลัยทักษิณาวดี results FY2569 - portrait DOCX (Loma) -> PDF -> printed '2 pages per sheet' (2-up)."""
import shutil
from common import *
from pypdf import PdfReader, PdfWriter, Transformation, PageObject

FN = 'r06_nurse_thaksinawadee_results_2569.pdf'
AG = 'คณะพยาบาลศาสตร์ มหาวิทยาลัยทักษิณาวดี'
MS = [
 dict(n='1', t='มาตรการเผยแพร่ข้อมูลการดำเนินงานของคณะผ่านเว็บไซต์และสื่อสังคมออนไลน์',
      s='- ปรับปรุงเมนู “ข้อมูลสาธารณะ” บนเว็บไซต์คณะ\n- ประชาสัมพันธ์ข่าวสารผ่าน Facebook Fanpage สัปดาห์ละ 2 ครั้ง',
      r='งานประชาสัมพันธ์และสื่อสารองค์กร', p='ต.ค. 2568 – ก.ย. 2569',
      o='เผยแพร่ข่าวสาร 112 เรื่อง ปรับปรุงข้อมูลสาธารณะครบ 18 หัวข้อ', oc='ผู้เข้าชมเว็บไซต์เพิ่มขึ้นร้อยละ 34 เมื่อเทียบกับปีก่อน', code='1111111'),
 dict(n='2', t='มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดแหล่งฝึกปฏิบัติและการประเมินผลนักศึกษา',
      s='- กำหนดเกณฑ์การจัดนักศึกษาลงแหล่งฝึกอย่างเปิดเผย\n- ให้อาจารย์ผู้ประเมินที่มีความสัมพันธ์กับนักศึกษาแจ้งขอถอนตัว',
      r='ฝ่ายวิชาการ', p='', o='ประกาศเกณฑ์การจัดแหล่งฝึก 1 ฉบับ อาจารย์แจ้งถอนตัว 3 กรณี',
      oc='ไม่มีข้อร้องเรียนเรื่องความไม่เป็นธรรมในการประเมินผลฝึกปฏิบัติ', code='1110111'),
 dict(n='3', t='มาตรการโปร่งใสในการจัดซื้อจัดจ้างวัสดุการศึกษาและครุภัณฑ์ห้องปฏิบัติการพยาบาล',
      s='- เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายไตรมาส\n- แต่งตั้งคณะกรรมการตรวจรับจากต่างหน่วยงาน',
      r='งานพัสดุ สำนักงานคณบดี', p='ต.ค. 2568 – ก.ย. 2569', o='-',
      oc='ผลการตรวจสอบของหน่วยตรวจสอบภายในไม่พบข้อบกพร่อง', code='1111101'),
 dict(n='4', t='กิจกรรมพัฒนาจริยธรรมวิชาชีพและความซื่อสัตย์ทางวิชาการสำหรับนักศึกษาและบุคลากร',
      s='- อบรมจริยธรรมวิชาชีพการพยาบาลแก่นักศึกษาชั้นปีที่ 1–4\n- ตรวจสอบการคัดลอกผลงานด้วยโปรแกรมอักขราวิสุทธิ์',
      r='ฝ่ายกิจการนักศึกษา / ฝ่ายวิจัย', p='พ.ย. 2568 – ก.พ. 2569',
      o='นักศึกษาเข้าร่วม 486 คน บุคลากร 52 คน ตรวจผลงาน 74 เรื่อง',
      oc='ผลงานที่ตรวจมีค่าความซ้ำซ้อนต่ำกว่าร้อยละ 20 ทุกเรื่อง', code='1111111'),
 dict(n='5', t='มาตรการรับฟังข้อร้องเรียนของนักศึกษาและผู้รับบริการวิชาการ',
      s='- เปิดช่องทางร้องเรียนออนไลน์ (Google Form) และตู้รับความคิดเห็น\n- ตอบกลับผู้ร้องเรียนภายใน 7 วันทำการ',
      r='งานบริหารทั่วไป', p='ต.ค. 2568 – ก.ย. 2569', o='รับเรื่อง 19 เรื่อง ดำเนินการแล้วเสร็จ 17 เรื่อง',
      oc='อยู่ระหว่างดำเนินการ', code='1111110'),
 dict(n='6', t='มาตรการกำกับการใช้ทรัพย์สินและห้องปฏิบัติการของคณะ',
      s='- ใช้ระบบจองห้องและยืมหุ่นจำลองออนไลน์\n- ตรวจนับครุภัณฑ์ประจำปี',
      r='งานห้องปฏิบัติการพยาบาล', p='ม.ค. – ก.ย. 2569', o='บันทึกการยืม-คืน 312 รายการ ตรวจนับครุภัณฑ์แล้วเสร็จ',
      oc='ครุภัณฑ์ครบถ้วน ไม่พบการนำไปใช้ส่วนตัว', code='1111111'),
]
MON = ('งานนโยบายและแผน ติดตามความก้าวหน้าการดำเนินงานตามมาตรการทุก 3 เดือน และรายงานต่อคณะกรรมการประจำคณะในการประชุม'
       'ประจำเดือน พร้อมเผยแพร่รายงานผลรอบ 12 เดือนบนเว็บไซต์ของคณะ')

def build():
    doc = Document(); set_font(doc, 'Loma', 12)
    sec = doc.sections[0]; margins(sec, 2.0, 1.8, 2.0, 1.5)
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run_cs(fp.add_run('รายงานผล ITA คณะพยาบาลศาสตร์ 2569  |  '), 9); add_field(fp, 'PAGE', 9)
    for _ in range(6):
        para(doc, '')
    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม', True, 20, 'c')
    para(doc, 'และความโปร่งใสภายในหน่วยงาน', True, 20, 'c')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2569', True, 18, 'c')
    for _ in range(8):
        para(doc, '')
    para(doc, AG, True, 16, 'c'); para(doc, 'ตุลาคม 2569', size=14, align='c')
    page_break(doc)
    para(doc, '1. ความเป็นมา', True, 13)
    para(doc, '\tคณะพยาบาลศาสตร์ได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 '
         'เพื่อสนับสนุนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของมหาวิทยาลัย ซึ่งในปี พ.ศ. 2569 '
         'มหาวิทยาลัยได้คะแนน 92.14 คะแนน อยู่ในระดับผ่าน บัดนี้สิ้นปีงบประมาณแล้ว คณะจึงขอรายงานผลการดำเนินการตามมาตรการ ดังนี้', align='j')
    para(doc, '2. ผลการดำเนินการตามมาตรการ', True, 13)
    t = doc.add_table(rows=2, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(['ลำดับ', 'มาตรการ/กิจกรรม', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา']):
        c = t.cell(0, i).merge(t.cell(1, i)); cell_text(c, h, True, 11, 'c'); shade(c, 'DEEAF6')
    c = t.cell(0, 5).merge(t.cell(0, 6)); cell_text(c, 'ผลการดำเนินงาน', True, 11, 'c'); shade(c, 'DEEAF6')
    for j, h in enumerate(['ผลผลิต (Output)', 'ผลลัพธ์ (Outcome)']):
        cell_text(t.cell(1, 5 + j), h, True, 11, 'c'); shade(t.cell(1, 5 + j), 'DEEAF6')
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for m in MS:
        r = t.add_row().cells
        for i, v in enumerate([m['n'], m['t'], m['s'], m['r'], m['p'], m['o'], m['oc']]):
            cell_text(r[i], v, size=11, align='c' if i == 0 else None)
    col_widths(t, [1.0, 3.4, 4.0, 2.2, 1.9, 2.5, 2.5])
    para(doc, '')
    para(doc, '3. การติดตามและรายงานผล', True, 13)
    para(doc, '\t' + MON, align='j')
    para(doc, '4. ปัญหาและอุปสรรค', True, 13)
    para(doc, '\tการรวบรวมข้อมูลผลลัพธ์บางมาตรการต้องรอผลการประเมินของมหาวิทยาลัย ทำให้รายงานผลลัพธ์ได้ไม่ครบถ้วนภายในกำหนด', align='j')
    para(doc, '')
    for ln in ['ลงชื่อ ............................................ ผู้รายงาน', '(ผู้ช่วยศาสตราจารย์ ดร.สุภาวดี แก้วประดิษฐ์)', 'รองคณบดีฝ่ายบริหารและวางแผน',
               '', 'ลงชื่อ ............................................ ผู้รับรอง', '(รองศาสตราจารย์ ดร.จิราพร ณ นคร)', 'คณบดีคณะพยาบาลศาสตร์']:
        para(doc, ln, align='c').paragraph_format.left_indent = Cm(7)
    src = os.path.join(BUILD, 'r06.docx'); doc.save(src)
    pdf = soffice_pdf(src, BUILD)
    # 2 pages per sheet, landscape A4 (as "Microsoft Print to PDF" with 2 pages per sheet)
    rd = PdfReader(pdf); wr = PdfWriter()
    W, H = 841.89, 595.28
    pages = list(rd.pages)
    for i in range(0, len(pages), 2):
        sheet = PageObject.create_blank_page(width=W, height=H)
        for k, pg in enumerate(pages[i:i + 2]):
            pw, ph = float(pg.mediabox.width), float(pg.mediabox.height)
            s = min((W / 2 - 20) / pw, (H - 20) / ph)
            tx = k * W / 2 + (W / 2 - pw * s) / 2; ty = (H - ph * s) / 2
            sheet.merge_transformed_page(pg, Transformation().scale(s).translate(tx, ty))
        wr.add_page(sheet)
    wr.add_metadata({'/Title': 'รายงานผล ITA 2569 คณะพยาบาลศาสตร์', '/Producer': 'Microsoft: Print To PDF'})
    with open(os.path.join(ROOT, FN), 'wb') as f:
        wr.write(f)
    check(MS, dict(measure='t', steps='s', responsible='r', period='p', output='o', outcome='oc'))
    write_truth(FN, 'results', 2569, AG, 'measure', [unit(m['n'], m['t'], m['code']) for m in MS], [
        'measure 2: period cell left blank',
        'measure 3: output is "-"',
        'measure 5: outcome is "อยู่ระหว่างดำเนินการ"'],
        'NEW FORM: the portrait Word report was printed "2 pages per sheet" to PDF: every PDF page is a landscape A4 sheet '
        'carrying two reduced portrait pages side by side (cover + page 2 on sheet 1, pages 3–4 on sheet 2, …), so text '
        'lines of the left and right halves sit on the same baselines and the table continues from the left half to the '
        'right half. 7-column table with a two-row header ("ผลการดำเนินงาน" over ผลผลิต (Output) / ผลลัพธ์ (Outcome)), '
        'both rows repeated. No monitoring column: section "3. การติดตามและรายงานผล" (quarterly follow-up, report to the '
        'faculty board) is a general statement and counts for every measure. Score is the university\'s (92.14 ผ่าน). '
        'Unit = measure (rows 1–6 mix มาตรการ and one กิจกรรม).')

if __name__ == '__main__':
    build()
