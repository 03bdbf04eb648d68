"""m01: อบจ.แหลมสิงห์ทอง measures FY2570 - DOCX (TH SarabunIT๙), portrait analysis + landscape table with merged activity rows."""
from common import *
from docx.enum.section import WD_SECTION

FN = 'm01_pao_laemsinghthong_measures_2570.docx'
AG = 'องค์การบริหารส่วนจังหวัดแหลมสิงห์ทอง'
SC = [('๑', 'การปฏิบัติหน้าที่', '๙๔.๑๒'), ('๒', 'การใช้งบประมาณ', '๘๘.๓๗'), ('๓', 'การใช้อำนาจ', '๙๐.๐๕'),
      ('๔', 'การใช้ทรัพย์สินของราชการ', '๘๖.๔๑'), ('๕', 'การแก้ไขปัญหาการทุจริต', '๘๙.๗๗'), ('๖', 'คุณภาพการดำเนินงาน', '๙๑.๒๐'),
      ('๗', 'ประสิทธิภาพการสื่อสาร', '๘๗.๖๔'), ('๘', 'การปรับปรุงระบบการทำงาน', '๘๔.๙๓'), ('๙', 'การเปิดเผยข้อมูล', '๙๒.๕๐'),
      ('๑๐', 'การป้องกันการทุจริต', '๗๑.๒๕')]
# rows: (number, title, [(steps, resp, period)], monitoring, indicator, code)
MS = [
 ('๑', 'มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง',
  [('• เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์\n• ให้คณะกรรมการทุกชุดลงนามในแบบแสดงความไม่มีส่วนได้เสีย', 'กองพัสดุและทรัพย์สิน', 'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐')],
  'รายงานผลต่อนายก อบจ. ทุกไตรมาส', 'ไม่มีเรื่องร้องเรียนเกี่ยวกับการจัดซื้อจัดจ้าง', '1111101'),
 ('๒', 'มาตรการเสริมสร้างความรู้และจิตสำนึกการป้องกันผลประโยชน์ทับซ้อนของบุคลากร',
  [('กิจกรรมที่ ๑ อบรมให้ความรู้เรื่องผลประโยชน์ทับซ้อนแก่ผู้บริหารและพนักงาน', 'กองการเจ้าหน้าที่', 'ก.พ. ๒๕๗๐'),
   ('กิจกรรมที่ ๒ จัดทำสื่อ “รู้ทันผลประโยชน์ทับซ้อน” เผยแพร่ทางเสียงตามสายและกลุ่มไลน์ของ อบจ.', 'ฝ่ายประชาสัมพันธ์ สำนักปลัด', 'มี.ค. – มิ.ย. ๒๕๗๐')],
  'กองการเจ้าหน้าที่สรุปผลรายงานนายก อบจ. ภายใน ๓๐ วันหลังเสร็จกิจกรรม', 'บุคลากรที่เข้าอบรมร้อยละ ๘๐ ผ่านแบบทดสอบหลังการอบรม', '1111101'),
 ('๓', 'มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณประจำปีให้ประชาชนตรวจสอบได้',
  [('• จัดทำรายงานการใช้จ่ายงบประมาณรายไตรมาส\n• เผยแพร่ผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์ของ อบจ.', 'กองคลัง', 'ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙')],
  'รายงานนายก อบจ. และเผยแพร่ทุกไตรมาส', 'เผยแพร่รายงานครบ ๔ ไตรมาส', '1111101'),
 ('๔', 'มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
  [('• ปรับปรุงช่องทางร้องเรียนออนไลน์และตู้รับเรื่องร้องเรียน\n• กำหนดให้แจ้งผลการดำเนินการแก่ผู้ร้องภายใน ๑๕ วัน', 'สำนักปลัด อบจ. (งานนิติการ)', 'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐')],
  '', 'เรื่องร้องเรียนได้รับการแจ้งผลภายในกำหนดร้อยละ ๑๐๐', '1111001'),
 ('๕', 'มาตรการกำกับดูแลการใช้ทรัพย์สินของราชการ',
  [('• จัดทำคู่มือการขออนุญาตยืมทรัพย์สินของราชการ\n• ตรวจสอบทะเบียนคุมทรัพย์สินทุก ๖ เดือน', 'ทุกกอง/สำนัก', 'ธ.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐')],
  'กองพัสดุและทรัพย์สินรายงานผลการตรวจสอบต่อปลัด อบจ. ทุก ๖ เดือน', '-', '1111100'),
 ('๖', 'มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการติดตามตรวจสอบโครงการก่อสร้าง',
  [('• ติดป้ายโครงการพร้อม QR Code แสดงงบประมาณและผู้รับจ้าง\n• เชิญผู้แทนชุมชนร่วมสังเกตการณ์การตรวจรับงาน', 'กองช่าง', 'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐')],
  'สรุปผลการมีส่วนร่วมรายงานนายก อบจ. ทุกไตรมาส และรายงานสภา อบจ. ปีละ ๑ ครั้ง', 'โครงการก่อสร้างทุกโครงการมีผู้แทนชุมชนร่วมสังเกตการณ์', '1111101'),
]

def build():
    doc = Document(); set_font(doc, 'TH SarabunIT๙', 16)
    s0 = doc.sections[0]; margins(s0, 2.0, 2.0, 3.0, 2.0)
    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, 20, 'c')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, 20, 'c')
    para(doc, AG, True, 20, 'c', space_after=10)
    para(doc, '๑. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. ๒๕๖๙', True)
    para(doc, '\tองค์การบริหารส่วนจังหวัดแหลมสิงห์ทองได้รับผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๙ คะแนนรวม ๘๗.๓๖ คะแนน '
         'อยู่ในระดับ ผ่าน โดยมีผลคะแนนรายตัวชี้วัด ดังนี้', align='j')
    t = doc.add_table(rows=1, cols=3); t.style = 'Table Grid'
    for i, h in enumerate(['ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'คะแนน']):
        cell_text(t.rows[0].cells[i], h, True, align='c'); shade(t.rows[0].cells[i])
    for n, name, v in SC:
        r = t.add_row().cells; cell_text(r[0], n, align='c'); cell_text(r[1], name); cell_text(r[2], v, align='c')
    r = t.add_row().cells; c = r[0].merge(r[1]); cell_text(c, 'คะแนนรวม', True, align='c'); cell_text(r[2], '๘๗.๓๖', True, align='c')
    col_widths(t, [2.5, 9.0, 3.0])
    para(doc, '')
    para(doc, '๒. การวิเคราะห์ผลการประเมิน', True)
    para(doc, '๒.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', True, indent=0.75)
    for b in ['ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ได้คะแนนต่ำสุด (๗๑.๒๕) เนื่องจากการเผยแพร่ผลการดำเนินการตามมาตรการป้องกันการทุจริตไม่ครบถ้วน และขาดการวิเคราะห์ความเสี่ยงการทุจริตในกระบวนงานจัดซื้อจัดจ้าง',
              'ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน (๘๔.๙๓) ผู้รับบริการเห็นว่ายังไม่เปิดโอกาสให้มีส่วนร่วมในการปรับปรุงการดำเนินงานเท่าที่ควร']:
        para(doc, '- ' + b, indent=1.25, align='j')
    para(doc, '๒.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', True, indent=0.75)
    for b in ['การรับรู้ของบุคลากรเรื่องการใช้ทรัพย์สินของราชการและผลประโยชน์ทับซ้อน (ตัวชี้วัดที่ ๔)',
              'การสื่อสารและการเปิดเผยข้อมูลการใช้จ่ายงบประมาณให้ประชาชนเข้าถึงง่าย (ตัวชี้วัดที่ ๒ และ ๗)']:
        para(doc, '- ' + b, indent=1.25, align='j')
    s1 = doc.add_section(WD_SECTION.NEW_PAGE); landscape(s1); margins(s1, 2.0, 1.5, 1.5, 1.5)
    for s in (s1,):
        s.header.is_linked_to_previous = False
        hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run_cs(hp.add_run('มาตรการส่งเสริมคุณธรรมและความโปร่งใส อบจ.แหลมสิงห์ทอง ปีงบประมาณ ๒๕๗๐ หน้า '), 13); add_field(hp, 'PAGE', 13)
    para(doc, '๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True)
    hdr = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามและรายงานผล', 'ตัวชี้วัดความสำเร็จ']
    t = doc.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, True, 15, 'c'); shade(t.rows[0].cells[i], 'E2EFD9')
    repeat_header(t.rows[0])
    for n, title, acts, mon, ind, code in MS:
        rows = [t.add_row() for _ in acts]
        for row, (st, rs, pd) in zip(rows, acts):
            cell_text(row.cells[2], st, size=15); cell_text(row.cells[3], rs, size=15); cell_text(row.cells[4], pd, size=15)
        for ci, v in ((0, n), (1, title), (5, mon), (6, ind)):
            c = rows[0].cells[ci]
            if len(rows) > 1:
                c = c.merge(rows[-1].cells[ci])
            cell_text(c, v, size=15, align='c' if ci == 0 else None)
    col_widths(t, [1.0, 5.0, 6.6, 3.2, 2.8, 3.8, 3.6])
    para(doc, '')
    for ln in ['ประกาศ ณ วันที่ ๒๐ พฤศจิกายน พ.ศ. ๒๕๖๙', '', '(ลงชื่อ) ...................................................',
               '(นายธนพล วงศ์ทะเล)', 'นายกองค์การบริหารส่วนจังหวัดแหลมสิงห์ทอง']:
        para(doc, ln, align='c').paragraph_format.left_indent = Cm(12)
    doc.save(os.path.join(ROOT, FN))
    units = [unit(n, title, code) for n, title, acts, mon, ind, code in MS]
    write_truth(FN, 'measures', 2570, AG, 'measure', units, [
        'measure 3: period "ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙" is the previous fiscal year (2569), not FY 2570 (stated, so present, but wrong)',
        'measure 4: monitoring/reporting cell left blank',
        'measure 5: success indicator is "-"'],
        'Ordinary PAO Word file. Portrait analysis part: 10-indicator score table (numbers ๑–๑๐ in its first column are '
        'indicators, NOT measures; total 87.36 ผ่าน consistent) and both NACC sections ๒.๑/๒.๒ as dash lists. Landscape '
        'section with a running header + PAGE field; 7-column table with header repeated. Measure ๒ has two activity rows '
        '(กิจกรรมที่ ๑/๒, each its own steps/responsible/period) with number, title, monitoring and indicator cells '
        'VERTICALLY MERGED over them: unit = measure (6 measures), elements present if stated in any of its rows. '
        'Indicator column labelled outcome; output never stated in a measures document. Signature block at the end.',
        sections={'weaknesses': 'present', 'improvements': 'present'})

if __name__ == '__main__':
    build()
