from common import *
NAME = 'r02_hosp_inburinuea_results_2569.docx'
AG = 'โรงพยาบาลอินทร์บุรีเหนือ'
BOX = ['☐ ไม่สามารถดำเนินการได้', '☐ อยู่ระหว่างดำเนินการ', '☑ ดำเนินการแล้วเสร็จ']
NONE = ['☐ ไม่สามารถดำเนินการได้', '☐ อยู่ระหว่างดำเนินการ', '☐ ดำเนินการแล้วเสร็จ']
MS = [
 dict(n='1', title='ประกาศเจตจำนงสุจริตของผู้บริหารและเผยแพร่ต่อสาธารณะ',
      steps=['- ผู้อำนวยการลงนามประกาศเจตจำนงสุจริต', '- จัดกิจกรรมรับฟังและประกาศต่อเจ้าหน้าที่ในการประชุมประจำเดือน', '- เผยแพร่บนเว็บไซต์โรงพยาบาล'],
      resp='กลุ่มงานบริหารทั่วไป', period='ต.ค. – พ.ย. ๒๕๖๘', out=BOX + ['ประกาศเมื่อ ๒๘ ต.ค. ๖๘ เผยแพร่ทางเว็บไซต์แล้ว'],
      res='เจ้าหน้าที่รับทราบนโยบายร้อยละ ๙๖ (จากแบบสอบถาม)'),
 dict(n='2', title='ควบคุมการใช้รถราชการและทรัพย์สินของโรงพยาบาลให้ถูกต้องตามระเบียบ',
      steps=['- ใช้แบบขออนุญาตใช้รถทุกครั้ง บันทึกเลขไมล์', '- สุ่มตรวจสมุดบันทึกการใช้รถเดือนละ ๑ ครั้ง'],
      resp='งานยานพาหนะ กลุ่มงานบริหารทั่วไป', period='ต.ค. ๖๘ – ก.ย. ๖๙', out=BOX + ['สุ่มตรวจครบ ๑๒ ครั้ง ไม่พบการใช้รถนอกภารกิจ'],
      res='ไม่พบการนำทรัพย์สินของราชการไปใช้ประโยชน์ส่วนตน'),
 dict(n='3', title='เปิดเผยข้อมูลการจัดซื้อยาและเวชภัณฑ์มิใช่ยาผ่านเว็บไซต์',
      steps=['- รายงาน สขร.๑ รายเดือน', '- เผยแพร่แผนจัดซื้อยาประจำปี'],
      resp='กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค / งานพัสดุ', period='ต.ค. ๖๘ – ก.ย. ๖๙', out=BOX + ['เผยแพร่ครบ ๑๒ เดือน'],
      res='ผลคะแนนตัวชี้วัดการเปิดเผยข้อมูล (OIT) ผ่านทุกข้อ'),
 dict(n='4', title='จัดอบรมเสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต (ชมรม STRONG โรงพยาบาล)',
      steps=['- จัดกิจกรรมชมรม STRONG ไตรมาสละ ๑ ครั้ง', '- ประกวดหน่วยงานต้นแบบความพอเพียง'],
      resp='ชมรม STRONG โรงพยาบาลอินทร์บุรีเหนือ', period='ม.ค. – ส.ค. ๒๕๖๙', out=NONE,
      res='บุคลากรมีทัศนคติที่ดีต่อการต่อต้านการทุจริต'),
 dict(n='5', title='พัฒนาระบบรับเรื่องร้องเรียนผู้รับบริการและการตอบกลับภายใน ๑๕ วัน',
      steps=['- เพิ่มช่องทาง LINE OA รับเรื่องร้องเรียน', '- ประชุมคณะทำงานพิจารณาเรื่องร้องเรียนทุกเดือน'],
      resp='', period='ต.ค. ๖๘ – ก.ย. ๖๙', out=BOX + ['รับเรื่อง ๑๙ เรื่อง ตอบกลับภายในกำหนด ๑๘ เรื่อง'],
      res='ผู้รับบริการพึงพอใจต่อการจัดการเรื่องร้องเรียนร้อยละ ๘๕.๔๐'),
]
for m in MS: m['mon'] = 'การกำกับติดตาม (ทั่วไป)'
MS[3]['ov'] = {'output': 'missing'}
def build():
    doc = Document(); set_font(doc, 'TH Sarabun New', 14)
    s = doc.sections[0]; landscape(s)
    header_footer(s, 'รายงานผลการดำเนินการฯ ปีงบประมาณ ๒๕๖๙  ' + AG, footer='of')
    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, 'c', 18)
    para(doc, AG + ' จังหวัดสิงห์บุรีวารี  ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (รอบ ๑๒ เดือน)', True, 'c', 16)
    para(doc, '')
    para(doc, '        ผลการประเมิน ITA ของสำนักงานสาธารณสุขจังหวัดสิงห์บุรีวารีและหน่วยบริการในสังกัด ปี ๒๕๖๘ ได้ ๙๑.๐๕ คะแนน ระดับ ผ่าน โรงพยาบาลจึงนำประเด็นที่ได้คะแนนต่ำมากำหนดเป็นมาตรการ ๕ มาตรการ ผลการดำเนินการมีดังนี้')
    para(doc, '')
    t = doc.add_table(rows=2, cols=6); t.style = 'Table Grid'
    r0, r1 = t.rows
    for i, h in enumerate(['ที่', 'มาตรการ / วิธีการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา']):
        a = r0.cells[i].merge(r1.cells[i]); cell_text(a, h, True, align='c'); shade(a, 'DEEAF6')
    g = r0.cells[4].merge(r0.cells[5]); cell_text(g, 'ผลการดำเนินงาน', True, align='c'); shade(g, 'DEEAF6')
    cell_text(r1.cells[4], 'ผลผลิต (Output)', True, align='c'); cell_text(r1.cells[5], 'ผลลัพธ์ (Outcome)', True, align='c')
    shade(r1.cells[4], 'DEEAF6'); shade(r1.cells[5], 'DEEAF6')
    repeat_header(r0); repeat_header(r1)
    for m in MS:
        c = t.add_row().cells
        cell_text(c[0], th(m['n']), align='c')
        cell_text(c[1], [m['title']] + m['steps'])
        c[1].paragraphs[0].runs[0].bold = True
        cell_text(c[2], m['resp']); cell_text(c[3], m['period']); cell_text(c[4], m['out']); cell_text(c[5], m['res'])
    widths(t, [1.0, 8.5, 4.0, 3.0, 5.5, 4.6])
    para(doc, '')
    para(doc, 'การกำกับติดตาม', True)
    para(doc, '        กลุ่มงานบริหารทั่วไปรวบรวมผลการดำเนินงานของทุกมาตรการ รายงานต่อผู้อำนวยการโรงพยาบาลและคณะกรรมการบริหารโรงพยาบาลทุกไตรมาส และรายงานสำนักงานสาธารณสุขจังหวัดรอบ ๖ และ ๑๒ เดือน')
    para(doc, '')
    para(doc, '(ลงชื่อ)  นายแพทย์ธีรวัฒน์ ศรีอินทร์', align='r')
    para(doc, 'ผู้อำนวยการโรงพยาบาลอินทร์บุรีเหนือ', align='r')
    doc.save(os.path.join(OUT, NAME))
    write_truth(NAME, 'results', 2569, AG, 'measure', MS,
        ['measure 4: none of the three status boxes is ticked and no output text', 'measure 5: responsible cell left blank'],
        'Ordinary hospital Word file (TH Sarabun New, landscape). Two-row header, vertically merged ที่/มาตรการ/ผู้รับผิดชอบ/ระยะเวลา, '
        '"ผลการดำเนินงาน" spanning ผลผลิต (Output) / ผลลัพธ์ (Outcome), both header rows repeating. Steps are "- " lines inside the '
        'measure cell under its bold title. Output cell = three ☐/☑ status lines plus a text line. No monitoring column: the closing '
        '"การกำกับติดตาม" paragraph (quarterly report to the director) is monitoring for every measure. Score quoted is the provincial '
        'health office network\'s (91.05).')
if __name__ == '__main__': build()
