"""PDF documents: r01 (marine department branch results, Word -> LibreOffice, landscape, header repeated, a row cut by a page
break), r06 (TAT office results, HTML -> headless Chromium print, CONTRADICTORY score), m05 (provincial public health office
measures, Word -> LibreOffice, portrait, cover page + contents), p04 (เทศบาลตำบล plan, Word -> LibreOffice, landscape, COMPLETE)."""
import sys, subprocess, tempfile, html as H
from common import *

_para = para


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


def signatures(d, left, right, size=None):
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    for c, (a, b, x) in zip(t.rows[0].cells, (left, right)):
        cell(c, ['ลงชื่อ ......................................... ' + x, '(' + a + ')', b], center=True, size=size)


def table(d, hd, rows, wd, fill, hsize, bsize, groups=None):
    t = d.add_table(rows=1, cols=len(hd)); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, hsize); shade(t.rows[0].cells[i], fill)
    repeat_header(t.rows[0])
    for g, ms in (groups or [(None, rows)]):
        if g:
            r = t.add_row()
            m0 = r.cells[0].merge(r.cells[len(hd) - 1]); cell(m0, g, True, size=bsize); shade(m0, 'E2EFDA')
        for vals in ms:
            cc = t.add_row().cells
            for i, v in enumerate(vals):
                cell(cc[i], v, center=(i == 0 or v in ('-', '......')), size=bsize)
    widths(t, wd)
    return t


# ------------------------------------------------------------------ r01 (marine department branch)
def r01():
    F = 'r01_md_phuketkhiri_results_2569.pdf'; AG = 'สำนักงานเจ้าท่าภูมิภาคสาขาภูเก็ตคีรี'
    MS = [
     dict(n='1', title='เปิดเผยขั้นตอน ระยะเวลา และค่าธรรมเนียมการจดทะเบียนเรือและออกใบอนุญาตผู้ควบคุมเรือ ณ จุดบริการและเว็บไซต์',
          steps='1) จัดทำคู่มือประชาชนและตารางค่าธรรมเนียม\n2) ติดประกาศ ณ จุดบริการท่าเรือรัษฎาคีรีและเว็บไซต์กรมเจ้าท่า\n3) แจ้งสถานะคำขอทาง SMS',
          resp='ฝ่ายทะเบียนเรือและใบอนุญาต', period='ต.ค. 2568 – ก.ย. 2569', mon='หัวหน้าสาขาติดตามคำขอที่เกินกำหนดทุกสัปดาห์',
          out='คำขอจดทะเบียนเรือ 1,284 ราย ออกใบอนุญาตผู้ควบคุมเรือ 412 ราย', outc='ให้บริการเสร็จภายในระยะเวลาตามคู่มือร้อยละ 96 ไม่มีข้อร้องเรียนการเรียกรับเงิน'),
     dict(n='2', title='ตรวจความปลอดภัยเรือโดยสารนักท่องเที่ยวก่อนฤดูท่องเที่ยว โดยมีผู้ประกอบการและสมาคมเรือร่วมสังเกตการณ์',
          steps='1) ประกาศกำหนดการตรวจล่วงหน้า 15 วัน\n2) ตรวจเรือตามแบบตรวจมาตรฐาน (เสื้อชูชีพ เครื่องดับเพลิง วิทยุสื่อสาร)\n3) เผยแพร่รายชื่อเรือที่ผ่านการตรวจ',
          resp='ฝ่ายตรวจเรือและความปลอดภัย', period='ต.ค. – ธ.ค. 2568', mon='-',
          out='ตรวจเรือโดยสาร 356 ลำ ผ่าน 341 ลำ', outc='ไม่เกิดอุบัติเหตุเรือโดยสารร้ายแรงในฤดูท่องเที่ยว 2568/69'),
     dict(n='3', title='ควบคุมการอนุญาตสิ่งล่วงล้ำลำน้ำ (ท่าเทียบเรือ โป๊ะ แพ) ให้เป็นไปตามหลักเกณฑ์ และเปิดเผยผลการพิจารณาทุกราย',
          steps='1) ตรวจสอบพื้นที่ร่วมกับองค์กรปกครองส่วนท้องถิ่น\n2) เสนอคณะกรรมการพิจารณาตามหลักเกณฑ์\n3) ประกาศผลการพิจารณาบนเว็บไซต์\n4) ตรวจติดตามสิ่งล่วงล้ำที่ได้รับอนุญาต',
          resp='ฝ่ายสิ่งล่วงล้ำลำน้ำ', period='ต.ค. 2568 – ก.ย. 2569',
          mon='หัวหน้าสาขารายงานสำนักงานเจ้าท่าภูมิภาคที่ 5 ทุกไตรมาส',
          out='พิจารณาคำขอ 47 ราย อนุญาต 39 ราย ประกาศผลครบทุกราย', outc='ไม่มีข้อร้องเรียนเรื่องความไม่เป็นธรรมในการอนุญาต'),
     dict(n='4', title='ส่งเสริมวัฒนธรรมองค์กรไม่ทนต่อการทุจริตและนโยบายไม่รับของขวัญ (No Gift Policy)',
          steps='1) ประกาศเจตนารมณ์ต่อต้านการทุจริต\n2) อบรมเจ้าหน้าที่เรื่องผลประโยชน์ทับซ้อน\n3) รายงานการรับของขวัญหลังเทศกาลปีใหม่',
          resp='ฝ่ายบริหารทั่วไป', period='ธ.ค. 2568 – ม.ค. 2569', mon='ฝ่ายบริหารทั่วไปรายงานกรมเจ้าท่าภายใน 15 วันหลังเทศกาล',
          out='อบรมเจ้าหน้าที่ 38 คน', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
     dict(n='5', title='เปิดช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่ท่าเรือผ่าน QR Code และตู้รับเรื่องร้องเรียน',
          steps='1) ติด QR Code ณ ท่าเรือ 6 แห่ง\n2) เปิดตู้รับเรื่องทุกวันศุกร์ต่อหน้าพยาน\n3) รายงานผลการจัดการเรื่องร้องเรียน',
          resp='ฝ่ายบริหารทั่วไป / ศูนย์รับเรื่องร้องเรียน', period='ต.ค. 2568 – ก.ย. 2569', mon='หัวหน้าสาขาติดตามผลทุกเดือน',
          out='เรื่องร้องเรียน 5 เรื่อง ดำเนินการแล้วเสร็จ 5 เรื่อง', outc='จัดการเรื่องร้องเรียนแล้วเสร็จภายใน 30 วันทุกเรื่อง'),
    ]
    d = new_doc('Laksaman', 13, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.5)
    footer_pages(s, 'หน้า {P}/{N}', head='สำนักงานเจ้าท่าภูมิภาคสาขาภูเก็ตคีรี  |  รายงานผลมาตรการ ITA ปี 2569')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569', True, True, 16)
    para(d, AG + '  สำนักงานเจ้าท่าภูมิภาคที่ 5  กรมเจ้าท่า  กระทรวงคมนาคม', True, True, 14)
    para(d, '')
    para(d, '\tตามที่กรมเจ้าท่าได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้ 93.27 คะแนน อยู่ในระดับผ่าน และกำหนดมาตรการ'
            'ส่งเสริมคุณธรรมและความโปร่งใสให้หน่วยงานในสังกัดถือปฏิบัติ สำนักงานเจ้าท่าภูมิภาคสาขาภูเก็ตคีรีขอรายงานผลการดำเนินการ '
            'รอบ 12 เดือน (1 ตุลาคม 2568 – 30 กันยายน 2569) ดังนี้')
    para(d, '')
    hd = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลผลิต (Output)', 'ผลลัพธ์ (Outcome)']
    K = ['n', 'title', 'steps', 'resp', 'period', 'mon', 'out', 'outc']
    table(d, hd, [[m[k] for k in K] for m in MS], [0.9, 4.6, 5.6, 2.9, 2.2, 3.3, 3.3, 3.7], 'BDD7EE', 13, 12)
    para(d, '')
    para(d, 'ปัญหาอุปสรรค : ผู้ประกอบการเรือบางรายไม่สะดวกมารับการตรวจตามกำหนด จึงต้องจัดรอบตรวจเพิ่มเติม', size=13)
    signatures(d, ('นางสาวรัตนา ป่าตองคีรี', 'เจ้าพนักงานธุรการชำนาญงาน', 'ผู้รายงาน'),
               ('นายชาญวิทย์ ราไวย์คีรี', 'หัวหน้าสำนักงานเจ้าท่าภูมิภาคสาขาภูเก็ตคีรี', 'ผู้อนุมัติ'), size=13)
    src = os.path.join(BUILD, 'r01.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 2: monitoring (การติดตามผล) is "-"'],
          'Word (Laksaman, A4 landscape) -> LibreOffice PDF: title FY 2569; กรมเจ้าท่า ITA 2568 93.27 ผ่าน; 8-column table ที่ 1–5 '
          '(ขั้นตอน/วิธีการดำเนินการ 1) 2) 3), ผลผลิต (Output), ผลลัพธ์ (Outcome)) with a blue header row repeated on page 2; rows '
          'are cut by page breaks - measure 2 (pages 1->2) and measure 5 (pages 2->3): the part at the top of the next page belongs to '
          'the row above; running header and "หน้า n/N" '
          'footer; problems line; signature table.')


# ------------------------------------------------------------------ r06 (TAT office, Chromium)
def r06():
    F = 'r06_tat_krabikhiri_results_2569.pdf'; AG = 'การท่องเที่ยวแห่งประเทศไทย สำนักงานกระบี่คีรี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการสนับสนุนงบประมาณกิจกรรมส่งเสริมการท่องเที่ยวในพื้นที่',
          steps=['สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)', 'เผยแพร่หลักเกณฑ์และรายชื่อกิจกรรมที่ได้รับการสนับสนุน',
                 'ตรวจสอบความครบถ้วนของข้อมูลก่อนเผยแพร่'],
          resp='งานบริหารทั่วไป', period='ต.ค. 2568 – ก.ย. 2569', mon='ผู้อำนวยการสำนักงานติดตามทุกเดือน และรายงานภาคใต้ฝั่งอันดามันรายไตรมาส',
          out='เผยแพร่ครบ 12 เดือน กิจกรรมที่ได้รับการสนับสนุน 14 กิจกรรม', outc='ไม่มีข้อร้องเรียนเรื่องการจัดสรรงบสนับสนุน'),
     dict(n='2', title='คัดเลือกผู้ประกอบการเข้าร่วมงานส่งเสริมการขาย (Road Show / Trade Show) ด้วยหลักเกณฑ์ที่ประกาศล่วงหน้า',
          steps=['ประกาศรับสมัครและหลักเกณฑ์การคัดเลือกทางเว็บไซต์และ LINE OA', 'คณะกรรมการคัดเลือกให้คะแนนตามเกณฑ์',
                 'ประกาศผลพร้อมคะแนนรายผู้สมัคร'],
          resp='งานส่งเสริมการตลาด', period='พ.ย. 2568 – มิ.ย. 2569', mon='คณะกรรมการธรรมาภิบาลของสำนักงานทบทวนผลการคัดเลือกรายไตรมาส',
          out='ผู้สมัคร 63 ราย ได้รับคัดเลือก 28 ราย', outc='ผู้ประกอบการพึงพอใจต่อความเป็นธรรมของการคัดเลือกร้อยละ 91'),
     dict(n='3', title='ป้องกันการใช้ทรัพย์สินของ ททท. เพื่อประโยชน์ส่วนตน (รถยนต์ส่วนกลาง อุปกรณ์จัดงาน สื่อประชาสัมพันธ์)',
          steps=['ใช้แบบขออนุญาตใช้ทรัพย์สินผ่านระบบ e-Form', 'ตรวจสอบสมุดบันทึกการใช้รถยนต์ทุกเดือน',
                 'แจ้งเวียนตัวอย่างพฤติกรรมที่ไม่เหมาะสม'],
          resp='งานบริหารทั่วไป', period='ต.ค. 2568 – ก.ย. 2569', mon='ผู้อำนวยการสำนักงานตรวจสอบรายงานการใช้ทรัพย์สินรายไตรมาส',
          out='', outc='ไม่พบการใช้ทรัพย์สินเพื่อประโยชน์ส่วนตน'),
     dict(n='4', title='ส่งเสริมการรับรู้ของผู้ประกอบการและนักท่องเที่ยวเรื่องช่องทางแจ้งเบาะแสการทุจริตของพนักงาน ททท.',
          steps=['เผยแพร่ช่องทางแจ้งเบาะแส (โทร 1672 / เว็บไซต์ / QR Code)', 'ติดป้ายประชาสัมพันธ์ ณ ศูนย์บริการข่าวสารท่องเที่ยว',
                 'รายงานจำนวนเรื่องที่ได้รับและผลการดำเนินการ'],
          resp='งานบริการข่าวสารท่องเที่ยว', period='ม.ค. – ก.ย. 2569', mon='ผู้อำนวยการสำนักงานติดตามทุกเดือน',
          out='ติดป้าย 9 จุด ผู้สแกน QR Code 1,142 ครั้ง', outc='ผู้ประกอบการรู้จักช่องทางแจ้งเบาะแสร้อยละ 84 (จากแบบสำรวจ)'),
    ]

    def rows():
        out = []
        for m in MS:
            st = '<ol>' + ''.join(f'<li>{H.escape(x)}</li>' for x in m['steps']) + '</ol>'
            cells = [m['n'], H.escape(m['title']), st] + [H.escape(m[k]) for k in ('resp', 'period', 'mon', 'out', 'outc')]
            out.append('<tr>' + ''.join(f'<td>{c}</td>' for c in cells) + '</tr>')
        return '\n'.join(out)
    page = f'''<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>รายงานผลมาตรการ ITA 2569 ททท.กระบี่คีรี</title>
<style>
@page {{ size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }}
body {{ font-family: 'Garuda', sans-serif; font-size: 10.5pt; color: #1b1b1b; }}
.top {{ display:flex; align-items:center; border-bottom: 4px solid #0b6e8f; padding-bottom: 6px; }}
.logo {{ width: 46px; height: 46px; border-radius: 50%; background: #0b6e8f; color: #fff; font-weight: bold; text-align:center; line-height:46px; margin-right: 12px; }}
h1 {{ font-size: 15pt; margin: 0; color: #0b4f66; }}
.sub {{ font-size: 11pt; color: #555; }}
.score {{ display:flex; gap: 10px; margin: 10px 0; }}
.score div {{ border: 1px solid #9cc9d8; border-radius: 6px; padding: 6px 12px; background: #f0f8fb; }}
table {{ border-collapse: collapse; width: 100%; }}
thead {{ display: table-header-group; }}
th {{ background: #0b6e8f; color: #fff; padding: 4px; font-size: 10pt; }}
td {{ border: 1px solid #8aa; padding: 4px; vertical-align: top; font-size: 9.5pt; }}
th {{ border: 1px solid #8aa; }}
td ol {{ margin: 0; padding-left: 16px; }}
tr {{ break-inside: avoid; }}
.sign {{ display:flex; justify-content: space-around; margin-top: 18px; text-align:center; }}
</style></head><body>
<div class="top"><div class="logo">TAT</div><div><h1>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569</h1>
<div class="sub">{AG} (รับผิดชอบพื้นที่จังหวัดกระบี่คีรี และตรังคีรี) · ภูมิภาคภาคใต้ฝั่งอันดามัน</div></div></div>
<p>ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ของการท่องเที่ยวแห่งประเทศไทย
ได้คะแนนรวม <b>91.08</b> คะแนน อยู่ในระดับ <b>ผ่าน</b> สำนักงานกระบี่คีรีได้ดำเนินการตามมาตรการที่ ททท. กำหนด 4 มาตรการ ดังนี้</p>
<div class="score"><div>IIT 93.62</div><div>EIT 88.15</div><div>OIT 85.40</div><div><b>คะแนนรวม ITA 2568 : 89.06</b></div></div>
<table><thead><tr><th style="width:3%">ที่</th><th style="width:15%">มาตรการ</th><th style="width:21%">วิธีดำเนินการ</th><th style="width:10%">ผู้รับผิดชอบ</th>
<th style="width:9%">ระยะเวลา</th><th style="width:13%">การติดตามผล</th><th style="width:13%">ผลการดำเนินงาน</th><th style="width:16%">ผลลัพธ์</th></tr></thead>
<tbody>
{rows()}
</tbody></table>
<p><b>ข้อเสนอแนะ</b> ควรพัฒนาระบบ e-Form การขอใช้ทรัพย์สินให้เชื่อมกับระบบบัญชีทรัพย์สินของ ททท.</p>
<div class="sign"><div>ผู้รายงาน<br><br>(นางสาวกมลชนก อ่าวนางคีรี)<br>หัวหน้างานบริหารทั่วไป</div>
<div>ผู้อนุมัติ<br><br>(นายธีรวัฒน์ ลันตาคีรี)<br>ผู้อำนวยการการท่องเที่ยวแห่งประเทศไทย สำนักงานกระบี่คีรี</div></div>
</body></html>'''
    src = os.path.join(BUILD, 'r06.html')
    open(src, 'w', encoding='utf-8').write(page)
    prof = tempfile.mkdtemp(prefix='chr30_')
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
                    f'--user-data-dir={prof}', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, F)}', 'file://' + src],
                   check=True, capture_output=True)
    shutil.rmtree(prof, ignore_errors=True)
    label(F, 'results', 2569, AG, 'measure', MS,
          ['contradictory ITA 2568 score: the prose says คะแนนรวม 91.08 but the score strip says คะแนนรวม ITA 2568 : 89.06 (both ผ่าน)',
           'measure 3: output (ผลการดำเนินงาน) cell is empty'],
          'HTML -> headless Chromium print (Garuda, A4 landscape): title FY 2569; TAT (state enterprise) ITA 2568 in the prose '
          '91.08 ผ่าน but the IIT/EIT/OIT strip gives คะแนนรวม 89.06 (CONTRADICTORY); 8-column table ที่ 1–4, steps as <ol> lists, '
          'ผลการดำเนินงาน = output, ผลลัพธ์ = outcome; header repeated on page 2; ข้อเสนอแนะ; signers.')


# ------------------------------------------------------------------ m05 (provincial public health office)
def m05():
    F = 'm05_ssj_phraekhiri_measures_2570.pdf'; AG = 'สำนักงานสาธารณสุขจังหวัดแพร่คีรี'
    MS = [
     dict(n='๑', title='เปิดเผยข้อมูลการจัดซื้อยาและเวชภัณฑ์ที่มิใช่ยาของหน่วยบริการในสังกัดผ่านเว็บไซต์สำนักงาน',
          steps='๑) กลุ่มงานบริหารทั่วไปรวบรวมผลการจัดซื้อรายเดือน\n๒) ตรวจสอบความถูกต้องกับระบบ e-GP\n๓) เผยแพร่ภายในวันที่ ๑๐ ของเดือนถัดไป',
          resp='กลุ่มงานบริหารทั่วไป / กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐',
          mon='รองนายแพทย์สาธารณสุขจังหวัดติดตามในที่ประชุมกรรมการบริหารทุกเดือน', outc='เผยแพร่ข้อมูลครบ ๑๒ เดือน ไม่มีข้อร้องเรียนการจัดซื้อ'),
     dict(n='๒', title='ป้องกันการเรียกรับผลประโยชน์ในการตรวจและออกใบอนุญาตสถานประกอบการเพื่อสุขภาพ (สปา นวดเพื่อสุขภาพ)',
          steps='......', resp='กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข', period='ม.ค. – ก.ย. ๒๕๗๐',
          mon='กลุ่มงานนิติการรายงานนายแพทย์สาธารณสุขจังหวัดรายไตรมาส', outc='ไม่มีข้อร้องเรียนเรื่องการเรียกรับผลประโยชน์'),
     dict(n='๓', title='บริหารงานบุคคลอย่างเป็นธรรม (การย้าย การเลื่อนเงินเดือน) โดยประกาศหลักเกณฑ์และผลการพิจารณา',
          steps='๑) ประกาศหลักเกณฑ์ล่วงหน้า\n๒) คณะกรรมการพิจารณาตามหลักเกณฑ์\n๓) ประกาศผลและเปิดช่องทางอุทธรณ์',
          resp='กลุ่มงานบริหารทรัพยากรบุคคล', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='คณะกรรมการบริหารสำนักงานติดตามทุกรอบการประเมิน',
          outc='ไม่มีการอุทธรณ์ผลการพิจารณาที่ฟังขึ้น'),
     dict(n='๔', title='ส่งเสริมวัฒนธรรมสุจริตและนโยบายไม่รับของขวัญ (No Gift Policy) ในหน่วยบริการทุกระดับ',
          steps='๑) ประกาศเจตนารมณ์ของผู้บริหาร\n๒) ชมรมจริยธรรมจัดกิจกรรมในโรงพยาบาลชุมชน\n๓) รายงานการรับของขวัญหลังเทศกาล',
          resp='กลุ่มงานกฎหมาย / ชมรมจริยธรรม', period='ธ.ค. ๒๕๖๙ – ก.พ. ๒๕๗๐', mon='กลุ่มงานกฎหมายสรุปรายงานหลังเทศกาล',
          outc='บุคลากรผ่านการทดสอบความรู้ร้อยละ ๙๐'),
    ]
    d = new_doc('TH Sarabun New', 15)
    s = d.sections[0]
    # cover page
    for _ in range(6):
        para(d, '')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 24)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 22)
    para(d, '')
    para(d, AG, True, True, 20)
    para(d, 'กระทรวงสาธารณสุข', False, True, 18)
    for _ in range(8):
        para(d, '')
    para(d, 'กลุ่มงานกฎหมาย  โทร. ๐ ๕๔๕๑ ๑๑๗๗', False, True, 14)
    d._pb = True
    para(d, 'สารบัญ', True, True, 18)
    for a, b in (('ส่วนที่ ๑  ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '๑'),
                 ('ส่วนที่ ๒  การวิเคราะห์ผลการประเมิน', '๑'),
                 ('ส่วนที่ ๓  มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '๒')):
        p = para(d, a + '\t' + b)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), 2, 1)  # right, dots
    d._pb = True
    footer_pages(s, '- {P} -')
    para(d, 'ส่วนที่ ๑  ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True)
    para(d, '\tสำนักงานสาธารณสุขจังหวัดแพร่คีรีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ได้คะแนน ๘๗.๔๔ คะแนน อยู่ในระดับ '
            'ผ่าน (เกณฑ์ ๘๕ คะแนนขึ้นไป)')
    para(d, 'ส่วนที่ ๒  การวิเคราะห์ผลการประเมิน', True)
    para(d, '๒.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', True)
    para(d, '\t(๑) ผู้มีส่วนได้ส่วนเสียภายนอกยังมีข้อสงสัยเรื่องการตรวจและออกใบอนุญาตสถานประกอบการเพื่อสุขภาพ', indent=0.5)
    para(d, '\t(๒) การเปิดเผยข้อมูลการจัดซื้อยาของหน่วยบริการในสังกัดยังไม่ครบทุกเดือน', indent=0.5)
    para(d, '๒.๒ ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    para(d, '\t(๑) การสื่อสารหลักเกณฑ์การบริหารงานบุคคลให้บุคลากรรับทราบอย่างทั่วถึง', indent=0.5)
    para(d, '\t(๒) การส่งเสริมวัฒนธรรมไม่รับของขวัญในโรงพยาบาลชุมชน', indent=0.5)
    para(d, 'ส่วนที่ ๓  มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True)
    hd = ['ลำดับ', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลลัพธ์ที่คาดว่าจะได้รับ']
    K = ['n', 'title', 'steps', 'resp', 'period', 'mon', 'outc']
    table(d, hd, [[m[k] for k in K] for m in MS], [1.1, 3.4, 4.0, 2.4, 1.9, 2.3, 2.3], 'FCE4D6', 13, 12)
    signatures(d, ('นางพิมพ์ชนก ร้องกวางคีรี', 'นิติกรชำนาญการพิเศษ', 'ผู้จัดทำ'),
               ('นายแพทย์วรพล เด่นชัยคีรี', 'นายแพทย์สาธารณสุขจังหวัดแพร่คีรี', 'ผู้อนุมัติ'), size=13)
    src = os.path.join(BUILD, 'm05.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['measure ๒: steps (ขั้นตอน/วิธีการ) is "......"'],
          'Word (TH Sarabun New, portrait) -> LibreOffice PDF: cover page (FY ๒๕๗๐), contents page (สารบัญ with dot leaders), then '
          'ส่วนที่ ๑ ITA ๒๕๖๙ ๘๗.๔๔ ผ่าน, ส่วนที่ ๒ with ๒.๑ weaknesses and ๒.๒ improvements, ส่วนที่ ๓ 7-column table ลำดับ ๑–๔ '
          '(ผลลัพธ์ที่คาดว่าจะได้รับ = outcome), header repeated; row ๒ is cut by the page break (its "......" steps on page 3, the rest '
          'of its title and cells on page 4 - all measure ๒); footer "- n -"; output never stated (missing by convention).',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ------------------------------------------------------------------ p04 (เทศบาลตำบล plan, COMPLETE)
def p04():
    F = 'p04_tt_paikhiri_plan_2570.pdf'; AG = 'เทศบาลตำบลปายคีรี'
    GROUPS = [
     ('ด้านที่ ๑  การเปิดเผยข้อมูลและการมีส่วนร่วม', [
      dict(n='๑', title='เผยแพร่ข้อมูลงบประมาณ การจัดซื้อจัดจ้าง และความก้าวหน้าโครงการบนเว็บไซต์และป้ายประชาสัมพันธ์ชุมชน',
           steps='- กองคลังสรุปผลรายเดือน\n- สำนักปลัดเผยแพร่บนเว็บไซต์\n- ติดป้ายประชาสัมพันธ์ ๗ ชุมชน', resp='กองคลัง / สำนักปลัดเทศบาล',
           period='ต.ค. ๖๙ – ก.ย. ๗๐', mon='ปลัดเทศบาลตรวจสอบทุกเดือน', outc='เผยแพร่ครบ ๑๒ เดือน'),
      dict(n='๒', title='ให้ผู้แทนชุมชนชาติพันธุ์ร่วมตรวจรับงานก่อสร้างโครงสร้างพื้นฐานในพื้นที่สูง',
           steps='- แต่งตั้งผู้แทนชุมชนร่วมเป็นกรรมการ\n- จัดล่ามภาษาท้องถิ่นในการประชุมชี้แจง\n- เผยแพร่ผลการตรวจรับ', resp='กองช่าง',
           period='ธ.ค. ๖๙ – ส.ค. ๗๐', mon='นายกเทศมนตรีติดตามในที่ประชุมประจำเดือน', outc='ทุกโครงการมีผู้แทนชุมชนร่วมตรวจรับ'),
     ]),
     ('ด้านที่ ๒  การป้องกันการทุจริตและการส่งเสริมคุณธรรม', [
      dict(n='๓', title='ควบคุมการจัดเก็บค่าธรรมเนียมจอดรถและค่าเช่าแผงถนนคนเดินด้วยใบเสร็จอิเล็กทรอนิกส์',
           steps='- ออกใบเสร็จผ่านแอปพลิเคชันทุกรายการ\n- กระทบยอดรายวัน\n- สุ่มตรวจโดยหน่วยตรวจสอบภายใน', resp='กองคลัง (งานพัฒนารายได้)',
           period='ต.ค. ๖๙ – ก.ย. ๗๐', mon='หน่วยตรวจสอบภายในรายงานนายกเทศมนตรีรายไตรมาส', outc='รายได้ค่าธรรมเนียมเพิ่มขึ้นร้อยละ ๑๕'),
      dict(n='๔', title='อบรมพนักงานเทศบาลเรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม',
           steps='- จัดอบรม ๑ รุ่น\n- ทดสอบความรู้ก่อน–หลัง\n- แจ้งเวียนคู่มือ', resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)',
           period='ม.ค. – มี.ค. ๗๐', mon='สำนักปลัดสรุปผลรายงานนายกเทศมนตรี', outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ ๘๐'),
      dict(n='๕', title='ติดตามและรายงานผลการดำเนินงานตามแผนฯ รอบ ๖ เดือนและ ๑๒ เดือน',
           steps='- รวบรวมผลจากทุกกอง\n- สรุปรายงานเสนอนายกเทศมนตรี\n- เผยแพร่บนเว็บไซต์', resp='สำนักปลัดเทศบาล',
           period='เม.ย. ๗๐ / ก.ย. ๗๐', mon='นายกเทศมนตรีพิจารณารายงานทั้ง ๒ รอบ', outc='รายงานผลครบ ๒ รอบ เผยแพร่ทันกำหนด'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    d = new_doc('Kinnari', 13, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.6)
    footer_pages(s, '{P}')
    para(d, 'แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 17)
    para(d, AG + '  อำเภอปายคีรี  จังหวัดแม่ฮ่องสอนคีรี', True, True, 15)
    para(d, '\tผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เทศบาลตำบลปายคีรีได้ ๘๘.๓๖ คะแนน ระดับผ่าน เทศบาลจึงจัดทำแผนปฏิบัติการ '
            'ฉบับนี้ โดยมีกิจกรรม ๕ กิจกรรม ใน ๒ ด้าน ดังนี้')
    para(d, '')
    hd = ['ที่', 'กิจกรรม', 'วิธีการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตาม', 'ตัวชี้วัด']
    K = ['n', 'title', 'steps', 'resp', 'period', 'mon', 'outc']
    table(d, hd, None, [1.0, 6.0, 5.4, 3.6, 2.6, 3.8, 4.0], 'D9E1F2', 14, 13,
          [(g, [[m[k] for k in K] for m in ms]) for g, ms in GROUPS])
    signatures(d, ('นางสาวศิริพร แม่ปิงคีรี', 'นักวิเคราะห์นโยบายและแผนชำนาญการ', 'ผู้จัดทำ'),
               ('นายอดิศร เวียงใต้คีรี', 'นายกเทศมนตรีตำบลปายคีรี', 'ผู้อนุมัติแผน'), size=13)
    src = os.path.join(BUILD, 'p04.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'Word (Kinnari, landscape) -> LibreOffice PDF: title FY ๒๕๗๐; ITA ๒๕๖๙ ๘๘.๓๖ ผ่าน; 7-column table ที่ ๑–๕ with "- " steps, '
          'การติดตาม column, ตัวชี้วัด = outcome; shaded merged group rows "ด้านที่ ๑/๒" (not units); activity ๕ is the plan\'s own '
          '6/12-month follow-up and is itself a unit; header repeated; row ๓ is cut by the page break (rest on page 2 = activity ๓); page-number footer. COMPLETE. Output never stated '
          '(missing by convention).')


if __name__ == '__main__':
    for f in (sys.argv[1:] or ['r01', 'r06', 'm05', 'p04']):
        globals()[f]()
        print('built', f)
