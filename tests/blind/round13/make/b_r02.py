"""r02: สำนักงานจัดหางานจังหวัดทะเลน้อย results FY2569 - DOCX from a department template with HIDDEN text (w:vanish)."""
from common import *

FN = 'r02_doe_thalenoi_results_2569.docx'
AG = 'สำนักงานจัดหางานจังหวัดทะเลน้อย'
HID = object()  # marker: cell holds only hidden guidance text

def vanish_run(run):
    rpr = run._r.get_or_add_rPr(); v = OxmlElement('w:vanish'); rpr.append(v)
    c = OxmlElement('w:color'); c.set(qn('w:val'), 'C00000'); rpr.insert(0, c)

def vanish_mark(p):
    ppr = p._p.get_or_add_pPr(); rpr = ppr.find(qn('w:rPr'))
    if rpr is None:
        rpr = OxmlElement('w:rPr'); ppr.append(rpr)
    rpr.append(OxmlElement('w:vanish'))

def hidden_para(container, text, size=14):
    p = container.add_paragraph(); r = run_cs(p.add_run(text), size); r.italic = True; vanish_run(r); vanish_mark(p)
    return p

def hidden_cell(cell, text, size=13):
    p = cell.paragraphs[0]; r = run_cs(p.add_run(text), size); r.italic = True; vanish_run(r)

EX = ['ตัวอย่าง', 'มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างประจำเดือน',
      '1) จัดทำรายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)\n2) เผยแพร่บนเว็บไซต์ของสำนักงานภายในวันที่ 10 ของเดือนถัดไป',
      'ฝ่ายบริหารงานทั่วไป', 'ต.ค. 2568 – ก.ย. 2569', 'รายงานจัดหางานจังหวัดทุกเดือน',
      'เผยแพร่ครบ 12 เดือน', 'ไม่มีข้อร้องเรียนเกี่ยวกับการจัดซื้อจัดจ้าง']

MS = [
 dict(n='1', t='มาตรการเปิดเผยข้อมูลตำแหน่งงานว่างและการให้บริการจัดหางานผ่านช่องทางออนไลน์',
      s='1) รวบรวมตำแหน่งงานว่างจากนายจ้างทุกสัปดาห์\n2) เผยแพร่ทางเว็บไซต์และเพจ Facebook ของสำนักงาน\n3) ปรับปรุงข้อมูลบนเว็บไซต์ทุกวันศุกร์',
      r='กลุ่มงานบริการจัดหางานและคุ้มครองคนหางาน', p='ต.ค. 2568 – ก.ย. 2569',
      m='รายงานจำนวนตำแหน่งงานที่เผยแพร่ต่อจัดหางานจังหวัดทุกเดือน',
      o='เผยแพร่ตำแหน่งงานว่าง 1,846 อัตรา จากนายจ้าง 212 ราย',
      oc='มีผู้ได้รับการบรรจุงาน 1,124 คน คิดเป็นร้อยละ 60.89 ของตำแหน่งงานที่เผยแพร่', code='1111111'),
 dict(n='2', t='มาตรการป้องกันการเรียกรับเงินหรือผลประโยชน์ในการพิจารณาอนุญาตทำงานของคนต่างด้าว',
      s='1) ประกาศขั้นตอนและระยะเวลาการพิจารณาไว้ ณ จุดให้บริการ\n2) ให้ยื่นคำขอผ่านระบบอิเล็กทรอนิกส์ (e-WorkPermit)\n3) จัดกล่องรับเรื่องร้องเรียนและ QR Code แจ้งเบาะแส',
      r='กลุ่มงานบริหารแรงงานต่างด้าว', p='ต.ค. 2568 – ก.ย. 2569', m='สรุปเรื่องร้องเรียนรายงานจัดหางานจังหวัดทุกไตรมาส',
      o='พิจารณาคำขออนุญาตทำงาน 3,275 ราย ยื่นผ่านระบบออนไลน์ร้อยละ 82',
      oc='ไม่มีเรื่องร้องเรียนการเรียกรับเงินหรือผลประโยชน์ตลอดปีงบประมาณ', code='1111111'),
 dict(n='3', t='มาตรการเสริมสร้างวัฒนธรรมองค์กรสุจริต "จัดหางานทะเลน้อย ไม่ทนต่อการทุจริต"',
      s='1) จัดกิจกรรมประกาศเจตนารมณ์การต่อต้านการทุจริต\n2) ประชุมประจำเดือนแลกเปลี่ยนกรณีศึกษาเรื่องผลประโยชน์ทับซ้อน',
      r='ฝ่ายบริหารงานทั่วไป', p='ธ.ค. 2568 – มี.ค. 2569', m='-',
      o='จัดกิจกรรม 2 ครั้ง เจ้าหน้าที่เข้าร่วมครบทั้ง 27 คน',
      oc='เจ้าหน้าที่ร้อยละ 96 ตอบแบบทดสอบความรู้เรื่องผลประโยชน์ทับซ้อนได้ถูกต้อง', code='1111011'),
 dict(n='4', t='มาตรการควบคุมการยืม-คืนและการใช้ทรัพย์สินของราชการ',
      s='1) จัดทำทะเบียนคุมการยืม-คืนพัสดุและครุภัณฑ์\n2) ตรวจสอบพัสดุประจำปี', r=HID, hr='(ระบุกลุ่มงาน/ชื่อผู้รับผิดชอบ)',
      p='ต.ค. 2568 – ก.ย. 2569', m='รายงานผลการตรวจสอบพัสดุประจำปีต่อจัดหางานจังหวัด',
      o='บันทึกการยืม-คืนครุภัณฑ์ 46 รายการ ได้รับคืนครบทุกรายการ',
      oc='ไม่พบการนำทรัพย์สินของราชการไปใช้ประโยชน์ส่วนตัว', code='1101111'),
 dict(n='5', t='มาตรการรับฟังความคิดเห็นและปรับปรุงการให้บริการตามข้อเสนอของผู้รับบริการ',
      s='1) สำรวจความพึงพอใจ ณ จุดบริการและแบบสอบถามออนไลน์\n2) วิเคราะห์ข้อเสนอแนะ\n3) ปรับปรุงขั้นตอนการให้บริการ',
      r='กลุ่มงานยุทธศาสตร์และสารสนเทศตลาดแรงงาน', p='ม.ค. – ส.ค. 2569', m='รายงานผลการสำรวจในที่ประชุมประจำเดือนของสำนักงาน',
      o='มีผู้ตอบแบบสำรวจ 418 ราย', oc=HID, hoc='(ระบุผลลัพธ์หรือความสำเร็จ เช่น ระดับความพึงพอใจ ร้อยละ)', code='1111110'),
]

def build():
    doc = Document(); set_font(doc, 'TH SarabunPSK', 16)
    sec = doc.sections[0]; landscape(sec); margins(sec, 1.5, 1.5, 1.5, 1.5)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run_cs(fp.add_run('แบบ ITA-กกจ. 02 (ปรับปรุง ก.ย. 2569)  หน้า '), 12); add_field(fp, 'PAGE', 12)
    para(doc, 'แบบ ITA-กกจ. 02', True, 14, 'r')
    hidden_para(doc, 'คำชี้แจง: ข้อความตัวเอียงสีแดงในแบบฟอร์มนี้เป็นคำอธิบายการกรอกข้อมูล ซ่อนไว้และจะไม่ปรากฏเมื่อพิมพ์ '
                'ให้หน่วยงานกรอกข้อมูลแทนที่ข้อความดังกล่าว และไม่ต้องลบแถวตัวอย่าง')
    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, 18, 'c')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2569', True, 18, 'c')
    para(doc, 'หน่วยงาน  ' + AG + '  กรมการจัดหางาน  กระทรวงแรงงาน', True, 16, 'c')
    hidden_para(doc, '(ระบุชื่อหน่วยงาน และแนบประกาศมาตรการของหน่วยงานประกอบรายงาน)')
    para(doc, 'ผลการประเมิน ITA ประจำปี พ.ศ. 2569 ของกรมการจัดหางาน (ภาพรวม) ได้ 92.66 คะแนน ระดับผ่าน '
         'สำนักงานจัดหางานจังหวัดทะเลน้อยได้ดำเนินการตามมาตรการที่กำหนด ดังนี้', size=15, space_after=4)
    hdr = ['ลำดับ', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามและรายงานผล',
           'ผลการดำเนินการ (Output)', 'ผลลัพธ์ (Outcome)']
    t = doc.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, True, 14, 'c'); shade(t.rows[0].cells[i], 'D9E2F3')
    repeat_header(t.rows[0])
    # hidden example row (template)
    row = t.add_row()
    trpr = row._tr.get_or_add_trPr(); trpr.append(OxmlElement('w:hidden'))
    for i, v in enumerate(EX):
        lines = v.split('\n')
        for j, ln in enumerate(lines):
            p = row.cells[i].paragraphs[0] if j == 0 else row.cells[i].add_paragraph()
            r = run_cs(p.add_run(ln), 13); r.italic = True; vanish_run(r); vanish_mark(p)
    for m in MS:
        row = t.add_row()
        vals = [m['n'], m['t'], m['s'], m['r'], m['p'], m['m'], m['o'], m['oc']]
        for i, v in enumerate(vals):
            if v is HID:
                hidden_cell(row.cells[i], m['hr'] if i == 3 else m['hoc'])
            else:
                cell_text(row.cells[i], v, size=14, align='c' if i == 0 else None)
    col_widths(t, [1.2, 4.6, 5.4, 3.0, 2.6, 3.2, 3.4, 3.4])
    para(doc, '')
    hidden_para(doc, 'หมายเหตุ: ให้ส่งแบบรายงานนี้ถึงกองบริหารทรัพยากรบุคคลภายในวันที่ 15 ตุลาคม 2569 และเผยแพร่บนเว็บไซต์ของหน่วยงาน')
    for ln in ['ลงชื่อ .................................................. ผู้รายงาน', '(นางสาวกานต์ธิดา ศรีทอง)',
               'จัดหางานจังหวัดทะเลน้อย', 'วันที่ 9 ตุลาคม 2569']:
        para(doc, ln, align='c').paragraph_format.left_indent = Cm(13)
    doc.save(os.path.join(ROOT, FN))
    # sanity (HID treated as blank)
    ms = [dict(mm, r='' if mm['r'] is HID else mm['r'], oc='' if mm['oc'] is HID else mm['oc']) for mm in MS]
    check(ms, dict(measure='t', steps='s', responsible='r', period='p', monitoring='m', output='o', outcome='oc'))
    write_truth(FN, 'results', 2569, AG, 'measure', [unit(m['n'], m['t'], m['code']) for m in MS], [
        'measure 3: monitoring/reporting is "-"',
        'measure 4: responsible cell shows nothing (holds only hidden template guidance "(ระบุกลุ่มงาน/ชื่อผู้รับผิดชอบ)")',
        'measure 5: outcome cell shows nothing (only hidden template guidance "(ระบุผลลัพธ์…)")'],
        'NEW FORM: a department template (แบบ ITA-กกจ. 02) filled in Word, carrying HIDDEN TEXT (w:vanish, red italic): a '
        'hidden instruction paragraph at the top, a hidden agency hint, a hidden note after the table and a hidden EXAMPLE ROW '
        '("ตัวอย่าง", whole row w:hidden + every run and paragraph mark vanished) as the first data row. Word does not show or '
        'print hidden text, so the assessor sees 5 measures; the example row is NOT a measure. Two cells that look empty hold '
        'only hidden guidance text (responsible of 4, outcome of 5) - labelled missing. Score given for the department as a '
        'whole (92.66 ผ่าน). Landscape, 8 columns, header row repeated, footer with form code and page number.')

if __name__ == '__main__':
    build()
