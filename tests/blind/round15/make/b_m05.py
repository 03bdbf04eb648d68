# m05: โรงเรียนเชียงคานเหนือวิทยา — measures FY2570, portrait Word → PDF (Kinnari), cover page, analysis as a 2-col table
import os, shutil
from docx.enum.text import WD_BREAK
from common import *

FN = 'm05_school_chiangkhannuea_measures_2570.pdf'
AG = 'โรงเรียนเชียงคานเหนือวิทยา'
TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570'
M = [
 dict(n='1', title='มาตรการเปิดเผยข้อมูลการรับนักเรียนและการระดมทรัพยากร',
      steps=['1. ประกาศหลักเกณฑ์และผลการรับนักเรียนทางเว็บไซต์และบอร์ดหน้าโรงเรียน', '2. ไม่เรียกรับเงินบริจาคที่ผูกกับการรับนักเรียน', '3. ออกใบเสร็จรับเงินบริจาคทุกราย'],
      resp='กลุ่มบริหารวิชาการ (งานรับนักเรียน) / กลุ่มบริหารงบประมาณ', period='ก.พ. – พ.ค. 2570',
      mon='คณะกรรมการรับนักเรียนสรุปผลรายงานผู้อำนวยการและคณะกรรมการสถานศึกษา', oc='ไม่มีข้อร้องเรียนเรื่องการรับนักเรียนและการเรียกรับเงิน'),
 dict(n='2', title='มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้างของโรงเรียน',
      steps=['1. คณะกรรมการจัดซื้อจัดจ้างลงนามแบบแสดงความไม่มีส่วนได้เสีย', '2. เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือน'],
      resp='(ระบุ)', period='ต.ค. 2569 – ก.ย. 2570',
      mon='รองผู้อำนวยการกลุ่มบริหารงบประมาณตรวจสอบและรายงานทุกไตรมาส', oc='การจัดซื้อจัดจ้างถูกต้องตามระเบียบ ตรวจสอบได้'),
 dict(n='3', title='มาตรการส่งเสริมวัฒนธรรมสุจริตในโรงเรียน (โรงเรียนสุจริต)',
      steps=['1. จัดกิจกรรมชมรม STRONG จิตพอเพียงต้านทุจริต', '2. บูรณาการหลักสูตรต้านทุจริตศึกษาในกิจกรรมโฮมรูม', '3. ยกย่องนักเรียนและครูต้นแบบความซื่อสัตย์'],
      resp='กลุ่มบริหารกิจการนักเรียน', period='พ.ย. 2569 – ส.ค. 2570',
      mon='ครูที่ปรึกษาชมรมรายงานผลการจัดกิจกรรมทุกภาคเรียน', oc='นักเรียนผ่านการประเมินคุณลักษณะด้านซื่อสัตย์สุจริตระดับดีขึ้นไป ร้อยละ 90'),
 dict(n='4', title='มาตรการรับฟังความคิดเห็นและจัดการเรื่องร้องเรียนของผู้ปกครอง',
      steps=['1. เปิดช่องทางรับเรื่อง Google Form Line OA และกล่องรับความคิดเห็น', '2. ตอบกลับภายใน 7 วันทำการ'],
      resp='กลุ่มบริหารทั่วไป', period='ต.ค. 2569 – ก.ย. 2570',
      mon='สรุปเรื่องร้องเรียนเสนอผู้อำนวยการทุกเดือน', oc=''),
 dict(n='5', title='มาตรการการใช้ทรัพย์สินของโรงเรียนอย่างถูกต้อง',
      steps=['1. จัดทำทะเบียนครุภัณฑ์และแบบการยืม-คืน', '2. ตรวจสอบพัสดุประจำปี'],
      resp='งานพัสดุ / งานอาคารสถานที่', period='ธ.ค. 2569 – ก.ย. 2570',
      mon='คณะกรรมการตรวจสอบพัสดุประจำปีรายงานผลต่อผู้อำนวยการ', oc='ทรัพย์สินของโรงเรียนมีทะเบียนคุมครบ ไม่สูญหาย'),
]

def build():
    doc = new_doc('Kinnari', 14, margins=(2.2, 2.0, 2.5, 2.0))
    sec = doc.sections[0]; sec.different_first_page_header_footer = True
    header_footer(sec, AG + '  ' + 'มาตรการส่งเสริมคุณธรรมฯ ปีงบประมาณ 2570', 'page', 11)
    for _ in range(6):
        para(doc, '')
    para(doc, '[ ตราโรงเรียน ]', align='c', size=14)
    para(doc, '', after=24)
    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=22, align='c')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2570', bold=True, size=22, align='c', after=36)
    para(doc, AG, bold=True, size=20, align='c')
    para(doc, 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเลยเหนือ', size=16, align='c')
    p = para(doc, 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ', size=16, align='c')
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, TITLE, bold=True, size=16, align='c', after=6)
    para(doc, 'ส่วนที่ 1 ผลการประเมินและการวิเคราะห์', bold=True)
    para(doc, 'ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ของโรงเรียน ประจำปีงบประมาณ พ.ศ. 2569 ได้คะแนน 86.90 คะแนน อยู่ในระดับ ผ่าน '
              'โรงเรียนได้วิเคราะห์ผลการประเมินเป็นรายประเด็น ดังนี้', indent=1.25, align='j', after=4)
    a = doc.add_table(rows=3, cols=2); a.style = 'Table Grid'
    set_cell(a.cell(0, 0), 'ประเด็น', bold=True, align='c', shade='EDEDED'); set_cell(a.cell(0, 1), 'ผลการวิเคราะห์', bold=True, align='c', shade='EDEDED')
    set_cell(a.cell(1, 0), 'ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', bold=True)
    set_cell(a.cell(1, 1), ['1) ผู้ปกครองยังไม่มั่นใจในความโปร่งใสของการรับนักเรียนและการรับเงินบริจาค', '2) ไม่ได้เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน 4 เดือน'])
    set_cell(a.cell(2, 0), 'ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True)
    set_cell(a.cell(2, 1), ['1) ช่องทางรับฟังความคิดเห็นของผู้ปกครองและชุมชน', '2) การควบคุมการยืมใช้ครุภัณฑ์ของโรงเรียน'])
    col_widths(a, [5.0, 11.0]); cell_valign_top(a)
    para(doc, '', after=4)
    para(doc, 'ส่วนที่ 2 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, after=4)
    hdr = ['ที่', 'มาตรการ', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามประเมินผล', 'ผลที่คาดว่าจะได้รับ']
    t = doc.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=12, align='c', shade='EDEDED')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for j, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['oc']]):
            set_cell(r[j], v, size=12, align='c' if j == 0 else None)
    col_widths(t, [0.8, 2.8, 4.2, 2.3, 1.9, 2.5, 2.3]); cell_valign_top(t)
    para(doc, '', after=12)
    for x in ['ประกาศ ณ วันที่ 2 พฤศจิกายน พ.ศ. 2569', '', 'ลงชื่อ ..........................................', '(นางจิราพร สุวรรณศรี)', 'ผู้อำนวยการโรงเรียนเชียงคานเหนือวิทยา']:
        para(doc, x, align='c')
    src = os.path.join(BUILD, FN.replace('.pdf', '.docx')); doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, FN))
    write_truth(FN, 'measures', 2570, AG, 'measure', M,
        ['measure 2: responsible left as the placeholder \'(ระบุ)\'', 'measure 4: expected result cell blank'],
        'Secondary school measures, portrait Word → PDF (Kinnari): cover page without header (different first page), running header + '
        '\'หน้า n\' from page 2; analysis given as a two-column table (ประเด็น | ผลการวิเคราะห์) whose rows are the two NACC sections; 7-col '
        'measure table with own follow-up (การติดตามประเมินผล) and expected-result (= outcome) columns, header repeated. ITA 2569 86.90 ผ่าน. '
        'Output never stated (measures). Unit = measure.',
        sections={'weaknesses': 'present', 'improvements': 'present'})

if __name__ == '__main__':
    build()
