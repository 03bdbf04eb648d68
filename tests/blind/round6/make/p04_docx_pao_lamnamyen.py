"""p04: อบจ.ลำน้ำเย็น plan FY2569 - a Word file uploaded with TRACK CHANGES and COMMENTS still in it: a period
corrected by a tracked deletion + insertion (old FY ๒๕๖๘ dates struck, new ๒๕๖๙ dates inserted), a responsible unit
deleted with nothing inserted, a whole row inserted as a tracked insertion, a whole row deleted as a tracked deletion,
and two review comments.  Labelled as the document reads once the changes are applied (Word's 'Simple Markup' /
final view)."""
import os
from common import *
from docxkit import *

NAME = 'p04_pao_lamnamyen_plan_2569'
AG = 'องค์การบริหารส่วนจังหวัดลำน้ำเย็น'
FONT = 'TH SarabunIT๙'
HDR = ['ที่', 'กิจกรรม', 'วิธีดำเนินการ', 'ระยะเวลา', 'หน่วยงานรับผิดชอบ', 'ตัวชี้วัด']
A1 = ('นางสาวกัลยา (กองยุทธศาสตร์ฯ)', '2025-11-03T09:14:00Z')
A2 = ('นายปรีชา (ปลัด อบจ.)', '2025-11-04T15:40:00Z')
# cells may be plain text or ('CH', deleted_text, inserted_text, author)
# row kind: '' normal, 'INS' tracked row insertion, 'DEL' tracked row deletion
ROWS = [
    ('', '๑', 'เผยแพร่ข้อมูลข่าวสาร ประกาศ และรายงานการประชุมสภา อบจ. ทางเว็บไซต์',
     '๑) รวบรวมข้อมูลจากทุกกอง\n๒) ตรวจสอบก่อนเผยแพร่โดยหัวหน้าส่วนราชการ\n๓) เผยแพร่ภายใน ๓ วันทำการ',
     ('CH', 'ต.ค. ๖๗ – ก.ย. ๖๘', 'ต.ค. ๖๘ – ก.ย. ๖๙', A1), 'สำนักปลัด อบจ. (ฝ่ายประชาสัมพันธ์)',
     'ข้อมูลบนเว็บไซต์ครบตามเกณฑ์ OIT'),
    ('', '๒', 'จัดซื้อจัดจ้างผ่านระบบ e-GP และเผยแพร่สรุปผลรายเดือน',
     '๑) ประกาศแผนการจัดซื้อจัดจ้าง\n๒) จัดทำ สขร.๑ ทุกเดือน\n๓) ประกาศผู้ชนะการเสนอราคาทุกโครงการ',
     'ต.ค. ๖๘ – ก.ย. ๖๙', 'กองพัสดุและทรัพย์สิน', 'เผยแพร่ครบ ๑๒ เดือน'),
    ('', '๓', 'ป้องกันการเรียกรับผลประโยชน์ในการอนุญาตเชื่อมทางและใช้เขตทางหลวงท้องถิ่น',
     '๑) ประกาศหลักเกณฑ์และค่าธรรมเนียม\n๒) ตรวจพื้นที่โดยคณะกรรมการ ๓ คน\n๓) แจ้งผลการพิจารณาภายใน ๓๐ วัน',
     'ต.ค. ๖๘ – ก.ย. ๖๙', ('CH', 'กองช่าง', '', A2), 'ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์'),
    ('', '๔', 'ควบคุมการใช้รถยนต์และเครื่องจักรกลของ อบจ.',
     '๑) ขออนุญาตใช้รถและเครื่องจักรผ่านระบบทุกครั้ง\n๒) ติดตั้ง GPS เครื่องจักรกลหนัก ๑๘ คัน',
     'ต.ค. ๖๘ – ก.ย. ๖๙', 'กองช่าง (ฝ่ายเครื่องจักรกล)', 'ไม่พบการใช้ทรัพย์สินผิดวัตถุประสงค์'),
    ('', '๕', 'ประกาศเจตนารมณ์ต่อต้านการทุจริตและนโยบาย No Gift Policy',
     '๑) นายก อบจ. ประกาศนโยบาย\n๒) ผู้บริหาร สมาชิกสภา และพนักงานร่วมประกาศเจตนารมณ์',
     'ธ.ค. ๖๘', 'สำนักปลัด อบจ.', 'ผู้เข้าร่วมไม่น้อยกว่า ๓๐๐ คน'),
    ('INS', '๖', 'จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อนสำหรับพนักงาน อบจ.',
     '๑) ศึกษากรณีตัวอย่างผลประโยชน์ทับซ้อนในงาน อบจ.\n๒) จัดทำคู่มือและเผยแพร่ให้พนักงานทุกคน',
     'ม.ค. – มี.ค. ๖๙', 'สำนักปลัด อบจ. (ฝ่ายการเจ้าหน้าที่)', 'พนักงานได้รับคู่มือครบทุกคน'),
    ('', '๗', 'สำรวจความพึงพอใจของประชาชนต่อการให้บริการของ อบจ.',
     '๑) สำรวจผ่านแบบสอบถามออนไลน์และภาคสนาม\n๒) วิเคราะห์ผลและเสนอแนวทางปรับปรุง',
     'เม.ย. – ก.ค. ๖๙', 'กองยุทธศาสตร์และงบประมาณ', '-'),
    ('DEL', '๘', 'ศึกษาดูงานหน่วยงานต้นแบบด้านคุณธรรมและความโปร่งใส',
     '๑) คัดเลือกหน่วยงานต้นแบบ\n๒) นำคณะผู้บริหารและพนักงานศึกษาดูงาน',
     'มิ.ย. ๖๙', 'สำนักปลัด อบจ.', 'ผู้เข้าร่วม ๔๐ คน'),
]
W = [0.9, 5.0, 7.5, 2.8, 4.5, 4.2]
_rid = [200]


def _rev(tag, author, date):
    e = OxmlElement(tag); e.set(qn('w:id'), str(_rid[0])); _rid[0] += 1
    e.set(qn('w:author'), author); e.set(qn('w:date'), date)
    return e


def _run(text, size, deleted=False):
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    rf = OxmlElement('w:rFonts')
    for a in ('w:ascii', 'w:hAnsi', 'w:cs'):
        rf.set(qn(a), FONT)
    rpr.append(rf)
    for tag in ('w:sz', 'w:szCs'):
        s = OxmlElement(tag); s.set(qn('w:val'), str(size * 2)); rpr.append(s)
    r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t'); t.set(qn('xml:space'), 'preserve'); t.text = text
    r.append(t)
    return r


def tracked_cell(cell, text, size, mode, author, date):
    """Fill a cell whose runs are all inside w:ins or w:del (mode 'ins'/'del')."""
    cell.text = ''
    for i, line in enumerate(text.split('\n')):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        w = _rev('w:ins' if mode == 'ins' else 'w:del', author, date)
        w.append(_run(line, size, deleted=(mode == 'del')))
        p._p.append(w)
        # the paragraph mark itself is inserted/deleted too
        ppr = p._p.get_or_add_pPr()
        rpr = OxmlElement('w:rPr'); rpr.append(_rev('w:ins' if mode == 'ins' else 'w:del', author, date)); ppr.append(rpr)


def change_cell(cell, old, new, size, author, date):
    cell.text = ''
    p = cell.paragraphs[0]
    d = _rev('w:del', author, date); d.append(_run(old, size, deleted=True)); p._p.append(d)
    if new:
        i = _rev('w:ins', author, date); i.append(_run(new, size)); p._p.append(i)
    return p


def row_rev(row, tag, author, date):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(_rev(tag, author, date))


def build():
    doc = new_document(FONT, 16, margins_cm=(2.0, 1.5, 1.5, 1.5))
    landscape_section(doc, new=False, margins_cm=(2.0, 1.5, 1.5, 1.5))
    settings = doc.settings.element
    tr = OxmlElement('w:trackRevisions'); settings.insert(0, tr)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = RIGHT
    cs_run(hp.add_run('แผนปฏิบัติการส่งเสริมคุณธรรมฯ อบจ.ลำน้ำเย็น'), size=12)
    fp = sec.footer.paragraphs[0]; fp.alignment = CENTER
    field(fp, 'PAGE', size=14)

    para(doc, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=20, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True, size=20, align=CENTER)
    para(doc, 'องค์การบริหารส่วนจังหวัดลำน้ำเย็น', bold=True, size=20, align=CENTER, space_after=8)
    intro = para(doc, 'องค์การบริหารส่วนจังหวัดลำน้ำเย็นได้รับผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๘ ได้คะแนน ๘๕.๔๗ คะแนน '
                 'ผ่านเกณฑ์การประเมินเพียงเล็กน้อย จึงจัดทำแผนปฏิบัติการฉบับนี้เพื่อยกระดับผลการประเมินในปีถัดไป', first_line_cm=2.0,
                 align=JUSTIFY, space_after=6)
    t = table(doc, 1 + len(ROWS), len(HDR))
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, size=16, align=CENTER, shade='D9D9D9', valign='center')
    repeat_header(t.rows[0])
    comment_targets = []
    for ri, r in enumerate(ROWS, start=1):
        kind, vals = r[0], r[1:]
        row = t.rows[ri]
        if kind in ('INS', 'DEL'):
            author, date = (A1 if kind == 'INS' else A2)
            row_rev(row, 'w:ins' if kind == 'INS' else 'w:del', author, date)
            for ci, v in enumerate(vals):
                tracked_cell(row.cells[ci], v, 16, 'ins' if kind == 'INS' else 'del', author, date)
            continue
        for ci, v in enumerate(vals):
            c = row.cells[ci]
            if isinstance(v, tuple):
                _, old, new, (author, date) = v
                p = change_cell(c, old, new, 16, author, date)
                comment_targets.append((ci, p, old, new))
            else:
                cell_text(c, v, size=16, align=CENTER if ci == 0 or v == '-' else None)
    col_widths(t, W)
    # review comments anchored on ordinary runs next to the changes
    c1 = t.rows[3].cells[1].paragraphs[0].runs[0]
    doc.add_comment(c1, text='กองช่างแจ้งว่างานนี้โอนไปสำนักช่าง ขอให้ยืนยันหน่วยงานรับผิดชอบก่อนประกาศ',
                    author=A2[0], initials='ปช')
    c2 = t.rows[1].cells[1].paragraphs[0].runs[0]
    doc.add_comment(c2, text='แก้ปีงบประมาณในช่องระยะเวลาแล้ว', author=A1[0], initials='กย')
    para(doc, '')
    para(doc, 'ลงชื่อ ............................................ ผู้เสนอแผน', indent_cm=16)
    para(doc, '(นายอำนาจ ลำน้ำเย็น)', indent_cm=17.2)
    para(doc, 'ปลัดองค์การบริหารส่วนจังหวัดลำน้ำเย็น', indent_cm=16.4)
    doc.save(os.path.join(OUT, NAME + '.docx'))

    spec = {'๓': 'orn', '๗': 'onc'}
    ms = []
    for r in ROWS:
        if r[0] == 'DEL':
            continue
        ms.append(M(r[1], r[2], spec.get(r[1], 'on')))
    write_truth(NAME + '.docx', 'plan', 2569, AG, 'activity', ms, problems=[
        "no monitoring / reporting of the plan stated anywhere",
        "activity ๓: responsible unit 'กองช่าง' removed by a tracked deletion with nothing inserted - none stated "
        "(a review comment asks for it)",
        "activity ๗: ตัวชี้วัด '-'",
        "file still contains tracked changes and review comments (not accepted before publishing)",
    ], notes="""Landscape Word plan (TH SarabunIT๙) published with TRACK CHANGES ON and revisions left in place
        (settings w:trackRevisions). Labelled as the plan reads with the changes applied (Word's default 'Simple
        Markup' view): activity ๑'s period has the old 'ต.ค. ๖๗ – ก.ย. ๖๘' as w:del/w:delText and the corrected
        'ต.ค. ๖๘ – ก.ย. ๖๙' as w:ins (period present, FY 2569 consistent); activity ๓'s responsible cell holds only a
        deleted 'กองช่าง' (responsible missing); row ๖ is a tracked ROW INSERTION (trPr/w:ins, every run inside w:ins -
        counted; text extractors that skip w:ins lose it); row ๘ 'ศึกษาดูงานหน่วยงานต้นแบบ…' is a tracked ROW DELETION
        (trPr/w:del, text only as w:delText) - NOT counted, so 7 activities. Two Word comments (comments.xml) on rows ๑
        and ๓. No monitoring anywhere (no column, no section). ตัวชี้วัด labelled outcome; output missing (plan). Score
        85.47 ผ่าน consistent. Unit = activity.""")


if __name__ == '__main__':
    build()
