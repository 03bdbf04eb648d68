"""Round 31 builder: every document and its label from the same data."""
import os, json, html, subprocess, tempfile, copy
from common import *
from docx.shared import Pt, Cm

STEPS = ['จัดทำคำสั่งแต่งตั้งคณะทำงาน', 'ดำเนินการตามแผนและประชาสัมพันธ์ให้บุคลากรทราบ', 'สรุปผลและรายงานผู้บริหาร']
POOL = [
    ('การเปิดเผยข้อมูลสาธารณะบนเว็บไซต์หน่วยงาน', 'ข้อมูลครบ 33 ข้อ (O1–O33) เผยแพร่ทันเวลา', 'ผู้รับบริการเข้าถึงข้อมูลได้สะดวก คะแนน OIT เพิ่มขึ้น'),
    ('การป้องกันผลประโยชน์ทับซ้อน', 'บุคลากรร้อยละ 100 ลงนามรับทราบแนวทาง', 'ไม่มีเรื่องร้องเรียนเรื่องผลประโยชน์ทับซ้อน'),
    ('การส่งเสริมวัฒนธรรมองค์กร No Gift Policy', 'ประกาศนโยบายไม่รับของขวัญ 1 ฉบับ', 'บุคลากรปฏิเสธการรับของขวัญทุกกรณี'),
    ('การเสริมสร้างความโปร่งใสในการจัดซื้อจัดจ้าง', 'รายงานผลจัดซื้อจัดจ้างรายเดือน 12 ครั้ง', 'การจัดซื้อจัดจ้างตรวจสอบได้ ไม่มีข้อทักท้วง'),
    ('การจัดการเรื่องร้องเรียนการทุจริต', 'ช่องทางร้องเรียนออนไลน์ 1 ช่องทาง', 'เรื่องร้องเรียนได้รับการแก้ไขภายใน 15 วัน'),
]
RESP = ['กลุ่มงานบริหารทั่วไป', 'งานนิติการ', 'งานพัสดุ', 'งานเทคโนโลยีสารสนเทศ', 'คณะทำงาน ITA']
PER = ['ต.ค. 2568 – ก.ย. 2569', 'ม.ค. – มี.ค. 2569', 'ทุกไตรมาส', 'ต.ค. – ธ.ค. 2568', 'เม.ย. – ก.ย. 2569']
PER70 = [p.replace('2569', '2570').replace('2568', '2569') for p in PER]
MON = ['รายงานผลต่อผู้บริหารทุกไตรมาส', 'ติดตามผลรอบ 6 เดือนและ 12 เดือน', 'คณะทำงานติดตามและรายงานผลทุกเดือน',
       'สรุปผลรายงานหัวหน้าส่วนราชการ', 'ตรวจสอบรายงานผลทุกไตรมาส']


def ms(n, fy=2569, kind='results', slips=None, start=0):
    out = []
    for i in range(n):
        t, o, oc = POOL[(i + start) % 5]
        m = {'n': i + 1, 'title': t, 'steps': ['%d. %s' % (k + 1, s) for k, s in enumerate(STEPS)],
             'resp': RESP[(i + start) % 5], 'period': (PER if fy == 2569 else PER70)[i % 5], 'mon': MON[i % 5],
             'out': o if kind == 'results' else None, 'outc': oc}
        out.append(m)
    for (k, f, v) in (slips or []):
        out[k - 1][f] = v
    return out


PLAN = [
    ('กิจกรรมอบรมเสริมสร้างคุณธรรมจริยธรรมแก่บุคลากร', 'บุคลากรร้อยละ 90 ผ่านการอบรม'),
    ('กิจกรรมประกาศเจตจำนงสุจริตของผู้บริหาร', 'ประกาศเจตจำนง 1 ครั้ง'),
    ('กิจกรรมเผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์และเพจ', 'ข้อมูลเผยแพร่ครบตามเกณฑ์ OIT'),
    ('กิจกรรมตรวจสอบการใช้ทรัพย์สินของราชการ', 'ไม่พบการใช้ทรัพย์สินราชการเพื่อประโยชน์ส่วนตน'),
    ('กิจกรรมติดตามประเมินผลการดำเนินงานตามแผน รอบ 6 และ 12 เดือน', 'รายงานผลต่อผู้บริหาร 2 ครั้ง'),
]


def plan(n, slips=None):
    out = []
    for i in range(n):
        t, oc = PLAN[i]
        out.append({'n': i + 1, 'title': t, 'steps': ['%d. %s' % (k + 1, s) for k, s in enumerate(STEPS)],
                    'resp': RESP[i % 5], 'period': PER70[i % 5], 'mon': MON[i % 5], 'out': None, 'outc': oc})
    for (k, f, v) in (slips or []):
        out[k - 1][f] = v
    return out


def S(v, sep=' '):
    return sep.join(v) if isinstance(v, list) else (v or '')


def chrome_pdf(src_html, pdf):
    ud = tempfile.mkdtemp()
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                    '--disable-background-networking', '--user-data-dir=' + ud, '--no-pdf-header-footer',
                    '--print-to-pdf=' + pdf, 'file://' + src_html], check=True, capture_output=True)


U_RES = 'มาตรการ (แต่ละมาตรการในรายงานผลเป็นหนึ่งหน่วย)'
U_MEA = 'มาตรการ (แต่ละมาตรการในเอกสารมาตรการเป็นหนึ่งหน่วย)'
U_PLN = 'กิจกรรม (แผน: หน่วยคือกิจกรรม)'
BOTH = {'weaknesses': 'present', 'improvements': 'present'}
ANALYSIS = ('ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {prev} หน่วยงานได้คะแนนรวม {score} คะแนน ผลการประเมิน {band}\n'
            '1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน\n- การเผยแพร่ข้อมูลตัวชี้วัด OIT บางข้อไม่เป็นปัจจุบัน\n'
            '2. ประเด็นที่ต้องพัฒนาให้ดีขึ้น\n- การรับรู้ของผู้รับบริการเรื่องช่องทางร้องเรียน')

# ======================= r01 PDF (docx -> soffice) provincial revenue office =====================
def r01():
    A = 'สำนักงานสรรพากรพื้นที่ลพบุรินทร์'
    M = ms(5, slips=[(2, 'mon', '-')])
    d = new_doc('Laksaman', 13, landscape=True)
    footer_pages(d.sections[0], 'หน้า {P}/{N}', head='สรรพากรพื้นที่ลพบุรินทร์ | ITA 2569')
    title = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
    para(d, title, bold=True, center=True, size=15)
    para(d, A + ' กรมสรรพากร', center=True)
    para(d, 'ผลการประเมิน ITA ปี 2568 ได้คะแนน 92.41 คะแนน ระดับผ่าน')
    hdr = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลผลิต (Output)', 'ผลลัพธ์ (Outcome)']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        cell(t.rows[0].cells[i], h, bold=True, center=True)
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for i, v in enumerate([str(m['n']), m['title'], '\n'.join(m['steps'] + ['4. จัดประชุมชี้แจงเจ้าหน้าที่ทุกหน่วยปฏิบัติ', '5. ประเมินความพึงพอใจผู้เสียภาษี']),
                               m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell(r[i], v)
    widths(t, [1, 3.5, 6.5, 2.6, 2.6, 3, 3, 3.5])
    para(d, '')
    para(d, '(ลงชื่อ) นายสมพงษ์ ทองดี  สรรพากรพื้นที่ลพบุรินทร์', center=True)
    src = os.path.join(BUILD, 'r01.docx'); d.save(src)
    pdf = to_pdf(src); fn = 'r01_rd_lopburin_results_2569.pdf'
    shutil.copy(pdf, os.path.join(OUT, fn))
    label(fn, 'results', 2569, A, U_RES, M, ['มาตรการที่ 2 ช่องการติดตามผลเป็น "-"'],
          'Word ตาราง 8 คอลัมน์ แปลงเป็น PDF ด้วย LibreOffice แนวนอน; แถวที่ถูกตัดข้ามหน้าเป็นของมาตรการด้านบน')


# ======================= r02 TXT ASCII grid with wrapped cells (NEW) ===========================
def wrap(s, w):
    """wrap by display width (Thai marks take no column), at spaces when possible."""
    out, cur = [], ''
    words = s.split(' ')
    for wd in words:
        cand = (cur + ' ' + wd) if cur else wd
        if dw(cand) <= w:
            cur = cand
        else:
            if cur:
                out.append(cur)
            while dw(wd) > w:
                k = cut(wd, w); out.append(wd[:k]); wd = wd[k:]
            cur = wd
    if cur or not out:
        out.append(cur)
    return out


COMB = set(chr(c) for c in [0x0E31] + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))
LEAD = set('เแโใไ')


def dw(s):
    return sum(1 for c in s if c not in COMB)


def cut(s, w):
    n = 0
    for i, c in enumerate(s):
        if c not in COMB:
            n += 1
        if n > w:
            k = i
            while k > 1 and (s[k] in COMB or s[k - 1] in LEAD):
                k -= 1
            return k
    return len(s)


def pad(s, w):
    return s + ' ' * (w - dw(s))


def r02():
    A = 'ที่ว่าการอำเภอแม่ระมาดบุรินทร์'
    M = ms(4, slips=[(3, 'period', '......')], start=1)
    W = [26, 16, 14, 18, 20, 20]
    H = ['ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลการดำเนินงาน', 'ผลลัพธ์']
    full = sum(W) + 3 * len(W) - 1
    sep = '+' + '+'.join('-' * (w + 2) for w in W) + '+'
    sep2 = '+' + '=' * (full) + '+'

    def row(cells):
        cols = [sum((wrap(x, w) for x in (c if isinstance(c, list) else [c])), []) for c, w in zip(cells, W)]
        h = max(len(c) for c in cols)
        return ['| ' + ' | '.join(pad(c[i] if i < len(c) else '', w) for c, w in zip(cols, W)) + ' |' for i in range(h)]
    title = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569'
    L = [title, A + ' จังหวัดตากบุรินทร์', '',
         'ผลคะแนน ITA ปีงบประมาณ 2568 ของกรมการปกครอง 89.57 คะแนน (ผ่าน)', '', sep]
    L += row(H) + [sep.replace('-', '=')]
    for m in M:
        L.append('| ' + pad('มาตรการที่ %d %s' % (m['n'], m['title']), full - 2) + ' |')
        L.append(sep)
        L += row([m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']])
        L.append(sep)
    L += ['', 'ลงชื่อ นายอำเภอแม่ระมาดบุรินทร์', '(นายวีระชัย ปานทอง)', '']
    fn = 'r02_amphoe_maeramatburin_results_2569.txt'
    write(fn, '\n'.join(L))
    label(fn, 'results', 2569, A, U_RES, M, ['มาตรการที่ 3 ระยะเวลาเป็น "......"'],
          'ตารางวาดด้วย + - | ในไฟล์ข้อความ เซลล์ตัดบรรทัดหลายบรรทัดเคียงกัน; ชื่อมาตรการอยู่ในแถวเต็มความกว้างเหนือแถวองค์ประกอบของมาตรการนั้น')


# ======================= r03 MD hospital, complete =========================================
def r03():
    A = 'โรงพยาบาลเสนาบุรินทร์'
    M = ms(4, start=2)
    L = ['# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '',
         '**%s** สำนักงานสาธารณสุขจังหวัดอยุธยาบุรินทร์' % A, '',
         'ผลการประเมิน ITA ปี ๒๕๖๘ : ๙๑.๓๖ คะแนน (ผ่าน)', '']
    for m in M:
        L += ['## ข้อ %s %s' % (th(m['n']), m['title']), '',
              '- **ขั้นตอน/วิธีการ:** ' + ' '.join(m['steps']),
              '- **ผู้รับผิดชอบ:** ' + m['resp'], '- **ระยะเวลา:** ' + m['period'],
              '- **การติดตามผล:** ' + m['mon'], '- **ผลผลิต:** ' + m['out'], '- **ผลลัพธ์:** ' + m['outc'], '']
    L += ['ผู้รายงาน นางสาวพิมพ์ชนก ศรีสุข นักจัดการงานทั่วไป', '']
    fn = 'r03_hosp_senaburin_results_2569.md'
    write(fn, '\n'.join(L))
    label(fn, 'results', 2569, A, U_RES, [dict(m, n=th(m['n'])) for m in M], [], 'ครบทุกองค์ประกอบ; หัวข้อ ## ข้อ ๑–๔ + รายการตัวหนา')


# ======================= r04 DOCX court: label/value 2-col table per measure =================
def r04():
    A = 'สำนักงานประจำศาลจังหวัดแม่สอดบุรินทร์'
    M = ms(4, slips=[(2, 'outc', 'อยู่ระหว่างดำเนินการ')], start=3)
    d = new_doc('Garuda', 12)
    footer_pages(d.sections[0], '- {P} -')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569', bold=True, center=True)
    para(d, A + ' สำนักงานศาลยุติธรรม', center=True)
    para(d, 'ผลคะแนน ITA ประจำปี 2568 ของสำนักงานศาลยุติธรรม 93.05 คะแนน ผ่าน')
    for m in M:
        para(d, '(%d) %s' % (m['n'], m['title']), bold=True)
        t = d.add_table(rows=0, cols=2); t.style = 'Table Grid'
        for k, v in [('วิธีดำเนินการ', '\n'.join(m['steps'])), ('ผู้รับผิดชอบ', m['resp']), ('ห้วงเวลา', m['period']),
                     ('การติดตามผล', m['mon']), ('ผลผลิต', m['out']), ('ผลลัพธ์', m['outc'])]:
            r = t.add_row().cells; cell(r[0], k, bold=True); cell(r[1], v)
        widths(t, [4, 13])
        para(d, '')
    para(d, '(ลงชื่อ) ผู้อำนวยการสำนักงานประจำศาลจังหวัดแม่สอดบุรินทร์', center=True)
    fn = 'r04_court_maesotburin_results_2569.docx'
    d.save(os.path.join(OUT, fn))
    label(fn, 'results', 2569, A, U_RES, M, ['มาตรการที่ (2) ผลลัพธ์ "อยู่ระหว่างดำเนินการ"'], 'ตาราง 2 คอลัมน์ต่อมาตรการ; เลข (1)–(4)')


# ======================= r05 HTML municipality, WRONG FY ====================================
def table_html(hdr, rows):
    h = '<table border="1" cellspacing="0" cellpadding="4">\n<tr>' + ''.join('<th>%s</th>' % x for x in hdr) + '</tr>\n'
    for r in rows:
        h += '<tr>' + ''.join('<td>%s</td>' % x for x in r) + '</tr>\n'
    return h + '</table>\n'


def r05():
    A = 'เทศบาลเมืองแก่งคอยบุรินทร์'
    M = ms(4, start=4)
    rows = [[m['n'], html.escape(m['title']), '<br>'.join(m['steps']), m['resp'], m['period'], m['mon'], m['out'], m['outc']] for m in M]
    title = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568'
    body = ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ITA - %s</title></head><body>\n'
            '<div class="breadcrumb">หน้าหลัก &gt; ITA 2569 &gt; O36</div>\n<h1>%s</h1>\n<p>%s จังหวัดสระบุรินทร์</p>\n'
            '<p>ผลการประเมิน ITA ปี 2568 ได้ 90.88 คะแนน (ผ่าน) ดำเนินการระหว่าง 1 ต.ค. 2568 – 30 ก.ย. 2569</p>\n' % (A, title, A)
            + table_html(['ลำดับ', 'มาตรการ', 'ขั้นตอน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตาม', 'ผลผลิต', 'ผลลัพธ์'], rows)
            + '<p>ประกาศ ณ วันที่ 30 กันยายน 2569</p></body></html>\n')
    fn = 'r05_tm_kaengkhoiburin_results_2568.html'
    write(fn, body)
    label(fn, 'results', 2568, A, U_RES, M, ['ชื่อเรื่องระบุปีงบประมาณ 2568 แต่เป็นผลการดำเนินงานปี 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569)'],
          'ปีงบประมาณในชื่อเรื่องผิด (2568); fiscal_year ตามที่ชื่อเรื่องระบุ')


# ======================= r06 PDF Google Sheets print, gridlines only (NEW) ===================
SHEETS_CSS = '''@page { size: A4 landscape; margin: 0.75in 0.7in; }
body { font-family: Arial, 'Loma', sans-serif; font-size: 10pt; margin: 0; }
table.waffle { border-collapse: collapse; table-layout: fixed; width: 100%; }
table.waffle td { border: 1px solid #c0c0c0; padding: 2px 3px; vertical-align: bottom; white-space: nowrap; overflow: visible; }
td.s0 { font-weight: bold; font-size: 12pt; } td.s1 { font-weight: bold; } table.waffle td.wrap { white-space: normal; overflow: hidden; word-wrap: break-word; vertical-align: top; }
td.num { text-align: right; } thead { display: table-header-group; } tr { page-break-inside: avoid; }'''


def r06():
    A = 'กองกำกับการตำรวจตระเวนชายแดนที่ 34 (บุรินทร์)'
    M = ms(5, slips=[(3, 'out', '')])
    cols = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตาม', 'ผลการดำเนินการ', 'ผลลัพธ์']
    W = [30, 150, 190, 100, 90, 110, 120, 130]
    def tr(cells, cls=''):
        return '<tr>' + ''.join('<td class="%s">%s</td>' % (cls, c) for c in cells) + '</tr>\n'
    rows = [tr(['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569'] + [''] * 7, 's0'),
            tr([A, '', '', '', '', '', '', ''], 's1'),
            tr(['คะแนน ITA 2568 (ตร.)', '', '', 'คะแนนรวม', '88.14', 'ผลการประเมิน', 'ผ่าน', ''], ''),
            tr([''] * 8)]
    head = tr(cols, 's1')
    for m in M:
        rows.append(tr([str(m['n']), m['title'], ' '.join(m['steps']), m['resp'], m['period'], m['mon'], m['out'], m['outc']], 'wrap'))
    rows.append(tr(['', 'หมายเหตุ: คะแนนรวม ITA ปี 2568 ตามระบบ ITAS = 86.25', '', '', '', '', '', '']))
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>'
         '<table class="waffle"><colgroup>%s</colgroup><tbody>%s%s</tbody></table></body></html>'
         % (SHEETS_CSS, ''.join('<col style="width:%dpx">' % w for w in W), ''.join(rows[:4]) + head, ''.join(rows[4:])))
    src = os.path.join(BUILD, 'r06.html'); open(src, 'w').write(h)
    fn = 'r06_bpp34_burin_results_2569.pdf'
    chrome_pdf(src, os.path.join(OUT, fn))
    label(fn, 'results', 2569, A, U_RES, M,
          ['คะแนนขัดแย้ง: แถวคะแนนรวม 88.14 แต่หมายเหตุท้ายตารางว่า คะแนนรวม ITA ปี 2568 = 86.25', 'มาตรการที่ 3 ช่องผลการดำเนินการว่าง'],
          'Google Sheets พิมพ์เป็น PDF มีเพียงเส้นตาราง (gridlines) สีเทา ไม่มีเส้นขอบที่จัดรูปแบบ; หัวเรื่องอยู่ในเซลล์ A1 ล้นข้ามเซลล์ว่าง')


# ======================= r07 TXT อบต. complete ================================================
def r07():
    A = 'องค์การบริหารส่วนตำบลท่าวุ้งบุรินทร์'
    M = ms(4)
    L = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', A, '=' * 60,
         'ผลคะแนน ITA ปี ๒๕๖๘ = ๘๗.๑๐ คะแนน (ผ่าน)', '']
    for m in M:
        L += ['ข้อ %s. %s' % (th(m['n']), m['title']),
              '\tขั้นตอน\t' + ' '.join(m['steps']), '\tผู้รับผิดชอบ\t' + m['resp'], '\tระยะเวลา\t' + m['period'],
              '\tการติดตามผล\t' + m['mon'], '\tผลผลิต\t' + m['out'], '\tผลลัพธ์\t' + m['outc'], '']
    L += ['ลงชื่อ ปลัดองค์การบริหารส่วนตำบลท่าวุ้งบุรินทร์', '']
    fn = 'r07_obt_thawungburin_results_2569.txt'
    write(fn, '\r\n'.join(L))
    label(fn, 'results', 2569, A, U_RES, [dict(m, n=th(m['n'])) for m in M], [], 'ครบทุกองค์ประกอบ; tab text, ข้อ ๑.–๔.')


# ======================= m01 MD อบจ. wrong band ===============================================
def m01():
    A = 'องค์การบริหารส่วนจังหวัดนครนายกบุรินทร์'
    M = ms(4, 2570, 'measures')
    L = ['# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', '', '**' + A + '**', '',
         '## ส่วนที่ 1 ผลการวิเคราะห์ผลการประเมิน ITA ปี 2569', '',
         '| รายการ | ผล |', '|---|---|', '| คะแนนรวม | 83.50 |', '| ผลการประเมิน | ผ่าน |', '',
         '### 1.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน', '- การเปิดเผยข้อมูลการจัดซื้อจัดจ้างไม่ครบ', '',
         '### 1.2 ประเด็นที่ต้องพัฒนาให้ดีขึ้น', '- การสื่อสารนโยบาย No Gift Policy', '',
         '## ส่วนที่ 2 มาตรการ', '',
         '| ข้อ | มาตรการ | ขั้นตอน/วิธีการ | ผู้รับผิดชอบ | ระยะเวลา | การติดตามผล | ผลที่คาดว่าจะได้รับ |', '|---|---|---|---|---|---|---|']
    for m in M:
        L.append('| %s | %s | %s | %s | %s | %s | %s |' % (m['n'], m['title'], '<br>'.join(m['steps']), m['resp'], m['period'], m['mon'], m['outc']))
    L += ['', 'ลงชื่อ นายกองค์การบริหารส่วนจังหวัดนครนายกบุรินทร์', '']
    fn = 'm01_pao_nakhonnayokburin_measures_2570.md'
    write(fn, '\n'.join(L))
    label(fn, 'measures', 2570, A, U_MEA, M, ['คะแนนรวม 83.50 ต่ำกว่า 85 แต่แสดงผลว่า "ผ่าน" (ระดับผิด)'], 'ตาราง pipe 7 คอลัมน์', BOTH)


# ======================= m02 DOCX Word multilevel list, numbering only in numbering.xml (NEW) ====
def add_multilevel(d):
    numbering = d.part.numbering_part.element
    absn = OxmlElement('w:abstractNum'); absn.set(qn('w:abstractNumId'), '31')
    mlt = OxmlElement('w:multiLevelType'); mlt.set(qn('w:val'), 'multilevel'); absn.append(mlt)
    for ilvl, fmt, txt_, ind in [(0, 'decimal', 'มาตรการที่ %1', 0), (1, 'decimal', '%1.%2', 1.0)]:
        lvl = OxmlElement('w:lvl'); lvl.set(qn('w:ilvl'), str(ilvl))
        for tag, val in [('w:start', '1'), ('w:numFmt', fmt), ('w:lvlText', txt_), ('w:lvlJc', 'left')]:
            e = OxmlElement(tag); e.set(qn('w:val'), val); lvl.append(e)
        ppr = OxmlElement('w:pPr'); i = OxmlElement('w:ind')
        i.set(qn('w:left'), str(int((ind + 2.2) * 567))); i.set(qn('w:hanging'), str(int(2.2 * 567 if ilvl == 0 else 1.0 * 567)))
        ppr.append(i); lvl.append(ppr)
        if ilvl == 0:
            rpr = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rpr.append(b); lvl.append(rpr)
        absn.append(lvl)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement('w:num'); num.set(qn('w:numId'), '31')
    a = OxmlElement('w:abstractNumId'); a.set(qn('w:val'), '31'); num.append(a); numbering.append(num)


def numbered(d, text, ilvl, bold=False):
    p = para(d, text, bold=bold)
    ppr = p._p.get_or_add_pPr(); np_ = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(ilvl)); ni = OxmlElement('w:numId'); ni.set(qn('w:val'), '31')
    np_.append(il); np_.append(ni); ppr.insert(0, np_)
    return p


def m02():
    A = 'มหาวิทยาลัยเทคโนโลยีราชมงคลสุวรรณบุรินทร์ วิทยาเขตท่าวุ้งบุรินทร์'
    M = ms(4, 2570, 'measures', slips=[(2, 'resp', '(ระบุ)')], start=1)
    d = new_doc('Loma', 13)
    add_multilevel(d)
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', bold=True, center=True, size=15)
    para(d, A, center=True)
    for ln in ANALYSIS.format(prev=2569, score='90.47', band='ผ่าน').split('\n'):
        para(d, ln)
    para(d, 'มาตรการที่กำหนด', bold=True)
    for m in M:
        numbered(d, m['title'], 0, bold=True)
        numbered(d, 'ขั้นตอน/วิธีการ : ' + ' '.join(m['steps']), 1)
        numbered(d, 'ผู้รับผิดชอบ : ' + m['resp'], 1)
        numbered(d, 'ระยะเวลา : ' + m['period'], 1)
        numbered(d, 'การติดตามผล : ' + m['mon'], 1)
        numbered(d, 'ผลที่คาดว่าจะได้รับ : ' + m['outc'], 1)
    para(d, '')
    para(d, 'ลงชื่อ รองอธิการบดีประจำวิทยาเขตท่าวุ้งบุรินทร์', center=True)
    fn = 'm02_rmut_thawungburin_measures_2570.docx'
    d.save(os.path.join(OUT, fn))
    label(fn, 'measures', 2570, A, U_MEA, M, ['มาตรการที่ 2 ผู้รับผิดชอบเป็น "(ระบุ)"'],
          'รายการลำดับเลขหลายระดับของ Word: "มาตรการที่ 1–4" และ "1.1 …" มาจาก numbering.xml เท่านั้น ไม่อยู่ในข้อความย่อหน้า; number ตามที่แสดง', BOTH)


# ======================= m03 HTML JS-rendered table from inline JSON (NEW), complete =========
def m03():
    A = 'การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย เขื่อนทองผาภูมิบุรินทร์'
    M = ms(5, 2570, 'measures')
    data = [{'no': m['n'], 'measure': m['title'], 'steps': m['steps'], 'owner': m['resp'], 'period': m['period'],
             'monitor': m['mon'], 'kpi': m['outc']} for m in M]
    title = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570'
    h = '''<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>ITA 2570 | %s</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #888;padding:4px;vertical-align:top}</style></head>
<body>
<h1>%s</h1>
<p>%s (กฟผ.)</p>
<h2>ผลการวิเคราะห์ ITA ปี 2569</h2>
<p>คะแนนรวม 95.12 คะแนน ผลการประเมิน ผ่าน</p>
<h3>ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน</h3><ul><li>การเผยแพร่รายงานการจัดซื้อจัดจ้างล่าช้า</li></ul>
<h3>ประเด็นที่ต้องพัฒนาให้ดีขึ้น</h3><ul><li>การสื่อสารช่องทางร้องเรียนกับชุมชนรอบเขื่อน</li></ul>
<h2>มาตรการ</h2>
<div id="measures-table"><noscript>กรุณาเปิดใช้งาน JavaScript เพื่อแสดงตารางมาตรการ</noscript></div>
<script type="application/json" id="ita-data">
%s
</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById('ita-data').textContent);
  var cols = [['no', 'ลำดับ'], ['measure', 'มาตรการ'], ['steps', 'ขั้นตอนการดำเนินการ'], ['owner', 'ผู้รับผิดชอบ'],
              ['period', 'ระยะเวลา'], ['monitor', 'การติดตามผล'], ['kpi', 'ผลที่คาดว่าจะได้รับ']];
  var t = document.createElement('table'), tr = t.insertRow();
  cols.forEach(function (c) { var th = document.createElement('th'); th.textContent = c[1]; tr.appendChild(th); });
  data.forEach(function (row) {
    var r = t.insertRow();
    cols.forEach(function (c) {
      var td = r.insertCell(), v = row[c[0]];
      if (Array.isArray(v)) { v.forEach(function (s) { var d = document.createElement('div'); d.textContent = s; td.appendChild(d); }); }
      else { td.textContent = v; }
    });
  });
  document.getElementById('measures-table').appendChild(t);
})();
</script>
<p>ผู้อำนวยการเขื่อนทองผาภูมิบุรินทร์</p>
</body></html>
''' % (A, title, A, json.dumps(data, ensure_ascii=False, indent=1))
    fn = 'm03_egat_thongphaphumburin_measures_2570.html'
    write(fn, h)
    label(fn, 'measures', 2570, A, U_MEA, M, [], 'ครบ; ตารางสร้างด้วย JavaScript จากข้อมูล JSON ใน <script type="application/json"> (แสดงผลในเบราว์เซอร์เป็นตาราง 7 คอลัมน์)', BOTH)


# ======================= m04 TXT เทศบาลนคร, improvements section missing ====================
def m04():
    A = 'เทศบาลนครอยุธยาบุรินทร์'
    M = ms(4, 2570, 'measures', start=2)
    L = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', A, '',
         'ส่วนที่ 1 การวิเคราะห์ผลการประเมิน ITA ปี 2569 (คะแนน 88.80 ผ่าน)',
         '  ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน', '    o ข้อมูลการใช้งบประมาณไม่เป็นปัจจุบัน', '',
         'ส่วนที่ 2 มาตรการ', '']
    for m in M:
        L += ['%d.1 %s' % (m['n'], m['title']), '    วิธีการ ........ ' + ' '.join(m['steps']), '    ผู้รับผิดชอบ ........ ' + m['resp'],
              '    ระยะเวลา ........ ' + m['period'], '    การติดตาม ........ ' + m['mon'], '    ผลที่คาดว่าจะได้รับ ........ ' + m['outc'], '']
    L += ['นายกเทศมนตรีนครอยุธยาบุรินทร์', '']
    fn = 'm04_tn_ayutthayaburin_measures_2570.txt'
    write(fn, '\n'.join(L))
    label(fn, 'measures', 2570, A, U_MEA, [dict(m, n='%d.1' % m['n']) for m in M], ['ไม่มีหัวข้อ ประเด็นที่ต้องพัฒนาให้ดีขึ้น'],
          'ข้อความ dot leader; เลข 1.1 2.1 3.1 4.1', {'weaknesses': 'present', 'improvements': 'missing'})


# ======================= m05 PDF ministry provincial office, complete ========================
def m05():
    A = 'สำนักงานเกษตรจังหวัดสระบุรินทร์'
    M = ms(4, 2570, 'measures', start=3)
    d = new_doc('Kinnari', 14)
    footer_pages(d.sections[0], '- {P} -')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, center=True, size=16)
    para(d, A + ' กรมส่งเสริมการเกษตร', center=True)
    for ln in ANALYSIS.format(prev='๒๕๖๙', score='๙๐.๒๒', band='ผ่าน').split('\n'):
        para(d, ln)
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(['ลำดับ', 'มาตรการ', 'วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตาม', 'ตัวชี้วัด/ผลที่คาดว่าจะได้รับ']):
        cell(t.rows[0].cells[i], h, bold=True, center=True)
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for i, v in enumerate([th(m['n']), m['title'], '\n'.join(m['steps']), m['resp'], m['period'], m['mon'], m['outc']]):
            cell(r[i], v)
    widths(t, [1.2, 3, 4, 2.2, 2.2, 2.4, 2.5])
    para(d, ''); para(d, '(ลงชื่อ) เกษตรจังหวัดสระบุรินทร์', center=True)
    src = os.path.join(BUILD, 'm05.docx'); d.save(src)
    fn = 'm05_doae_saraburin_measures_2570.pdf'
    shutil.copy(to_pdf(src), os.path.join(OUT, fn))
    label(fn, 'measures', 2570, A, U_MEA, [dict(m, n=th(m['n'])) for m in M], [], 'ครบ; Word → LibreOffice, Kinnari', BOTH)


# ======================= p01 MD school, period blank =========================================
def p01():
    A = 'โรงเรียนกาญจนบุรินทร์วิทยา'
    M = plan(4, slips=[(2, 'period', '')])
    L = ['# แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2570', '', A + ' สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากาญจนบุรินทร์', '',
         'ITA ปี 2569 ได้ 94.30 คะแนน (ผ่าน)', '',
         '| ที่ | กิจกรรม | วิธีดำเนินการ | ผู้รับผิดชอบ | ระยะเวลา | การติดตามผล | ตัวชี้วัด |', '|:-:|---|---|---|---|---|---|']
    for m in M:
        L.append('| %s | %s | %s | %s | %s | %s | %s |' % (m['n'], m['title'], '<br>'.join(m['steps']), m['resp'], m['period'], m['mon'], m['outc']))
    L += ['', 'ลงชื่อ ผู้อำนวยการโรงเรียนกาญจนบุรินทร์วิทยา', '']
    fn = 'p01_school_kanchanaburin_plan_2570.md'
    write(fn, '\n'.join(L))
    label(fn, 'plan', 2570, A, U_PLN, M, ['กิจกรรมที่ 2 ช่องระยะเวลาว่าง'], 'pipe table 7 คอลัมน์')


# ======================= p02 HTML เทศบาลตำบล complete ========================================
def p02():
    A = 'เทศบาลตำบลบ้านนาบุรินทร์'
    M = plan(5)
    rows = [['%s.' % th(m['n']), m['title'], '<ul>' + ''.join('<li>%s</li>' % s[3:] for s in m['steps']) + '</ul>', m['resp'], m['period'], m['mon'], m['outc']] for m in M]
    h = ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>%s</title></head><body>\n'
         '<h2 style="text-align:center">แนวทางและมาตรการในการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๗๐</h2>\n<p>%s อำเภอบ้านนา จังหวัดนครนายกบุรินทร์</p>\n'
         '<p>ผลคะแนน ITA ปี ๒๕๖๙ : ๘๙.๗๒ (ผ่าน)</p>\n' % (A, A)
         + table_html(['ลำดับ', 'กิจกรรม', 'วิธีการ', 'ผู้รับผิดชอบ', 'ห้วงเวลา', 'การติดตามผล', 'ตัวชี้วัด'], rows)
         + '<p>ปลัดเทศบาลตำบลบ้านนาบุรินทร์</p></body></html>\n')
    fn = 'p02_tt_bannaburin_plan_2570.html'
    write(fn, h)
    label(fn, 'plan', 2570, A, U_PLN, [dict(m, n=th(m['n']) + '.') for m in M], [], 'ครบ; กิจกรรมที่ ๕ เป็นการติดตามของแผนเองและเป็นหน่วยหนึ่ง')


# ======================= p03 DOCX prosecutor, group rows, monitoring ไม่มี (1.2) =============
def p03():
    A = 'สำนักงานอัยการจังหวัดตากบุรินทร์'
    M = plan(4, slips=[(2, 'mon', 'ไม่มี')])
    nums = ['1.1', '1.2', '2.1', '2.2']
    d = new_doc('Norasi', 13, landscape=True)
    para(d, 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', bold=True, center=True)
    para(d, A + ' สำนักงานอัยการสูงสุด', center=True)
    para(d, 'ผลการประเมิน ITA ปี 2569 ของสำนักงานอัยการสูงสุด 91.90 คะแนน ผ่าน')
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(['ลำดับ', 'กิจกรรม', 'วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามประเมินผล', 'ตัวชี้วัดความสำเร็จ']):
        cell(t.rows[0].cells[i], h, bold=True, center=True)
    for k, m in enumerate(M):
        if k in (0, 2):
            r = t.add_row(); c = r.cells[0].merge(r.cells[6])
            cell(c, 'ด้านที่ %d %s' % (k // 2 + 1, ['การป้องกันการทุจริต', 'การเปิดเผยข้อมูล'][k // 2]), bold=True)
        r = t.add_row().cells
        for i, v in enumerate([nums[k], m['title'], '\n'.join('• ' + s[3:] for s in m['steps']), m['resp'], m['period'], m['mon'], m['outc']]):
            cell(r[i], v)
    widths(t, [1.3, 4, 6, 3, 3, 3.5, 4])
    para(d, ''); para(d, 'อัยการจังหวัดตากบุรินทร์', center=True)
    fn = 'p03_ago_takburin_plan_2570.docx'
    d.save(os.path.join(OUT, fn))
    label(fn, 'plan', 2570, A, U_PLN, [dict(m, n=nums[k]) for k, m in enumerate(M)], ['กิจกรรม 1.2 การติดตามประเมินผล "ไม่มี"'],
          'แถวกลุ่ม "ด้านที่ 1/2" ไม่ใช่หน่วย')


# ======================= p04 PDF Canva-style infographic (NEW) ===============================
def p04():
    A = 'สำนักงานพัฒนาชุมชนจังหวัดลพบุรินทร์'
    M = plan(5, slips=[(3, 'steps', '-')])
    colors = ['#f9a826', '#2ec4b6', '#e71d36', '#7b2cbf', '#3a86ff']
    cards = ''
    for m, c in zip(M, colors):
        steps = ('<ul>' + ''.join('<li>%s</li>' % s[3:] for s in m['steps']) + '</ul>') if isinstance(m['steps'], list) else '<p>%s</p>' % m['steps']
        cards += ('<div class="card" style="border-top:10px solid %s"><div class="num" style="background:%s">%s</div>'
                  '<h3>%s</h3><div class="lab">🛠 วิธีการ</div>%s<div class="grid"><div><div class="lab">👤 ผู้รับผิดชอบ</div>%s</div>'
                  '<div><div class="lab">📅 ระยะเวลา</div>%s</div><div><div class="lab">🔍 ติดตามผล</div>%s</div></div>'
                  '<div class="kpi" style="background:%s22">🎯 ตัวชี้วัด: %s</div></div>\n'
                  % (c, c, th(m['n']), m['title'], steps, m['resp'], m['period'], m['mon'], c, m['outc']))
    h = '''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 1080px 1920px; margin: 0; }
body { margin:0; width:1080px; font-family:'Sawasdee','Garuda',sans-serif; background:linear-gradient(#fff6e0,#e0f7ff); }
.hero { background:#14213d; color:#fff; padding:40px 60px; border-radius:0 0 60px 60px; }
.hero h1 { font-size:46px; margin:0 0 10px; } .hero .sub { font-size:26px; color:#fca311; }
.score { display:inline-block; background:#fca311; color:#14213d; border-radius:50%%; width:170px; height:170px; text-align:center;
 font-size:48px; font-weight:bold; line-height:130px; margin:20px 60px; } .score small{display:block;font-size:20px;line-height:0}
.wrap { display:grid; grid-template-columns:1fr 1fr; gap:26px; padding:0 50px; }
.card { background:#fff; border-radius:28px; padding:18px 26px; box-shadow:0 6px 16px #0002; font-size:19px; position:relative; }
.card:last-child { grid-column: span 2; }
.num { position:absolute; right:18px; top:14px; color:#fff; width:56px; height:56px; border-radius:50%%; text-align:center; font-size:32px; line-height:56px; }
.card h3 { font-size:25px; margin:6px 70px 8px 0; } .lab { font-weight:bold; color:#555; }
.grid { display:grid; grid-template-columns:1fr 1fr 1fr; gap:8px; margin-top:6px; } .kpi { margin-top:10px; padding:8px 12px; border-radius:14px; }
ul { margin:2px 0; padding-left:22px; } .foot { text-align:center; font-size:20px; color:#14213d; margin:30px; }
</style></head><body>
<div class="hero"><div class="sub">%s</div><h1>แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๗๐</h1></div>
<div class="score">๙๒.๕๘<small>ITA ๒๕๖๙ • ผ่าน</small></div>
<div class="wrap">
%s</div>
<div class="foot">#พช.ลพบุรินทร์ โปร่งใส ไร้ทุจริต &nbsp;•&nbsp; Designed with Canva</div>
</body></html>''' % (A, cards)
    src = os.path.join(BUILD, 'p04.html'); open(src, 'w').write(h)
    fn = 'p04_cdd_lopburin_plan_2570.pdf'
    chrome_pdf(src, os.path.join(OUT, fn))
    label(fn, 'plan', 2570, A, U_PLN, [dict(m, n=th(m['n'])) for m in M], ['กิจกรรมที่ ๓ วิธีการเป็น "-"'],
          'อินโฟกราฟิกแบบ Canva หน้าเดียวขนาด 1080x1920 px การ์ดสองคอลัมน์; เลขกิจกรรมอยู่ในวงกลมมุมขวาบนของการ์ด; กิจกรรมที่ ๕ คือการติดตามของแผนเอง')


if __name__ == '__main__':
    import sys
    fns = sys.argv[1:] or ['r01', 'r02', 'r03', 'r04', 'r05', 'r06', 'r07', 'm01', 'm02', 'm03', 'm04', 'm05', 'p01', 'p02', 'p03', 'p04']
    for f in fns:
        globals()[f]()
        print('built', f)
