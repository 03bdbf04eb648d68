"""PDF documents: r01 (อบจ. results, Word -> LibreOffice, landscape, cover + สารบัญ), r05 (NEW: school results exported the way
Google Docs exports - Chromium/Skia PDF, borderless table whose cells are told apart only by SHADING), m02 (เทศบาลตำบล measures,
prose), p01 (เทศบาลเมือง plan, landscape table), p04 (อบต. plan as `pdftotext -layout` text, .txt)."""
import sys, tempfile
import html as H
from common import *
from pypdf import PdfReader, PdfWriter

E = H.escape
_para = para


def page_break(d):
    d._pb = True


def para(d, *a, **k):
    p = _para(d, *a, **k)
    if getattr(d, '_pb', False):
        p.paragraph_format.page_break_before = True
        d._pb = False
    return p


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


# ---------------------------------------------------------------- r01
def r01():
    F = 'r01_pao_yalathani_results_2569.pdf'
    AG = 'องค์การบริหารส่วนจังหวัดยะลาธานี'
    GROUPS = [
     ('ประเด็นที่ ๑  การเปิดเผยข้อมูลและการมีส่วนร่วมของประชาชน', [
      dict(n='ข้อ ๑', title='เผยแพร่แผนการจัดซื้อจัดจ้างและผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์และเพจ อบจ.',
           steps='๑) กองพัสดุและทรัพย์สินจัดทำแผนจัดซื้อจัดจ้างประจำปี\n๒) สรุปผลการจัดซื้อจัดจ้าง (สขร.๑) ทุกเดือน\n๓) เผยแพร่ภายในวันที่ ๑๐ ของเดือนถัดไป',
           resp='กองพัสดุและทรัพย์สิน', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='ผู้อำนวยการกองรายงานปลัด อบจ. ทุกเดือน',
           out='เผยแพร่แผน ๑ ฉบับ และผลการจัดซื้อจัดจ้างครบ ๑๒ เดือน', outc='ผู้ประกอบการและประชาชนตรวจสอบได้ ไม่มีข้อร้องเรียน'),
      dict(n='ข้อ ๒', title='จัดเวทีประชาคมรับฟังความคิดเห็นโครงการก่อสร้างถนนลาดยางเชื่อมอำเภอ',
           steps='๑) แจ้งกำหนดการผ่านกำนัน ผู้ใหญ่บ้าน และผู้นำศาสนา\n๒) จัดเวทีประชาคมในพื้นที่ ๔ อำเภอ (ภาษาไทยและภาษามลายูถิ่น)\n๓) สรุปข้อคิดเห็นประกอบการออกแบบ',
           resp='กองช่าง / กองยุทธศาสตร์และงบประมาณ', period='-', mon='รายงานผลต่อที่ประชุมคณะผู้บริหาร อบจ.',
           out='จัดเวทีประชาคม ๔ ครั้ง ผู้เข้าร่วม ๕๑๒ คน', outc='โครงการได้รับการยอมรับจากชุมชน ไม่มีการคัดค้าน'),
      dict(n='ข้อ ๓', title='เปิดช่องทางแจ้งเบาะแสการทุจริตผ่าน LINE OA “อบจ.ยะลาธานีใสสะอาด”',
           steps='๑) จัดทำบัญชี LINE OA และ QR Code\n๒) ติดประกาศทุกสถานที่ก่อสร้างและจุดบริการ\n๓) ส่งต่อเรื่องให้กองกฎหมายและคดีภายใน ๓ วัน',
           resp='กองกฎหมายและคดี', period='ม.ค. – ก.ย. ๒๕๖๙', mon='สรุปเรื่องที่ได้รับเสนอนายก อบจ. ทุกไตรมาส',
           out='ได้รับเรื่อง ๑๗ เรื่อง ตรวจสอบแล้วเสร็จ ๑๗ เรื่อง', outc='ผู้แจ้งได้รับแจ้งผลทุกราย ภายใน ๓๐ วัน'),
     ]),
     ('ประเด็นที่ ๒  การป้องกันการทุจริตและการใช้ทรัพย์สินของราชการ', [
      dict(n='ข้อ ๔', title='ควบคุมการใช้เครื่องจักรกลและรถบรรทุกของ อบจ. ด้วยระบบ GPS',
           steps='๑) ติดตั้งระบบ GPS ในเครื่องจักรกลทุกคัน\n๒) ตรวจสอบเส้นทางเทียบกับใบสั่งงานทุกสัปดาห์\n๓) สรุปการใช้น้ำมันเชื้อเพลิงรายเดือน',
           resp='กองช่าง (ฝ่ายเครื่องจักรกล)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='คณะกรรมการตรวจสอบการใช้ยานพาหนะรายงานทุกไตรมาส',
           out='ติดตั้ง GPS ครบ ๓๔ คัน', outc='ค่าน้ำมันเชื้อเพลิงลดลงร้อยละ ๑๒ เมื่อเทียบกับปีก่อน'),
      dict(n='ข้อ ๕', title='อบรมเสริมสร้างคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนแก่บุคลากร อบจ. และครูในสังกัด',
           steps='๑) จัดอบรม ๒ รุ่น รุ่นละ ๑ วัน\n๒) ศึกษาดูงานหน่วยงานต้นแบบด้านคุณธรรม\n๓) ทดสอบความรู้ก่อนและหลังการอบรม',
           resp='สำนักปลัด อบจ. (ฝ่ายการเจ้าหน้าที่) / กองการศึกษา', period='ก.พ. – มี.ค. ๒๕๖๙', mon='......',
           out='ผู้เข้าอบรม ๓๒๔ คน', outc='ผู้ผ่านการทดสอบหลังอบรมร้อยละ ๙๑'),
      dict(n='ข้อ ๖', title='ประกาศเจตนารมณ์ No Gift Policy และรายงานการรับของขวัญ',
           steps='๑) นายก อบจ. ประกาศเจตนารมณ์\n๒) ทุกกองรายงานการรับของขวัญตามแบบที่กำหนด',
           resp='สำนักปลัด อบจ.', period='ต.ค. ๒๕๖๘ – ม.ค. ๒๕๖๙', mon='หัวหน้าสำนักปลัดสรุปแบบรายงานเสนอปลัด อบจ.',
           out='ประกาศเจตนารมณ์แล้ว ทุกกองส่งแบบรายงานครบ ๑๑ กอง', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    d = new_doc('Norasi', 13, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.5)
    s.different_first_page_header_footer = True
    footer_pages(s, '- {P} -', head=AG + '  |  รายงานผลตามมาตรการ ITA ปี ๒๕๖๙')
    for _ in range(4):
        para(d, '')
    para(d, '(ตราสัญลักษณ์ องค์การบริหารส่วนจังหวัดยะลาธานี)', center=True, size=12)
    para(d, '')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 22)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True, True, 22)
    para(d, '')
    para(d, AG, True, True, 20)
    para(d, 'กองยุทธศาสตร์และงบประมาณ  ถนนสิโรรสธานี อำเภอเมืองยะลาธานี', center=True, size=14)
    page_break(d)
    para(d, 'สารบัญ', True, True, 18)
    for a, b in [('ส่วนที่ ๑  ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', '๑'),
                 ('ส่วนที่ ๒  ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', '๒'),
                 ('ส่วนที่ ๓  ปัญหา อุปสรรค และข้อเสนอแนะ', '๕'), ('ภาคผนวก  ภาพกิจกรรม', '๖')]:
        para(d, a + '  ' + '.' * 80 + '  ' + b, indent=1.5)
    page_break(d)
    para(d, 'ส่วนที่ ๑  ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', True, size=15)
    para(d, '\tองค์การบริหารส่วนจังหวัดยะลาธานีได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี'
            'งบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนนรวม ๘๗.๑๔ คะแนน อยู่ในระดับผ่าน รายละเอียดตามตาราง')
    t2 = d.add_table(rows=5, cols=3); t2.style = 'Table Grid'
    for i, row in enumerate([('แบบวัด', 'คะแนน', 'น้ำหนัก'), ('IIT', '๘๙.๒๐', 'ร้อยละ ๓๐'), ('EIT', '๘๒.๔๕', 'ร้อยละ ๓๐'),
                             ('OIT', '๘๕.๔๐', 'ร้อยละ ๔๐'), ('คะแนนรวม', '๘๕.๖๒', 'ผ่าน')]):
        for j, v in enumerate(row):
            cell(t2.rows[i].cells[j], v, i in (0, 4), center=j > 0)
    widths(t2, [6, 3, 3])
    para(d, '')
    para(d, 'ส่วนที่ ๒  ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True, size=15)
    hd = ['ข้อ', 'มาตรการ/กิจกรรม', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การกำกับติดตาม',
          'ผลผลิต', 'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 13); shade(t.rows[0].cells[i], 'FFF2CC')
    repeat_header(t.rows[0])
    for g, ms in GROUPS:
        r = t.add_row()
        m0 = r.cells[0].merge(r.cells[7]); cell(m0, g, True, size=13); shade(m0, 'EDEDED')
        for m in ms:
            c = t.add_row().cells
            for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
                cell(c[i], v, center=(i == 0 or v in ('-', '......')), size=13)
    widths(t, [1.4, 4.3, 6.0, 3.0, 2.3, 3.2, 3.2, 3.3])
    para(d, '')
    para(d, 'ส่วนที่ ๓  ปัญหา อุปสรรค และข้อเสนอแนะ', True, size=15)
    para(d, '\tการจัดเวทีประชาคมในบางพื้นที่ต้องเลื่อนกำหนดการเนื่องจากสถานการณ์ความไม่สงบ ควรเพิ่มช่องทางรับฟังความคิดเห็นออนไลน์')
    para(d, '')
    para(d, 'ลงชื่อ ...................................... ผู้รายงาน          ลงชื่อ ...................................... ผู้อนุมัติ', center=True)
    para(d, '(นางสาวนูรีซัน หะยีดอเลาะ)                                        (นายอับดุลเลาะ มะแซ)', center=True)
    para(d, 'ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ                         นายกองค์การบริหารส่วนจังหวัดยะลาธานี', center=True)
    src = os.path.join(BUILD, F.replace('.pdf', '.docx')); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure ข้อ ๒: period is "-"', 'measure ข้อ ๕: การกำกับติดตาม is "......"',
           'score: FY 2568 total 87.14 in the prose but 85.62 in the score table (contradictory)'],
          'Word (Norasi, landscape) exported to PDF: cover page, สารบัญ page, part ๑ prose score 87.14 + IIT/EIT/OIT table whose '
          'total is 85.62 (contradiction), part ๒ 8-column table with own การกำกับติดตาม, header shaded and repeated, group rows '
          '"ประเด็นที่ ๑/๒" (not measures), numbers "ข้อ ๑"–"ข้อ ๖"; rows may be cut by page breaks (continuation belongs to the '
          'row above); running header from page 2, footer "- n -"; part ๓ problems; signatures.')


# ---------------------------------------------------------------- r05 (NEW: Google-Docs-style PDF, shaded borderless table)
def chromium_pdf(html_text, out_pdf, title):
    tmp = tempfile.mkdtemp(prefix='r23chr')
    src = os.path.join(tmp, 'doc.html')
    open(src, 'w', encoding='utf-8').write(html_text)
    raw = os.path.join(tmp, 'raw.pdf')
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                    '--disable-background-networking', '--user-data-dir=' + os.path.join(tmp, 'prof'),
                    '--no-pdf-header-footer', '--print-to-pdf=' + raw, 'file://' + src],
                   check=True, capture_output=True, timeout=180)
    r = PdfReader(raw); w = PdfWriter()
    for p in r.pages:
        w.add_page(p)
    w.add_metadata({'/Title': title, '/Producer': 'Skia/PDF m124 Google Docs Renderer'})
    with open(out_pdf, 'wb') as f:
        w.write(f)
    shutil.rmtree(tmp, ignore_errors=True)


def r05():
    F = 'r05_school_satunthara_results_2569.pdf'
    AG = 'โรงเรียนสตูลธาราวิทยา'
    GR = [
     ('ด้านที่ 1 ความโปร่งใสในการบริหารงาน', [
      dict(n='1.1', title='ประกาศผลการรับนักเรียนและคะแนนสอบคัดเลือกรายบุคคลอย่างเปิดเผย',
           steps=['ประกาศเกณฑ์การรับนักเรียนล่วงหน้า 30 วัน', 'ประกาศคะแนนรายบุคคลทางเว็บไซต์และบอร์ดหน้าโรงเรียน', 'เปิดรับคำร้องขอตรวจสอบคะแนน 3 วัน'],
           resp='งานรับนักเรียน กลุ่มบริหารวิชาการ', period='ก.พ. – เม.ย. 2569', mon='รายงานผู้อำนวยการหลังประกาศผลทุกประเภท',
           out='ประกาศผลครบ 4 ประเภทห้องเรียน คำร้องขอตรวจสอบ 6 คำร้อง', outc='ผู้ปกครองเชื่อมั่นในการรับนักเรียน ไม่มีเรื่องร้องเรียน'),
      dict(n='1.2', title='เปิดเผยรายรับ-รายจ่ายเงินรายได้สถานศึกษาและเงินบริจาค',
           steps=['สรุปรายรับ-รายจ่ายรายไตรมาส', 'รายงานคณะกรรมการสถานศึกษาขั้นพื้นฐาน', 'เผยแพร่ทางเพจโรงเรียนและกลุ่ม LINE ผู้ปกครอง'],
           resp='กลุ่มบริหารงบประมาณ', period='ต.ค. 2568 – ก.ย. 2569', mon='คณะกรรมการสถานศึกษาฯ พิจารณารายงานทุกไตรมาส',
           out='เผยแพร่รายงาน 4 ไตรมาส', outc='ชุมชนและผู้ปกครองตรวจสอบการใช้เงินของโรงเรียนได้'),
      dict(n='1.3', title='จัดซื้อชุดนักเรียนและอุปกรณ์การเรียนโดยคณะกรรมการที่มีผู้แทนผู้ปกครอง',
           steps=['แต่งตั้งคณะกรรมการจัดซื้อ 5 คน มีผู้แทนผู้ปกครอง 2 คน', 'สืบราคาอย่างน้อย 3 ร้าน', 'ประกาศผลการคัดเลือกผู้ขาย'],
           resp='งานพัสดุ กลุ่มบริหารงบประมาณ', period='มี.ค. – พ.ค. 2569', mon='งานตรวจสอบภายในของโรงเรียนตรวจเอกสารจัดซื้อและรายงานผู้อำนวยการ',
           out='จัดซื้อ 3 รายการ วงเงิน 684,200 บาท', outc='ราคาต่ำกว่าราคากลางร้อยละ 7.5 ไม่มีข้อร้องเรียน'),
     ]),
     ('ด้านที่ 2 คุณธรรมและวัฒนธรรมองค์กร', [
      dict(n='2.1', title='อบรมครูและบุคลากรเรื่องประมวลจริยธรรมข้าราชการครูและการขัดกันแห่งผลประโยชน์',
           steps=['จัดอบรมในวันประชุมครูประจำเดือน', 'ศึกษากรณีตัวอย่างความผิดวินัย', 'ทำแบบทดสอบหลังการอบรม'],
           resp='กลุ่มบริหารงานบุคคล', period='พ.ค. 2569', mon='หัวหน้ากลุ่มบริหารงานบุคคลสรุปผลเสนอผู้อำนวยการภายใน 15 วัน',
           out='ครูและบุคลากรเข้าอบรม 86 คน จาก 89 คน', outc='ผ่านแบบทดสอบร้อยละ 97'),
      dict(n='2.2', title='กิจกรรมโรงเรียนสุจริต “ร้านค้าซื่อสัตย์” และธนาคารความดีของนักเรียน',
           steps=['เปิดร้านค้าซื่อสัตย์ 2 จุด', 'บันทึกความดีผ่านสมุดธนาคารความดี', 'มอบเกียรติบัตรนักเรียนต้นแบบทุกภาคเรียน'],
           resp='กลุ่มบริหารกิจการนักเรียน', period='พ.ค. 2569 – ก.ย. 2569', mon='รายงานผลในที่ประชุมผู้บริหารโรงเรียนทุกเดือน',
           out='ร้านค้าซื่อสัตย์ยอดขาย 48,930 บาท เงินขาดบัญชีร้อยละ 0.4', outc='นักเรียนมีพฤติกรรมซื่อสัตย์ ผ่านการประเมินโรงเรียนสุจริตระดับดีเยี่ยม'),
     ]),
    ]
    MS = [m for _, ms in GR for m in ms]
    rows = []
    k = 0
    for g, ms in GR:
        rows.append(f'<tr class="g"><td colspan="8"><span class="c5">{E(g)}</span></td></tr>')
        for m in ms:
            k += 1
            cls = 'a' if k % 2 else 'b'
            steps = ''.join(f'<p class="c2"><span class="c4">{i}) {E(s)}</span></p>' for i, s in enumerate(m['steps'], 1))
            cells = [f'<p class="c2 c9"><span class="c5">{m["n"]}</span></p>', f'<p class="c2"><span class="c5">{E(m["title"])}</span></p>', steps] + \
                    [f'<p class="c2"><span class="c4">{E(m[x])}</span></p>' for x in ('resp', 'period', 'mon', 'out', 'outc')]
            rows.append(f'<tr class="{cls}">' + ''.join(f'<td class="k{j}">{c}</td>' for j, c in enumerate(cells)) + '</tr>')
    W = [1.1, 3.9, 5.2, 2.7, 2.1, 3.1, 3.3, 3.4]
    cols = ''.join(f'<col style="width:{w}cm">' for w in W)
    head = ''.join(f'<td><p class="c2 c9"><span class="c7">{E(h)}</span></p></td>' for h in
                   ['ที่', 'มาตรการ', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลผลิต (Output)', 'ผลลัพธ์ (Outcome)'])
    page = f'''<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<title>รายงานผลตามมาตรการ ITA 2569 สตูลธาราวิทยา</title>
<style type="text/css">
@page {{ size: A4 landscape; margin: 1.5cm 1.4cm 1.5cm 1.4cm; }}
body {{ font-family: "Sarabun", "Loma", sans-serif; font-size: 10pt; color: #000; margin: 0; }}
.title {{ font-size: 17pt; font-weight: 700; text-align: center; margin: 0 0 2pt 0; }}
.subtitle {{ font-size: 13pt; text-align: center; color: #434343; margin: 0 0 8pt 0; }}
p.c1 {{ margin: 0 0 6pt 0; text-indent: 36pt; line-height: 1.25; font-size: 11pt; }}
table.c3 {{ border-spacing: 0; border-collapse: collapse; margin-right: auto; table-layout: fixed; }}
table.c3 td {{ border: none; padding: 4pt 5pt; vertical-align: top; }}
p.c2 {{ margin: 0; line-height: 1.15; }}
.c9 {{ text-align: center; }}
.c5 {{ font-weight: 700; }}
.c7 {{ font-weight: 700; color: #ffffff; }}
tr.h td {{ background-color: #1c4587; }}
tr.g td {{ background-color: #d9ead3; }}
tr.a td {{ background-color: #eaf1fb; }}
tr.b td {{ background-color: #ffffff; }}
tr.a td.k1, tr.b td.k1 {{ background-color: #cfe2f3; }}
thead {{ display: table-header-group; }}
.sig {{ margin-top: 14pt; font-size: 11pt; text-align: center; line-height: 1.4; }}
</style></head>
<body class="doc-content">
<p class="title">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</p>
<p class="subtitle">{AG}  สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสตูลธารา</p>
<p class="c1">ตามที่สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสตูลธาราได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)
ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 92.16 คะแนน ระดับผ่าน และโรงเรียนได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสของโรงเรียน
ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 5 มาตรการ ใน 2 ด้าน บัดนี้ได้ดำเนินการครบถ้วนแล้ว ผลการดำเนินการดังตาราง</p>
<table class="c3"><colgroup>{cols}</colgroup>
<thead><tr class="h">{head}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<div class="sig">ลงชื่อ ........................................ ผู้รายงาน &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ลงชื่อ ........................................ ผู้อำนวยการโรงเรียน<br>
(นางสาวฟาตีมะห์ หลีหมัน) ครูชำนาญการพิเศษ &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; (นายสุไลมาน ละใบแด) ผู้อำนวยการโรงเรียนสตูลธาราวิทยา</div>
</body></html>'''
    write_src = os.path.join(BUILD, 'r05.html')
    open(write_src, 'w', encoding='utf-8').write(page)
    chromium_pdf(page, os.path.join(OUT, F), 'รายงานผลตามมาตรการ ITA 2569 สตูลธาราวิทยา')
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'NEW FORM: a PDF exported the way Google Docs exports (Chromium/Skia PDF, Producer "Skia/PDF … Google Docs Renderer", '
          'document name as /Title, no header/footer): the 8-column results table has NO RULING LINES at all - header row dark blue '
          'with white bold text, group rows "ด้านที่ 1/2" light green (not measures), measure rows alternately light blue / white with '
          'the title column a darker blue; cells are told apart only by shading and white space. Numbers 1.1–2.2; steps 1) 2) 3) as '
          'separate lines; own การติดตามผล column; header repeated on the next page; a row may be cut by the page break (belongs to '
          'the row above). ITA 2568 of the secondary education area office 92.16 ผ่าน. COMPLETE.')


# ---------------------------------------------------------------- m02
def m02():
    F = 'm02_tt_khuankhanuntai_measures_2570.pdf'
    AG = 'เทศบาลตำบลควนขนุนใต้'
    MS = [
     dict(n='๔.๑', title='มาตรการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์เทศบาลให้ครบถ้วนและทันเวลา',
          steps=['มอบหมายผู้รับผิดชอบข้อมูลตามตัวชี้วัด OIT รายข้อเป็นลายลักษณ์อักษร', 'จัดทำปฏิทินการนำข้อมูลขึ้นเว็บไซต์',
                 'ตรวจสอบความครบถ้วนทุกวันที่ ๕ ของเดือน'],
          resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์) ร่วมกับทุกกอง', period='ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐',
          mon='ปลัดเทศบาลติดตามความครบถ้วนของข้อมูลทุกเดือนและรายงานนายกเทศมนตรี', outc='ข้อมูลสาธารณะครบถ้วนทุกข้อ ก่อนวันที่ ๓๐ เมษายน ๒๕๗๐'),
     dict(n='๔.๒', title='มาตรการป้องกันการเรียกรับผลประโยชน์ในการตรวจรับงานจ้างก่อสร้าง',
          steps=['แต่งตั้งผู้แทนประชาคมหมู่บ้านร่วมเป็นคณะกรรมการตรวจรับพัสดุ', 'ถ่ายภาพการตรวจรับทุกงวดงานและเผยแพร่',
                 'ติดป้ายโครงการพร้อมช่องทางแจ้งเบาะแส'],
          resp='กองช่าง / งานพัสดุ กองคลัง', period='ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐',
          mon='คณะกรรมการตรวจสอบภายในสุ่มตรวจเอกสารการตรวจรับรายไตรมาส', outc='ไม่มีข้อร้องเรียนเรื่องการเรียกรับผลประโยชน์'),
     dict(n='๔.๓', title='มาตรการลดการใช้ดุลพินิจในการให้บริการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง',
          steps=['ประกาศหลักเกณฑ์และอัตราภาษีที่จุดบริการ', 'เปิดให้ชำระผ่าน QR Code พร้อมเพย์', 'แจ้งผลการประเมินภาษีเป็นลายลักษณ์อักษร'],
          resp='กองคลัง (งานพัฒนาและจัดเก็บรายได้)', period='มกราคม – สิงหาคม ๒๕๗๐',
          mon='ผู้อำนวยการกองคลังรายงานผลการจัดเก็บและข้อโต้แย้งต่อปลัดเทศบาลทุกเดือน', outc='ผู้เสียภาษีได้รับบริการเป็นมาตรฐานเดียวกัน'),
     dict(n='๔.๔', title='มาตรการเสริมสร้างวัฒนธรรมสุจริตและไม่ทนต่อการทุจริตของบุคลากร',
          steps=['จัดกิจกรรมประกาศเจตนารมณ์ต่อต้านการทุจริต', 'อบรมพนักงานเรื่องประมวลจริยธรรมพนักงานส่วนท้องถิ่น',
                 'คัดเลือกพนักงานต้นแบบด้านคุณธรรม'],
          resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='พฤศจิกายน ๒๕๖๙ – มีนาคม ๒๕๗๐',
          mon='คณะกรรมการจริยธรรมประจำเทศบาลติดตามและรายงานผลปีละ ๒ ครั้ง', outc='พนักงานไม่น้อยกว่าร้อยละ ๙๐ ผ่านการอบรม'),
    ]
    d = new_doc('Umpush', 13)
    s = d.sections[0]; s.different_first_page_header_footer = True
    footer_pages(s, 'หน้า {P}', head=AG + ' อำเภอควนขนุนใต้ จังหวัดพัทลุงธารา')
    for _ in range(6):
        para(d, '')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 22)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 22)
    para(d, ''); para(d, '')
    para(d, AG, True, True, 20)
    para(d, 'อำเภอควนขนุนใต้  จังหวัดพัทลุงธารา', center=True, size=16)
    page_break(d)
    para(d, 'สารบัญ', True, True, 16)
    for a, b in [('๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '๑'), ('๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน', '๑'),
                 ('๓. ประเด็นที่ต้องพัฒนาให้ดีขึ้น', '๒'), ('๔. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '๒')]:
        para(d, a + ' ' + '.' * 40 + ' ' + b, indent=1)
    page_break(d)
    para(d, '๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True)
    para(d, '\tเทศบาลตำบลควนขนุนใต้ได้รับคะแนนการประเมินคุณธรรมและความโปร่งใส ๘๘.๕๙ คะแนน ระดับผ่าน (IIT ๙๒.๑๐ / EIT ๘๕.๓๓ / '
            'OIT ๘๘.๗๕) โดยตัวชี้วัดที่ได้คะแนนต่ำสุด คือ การป้องกันการทุจริต และการแก้ไขปัญหาการทุจริต')
    para(d, '๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน', True)
    for x in ['๒.๑ ข้อมูลบางรายการบนเว็บไซต์ไม่เป็นปัจจุบัน ได้แก่ รายงานการกำกับติดตามการใช้จ่ายงบประมาณรอบ ๖ เดือน',
              '๒.๒ ผู้รับบริการภายนอกบางส่วนเห็นว่ามีการใช้ดุลพินิจในการประเมินภาษี']:
        para(d, x, indent=0.8)
    para(d, '๓. ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    for x in ['๓.๑ การมีส่วนร่วมของประชาชนในการตรวจรับงานก่อสร้าง', '๓.๒ วัฒนธรรมองค์กรที่ไม่ทนต่อการทุจริต']:
        para(d, x, indent=0.8)
    para(d, '๔. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True)
    for m in MS:
        para(d, m['n'] + ' ' + m['title'], True, indent=0.5)
        para(d, 'วิธีการดำเนินการ', indent=1.0)
        for i, st in enumerate(m['steps'], 1):
            para(d, '(' + th(i) + ') ' + st, indent=1.6)
        for k, lab in (('resp', 'ผู้รับผิดชอบ'), ('period', 'ระยะเวลาดำเนินการ'), ('mon', 'การติดตามผล'),
                       ('outc', 'ผลลัพธ์ที่คาดหวัง')):
            para(d, lab + '  ' + m[k], indent=1.0)
    para(d, '')
    for ln in ['ประกาศ ณ วันที่ ๒๘ ตุลาคม พ.ศ. ๒๕๖๙', '', '(นายสมนึก ทองหนูนุ้ย)', 'นายกเทศมนตรีตำบลควนขนุนใต้']:
        para(d, ln, center=True)
    src = os.path.join(BUILD, 'm02.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS, [],
          'Word prose exported to PDF (Umpush, portrait): cover page, สารบัญ page, then ๑. score 88.59 ผ่าน, ๒. weaknesses ๒.๑/๒.๒, '
          '๓. improvements ๓.๑/๓.๒, ๔. measures ๔.๑–๔.๔ each with "วิธีการดำเนินการ" + (๑)(๒)(๓) steps and label lines without '
          'colons (ผู้รับผิดชอบ, ระยะเวลาดำเนินการ, การติดตามผล, ผลลัพธ์ที่คาดหวัง = outcome). Running header and "หน้า n" from page 2. '
          'COMPLETE.', sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p01
def p01():
    F = 'p01_tm_trangthani_plan_2570.pdf'
    AG = 'เทศบาลเมืองตรังธานี'
    GROUPS = [
     ('ยุทธศาสตร์ที่ 1 เปิดเผย โปร่งใส ตรวจสอบได้', [
      dict(n='1.1', title='ปรับปรุงศูนย์ข้อมูลข่าวสารและหน้าเว็บไซต์ ITA ของเทศบาล', steps='ทบทวนข้อมูล O1–O37 รายข้อ มอบหมายกอง ปรับปรุงหน้าเว็บไซต์และศูนย์ข้อมูลข่าวสาร',
           resp='สำนักปลัดเทศบาล', period='ต.ค. 2569 – มี.ค. 2570', bud='20,000', outc='ข้อมูลครบทุกข้อภายใน มี.ค. 2570', mon='ปลัดเทศบาลตรวจความครบถ้วนทุกเดือน'),
      dict(n='1.2', title='ถ่ายทอดสดการประชุมสภาเทศบาลและการเปิดซองประกวดราคา', steps='ถ่ายทอดสดผ่านเพจเทศบาล บันทึกวิดีโอเผยแพร่ย้อนหลัง',
           resp='กองวิชาการและแผนงาน / กองคลัง', period='ทุกสมัยประชุม / ทุกโครงการ', bud='-', outc='ถ่ายทอดสดครบทุกครั้ง', mon='สรุปจำนวนผู้ชมรายงานนายกเทศมนตรีรายไตรมาส'),
      dict(n='1.3', title='เผยแพร่ข้อมูลการใช้จ่ายงบประมาณแบบอินโฟกราฟิกรายไตรมาส', steps='กองคลังสรุปผลการเบิกจ่าย งานประชาสัมพันธ์จัดทำอินโฟกราฟิก',
           resp='กองคลัง / งานประชาสัมพันธ์', period='ม.ค. / เม.ย. / ก.ค. / ต.ค. 2570', bud='8,000', outc='เผยแพร่ 4 ครั้ง', mon='หัวหน้าฝ่ายบริหารงานคลังตรวจทานก่อนเผยแพร่และรายงานผล'),
     ]),
     ('ยุทธศาสตร์ที่ 2 ป้องกันการทุจริต ไม่ทนต่อการทุจริต', [
      dict(n='2.1', title='ประเมินความเสี่ยงการทุจริตในการออกใบอนุญาตและการจัดซื้อจัดจ้าง', steps='ประชุมคณะทำงาน วิเคราะห์ความเสี่ยง จัดทำมาตรการควบคุม',
           resp='งานนิติการ สำนักปลัดเทศบาล', period='พ.ย. – ธ.ค. 2569', bud='-', outc='มีแผนบริหารความเสี่ยงการทุจริต 1 ฉบับ', mon='ติดตามผลตามแผนบริหารความเสี่ยงรอบ 6 และ 12 เดือน'),
      dict(n='2.2', title='โครงการเทศบาลเมืองตรังธานีโปร่งใส ไม่รับสินบน (No Gift Policy)', steps='ประกาศเจตนารมณ์ จัดทำป้ายประชาสัมพันธ์ รายงานการรับของขวัญ',
           resp='งานการเจ้าหน้าที่', period='ต.ค. 2569 – ม.ค. 2570', bud='5,000', outc='บุคลากรร้อยละ 100 รับทราบแนวปฏิบัติ', mon='หัวหน้าสำนักปลัดสรุปผลเสนอปลัดเทศบาล'),
      dict(n='2.3', title='อบรมคุณธรรมจริยธรรมและการขัดกันแห่งผลประโยชน์สำหรับผู้บริหาร สมาชิกสภา และพนักงาน', steps='จัดอบรม 2 รุ่น ทดสอบก่อน–หลัง ประเมินความพึงพอใจ',
           resp='งานการเจ้าหน้าที่', period='ก.พ. – มี.ค. 2570', bud='45,000', outc='ผู้ผ่านการทดสอบไม่น้อยกว่าร้อยละ 85', mon='รายงานผลโครงการต่อนายกเทศมนตรีภายใน 30 วัน'),
      dict(n='2.4', title='รณรงค์ให้ผู้รับบริการตอบแบบวัด EIT และแจ้งเบาะแสการทุจริต', steps='ติด QR Code ทุกจุดบริการ ประกาศเสียงตามสาย ส่งข้อความผ่าน LINE OA',
           resp='ทุกกอง / สำนัก', period='พ.ค. – ก.ค. 2570', bud='-', outc='ผู้ตอบ EIT ไม่น้อยกว่า 500 ราย', mon='กองวิชาการฯ ติดตามจำนวนผู้ตอบรายสัปดาห์'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    d = new_doc('Loma', 12, landscape=True)
    s = d.sections[0]; s.left_margin = s.right_margin = Cm(1.6)
    s.different_first_page_header_footer = True
    footer_pages(s, 'หน้า {P} จาก {N}', head='แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2570 - ' + AG)
    para(d, 'บันทึกข้อความ', True, True, 18)
    para(d, 'ส่วนราชการ  กองวิชาการและแผนงาน  เทศบาลเมืองตรังธานี')
    para(d, 'ที่  ตธ 52001/1187                                              วันที่  15  ตุลาคม  2569')
    para(d, 'เรื่อง  ขออนุมัติแผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570')
    para(d, 'เรียน  นายกเทศมนตรีเมืองตรังธานี')
    para(d, '\tด้วยเทศบาลเมืองตรังธานีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 ได้คะแนน 90.08 คะแนน ระดับผ่าน '
            'กองวิชาการและแผนงานจึงได้จัดทำแผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570 '
            'เพื่อยกระดับผลการประเมิน รายละเอียดตามแผนที่แนบ จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ')
    for ln in ['', '(นายกิตติพงษ์ ทับเที่ยง)', 'ผู้อำนวยการกองวิชาการและแผนงาน', '', '☑ อนุมัติ   ☐ ไม่อนุมัติ', '',
               '(นายชวลิต ตรังคสมบัติ)', 'นายกเทศมนตรีเมืองตรังธานี']:
        para(d, ln, center=True)
    page_break(d)
    para(d, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', True, True, 16)
    para(d, AG + ' จังหวัดตรังธานี', True, True, 15)
    hd = ['ที่', 'โครงการ/กิจกรรม', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'งบประมาณ (บาท)', 'ตัวชี้วัด/เป้าหมาย',
          'การติดตามประเมินผล']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True); shade(t.rows[0].cells[i], 'DDEBF7')
    repeat_header(t.rows[0])
    for g, ms in GROUPS:
        r = t.add_row(); m0 = r.cells[0].merge(r.cells[7]); cell(m0, g, True)
        for m in ms:
            c = t.add_row().cells
            for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['bud'], m['outc'], m['mon']]):
                cell(c[i], v, center=i in (0, 5))
    widths(t, [1.1, 4.8, 5.0, 3.2, 2.8, 2.0, 3.4, 3.6])
    para(d, '')
    para(d, 'หมายเหตุ  กองวิชาการและแผนงานจะรวบรวมผลการดำเนินงานตามแผนเสนอนายกเทศมนตรีรอบ 6 เดือน และ 12 เดือน', size=11)
    src = os.path.join(BUILD, 'p01.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'Word plan (Loma, landscape) exported to PDF: page 1 approval memo (ITA 2569 = 90.08 ผ่าน; ☑ อนุมัติ), then the plan with '
          'running header + "หน้า n จาก N": 8 columns incl. งบประมาณ (not an element; "-" there is fine), ตัวชี้วัด/เป้าหมาย = '
          'outcome, own การติดตามประเมินผล column; group rows "ยุทธศาสตร์ที่ 1/2" not units; activities 1.1–2.4; header repeated; '
          'rows may break across pages (belong to the row above). COMPLETE.')


# ---------------------------------------------------------------- p04 (pdftotext -layout .txt)
def p04():
    F = 'p04_obt_bachotai_plan_2570.txt'
    AG = 'องค์การบริหารส่วนตำบลบาเจาะใต้'
    MS = [
     dict(n='1', title='ปรับปรุงข้อมูลบนเว็บไซต์ อบต. ตามเกณฑ์ OIT', steps='- ตรวจสอบรายการข้อมูล\n- มอบหมายผู้รับผิดชอบ\n- ปรับปรุงให้เป็นปัจจุบัน',
          resp='สำนักปลัด', period='ต.ค. 69 - มี.ค. 70', outc='ข้อมูลครบ 37 ข้อ'),
     dict(n='2', title='จัดทำคู่มือการให้บริการประชาชนสองภาษา (ไทย-มลายู)', steps='- รวบรวมงานบริการ\n- จัดทำคู่มือ\n- เผยแพร่ที่จุดบริการและเว็บไซต์',
          resp='สำนักปลัด / กองคลัง', period='พ.ย. 69 - ก.พ. 70', outc='-'),
     dict(n='3', title='เชิญผู้นำศาสนาและผู้แทนหมู่บ้านร่วมสังเกตการณ์การจัดซื้อจัดจ้าง', steps='- แจ้งกำหนดการเปิดซอง\n- ผู้สังเกตการณ์ลงนามรับทราบ',
          resp='กองคลัง (งานพัสดุ)', period='ตลอดปีงบประมาณ', outc='มีผู้สังเกตการณ์ทุกโครงการที่เกิน 500,000 บาท'),
     dict(n='4', title='อบรมพนักงานเรื่องการป้องกันผลประโยชน์ทับซ้อน', steps='- จัดอบรม 1 วัน\n- ทำแบบทดสอบหลังอบรม',
          resp='สำนักปลัด (งานบริหารงานบุคคล)', period='', outc='พนักงานเข้าร่วมร้อยละ 90'),
     dict(n='5', title='ติดตามและรายงานผลการดำเนินงานตามแผนรอบ 6 เดือน และ 12 เดือน', steps='- รวบรวมผลจากทุกกอง\n- สรุปรายงานเสนอนายก อบต.\n- เผยแพร่บนเว็บไซต์',
          resp='สำนักปลัด (งานวิเคราะห์นโยบายและแผน)', period='เม.ย. 70 และ ก.ย. 70', outc='รายงาน 2 ฉบับ'),
    ]
    d = new_doc('Garuda', 11)
    s = d.sections[0]; s.left_margin = s.right_margin = Cm(1.5)
    footer_pages(s, '-{P}-')
    para(d, 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', True, True, 14)
    para(d, AG + ' อำเภอบาเจาะใต้ จังหวัดนราธานี', True, True, 13)
    para(d, 'ผลการประเมิน ITA ปี 2569 : 86.03 คะแนน (ผ่าน)', center=True)
    para(d, '')
    hd = ['ลำดับ', 'กิจกรรม', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ตัวชี้วัด']
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True)
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['outc']]):
            cell(c[i], v, center=(i == 0 or v == '-'))
    widths(t, [1.2, 4.0, 4.4, 3.0, 2.3, 3.1])
    para(d, '')
    para(d, 'ลงชื่อ ...................................... ผู้จัดทำแผน    ลงชื่อ ...................................... ผู้อนุมัติ', center=True)
    para(d, '(นางสาวรอฮานี ดอเลาะ) นักวิเคราะห์นโยบายและแผน      (นายมะยูโซะ สาและ) นายกองค์การบริหารส่วนตำบลบาเจาะใต้', center=True)
    src = os.path.join(BUILD, 'p04.docx'); d.save(src)
    pdf = to_pdf(src)
    write(F, to_txt_layout(pdf))
    for m in MS:
        m['ov'] = {'monitoring': 'present'}
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 2: ตัวชี้วัด is "-"', 'activity 4: ระยะเวลา cell is empty'],
          '`pdftotext -layout` text of a portrait Word plan (Garuda): space-aligned columns, wrapped cells, "-n-" footer, form feed. '
          '6 columns, no follow-up column; activity 5 is the plan\'s own 6/12-month follow-up and report = monitoring for every '
          'activity. ตัวชี้วัด = outcome.')


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r01', 'r05', 'm02', 'p01', 'p04']:
        globals()[w]()
        print('built', w)
