# m04: อบต. (Yala-style), measures whose TITLE says FY 2569 though the measures run Oct 2569 – Sep 2570 (wrong year);
# Word (Loma, portrait) -> PDF -> `pdftotext -layout`
from common import *
NAME = 'm04_obt_bangoitai_measures_2569'
AG = 'องค์การบริหารส่วนตำบลบาโงยใต้'
M = [
 dict(no='1', title='ประกาศเจตจำนงสุจริตในการบริหารงานของนายก อบต.',
      steps='๑) ยกร่างประกาศ\n๒) นายก อบต. ลงนาม\n๓) เผยแพร่ทางเว็บไซต์และเสียงตามสาย', resp='สำนักปลัด', period='ต.ค. ๖๙',
      mon='สำนักปลัดรายงานผลต่อนายก อบต.', outcome='พนักงานและประชาชนรับทราบเจตจำนงของผู้บริหาร'),
 dict(no='2', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างโครงการก่อสร้างพร้อมราคากลาง',
      steps='๑) กองช่างจัดทำราคากลาง\n๒) กองคลังประกาศผลผู้ชนะ\n๓) เผยแพร่บนเว็บไซต์', resp='กองคลัง / กองช่าง', period='ต.ค. ๖๙ – ก.ย. ๗๐',
      mon='รายงานผลการจัดซื้อจัดจ้างต่อนายก อบต. ทุกเดือน', outcome='ข้อมูลการจัดซื้อจัดจ้างเปิดเผยครบทุกโครงการ'),
 dict(no='3', title='ลดขั้นตอนการขอรับเบี้ยยังชีพผู้สูงอายุและคนพิการ',
      steps='๑) รับลงทะเบียนนอกสถานที่ที่มัสยิดและศาลาประจำหมู่บ้าน\n๒) ตรวจสอบเอกสารภายใน ๓ วัน', resp='สำนักปลัด (งานพัฒนาชุมชน)', period='พ.ย. ๖๙ – ก.ย. ๗๐',
      mon='ติดตามผลทุกไตรมาส', outcome=''),
 dict(no='4', title='อบรมพนักงานส่วนตำบลเรื่องการป้องกันผลประโยชน์ทับซ้อน',
      steps='๑) จัดอบรมร่วมกับ อบต. ใกล้เคียง\n๒) จัดทำคู่มือแนวปฏิบัติ', resp='สำนักปลัด (งานการเจ้าหน้าที่)', period='มี.ค. ๗๐',
      mon='-', outcome='พนักงานเข้าใจแนวปฏิบัติและไม่มีเรื่องร้องเรียน'),
 dict(no='5', title='จัดทำช่องทางรับเรื่องร้องเรียนการทุจริตผ่านกล่องรับความคิดเห็นและโทรศัพท์สายตรงนายก',
      steps='๑) ติดตั้งกล่องรับความคิดเห็น ๕ หมู่บ้าน\n๒) ประกาศหมายเลขโทรศัพท์\n๓) เปิดกล่องเดือนละ ๑ ครั้งต่อหน้ากรรมการ', resp='สำนักปลัด', period='ต.ค. ๖๙ – ก.ย. ๗๐',
      mon='สรุปเรื่องร้องเรียนรายงานนายก อบต. ทุกเดือน', outcome='ประชาชนร้องเรียนได้สะดวก ได้รับแจ้งผลภายใน ๑๕ วัน'),
]
HDR = ['ที่', 'มาตรการ', 'วิธีการ/ขั้นตอน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
def build():
    rows = [[th(m['no']), m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outcome']] for m in M]
    doc = table_doc('Loma', 12, False,
        ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', AG + ' อำเภอบันนังสตา จังหวัดยะลานที'],
        [('๑. ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปี ๒๕๖๙', True),
         '    อบต.บาโงยใต้ได้คะแนน ๘๑.๖๐ คะแนน อยู่ในระดับ ไม่ผ่าน (เกณฑ์ผ่าน ๘๕ คะแนน)',
         ('๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', True),
         '    (๑) การเปิดเผยข้อมูลราคากลางและผลการจัดซื้อจัดจ้างไม่ครบถ้วน (o12–o15)',
         '    (๒) บุคลากรยังไม่เข้าใจเรื่องผลประโยชน์ทับซ้อน (i6)',
         ('๓. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', True),
         '    (๑) ความสะดวกในการรับบริการของผู้สูงอายุและคนพิการ',
         '    (๒) การประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต',
         ('๔. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True)],
        HDR, rows, [0.9, 3.2, 4.0, 2.3, 1.9, 2.2, 2.7],
        after=['ประกาศ ณ วันที่ ๒๑ พฤศจิกายน ๒๕๖๙', '(นายอิสมาแอ ดือราแม)', 'นายกองค์การบริหารส่วนตำบลบาโงยใต้'],
        head_text='อบต.บาโงยใต้ : มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', foot='page', margins=(2.0, 2.0, 2.0, 2.0))
    src = os.path.join(BUILD, NAME + '.docx'); doc.save(src)
    pdf = to_pdf(src)
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
    open(out(NAME, 'txt'), 'w', encoding='utf-8').write(txt)
    write_truth(NAME, 'txt', 'measures', 2569, AG, 'measure', items_from(M, 'measures'),
        ['fiscal year: title says ๒๕๖๙ but the measures run ต.ค. ๖๙ – ก.ย. ๗๐ (FY 2570) and analyse ITA 2569 - wrong year in the title',
         'measure 3: expected result cell empty', "measure 4: follow-up is '-'"],
        '`pdftotext -layout` of a portrait Word PDF (Loma 12): space-aligned columns, wrapped cells, running header and '
        '"- n -" footers with form feeds, Thai-digit numbers; rows cut by the page break belong to the measure above. '
        'Analysis as numbered paragraphs ๒./๓. with (๑)(๒). ITA 2569 81.60 ไม่ผ่าน (consistent). fiscal_year labelled as '
        'the title declares (2569) and flagged.',
        sections={'weaknesses': 'present', 'improvements': 'present'})
if __name__ == '__main__': build()
