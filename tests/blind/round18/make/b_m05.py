# m05: เทศบาลเมือง (Trang-style), measures FY2570, Word -> PDF (Garuda, portrait) with cover page and TOC (ก ข / 1 2),
# WRONG BAND (84.80 called 'ผ่าน')
from common import *
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
NAME = 'm05_tm_kantangnathi_measures_2570'
AG = 'เทศบาลเมืองกันตังนที'
M = [
 dict(no='1', title='มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์เทศบาลให้ครบถ้วนและเป็นปัจจุบัน',
      steps='1) แต่งตั้งผู้รับผิดชอบข้อมูลแต่ละหัวข้อ OIT\n2) ตรวจสอบความครบถ้วนทุกเดือน\n3) ปรับปรุงหน้าเว็บไซต์ ITA', resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์)',
      period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานผลการตรวจสอบต่อปลัดเทศบาลทุกเดือน', outcome='ข้อมูล OIT ครบทุกข้อ'),
 dict(no='2', title='มาตรการป้องกันการรับสินบนในการขออนุญาตก่อสร้างและการขอใช้น้ำประปา',
      steps='1) ประกาศขั้นตอนและค่าธรรมเนียม\n2) รับคำขอผ่านระบบออนไลน์\n3) แจ้งผลการพิจารณาเป็นหนังสือ', resp='กองช่าง / การประปาเทศบาล',
      period='ต.ค. 2569 – ก.ย. 2570', mon='สรุปคำขอและระยะเวลาให้บริการรายงานนายกเทศมนตรีทุกไตรมาส', outcome='ไม่มีเรื่องร้องเรียนเรื่องการเรียกรับสินบน'),
 dict(no='3', title='มาตรการส่งเสริมการใช้ทรัพย์สินของทางราชการอย่างถูกต้อง',
      steps='1) จัดทำคู่มือการยืมพัสดุและการใช้รถราชการ\n2) ประชาสัมพันธ์ให้บุคลากรทราบ', resp='กองคลัง (งานพัสดุ)',
      period='พ.ย. 2569 – ม.ค. 2570', mon='ตรวจสอบทะเบียนการยืมทุก 6 เดือนและรายงานปลัดเทศบาล', outcome='บุคลากรขออนุญาตก่อนยืมใช้ทรัพย์สินทุกครั้ง'),
 dict(no='4', title='มาตรการเสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต "กันตังนทีโปร่งใส"',
      steps='1) กิจกรรมปฏิญาณตนต่อต้านการทุจริต\n2) มอบรางวัลหน่วยงานโปร่งใสดีเด่น', resp='(ระบุ)',
      period='ธ.ค. 2569 และ มิ.ย. 2570', mon='สรุปผลกิจกรรมเสนอคณะผู้บริหาร', outcome='บุคลากรมีทัศนคติไม่ทนต่อการทุจริต'),
 dict(no='5', title='มาตรการจัดการเรื่องร้องเรียนการทุจริตและแจ้งผลให้ผู้ร้องทราบ',
      steps='1) บันทึกเรื่องในทะเบียนคุม\n2) แต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง\n3) แจ้งผลภายใน 15 วัน', resp='สำนักปลัดเทศบาล (งานนิติการ)',
      period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานนายกเทศมนตรีทุกเดือน', outcome='ผู้ร้องได้รับแจ้งผลภายในกำหนด'),
]
HDR = ['ข้อ', 'มาตรการ', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การกำกับติดตาม', 'ผลที่คาดหวัง']
def build():
    doc = new_doc('Garuda', 12, False, (2.0, 2.0, 2.5, 2.0))
    s0 = doc.sections[0]
    for _ in range(6): para(doc, '')
    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, 20, 'c')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, 20, 'c')
    for _ in range(8): para(doc, '')
    para(doc, AG, True, 18, 'c'); para(doc, 'อำเภอกันตัง จังหวัดตรังนที', True, 16, 'c')
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    pg = OxmlElement('w:pgNumType'); pg.set(qn('w:fmt'), 'thaiLetters'); pg.set(qn('w:start'), '1'); sec._sectPr.append(pg)
    sec.footer.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; add_field(fp, ' PAGE ')
    para(doc, 'สารบัญ', True, 16, 'c'); para(doc, '')
    for a, b in [('คำนำ', 'ก'), ('สารบัญ', 'ข'), ('๑. ผลการประเมิน ITA ปี ๒๕๖๙', '1'), ('๒. การวิเคราะห์ผลการประเมิน', '1'), ('๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '2')]:
        p = para(doc, a + ' ' + '.' * (70 - len(a)) + ' ' + b)
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, 'คำนำ', True, 16, 'c')
    para(doc, '        เทศบาลเมืองกันตังนทีได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ '
              'โดยนำผลการประเมิน ITA ปี ๒๕๖๙ มาวิเคราะห์เพื่อกำหนดมาตรการแก้ไขจุดอ่อนและพัฒนาให้ดีขึ้น')
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    pg = OxmlElement('w:pgNumType'); pg.set(qn('w:fmt'), 'decimal'); pg.set(qn('w:start'), '1'); sec2._sectPr.append(pg)
    sec2.footer.is_linked_to_previous = False; sec2.header.is_linked_to_previous = False
    fp = sec2.footer.paragraphs[0]; fp.text = ''; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; fp.add_run('- '); add_field(fp, ' PAGE '); fp.add_run(' -')
    hp = sec2.header.paragraphs[0]; hp.text = 'เทศบาลเมืองกันตังนที | มาตรการส่งเสริมคุณธรรมและความโปร่งใส ๒๕๗๐'; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, '๑. ผลการประเมิน ITA ปี ๒๕๖๙', True)
    para(doc, '        เทศบาลเมืองกันตังนทีได้คะแนนรวม ๘๔.๘๐ คะแนน อยู่ในระดับ ผ่าน โดยมีคะแนนรายเครื่องมือ IIT ๘๙.๑๐ EIT ๘๒.๔๐ และ OIT ๘๓.๗๐ คะแนน')
    para(doc, '๒. การวิเคราะห์ผลการประเมิน', True)
    para(doc, '    ๒.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', True)
    para(doc, '        - ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน หลายหัวข้อของ OIT ไม่มีข้อมูลของปีปัจจุบัน')
    para(doc, '        - ผู้รับบริการเห็นว่าการขออนุญาตก่อสร้างยังมีการเรียกรับประโยชน์ (e5)')
    para(doc, '    ๒.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', True)
    para(doc, '        - การยืมใช้ทรัพย์สินของราชการยังไม่มีการขออนุญาตทุกครั้ง (i11–i12)')
    para(doc, '        - การแจ้งผลการจัดการเรื่องร้องเรียนให้ผู้ร้องทราบ')
    para(doc, '๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True)
    t = doc.add_table(rows=1, cols=len(HDR)); t.style = 'Table Grid'
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, align='c'); shade(t.rows[0].cells[i], 'D9D9D9')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row()
        for i, v in enumerate([m['no'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outcome']]):
            cell_text(r.cells[i], v, align='c' if (i == 0 or v in ('-', '(ระบุ)')) else None)
    col_widths(t, [1.0, 3.4, 4.2, 2.4, 2.0, 2.5, 2.0])
    para(doc, '')
    for ln in ['ประกาศ ณ วันที่ ๒ ธันวาคม ๒๕๖๙', '(นางสาวจันทร์เพ็ญ หลีหมัด)', 'นายกเทศมนตรีเมืองกันตังนที']: para(doc, ln, align='c')
    src = os.path.join(BUILD, NAME + '.docx'); doc.save(src)
    pdf = to_pdf(src); shutil.copy(pdf, out(NAME, 'pdf'))
    write_truth(NAME, 'pdf', 'measures', 2570, AG, 'measure', items_from(M, 'measures'),
        ["score: 84.80 is below the 85-point pass mark but is called 'ผ่าน' (wrong band)", "measure 4: responsible is '(ระบุ)'"],
        'Word->PDF (Garuda 12, portrait): COVER page, front matter with Thai-letter page numbers (สารบัญ with ก ข / 1 2, คำนำ), '
        'then body with running header and "- n -" footer; analysis ๒.๑/๒.๒ with dash lines; 7-column table with header '
        'repeated, own การกำกับติดตาม and expected-result columns, numbers 1–5 in a "ข้อ" column; titles start with the word '
        '"มาตรการ". IIT/EIT/OIT per-tool scores are given without weights (89.10 / 82.40 / 83.70 -> weighted 84.80, consistent with the total).',
        sections={'weaknesses': 'present', 'improvements': 'present'})
if __name__ == '__main__': build()
