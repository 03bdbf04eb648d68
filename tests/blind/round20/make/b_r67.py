"""r06: provincial energy office results, PDF. NEW: merged PDF - page 1 is an IMAGE-ONLY scan of the signed
approval memo (no text layer, slightly skewed, grey), pages 2.. are the Word export (text layer).
r07: Rajabhat faculty results, `pdftotext -layout` of a landscape Word PDF (Norasi)."""
import os, subprocess, shutil
from PIL import Image, ImageFilter, ImageOps
from pypdf import PdfWriter, PdfReader
from common import *

R06 = 'r06_energy_loeinathi_results_2569'
AG6 = 'สำนักงานพลังงานจังหวัดเลยนที'
T6 = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙'
M6 = [
 dict(n='๑', title='เผยแพร่ข้อมูลโครงการส่งเสริมการใช้พลังงานทดแทนในชุมชนและผลการคัดเลือกพื้นที่',
      steps='๑) ประกาศหลักเกณฑ์การคัดเลือกชุมชน\n๒) ประกาศผลการคัดเลือกบนเว็บไซต์และเพจ\n๓) เปิดให้ยื่นอุทธรณ์ภายใน ๗ วัน',
      resp='กลุ่มงานส่งเสริมพลังงานทดแทน', period='ธ.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙',
      mon='รายงานพลังงานจังหวัดเมื่อประกาศผล',
      out='ประกาศผลการคัดเลือกชุมชน ๑๒ แห่ง ไม่มีการอุทธรณ์',
      outc='ชุมชนเชื่อมั่นในความเป็นธรรมของการคัดเลือก ไม่มีข้อร้องเรียน'),
 dict(n='๒', title='ตรวจสอบสถานีบริการน้ำมันเชื้อเพลิงและก๊าซปิโตรเลียมเหลวอย่างโปร่งใส',
      steps='๑) จัดทำแผนตรวจประจำปีและเปิดเผยรายชื่อสถานีที่จะตรวจเป็นรายไตรมาส\n๒) ตรวจเป็นทีมอย่างน้อย ๒ คน\n๓) บันทึกผลการตรวจในระบบ',
      resp='กลุ่มงานกำกับและความปลอดภัยด้านพลังงาน', period='-',
      mon='สรุปผลการตรวจรายไตรมาสเสนอพลังงานจังหวัด',
      out='ตรวจสถานีบริการ ๘๔ แห่ง จากแผน ๙๐ แห่ง',
      outc='สถานีบริการผ่านมาตรฐานความปลอดภัยร้อยละ ๙๖.๔'),
 dict(n='๓', title='เปิดเผยข้อมูลการใช้จ่ายงบประมาณและการจัดซื้อจัดจ้างรายไตรมาส',
      steps='๑) สรุปผลการเบิกจ่ายงบประมาณรายไตรมาส\n๒) เผยแพร่ สขร.๑ ทุกเดือน',
      resp='กลุ่มงานบริหารทั่วไป', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙',
      mon='รายงานผลต่อสำนักงานปลัดกระทรวงพลังงานทุกไตรมาส',
      out='เผยแพร่ครบ ๔ ไตรมาส และ สขร.๑ ครบ ๑๒ เดือน',
      outc='เบิกจ่ายงบประมาณได้ร้อยละ ๙๘.๗๒ ประชาชนตรวจสอบได้'),
 dict(n='๔', title='ส่งเสริมวัฒนธรรมองค์กรและการป้องกันผลประโยชน์ทับซ้อน',
      steps='๑) จัดประชุมชี้แจงประมวลจริยธรรมข้าราชการพลเรือน\n๒) เจ้าหน้าที่จัดทำแบบแสดงความไม่มีส่วนได้เสียในการจัดซื้อจัดจ้าง',
      resp='กลุ่มงานบริหารทั่วไป', period='ม.ค. ๒๕๖๙',
      mon='',
      out='ประชุมชี้แจง ๑ ครั้ง เจ้าหน้าที่ ๑๙ คน',
      outc='-'),
]
HDR6 = ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตาม/รายงาน', 'ผลการดำเนินการ', 'ผลลัพธ์']
W6 = [0.9, 3.6, 5.6, 2.8, 2.6, 3.0, 3.5, 3.4]


def memo_pdf():
    d = new_doc('Garuda', 14, margins=(2.0, 2.0, 3.0, 2.0))
    para(d, 'บันทึกข้อความ', bold=True, align='center', size=24)
    for ln in ['ส่วนราชการ  สำนักงานพลังงานจังหวัดเลยนที  กลุ่มงานบริหารทั่วไป  โทร. ๐ ๔๒๘๑ ๒๒๓๓',
               'ที่  ลย ๐๐๒๓/๕๘๗                               วันที่  ๙  ตุลาคม  ๒๕๖๙',
               'เรื่อง  ขออนุมัติเผยแพร่รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๙',
               '', 'เรียน  พลังงานจังหวัดเลยนที', '',
               '        ตามที่สำนักงานพลังงานจังหวัดเลยนทีได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
               'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน ๔ มาตรการ นั้น กลุ่มงานบริหารทั่วไปได้รวบรวมผลการดำเนินการ',
               'ครบถ้วนแล้ว รายละเอียดตามรายงานที่แนบ จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติให้เผยแพร่บนเว็บไซต์ของสำนักงาน', '',
               '                                       (ลงชื่อ)   สุนันทา  ทองมา', '                                       (นางสุนันทา ทองมา)',
               '                                       นักจัดการงานทั่วไปชำนาญการ', '',
               '( / ) อนุมัติ     (   ) ไม่อนุมัติ เนื่องจาก ..................................', '',
               '                                       (ลงชื่อ)   ประเสริฐ  ภูผา', '                                       (นายประเสริฐ ภูผาทอง)',
               '                                       พลังงานจังหวัดเลยนที', '                                       ๑๐ ต.ค. ๒๕๖๙']:
        para(d, ln)
    p = os.path.join(BUILD, 'r06_memo.docx'); d.save(p)
    pdf = to_pdf(p)
    subprocess.run(['pdftoppm', '-r', '110', '-gray', '-png', '-singlefile', pdf, os.path.join(BUILD, 'r06_memo')], check=True)
    im = Image.open(os.path.join(BUILD, 'r06_memo.png')).convert('L')
    im = im.rotate(0.8, resample=Image.BICUBIC, expand=False, fillcolor=245)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    im = im.point(lambda v: min(255, int(v * 0.93 + 12)))
    out = os.path.join(BUILD, 'r06_memo_scan.pdf')
    im.save(out, 'PDF', resolution=110)
    return out


def r06():
    memo = memo_pdf()
    doc = new_doc('Garuda', 12, landscape=True, margins=(1.8, 1.5, 1.5, 1.5))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = AG6; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run('หน้า '); page_field(fp)
    para(doc, T6, bold=True, align='center', size=15)
    para(doc, AG6 + '  กระทรวงพลังงาน', bold=True, align='center', size=15, space_after=6)
    para(doc, '\tผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ของสำนักงานปลัดกระทรวงพลังงาน ได้ ๙๒.๖๗ คะแนน '
              'ระดับ ผ่าน สำนักงานพลังงานจังหวัดเลยนทีจึงกำหนดมาตรการเพื่อแก้ไขประเด็นที่ได้คะแนนต่ำ และรายงานผลดังนี้')
    tb = doc.add_table(rows=1, cols=8); tb.style = 'Table Grid'
    for c, h in zip(tb.rows[0].cells, HDR6):
        cell_text(c, h, bold=True, align='center'); shade(c, 'FFF2CC')
    repeat_header(tb.rows[0])
    for m in M6:
        r = tb.add_row()
        for c, v in zip(r.cells, [m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell_text(c, v, align='center' if v in ('-', m['n']) else None)
    col_widths(tb, W6)
    para(doc, '')
    para(doc, 'ผู้รายงาน  นางสุนันทา ทองมา  นักจัดการงานทั่วไปชำนาญการ   วันที่รายงาน ๙ ตุลาคม ๒๕๖๙')
    p = os.path.join(BUILD, R06 + '.docx'); doc.save(p)
    body = to_pdf(p)
    w = PdfWriter()
    for f in (memo, body):
        for pg in PdfReader(f).pages:
            w.add_page(pg)
    w.add_metadata({'/Title': 'scan_20261010_0915', '/Producer': 'Microsoft: Print To PDF'})
    with open(os.path.join(OUT, R06 + '.pdf'), 'wb') as fh:
        w.write(fh)
    label(R06 + '.pdf', 'results', 2569, AG6, 'measure', M6,
          ['measure 2: period is "-"', 'measure 4: follow-up/report cell left blank', 'measure 4: outcome is "-"'],
          'NEW FORM: a MERGED PDF - page 1 is an image-only scan of the signed approval memo (บันทึกข้อความ ขออนุมัติเผยแพร่, '
          '"( / ) อนุมัติ"), grey, slightly skewed, no text layer; pages 2.. are the Word export (Garuda, landscape, text layer) '
          'with the title, ministry-level score 92.67 and an 8-col table with own การติดตาม/รายงาน column, header repeated. '
          'Document metadata title is a scanner file name. The report title appears only from page 2 on.')


# ---------------------------------------------------------------- r07
R07 = 'r07_rbru_udonnathi_edu_results_2569'
AG7 = 'คณะครุศาสตร์ มหาวิทยาลัยราชภัฏอุดรนที'
T7 = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
M7 = [
 dict(n='1', title='เปิดเผยข้อมูลการรับสมัครและคัดเลือกนักศึกษาระดับบัณฑิตศึกษาอย่างโปร่งใส',
      steps='1) ประกาศเกณฑ์การคัดเลือกล่วงหน้า 30 วัน 2) สอบสัมภาษณ์โดยกรรมการอย่างน้อย 3 คน 3) ประกาศผลพร้อมคะแนนรวม',
      resp='งานบัณฑิตศึกษา คณะครุศาสตร์', period='ม.ค. – พ.ค. 2569', mon='รายงานคณะกรรมการประจำคณะ',
      out='ประกาศเกณฑ์และผลการคัดเลือก 2 รอบ ผู้สมัคร 146 คน', outc='ไม่มีข้อร้องเรียนเรื่องการคัดเลือก'),
 dict(n='2', title='ป้องกันการใช้ทรัพย์สินของทางราชการเพื่อประโยชน์ส่วนตน',
      steps='-',
      resp='สำนักงานคณบดี (งานพัสดุ)', period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานผลการตรวจสอบพัสดุประจำปีต่อคณบดี',
      out='ออกประกาศแนวปฏิบัติการยืมครุภัณฑ์ 1 ฉบับ', outc='การยืมครุภัณฑ์มีหลักฐานครบทุกรายการ'),
 dict(n='3', title='ส่งเสริมความโปร่งใสในการประเมินผลการปฏิบัติงานของบุคลากร',
      steps='1) ชี้แจงเกณฑ์ประเมิน 2) เปิดให้บุคลากรดูผลและโต้แย้งได้ภายใน 7 วัน',
      resp='งานบริหารงานบุคคล', period='มี.ค. และ ก.ย. 2569', mon='สรุปผลการประเมินรายงานมหาวิทยาลัยรอบละครั้ง',
      out='ประเมิน 2 รอบ บุคลากร 87 คน มีผู้ขอทบทวน 2 ราย', outc='บุคลากรยอมรับผลการประเมิน ความพึงพอใจร้อยละ 89.3'),
 dict(n='4', title='โครงการครูดีไม่มีโกง สำหรับนักศึกษาฝึกประสบการณ์วิชาชีพครู',
      steps='1) อบรมนักศึกษาชั้นปีที่ 4 ก่อนออกฝึก 2) มอบหมายกิจกรรมสะท้อนคิดในโรงเรียนพี่เลี้ยง',
      resp='ศูนย์ฝึกประสบการณ์วิชาชีพครู', period='พ.ค. – มิ.ย. 2569', mon='อาจารย์นิเทศรายงานผลต่อศูนย์ฯ',
      out='นักศึกษาเข้าร่วม 412 คน', outc='-'),
 dict(n='5', title='เผยแพร่ผลการใช้จ่ายงบประมาณโครงการบริการวิชาการแก่โรงเรียนในท้องถิ่น',
      steps='1) สรุปค่าใช้จ่ายรายโครงการ 2) เผยแพร่บนเว็บไซต์คณะ',
      resp='งานแผนและงบประมาณ', period='ต.ค. 2568 – ก.ย. 2569 (ทุกไตรมาส)', mon='รายงานกองนโยบายและแผนทุกไตรมาส',
      out='เผยแพร่ครบ 11 โครงการ', outc='โรงเรียนเครือข่ายและประชาชนตรวจสอบการใช้งบประมาณได้'),
]
HDR7 = ['ที่', 'มาตรการ', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ช่วงเวลา', 'การติดตามผล', 'ผลผลิต', 'ผลลัพธ์']
W7 = [0.9, 4.0, 5.6, 3.0, 2.4, 3.2, 3.2, 3.2]


def r07():
    doc = new_doc('Norasi', 12, landscape=True, margins=(1.6, 1.5, 1.5, 1.5))
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run('- '); page_field(fp); fp.add_run(' -')
    para(doc, T7, bold=True, align='center', size=15)
    para(doc, AG7, bold=True, align='center', size=15)
    para(doc, 'ผลคะแนน ITA ปี 2568 ของมหาวิทยาลัยราชภัฏอุดรนที = 91.18 คะแนน (ผ่าน)', align='center', space_after=6)
    tb = doc.add_table(rows=1, cols=8); tb.style = 'Table Grid'
    for c, h in zip(tb.rows[0].cells, HDR7):
        cell_text(c, h, bold=True, align='center')
    repeat_header(tb.rows[0])
    for m in M7:
        r = tb.add_row()
        for c, v in zip(r.cells, [m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell_text(c, v, align='center' if v == '-' else None)
    col_widths(tb, W7)
    para(doc, '')
    para(doc, 'ลงชื่อ ผู้ช่วยศาสตราจารย์ ดร.อรอุมา ศรีภูธร   คณบดีคณะครุศาสตร์', align='right')
    p = os.path.join(BUILD, R07 + '.docx'); doc.save(p)
    pdf = to_pdf(p)
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
    write(R07 + '.txt', txt)
    label(R07 + '.txt', 'results', 2569, AG7, 'measure', M7,
          ['measure 2: steps cell is "-"', 'measure 4: outcome is "-"'],
          'Plain `pdftotext -layout` output of a landscape Word PDF (Norasi): space-aligned columns, cells wrapped over several '
          'lines, header repeated after the form feed, "- n -" footer. 8 cols incl. own การติดตามผล. University score 91.18.')


if __name__ == '__main__':
    r06(); r07()
