# r03: NEW FORM - HTML produced by poppler `pdftohtml -s -i -noframes` from the university's PDF
# (every text line an absolutely positioned <p>, no table markup, <br/> inside multi-line blocks)
from common import *
NAME = 'r03_rbru_maeklongphet_results_2569'
AG = 'มหาวิทยาลัยราชภัฏแม่กลองเพชร'
M = [
 dict(n='1', t='เผยแพร่ข้อมูลสาธารณะตามเกณฑ์ OIT บนเว็บไซต์มหาวิทยาลัย',
      steps=['1) สำรวจข้อมูลที่ต้องเผยแพร่ 33 รายการ', '2) มอบหมายหน่วยงานเจ้าของข้อมูล', '3) ตรวจทานก่อนเผยแพร่'],
      resp='กองนโยบายและแผน สำนักงานอธิการบดี', period='ต.ค. 68 – มี.ค. 69',
      mon='รายงานคณะกรรมการบริหารมหาวิทยาลัยเดือนละ 1 ครั้ง',
      out='เผยแพร่ข้อมูลครบ 33 รายการ ภายใน 31 มี.ค. 69',
      outc='คะแนน OIT ปี 2569 เพิ่มขึ้นจาก 84.50 เป็น 95.00'),
 dict(n='2', t='ป้องกันการขัดกันระหว่างประโยชน์ในการรับนักศึกษาและการประเมินผลการเรียน',
      steps=['1) ให้อาจารย์ผู้สอนลงนามแบบเปิดเผยผลประโยชน์', '2) แยกผู้ออกข้อสอบกับผู้ตรวจข้อสอบ', '3) เปิดช่องทางอุทธรณ์ผลการเรียน'],
      resp='สำนักส่งเสริมวิชาการและงานทะเบียน', period='พ.ย. 68 – ส.ค. 69',
      mon='',
      out='อาจารย์ลงนามแบบเปิดเผยผลประโยชน์ 318 คน',
      outc='ไม่มีข้อร้องเรียนเรื่องความไม่เป็นธรรมในการประเมินผล'),
 dict(n='3', t='พัฒนาระบบรับเรื่องร้องเรียนออนไลน์ "ราชภัฏใสสะอาด"',
      steps=['1) พัฒนาระบบบนเว็บไซต์', '2) กำหนดให้ตอบรับเรื่องภายใน 24 ชั่วโมง', '3) ประชาสัมพันธ์ช่องทางแก่นักศึกษาและประชาชน'],
      resp='ศูนย์ปฏิบัติการต่อต้านการทุจริต', period='ม.ค. – ก.ย. 69',
      mon='ติดตามสถานะเรื่องทุก 15 วัน และรายงานอธิการบดีรายไตรมาส',
      out='เปิดใช้ระบบ 1 มี.ค. 69 รับเรื่อง 14 เรื่อง',
      outc='ผู้ร้องติดตามสถานะได้เอง ปิดเรื่องได้ 13 เรื่อง (ร้อยละ 92.86)'),
 dict(n='4', t='อบรมเสริมสร้างวัฒนธรรมสุจริตสำหรับบุคลากรและนักศึกษา',
      steps=['1) จัดอบรมหลักสูตรต้านทุจริตศึกษา', '2) ประเมินความรู้ก่อนและหลังอบรม'],
      resp='กองพัฒนานักศึกษา ร่วมกับกองบริหารงานบุคคล', period='มิ.ย. – ส.ค. 69',
      mon='สรุปผลการอบรมเสนอรองอธิการบดีฝ่ายบริหาร',
      out='จัดอบรม 3 รุ่น ผู้เข้าร่วม 640 คน',
      outc='ผู้ผ่านเกณฑ์การประเมินความรู้หลังอบรมร้อยละ 88.4'),
 dict(n='5', t='ตรวจสอบการใช้ทรัพย์สินของทางราชการ (ยานพาหนะ ห้องประชุม)',
      steps=['1) จัดทำทะเบียนคุมการใช้ยานพาหนะและห้องประชุม', '2) สุ่มตรวจการใช้ทรัพย์สินไตรมาสละ 1 ครั้ง'],
      resp='งานยานพาหนะ กองกลาง', period='ตลอดปีงบประมาณ 2569',
      mon='รายงานผลการสุ่มตรวจต่อคณะกรรมการตรวจสอบทุก 6 เดือน',
      out='-',
      outc='การใช้ทรัพย์สินเป็นไปตามระเบียบ ไม่พบการใช้เพื่อประโยชน์ส่วนตน'),
]

def main():
    d = new_doc('Laksaman', 12, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
    d.core_properties.title = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2569'; d.core_properties.author = 'กองนโยบายและแผน'
    header_footer(d.sections[0], None, '- {PAGE} -', size=10)
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=14, align='c')
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2569', bold=True, size=14, align='c')
    para(d, AG, bold=True, size=14, align='c', space_after=6)
    para(d, ('ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 '
             'มหาวิทยาลัยได้คะแนน 90.08 คะแนน ระดับ ผ่าน มหาวิทยาลัยจึงกำหนดมาตรการ 5 มาตรการ และรายงานผลการดำเนินการ ดังนี้'),
         size=11, space_after=6)
    W = [1.0, 4.3, 5.2, 3.0, 2.2, 3.4, 3.3, 3.6]
    t = table(d, 8, W)
    add_row(t, ['ลำดับ', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'หน่วยงานรับผิดชอบ', 'ระยะเวลา', 'การติดตามและรายงานผล',
                'ผลการดำเนินงาน (Output)', 'ผลลัพธ์ (Outcome)'], bold=True, size=10.5, header=True, fill='E2EFD9', align='c')
    for m in M:
        add_row(t, [m['n'], m['t'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']], size=10.5)
    para(d, '')
    para(d, 'ข้อมูล ณ วันที่ 30 กันยายน 2569', size=11, align='r', space_after=10)
    for ln in ['(ผู้ช่วยศาสตราจารย์ ดร.วีระพงษ์  แสงจันทร์)', 'รองอธิการบดีฝ่ายบริหาร', 'ผู้รายงาน']:
        para(d, ln, size=11, align='c')
    src = build(NAME + '.docx'); d.save(src)
    pdf = soffice_pdf(src)
    base = build(NAME + '_p2h')
    subprocess.run(['pdftohtml', '-s', '-i', '-noframes', '-enc', 'UTF-8', '-q', pdf, base], check=True)
    h = open(base + '.html', encoding='utf-8').read()
    # LibreOffice's ToUnicode maps the sara-am glyph pair to U+0E33 U+0E32; a Word-made PDF maps it cleanly, so restore it
    h = h.replace('\u0e33\u0e32', '\u0e33')
    h = h.replace('<title>' + base + '</title>', '<title>' + NAME + '</title>')
    open(out(NAME + '.html'), 'w', encoding='utf-8').write(h)
    ms = [mrec(m['n'], m['t'], elements('results', m)) for m in M]
    write_truth(NAME, NAME + '.html', 'results', 2569, AG, 'measure', ms,
        ['measure 2: monitoring cell is empty', 'measure 5: output is "-"'],
        'NEW FORM: the "web version" of a landscape Word-table PDF made with poppler pdftohtml (-s -i -noframes): no '
        '<table> markup at all - every text line of every cell is an absolutely positioned <p style="position:absolute;top:..;'
        'left:.."> element (multi-line blocks joined with <br/>), pages are separate positioned <div>s; in a browser it looks '
        'like the original table without rules. 8 columns incl. own monitoring column; header repeated on page 2 if the table '
        'runs over. ITA 2568 score 90.08 ผ่าน.')

if __name__ == '__main__':
    main()
