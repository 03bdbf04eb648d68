"""DOCX documents: r02 (NEW: provincial court results uploaded with TRACKED CHANGES left in), m01 (พมจ. measures, Word table
in a landscape section), p04 (prosecutor's office plan, vertically merged issue column)."""
import sys
from common import *

AUTHOR = 'ศิริรัตน์ (นิติกร)'
DATE = '2026-10-08T09:14:00Z'
_rid = [100]


def _id():
    _rid[0] += 1
    return str(_rid[0])


def _run(text, deleted=False, bold=False):
    r = OxmlElement('w:r')
    if bold:
        rpr = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rpr.append(b); r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve'); t.text = text
    r.append(t)
    return r


def _wrap(tag, run, author=AUTHOR):
    w = OxmlElement(tag)
    w.set(qn('w:id'), _id()); w.set(qn('w:author'), author); w.set(qn('w:date'), DATE)
    w.append(run)
    return w


def rev_par(p, parts, bold=False):
    """parts: list of (kind, text) with kind 'n' (unchanged), 'ins' or 'del'; appended to paragraph p."""
    for kind, text in parts:
        if kind == 'n':
            p._p.append(_run(text, bold=bold))
        elif kind == 'ins':
            p._p.append(_wrap('w:ins', _run(text, bold=bold)))
        else:
            p._p.append(_wrap('w:del', _run(text, True, bold=bold)))


def rev_cell(c, parts):
    """parts: list of lines; each line a list of (kind, text). A line that is entirely inserted/deleted also marks its
    paragraph mark."""
    for p in list(c.paragraphs):
        p._p.getparent().remove(p._p)
    for line in parts:
        p = c.add_paragraph()
        rev_par(p, line)


def mark_row(row, kind):
    """whole table row inserted ('ins') or deleted ('del') with tracked changes: trPr mark, every run wrapped, paragraph marks."""
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:' + kind); e.set(qn('w:id'), _id()); e.set(qn('w:author'), AUTHOR); e.set(qn('w:date'), DATE)
    trPr.append(e)
    for p in row._tr.iter(qn('w:p')):
        for r in list(p.findall(qn('w:r'))):
            if kind == 'del':
                for t in r.findall(qn('w:t')):
                    t.tag = qn('w:delText')
            w = OxmlElement('w:' + kind); w.set(qn('w:id'), _id()); w.set(qn('w:author'), AUTHOR); w.set(qn('w:date'), DATE)
            r.addprevious(w); w.append(r)
        pPr = p.get_or_add_pPr()
        rpr = OxmlElement('w:rPr'); m = OxmlElement('w:' + kind)
        m.set(qn('w:id'), _id()); m.set(qn('w:author'), AUTHOR); m.set(qn('w:date'), DATE)
        rpr.append(m); pPr.append(rpr)


def track_on(d):
    st = d.settings.element
    tr = OxmlElement('w:trackRevisions')
    ref = st.find(qn('w:defaultTabStop'))
    if ref is not None:
        ref.addprevious(tr)
    else:
        st.append(tr)


# ---------------------------------------------------------------- r02 (NEW: tracked changes)
def r02():
    F = 'r02_court_chiangraithani_results_2569.docx'
    AG = 'ศาลจังหวัดเชียงรายธานี'
    N, I, D = 'n', 'ins', 'del'
    # every value: list of lines, each line a list of (kind, text); `final` = what Word shows with markup hidden
    ROWS = [
     dict(n=[[(N, '1')]], title='เปิดเผยข้อมูลสถิติคดีและผลการดำเนินงานของศาลบนเว็บไซต์และเพจศาล',
          steps=[[(N, '1) รวบรวมสถิติคดีรายเดือนจากระบบ CIOS')], [(N, '2) จัดทำอินโฟกราฟิกสรุปผลการดำเนินงาน')],
                 [(N, '3) เผยแพร่บนเว็บไซต์และเพจศาลภายในวันที่ 10 ของเดือนถัดไป')]],
          resp=[[(N, 'ส่วนบริหารจัดการคดี')]], period=[[(N, 'ต.ค. 2568 – ก.ย. 2569')]],
          mon=[[(N, 'ผู้อำนวยการสำนักงานประจำศาลรายงานผู้พิพากษาหัวหน้าศาลทุกเดือน')]],
          out=[[(N, 'เผยแพร่สถิติคดีครบ '), (D, '10'), (I, '12'), (N, ' เดือน และอินโฟกราฟิกรายไตรมาส 4 ฉบับ')]],
          outc=[[(N, 'ประชาชนและคู่ความเข้าถึงข้อมูลผลการดำเนินงานของศาลได้สะดวก')]]),
     dict(n=[[(N, '2')]], title='ลดขั้นตอนการขอคัดถ่ายสำเนาคำพิพากษาและเอกสารในสำนวนผ่านระบบออนไลน์',
          steps=[[(N, '1) เปิดให้ยื่นคำขอผ่านระบบ CIOS')], [(N, '2) ชำระค่าธรรมเนียมผ่าน QR Code')],
                 [(N, '3) จัดส่งสำเนาทางไปรษณีย์อิเล็กทรอนิกส์')]],
          resp=[[(D, 'งานประชาสัมพันธ์'), (I, 'ส่วนบริหารจัดการคดีและงานประชาสัมพันธ์')]],
          period=[[(N, 'ธ.ค. 2568 – ก.ย. 2569')]],
          mon=[[(N, 'ติดตามระยะเวลาการให้บริการเฉลี่ยรายเดือน')]],
          out=[[(N, 'ให้บริการคำขอออนไลน์ 1,284 คำขอ')]],
          outc=[[(I, 'ระยะเวลาให้บริการเฉลี่ยลดลงจาก 3 วันทำการ เหลือ 1 วันทำการ')]]),
     dict(n=[[(N, '3')]], title='ประชุมชี้แจงประมวลจริยธรรมข้าราชการศาลยุติธรรมและการป้องกันการรับสินบน',
          steps=[[(N, 'จัดประชุมชี้แจงข้าราชการและลูกจ้างทุกคน พร้อมกรณีศึกษาการลงโทษทางวินัย')]],
          resp=[[(N, 'ส่วนบริหารทั่วไป (งานการเจ้าหน้าที่)')]],
          period=[[(D, 'ม.ค. – มี.ค. 2569')]],
          mon=[[(N, 'สรุปผลการประชุมเสนอผู้พิพากษาหัวหน้าศาล')]],
          out=[[(N, 'ประชุมชี้แจง 2 ครั้ง ผู้เข้าร่วม 86 คน')]],
          outc=[[(N, 'บุคลากรมีความรู้ความเข้าใจประมวลจริยธรรม ไม่มีเรื่องร้องเรียน')]]),
     dict(deleted=True, n=[[(N, '4')]], title='โครงการศาลสัญจรให้ความรู้กฎหมายแก่ประชาชนในพื้นที่ห่างไกล',
          steps=[[(N, 'ออกหน่วยให้ความรู้ร่วมกับอำเภอ 4 ครั้ง')]], resp=[[(N, 'ส่วนไกล่เกลี่ยและประนอมข้อพิพาท')]],
          period=[[(N, 'ก.พ. – ส.ค. 2569')]], mon=[[(N, 'รายงานผลหลังออกหน่วยทุกครั้ง')]],
          out=[[(N, 'ออกหน่วย 4 ครั้ง ประชาชนเข้าร่วม 412 คน')]], outc=[[(N, 'ประชาชนมีความรู้เรื่องกฎหมายเบื้องต้น')]]),
     dict(n=[[(D, '5'), (I, '4')]], title='สำรวจความพึงพอใจของผู้มาติดต่อราชการศาลและนำผลมาปรับปรุงการให้บริการ',
          steps=[[(N, '1) แจกแบบสอบถามและ QR Code ณ จุดประชาสัมพันธ์')], [(N, '2) วิเคราะห์ผลรายไตรมาส')],
                 [(N, '3) เสนอแนวทางปรับปรุงต่อที่ประชุมผู้บริหาร')]],
          resp=[[(N, 'งานประชาสัมพันธ์')]], period=[[(N, 'ต.ค. 2568 – ก.ย. 2569')]],
          mon=[[(N, 'นำเสนอผลในที่ประชุมประจำเดือนของศาล')]],
          out=[[(N, 'ผู้ตอบแบบสอบถาม 1,036 ราย')]],
          outc=[[(D, 'ความพึงพอใจเฉลี่ยร้อยละ 90'), (I, 'อยู่ระหว่างดำเนินการ')]]),
     dict(inserted=True, n=[[(N, '5')]], title='จัดทำทะเบียนคุมการรับของกลางและการขายทอดตลาดทรัพย์ของกลาง',
          steps=[[(N, '1) บันทึกรับของกลางในระบบทุกรายการ')], [(N, '2) ตรวจนับของกลางทุกสิ้นไตรมาส')],
                 [(N, '3) ประกาศขายทอดตลาดบนเว็บไซต์')]],
          resp=[[(N, 'ส่วนบริหารจัดการคดี (งานของกลาง)')]], period=[[(N, 'ม.ค. – ก.ย. 2569')]],
          mon=[[(N, 'คณะกรรมการตรวจนับรายงานผู้พิพากษาหัวหน้าศาลทุกไตรมาส')]],
          out=[[(N, 'ทะเบียนคุมของกลางครบถ้วน 2,417 รายการ')]],
          outc=[[(N, 'ตรวจสอบการจัดการของกลางได้ ไม่มีของกลางสูญหาย')]]),
    ]

    def final(v):
        return '\n'.join(''.join(t for k, t in line if k != 'del') for line in v)

    d = new_doc('TH Sarabun New', 16, landscape=True)
    track_on(d)
    s = d.sections[0]; s.left_margin = s.right_margin = Cm(1.5)
    footer_pages(s, 'หน้า {P} จาก {N}')
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rev_par(p, [(N, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. '), (D, '2568'), (I, '2569')], bold=True)
    para(d, AG + ' สำนักงานศาลยุติธรรม', True, True)
    p = d.add_paragraph()
    rev_par(p, [(N, '\tตามที่สำนักงานศาลยุติธรรมได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ '
                    'ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 94.18 คะแนน ระดับผ่าน '),
                (I, 'และศาลจังหวัดเชียงรายธานีได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสประจำปีงบประมาณ พ.ศ. 2569 ไว้ '),
                (N, 'บัดนี้ได้ดำเนินการตามมาตรการ'), (D, 'ครบทั้ง 5 มาตรการ'), (I, 'แล้ว'), (N, ' จึงรายงานผลการดำเนินการ ดังนี้')])
    hd = ['ลำดับ', 'มาตรการ', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลการดำเนินการ', 'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 14)
    repeat_header(t.rows[0])
    for m in ROWS:
        row = t.add_row()
        c = row.cells
        vals = [m['n'], [[(N, m['title'])]], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]
        for i, v in enumerate(vals):
            rev_cell(c[i], v)
        for pp in row._tr.iter(qn('w:r')):
            rpr = pp.find(qn('w:rPr'))
            if rpr is None:
                rpr = OxmlElement('w:rPr'); pp.insert(0, rpr)
            sz = OxmlElement('w:sz'); sz.set(qn('w:val'), '28'); rpr.append(sz)
            szc = OxmlElement('w:szCs'); szc.set(qn('w:val'), '28'); rpr.append(szc)
        if m.get('deleted'):
            mark_row(row, 'del')
        if m.get('inserted'):
            mark_row(row, 'ins')
    widths(t, [1.3, 4.2, 5.6, 3.0, 2.5, 3.3, 3.3, 3.5])
    para(d, '')
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rev_par(p, [(N, 'ข้อมูล ณ วันที่ '), (D, '30 กันยายน 2569'), (I, '7 ตุลาคม 2569')])
    for ln in ['', 'ลงชื่อ ...................................... ผู้รายงาน', '(นางสาวพิมพ์ชนก ดอยคำ)', 'ผู้อำนวยการสำนักงานประจำศาลจังหวัดเชียงรายธานี',
               '', 'ลงชื่อ ...................................... ผู้อนุมัติ', '(นายกิตติพัฒน์ เวียงแก้ว)', 'ผู้พิพากษาหัวหน้าศาลจังหวัดเชียงรายธานี']:
        para(d, ln, center=True)
    d.save(os.path.join(OUT, F))
    to_pdf(os.path.join(OUT, F))  # rendering check only (make/build/)
    MS = []
    for m in ROWS:
        if m.get('deleted'):
            continue
        MS.append(dict(n=final(m['n']), title=m['title'], steps=final(m['steps']), resp=final(m['resp']), period=final(m['period']),
                       mon=final(m['mon']), out=final(m['out']), outc=final(m['outc'])))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 3: period cell text is a tracked DELETION with nothing inserted - the cell is empty as displayed',
           'measure 4: outcome "ความพึงพอใจเฉลี่ยร้อยละ 90" deleted and replaced by the insertion "อยู่ระหว่างดำเนินการ"'],
          'NEW FORM: Word file uploaded with TRACKED CHANGES still in it (settings trackRevisions; w:ins / w:del by a reviewer). '
          'Read as Word shows the final text with markup hidden: inserted text counts, deleted text does not. Title FY: "2568" '
          'deleted, "2569" inserted (fiscal_year 2569). Original row 4 (โครงการศาลสัญจร…) is a DELETED TABLE ROW (w:del in trPr, all '
          'text w:delText) - not a unit; old number 5 changed to 4 (del/ins); measure 5 (ทะเบียนคุมของกลาง) is an INSERTED ROW '
          '(w:ins in trPr) - a unit, complete. Measure 2: responsible replaced by insertion (present); outcome exists only as '
          'inserted text (present). Measure 1 output: "10" deleted, "12" inserted. 8 columns incl. own การติดตามผล.')


# ---------------------------------------------------------------- m01
def m01():
    F = 'm01_pmj_chiangmaithara_measures_2570.docx'
    AG = 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่ธารา'
    MS = [
     dict(n='ข้อ ๑', title='เปิดเผยหลักเกณฑ์และผลการพิจารณาเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อยและผู้ไร้ที่พึ่ง',
          steps='(๑) ประกาศหลักเกณฑ์และเอกสารประกอบคำขอ\n(๒) เผยแพร่รายชื่อผู้ได้รับความช่วยเหลือ (ไม่ระบุเลขประจำตัว) รายเดือน\n(๓) ติดประกาศ ณ ศูนย์ดำรงธรรมจังหวัด',
          resp='กลุ่มการพัฒนาสังคมและสวัสดิการ', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รายงานผลต่อพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดทุกเดือน',
          outc='ผู้ยื่นคำขอได้รับข้อมูลเท่าเทียมกัน ไม่มีข้อร้องเรียนเรื่องความไม่เป็นธรรม'),
     dict(n='ข้อ ๒', title='ป้องกันผลประโยชน์ทับซ้อนในการคัดเลือกองค์กรสวัสดิการชุมชนรับเงินอุดหนุน',
          steps='(๑) ให้กรรมการพิจารณาลงนามแบบแสดงความไม่มีส่วนได้เสีย\n(๒) เผยแพร่ผลการพิจารณาพร้อมเหตุผล',
          resp='กลุ่มนโยบายและวิชาการ', period='-', mon='สรุปผลการพิจารณาเสนอคณะอนุกรรมการกองทุนส่งเสริมการจัดสวัสดิการสังคมจังหวัด',
          outc='การจัดสรรเงินอุดหนุนโปร่งใส ตรวจสอบได้'),
     dict(n='ข้อ ๓', title='พัฒนาช่องทางรับเรื่องร้องเรียนผ่านสายด่วน ๑๓๐๐ และ LINE OA ของสำนักงาน',
          steps='(๑) เชื่อมโยงเรื่องร้องเรียนจากสายด่วน ๑๓๐๐ เข้าทะเบียนของสำนักงาน\n(๒) แจ้งผลแก่ผู้ร้องภายใน ๑๕ วัน\n(๓) สรุปสถิติเรื่องร้องเรียนรายไตรมาส',
          resp='ฝ่ายบริหารทั่วไป', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รายงานสถิติเรื่องร้องเรียนรายไตรมาสต่อผู้บริหาร',
          outc='ผู้ร้องได้รับแจ้งผลภายในเวลาที่กำหนดร้อยละ ๑๐๐'),
     dict(n='ข้อ ๔', title='ส่งเสริมการใช้ทรัพย์สินของราชการอย่างถูกต้อง (รถราชการและวัสดุสำนักงาน)',
          steps='(๑) จัดทำแนวปฏิบัติการยืมทรัพย์สินของราชการ\n(๒) ใช้แบบขออนุญาตผ่านระบบสารบรรณอิเล็กทรอนิกส์',
          resp='ฝ่ายบริหารทั่วไป', period='พ.ย. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='ตรวจสอบทะเบียนคุมทุกสิ้นไตรมาส', outc=''),
     dict(n='ข้อ ๕', title='เสริมสร้างวัฒนธรรมองค์กรสุจริตด้วยกิจกรรม “พม. เชียงใหม่ธารา ใสสะอาด”',
          steps='(๑) ประกาศเจตนารมณ์ No Gift Policy\n(๒) ยกย่องบุคลากรต้นแบบด้านคุณธรรม\n(๓) ประชุมทบทวนประมวลจริยธรรม',
          resp='คณะทำงานส่งเสริมคุณธรรมของสำนักงาน', period='ธ.ค. ๒๕๖๙ – มี.ค. ๒๕๗๐', mon='รายงานผลต่อกระทรวงการพัฒนาสังคมฯ รอบ ๖ เดือน',
          outc='บุคลากรร้อยละ ๙๐ เข้าร่วมกิจกรรม'),
    ]
    d = new_doc('TH Sarabun New', 16)
    footer_pages(d.sections[0], 'หน้า {P} / {N}')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 20)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 20)
    para(d, AG, True, True, 18)
    para(d, 'กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์', True, True, 18)
    para(d, '')
    para(d, '๑. การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True)
    para(d, '\tกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ได้ ๙๒.๓๐ คะแนน '
            'อยู่ในระดับ ผ่าน โดยตัวชี้วัดที่ได้คะแนนต่ำสุด ได้แก่ ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (๘๔.๒๕) และตัวชี้วัดที่ ๘ '
            'การแก้ไขปัญหาการทุจริต (๘๖.๐๗)')
    para(d, '๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน', True)
    for x in ['การใช้ทรัพย์สินของราชการยังขาดแนวปฏิบัติที่ชัดเจน', 'ผู้รับบริการไม่ทราบผลการจัดการเรื่องร้องเรียน']:
        d.add_paragraph(x, style='List Bullet')
    para(d, '๓. ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    for x in ['การเปิดเผยหลักเกณฑ์การให้ความช่วยเหลือ', 'การป้องกันผลประโยชน์ทับซ้อนในการจัดสรรเงินอุดหนุน', 'วัฒนธรรมองค์กร']:
        d.add_paragraph(x, style='List Bullet')
    para(d, '๔. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True)
    para(d, '\tรายละเอียดตามตารางแนบท้าย')
    ns = d.add_section(2)  # new page
    orient(ns, True)
    para(d, 'ตารางมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True)
    hd = ['ข้อ', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True)
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(c[i], v, center=(i == 0 or v == '-'))
    widths(t, [1.5, 4.6, 6.4, 3.2, 2.8, 3.6, 3.6])
    para(d, '')
    for ln in ['ประกาศ ณ วันที่ ๓๐ ตุลาคม พ.ศ. ๒๕๖๙', '(ลงชื่อ) ........................................', '(นางวราภรณ์ ดอยสะเก็ด)',
               'พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงใหม่ธารา']:
        para(d, ln, center=True)
    d.save(os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['measure ข้อ ๒: period is "-"', 'measure ข้อ ๔: expected result (ผลที่คาดว่าจะได้รับ) cell is empty'],
          'Word document (TH Sarabun New): portrait part with score prose and sections ๒./๓. as List Bullet, then a landscape '
          'section with the 7-column table (numbers "ข้อ ๑"–"ข้อ ๕", header repeating, own การติดตามผล; ผลที่คาดว่าจะได้รับ = '
          'outcome); "หน้า n / N" footer; signature.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p04
def p04():
    F = 'p04_ago_nanthara_plan_2570.docx'
    AG = 'สำนักงานอัยการจังหวัดน่านธารา'
    GROUPS = [
     ('ประเด็นที่ ๑\nการเปิดเผยข้อมูลและการให้บริการประชาชน', [
      dict(n='๑', title='ปรับปรุงข้อมูลการให้บริการประชาชนด้านคุ้มครองสิทธิและช่วยเหลือทางกฎหมายบนเว็บไซต์',
           steps='ตรวจสอบข้อมูลขั้นตอน ระยะเวลา และแบบคำร้อง ปรับปรุงให้เป็นปัจจุบัน', resp='สำนักงานคุ้มครองสิทธิและช่วยเหลือทางกฎหมายและการบังคับคดีจังหวัด',
           period='ต.ค. – ธ.ค. ๒๕๖๙', mon='รายงานอัยการจังหวัดทุกเดือน', outc='ข้อมูลครบถ้วนเป็นปัจจุบันทุกรายการ'),
      dict(n='๒', title='เผยแพร่ผลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณรายเดือน',
           steps='สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.๑) และรายงานการเบิกจ่าย นำขึ้นเว็บไซต์', resp='',
           period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='ตรวจสอบการเผยแพร่ทุกสิ้นเดือน', outc='เผยแพร่ครบ ๑๒ เดือน'),
     ]),
     ('ประเด็นที่ ๒\nการป้องกันการทุจริตและผลประโยชน์ทับซ้อน', [
      dict(n='๓', title='ประกาศเจตนารมณ์การป้องกันการรับสินบนและไม่รับของขวัญ',
           steps='อัยการจังหวัดประกาศเจตนารมณ์ แจ้งเวียนข้าราชการและพนักงานราชการ', resp='ฝ่ายอำนวยการ',
           period='ต.ค. ๒๕๖๙', mon='สรุปการรายงานการรับของขวัญรายปี', outc='ไม่มีการรับของขวัญเกินมูลค่าที่กำหนด'),
      dict(n='๔', title='อบรมการป้องกันผลประโยชน์ทับซ้อนในการพิจารณาสำนวนคดี',
           steps='จัดอบรมร่วมกับสำนักงานอัยการภาค ๕ ทดสอบความรู้หลังอบรม', resp='ฝ่ายอำนวยการ',
           period='(ระบุ)', mon='รายงานผลการอบรมต่ออัยการจังหวัด', outc='ผู้เข้าอบรมร้อยละ ๙๐ ผ่านการทดสอบ'),
     ]),
     ('ประเด็นที่ ๓\nการติดตามผล', [
      dict(n='๕', title='ติดตามและรายงานผลการดำเนินการตามแผนรอบ ๖ เดือนและ ๑๒ เดือน',
           steps='รวบรวมผลการดำเนินงานทุกกิจกรรม จัดทำรายงานเสนออัยการจังหวัดและเผยแพร่บนเว็บไซต์', resp='ฝ่ายอำนวยการ (งานแผนงาน)',
           period='มี.ค. และ ก.ย. ๒๕๗๐', mon='เสนออัยการจังหวัดพิจารณา', outc='รายงานผล ๒ ครั้ง'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    d = new_doc('TH Sarabun New', 15, landscape=True)
    s = d.sections[0]; s.left_margin = s.right_margin = Cm(1.5)
    footer_pages(s, '{P}', head='แผนการขับเคลื่อน ITA ๒๕๗๐ – ' + AG)
    para(d, 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 18)
    para(d, AG + ' สำนักงานอัยการสูงสุด', True, True, 18)
    para(d, '\tสำนักงานอัยการสูงสุดได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน ๙๔.๐๖ คะแนน ระดับผ่าน สำนักงานอัยการ'
            'จังหวัดน่านธาราจึงจัดทำแผนการขับเคลื่อนฯ เพื่อรักษาและยกระดับผลการประเมิน ดังนี้')
    hd = ['ประเด็น', 'ลำดับ', 'กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ตัวชี้วัด']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True)
    repeat_header(t.rows[0])
    for g, ms in GROUPS:
        first = None
        for m in ms:
            row = t.add_row(); c = row.cells
            if first is None:
                first = c[0]; cell(c[0], g, True)
            else:
                first = first.merge(c[0])
            for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']], 1):
                cell(c[i], v, center=(i == 1))
    widths(t, [3.2, 1.3, 4.4, 4.6, 3.6, 2.6, 3.2, 3.3])
    para(d, '')
    for ln in ['(ลงชื่อ) ........................................ อัยการจังหวัดน่านธารา', '(นายชาญวิทย์ ปัวเมือง)']:
        para(d, ln, center=True)
    d.save(os.path.join(OUT, F))
    to_pdf(os.path.join(OUT, F))
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity ๒: responsible cell is empty', 'activity ๔: period is "(ระบุ)" (placeholder left in)'],
          'Word plan (TH Sarabun New, landscape): 8 columns, first column "ประเด็น" vertically merged over its activities (group '
          'labels, not units), then ลำดับ ๑–๕, own การติดตามผล column, ตัวชี้วัด = outcome; activity ๕ is the plan\'s own 6/12-month '
          'report. Running header + page number.')


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r02', 'm01', 'p04']:
        globals()[w]()
        print('built', w)
