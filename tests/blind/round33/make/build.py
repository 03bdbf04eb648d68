"""Round 33 builder (EASTERN SEABOARD and LOWER CENTRAL WEST, invented names with the suffix "…วารี"): every document AND its
label from the same data.  Run with /work/blind/.venv/bin/python; needs LibreOffice (profile /tmp/lo_round33), headless Chromium,
poppler-utils and fonts-thai-tlwg."""
import os, re, sys, json, html, subprocess, copy, datetime, shutil, io, zipfile, tempfile
from common import *
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

U_RES, U_MEA, U_PLN = 'measure', 'measure', 'activity'
BOTH = {'weaknesses': 'present', 'improvements': 'present'}


def mk(n, title, steps, resp, period, mon, out=None, outc=None, **kw):
    d = {'n': n, 'title': title, 'steps': steps, 'resp': resp, 'period': period, 'mon': mon, 'out': out, 'outc': outc}
    d.update(kw)
    return d


def nl(v):
    return '\n'.join(v) if isinstance(v, list) else (v or '')


def sp(v):
    return ' '.join(v) if isinstance(v, list) else (v or '')


def shot(src_html, png, w, h, scale=2):
    ud = tempfile.mkdtemp()
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars',
                    '--disable-background-networking', '--user-data-dir=' + ud, '--force-device-scale-factor=%s' % scale,
                    '--window-size=%d,%d' % (w, h), '--screenshot=' + png, 'file://' + src_html], check=True, capture_output=True)
    shutil.rmtree(ud, ignore_errors=True)


# =====================================================================================================
# r01 PDF (Word -> LibreOffice, landscape) CUSTOMS HOUSE, COMPLETE, rows cut by page breaks
# =====================================================================================================
def r01():
    A = 'ด่านศุลกากรคลองใหญ่วารี'
    M = [
        mk(1, 'การให้บริการพิธีการศุลกากรสินค้าผ่านแดนและถ่ายลำด้วยระบบอิเล็กทรอนิกส์อย่างโปร่งใส',
           ['1) ให้ผู้ประกอบการยื่นใบขนสินค้าผ่านระบบ e-Customs ทุกรายการ', '2) คัดเลือกสินค้าเพื่อตรวจด้วยระบบบริหารความเสี่ยงอัตโนมัติ (Green/Red Line)',
            '3) แสดงสถานะใบขนสินค้าบนจอ ณ จุดบริการ', '4) ห้ามเจ้าหน้าที่รับเอกสารนอกระบบ', '5) สุ่มตรวจบันทึกการตรวจปล่อยโดยนายด่านศุลกากรสัปดาห์ละ 1 ครั้ง'],
           'ฝ่ายบริการศุลกากร', '1 ต.ค. 2568 – 30 ก.ย. 2569', 'นายด่านศุลกากรติดตามรายงานผลทุกเดือน และรายงานสำนักงานศุลกากรภาคที่ 2 รอบ 6 และ 12 เดือน',
           'ใบขนสินค้าผ่านระบบอิเล็กทรอนิกส์ 18,924 ฉบับ (ร้อยละ 100)', 'ระยะเวลาตรวจปล่อยเฉลี่ยลดลงจาก 52 นาที เหลือ 31 นาที ไม่มีข้อร้องเรียน'),
        mk(2, 'การป้องกันการเรียกรับผลประโยชน์ในการตรวจปล่อยสินค้า ณ จุดผ่านแดนถาวร',
           ['1) ติดตั้งกล้องวงจรปิดบริเวณลานตรวจสินค้าและจุดชำระอากร', '2) หมุนเวียนเจ้าหน้าที่ประจำช่องตรวจทุก 2 สัปดาห์',
            '3) ประกาศช่องทางแจ้งเบาะแส สายด่วน 1164 และ QR Code', '4) ตรวจสอบข้อร้องเรียนภายใน 7 วันทำการ',
            '5) จัดทำทะเบียนคุมการปฏิบัติงานรายวัน'],
           'ฝ่ายตรวจสินค้าและบริการผู้โดยสาร', 'ต.ค. 2568 – ก.ย. 2569', 'หัวหน้าฝ่ายตรวจสินค้าสรุปผลเสนอนายด่านศุลกากรทุกสัปดาห์',
           'ติดตั้งกล้อง 16 จุด หมุนเวียนเจ้าหน้าที่ 24 รอบ', 'ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์ในการตรวจปล่อย'),
        mk(3, 'การเปิดเผยข้อมูลสถิติการจับกุมและของกลางที่ยึดได้',
           ['1) รวบรวมสถิติคดีและของกลางรายเดือน', '2) เผยแพร่บนเว็บไซต์และเพจด่านศุลกากร', '3) แถลงผลการปราบปรามรายไตรมาส'],
           'ฝ่ายสืบสวนและปราบปราม', 'ทุกเดือน ต.ค. 2568 – ก.ย. 2569', 'นายด่านศุลกากรตรวจสอบข้อมูลก่อนเผยแพร่',
           'เผยแพร่สถิติ 12 ครั้ง แถลงผล 4 ครั้ง', 'ประชาชนและผู้ประกอบการเชื่อมั่นในการปฏิบัติงานของด่านศุลกากร'),
        mk(4, 'การเผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการขายทอดตลาดของกลาง',
           ['1) ประกาศแผนการจัดซื้อจัดจ้างในระบบ e-GP', '2) ประกาศการขายทอดตลาดของกลางล่วงหน้าไม่น้อยกว่า 15 วัน',
            '3) เผยแพร่ผลการขายทอดตลาดและแบบ สขร.1 รายเดือน', '4) เชิญผู้แทนภาคประชาชนร่วมสังเกตการณ์การขายทอดตลาด'],
           'ฝ่ายบริหารทั่วไป (งานพัสดุ) / ฝ่ายของกลาง', 'ต.ค. 2568 – ก.ย. 2569', 'รายงานผลต่อสำนักงานศุลกากรภาคที่ 2 ทุกไตรมาส',
           'ประกาศขายทอดตลาด 5 ครั้ง สขร.1 12 ฉบับ', 'การขายทอดตลาดเปิดเผย ตรวจสอบได้ ไม่มีข้อโต้แย้ง'),
        mk(5, 'การส่งเสริมวัฒนธรรมองค์กรไม่รับของขวัญและของกำนัล (No Gift Policy)',
           ['1) นายด่านศุลกากรประกาศเจตนารมณ์ไม่รับของขวัญทุกเทศกาล', '2) แจ้งผู้ประกอบการและตัวแทนออกของทราบเป็นหนังสือ', '3) จัดทำทะเบียนการปฏิเสธการรับของขวัญ'],
           'ฝ่ายบริหารทั่วไป', 'ธ.ค. 2568 – ม.ค. 2569', 'รายงานผลต่อกรมศุลกากรภายใน 31 ม.ค. 2569',
           'ประกาศ 1 ฉบับ หนังสือแจ้ง 214 ราย', 'บุคลากรไม่รับของขวัญร้อยละ 100'),
    ]
    d = new_doc('Umpush', 11, landscape=True)
    footer_pages(d.sections[0], 'หน้า {P}/{N}', head='ด่านศุลกากรคลองใหญ่วารี  –  รายงานผลการดำเนินการตามมาตรการ ITA ปี 2569')
    title = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
    para(d, title, bold=True, center=True, size=15)
    para(d, A + ' สำนักงานศุลกากรภาคที่ 2 กรมศุลกากร', center=True, size=13)
    para(d, '')
    para(d, 'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ของกรมศุลกากร ได้คะแนน 92.64 '
            'คะแนน ระดับ ผ่าน ด่านศุลกากรคลองใหญ่วารีได้ดำเนินการตามมาตรการ 5 มาตรการ ในรอบ 12 เดือน (1 ตุลาคม 2568 – 30 กันยายน 2569) ดังนี้')
    hdr = ['ลำดับ', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลผลิต', 'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        cell(t.rows[0].cells[i], h, bold=True, center=True)
        shade(t.rows[0].cells[i], 'C5E0B3')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for i, v in enumerate(['%d.' % m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell(r[i], v, center=(i == 0))
    widths(t, [1.2, 3.6, 6.8, 2.6, 2.4, 3.4, 3.0, 3.0])
    para(d, '')
    para(d, 'ปัญหา อุปสรรค : ผู้ประกอบการรายย่อยบางรายยังไม่คุ้นเคยกับระบบ e-Customs')
    para(d, '')
    para(d, '(ลงชื่อ) ร้อยตรีหญิง ศศิธร ทองประเสริฐ  ผู้รายงาน   นักวิชาการศุลกากรชำนาญการ', center=True)
    para(d, '(ลงชื่อ) นายอภิชาติ คลองใหญ่  ผู้รับรอง   นายด่านศุลกากรคลองใหญ่วารี', center=True)
    src = os.path.join(BUILD, 'r01.docx'); d.save(src)
    pdf = to_pdf(src); fn = 'r01_customs_khlongyaiwari_results_2569.pdf'
    shutil.copy(pdf, os.path.join(OUT, fn))
    label(fn, 'results', 2569, A, U_RES, M, [],
          'Word table (Umpush 11, A4 landscape) exported to PDF by LibreOffice; 8 columns (ลำดับ "1."–"5.", ขั้นตอนการดำเนินงาน, ผลผลิต, ผลลัพธ์) '
          'with the green header row repeated on every page, running header and footer "หน้า n/N". Rows split across pages: rows 1 and 4 are '
          'cut by page breaks and continue under the repeated header on pages 2 and 3; a row cut by a page break belongs to the measure '
          'above it. COMPLETE.')


# =====================================================================================================
# r02 DOCX  NEW: the measure table is an EMBEDDED EXCEL WORKSHEET (OLE object, Paste Special -> Microsoft Excel Worksheet Object)
# =====================================================================================================
T75 = ('<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" '
       'stroked="f"><v:stroke joinstyle="miter"/><v:formulas><v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/>'
       '<v:f eqn="sum 0 0 @1"/><v:f eqn="prod @2 1 2"/><v:f eqn="prod @3 21600 pixelWidth"/><v:f eqn="prod @3 21600 pixelHeight"/>'
       '<v:f eqn="sum @0 0 1"/><v:f eqn="prod @6 1 2"/><v:f eqn="prod @7 21600 pixelWidth"/><v:f eqn="sum @8 21600 0"/>'
       '<v:f eqn="prod @7 21600 pixelHeight"/><v:f eqn="sum @10 21600 0"/></v:formulas><v:path o:extrusionok="f" gradientshapeok="t" '
       'o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/></v:shapetype>')


def r02():
    A = 'สำนักงานนิคมอุตสาหกรรมมาบตาพุดวารี'
    M = [
        mk(1, 'การเปิดเผยข้อมูลผลการตรวจวัดคุณภาพอากาศและน้ำทิ้งของโรงงานในนิคมอุตสาหกรรม',
           ['1. รวบรวมผลการตรวจวัดจากสถานีตรวจวัดอัตโนมัติ 6 สถานี', '2. แสดงผลแบบ Real-time บนจอ LED หน้าสำนักงานและเว็บไซต์',
            '3. สรุปรายงานผลการปฏิบัติตามมาตรการ EIA รายไตรมาส'],
           'ฝ่ายสิ่งแวดล้อมและความปลอดภัย', 'ต.ค. 2568 – ก.ย. 2569', 'ผู้อำนวยการสำนักงานนิคมฯ ตรวจสอบรายงานทุกเดือน',
           'รายงานผลตรวจวัด 12 ฉบับ รายงาน EIA 4 ฉบับ', 'ชุมชนรอบนิคมเข้าถึงข้อมูลคุณภาพสิ่งแวดล้อม ข้อร้องเรียนเรื่องกลิ่นลดลงร้อยละ 27'),
        mk(2, 'การให้บริการอนุญาตผ่านระบบ e-PP (IEAT e-Permission) ตามลำดับคำขอ',
           ['1. รับคำขออนุญาตผ่านระบบ e-PP ทุกประเภท', '2. แสดงสถานะและระยะเวลาพิจารณาให้ผู้ประกอบการติดตามได้', '3. สำรวจความพึงพอใจหลังได้รับอนุญาต'],
           'ฝ่ายอนุญาตและบริการ', '', 'รายงาน กนอ. สำนักงานใหญ่ทุกไตรมาส',
           'คำขออนุญาต 1,146 คำขอ พิจารณาตามลำดับทุกคำขอ', 'ผู้ประกอบการพึงพอใจร้อยละ 91.6'),
        mk(3, 'การป้องกันผลประโยชน์ทับซ้อนในการตรวจโรงงานและการตรวจรับงานจ้าง',
           ['1. ให้เจ้าหน้าที่ลงนามแบบแสดงความไม่มีส่วนได้เสียก่อนออกตรวจ', '2. จับสลากทีมตรวจโรงงาน', '3. ถ่ายภาพและบันทึกพิกัดการตรวจทุกครั้ง'],
           'ฝ่ายปฏิบัติการ / งานพัสดุ', 'ต.ค. 2568 – ก.ย. 2569', 'คณะทำงานส่งเสริมคุณธรรมตรวจสอบทุก 6 เดือน',
           'ตรวจโรงงาน 318 ครั้ง ลงนามแบบแสดงความไม่มีส่วนได้เสียครบทุกครั้ง', 'ไม่มีเรื่องร้องเรียนผลประโยชน์ทับซ้อน'),
        mk(4, 'การรับฟังความคิดเห็นและเรื่องร้องเรียนของชุมชนรอบนิคมอุตสาหกรรม',
           ['1. จัดประชุมคณะกรรมการไตรภาคี (ชุมชน–โรงงาน–กนอ.) ทุกไตรมาส', '2. เปิด LINE OA "นิคมฯ ฟังชุมชน"', '3. แจ้งผลการแก้ไขแก่ผู้ร้องภายใน 15 วัน'],
           'ฝ่ายชุมชนสัมพันธ์', 'ต.ค. 2568 – ก.ย. 2569', 'รายงานผลต่อผู้ว่าการ กนอ. รอบ 12 เดือน',
           'ประชุมไตรภาคี 4 ครั้ง รับเรื่องร้องเรียน 63 เรื่อง', 'อยู่ระหว่างดำเนินการ'),
    ]
    OLD = [  # sheet 2 of the embedded workbook: last year's table, never shown in the document
        ('1', 'การเผยแพร่ข้อมูลการใช้ที่ดินในนิคมอุตสาหกรรม (ปี 2568)', 'ฝ่ายวิศวกรรม'),
        ('2', 'การจัดทำคู่มือการให้บริการอนุญาต (ปี 2568)', 'ฝ่ายอนุญาตและบริการ'),
        ('3', 'การอบรมคุณธรรมจริยธรรมพนักงาน (ปี 2568)', 'งานบริหารทั่วไป'),
    ]
    title = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
    hdr = ['ลำดับ', 'มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลผลิต', 'ผลลัพธ์']
    # --- the embedded workbook (openpyxl) ---
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
    wb = Workbook(); ws = wb.active; ws.title = 'ผลมาตรการ69'
    thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    f = Font(name='TH SarabunPSK', size=14)
    ws.append(hdr)
    for i, c in enumerate(ws[1]):
        c.font = Font(name='TH SarabunPSK', size=14, bold=True); c.border = B
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); c.fill = PatternFill('solid', fgColor='FCE4D6')
    for m in M:
        ws.append([m['n'], m['title'], nl(m['steps']), m['resp'], m['period'] or None, m['mon'], m['out'], m['outc']])
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.font = f; c.border = B; c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if c.column == 1 else None)
    CH = [5, 20, 36, 14, 12, 17, 17, 17]                 # column widths in Excel characters
    PT = [round(c * 5.25 + 3.75, 2) for c in CH]          # ... in points (7 px per character + 5 px padding)
    def nlines(v, ch):
        n = 0
        for part in (str(nl(v)) or ' ').split('\n'):
            n += max(1, -(-dw(part) // int(ch * 1.2)))
        return n
    RH = [36.0] + [max(nlines(v, ch) for v, ch in zip([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']], CH)) * 18.0 + 4
                   for m in M]
    for col, w in zip('ABCDEFGH', CH):
        ws.column_dimensions[col].width = w
    for i, h_ in enumerate(RH):
        ws.row_dimensions[i + 1].height = h_
    ws2 = wb.create_sheet('ปี 2568')
    ws2.append(['ลำดับ', 'มาตรการ', 'ผู้รับผิดชอบ'])
    for r in OLD:
        ws2.append(list(r))
    wb.active = 0
    bio = io.BytesIO(); wb.save(bio); xlsx = bio.getvalue()
    open(os.path.join(BUILD, 'r02_embedded.xlsx'), 'wb').write(xlsx)
    # --- the OLE preview picture: the sheet's used range as Excel draws it (HTML -> Chromium screenshot, 1 pt = 4/3 px) ---
    K = 4 / 3
    rows = '<tr style="height:%.1fpx">%s</tr>' % (RH[0] * K, ''.join('<th style="width:%.1fpx">%s</th>' % (w * K, h) for w, h in zip(PT, hdr)))
    for m, rh in zip(M, RH[1:]):
        vals = [str(m['n']), m['title'], '<br>'.join(html.escape(s) for s in m['steps']), m['resp'], m['period'], m['mon'], m['out'], m['outc']]
        rows += '<tr style="height:%.1fpx">%s</tr>' % (rh * K, ''.join('<td%s>%s</td>' % (' class="c"' if i == 0 else '', v) for i, v in enumerate(vals)))
    ph = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff}'
          'table{border-collapse:collapse;font-family:"Laksaman";font-size:16px;line-height:1.35;table-layout:fixed}'
          'th,td{border:1px solid #000;padding:1px 3px;vertical-align:top;overflow:hidden}th{background:#FCE4D6;vertical-align:middle}.c{text-align:center}'
          '</style></head><body><table id="t">%s</table></body></html>' % rows)
    src = os.path.join(BUILD, 'r02_preview.html'); open(src, 'w', encoding='utf-8').write(ph)
    png = os.path.join(BUILD, 'r02_preview.png')
    shot(src, png, int(sum(PT) * K) + 40, int(sum(RH) * K) + 400, 2)
    from PIL import Image, ImageOps
    im = Image.open(png).convert('RGB')
    bbox = ImageOps.invert(im).getbbox()
    im = im.crop((0, 0, bbox[2] + 2, bbox[3] + 2)); im.save(png)
    wpt = 690.0; hpt = wpt * im.size[1] / im.size[0]       # scaled to the landscape text width, aspect kept
    # --- the Word document ---
    d = new_doc('TH Sarabun New', 15, landscape=True)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5); sec.top_margin = sec.bottom_margin = Cm(1.2)
    footer_pages(sec, '{P}')
    para(d, title, bold=True, center=True, size=17)
    para(d, A + ' การนิคมอุตสาหกรรมแห่งประเทศไทย', bold=True, center=True, size=16)
    para(d, 'ตามที่การนิคมอุตสาหกรรมแห่งประเทศไทย (กนอ.) ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 คะแนน 96.21 คะแนน ผลการประเมิน ผ่าน '
            'สำนักงานนิคมอุตสาหกรรมมาบตาพุดวารีได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส 4 มาตรการ ระหว่างวันที่ 1 ตุลาคม 2568 '
            'ถึง 30 กันยายน 2569 รายละเอียดดังตาราง', indent=0)
    anchor = para(d, '')
    para(d, 'ปัญหา/อุปสรรค : ระบบ e-PP ขัดข้องช่วงปรับปรุงระบบเดือนมีนาคม 2569', size=14)
    para(d, 'ลงชื่อ ............................................. ผู้รายงาน          ลงชื่อ ............................................. ผู้รับรอง', center=True, size=14)
    para(d, '(นางสาวพิมพ์ชนก ระยองวงศ์)                                   (นายชาญวิทย์ มาบตาพุด)', center=True, size=14)
    para(d, 'หัวหน้างานบริหารทั่วไป                                 ผู้อำนวยการสำนักงานนิคมอุตสาหกรรมมาบตาพุดวารี', center=True, size=14)
    from docx.opc.part import Part
    from docx.opc.packuri import PackURI
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    pkg = d.part.package
    ip = Part(PackURI('/word/media/image1.png'), 'image/png', open(png, 'rb').read(), pkg)
    op = Part(PackURI('/word/embeddings/Microsoft_Excel_Worksheet.xlsx'),
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx, pkg)
    rid_i = d.part.relate_to(ip, RT.IMAGE); rid_o = d.part.relate_to(op, RT.PACKAGE)
    obj = ('<w:r %s><w:object w:dxaOrig="%d" w:dyaOrig="%d">%s<v:shape id="_x0000_i1025" type="#_x0000_t75" '
           'style="width:%.1fpt;height:%.1fpt" o:ole=""><v:imagedata r:id="%s" o:title=""/></v:shape>'
           '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1791283746" '
           'r:id="%s"><o:FieldCodes>\\s</o:FieldCodes></o:OLEObject></w:object></w:r>'
           % (nsdecls('w', 'r') + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"', int(wpt * 20), int(hpt * 20), T75, wpt, hpt, rid_i, rid_o))
    anchor._p.append(parse_xml(obj))
    anchor.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fn = 'r02_ieat_maptaphutwari_results_2569.docx'
    d.save(os.path.join(OUT, fn))
    # render check: LibreOffice redraws an Excel OLE object from the embedded workbook instead of showing the stored picture, so
    # make a copy where the object is a plain VML picture (what Word shows until the object is double-clicked) and render that
    zin = zipfile.ZipFile(os.path.join(OUT, fn)); rp = os.path.join(BUILD, 'r02_render.docx')
    with zipfile.ZipFile(rp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            b = zin.read(it.filename)
            if it.filename == 'word/document.xml':
                x = b.decode('utf-8')
                x = re.sub(r'<w:object [^>]*>', '<w:pict>', x).replace('</w:object>', '</w:pict>')
                x = re.sub(r'<o:OLEObject .*?</o:OLEObject>', '', x, flags=re.S)
                b = x.encode('utf-8')
            zout.writestr(it, b)
    to_pdf(rp)
    label(fn, 'results', 2569, A, U_RES, M,
          ['มาตรการที่ 2: ช่องระยะเวลาว่าง', 'มาตรการที่ 4: ผลลัพธ์ "อยู่ระหว่างดำเนินการ"'],
          'NEW FORM: Word (A4 landscape) whose measure table is an EMBEDDED EXCEL WORKSHEET OBJECT (Paste Special -> Microsoft Excel '
          'Worksheet Object): w:object with a VML v:shape (t75) showing the preview picture word/media/image1.png and an o:OLEObject '
          'ProgID Excel.Sheet.12 pointing at word/embeddings/Microsoft_Excel_Worksheet.xlsx. The document text holds only the title, the '
          'intro (กนอ. ITA 2568 96.21 ผ่าน), problems and signatures; the 8-column table (ลำดับ 1–4, มาตรการ, ขั้นตอนการดำเนินการ, ผู้รับผิดชอบ, '
          'ระยะเวลา, การติดตามผล, ผลผลิต, ผลลัพธ์) is seen only as the object picture, its data only in the embedded workbook\'s ACTIVE sheet '
          '"ผลมาตรการ69". The workbook has a second sheet "ปี 2568" with last year\'s 3 measures, which the object does not show: not units. '
          'Measure 2\'s ระยะเวลา cell is empty; measure 4\'s ผลลัพธ์ is "อยู่ระหว่างดำเนินการ".')


# =====================================================================================================
# r03 MD provincial HOSPITAL, COMPLETE; TOC links, group headings, bold labels with hard line breaks
# =====================================================================================================
def r03():
    A = 'โรงพยาบาลจันทวารี'
    M = [
        mk('1.1', 'การเปิดเผยข้อมูลการจัดซื้อยา เวชภัณฑ์ และครุภัณฑ์การแพทย์',
           ['จัดทำแผนการจัดซื้อประจำปีและเผยแพร่บนเว็บไซต์โรงพยาบาล', 'ประกาศผู้ชนะการเสนอราคาภายใน 3 วันทำการ', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)'],
           'กลุ่มงานพัสดุ / กลุ่มงานเภสัชกรรม', 'ต.ค. 2568 – ก.ย. 2569', 'คณะกรรมการบริหารโรงพยาบาลติดตามในการประชุมประจำเดือน',
           'ประกาศผลการจัดซื้อ 12 ฉบับ แผนจัดซื้อ 1 ฉบับ', 'การจัดซื้อโปร่งใส ตรวจสอบได้ ไม่มีข้อร้องเรียนจากผู้ค้า'),
        mk('1.2', 'การเผยแพร่ข้อมูลสิทธิการรักษา ค่าบริการ และคิวผ่าตัดผ่านระบบออนไลน์',
           ['พัฒนาระบบตรวจสอบคิวผ่าตัดผ่าน LINE OA', 'จัดทำอินโฟกราฟิกสิทธิการรักษาและอัตราค่าบริการ', 'ปรับปรุงข้อมูลทุกไตรมาส'],
           'กลุ่มงานประกันสุขภาพ / ศูนย์คอมพิวเตอร์', 'ธ.ค. 2568 – ก.ย. 2569', 'หัวหน้ากลุ่มงานประกันสุขภาพรายงานผลทุกไตรมาส',
           'ระบบตรวจสอบคิวผ่าตัด 1 ระบบ อินโฟกราฟิก 10 เรื่อง', 'ผู้ป่วยตรวจสอบคิวได้เอง ข้อร้องเรียนเรื่องการลัดคิวลดลงร้อยละ 60'),
        mk('2.1', 'การป้องกันการรับประโยชน์จากบริษัทยาและเครื่องมือแพทย์',
           ['ประกาศเกณฑ์จริยธรรมการส่งเสริมการขายยา', 'ให้ผู้แทนบริษัทลงทะเบียนก่อนเข้าพบทุกครั้ง', 'รายงานการรับการสนับสนุนการประชุมวิชาการ'],
           'คณะกรรมการเภสัชกรรมและการบำบัด', 'ต.ค. 2568 – ก.ย. 2569', 'รายงานสำนักงานสาธารณสุขจังหวัดจันทวารีรอบ 6 และ 12 เดือน',
           'ทะเบียนผู้แทนบริษัท 1 ชุด รายงาน 2 ครั้ง', 'ไม่พบการรับประโยชน์ที่ขัดต่อเกณฑ์จริยธรรม'),
        mk('2.2', 'การบริหารความเสี่ยงการทุจริตในการเบิกจ่ายค่าตอบแทนนอกเวลาราชการ',
           ['สแกนลายนิ้วมือเข้า–ออกเวรทุกครั้ง', 'ตรวจสอบตารางเวรเทียบกับบันทึกเวลาก่อนเบิกจ่าย', 'สุ่มตรวจย้อนหลังเดือนละ 2 หน่วยงาน'],
           'กลุ่มงานการเงินและบัญชี / กลุ่มงานทรัพยากรบุคคล', 'ม.ค. – ก.ย. 2569', 'ผู้อำนวยการโรงพยาบาลตรวจสอบผลการสุ่มตรวจทุกเดือน',
           'สุ่มตรวจ 18 หน่วยงาน', 'ไม่พบการเบิกค่าตอบแทนนอกเวลาราชการโดยมิชอบ'),
        mk('2.3', 'การส่งเสริมวัฒนธรรมองค์กรสุจริตและการไม่รับของขวัญ',
           ['ผู้อำนวยการประกาศนโยบาย No Gift Policy', 'จัดกิจกรรม "รพ.จันทวารี คนดี ไม่รับ ไม่ให้"', 'ยกย่องบุคลากรต้นแบบด้านคุณธรรม'],
           'ชมรมจริยธรรมโรงพยาบาลจันทวารี', 'ธ.ค. 2568 – ส.ค. 2569', 'รายงานผลในการประชุมชมรมจริยธรรมทุกไตรมาส',
           'ประกาศ 1 ฉบับ กิจกรรม 3 ครั้ง บุคลากรต้นแบบ 12 คน', 'บุคลากรรับรู้นโยบาย No Gift ร้อยละ 97'),
    ]
    L = ['# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569', '',
         '**%s** (โรงพยาบาลทั่วไป) จังหวัดจันทวารี สังกัดสำนักงานปลัดกระทรวงสาธารณสุข' % A, '',
         '**สารบัญ**', '', '- [ผลการประเมิน ITA ปี 2568](#ผลการประเมิน-ita-ปี-2568)',
         '- [ยุทธศาสตร์ที่ 1 การเปิดเผยข้อมูล](#ยุทธศาสตร์ที่-1-การเปิดเผยข้อมูล)',
         '- [ยุทธศาสตร์ที่ 2 การป้องกันการทุจริต](#ยุทธศาสตร์ที่-2-การป้องกันการทุจริต)',
         '- [ปัญหาและข้อเสนอแนะ](#ปัญหาและข้อเสนอแนะ)', '',
         '## ผลการประเมิน ITA ปี 2568', '',
         'สำนักงานปลัดกระทรวงสาธารณสุขได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 **89.87 คะแนน** ระดับ **ผ่าน** '
         'โรงพยาบาลจันทวารีจึงดำเนินการตามมาตรการ 5 มาตรการ ในรอบ 12 เดือน ดังนี้', '']
    groups = {'1.1': '## ยุทธศาสตร์ที่ 1 การเปิดเผยข้อมูล', '2.1': '## ยุทธศาสตร์ที่ 2 การป้องกันการทุจริต'}
    for m in M:
        if m['n'] in groups:
            L += [groups[m['n']], '']
        L += ['### มาตรการที่ %s %s' % (m['n'], m['title']), '', '**ขั้นตอน/วิธีการดำเนินการ**', '']
        L += ['%d. %s' % (k + 1, s) for k, s in enumerate(m['steps'])]
        L += ['', '**ผู้รับผิดชอบ** %s  ' % m['resp'], '**ระยะเวลา** %s  ' % m['period'], '**การติดตามผล** %s  ' % m['mon'],
              '**ผลผลิต (Output)** %s  ' % m['out'], '**ผลลัพธ์ (Outcome)** %s' % m['outc'], '']
    L += ['## ปัญหาและข้อเสนอแนะ', '', '- ระบบ LINE OA ต้องเชื่อมกับ HIS ของโรงพยาบาล ใช้เวลาพัฒนามากกว่าที่กำหนด', '',
          '---', '', 'ผู้รายงาน : นางสาวอรุณี จันทร์หอม นักจัดการงานทั่วไปชำนาญการ  ', 'ผู้อนุมัติ : นายแพทย์สุรเชษฐ์ วารีรัตน์ ผู้อำนวยการโรงพยาบาลจันทวารี', '']
    fn = 'r03_hosp_chanthawari_results_2569.md'
    write(fn, '\n'.join(L))
    label(fn, 'results', 2569, A, U_RES, M, [],
          'Markdown: H1 title (FY 2569), a bold "สารบัญ" with anchor links, H2 group headings "ยุทธศาสตร์ที่ 1/2" (not units), '
          '"### มาตรการที่ 1.1–2.3" each with a numbered step list and bold-label lines ending in two spaces (hard line breaks). COMPLETE.')


# =====================================================================================================
# r04 HTML provincial COURT office; CONTRADICTORY score; monitoring '-' (3)
# =====================================================================================================
def r04():
    A = 'สำนักงานประจำศาลจังหวัดเพชรวารี'
    M = [
        mk(1, 'การให้บริการประชาชนผ่านระบบ e-Filing และ CIOS อย่างเท่าเทียม',
           ['แนะนำการยื่นฟ้องและคำคู่ความทางอิเล็กทรอนิกส์ ณ ศูนย์บริการ', 'จัดเจ้าหน้าที่ช่วยเหลือผู้ไม่มีทนายความ', 'แสดงลำดับคิวบนจอหน้าศูนย์'],
           'กลุ่มงานบริการประชาชนและประชาสัมพันธ์', 'ต.ค. 2568 – ก.ย. 2569', 'ผู้อำนวยการสำนักงานประจำศาลติดตามทุกเดือน',
           'ยื่นฟ้องทางอิเล็กทรอนิกส์ 2,417 เรื่อง', 'ผู้รับบริการพึงพอใจร้อยละ 94.2'),
        mk(2, 'การป้องกันการแอบอ้างเรียกรับเงินในการประกันตัวผู้ต้องหาหรือจำเลย',
           ['ติดประกาศ "ไม่มีค่าใช้จ่ายในการยื่นคำร้องขอปล่อยชั่วคราว"', 'ใช้ระบบประเมินความเสี่ยงในการปล่อยชั่วคราว', 'เปิดช่องทางแจ้งเบาะแส'],
           'กลุ่มงานช่วยพิจารณาคดี', 'ต.ค. 2568 – ก.ย. 2569', 'รายงานอธิบดีผู้พิพากษาภาค 7 ทุกไตรมาส',
           'ติดประกาศ 6 จุด ยื่นคำร้อง 1,032 เรื่อง', 'ไม่มีเรื่องร้องเรียนการเรียกรับเงิน'),
        mk(3, 'การเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ',
           ['เผยแพร่แผนจัดซื้อจัดจ้าง', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'รายงานการใช้จ่ายงบประมาณรายไตรมาส'],
           'กลุ่มงานคลัง', 'ทุกเดือน', '-', 'รายงาน สขร.1 12 ฉบับ', 'การใช้จ่ายงบประมาณตรวจสอบได้'),
        mk(4, 'การเสริมสร้างจริยธรรมข้าราชการศาลยุติธรรม',
           ['อบรมประมวลจริยธรรมข้าราชการศาลยุติธรรม', 'คัดเลือกข้าราชการดีเด่นด้านคุณธรรม'],
           'กลุ่มงานบริหารทั่วไป', 'มี.ค. – มิ.ย. 2569', 'ประเมินผลหลังการอบรม', 'ผู้เข้าอบรม 52 คน', 'ผู้เข้าอบรมผ่านเกณฑ์ร้อยละ 96'),
        mk(5, 'การประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่',
           ['ผู้พิพากษาหัวหน้าศาลประกาศนโยบาย No Gift Policy', 'แจ้งคู่ความและทนายความทราบ'],
           'กลุ่มงานบริหารทั่วไป', 'ธ.ค. 2568', 'รายงานสำนักงานศาลยุติธรรม', 'ประกาศ 1 ฉบับ', 'ไม่มีการรับของขวัญ'),
    ]
    title = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
    rows = ''.join('<tr>\n<td class="tc">(%d)</td>\n<td>%s</td>\n<td>%s</td>\n<td>%s</td>\n<td class="tc">%s</td>\n<td>%s</td>\n<td>%s</td>\n<td>%s</td>\n</tr>\n'
                   % (m['n'], m['title'], '<br>\n'.join('- ' + s for s in m['steps']), m['resp'], m['period'], m['mon'], m['out'], m['outc'])
                   for m in M)
    h = '''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>O13 %s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/coj2024/css/style.css">
<style>
.container{display:flex;gap:24px;max-width:1200px;margin:auto}.sidebar{width:220px}.content{flex:1}
table.ita{border-collapse:collapse;width:100%%;font-size:14px}table.ita th,table.ita td{border:1px solid #7a5c2e;padding:5px;vertical-align:top}
table.ita th{background:#7a5c2e;color:#fff}.tc{text-align:center}.scorebox{border:1px solid #ccc;padding:8px;width:420px}
</style>
</head>
<body>
<div class="top-header"><img src="/images/logo-coj.png" alt="ตราศาลยุติธรรม"> <span class="site-name">ศาลจังหวัดเพชรวารี</span> <span class="site-en">Phetwari Provincial Court</span></div>
<div class="container">
<aside class="sidebar"><h4>เมนู ITA</h4><ul><li><a href="/ita/o1">O1 โครงสร้าง</a></li><li><a href="/ita/o12">O12 มาตรการ</a></li><li class="active"><a href="/ita/o13">O13 รายงานผล</a></li><li><a href="/ita/o14">O14 …</a></li></ul></aside>
<div class="content">
<h2 class="page-title">%s</h2>
<p class="sub">%s สำนักงานศาลยุติธรรม</p>
<p>ตามที่สำนักงานศาลยุติธรรมได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 คะแนน 93.48 คะแนน อยู่ในระดับ ผ่าน สำนักงานประจำศาลจังหวัดเพชรวารีจึงได้ดำเนินการตามมาตรการ ๕ มาตรการ ผลการดำเนินการในรอบ ๑๒ เดือน ปรากฏดังนี้</p>
<div class="scorebox"><b>ผลการประเมิน ITA ปี 2568 (สำนักงานศาลยุติธรรม)</b>
<table class="ita"><tr><th>IIT</th><th>EIT</th><th>OIT</th><th>คะแนนรวม</th><th>ระดับ</th></tr><tr><td class="tc">93.12</td><td class="tc">88.74</td><td class="tc">91.32</td><td class="tc">91.06</td><td class="tc">ผ่าน</td></tr></table></div>
<h3>ผลการดำเนินการตามมาตรการ</h3>
<table class="ita">
<tr><th>ข้อ</th><th>กิจกรรม/มาตรการ</th><th>วิธีการ</th><th>ผู้รับผิดชอบ</th><th>ห้วงเวลา</th><th>การกำกับติดตาม</th><th>ผลผลิต</th><th>ผลลัพธ์</th></tr>
%s</table>
<p>ข้อมูล ณ วันที่ 30 กันยายน 2569</p>
<p style="text-align:right">นางสาวกัลยา เพชรรัตน์<br>ผู้อำนวยการสำนักงานประจำศาลจังหวัดเพชรวารี</p>
<p class="updated">ปรับปรุงล่าสุด 8 ตุลาคม 2569 | ผู้เข้าชม 284</p>
</div></div>
<footer>ศาลจังหวัดเพชรวารี ถนนราชวิถี ตำบลท่าราบ อำเภอเมือง จังหวัดเพชรวารี 76000 โทร. 0 3241 5xxx</footer>
</body>
</html>
''' % (A, title, A, rows)
    fn = 'r04_court_phetwari_results_2569.html'
    write(fn, h)
    label(fn, 'results', 2569, A, U_RES, M,
          ['คะแนนขัดแย้ง: ย่อหน้านำว่า ITA 2568 ได้ 93.48 คะแนน แต่ตารางคะแนนว่า คะแนนรวม 91.06', 'มาตรการ (3): การกำกับติดตาม "-"'],
          'Court website page (sidebar ITA menu, page title h2 with FY 2569): intro paragraph (93.48) and a score table (คะแนนรวม 91.06) that '
          'CONTRADICT each other; 8-column table without thead, ข้อ "(1)–(5)", "กิจกรรม/มาตรการ", "วิธีการ" ("- " lines with <br>), "ห้วงเวลา", '
          '"การกำกับติดตาม" (= monitoring), ผลผลิต, ผลลัพธ์.')


# =====================================================================================================
# r05 TXT subdistrict municipality, WRONG FY (2568); sub-labels (ก)–(ฉ); output '......' (๒)
# =====================================================================================================
def r05():
    A = 'เทศบาลตำบลบ้านแหลมวารี'
    M = [
        mk(th(1), 'การเปิดเผยข้อมูลการจัดเก็บค่าธรรมเนียมท่าเทียบเรือประมงและตลาดสด',
           ['ประกาศอัตราค่าธรรมเนียม ณ ท่าเทียบเรือและตลาด', 'ออกใบเสร็จรับเงินจากระบบทุกราย', 'สรุปรายได้รายเดือนเผยแพร่บนเว็บไซต์'],
           'กองคลัง (งานพัฒนาและจัดเก็บรายได้)', '๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙', 'ปลัดเทศบาลตรวจสอบรายงานรายได้ทุกเดือน',
           'ประกาศอัตรา ๓ จุด รายงานรายได้ ๑๒ ฉบับ', 'ผู้ประกอบการชำระค่าธรรมเนียมถูกต้อง ไม่มีข้อร้องเรียน'),
        mk(th(2), 'การป้องกันการทุจริตในการช่วยเหลือผู้ประสบภัยพิบัติและภัยทางทะเล',
           ['ตั้งคณะกรรมการตรวจสอบข้อเท็จจริงร่วมกับผู้นำชุมชน', 'ประกาศรายชื่อผู้ได้รับความช่วยเหลือ', 'จ่ายเงินช่วยเหลือผ่านบัญชีธนาคาร'],
           'สำนักปลัดเทศบาล (งานป้องกันและบรรเทาสาธารณภัย)', 'เมื่อเกิดภัย ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', 'รายงานนายกเทศมนตรีทุกครั้งที่มีการช่วยเหลือ',
           '......', 'ผู้ประสบภัยได้รับความช่วยเหลือถูกต้องตามระเบียบ'),
        mk(th(3), 'การเปิดโอกาสให้ประชาชนมีส่วนร่วมในการจัดทำแผนพัฒนาท้องถิ่น',
           ['จัดประชาคมหมู่บ้าน ๙ ชุมชน', 'เผยแพร่ร่างแผนพัฒนาให้ประชาชนแสดงความคิดเห็น ๑๕ วัน', 'ประกาศใช้แผนและเผยแพร่'],
           'กองยุทธศาสตร์และงบประมาณ', 'ม.ค. – พ.ค. ๒๕๖๙', 'คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น',
           'ประชาคม ๙ ครั้ง ผู้เข้าร่วม ๖๑๒ คน', 'โครงการในแผนมาจากความต้องการของชุมชนร้อยละ ๘๕'),
        mk(th(4), 'การประกาศเจตจำนงสุจริตของผู้บริหารและนโยบายไม่รับของขวัญ',
           ['นายกเทศมนตรีประกาศเจตจำนงสุจริต', 'ประกาศนโยบาย No Gift Policy', 'ติดป้ายประชาสัมพันธ์'],
           'สำนักปลัดเทศบาล', 'ต.ค. – ธ.ค. ๒๕๖๘', 'รายงานผลต่อสำนักงาน ป.ป.ช. ประจำจังหวัดเพชรวารี',
           'ประกาศ ๒ ฉบับ ป้าย ๔ จุด', 'ผู้บริหารและพนักงานไม่รับของขวัญทุกกรณี'),
    ]
    L = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
         A + ' อำเภอบ้านแหลมวารี จังหวัดเพชรวารี', '=' * 60, '',
         '๑. ข้อมูลทั่วไป',
         '    ' + A + ' ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ คะแนน ๙๐.๓๓ คะแนน ผลการประเมิน ผ่าน',
         '    รายงานฉบับนี้เป็นผลการดำเนินการระหว่างวันที่ ๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙', '',
         '๒. ผลการดำเนินการตามมาตรการ', '']
    for m in M:
        L.append('ข้อ %s  %s' % (m['n'], m['title']))
        L.append('    (ก) ขั้นตอน/วิธีการ')
        L += ['          %s) %s' % (th(k + 1), s) for k, s in enumerate(m['steps'])]
        for lab, key in [('(ข) ผู้รับผิดชอบ', 'resp'), ('(ค) ระยะเวลา', 'period'), ('(ง) การติดตามผล', 'mon'), ('(จ) ผลผลิต', 'out'), ('(ฉ) ผลลัพธ์', 'outc')]:
            L.append('    %s  %s' % (lab, m[key]))
        L.append('')
    L += ['๓. ปัญหาอุปสรรค', '    ไม่มี', '',
          '                                   ลงชื่อ  ชัยวัฒน์ บ้านแหลม', '                                         (นายชัยวัฒน์ บ้านแหลม)',
          '                                     นายกเทศมนตรีตำบลบ้านแหลมวารี', '']
    fn = 'r05_tt_banlaemwari_results_2568.txt'
    write(fn, '\r\n'.join(L))
    label(fn, 'results', 2568, A, U_RES, M,
          ['ชื่อเรื่องระบุปีงบประมาณ พ.ศ. ๒๕๖๘ แต่เป็นผลการดำเนินการปี ๒๕๖๙ (๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙)', 'ข้อ ๒: ผลผลิต "......"'],
          'Plain text (UTF-8, CRLF, "=" rule): "ข้อ ๑–๔" units, each with lettered sub-labels (ก) ขั้นตอน/วิธีการ + ๑) ๒) ๓) steps, (ข) ผู้รับผิดชอบ, '
          '(ค) ระยะเวลา, (ง) การติดตามผล, (จ) ผลผลิต, (ฉ) ผลลัพธ์ - the letters are labels, not units. WRONG FY in the title (2568); '
          'fiscal_year is what the title declares. "ไม่มี" under ปัญหาอุปสรรค is not an element.')


# =====================================================================================================
# r07 TXT อบต. (Trat), COMPLETE; dot-leader labels, steps joined by " / "
# =====================================================================================================
def r07():
    A = 'องค์การบริหารส่วนตำบลแหลมงอบวารี'
    M = [
        mk(1, 'การเผยแพร่แผนและผลการจัดซื้อจัดจ้างประจำปี',
           ['จัดทำแผนจัดซื้อจัดจ้าง', 'ประกาศในระบบ e-GP และเว็บไซต์', 'สรุปผล สขร.1 รายเดือน'],
           'กองคลัง', 'ต.ค. 2568 – ก.ย. 2569', 'ปลัด อบต. ตรวจสอบทุกเดือน', 'แผน 1 ฉบับ สขร.1 12 ฉบับ', 'ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้'),
        mk(2, 'การให้บริการจดทะเบียนพาณิชย์และขออนุญาตก่อสร้างตามคู่มือประชาชน',
           ['ปรับปรุงคู่มือประชาชน', 'ติดประกาศระยะเวลาการให้บริการ', 'บันทึกวันรับและวันแล้วเสร็จ'],
           'สำนักปลัด อบต. / กองช่าง', 'ต.ค. 2568 – ก.ย. 2569', 'หัวหน้าสำนักปลัดตรวจสอบทะเบียนทุกไตรมาส', 'ให้บริการ 128 ราย',
           'แล้วเสร็จตามกำหนดร้อยละ 100'),
        mk(3, 'การเปิดช่องทางร้องเรียนการทุจริตสำหรับชาวประมงและนักท่องเที่ยว',
           ['ติด QR Code ที่ท่าเรือและจุดบริการ', 'ตอบกลับผู้ร้องภายใน 15 วัน'],
           'สำนักปลัด อบต.', 'ต.ค. 2568 – ก.ย. 2569', 'รายงานนายก อบต. ทุกเดือน', 'ช่องทาง 4 ช่องทาง รับเรื่อง 7 เรื่อง', 'แก้ไขแล้วเสร็จทุกเรื่อง'),
        mk(4, 'การอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน',
           ['จัดอบรมผู้บริหาร สมาชิกสภา และพนักงาน', 'ทดสอบความรู้หลังอบรม'],
           'สำนักปลัด อบต. (งานการเจ้าหน้าที่)', 'เม.ย. 2569', 'ประเมินผลหลังอบรม', 'ผู้เข้าอบรม 51 คน', 'ผ่านแบบทดสอบร้อยละ 90'),
    ]
    def dots(lab, v, w=26):
        return '        ' + lab + '.' * max(3, w - dw(lab)) + ' ' + v
    L = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. 2569',
         A + ' อำเภอแหลมงอบวารี จังหวัดตราดวารี', '',
         'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 : 88.06 คะแนน (ผ่าน)', '']
    for m in M:
        L.append('มาตรการที่ %d  %s' % (m['n'], m['title']))
        L.append(dots('ขั้นตอน', ' / '.join(m['steps'])))
        for lab, key in [('ผู้รับผิดชอบ', 'resp'), ('ระยะเวลา', 'period'), ('การติดตามผล', 'mon'), ('ผลผลิต', 'out'), ('ผลลัพธ์', 'outc')]:
            L.append(dots(lab, m[key]))
        L.append('')
    L += ['ผู้รายงาน  นางสาวมยุรี ทะเลงาม  นักวิเคราะห์นโยบายและแผน', 'ผู้รับรอง  นายสมพงษ์ แหลมงอบ  นายกองค์การบริหารส่วนตำบลแหลมงอบวารี', '']
    fn = 'r07_obt_laemngopwari_results_2569.txt'
    write(fn, '\r\n'.join(L))
    label(fn, 'results', 2569, A, U_RES, M, [],
          'Plain text (UTF-8, CRLF): "มาตรการที่ 1–4" lines, each followed by indented dot-leader label lines; the steps are on ONE line '
          'joined by " / ". COMPLETE.')


# =====================================================================================================
# r06 PDF  NEW: pages extracted from a PORT's ANNUAL REPORT laid out in TWO TEXT COLUMNS (InDesign-style; HTML -> Chromium)
# =====================================================================================================
def r06():
    A = 'การท่าเรือแห่งประเทศไทย ท่าเรือศรีราชาวารี'
    M = [
        mk(1, 'การให้บริการจองท่าเทียบเรือและลานวางตู้สินค้าผ่านระบบ Port Community System ตามลำดับคำขอ',
           ['รับคำขอจองท่าเทียบเรือผ่านระบบ PCS เท่านั้น', 'จัดลำดับเรือเข้าเทียบด้วยระบบอัตโนมัติและแสดงผลบนเว็บไซต์', 'สุ่มตรวจการจัดลำดับโดยฝ่ายตรวจสอบภายในทุกไตรมาส'],
           'ฝ่ายการท่า (งานวางแผนท่าเทียบเรือ)', 'ตุลาคม 2568 – กันยายน 2569', 'ผู้อำนวยการท่าเรือติดตามผลในที่ประชุมผู้บริหารทุกเดือน',
           'คำขอจองผ่านระบบ PCS 4,862 รายการ (ร้อยละ 100)', 'ไม่มีข้อร้องเรียนการลัดคิวท่าเทียบเรือ ผู้ใช้บริการพึงพอใจร้อยละ 92.8'),
        mk(2, 'การเปิดเผยข้อมูลอัตราค่าภาระและค่าบริการท่าเรือ',
           ['ประกาศอัตราค่าภาระบนเว็บไซต์และ ณ อาคารบริการ', 'จัดทำระบบคำนวณค่าภาระล่วงหน้าออนไลน์', 'แจ้งการเปลี่ยนแปลงอัตราล่วงหน้า 30 วัน'],
           'ฝ่ายบริหารงานทั่วไป (งานการตลาดและลูกค้าสัมพันธ์)', 'ตุลาคม 2568 – มีนาคม 2569', 'รายงานคณะทำงาน ITA ของการท่าเรือฯ ทุกไตรมาส',
           'ระบบคำนวณค่าภาระออนไลน์ 1 ระบบ', 'ผู้ใช้บริการทราบค่าใช้จ่ายล่วงหน้า ข้อโต้แย้งเรื่องค่าภาระลดลงร้อยละ 45'),
        mk(3, 'การป้องกันการเรียกรับผลประโยชน์ในการตรวจสอบตู้สินค้าและการผ่านประตูท่า',
           ['ติดตั้งระบบ Auto Gate อ่านหมายเลขตู้อัตโนมัติ', 'ติดตั้งกล้องวงจรปิดที่ประตูท่าทุกช่องทาง', 'หมุนเวียนเจ้าหน้าที่ประจำประตูท่าทุกเดือน'],
           'ฝ่ายปฏิบัติการตู้สินค้า / กองรักษาความปลอดภัย', 'ตุลาคม 2568 – กันยายน 2569', 'ฝ่ายตรวจสอบภายในสุ่มตรวจภาพจากกล้องทุกเดือน',
           '-', 'ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์ที่ประตูท่า'),
        mk(4, 'การเผยแพร่ข้อมูลการจัดซื้อจัดจ้างงานขุดลอกร่องน้ำและซ่อมบำรุงท่าเทียบเรือ',
           ['ประกาศแผนจัดซื้อจัดจ้างในระบบ e-GP', 'เชิญผู้สังเกตการณ์ตามข้อตกลงคุณธรรม (Integrity Pact) ในโครงการขุดลอก', 'เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน'],
           'งานพัสดุ ฝ่ายบริหารงานทั่วไป', 'ตุลาคม 2568 – กันยายน 2569', None,
           'โครงการขุดลอกเข้าร่วมข้อตกลงคุณธรรม 1 โครงการ สขร.1 12 ฉบับ', 'การจัดซื้อจัดจ้างโปร่งใส ตรวจสอบได้'),
        mk(5, 'การส่งเสริมวัฒนธรรมองค์กรสุจริตและนโยบายไม่รับของขวัญ (No Gift Policy)',
           ['ผู้อำนวยการท่าเรือประกาศนโยบาย No Gift Policy', 'แจ้งสายเรือ ตัวแทนเรือ และผู้ประกอบการขนส่งทราบเป็นหนังสือ', 'จัดกิจกรรม "ท่าเรือโปร่งใส" ร่วมกับชุมชนรอบท่าเรือ'],
           'คณะทำงานส่งเสริมคุณธรรมท่าเรือศรีราชาวารี', 'ธันวาคม 2568 – สิงหาคม 2569', 'รายงานผลต่อคณะกรรมการกำกับดูแลกิจการที่ดีของการท่าเรือฯ รอบ 12 เดือน',
           'หนังสือแจ้ง 186 ราย กิจกรรม 2 ครั้ง', 'พนักงานไม่รับของขวัญร้อยละ 100'),
    ]
    title = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
    body = []
    for m in M:
        body.append('<h4><span class="no">มาตรการที่ %d</span> %s</h4>' % (m['n'], m['title']))
        body.append('<p class="lab">ขั้นตอนการดำเนินการ</p><ul>%s</ul>' % ''.join('<li>%s</li>' % s for s in m['steps']))
        for lab, key in [('ผู้รับผิดชอบ', 'resp'), ('ระยะเวลา', 'period'), ('การติดตามผล', 'mon'), ('ผลผลิต', 'out'), ('ผลลัพธ์', 'outc')]:
            if m[key] is None:
                continue
            body.append('<p class="kv"><b>%s :</b> %s</p>' % (lab, m[key]))
        if m['n'] == 2:
            body.append('<figure><div class="photo">[ภาพถ่าย]</div><figcaption>ภาพ 5.7 ระบบคำนวณค่าภาระล่วงหน้าออนไลน์ที่เปิดให้บริการเมื่อเดือนมีนาคม 2569</figcaption></figure>')
    h = '''<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>AR2569_PAT-Srirachawari_p81-83</title><style>
@page { size: A4; margin: 22mm 16mm 20mm 16mm;
  @top-left { content: 'รายงานประจำปี 2569  |  Annual Report 2025/26'; font-family: 'Kinnari'; font-size: 8.5pt; color: #0b4f8a; }
  @top-right { content: 'ท่าเรือศรีราชาวารี การท่าเรือแห่งประเทศไทย'; font-family: 'Kinnari'; font-size: 8.5pt; color: #0b4f8a; }
  @bottom-right { content: '8' counter(page); font-family: 'Kinnari'; font-size: 10pt; font-weight: bold; color: #0b4f8a; } }
body { font-family: 'Kinnari'; font-size: 10.2pt; line-height: 1.42; color: #222; margin: 0; }
.chap { background: #0b4f8a; color: #fff; padding: 3mm 5mm; font-size: 11pt; letter-spacing: .5px; }
h2 { font-size: 15pt; color: #0b4f8a; margin: 4mm 0 1mm; line-height: 1.3; }
.lead { font-size: 10.5pt; color: #444; margin: 0 0 3mm; border-bottom: 1px solid #0b4f8a; padding-bottom: 2mm; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.4pt solid #b9cde0; column-fill: auto; }
h3 { font-size: 11.5pt; color: #0b4f8a; margin: 0 0 1.5mm; break-after: avoid; }
h4 { font-size: 10.6pt; margin: 3mm 0 1mm; color: #12324f; break-after: avoid; } .no { color: #d8731b; }
p { margin: 0 0 1.2mm; text-align: justify; } .lab { font-weight: bold; margin-bottom: .5mm; } ul { margin: 0 0 1.2mm; padding-left: 5mm; }
.kv { text-align: left; } .kv b { color: #0b4f8a; }
.pull { column-span: all; border-top: 2pt solid #d8731b; border-bottom: 2pt solid #d8731b; margin: 3mm 0; padding: 2mm 0; display: flex; gap: 8mm; }
.pull div { flex: 1; font-size: 9.5pt; } .pull .big { font-size: 22pt; color: #d8731b; font-weight: bold; line-height: 1.1; }
figure { margin: 2mm 0; break-inside: avoid; } .photo { height: 34mm; background: #dfe7ef; color: #7a8ea3; display: flex; align-items: center; justify-content: center; }
figcaption { font-size: 8.5pt; color: #666; font-style: italic; margin-top: 1mm; }
.side { background: #eef4fa; padding: 2.5mm; margin: 2mm 0; break-inside: avoid; font-size: 9.3pt; }
.next { break-before: page; }
</style></head><body>
<div class="chap">ส่วนที่ 5  การกำกับดูแลกิจการที่ดีและการต่อต้านการทุจริต</div>
<div class="cols">
<h3>5.3 การประเมินคุณธรรมและความโปร่งใส (ITA)</h3>
<p>ท่าเรือศรีราชาวารีเป็นหน่วยงานในสังกัดการท่าเรือแห่งประเทศไทย (กทท.) ซึ่งเข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของสำนักงาน ป.ป.ช. เป็นประจำทุกปี โดยในปีงบประมาณ พ.ศ. 2568 การท่าเรือแห่งประเทศไทยได้คะแนน 94.12 คะแนน อยู่ในระดับ ผ่าน ท่าเรือศรีราชาวารีจึงได้นำข้อเสนอแนะจากผลการประเมินมากำหนดเป็นมาตรการของหน่วยงาน และรายงานผลการดำเนินการไว้ในรายงานประจำปีฉบับนี้</p>
</div>
<h2>%s</h2>
<p class="lead">%s  |  รอบ 12 เดือน (1 ตุลาคม 2568 – 30 กันยายน 2569)</p>
<div class="pull"><div><span class="big">94.12</span><br>คะแนน ITA ปี 2568 ของ กทท. (ระดับ ผ่าน)</div><div><span class="big">5</span><br>มาตรการที่ดำเนินการในปี 2569</div><div><span class="big">0</span><br>เรื่องร้องเรียนการทุจริตที่มีมูล</div></div>
<div class="cols">
%s
<div class="side"><b>รู้หรือไม่?</b> ปี 2569 ท่าเรือศรีราชาวารีรองรับเรือสินค้า 1,274 เที่ยว และตู้สินค้า 612,480 TEU เพิ่มขึ้นจากปีก่อนร้อยละ 6.3</div>
<h3>ปัญหาและอุปสรรค</h3>
<p>ระบบ Auto Gate ขัดข้องในช่วงติดตั้งเดือนพฤศจิกายน 2568 ทำให้ต้องใช้การบันทึกด้วยมือชั่วคราว 12 วัน</p>
<p style="margin-top:4mm">นายธนวัฒน์ ศรีราชา<br>ผู้อำนวยการท่าเรือศรีราชาวารี</p>
</div>
<div class="next"><div class="chap">ส่วนที่ 6  งบการเงิน</div>
<div class="cols"><h3>6.1 รายงานของผู้สอบบัญชีรับอนุญาต</h3><p>เสนอ คณะกรรมการการท่าเรือแห่งประเทศไทย ความเห็น สำนักงานการตรวจเงินแผ่นดินได้ตรวจสอบงบการเงินของการท่าเรือแห่งประเทศไทย ซึ่งประกอบด้วยงบแสดงฐานะการเงิน ณ วันที่ 30 กันยายน 2569 งบกำไรขาดทุนเบ็ดเสร็จ งบแสดงการเปลี่ยนแปลงส่วนของทุน และงบกระแสเงินสด สำหรับปีสิ้นสุดวันเดียวกัน … (ต่อหน้า 90)</p></div></div>
</body></html>''' % (title, A, '\n'.join(body))
    src = os.path.join(BUILD, 'r06.html'); open(src, 'w', encoding='utf-8').write(h)
    fn = 'r06_pat_srirachawari_results_2569.pdf'
    tmp = os.path.join(BUILD, 'r06_chrome.pdf')
    chrome_pdf(src, tmp)
    from pypdf import PdfReader, PdfWriter
    rd = PdfReader(tmp); wr = PdfWriter()
    for pg in rd.pages:
        wr.add_page(pg)
    wr.add_metadata({'/Title': 'AR2569_PAT-Srirachawari_p81-83', '/Creator': 'Adobe InDesign 19.2 (Windows)',
                     '/Producer': 'Adobe PDF Library 17.0', '/CreationDate': "D:20261120143512+07'00'", '/ModDate': "D:20261120143940+07'00'"})
    with open(os.path.join(OUT, fn), 'wb') as f:
        wr.write(f)
    label(fn, 'results', 2569, A, U_RES, M, ['มาตรการที่ 3: ผลผลิต "-"', 'มาตรการที่ 4: ไม่มีบรรทัดการติดตามผล'],
          'NEW FORM: pages cut out of the port\'s ANNUAL REPORT (รายงานประจำปี 2569, InDesign-style, /Creator "Adobe InDesign 19.2", '
          '/Producer "Adobe PDF Library 17.0"): A4, running header "รายงานประจำปี 2569 | Annual Report 2025/26" + the agency, folio numbers '
          '81, 82, … in the footer (not 1, 2); chapter band "ส่วนที่ 5", a short section 5.3 about ITA (94.12 ผ่าน), then the report title '
          '(FY 2569) as an H2, a full-width pull-quote strip (94.12 / 5 / 0), and the measures set in TWO TEXT COLUMNS with a column rule: '
          'each "มาตรการที่ n title" heading + "ขั้นตอนการดำเนินการ" bullets + bold "label :" lines, flowing from the left column to the right '
          'column and on to the next page, so a measure can start at the foot of one column and end at the top of the next. A photo '
          'placeholder with a caption and a "รู้หรือไม่?" side box sit among the measures (not units), and the extract ends with the first '
          'page of the next chapter (ส่วนที่ 6 งบการเงิน), which is not part of the report. Measure 3\'s ผลผลิต is "-"; measure 4 has no '
          'การติดตามผล line at all.')


# =====================================================================================================
# m01 MD  NEW: a CHATGPT ANSWER copied with the "Copy" button and saved as .md (chat preamble, emoji headings, summary table, offer)
# =====================================================================================================
def m01():
    A = 'วิทยาลัยเทคนิคระยองวารี'
    M = [
        mk(1, 'การเปิดเผยข้อมูลการรับสมัครนักเรียน นักศึกษา และค่าธรรมเนียมการศึกษา',
           ['ประกาศหลักเกณฑ์ คุณสมบัติ และจำนวนรับในแต่ละสาขาวิชาล่วงหน้าอย่างน้อย 30 วัน',
            'เผยแพร่อัตราค่าธรรมเนียมการศึกษาและค่าใช้จ่ายอื่นบนเว็บไซต์และเพจวิทยาลัย', 'ประกาศผลการคัดเลือกพร้อมคะแนนอย่างเปิดเผย'],
           'งานทะเบียน / งานประชาสัมพันธ์', 'ม.ค. – พ.ค. 2570', 'รองผู้อำนวยการฝ่ายบริหารทรัพยากรรายงานผู้อำนวยการทุกเดือนในช่วงรับสมัคร',
           outc='ผู้ปกครองและผู้สมัครทราบข้อมูลครบถ้วน ไม่มีข้อร้องเรียนเรื่องการรับสมัคร', kpi='ไม่มีข้อร้องเรียนการรับสมัคร'),
        mk(2, 'การป้องกันการเรียกรับผลประโยชน์ในการจัดซื้อวัสดุฝึกและครุภัณฑ์การศึกษา',
           ['กำหนดคุณลักษณะเฉพาะโดยคณะกรรมการที่มาจากหลายแผนกวิชา', 'ให้กรรมการลงนามแบบแสดงความไม่มีส่วนได้เสีย',
            'เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)'],
           'งานพัสดุ ฝ่ายบริหารทรัพยากร', 'ต.ค. 2569 – ก.ย. 2570', 'ผู้อำนวยการตรวจสอบรายงานการจัดซื้อจัดจ้างทุกเดือน',
           outc='การจัดซื้อจัดจ้างโปร่งใส ตรวจสอบได้ ไม่มีเรื่องร้องเรียน', kpi='เผยแพร่ สขร.1 ครบ 12 เดือน'),
        mk(3, 'การป้องกันการใช้ทรัพย์สินของวิทยาลัยเพื่อประโยชน์ส่วนตน',
           ['จัดทำแนวปฏิบัติการยืมครุภัณฑ์ เครื่องมือ และรถยนต์ของวิทยาลัย', 'บันทึกการยืม–คืนผ่าน Google Form', 'ตรวจสอบทะเบียนทรัพย์สินทุกภาคเรียน'],
           'งานบริหารงานทั่วไป / งานอาคารสถานที่', '(ระบุ)', 'หัวหน้างานบริหารงานทั่วไปรายงานผลทุกภาคเรียน',
           outc='ไม่พบการนำทรัพย์สินของวิทยาลัยไปใช้ส่วนตัว', kpi='ทะเบียนยืม–คืนครบถ้วนร้อยละ 100'),
        mk(4, 'การพัฒนาช่องทางรับเรื่องร้องเรียนการทุจริตสำหรับนักเรียน ผู้ปกครอง และสถานประกอบการทวิภาคี',
           ['เปิดช่องทางร้องเรียนผ่าน LINE OA และ QR Code', 'กำหนดผู้รับผิดชอบและระยะเวลาตอบกลับภายใน 15 วัน', 'สรุปสถิติเรื่องร้องเรียนรายไตรมาส'],
           'งานประกันคุณภาพและมาตรฐานการศึกษา', 'ต.ค. 2569 – ก.ย. 2570', 'รายงานคณะกรรมการบริหารสถานศึกษาทุกไตรมาส',
           outc='ผู้ร้องได้รับการตอบกลับภายในกำหนด', kpi='ตอบกลับภายใน 15 วัน ร้อยละ 100'),
        mk(5, 'การปลูกฝังวัฒนธรรมสุจริตให้ครูและนักเรียนผ่านชมรมจริยธรรมอาชีวะ',
           ['จัดตั้งชมรม "อาชีวะสุจริต"', 'จัดกิจกรรมเข้าค่ายคุณธรรมและประกวดสื่อต่อต้านการทุจริต', 'ยกย่องครูและนักเรียนต้นแบบ'],
           'งานกิจกรรมนักเรียนนักศึกษา', 'พ.ย. 2569 – ส.ค. 2570', 'ประเมินผลเมื่อสิ้นปีการศึกษาและรายงานผู้อำนวยการ',
           outc='นักเรียนและครูมีพฤติกรรมสุจริตเพิ่มขึ้น', kpi='นักเรียนเข้าร่วมกิจกรรมไม่น้อยกว่า 500 คน'),
    ]
    title = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570'
    L = ['แน่นอนครับ ✅ ด้านล่างนี้คือ **ร่างมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน** ของ%s ' % A +
         'ที่จัดทำจากผลการประเมิน ITA ปี 2569 ที่คุณให้มา (คะแนนรวม 87.35 ระดับผ่าน) โดยจัดรูปแบบให้สามารถนำไปเผยแพร่บนเว็บไซต์ของวิทยาลัยได้ทันทีครับ',
         '', '---', '', '# 📘 ' + title, '',
         '**หน่วยงาน:** %s  ' % A, '**สังกัด:** สำนักงานคณะกรรมการการอาชีวศึกษา (สอศ.)', '',
         '---', '', '## 1. การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', '',
         '| แบบวัด | คะแนน |', '| --- | --- |', '| IIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน) | 90.14 |',
         '| EIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก) | 82.61 |', '| OIT (การเปิดเผยข้อมูลสาธารณะ) | 89.30 |',
         '| **คะแนนรวม** | **87.35 (ผ่าน)** |', '',
         '### 🔴 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน', '',
         '* ผู้มีส่วนได้ส่วนเสียภายนอก **ยังไม่มั่นใจ** ในความโปร่งใสของการรับสมัครและการเก็บค่าธรรมเนียม (EIT)',
         '* การใช้ทรัพย์สินของวิทยาลัย เช่น รถยนต์และเครื่องมือช่าง ยังไม่มีระบบควบคุมที่ชัดเจน (IIT)', '',
         '### 🟡 ประเด็นที่ต้องพัฒนาให้ดีขึ้น', '',
         '* ช่องทางการร้องเรียนสำหรับสถานประกอบการทวิภาคีและผู้ปกครอง',
         '* การสร้างวัฒนธรรมสุจริตในกลุ่มนักเรียน นักศึกษา', '',
         '---', '', '## 2. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '']
    for m in M:
        L += ['### ✅ มาตรการที่ %d: %s' % (m['n'], m['title']), '', '**🛠️ ขั้นตอน/วิธีการดำเนินการ**', '']
        L += ['%d. %s' % (k + 1, s) for k, s in enumerate(m['steps'])]
        L += ['', '* **ผู้รับผิดชอบ:** ' + m['resp'], '* **ระยะเวลา:** ' + m['period'], '* **การติดตามผล:** ' + m['mon'],
              '* **ผลที่คาดว่าจะได้รับ:** ' + m['outc'], '']
        if m['n'] == 3:
            L += ['> 💡 **หมายเหตุ:** สามารถกำหนดระยะเวลาให้สอดคล้องกับปฏิทินการศึกษาของวิทยาลัยได้ เช่น ภาคเรียนที่ 2/2569', '']
        L += ['---', '']
    L += ['## 3. สรุปภาพรวมมาตรการ', '', '| มาตรการ | ผู้รับผิดชอบหลัก | ตัวชี้วัดหลัก |', '| --- | --- | --- |']
    for m in M:
        L.append('| %d. %s | %s | %s |' % (m['n'], m['title'], m['resp'].split(' / ')[0], m['kpi']))
    L += ['', '---', '', 'หากต้องการ ผมสามารถช่วยเพิ่มเติมได้ เช่น', '',
          '* 📄 จัดทำเป็น **ไฟล์ Word** ตามแบบฟอร์มของ สอศ.', '* ✍️ เพิ่ม **ช่องลงนามผู้อำนวยการวิทยาลัย**',
          '* 🎨 ทำเป็น **Infographic** สำหรับโพสต์ลงเพจ Facebook ของวิทยาลัย', '', 'บอกได้เลยครับ 😊', '']
    fn = 'm01_tech_rayongwari_measures_2570.md'
    write(fn, '\n'.join(L))
    label(fn, 'measures', 2570, A, U_MEA, M, ['มาตรการที่ 3: ระยะเวลา "(ระบุ)"',
                                             'เอกสารยังมีข้อความสนทนาของ ChatGPT (คำนำ "แน่นอนครับ" และข้อเสนอช่วยเหลือท้ายเอกสาร) และไม่มีการลงนามอนุมัติ'],
          'NEW FORM: a CHATGPT ANSWER copied with the Copy button and uploaded as .md: a chat preamble ("แน่นอนครับ ✅ ด้านล่างนี้คือ ร่าง…"), '
          '`---` rules, "# 📘 title" (FY 2570), bold "หน่วยงาน/สังกัด" lines, "## 1." analysis with a pipe score table (87.35 ผ่าน) and '
          'both sections as emoji H3 + "* " bullets, "## 2." with each measure as "### ✅ มาตรการที่ n: title" + bold "🛠️ ขั้นตอน/วิธีการ" + '
          '1. 2. 3. steps + "* **label:** value" bullets (ผลที่คาดว่าจะได้รับ = outcome), a 💡 blockquote tip inside measure 3 that suggests a '
          'period ("เช่น ภาคเรียนที่ 2/2569") but is advice, not the period; "## 3. สรุปภาพรวมมาตรการ" REPEATS the five measures in a summary '
          'pipe table (มาตรการ | ผู้รับผิดชอบหลัก | ตัวชี้วัดหลัก) - the same measures again, not new units; then the chatbot\'s offer of more '
          'help and "บอกได้เลยครับ 😊". Measure 3\'s period is "(ระบุ)".', BOTH)


# =====================================================================================================
# m02 DOCX provincial FISHERIES office: an announcement (ประกาศ); WRONG BAND 83.92 ผ่าน; monitoring empty (ข้อ 2)
# =====================================================================================================
def m02():
    A = 'สำนักงานประมงจังหวัดตราดวารี'
    M = [
        mk(1, 'การเปิดเผยข้อมูลการออกใบอนุญาตทำการประมงพาณิชย์และการแจ้งเข้า–ออกท่า',
           ['1. เผยแพร่ขั้นตอน ระยะเวลา และค่าธรรมเนียมบนเว็บไซต์', '2. เผยแพร่สถิติการออกใบอนุญาตรายเดือน', '3. แสดงสถานะคำขอผ่านระบบ Fishing Info'],
           'กลุ่มบริหารจัดการด้านการประมง', 'ต.ค. 2569 – ก.ย. 2570', 'ประมงจังหวัดตรวจสอบทุกเดือน',
           outc='ชาวประมงติดตามสถานะคำขอได้เองร้อยละ 100'),
        mk(2, 'การป้องกันการเรียกรับผลประโยชน์ในการตรวจเรือประมงที่ศูนย์ PIPO',
           ['1. ตรวจเรือร่วมกันอย่างน้อย 2 หน่วยงาน', '2. บันทึกภาพการตรวจทุกลำ', '3. เปิดช่องทางแจ้งเบาะแสผ่าน QR Code'],
           'ศูนย์ควบคุมการแจ้งเข้า–ออกเรือประมง (PIPO) ตราดวารี', 'ต.ค. 2569 – ก.ย. 2570', '',
           outc='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์'),
        mk(3, 'การเผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการสนับสนุนปัจจัยการผลิตแก่เกษตรกร',
           ['1. ประกาศรายชื่อเกษตรกรผู้ได้รับพันธุ์สัตว์น้ำ', '2. เผยแพร่ สขร.1 รายเดือน'],
           'ฝ่ายบริหารทั่วไป / กลุ่มส่งเสริมการประมง', 'ต.ค. 2569 – ก.ย. 2570', 'คณะทำงาน ITA ตรวจสอบทุกไตรมาส',
           outc='เกษตรกรตรวจสอบรายชื่อผู้ได้รับการสนับสนุนได้'),
        mk(4, 'การส่งเสริมคุณธรรมและการไม่รับของขวัญของเจ้าหน้าที่ประมง',
           ['1. ประกาศนโยบาย No Gift Policy', '2. อบรมประมวลจริยธรรมข้าราชการกรมประมง'],
           'ฝ่ายบริหารทั่วไป', 'ธ.ค. 2569 – มี.ค. 2570', 'รายงานกรมประมงรอบ 6 เดือน', outc='บุคลากรไม่รับของขวัญร้อยละ 100'),
    ]
    d = new_doc('Garuda', 12)
    sec = d.sections[0]
    footer_pages(sec, '- {P} -')
    para(d, '[ตราครุฑ]', center=True, size=10)
    para(d, 'ประกาศสำนักงานประมงจังหวัดตราดวารี', bold=True, center=True, size=15)
    para(d, 'เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', bold=True, center=True, size=14)
    para(d, '---------------------------------------', center=True)
    para(d, 'ตามที่สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569 กรมประมงได้รับ'
            'ผลการประเมิน ดังนี้', indent=0)
    t = d.add_table(rows=2, cols=5); t.style = 'Table Grid'
    for i, (k, v) in enumerate([('IIT', '88.40'), ('EIT', '78.35'), ('OIT', '85.01'), ('คะแนนรวม', '83.92'), ('ระดับผลการประเมิน', 'ผ่าน')]):
        cell(t.rows[0].cells[i], k, bold=True, center=True); cell(t.rows[1].cells[i], v, center=True)
    para(d, 'ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน', bold=True)
    para(d, '(1) ผู้รับบริการภายนอกเห็นว่ายังมีการเรียกรับผลประโยชน์ในการตรวจเรือประมง (EIT)', indent=0.8)
    para(d, '(2) การเปิดเผยข้อมูลการสนับสนุนปัจจัยการผลิตยังไม่ครบถ้วน (OIT)', indent=0.8)
    para(d, 'ประเด็นที่ต้องพัฒนาให้ดีขึ้น', bold=True)
    para(d, '(1) การสื่อสารขั้นตอนการออกใบอนุญาตให้ชาวประมงพื้นบ้านเข้าใจง่าย', indent=0.8)
    para(d, 'สำนักงานประมงจังหวัดตราดวารีจึงประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใส ดังนี้')
    hdr = ['ข้อ', 'มาตรการ', 'แนวทาง/วิธีการ', 'ผู้รับผิดชอบ', 'ห้วงเวลา', 'การติดตาม', 'ตัวชี้วัด']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, x in enumerate(hdr):
        cell(t.rows[0].cells[i], x, bold=True, center=True, size=11); shade(t.rows[0].cells[i], 'DEEAF6')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for i, v in enumerate(['ข้อ %d' % m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(r[i], v, size=11, center=(i == 0))
    widths(t, [1.2, 3.2, 3.8, 2.5, 1.9, 2.0, 2.4])
    para(d, '')
    para(d, 'จึงประกาศมาเพื่อทราบโดยทั่วกัน', indent=1.5)
    para(d, 'ประกาศ ณ วันที่ 20 พฤศจิกายน พ.ศ. 2569', indent=4)
    para(d, '')
    para(d, '(นายวีระพงษ์ ทะเลทอง)', center=True)
    para(d, 'ประมงจังหวัดตราดวารี', center=True)
    fn = 'm02_fisheries_tratwari_measures_2570.docx'
    d.save(os.path.join(OUT, fn))
    to_pdf(os.path.join(OUT, fn))
    label(fn, 'measures', 2570, A, U_MEA, M,
          ['คะแนนรวม 83.92 ต่ำกว่า 85 แต่ระบุระดับผลการประเมิน "ผ่าน" (ระดับผิด)', 'ข้อ 2: ช่องการติดตามว่าง'],
          'Word (Garuda) written as an announcement (ประกาศสำนักงาน… เรื่อง มาตรการ… FY 2570, "[ตราครุฑ]" placeholder): score table, both '
          'sections with (1)(2) items, 7-column table "ข้อ 1–4", "แนวทาง/วิธีการ", "ห้วงเวลา", "การติดตาม", "ตัวชี้วัด" (= outcome), then '
          '"ประกาศ ณ วันที่" and the signature; footer "- n -".', BOTH)


# =====================================================================================================
# m03 HTML city municipality: measures as <section> blocks (h4 + ol + key/value table); IMPROVEMENTS missing
# =====================================================================================================
def m03():
    A = 'เทศบาลนครชลวารี'
    M = [
        mk(1, 'การเปิดเผยข้อมูลการอนุญาตก่อสร้างอาคารและใบอนุญาตประกอบกิจการผ่านระบบ e-Service',
           ['พัฒนาระบบยื่นคำขอและติดตามสถานะออนไลน์', 'เผยแพร่สถิติการอนุญาตรายเดือน', 'แจ้งผลการพิจารณาผ่าน SMS และ LINE'],
           'สำนักการช่าง / สำนักการสาธารณสุขและสิ่งแวดล้อม', 'ต.ค. 2569 – ก.ย. 2570', 'รองปลัดเทศบาลที่กำกับดูแลติดตามทุกเดือน',
           outc='ผู้ขออนุญาตติดตามสถานะได้เองร้อยละ 100'),
        mk(2, 'การป้องกันการทุจริตในการจัดเก็บภาษีป้ายและค่าธรรมเนียมเก็บขนขยะจากสถานประกอบการริมชายหาด',
           ['สำรวจป้ายด้วยภาพถ่ายทางอากาศและระบบแผนที่ภาษี', 'ออกใบเสร็จอิเล็กทรอนิกส์ทุกราย', 'หมุนเวียนเจ้าหน้าที่จัดเก็บทุกไตรมาส'],
           'สำนักการคลัง (ส่วนพัฒนารายได้)', 'ม.ค. – ก.ย. 2570', 'ตรวจสอบยอดจัดเก็บเทียบทะเบียนผู้ประกอบการรายเดือน',
           outc='รายได้เพิ่มขึ้นร้อยละ 8 ไม่มีเรื่องร้องเรียน'),
        mk(3, 'การเสริมสร้างความโปร่งใสในการบริหารงานบุคคลและการจ้างพนักงานจ้าง',
           ['ประกาศรับสมัครพนักงานจ้างบนเว็บไซต์ไม่น้อยกว่า 10 วัน', 'เปิดเผยผลการสอบคัดเลือกพร้อมคะแนน', 'เปิดช่องทางอุทธรณ์'],
           'สำนักปลัดเทศบาล (ฝ่ายการเจ้าหน้าที่)', 'ต.ค. 2569 – ก.ย. 2570', 'รายงานคณะกรรมการพนักงานเทศบาลจังหวัดชลวารี',
           outc='บุคลากรและผู้สมัครเชื่อมั่นในความเป็นธรรม'),
        mk(4, 'การเผยแพร่ข้อมูลการใช้จ่ายงบประมาณโครงการพัฒนาชายหาดและการท่องเที่ยว',
           ['เผยแพร่แผนและผลการใช้จ่ายงบประมาณรายไตรมาส', 'จัดทำป้ายโครงการพร้อม QR Code ทุกโครงการ'],
           'กองยุทธศาสตร์และงบประมาณ', 'ทุกไตรมาส', 'ผู้อำนวยการกองยุทธศาสตร์ฯ ตรวจสอบก่อนเผยแพร่',
           outc='ประชาชนตรวจสอบการใช้จ่ายได้ครบทุกโครงการ'),
    ]
    title = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570'
    secs = []
    for m in M:
        secs.append('''<section class="measure" id="m%d">
  <h4><span class="badge">%d</span> %s</h4>
  <p class="sub">แนวทางการดำเนินงาน</p>
  <ol>%s</ol>
  <table class="kv">
    <tr><th>หน่วยงานรับผิดชอบ</th><td>%s</td></tr>
    <tr><th>ระยะเวลาดำเนินการ</th><td>%s</td></tr>
    <tr><th>การติดตามผล</th><td>%s</td></tr>
    <tr><th>ผลที่คาดว่าจะได้รับ</th><td>%s</td></tr>
  </table>
</section>''' % (m['n'], m['n'], m['title'], ''.join('<li>%s</li>' % s for s in m['steps']), m['resp'], m['period'], m['mon'], m['outc']))
    h = '''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>%s | %s</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>
body{font-family:"Sarabun",Tahoma,sans-serif;background:#f3f7fa;margin:0}.wrap{max-width:960px;margin:auto;background:#fff;padding:24px}
.measure{border-left:5px solid #0277bd;background:#f9fcff;margin:18px 0;padding:10px 16px}.badge{display:inline-block;background:#0277bd;color:#fff;border-radius:50%%;width:28px;height:28px;text-align:center}
.kv{border-collapse:collapse}.kv th{text-align:left;width:170px;color:#01579b;padding:3px 8px 3px 0;vertical-align:top}.kv td{padding:3px 0}
.sub{font-weight:bold;margin:6px 0 2px}
</style>
</head>
<body>
<div class="wrap">
<nav class="crumb"><a href="/">หน้าแรก</a> › <a href="/ita">ITA 2570</a> › O12 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</nav>
<h1>%s</h1>
<p><b>%s</b> อำเภอเมืองชลวารี จังหวัดชลวารี</p>
<h2>1. ผลการวิเคราะห์การประเมิน ITA ปี 2569</h2>
<p>เทศบาลนครชลวารีได้คะแนนรวม 90.77 คะแนน อยู่ในระดับ ผ่าน โดยมีรายละเอียดการวิเคราะห์ ดังนี้</p>
<h3>ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน</h3>
<ul><li>การอนุญาตก่อสร้างอาคารใช้เวลานาน ผู้ขอไม่สามารถติดตามสถานะได้ (EIT)</li><li>การจัดเก็บภาษีป้ายจากสถานประกอบการริมชายหาดไม่ทั่วถึง</li><li>ข้อมูลการใช้จ่ายงบประมาณโครงการเผยแพร่ไม่ครบ (OIT)</li></ul>
<h2>2. มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h2>
%s
<p class="sign">ประกาศ ณ วันที่ 18 พฤศจิกายน 2569<br>(นายพงศกร ชลสินธุ์)<br>นายกเทศมนตรีนครชลวารี</p>
</div>
<footer>© 2026 เทศบาลนครชลวารี | ศูนย์ข้อมูลข่าวสาร โทร. 0 3827 xxxx</footer>
</body>
</html>
''' % (title, A, title, A, '\n'.join(secs))
    fn = 'm03_tn_chonwari_measures_2570.html'
    write(fn, h)
    label(fn, 'measures', 2570, A, U_MEA, M, ['ไม่มีส่วน "ประเด็นที่ต้องพัฒนาให้ดีขึ้น" (มีเฉพาะข้อบกพร่อง/จุดอ่อน)'],
          'Static HTML page: analysis (90.77 ผ่าน) with ONLY the weaknesses list; each measure a <section> with a numbered badge in the h4, '
          '"แนวทางการดำเนินงาน" + <ol> steps and a key/value table (หน่วยงานรับผิดชอบ, ระยะเวลาดำเนินการ, การติดตามผล, ผลที่คาดว่าจะได้รับ = outcome).',
          {'weaknesses': 'present', 'improvements': 'missing'})


# =====================================================================================================
# m04 TXT อบจ., COMPLETE; measures numbered ๒.๑–๒.๔ under part ๒; tab-separated labels
# =====================================================================================================
def m04():
    A = 'องค์การบริหารส่วนจังหวัดประจวบวารี'
    M = [
        mk('๒.๑', 'การเปิดเผยข้อมูลโครงการก่อสร้างถนนและสะพานผ่านระบบแผนที่ออนไลน์',
           ['(๑) จัดทำฐานข้อมูลพิกัดโครงการ', '(๒) เผยแพร่สถานะโครงการบนแผนที่ออนไลน์', '(๓) ปรับปรุงข้อมูลทุกเดือน'],
           'กองช่าง / กองยุทธศาสตร์และงบประมาณ', 'ธ.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'รองนายก อบจ. ที่กำกับดูแลติดตามทุกไตรมาส',
           outc='ประชาชนตรวจสอบโครงการได้ครบทุกอำเภอ'),
        mk('๒.๒', 'การป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้างและการตรวจรับงาน',
           ['(๑) กรรมการลงนามแบบแสดงความไม่มีส่วนได้เสีย', '(๒) ถ่ายภาพการตรวจรับทุกงวดงานพร้อมพิกัด', '(๓) หมุนเวียนผู้ควบคุมงาน'],
           'กองพัสดุและทรัพย์สิน', 'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'ปลัด อบจ. ตรวจสอบรายงานการตรวจรับทุกเดือน',
           outc='ไม่มีข้อร้องเรียนการตรวจรับงาน'),
        mk('๒.๓', 'การพัฒนาช่องทางรับเรื่องร้องเรียนและแจ้งเบาะแสการทุจริต',
           ['(๑) เปิด LINE OA ของ อบจ.', '(๒) ตั้งจุดรับเรื่องที่ รพ.สต. ที่ถ่ายโอน', '(๓) แจ้งผลแก่ผู้ร้องภายใน ๑๕ วัน'],
           'สำนักปลัด อบจ. (ศูนย์รับเรื่องราวร้องทุกข์)', 'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'รายงานนายก อบจ. ทุกเดือน',
           outc='แก้ไขเรื่องร้องเรียนภายในกำหนดร้อยละ ๙๕'),
        mk('๒.๔', 'การส่งเสริมวัฒนธรรมสุจริตแก่บุคลากรและโรงเรียนในสังกัด',
           ['(๑) จัดค่ายเยาวชนสุจริต', '(๒) อบรมครูเรื่องผลประโยชน์ทับซ้อน', '(๓) ประกวดโรงเรียนสุจริตต้นแบบ'],
           'กองการศึกษา ศาสนาและวัฒนธรรม', 'พ.ค. – ส.ค. ๒๕๗๐', 'ประเมินผลโครงการและรายงานสภา อบจ.',
           outc='โรงเรียนในสังกัดเข้าร่วมครบ ๙ แห่ง'),
    ]
    L = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', A, '', '',
         '๑. การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
         '\tผลคะแนน ๙๑.๔๐ คะแนน\tระดับผลการประเมิน ผ่าน', '',
         '\tประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน',
         '\t\t- ข้อมูลโครงการก่อสร้างไม่ครอบคลุมทุกอำเภอ', '\t\t- ผู้รับจ้างบางรายสงสัยความเป็นกลางในการตรวจรับงาน', '',
         '\tประเด็นที่ต้องพัฒนาให้ดีขึ้น', '\t\t- ช่องทางรับฟังความคิดเห็นของประชาชนพื้นที่ห่างไกล', '\t\t- วัฒนธรรมสุจริตในโรงเรียนสังกัด อบจ.', '',
         '๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '']
    for m in M:
        L.append('%s %s' % (m['n'], m['title']))
        L.append('\tวิธีดำเนินการ')
        L += ['\t\t' + s for s in m['steps']]
        for lab, key in [('ผู้รับผิดชอบ', 'resp'), ('ระยะเวลา', 'period'), ('การติดตามผล', 'mon'), ('ผลที่คาดว่าจะได้รับ', 'outc')]:
            L.append('\t%s\t%s' % (lab, m[key]))
        L.append('')
    L += ['ประกาศ ณ วันที่ ๒๕ พฤศจิกายน ๒๕๖๙', '\t\t\t(นายชาตรี ประจวบสุข)', '\t\t\tนายกองค์การบริหารส่วนจังหวัดประจวบวารี', '']
    fn = 'm04_pao_prachuapwari_measures_2570.txt'
    write(fn, '\n'.join(L))
    label(fn, 'measures', 2570, A, U_MEA, M, [],
          'Plain text (UTF-8, LF, TAB indents): title over three lines, part ๑ analysis (๙๑.๔๐ ผ่าน) with both sections, part ๒ with '
          'measures numbered ๒.๑–๒.๔ (Thai digits; `number` as displayed), "วิธีดำเนินการ" + (๑)(๒)(๓) steps, TAB-separated label/value lines; '
          'ผลที่คาดว่าจะได้รับ = outcome. COMPLETE.', BOTH)


# =====================================================================================================
# m05 PDF (Word -> LibreOffice) UNIVERSITY FACULTY: cover, TOC, appendix; steps '-' (3); period '......' (4)
# =====================================================================================================
def m05():
    A = 'คณะวิทยาศาสตร์และศิลปศาสตร์ มหาวิทยาลัยบูรพาวารี วิทยาเขตจันทวารี'
    M = [
        mk(1, 'การเปิดเผยข้อมูลการใช้จ่ายเงินรายได้และงบประมาณโครงการวิจัย',
           ['1) เผยแพร่แผนการใช้จ่ายเงินรายได้ของคณะ', '2) รายงานผลการเบิกจ่ายโครงการวิจัยรายไตรมาส', '3) เผยแพร่บนเว็บไซต์คณะ'],
           'งานคลังและพัสดุ / งานบริหารงานวิจัย', 'ต.ค. 2569 – ก.ย. 2570', 'รองคณบดีฝ่ายบริหารรายงานคณะกรรมการประจำคณะทุกไตรมาส',
           outc='บุคลากรและนักศึกษาตรวจสอบการใช้จ่ายได้'),
        mk(2, 'การป้องกันผลประโยชน์ทับซ้อนในการประเมินผลการเรียนและการรับนิสิตระดับบัณฑิตศึกษา',
           ['1) ให้อาจารย์แจ้งความสัมพันธ์กับผู้สมัคร', '2) ใช้กรรมการสัมภาษณ์อย่างน้อย 3 คน', '3) เปิดเผยเกณฑ์การให้คะแนน'],
           'งานบริการการศึกษา', 'ม.ค. – มิ.ย. 2570', 'รองคณบดีฝ่ายวิชาการตรวจสอบทุกภาคการศึกษา',
           outc='ไม่มีเรื่องร้องเรียนการประเมินผลหรือการรับนิสิต'),
        mk(3, 'การใช้ทรัพย์สินและห้องปฏิบัติการของคณะอย่างถูกต้อง', '-',
           'งานอาคารสถานที่และห้องปฏิบัติการ', 'ต.ค. 2569 – ก.ย. 2570', 'หัวหน้าสำนักงานคณบดีตรวจสอบทะเบียนทุกภาคการศึกษา',
           outc='ไม่พบการใช้ทรัพย์สินของคณะเพื่อประโยชน์ส่วนตน'),
        mk(4, 'การส่งเสริมวัฒนธรรมสุจริตและจรรยาบรรณนักวิจัย',
           ['1) อบรมจริยธรรมการวิจัยและการป้องกันการลอกเลียนผลงาน', '2) ตรวจสอบผลงานด้วยโปรแกรมอักขราวิสุทธิ์', '3) ยกย่องนักวิจัยต้นแบบ'],
           'งานบริหารงานวิจัย', '......', 'รายงานคณบดีเมื่อสิ้นปีงบประมาณ',
           outc='ผลงานวิจัยผ่านการตรวจสอบการลอกเลียนร้อยละ 100'),
    ]
    d = new_doc('Sawasdee', 13)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    for _ in range(5):
        para(d, '')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, center=True, size=20)
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2570', bold=True, center=True, size=20)
    for _ in range(9):
        para(d, '')
    para(d, 'คณะวิทยาศาสตร์และศิลปศาสตร์', bold=True, center=True, size=18)
    para(d, 'มหาวิทยาลัยบูรพาวารี วิทยาเขตจันทวารี', center=True, size=16)
    page_break(d)
    para(d, 'สารบัญ', bold=True, center=True, size=16)
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    for k, pg in [('ส่วนที่ 1 การวิเคราะห์ผลการประเมิน ITA ปี 2569', 3), ('ส่วนที่ 2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 3),
                  ('ภาคผนวก คำสั่งแต่งตั้งคณะทำงาน', 5)]:
        p = para(d, '')
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run('%s\t%d' % (k, pg))
    page_break(d)
    para(d, 'ส่วนที่ 1 การวิเคราะห์ผลการประเมิน ITA ปี 2569', bold=True, size=15)
    para(d, 'มหาวิทยาลัยบูรพาวารีได้คะแนนรวม 88.12 คะแนน ระดับ ผ่าน คณะวิทยาศาสตร์และศิลปศาสตร์ได้วิเคราะห์ผลการประเมินร่วมกับวิทยาเขต ดังนี้', indent=1)
    para(d, '1.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน', bold=True, indent=0.5)
    para(d, '• การใช้ห้องปฏิบัติการและครุภัณฑ์วิทยาศาสตร์นอกเวลาราชการยังไม่มีการควบคุม', indent=1.2)
    para(d, '• การเปิดเผยข้อมูลการใช้จ่ายเงินรายได้ยังไม่ครบ', indent=1.2)
    para(d, '1.2 ประเด็นที่ต้องพัฒนาให้ดีขึ้น', bold=True, indent=0.5)
    para(d, '• ความโปร่งใสในการรับนิสิตระดับบัณฑิตศึกษา', indent=1.2)
    para(d, '• การปลูกฝังจรรยาบรรณนักวิจัย', indent=1.2)
    para(d, 'ส่วนที่ 2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส', bold=True, size=15)
    hdr = ['ลำดับ', 'มาตรการ', 'กิจกรรม/ขั้นตอน', 'หน่วยงานรับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามประเมินผล', 'ผลลัพธ์ที่คาดหวัง']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, x in enumerate(hdr):
        cell(t.rows[0].cells[i], x, bold=True, center=True, size=11); shade(t.rows[0].cells[i], 'E4DFEC')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for i, v in enumerate(['(%d)' % m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(r[i], v, size=11, center=(i == 0 or v in ('-', '......')))
    widths(t, [1.2, 3.0, 4.2, 2.4, 2.0, 2.3, 2.3])
    para(d, '')
    para(d, 'ลงชื่อ ..................................... คณบดี', center=True)
    para(d, '(ผู้ช่วยศาสตราจารย์ ดร.วิไลวรรณ จันทรังษี)', center=True)
    page_break(d)
    para(d, 'ภาคผนวก', bold=True, center=True, size=16)
    para(d, 'คำสั่งคณะวิทยาศาสตร์และศิลปศาสตร์ ที่ 214/2569 เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส', center=True)
    footer_pages(sec, '{P}')
    src = os.path.join(BUILD, 'm05.docx'); d.save(src)
    pdf = to_pdf(src); fn = 'm05_sci_chanthawari_measures_2570.pdf'
    shutil.copy(pdf, os.path.join(OUT, fn))
    label(fn, 'measures', 2570, A, U_MEA, M, ['มาตรการ (3): กิจกรรม/ขั้นตอน "-"', 'มาตรการ (4): ระยะเวลาดำเนินการ "......"'],
          'Word (Sawasdee) exported to PDF by LibreOffice: cover page (no footer), a table of contents with dot leaders, analysis 1.1/1.2 '
          '(88.12 ผ่าน), a 7-column table (ลำดับ "(1)–(4)", กิจกรรม/ขั้นตอน, หน่วยงานรับผิดชอบ, ระยะเวลาดำเนินการ, การติดตามประเมินผล, '
          'ผลลัพธ์ที่คาดหวัง = outcome) with a shaded repeated header, signature and an appendix page.', BOTH)


# =====================================================================================================
# p01 MD SCHOOL plan: nested list per activity; monitoring 'ไม่มี' (3)
# =====================================================================================================
def p01():
    A = 'โรงเรียนราชวารีวิทยาลัย'
    M = [
        mk(1, 'โครงการโรงเรียนสุจริต: ชมรมสตรองต้านทุจริต',
           ['รับสมัครสมาชิกชมรมจากนักเรียนทุกระดับชั้น', 'จัดกิจกรรมรณรงค์ต้านทุจริตเดือนละ 1 ครั้ง', 'ประกวดคลิปสั้น "โตไปไม่โกง"'],
           'กลุ่มบริหารกิจการนักเรียน', 'พ.ย. 2569 – ก.ย. 2570', 'รองผู้อำนวยการกลุ่มบริหารกิจการนักเรียนรายงานทุกภาคเรียน',
           outc='นักเรียนเข้าร่วมกิจกรรมไม่น้อยกว่าร้อยละ 80'),
        mk(2, 'กิจกรรมเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายเงินระดมทรัพยากร',
           ['ประกาศแผนจัดซื้อจัดจ้างบนเว็บไซต์โรงเรียน', 'รายงานการใช้จ่ายเงินระดมทรัพยากรต่อคณะกรรมการสถานศึกษา', 'เผยแพร่ สขร.1 รายเดือน'],
           'กลุ่มบริหารงบประมาณ', 'ต.ค. 2569 – ก.ย. 2570', 'คณะกรรมการสถานศึกษาขั้นพื้นฐานตรวจสอบทุกภาคเรียน',
           outc='เผยแพร่ข้อมูลครบ 12 เดือน'),
        mk(3, 'กิจกรรมจัดทำคู่มือการรับนักเรียนอย่างโปร่งใส ไม่เรียกรับเงิน',
           ['จัดทำคู่มือและประกาศเกณฑ์การรับนักเรียน', 'ประกาศผลพร้อมคะแนนสอบ'],
           'กลุ่มบริหารวิชาการ (งานทะเบียน)', 'ก.พ. – พ.ค. 2570', 'ไม่มี',
           outc='ไม่มีเรื่องร้องเรียนการเรียกรับเงินในการรับนักเรียน'),
        mk(4, 'กิจกรรมอบรมครูและบุคลากรเรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม',
           ['อบรมโดยวิทยากรจาก สพม.ราชวารี', 'ทดสอบความรู้หลังอบรม'],
           'กลุ่มบริหารงานบุคคล', 'ต.ค. 2569', 'ประเมินผลหลังอบรมและรายงานผู้อำนวยการ',
           outc='ครูผ่านแบบทดสอบร้อยละ 90'),
    ]
    L = ['# แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', '',
         '**%s** สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาราชวารี' % A, '',
         '> ผลการประเมิน ITA ปี 2569 ของ สพม.ราชวารี : 92.05 คะแนน (ผ่าน)', '',
         '## กิจกรรมตามแผน', '']
    for m in M:
        L.append('%d. **%s**' % (m['n'], m['title']))
        L.append('   - วิธีดำเนินการ')
        L += ['     - ' + s for s in m['steps']]
        L += ['   - ผู้รับผิดชอบ: ' + m['resp'], '   - ระยะเวลา: ' + m['period'], '   - การติดตามผล: ' + m['mon'],
              '   - ตัวชี้วัดความสำเร็จ: ' + m['outc'], '']
    L += ['---', '', 'ผู้เสนอแผน: นางสาวรัชนี ราชวงศ์ (ครูชำนาญการพิเศษ หัวหน้างานแผนงาน)  ', 'ผู้อนุมัติแผน: นายประพันธ์ วารีศรี (ผู้อำนวยการโรงเรียนราชวารีวิทยาลัย)', '']
    fn = 'p01_school_ratchawari_plan_2570.md'
    write(fn, '\n'.join(L))
    label(fn, 'plan', 2570, A, U_PLN, M, ['กิจกรรมที่ 3: การติดตามผล "ไม่มี"'],
          'Markdown numbered list 1.–4. with the bold activity title, then nested "- label: value" bullets (วิธีดำเนินการ with its own nested '
          'step bullets, ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, ตัวชี้วัดความสำเร็จ = outcome). No general follow-up statement, so activity 3\'s '
          '"ไม่มี" monitoring is missing.')


# =====================================================================================================
# p02 HTML  NEW: an EXCEL sheet "Publish as Web Page" (.htm) with a HIDDEN ROW and a HIDDEN COLUMN
# =====================================================================================================
def p02():
    A = 'สำนักงานพาณิชย์จังหวัดจันทวารี'
    S = '28471'
    M = [
        mk(1, 'กิจกรรมเผยแพร่ราคาผลไม้ ณ จุดรับซื้อ (ล้ง) และราคาแนะนำรายวัน',
           ['1. สำรวจราคารับซื้อทุเรียน มังคุด เงาะ ทุกวัน', '2. เผยแพร่ผ่านเว็บไซต์ LINE OA และป้ายหน้าจุดรับซื้อ'],
           'กลุ่มกำกับและพัฒนาการค้า', 'เม.ย. – ก.ค. 2570', 'พาณิชย์จังหวัดตรวจสอบรายงานราคาทุกสัปดาห์',
           outc='เกษตรกรทราบราคารับซื้อทุกวันตลอดฤดูกาล', note=''),
        mk(2, 'กิจกรรมตรวจสอบเครื่องชั่งตวงวัดที่จุดรับซื้อผลไม้โดยเปิดเผยผลการตรวจ',
           ['1. ตรวจเครื่องชั่งร่วมกับสำนักงานชั่งตวงวัด', '2. ประกาศผลการตรวจรายสัปดาห์'],
           'กลุ่มกำกับและพัฒนาการค้า', 'มี.ค. – ส.ค. 2570', 'รายงานผลต่อคณะทำงาน ITA ทุกเดือน',
           outc='เครื่องชั่งผ่านการตรวจร้อยละ 100', note=''),
        mk(3, 'กิจกรรมเปิดเผยข้อมูลการจัดซื้อจัดจ้างประจำเดือน',
           ['1. จัดทำ สขร.1', '2. เผยแพร่บนเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป'],
           'ฝ่ายบริหารทั่วไป', 'ต.ค. 2569 – ก.ย. 2570', 'หัวหน้าฝ่ายบริหารทั่วไปตรวจสอบทุกเดือน',
           outc='เผยแพร่ครบ 12 เดือน', note=''),
        mk(5, 'กิจกรรมอบรมเจ้าหน้าที่เรื่องการป้องกันผลประโยชน์ทับซ้อนในการกำกับดูแลการค้า',
           ['1. จัดอบรม 1 วัน', '2. ทดสอบความรู้หลังอบรม'],
           'ฝ่ายบริหารทั่วไป', '', 'ประเมินผลหลังการอบรม',
           outc='เจ้าหน้าที่ผ่านแบบทดสอบร้อยละ 90', note='ระยะเวลา มี.ค.–เม.ย. 70 รอยืนยันวิทยากร'),
        mk(6, 'กิจกรรมติดตามและรายงานผลการดำเนินงานตามแผน รอบ 6 เดือน และ 12 เดือน',
           ['1. รวบรวมผลการดำเนินงานจากทุกกลุ่มงาน', '2. สรุปรายงานเสนอพาณิชย์จังหวัด'],
           'ฝ่ายบริหารทั่วไป (งานแผน)', 'มี.ค. และ ก.ย. 2570', 'พาณิชย์จังหวัดพิจารณารายงาน',
           outc='รายงานผล 2 ครั้ง', note=''),
    ]
    HID = mk(4, 'กิจกรรมจัดงาน "ตลาดนัดผลไม้ประชารัฐ" เปิดเผยราคาและรายชื่อผู้ค้า (ยกเลิก)',
             ['1. คัดเลือกผู้ค้า', '2. ประกาศรายชื่อ'], 'กลุ่มส่งเสริมการค้า', 'พ.ค. 2570', 'รายงานพาณิชย์จังหวัด',
             outc='ผู้ค้าเข้าร่วม 50 ราย', note='ยกเลิกตามมติที่ประชุม 12 พ.ย. 69 - ซ่อนแถวไว้')
    title = 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570'
    cw = [(46, 35), (260, 195), (300, 225), (150, 113), (110, 83), (170, 128), (170, 128)]
    def c(cls, v, extra=''):
        return '  <td class=xl%s%s%s>%s</td>\n' % (cls, S, extra, v)
    def row(m, hidden=False):
        tr = " <tr height=%d style='height:%.1fpt%s'>\n" % (0 if hidden else 84, 0 if hidden else 63.0, ';display:none' if hidden else '')
        tr += "  <td height=%d class=xl68%s style='height:%.1fpt' x:num>%d</td>\n" % (0 if hidden else 84, S, 0 if hidden else 63.0, m['n'])
        tr += c(69, m['title'])
        tr += c(69, '<br>\n  '.join(m['steps']))
        tr += c(69, m['resp']) + c(70, m['period'] or '&nbsp;') + c(69, m['mon']) + c(69, m['outc'])
        tr += "  <td class=xl69%s style='display:none'>%s</td>\n" % (S, m['note'])
        return tr + ' </tr>\n'
    body = ''
    for m in M:
        body += row(m)
        if m['n'] == 3:
            body += row(HID, hidden=True)
    cols = ''.join(" <col class=xl65%s width=%d style='mso-width-source:userset;mso-width-alt:%d;width:%dpt'>\n" % (S, px, px * 36, pt) for px, pt in cw)
    cols += " <col class=xl65%s width=0 style='display:none;mso-width-source:userset;mso-width-alt:6400'>\n" % S
    W = sum(px for px, _ in cw); WP = sum(pt for _, pt in cw)
    h = '''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="ITA70_plan_files/filelist.xml">
<style id="ITA70_plan_%(S)s_Styles">
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
.xl65%(S)s
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;color:black;font-size:14.0pt;font-weight:400;font-style:normal;
	text-decoration:none;font-family:"TH SarabunPSK", sans-serif;mso-font-charset:0;mso-number-format:General;text-align:general;
	vertical-align:bottom;mso-background-source:auto;mso-pattern:auto;white-space:nowrap;}
.xl66%(S)s
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;color:black;font-size:16.0pt;font-weight:700;
	font-family:"TH SarabunPSK", sans-serif;mso-font-charset:0;mso-number-format:General;text-align:center;vertical-align:middle;
	white-space:nowrap;}
.xl67%(S)s
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;color:black;font-size:14.0pt;font-weight:700;
	font-family:"TH SarabunPSK", sans-serif;mso-font-charset:0;text-align:center;vertical-align:middle;border:.5pt solid windowtext;
	background:#D9E1F2;mso-pattern:black none;white-space:normal;}
.xl68%(S)s
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;color:black;font-size:14.0pt;
	font-family:"TH SarabunPSK", sans-serif;mso-font-charset:0;mso-number-format:0;text-align:center;vertical-align:top;
	border:.5pt solid windowtext;white-space:nowrap;}
.xl69%(S)s
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;color:black;font-size:14.0pt;
	font-family:"TH SarabunPSK", sans-serif;mso-font-charset:0;mso-number-format:"\\@";text-align:left;vertical-align:top;
	border:.5pt solid windowtext;white-space:normal;}
.xl70%(S)s
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;color:black;font-size:14.0pt;
	font-family:"TH SarabunPSK", sans-serif;mso-font-charset:0;mso-number-format:"\\@";text-align:center;vertical-align:top;
	border:.5pt solid windowtext;white-space:normal;}
.xl71%(S)s
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;color:black;font-size:14.0pt;
	font-family:"TH SarabunPSK", sans-serif;mso-font-charset:0;text-align:left;vertical-align:top;white-space:nowrap;}
-->
</style>
</head>

<body>
<!--[if !excel]>&nbsp;&nbsp;<![endif]-->
<!--The following information was generated by Microsoft Excel's Publish as Web
Page wizard.-->
<!--If the same item is republished from Excel, all information between the DIV
tags will be replaced.-->
<!----------------------------->
<!--START OF OUTPUT FROM EXCEL PUBLISH AS WEB PAGE WIZARD -->
<!----------------------------->

<div id="ITA70_plan_%(S)s" align=center x:publishsource="Excel">

<table border=0 cellpadding=0 cellspacing=0 width=%(W)d class=xl65%(S)s
 style='border-collapse:collapse;table-layout:fixed;width:%(WP)dpt'>
%(cols)s <tr height=33 style='height:24.75pt'>
  <td colspan=7 height=33 class=xl66%(S)s width=%(W)d style='height:24.75pt;width:%(WP)dpt'>%(title)s</td>
  <td class=xl65%(S)s style='display:none'></td>
 </tr>
 <tr height=28 style='height:21.0pt'>
  <td colspan=7 height=28 class=xl66%(S)s style='height:21.0pt;font-size:14.0pt'>%(A)s กระทรวงพาณิชย์</td>
  <td class=xl65%(S)s style='display:none'></td>
 </tr>
 <tr height=28 style='height:21.0pt'>
  <td height=28 class=xl65%(S)s style='height:21.0pt'></td>
  <td class=xl71%(S)s>ผลการประเมิน ITA ปี 2569 (สำนักงานปลัดกระทรวงพาณิชย์)</td>
  <td class=xl65%(S)s></td>
  <td class=xl65%(S)s align=right x:num>90.26</td>
  <td class=xl71%(S)s>คะแนน</td>
  <td class=xl71%(S)s>ผ่าน</td>
  <td class=xl65%(S)s></td>
  <td class=xl65%(S)s style='display:none'></td>
 </tr>
 <tr height=56 style='height:42.0pt'>
  <td height=56 class=xl67%(S)s style='height:42.0pt'>ลำดับ</td>
  <td class=xl67%(S)s>กิจกรรม</td>
  <td class=xl67%(S)s>วิธีดำเนินการ</td>
  <td class=xl67%(S)s>ผู้รับผิดชอบ</td>
  <td class=xl67%(S)s>ระยะเวลา<br>
    ดำเนินการ</td>
  <td class=xl67%(S)s>การติดตามผล</td>
  <td class=xl67%(S)s>ตัวชี้วัด</td>
  <td class=xl67%(S)s style='display:none'>หมายเหตุ (ภายใน)</td>
 </tr>
%(body)s <tr height=28 style='height:21.0pt'>
  <td height=28 class=xl65%(S)s style='height:21.0pt'></td>
  <td colspan=6 class=xl71%(S)s>หมายเหตุ : กิจกรรมที่ 6 เป็นการติดตามและรายงานผลการดำเนินงานของทุกกิจกรรมตามแผน</td>
  <td class=xl65%(S)s style='display:none'></td>
 </tr>
 <tr height=28 style='height:21.0pt'>
  <td height=28 class=xl65%(S)s style='height:21.0pt'></td>
  <td class=xl65%(S)s></td>
  <td class=xl65%(S)s></td>
  <td colspan=3 class=xl71%(S)s>ลงชื่อ นางกาญจนา จันทรประภา ผู้อนุมัติ</td>
  <td class=xl65%(S)s></td>
  <td class=xl65%(S)s style='display:none'></td>
 </tr>
 <tr height=28 style='height:21.0pt'>
  <td height=28 class=xl65%(S)s style='height:21.0pt'></td>
  <td class=xl65%(S)s></td>
  <td class=xl65%(S)s></td>
  <td colspan=3 class=xl71%(S)s>พาณิชย์จังหวัดจันทวารี</td>
  <td class=xl65%(S)s></td>
  <td class=xl65%(S)s style='display:none'></td>
 </tr>
 <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'>
%(misc)s </tr>
 <![endif]>
</table>

</div>


<!----------------------------->
<!--END OF OUTPUT FROM EXCEL PUBLISH AS WEB PAGE WIZARD-->
<!----------------------------->
</body>

</html>
''' % dict(S=S, W=W, WP=WP, cols=cols, title=title, A=A, body=body,
           misc=''.join("  <td width=%d style='width:%dpt'></td>\n" % (px, pt) for px, pt in cw) + "  <td width=0></td>\n")
    fn = 'p02_moc_chanthawari_plan_2570.html'
    write(fn, h.replace('\n', '\r\n'))
    label(fn, 'plan', 2570, A, U_PLN, M, ['กิจกรรมที่ 5: ช่องระยะเวลาดำเนินการว่าง'],
          'NEW FORM: an EXCEL SHEET saved with "Publish as Web Page" (.htm uploaded as .html, CRLF): xmlns:x, ProgId Excel.Sheet, Generator '
          '"Microsoft Excel 15", File-List link to a missing _files folder, the per-publish style block (.xl65' + S + '…, mso-number-format, '
          'mso-width-source), the wizard\'s START/END OF OUTPUT comments, div x:publishsource="Excel", one fixed-layout table with <col> widths, '
          'the title and agency as colspan=7 merged cells, the score row split over cells (90.26 | คะแนน | ผ่าน), numbers as x:num cells, steps '
          'split by <br> inside one cell (Alt+Enter), and the <![if supportMisalignedColumns]> sizing row. A HIDDEN ROW (tr height=0 '
          'display:none) holds cancelled activity 4 - not displayed, not a unit, so the displayed numbers are 1, 2, 3, 5, 6. A HIDDEN COLUMN '
          '(col/td display:none) "หมายเหตุ (ภายใน)" holds internal notes - including a tentative period for activity 5 - not displayed, so '
          'activity 5\'s ระยะเวลา cell is empty = missing. Activity 6 is the plan\'s own follow-up (the note row says so); there is also a '
          'การติดตามผล column. ตัวชี้วัด = outcome.')


# =====================================================================================================
# p03 DOCX provincial DISASTER PREVENTION office: "แนวทางและมาตรการในการยกระดับ…", group rows; COMPLETE
# =====================================================================================================
def p03():
    A = 'สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดเพชรวารี'
    M = [
        mk('1.1', 'กิจกรรมเปิดเผยข้อมูลการช่วยเหลือผู้ประสบภัยและการจ่ายเงินทดรองราชการ',
           ['1) ประกาศรายชื่อผู้ได้รับความช่วยเหลือ', '2) เผยแพร่สรุปการใช้เงินทดรองราชการรายเดือน'], 'ฝ่ายช่วยเหลือผู้ประสบภัย',
           'ต.ค. 2569 – ก.ย. 2570', 'หัวหน้าสำนักงานตรวจสอบทุกเดือน', outc='ผู้ประสบภัยตรวจสอบสิทธิได้ร้อยละ 100'),
        mk('1.2', 'กิจกรรมเผยแพร่ข้อมูลการจัดซื้อจัดจ้างวัสดุและครุภัณฑ์กู้ภัย',
           ['1) เผยแพร่แผนจัดซื้อจัดจ้าง', '2) สรุปผล สขร.1 รายเดือน'], 'ฝ่ายบริหารทั่วไป (งานพัสดุ)',
           'ต.ค. 2569 – ก.ย. 2570', 'คณะทำงาน ITA ตรวจสอบทุกไตรมาส', outc='เผยแพร่ครบ 12 เดือน'),
        mk('2.1', 'กิจกรรมป้องกันการเรียกรับผลประโยชน์ในการสำรวจความเสียหายจากภัยพิบัติ',
           ['1) สำรวจร่วมกับผู้นำชุมชนและ อปท.', '2) ถ่ายภาพและบันทึกพิกัดความเสียหายทุกราย', '3) เปิดช่องทางแจ้งเบาะแส'],
           'ฝ่ายช่วยเหลือผู้ประสบภัย / ฝ่ายป้องกันภัย', 'เมื่อเกิดภัย ต.ค. 2569 – ก.ย. 2570', 'รายงานผู้ว่าราชการจังหวัดทุกครั้งที่เกิดภัย',
           outc='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์'),
        mk('2.2', 'กิจกรรมส่งเสริมจริยธรรมและการไม่รับของขวัญของเจ้าหน้าที่',
           ['1) ประกาศนโยบาย No Gift Policy', '2) อบรมประมวลจริยธรรม'], 'ฝ่ายบริหารทั่วไป', 'ธ.ค. 2569 – มี.ค. 2570',
           'รายงานกรมป้องกันและบรรเทาสาธารณภัยรอบ 6 เดือน', outc='บุคลากรไม่รับของขวัญร้อยละ 100'),
        mk('2.3', 'กิจกรรมติดตามและรายงานผลการขับเคลื่อนแนวทางและมาตรการ รอบ 6 และ 12 เดือน',
           ['1) รวบรวมผลจากทุกฝ่าย', '2) รายงานหัวหน้าสำนักงานและกรม'], 'ฝ่ายบริหารทั่วไป (งานแผน)', 'มี.ค. และ ก.ย. 2570',
           'หัวหน้าสำนักงานพิจารณารายงาน', outc='รายงาน 2 ครั้ง'),
    ]
    d = new_doc('Norasi', 13, landscape=True)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = 'ปภ.จังหวัดเพชรวารี | ITA 2570'; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(10)
    footer_pages(sec, 'หน้า {P}')
    para(d, 'แนวทางและมาตรการในการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', bold=True, center=True, size=17)
    para(d, A, center=True, size=15)
    para(d, 'ผลการประเมิน ITA ปี 2569 ของกรมป้องกันและบรรเทาสาธารณภัย ได้ 89.15 คะแนน ระดับ ผ่าน สำนักงานจึงกำหนดแนวทางและมาตรการในการยกระดับ '
            'โดยมีกิจกรรมตามตารางต่อไปนี้', indent=1)
    hdr = ['ที่', 'กิจกรรม', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, x in enumerate(hdr):
        cell(t.rows[0].cells[i], x, bold=True, center=True, size=12); shade(t.rows[0].cells[i], 'FFE699')
    repeat_header(t.rows[0])
    groups = {'1.1': 'ประเด็นที่ 1 การเปิดเผยข้อมูล', '2.1': 'ประเด็นที่ 2 การป้องกันการทุจริต'}
    for m in M:
        if m['n'] in groups:
            r = t.add_row(); c = r.cells[0].merge(r.cells[6]); cell(c, groups[m['n']], bold=True, size=12); shade(c, 'EDEDED')
        r = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(r[i], v, size=12, center=(i == 0))
    widths(t, [1.1, 5.0, 5.6, 3.6, 3.2, 4.0, 3.6])
    para(d, '')
    para(d, 'ลงชื่อ ............................................', center=True)
    para(d, '(นายอนันต์ เพชรสุวรรณ)', center=True)
    para(d, 'หัวหน้าสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดเพชรวารี', center=True)
    fn = 'p03_ddpm_phetwari_plan_2570.docx'
    d.save(os.path.join(OUT, fn))
    to_pdf(os.path.join(OUT, fn))
    label(fn, 'plan', 2570, A, U_PLN, M, [],
          'Word (Norasi, A4 landscape) "แนวทางและมาตรการในการยกระดับคุณธรรมและความโปร่งใส" (FY 2570): 7-column table with merged shaded group '
          'rows "ประเด็นที่ 1/2" (not units), activities 1.1–2.3, ผลที่คาดว่าจะได้รับ = outcome; activity 2.3 is the plan\'s own follow-up; '
          'running header and footer. COMPLETE.')


# =====================================================================================================
# p04 PDF (HTML -> Chromium) town municipality "แผนการขับเคลื่อน…"; indicator '-' (2); responsible '(ระบุ)' (5)
# =====================================================================================================
def p04():
    A = 'เทศบาลเมืองบ้านโป่งวารี'
    M = [
        mk(th(1), 'กิจกรรมเผยแพร่ข้อมูลข่าวสารและผลการดำเนินงานของเทศบาลผ่านเว็บไซต์และเพจ',
           ['๑.๑ แต่งตั้งผู้รับผิดชอบข้อมูลตามตัวชี้วัด OIT', '๑.๒ นำข้อมูลขึ้นเว็บไซต์ภายใน ๗ วัน'], 'สำนักปลัดเทศบาล (งานประชาสัมพันธ์)',
           'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'ปลัดเทศบาลตรวจสอบทุกเดือน', outc='ข้อมูล OIT ครบถ้วนร้อยละ ๑๐๐'),
        mk(th(2), 'กิจกรรมป้องกันการทุจริตในการออกใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ',
           ['๒.๑ ประกาศขั้นตอนและค่าธรรมเนียม', '๒.๒ ออกตรวจสถานประกอบการร่วมกัน ๒ กอง'], 'กองสาธารณสุขและสิ่งแวดล้อม',
           'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'ผู้อำนวยการกองสาธารณสุขฯ รายงานทุกไตรมาส', outc='-'),
        mk(th(3), 'โครงการเทศบาลเคลื่อนที่รับฟังความคิดเห็นและเรื่องร้องเรียน',
           ['๓.๑ ออกหน่วยบริการ ๑๒ ชุมชน', '๓.๒ รับเรื่องร้องเรียนและแจ้งผล'], 'สำนักปลัดเทศบาล / กองช่าง', 'ม.ค. – มิ.ย. ๒๕๗๐',
           'สรุปผลเสนอนายกเทศมนตรีทุกไตรมาส', outc='ออกหน่วยครบ ๑๒ ชุมชน'),
        mk(th(4), 'กิจกรรมเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณรายเดือน',
           ['๔.๑ จัดทำ สขร.๑', '๔.๒ เผยแพร่บนเว็บไซต์และบอร์ด'], 'กองคลัง', 'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'ผู้อำนวยการกองคลังตรวจสอบก่อนเผยแพร่',
           outc='เผยแพร่ครบ ๑๒ เดือน'),
        mk(th(5), 'กิจกรรมประกาศนโยบายไม่รับของขวัญและรายงานผลการปฏิเสธ',
           ['๕.๑ นายกเทศมนตรีลงนามประกาศ', '๕.๒ รายงานผลการปฏิเสธของขวัญ'], '(ระบุ)', 'ธ.ค. ๒๕๖๙ – ม.ค. ๒๕๗๐',
           'รายงานสำนักงาน ป.ป.ช. ประจำจังหวัดราชวารี', outc='บุคลากรไม่รับของขวัญร้อยละ ๑๐๐'),
    ]
    title = 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐'
    rows = ''.join('<tr><td class="c">%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n'
                   % (m['n'], m['title'], '<br>'.join(m['steps']), m['resp'], m['period'], m['mon'], m['outc']) for m in M)
    h = '''<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 18mm 14mm 16mm 14mm;
  @bottom-center { content: '- ' counter(page) ' -'; font-family: 'Loma'; font-size: 9pt; }
  @top-right { content: 'เทศบาลเมืองบ้านโป่งวารี'; font-family: 'Loma'; font-size: 8.5pt; color: #666; } }
body { font-family: 'Loma'; font-size: 10.5pt; }
table { border-collapse: collapse; width: 100%%; } th, td { border: 1px solid #444; padding: 4px 5px; vertical-align: top; }
th { background: #f4cccc; } thead { display: table-header-group; } .c { text-align: center; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 2mm; } .sub { text-align: center; margin: 0 0 4mm; }
</style></head><body>
<h1>%s</h1>
<p class="sub">%s อำเภอบ้านโป่งวารี จังหวัดราชวารี</p>
<p>ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ของเทศบาลเมืองบ้านโป่งวารี ได้ ๘๖.๙๔ คะแนน ระดับ ผ่าน เทศบาลจึงจัดทำแผนการขับเคลื่อน ๕ กิจกรรม ดังนี้</p>
<table><thead><tr><th>ลำดับ</th><th>โครงการ/กิจกรรม</th><th>ขั้นตอนการดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ห้วงเวลา</th><th>การติดตามผล</th><th>ตัวชี้วัด/เป้าหมาย</th></tr></thead>
<tbody>
%s</tbody></table>
<table style="width:auto;margin:10mm 0 0 auto;border:none"><tr>
<td style="border:none;text-align:center;padding:0 12mm">ลงชื่อ ..............................<br>(นางสาวปวีณา โพธาราม)<br>ปลัดเทศบาลเมืองบ้านโป่งวารี<br>ผู้เสนอแผน</td>
<td style="border:none;text-align:center;padding:0 12mm">ลงชื่อ ..............................<br>(นายสมบูรณ์ บ้านโป่ง)<br>นายกเทศมนตรีเมืองบ้านโป่งวารี<br>ผู้อนุมัติแผน</td></tr></table>
</body></html>''' % (title, A, rows)
    src = os.path.join(BUILD, 'p04.html'); open(src, 'w', encoding='utf-8').write(h)
    fn = 'p04_tm_banpongwari_plan_2570.pdf'
    chrome_pdf(src, os.path.join(OUT, fn))
    label(fn, 'plan', 2570, A, U_PLN, M, ['กิจกรรมที่ ๒: ตัวชี้วัด/เป้าหมาย "-"', 'กิจกรรมที่ ๕: ผู้รับผิดชอบ "(ระบุ)"'],
          'HTML printed to PDF by Chromium (Loma, A4 landscape, @page header and "- n -" footer): "แผนการขับเคลื่อน…" FY ๒๕๗๐ in Thai digits, '
          '7-column table (ลำดับ ๑–๕, โครงการ/กิจกรรม, ขั้นตอนการดำเนินการ ๑.๑/๑.๒, ผู้รับผิดชอบ, ห้วงเวลา, การติดตามผล, ตัวชี้วัด/เป้าหมาย = '
          'outcome), two signature blocks side by side.')


ALL = [r01, r02, r03, r04, r05, r06, r07, m01, m02, m03, m04, m05, p01, p02, p03, p04]

if __name__ == '__main__':
    want = sys.argv[1:]
    for f in ALL:
        if not want or f.__name__ in want:
            f()
            print('built', f.__name__)
