"""r02: regional hospital, results FY 2569, DOCX. NEW: the table's column-header row lives in the PAGE HEADER
(a one-row header table in header1.xml, widths aligned with the body table); the body table has data rows only."""
import os
from common import *

NAME = 'r02_hosp_sukhothainathi_results_2569'
AG = 'โรงพยาบาลสุโขทัยนที'
TITLE = 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ ๒๕๖๙'

M = [
 dict(n='1', title='ประกาศเจตจำนงสุจริตของผู้อำนวยการโรงพยาบาลและทีมบริหาร',
      steps='- ผู้อำนวยการลงนามประกาศเจตจำนงสุจริตต่อหน้าบุคลากร\n- เผยแพร่ประกาศทางเว็บไซต์และเพจโรงพยาบาล',
      resp='กลุ่มงานบริหารทั่วไป', period='ตุลาคม – พฤศจิกายน 2568',
      out='จัดกิจกรรมประกาศเจตจำนงสุจริต 1 ครั้ง วันที่ 14 พ.ย. 2568 บุคลากรเข้าร่วม 412 คน',
      outc='บุคลากรรับรู้นโยบายของผู้บริหาร ผลสำรวจการรับรู้ร้อยละ 94.2'),
 dict(n='2', title='ควบคุมการใช้ยานพาหนะส่วนกลางและน้ำมันเชื้อเพลิงของโรงพยาบาล',
      steps='- บันทึกการใช้รถผ่านแอปพลิเคชันจองรถ\n- ตรวจสอบเลขไมล์เทียบใบเบิกน้ำมันทุกสัปดาห์\n- สุ่มตรวจการใช้รถนอกเวลาราชการ',
      resp='งานยานพาหนะ กลุ่มงานบริหารทั่วไป', period='ตลอดปีงบประมาณ 2569',
      out='บันทึกการใช้รถครบ 100% สุ่มตรวจ 24 ครั้ง',
      outc='ค่าน้ำมันเชื้อเพลิงลดลงร้อยละ 8.6 เมื่อเทียบกับปีงบประมาณ 2568'),
 dict(n='3', title='เปิดเผยข้อมูลการจัดซื้อยา เวชภัณฑ์ และครุภัณฑ์การแพทย์',
      steps='- ประกาศแผนจัดซื้อจัดจ้างประจำปี\n- สรุปผลการจัดซื้อจัดจ้างรายเดือนตามแบบ สขร.1\n- เผยแพร่ราคากลางครุภัณฑ์ที่มีวงเงินเกิน 500,000 บาท',
      resp='กลุ่มงานพัสดุ / กลุ่มงานเภสัชกรรม', period='ต.ค. 68 – ก.ย. 69',
      out='เผยแพร่ สขร.1 ครบ 12 เดือน ราคากลาง 9 รายการ',
      outc='ผู้ประกอบการและประชาชนตรวจสอบการจัดซื้อได้ ไม่มีข้อร้องเรียน'),
 dict(n='4', title='พัฒนาระบบรับเรื่องร้องเรียนและการตอบกลับผู้ร้องเรียนภายใน 15 วัน',
      steps='- เปิดช่องทางร้องเรียน 5 ช่องทาง (กล่อง โทรศัพท์ เว็บไซต์ LINE OA ศูนย์รับเรื่อง)\n- ลงทะเบียนเรื่องร้องเรียนและแจ้งผลการพิจารณา',
      resp='', period='ต.ค. 68 – ก.ย. 69',
      out='รับเรื่องร้องเรียน 37 เรื่อง ตอบกลับภายใน 15 วัน 35 เรื่อง',
      outc='ผู้ร้องเรียนได้รับแจ้งผลเร็วขึ้น ร้อยละ 94.6 ภายในกำหนด'),
 dict(n='5', title='อบรมเสริมสร้างวัฒนธรรมองค์กร "รพ.สุโขทัยนที โปร่งใส ไม่ทนต่อการทุจริต"',
      steps='- จัดอบรมเชิงปฏิบัติการสำหรับหัวหน้างานและบุคลากรใหม่\n- ทดสอบความรู้ก่อนและหลังการอบรม',
      resp='กลุ่มงานทรัพยากรบุคคล ร่วมกับชมรมจริยธรรม', period='มีนาคม 2569',
      out='อบรม 2 รุ่น ผู้เข้าร่วม 186 คน',
      outc='อยู่ระหว่างดำเนินการ'),
]

HDR = ['ลำดับ', 'มาตรการ / กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินการ', 'ผลลัพธ์ที่เกิดขึ้น']
W = [1.3, 4.6, 6.4, 3.3, 2.9, 4.0, 4.0]


def build():
    doc = new_doc('TH Sarabun New', 15, landscape=True, margins=(3.6, 1.6, 1.6, 1.6))
    sec = doc.sections[0]
    sec.header_distance = Cm(0.8)
    hdr = sec.header
    p0 = hdr.paragraphs[0]
    r = p0.add_run(TITLE); r.bold = True
    p0.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p1 = hdr.add_paragraph(AG + ' จังหวัดสุโขทัยนที'); p1.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ht = hdr.add_table(rows=1, cols=7, width=Cm(26.2)); ht.style = 'Table Grid'
    for c, h in zip(ht.rows[0].cells, HDR):
        cell_text(c, h, bold=True, align='center'); shade(c, 'DEEAF6')
    col_widths(ht, W)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run('หน้า '); page_field(fp); fp.add_run(' / '); page_field(fp, 'NUMPAGES')
    tb = doc.add_table(rows=0, cols=7); tb.style = 'Table Grid'
    for m in M:
        row = tb.add_row()
        vals = [m['n'], m['title'], m['steps'], m['resp'], m['period'], m['out'], m['outc']]
        for c, v in zip(row.cells, vals):
            cell_text(c, v, align='center' if c is row.cells[0] else None)
    col_widths(tb, W)
    para(doc, '')
    para(doc, 'การกำกับติดตาม', bold=True)
    para(doc, '\tคณะกรรมการจริยธรรมและความโปร่งใสของโรงพยาบาลติดตามความก้าวหน้าของทุกมาตรการในการประชุมประจำเดือน '
              'และรายงานผลต่อผู้อำนวยการโรงพยาบาลทุกไตรมาส รวมทั้งรายงานสำนักงานสาธารณสุขจังหวัดเมื่อสิ้นปีงบประมาณ')
    para(doc, '')
    for ln in ['ลงชื่อ ............................................ ผู้รายงาน', '(นางพรทิพย์ อินทร์แก้ว)',
               'หัวหน้ากลุ่มงานบริหารทั่วไป', '',
               'ลงชื่อ ............................................', '(นายแพทย์ธีรวัฒน์ บุญเรือง)',
               'ผู้อำนวยการโรงพยาบาลสุโขทัยนที']:
        para(doc, ln, align='center')
    doc.save(os.path.join(OUT, NAME + '.docx'))
    label(NAME + '.docx', 'results', 2569, AG, 'measure', M,
          ['measure 4: responsible cell left blank',
           'measure 5: outcome is "อยู่ระหว่างดำเนินการ"'],
          'Regional hospital Word file (TH Sarabun New, landscape). NEW FORM: the title, the agency and the table\'s '
          'column-header row are in the PAGE HEADER (header1.xml holds a one-row table with the column names, aligned with '
          'the body table), so the headings show on every page; the body starts directly with a 7-column data table whose '
          'first row is measure 1 (no header row in the body table). No monitoring column: the closing "การกำกับติดตาม" '
          'paragraph (monthly committee follow-up, quarterly report to the director) is monitoring for every measure. '
          'Steps as "- " lines in the cell. Footer "หน้า n / N".', general_mon=True)


if __name__ == '__main__':
    build()
