"""p01: รพ.สต.บ้านหนองบัวแดง (under อบจ.นครลำดวน) plan FY2570 - landscape DOCX with a 12-month grid: two header
rows (ที่ / กิจกรรม / ผู้รับผิดชอบ / ตัวชี้วัด merged vertically; 'พ.ศ. ๒๕๖๙' over ต.ค.–ธ.ค. and 'พ.ศ. ๒๕๗๐' over
ม.ค.–ก.ย.), months as Thai abbreviations, the period marked by '/' in month cells (two activities typed with 'X');
unnumbered group rows merged across; a general monitoring paragraph after the table."""
import os
from common import *
from docxkit import *

NAME = 'p01_rpst_nongbuadaeng_plan_2570'
AG = 'โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองบัวแดง'
MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']
ALL = set(range(12))
G = 'G'
# (num, activity, responsible, months, mark, indicator)
ROWS = [
    (G, 'ด้านการเปิดเผยข้อมูล'),
    ('1', 'เผยแพร่ข้อมูลพื้นฐาน งบประมาณ และผลการดำเนินงานของ รพ.สต. บนเพจ Facebook และบอร์ดประชาสัมพันธ์หน้า รพ.สต.',
     'ผอ.รพ.สต.\nเจ้าพนักงานธุรการ', ALL, '/', 'ข้อมูลเป็นปัจจุบันทุกเดือน'),
    ('2', 'จัดทำและเผยแพร่แผนการจัดซื้อจัดจ้างวัสดุการแพทย์และเวชภัณฑ์ประจำปี\n- รวบรวมความต้องการใช้วัสดุจากทุกงาน\n'
          '- เสนอ ผอ.รพ.สต. ให้ความเห็นชอบ\n- ประกาศบนเพจและส่งสำเนา อบจ.', 'เจ้าพนักงานธุรการ (งานพัสดุ)', {0, 1}, '/',
     'เผยแพร่แผนภายใน พ.ย. ๒๕๖๙'),
    (G, 'ด้านการป้องกันการทุจริต'),
    ('3', 'ประเมินความเสี่ยงการทุจริตในการเบิกจ่ายค่าป่วยการ อสม. และเงินบำรุง รพ.สต. และกำหนดมาตรการควบคุม',
     'ผอ.รพ.สต.', {2}, 'X', 'มีแผนบริหารความเสี่ยงการทุจริต ๑ ฉบับ'),
    ('4', 'ควบคุมการเบิกจ่ายยาและเวชภัณฑ์ด้วยบัญชีคุมคลังยา\n- ตรวจนับยาคงคลังทุกสิ้นเดือน\n- เปรียบเทียบยอดเบิกกับจำนวนผู้รับบริการ',
     'นักวิชาการสาธารณสุข', ALL, '/', 'ยาคงคลังตรงกับบัญชีร้อยละ ๑๐๐'),
    ('5', 'ประกาศนโยบายไม่รับของขวัญและของกำนัล (No Gift Policy) และติดประกาศ ณ จุดบริการ', '-', {2, 3}, '/',
     'บุคลากรทุกคนรับทราบนโยบาย'),
    (G, 'ด้านการให้บริการและการรับเรื่องร้องเรียน'),
    ('6', 'ใช้ระบบบัตรคิวและให้บริการตามลำดับการมาถึง ยกเว้นผู้ป่วยฉุกเฉิน ผู้สูงอายุ และผู้พิการ', 'พยาบาลวิชาชีพ', ALL, '/',
     'ไม่มีข้อร้องเรียนเรื่องการลัดคิว'),
    ('7', 'รับเรื่องร้องเรียนผ่านตู้รับความคิดเห็นและ Line OA และแจ้งผลให้ผู้ร้องทราบภายใน ๑๕ วัน', 'ผอ.รพ.สต.', ALL, '/',
     'เรื่องร้องเรียนได้รับการแก้ไขภายในกำหนดร้อยละ ๑๐๐'),
    ('8', 'สำรวจความพึงพอใจของผู้รับบริการต่อการให้บริการของ รพ.สต.', 'นักวิชาการสาธารณสุข', set(), '/',
     'ความพึงพอใจไม่น้อยกว่าร้อยละ ๘๕'),
    ('9', 'รายงานผลการดำเนินงานตามแผนต่อกองสาธารณสุข อบจ.นครลำดวน รอบ ๖ เดือนและ ๑๒ เดือน', 'ผอ.รพ.สต.', {5, 11}, 'X',
     'รายงานครบ ๒ รอบ'),
]
W = [0.8, 7.4, 2.9] + [1.0] * 12 + [3.5]


def build():
    doc = new_document('TH SarabunPSK', 14, margins_cm=(1.8, 1.5, 1.5, 1.5))
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    hp = sec.header.paragraphs[0]
    header_tabs(hp, 26.6)
    add_runs(hp, 'รพ.สต.บ้านหนองบัวแดง\tแผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๗๐', size=11)
    fp = sec.footer.paragraphs[0]; fp.alignment = RIGHT
    cs_run(fp.add_run('หน้า '), size=11); field(fp, 'PAGE', size=11); cs_run(fp.add_run(' / '), size=11)
    field(fp, 'NUMPAGES', size=11)

    para(doc, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, size=18, align=CENTER)
    para(doc, AG + ' สังกัดองค์การบริหารส่วนจังหวัดนครลำดวน', bold=True, size=16, align=CENTER, space_after=6)

    t = table(doc, 2 + len(ROWS), 16)
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, h in ((0, 'ที่'), (1, 'กิจกรรม'), (2, 'ผู้รับผิดชอบ'), (15, 'ตัวชี้วัด')):
        m = h0[i].merge(h1[i])
        cell_text(m, h, bold=True, size=13, align=CENTER, shade='E2EFDA', valign='center')
    m = h0[3].merge(h0[5]); cell_text(m, 'พ.ศ. ๒๕๖๙', bold=True, size=13, align=CENTER, shade='E2EFDA')
    m = h0[6].merge(h0[14]); cell_text(m, 'พ.ศ. ๒๕๗๐', bold=True, size=13, align=CENTER, shade='E2EFDA')
    for k, mo in enumerate(MONTHS):
        cell_text(h1[3 + k], mo, bold=True, size=10, align=CENTER, shade='E2EFDA')
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for ri, r in enumerate(ROWS, start=2):
        cells = t.rows[ri].cells
        if r[0] == G:
            m = cells[0].merge(cells[15])
            cell_text(m, r[1], bold=True, size=13, shade='F2F2F2')
            continue
        num, act, resp, months, mark, ind = r
        cell_text(cells[0], num, size=13, align=CENTER)
        cell_text(cells[1], act, size=13)
        cell_text(cells[2], resp, size=13, align=CENTER if resp == '-' else None)
        for k in range(12):
            cell_text(cells[3 + k], mark if k in months else '', size=13, align=CENTER)
        cell_text(cells[15], ind, size=13)
        cant_split(t.rows[ri])
    col_widths(t, W)

    para(doc, 'หมายเหตุ  เครื่องหมาย / หมายถึง ช่วงเวลาที่ดำเนินกิจกรรม', size=12)
    para(doc, 'การติดตามและประเมินผล', bold=True, size=14)
    para(doc, 'ผู้อำนวยการ รพ.สต.บ้านหนองบัวแดง ติดตามความก้าวหน้าของทุกกิจกรรมในการประชุมประจำเดือนของ รพ.สต. '
         'และรายงานผลการดำเนินงานตามแผนต่อกองสาธารณสุข องค์การบริหารส่วนจังหวัดนครลำดวน รอบ ๖ เดือน (มีนาคม ๒๕๗๐) '
         'และรอบ ๑๒ เดือน (กันยายน ๒๕๗๐)', size=14, first_line_cm=1.0, align=JUSTIFY)
    para(doc, '')
    sig = doc.add_table(rows=3, cols=3)
    no_borders(sig)
    for j, (who, name, pos) in enumerate([('ผู้จัดทำแผน', '(นางสาวอรวรรณ บัวแดง)', 'นักวิชาการสาธารณสุขชำนาญการ'),
                                          ('ผู้เสนอแผน', '(นายประเสริฐ ทองดี)', 'ผู้อำนวยการ รพ.สต.บ้านหนองบัวแดง'),
                                          ('ผู้อนุมัติแผน', '(นายแพทย์ชัยวัฒน์ ลำดวนศรี)', 'ผู้อำนวยการกองสาธารณสุข อบจ.นครลำดวน')]):
        cell_text(sig.rows[0].cells[j], 'ลงชื่อ ............................... ' + who, size=13, align=CENTER)
        cell_text(sig.rows[1].cells[j], name, size=13, align=CENTER)
        cell_text(sig.rows[2].cells[j], pos, size=13, align=CENTER)
    doc.save(os.path.join(OUT, NAME + '.docx'))

    ms = []
    for r in ROWS:
        if r[0] == G:
            continue
        num, act, resp, months, mark, ind = r
        miss = 'o' + ('s' if '\n' not in act else '') + ('r' if resp == '-' else '') + ('p' if not months else '')
        ms.append(M(num, act.split('\n')[0], miss))
    write_truth(NAME + '.docx', 'plan', 2570, AG, 'activity', ms, problems=[
        "activity 5: ผู้รับผิดชอบ '-'",
        "activity 8: no month marked (no period)",
        "activities 3 and 9 are marked with 'X' instead of the '/' explained in the note (still a period)",
    ], notes="""Landscape Word plan (TH SarabunPSK named), running header 'รพ.สต. <tab> title', footer 'หน้า n / N'.
        16-column table with TWO header rows, both w:tblHeader: ที่ / กิจกรรม / ผู้รับผิดชอบ / ตัวชี้วัด merged vertically,
        'พ.ศ. ๒๕๖๙' spanning ต.ค.–ธ.ค. and 'พ.ศ. ๒๕๗๐' spanning ม.ค.–ก.ย. (Thai month abbreviations). The period of each
        activity is shown ONLY by marks in month cells: '/' (as the note says) or 'X' (activities 3 and 9); activity 8 has
        none. Unnumbered group rows ('ด้าน…', merged across all 16 columns, shaded) are not activities. Unit = activity
        (numbered 1–9). Steps present only where the activity cell lists '- …' sub-steps (2, 4). A general 'การติดตามและ
        ประเมินผล' paragraph after the table (monthly meeting + 6/12-month report to the PAO) covers every activity, so
        monitoring is present for all. ตัวชี้วัด = expected outcome. Three signature columns in a borderless table.""")


if __name__ == '__main__':
    build()
