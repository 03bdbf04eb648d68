# m02: NEW FORM - PDF whose text layer uses legacy Thai GLYPH-VARIANT code points (PUA U+F700–U+F71A):
# the district office's document came from an old template whose text was stored with shifted tone marks /
# left-shifted vowels (as pre-OpenType Windows Thai fonts required); it renders normally (Loma has the PUA glyphs)
# but copying or extracting the text yields U+F70A ... instead of the ordinary marks.
from common import *
from pua import to_pua
NAME = 'm02_amphoe_danchangthong_measures_2570'
AG = 'ที่ว่าการอำเภอด่านช้างทอง'
WEAK = ['การเปิดเผยข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ไม่เป็นปัจจุบัน ขาดรายงานผลรายเดือนบางเดือน',
        'ผู้รับบริการภายนอก (EIT) ยังเห็นว่าขั้นตอนการขอใบอนุญาตบางประเภทไม่ชัดเจน',
        'ยังไม่มีช่องทางรับเรื่องร้องเรียนการทุจริตที่แยกจากเรื่องร้องเรียนทั่วไป']
IMPR = ['การสื่อสารนโยบายไม่รับของขวัญ (No Gift Policy) ให้ประชาชนรับรู้',
        'การมีส่วนร่วมของกำนัน ผู้ใหญ่บ้าน ในการเฝ้าระวังการทุจริตระดับหมู่บ้าน']
M = [
 dict(n='1', t='ปรับปรุงการเปิดเผยข้อมูลการจัดซื้อจัดจ้างให้เป็นปัจจุบัน',
      steps=['1) กำหนดผู้รับผิดชอบนำข้อมูลขึ้นเว็บไซต์', '2) เผยแพร่ สขร.1 ภายในวันที่ 10 ของเดือนถัดไป', '3) ตรวจทานความครบถ้วนทุกไตรมาส'],
      resp='ฝ่ายบริหารงานปกครอง (งานการเงินและพัสดุ)', period='ต.ค. 69 – ก.ย. 70',
      mon='รายงานนายอำเภอทุกเดือนในที่ประชุมหัวหน้าส่วนราชการ', outc='ข้อมูลการจัดซื้อจัดจ้างครบ 12 เดือน'),
 dict(n='2', t='จัดทำคู่มือและป้ายแสดงขั้นตอนการขออนุญาตต่าง ๆ',
      steps=['1) ทบทวนขั้นตอนและระยะเวลาให้บริการ 6 งานบริการ', '2) จัดทำคู่มือประชาชนและป้ายแสดงขั้นตอน', '3) เผยแพร่ทางเว็บไซต์และเพจอำเภอ'],
      resp='งานทะเบียนและบัตร / งานอาวุธปืน', period='ต.ค. – ธ.ค. 69',
      mon='สรุปผลเสนอปลัดอำเภอหัวหน้ากลุ่มงานทุกไตรมาส', outc='ผู้รับบริการเข้าใจขั้นตอน ความพึงพอใจไม่น้อยกว่าร้อยละ 90'),
 dict(n='3', t='เปิดช่องทางรับเรื่องร้องเรียนการทุจริตโดยเฉพาะ',
      steps=['1) จัดทำแบบฟอร์มร้องเรียนการทุจริตออนไลน์', '2) กำหนดมาตรการคุ้มครองผู้ร้องเรียน', '3) ประชาสัมพันธ์ช่องทาง'],
      resp='ศูนย์ดำรงธรรมอำเภอด่านช้างทอง', period='-',
      mon='รายงานสถิติเรื่องร้องเรียนต่อนายอำเภอทุกเดือน', outc='มีช่องทางร้องเรียนการทุจริตที่ผู้ร้องได้รับความคุ้มครอง'),
 dict(n='4', t='รณรงค์นโยบายไม่รับของขวัญและของกำนัล (No Gift Policy)',
      steps=['1) ประกาศเจตนารมณ์ของนายอำเภอ', '2) ติดป้ายประชาสัมพันธ์ทุกจุดบริการ', '3) แจ้งในที่ประชุมกำนันผู้ใหญ่บ้าน'],
      resp='กลุ่มงานบริหารงานปกครอง', period='ธ.ค. 69 – ม.ค. 70',
      mon='รายงานผลการรณรงค์ต่อจังหวัดภายในเดือนกุมภาพันธ์ 2570', outc='ประชาชนรับรู้นโยบาย ไม่มีรายงานการรับของขวัญ'),
 dict(n='5', t='สร้างเครือข่ายกำนันผู้ใหญ่บ้านเฝ้าระวังการทุจริตในหมู่บ้าน',
      steps=['1) คัดเลือกแกนนำเครือข่ายตำบลละ 3 คน', '2) อบรมแกนนำร่วมกับสำนักงาน ป.ป.ช. ประจำจังหวัด'],
      resp='ปลัดอำเภอผู้รับผิดชอบประจำตำบล', period='มี.ค. – มิ.ย. 70',
      mon='', outc='มีเครือข่ายเฝ้าระวังครบทุกตำบล'),
]

def main():
    d = new_doc('Loma', 12, margins=(2.0, 2.0, 2.2, 1.8))
    header_footer(d.sections[0], None, '- {PAGE} -', size=10)
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=16, align='c')
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2570', bold=True, size=16, align='c')
    para(d, AG + ' จังหวัดกาญจนวารี', bold=True, size=16, align='c', space_after=8)
    para(d, '1. การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี พ.ศ. 2569', bold=True, size=13)
    para(d, ('    ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 ที่ว่าการอำเภอด่านช้างทองได้คะแนน 85.92 คะแนน อยู่ในระดับ ผ่าน '
             '(IIT 88.40 คะแนน EIT 83.15 คะแนน OIT 86.11 คะแนน) จากการวิเคราะห์ผลการประเมินพบประเด็น ดังนี้'), size=12, align='j', space_after=4)
    para(d, '1.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', bold=True, size=12)
    for i, w in enumerate(WEAK, 1): para(d, f'({i}) {w}', size=12, indent=0.8)
    para(d, '1.2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True, size=12)
    for i, w in enumerate(IMPR, 1): para(d, f'({i}) {w}', size=12, indent=0.8)
    para(d, '2. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=13, space_after=4)
    W = [0.8, 3.4, 4.4, 2.4, 1.9, 2.4, 2.5]
    t = table(d, 7, W)
    add_row(t, ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามและรายงานผล', 'ตัวชี้วัด/ผลที่คาดว่าจะได้รับ'],
            bold=True, size=11, header=True, fill='D9D9D9', align='c')
    for m in M:
        add_row(t, [m['n'], m['t'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']], size=11)
    para(d, '', space_after=6)
    para(d, 'ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2569', size=12, align='c', space_after=14)
    for ln in ['(นายวีระศักดิ์  ปัญญาดี)', 'นายอำเภอด่านช้างทอง']:
        para(d, ln, size=12, align='c')
    # store every text run with legacy glyph-variant code points
    for tnode in d.element.body.iter(qn('w:t')):
        if tnode.text: tnode.text = to_pua(tnode.text)
    src = build(NAME + '.docx'); d.save(src)
    pdf = soffice_pdf(src); shutil.copy(pdf, out(NAME + '.pdf'))
    ms = [mrec(m['n'], m['t'], elements('measures', m)) for m in M]
    write_truth(NAME, NAME + '.pdf', 'measures', 2570, AG, 'measure', ms,
        ['measure 3: period is "-"', 'measure 5: monitoring cell is empty'],
        'NEW FORM: portrait Word->PDF (Loma) whose text was stored with LEGACY THAI GLYPH-VARIANT code points (Private Use Area '
        'U+F700–U+F71A, e.g. the tone mark of "ผู้" as U+F70B, "ปี่" as U+0E1B U+F702 U+F713), as documents from old non-OpenType '
        'Thai fonts carry them. On screen everything reads normally; extracted text contains the PUA characters wherever a '
        'tone mark or upper vowel was shifted (the title "โปร่งใส", "ผู้รับผิดชอบ", "ที่ว่าการ" …). Labels are written in normal '
        'Unicode, as the assessor reads it. Both NACC analysis sections 1.1/1.2 with (1)(2) items; score 85.92 ผ่าน with IIT/EIT/'
        'OIT in prose; 7-col table with own monitoring and indicator columns; output never stated for measures.',
        sections={'weaknesses': 'present', 'improvements': 'present'})

if __name__ == '__main__':
    main()
