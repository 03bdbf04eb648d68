"""r02: สพป. results FY2569 - NEW FORM: Word PROTECTED FORM with LEGACY FORM FIELDS (FORMTEXT results, FORMCHECKBOX
status boxes whose state lives only in w:ffData/w:checkBox - no check glyph in the text)."""
from common import *
NAME = 'r02_spp_ratchawari2_results_2569.docx'
AG = 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาราชบุรีวารี เขต ๒'
FONT = 'TH SarabunPSK'
EMPTY = '\u2002' * 5      # what Word shows for an unfilled FORMTEXT
ST = ['ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ได้ดำเนินการ']
M = [
 dict(num='1', title='มาตรการเปิดเผยข้อมูลการบริหารงานบุคคลของข้าราชการครูและบุคลากรทางการศึกษา',
      steps='1) ประกาศหลักเกณฑ์การย้าย การเลื่อนเงินเดือน และการประเมินวิทยฐานะบนเว็บไซต์\n2) เผยแพร่มติ อ.ก.ค.ศ. เขตพื้นที่ฯ ภายใน 7 วันหลังการประชุม',
      resp='กลุ่มบริหารงานบุคคล', period='1 ตุลาคม 2568 – 30 กันยายน 2569', mon='รายงานผู้อำนวยการ สพป. ทุกไตรมาส',
      ticks=[1, 0, 0], output='เผยแพร่หลักเกณฑ์ 6 เรื่อง และมติ อ.ก.ค.ศ. 11 ครั้ง', outcome='ข้าราชการครูเข้าถึงหลักเกณฑ์ได้ทันเวลา ข้อร้องเรียนเรื่องการย้ายลดลงร้อยละ 40'),
 dict(num='2', title='มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้างของสถานศึกษา',
      steps='1) จัดประชุมชี้แจงผู้บริหารสถานศึกษาเรื่องการจัดซื้อจัดจ้าง\n2) ให้คณะกรรมการจัดซื้อลงนามแบบแสดงความไม่มีส่วนได้เสีย',
      resp='กลุ่มบริหารงานการเงินและสินทรัพย์ / หน่วยตรวจสอบภายใน', period='พฤศจิกายน 2568 – สิงหาคม 2569', mon='หน่วยตรวจสอบภายในสุ่มตรวจ 20 โรงเรียน และรายงานผล',
      ticks=[0, 1, 0], output='ประชุมชี้แจง 2 ครั้ง ผู้บริหาร 84 คน สุ่มตรวจแล้ว 12 โรงเรียน', outcome='อยู่ระหว่างดำเนินการ'),
 dict(num='3', title='มาตรการเสริมสร้างการรับรู้ช่องทางร้องเรียนการทุจริต',
      steps='1) จัดทำป้ายและ QR Code ช่องทางร้องเรียนติดทุกโรงเรียน\n2) ประชาสัมพันธ์ผ่านเพจของ สพป.',
      resp='กลุ่มอำนวยการ', period='มกราคม – มีนาคม 2569', mon='สรุปจำนวนเรื่องร้องเรียนเสนอคณะกรรมการ ITA ของเขต',
      ticks=[0, 0, 0], output=EMPTY, outcome='ผู้ปกครองและประชาชนรู้จักช่องทางร้องเรียนเพิ่มขึ้น (แบบสำรวจ ร้อยละ 78)'),
 dict(num='4', title='มาตรการส่งเสริมวัฒนธรรมสุจริตในสำนักงานเขตพื้นที่การศึกษา',
      steps='1) กิจกรรม "ครูดี ไม่รับสินบน" และการประกาศเจตนารมณ์\n2) ยกย่องบุคลากรต้นแบบด้านคุณธรรม',
      resp='กลุ่มพัฒนาครูและบุคลากรทางการศึกษา', period='ธันวาคม 2568', mon='รายงานผลต่อคณะกรรมการ ITA ของเขต',
      ticks=[1, 1, 0], output='บุคลากร 96 คนร่วมประกาศเจตนารมณ์ คัดเลือกบุคลากรต้นแบบ 5 คน', outcome='บุคลากรมีทัศนคติไม่ยอมรับการทุจริต (ผลสำรวจ IIT ข้อ i12 สูงขึ้น)'),
 dict(num='5', title='มาตรการควบคุมการใช้รถยนต์ราชการ',
      steps='1) ขออนุญาตใช้รถผ่านระบบ e-Car\n2) บันทึกเลขไมล์และการเติมน้ำมันทุกครั้ง',
      resp=EMPTY, period='ตลอดปีงบประมาณ 2569', mon='ตรวจสอบสมุดบันทึกการใช้รถทุกเดือน และรายงานรองผู้อำนวยการ สพป.',
      ticks=[1, 0, 0], output='ใช้ระบบ e-Car ครบทุกคำขอ 412 ครั้ง', outcome='ไม่พบการใช้รถราชการเพื่อประโยชน์ส่วนตัว'),
]
_id = [0]
def fld_begin(ff):
    r = OxmlElement('w:r'); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'begin'); fc.append(ff); r.append(fc); return r
def ffdata(kind, checked=None):
    _id[0] += 1
    ff = OxmlElement('w:ffData')
    n = OxmlElement('w:name'); n.set(qn('w:val'), ('Check' if kind == 'c' else 'Text') + str(_id[0])); ff.append(n)
    ff.append(OxmlElement('w:enabled'))
    c = OxmlElement('w:calcOnExit'); c.set(qn('w:val'), '0'); ff.append(c)
    if kind == 'c':
        cb = OxmlElement('w:checkBox'); cb.append(OxmlElement('w:sizeAuto'))
        dv = OxmlElement('w:default'); dv.set(qn('w:val'), '0'); cb.append(dv)
        if checked:
            ch = OxmlElement('w:checked'); cb.append(ch)
        ff.append(cb)
    else:
        ff.append(OxmlElement('w:textInput'))
    return ff
def simple_run(tag, **attrs):
    r = OxmlElement('w:r'); e = OxmlElement(tag)
    for k, v in attrs.items(): e.set(qn(k), v)
    r.append(e); return r
def instr(text):
    r = OxmlElement('w:r'); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = text; r.append(it); return r
def formtext(p, value):
    p._p.append(fld_begin(ffdata('t')))
    p._p.append(instr(' FORMTEXT '))
    p._p.append(simple_run('w:fldChar', **{'w:fldCharType': 'separate'}))
    lines = value.split('\n')
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        if i < len(lines) - 1: r.add_break()
    p._p.append(simple_run('w:fldChar', **{'w:fldCharType': 'end'}))
def formcheck(p, checked):
    p._p.append(fld_begin(ffdata('c', checked)))
    p._p.append(instr(' FORMCHECKBOX '))
    p._p.append(simple_run('w:fldChar', **{'w:fldCharType': 'end'}))
def build():
    d = new_doc(FONT, 16, margins=(2.0, 2.0, 2.5, 1.5))
    s = d.sections[0]
    header_footer(s, 'แบบ สพป.รบว.๒-ITA ๐๒', 'of', 12)
    para(d, 'แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=18, align='center')
    p = para(d, '', align='center'); r = p.add_run('ประจำปีงบประมาณ พ.ศ. '); r.bold = True; formtext(p, '2569')
    p = para(d, '', align='center'); p.add_run('หน่วยงาน '); formtext(p, AG)
    para(d, 'คำชี้แจง  กรอกข้อมูลในช่องสีเทา และทำเครื่องหมายในช่องสถานะการดำเนินการเพียงช่องเดียว (แบบฟอร์มนี้ป้องกันการแก้ไข ยกเว้นช่องกรอกข้อมูล)', size=14)
    para(d)
    labels = [('มาตรการ', 'title'), ('ขั้นตอน/วิธีการดำเนินการ', 'steps'), ('ผู้รับผิดชอบ', 'resp'), ('ระยะเวลาดำเนินการ', 'period'),
              ('การติดตามและรายงานผล', 'mon'), ('สถานะการดำเนินการ', 'ticks'), ('ผลการดำเนินการ (Output)', 'output'),
              ('ผลลัพธ์ (Outcome)', 'outcome')]
    for m in M:
        p = para(d, '', bold=False); r = p.add_run(f'ข้อ '); r.bold = True; formtext(p, m['num'])
        t = d.add_table(rows=len(labels), cols=2); t.style = 'Table Grid'
        for i, (lab, k) in enumerate(labels):
            cell_lines(t.rows[i].cells[0], lab, bold=True); shade(t.rows[i].cells[0], 'EDEDED')
            c = t.rows[i].cells[1]; c.paragraphs[0].text = ''
            if k == 'ticks':
                cp = c.paragraphs[0]
                for j, st in enumerate(ST):
                    formcheck(cp, m['ticks'][j]); cp.add_run(' ' + st + ('    ' if j < 2 else ''))
            else:
                formtext(c.paragraphs[0], m[k])
        widths(t, [5.0, 12.0])
        for row in t.rows: cant_split(row)
        para(d)
    para(d, 'ข้าพเจ้าขอรับรองว่าข้อมูลข้างต้นถูกต้องตามความเป็นจริง')
    para(d)
    p = para(d, '', align='center'); p.add_run('ลงชื่อ '); formtext(p, 'นายวีระพงษ์  ดำรงธรรม'); p.add_run(' ผู้รายงาน')
    p = para(d, '', align='center'); p.add_run('ตำแหน่ง '); formtext(p, 'นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ')
    p = para(d, '', align='center'); p.add_run('วันที่ '); formtext(p, '20 ตุลาคม 2569')
    # protect for forms
    st = d.settings.element
    dp = OxmlElement('w:documentProtection'); dp.set(qn('w:edit'), 'forms'); dp.set(qn('w:enforcement'), '1')
    st.insert(0, dp)
    d.save(os.path.join(OUT, NAME))
    write_truth(NAME, 'results', 2569, AG, 'measure', M,
        ["measure 2: outcome is 'อยู่ระหว่างดำเนินการ'",
         'measure 3: no status box ticked and the output field left unfilled (blank form field)',
         'measure 4: two status boxes ticked (ดำเนินการแล้วเสร็จ and อยู่ระหว่างดำเนินการ) - output still stated in its own field',
         'measure 5: responsible field left unfilled (blank form field)'],
        'NEW FORM: a Word PROTECTED FORM (documentProtection edit="forms") filled in with LEGACY FORM FIELDS: every value is the result of a FORMTEXT field (w:ffData + fldChar begin/separate/end, instrText hidden), an unfilled field shows as five en-spaces; the three status boxes per measure are FORMCHECKBOX fields whose ticked state exists ONLY as w:ffData/w:checkBox/w:checked (Word draws a crossed box; there is no check glyph in the text). FY 2569 in the title is itself a FORMTEXT result. One 2-col label|value table per measure under "ข้อ n" (the number is a form field too); own การติดตามและรายงานผล row. Ticks: 1 done, 2 in progress (one tick = output), 3 none, 4 two (output text still present), 5 done. Unit = measure.',
        overrides={'3': {'output': 'missing'}})
if __name__ == '__main__':
    build()
