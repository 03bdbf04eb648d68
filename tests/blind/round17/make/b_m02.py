"""m02: provincial court measures FY2570 - NEW FORM: Word file with LINE NUMBERING switched on (w:lnNumType, every
line, restart each page) exported to PDF: every text line carries a margin number 1..n."""
import shutil
from common import *
NAME = 'm02_court_pranburinuea_measures_2570.pdf'
AG = 'ศาลจังหวัดปราณบุรีเหนือ'
M = [
 dict(num='๑', title='มาตรการเปิดเผยข้อมูลการให้บริการประชาชนของศาล',
      steps=['ปรับปรุงข้อมูลขั้นตอนการยื่นฟ้อง การขอคัดถ่ายเอกสาร และค่าธรรมเนียมบนเว็บไซต์ของศาล', 'จัดทำป้ายประชาสัมพันธ์ ณ ศูนย์บริการประชาชนชั้น ๑', 'เผยแพร่สถิติคดีรายเดือน'],
      resp='ส่วนบริการประชาชนและประชาสัมพันธ์', period='ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐', mon='ผู้อำนวยการสำนักงานประจำศาลตรวจสอบความเป็นปัจจุบันของข้อมูลทุกเดือน และรายงานผู้พิพากษาหัวหน้าศาลทุกไตรมาส',
      outcome='ข้อมูลบนเว็บไซต์ครบถ้วนตามเกณฑ์ OIT และประชาชนพึงพอใจไม่น้อยกว่าร้อยละ ๙๐'),
 dict(num='๒', title='มาตรการป้องกันการเรียกรับผลประโยชน์ในการติดต่อราชการ',
      steps=['ประกาศนโยบาย "ศาลไม่เรียกรับ ไม่มีนายหน้า" และติดประกาศทุกจุดบริการ', 'ชำระค่าธรรมเนียมผ่านระบบ e-Payment และออกใบเสร็จทุกครั้ง'],
      resp='ส่วนคลัง / ส่วนบริการประชาชน', period='ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐', mon='สุ่มสอบถามคู่ความและประชาชนที่มาติดต่อเดือนละ ๓๐ ราย และรายงานผลทุก ๖ เดือน',
      outcome='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์'),
 dict(num='๓', title='มาตรการส่งเสริมการใช้ทรัพย์สินของราชการอย่างถูกต้อง',
      steps=['ทบทวนคำสั่งการใช้รถยนต์ราชการและห้องประชุม', 'บันทึกการยืมครุภัณฑ์ในระบบทะเบียนพัสดุ'],
      resp='ส่วนอาคารสถานที่และยานพาหนะ', period=None, mon='หัวหน้าส่วนตรวจทะเบียนยืมคืนทุกสิ้นเดือน และรายงานผู้อำนวยการสำนักงานประจำศาล',
      outcome='การยืมและใช้ทรัพย์สินมีบันทึกครบถ้วนร้อยละ ๑๐๐'),
 dict(num='๔', title='มาตรการเสริมสร้างวัฒนธรรมองค์กรในการต่อต้านการทุจริต',
      steps=['จัดกิจกรรมประกาศเจตนารมณ์สุจริตของข้าราชการศาลยุติธรรม', 'อบรมประมวลจริยธรรมข้าราชการศาลยุติธรรมปีละ ๑ ครั้ง'],
      resp='ส่วนบริหารงานทั่วไป', period='ธันวาคม ๒๕๖๙ – มีนาคม ๒๕๗๐', mon='รายงานผลการจัดกิจกรรมต่อสำนักงานศาลยุติธรรมประจำภาค ๗',
      outcome='บุคลากรเข้าร่วมไม่น้อยกว่าร้อยละ ๙๐'),
 dict(num='๕', title='มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      steps=['รับเรื่องร้องเรียนผ่านกล่องรับความคิดเห็น เว็บไซต์ และสายด่วน ๑๑๒๖', 'ลงทะเบียนและเสนอผู้พิพากษาหัวหน้าศาลพิจารณาภายใน ๓ วัน'],
      resp='ส่วนบริหารงานทั่วไป (งานร้องเรียน)', period='ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐', mon='-',
      outcome='เรื่องร้องเรียนได้รับการพิจารณาภายในกำหนดร้อยละ ๑๐๐'),
]
def build():
    d = new_doc('Laksaman', 15, margins=(2.2, 2.0, 2.8, 2.0))
    s = d.sections[0]
    header_footer(s, None, 'page', 13)
    sp = s._sectPr
    ln = OxmlElement('w:lnNumType'); ln.set(qn('w:countBy'), '1'); ln.set(qn('w:restart'), 'newPage'); ln.set(qn('w:distance'), '340')
    sp.find(qn('w:pgMar')).addnext(ln)
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=18, align='center')
    para(d, f'{AG} ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, size=18, align='center')
    para(d)
    para(d, '๑. ผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๙', bold=True)
    para(d, '        สำนักงานศาลยุติธรรมได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี พ.ศ. ๒๕๖๙ ได้คะแนน ๙๑.๐๘ คะแนน อยู่ในระดับ ผ่าน ศาลจังหวัดปราณบุรีเหนือในฐานะหน่วยงานในสังกัดได้นำผลการประเมินมาวิเคราะห์ ดังนี้')
    para(d, '๑.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', bold=True)
    para(d, '        (๑) ผู้มาติดต่อราชการบางส่วนยังไม่มั่นใจว่าการชำระค่าธรรมเนียมไม่มีค่าใช้จ่ายแอบแฝง (EIT)')
    para(d, '        (๒) การบันทึกการใช้ทรัพย์สินของราชการยังไม่ครบถ้วน (IIT)')
    para(d, '๑.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True)
    para(d, '        (๑) การปรับปรุงข้อมูลการให้บริการบนเว็บไซต์ให้เป็นปัจจุบัน (OIT)')
    para(d, '        (๒) การสร้างการรับรู้ช่องทางร้องเรียนการทุจริตแก่ประชาชน (EIT)')
    para(d)
    para(d, '๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', bold=True)
    for m in M:
        para(d, f"มาตรการที่ {m['num']} {m['title']}", bold=True)
        para(d, 'ขั้นตอนการดำเนินการ :', indent=0.8)
        for i, x in enumerate(m['steps']): para(d, f'{td(i + 1)}) {x}', indent=1.6)
        para(d, f"ผู้รับผิดชอบ : {m['resp']}", indent=0.8)
        if m['period'] is not None: para(d, f"ระยะเวลาดำเนินการ : {m['period']}", indent=0.8)
        para(d, f"การติดตามและรายงานผล : {m['mon']}", indent=0.8)
        para(d, f"ผลลัพธ์ที่คาดว่าจะได้รับ : {m['outcome']}", indent=0.8)
    para(d)
    para(d, 'ประกาศ ณ วันที่ ๒ พฤศจิกายน พ.ศ. ๒๕๖๙', align='center'); para(d)
    para(d, '(นายกิตติพงษ์  ปราณนที)', align='center'); para(d, 'ผู้พิพากษาหัวหน้าศาลจังหวัดปราณบุรีเหนือ', align='center')
    src = os.path.join(BUILD, 'm02.docx'); d.save(src)
    shutil.copy(soffice(src), os.path.join(OUT, NAME))
    write_truth(NAME, 'measures', 2570, AG, 'measure', M,
        ['measure 3: no period (ระยะเวลาดำเนินการ line absent)', "measure 5: monitoring is '-'"],
        'NEW FORM: the Word file was exported with LINE NUMBERING still switched on (Layout > Line Numbers > Restart each page): every text line of the PDF - title, analysis, measure lines, signature - carries a margin number 1, 2, 3 … that restarts on each page, so a line-oriented reader sees numbers that are not measure numbers. Content is an ordinary court measures document (Laksaman, portrait, "- n -" footer): ITA 2569 of the Office of the Judiciary 91.08 ผ่าน; sections ๑.๑ / ๑.๒ with (๑)(๒) items; measures as prose "มาตรการที่ ๑ …" with labelled lines (ขั้นตอนการดำเนินการ with ๑) ๒) sub-steps, ผู้รับผิดชอบ, ระยะเวลาดำเนินการ, การติดตามและรายงานผล, ผลลัพธ์ที่คาดว่าจะได้รับ = outcome). Output never stated (measures). Unit = measure.',
        sections={'weaknesses': 'present', 'improvements': 'present'})
if __name__ == '__main__':
    build()
