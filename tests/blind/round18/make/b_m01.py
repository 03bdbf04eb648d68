# m01: regional marine office branch (Krabi-style), measures FY2570, DOCX (TH SarabunIT๙, portrait then landscape table section)
from common import *
from docx.enum.section import WD_SECTION
NAME = 'm01_md_krabinathi_measures_2570'
AG = 'สำนักงานเจ้าท่าภูมิภาคสาขากระบี่นที'
M = [
 dict(no='1', title='เปิดเผยขั้นตอน ค่าธรรมเนียม และระยะเวลาการจดทะเบียนเรือและออกใบอนุญาตใช้เรือ',
      steps='1. ทบทวนคู่มือประชาชนทุกงานบริการ\n2. ติดประกาศ ณ จุดบริการและท่าเทียบเรือ\n3. เผยแพร่บนเว็บไซต์และเพจสาขา',
      resp='ฝ่ายทะเบียนเรือและคนประจำเรือ', period='ต.ค. – ธ.ค. 2569', mon='หัวหน้าฝ่ายรายงานผู้อำนวยการสาขาทุกไตรมาส',
      outcome='ผู้รับบริการทราบค่าธรรมเนียมที่ถูกต้อง ไม่มีข้อร้องเรียนเรื่องการเรียกเก็บเกิน'),
 dict(no='2', title='ป้องกันการเรียกรับผลประโยชน์ในการตรวจเรือโดยสารและเรือท่องเที่ยว',
      steps='1. ตรวจเรือเป็นทีมอย่างน้อย 2 คน\n2. ใช้แบบตรวจมาตรฐาน (Checklist) และบันทึกภาพถ่าย\n3. หมุนเวียนพื้นที่ตรวจทุกเดือน',
      resp='ฝ่ายตรวจเรือและความปลอดภัยการเดินเรือ', period='ต.ค. 2569 – ก.ย. 2570', mon='สุ่มทบทวนแบบตรวจร้อยละ 10 และรายงานผู้อำนวยการสาขาทุกเดือน',
      outcome='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์ในการตรวจเรือ'),
 dict(no='3', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณประจำปี',
      steps='1. จัดทำแผนจัดซื้อจัดจ้างและ สขร.1 รายเดือน\n2. เผยแพร่บนเว็บไซต์ภายในวันที่ 15 ของเดือนถัดไป',
      resp='ฝ่ายบริหารทั่วไป', period='-', mon='ติดตามผลทุกไตรมาสและรายงานกรมเจ้าท่า',
      outcome='ข้อมูลครบถ้วนตามตัวชี้วัด OIT'),
 dict(no='4', title='อบรมจริยธรรมและแนวปฏิบัติ No Gift Policy แก่เจ้าหน้าที่และพนักงานราชการ',
      steps='1. จัดอบรมร่วมกับศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงคมนาคม\n2. จัดทำแบบทดสอบก่อน–หลัง',
      resp='ฝ่ายบริหารทั่วไป', period='ก.พ. 2570', mon='สรุปผลการอบรมเสนอผู้อำนวยการสาขา',
      outcome='เจ้าหน้าที่ผ่านแบบทดสอบร้อยละ 90'),
 dict(no='5', title='พัฒนาช่องทางรับฟังความคิดเห็นของผู้ประกอบการเรือท่องเที่ยวผ่าน LINE OpenChat',
      steps='1. จัดตั้งกลุ่ม LINE OpenChat ผู้ประกอบการ\n2. ตอบข้อซักถามภายใน 1 วันทำการ\n3. สรุปประเด็นเสนอแนะรายไตรมาส',
      resp='', period='พ.ย. 2569 – ก.ย. 2570', mon='สรุปประเด็นรายงานผู้อำนวยการสาขาทุกไตรมาส',
      outcome='ผู้ประกอบการมีส่วนร่วมในการปรับปรุงบริการ'),
 dict(no='6', title='จัดทำรายงานผลการดำเนินการตามมาตรการรอบ 6 เดือนและ 12 เดือน',
      steps='1. รวบรวมผลจากทุกฝ่าย\n2. จัดทำรายงานเสนอผู้อำนวยการสาขา\n3. เผยแพร่บนเว็บไซต์',
      resp='ฝ่ายบริหารทั่วไป', period='เม.ย. 2570 และ ต.ค. 2570', mon='รายงานผลต่อกรมเจ้าท่าและเผยแพร่ต่อสาธารณะ',
      outcome='ผู้บริหารและประชาชนทราบความก้าวหน้า'),
]
HDR = ['ลำดับ', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามและรายงานผล', 'ผลที่คาดว่าจะได้รับ']
def build():
    doc = new_doc('TH SarabunIT๙', 16, False, (2.5, 2.0, 3.0, 2.0))
    header_footer(doc, None, 'page', 14)
    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, 18, 'c')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2570', True, 18, 'c')
    para(doc, AG + ' กรมเจ้าท่า', True, 18, 'c')
    para(doc, '')
    para(doc, '1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', True)
    para(doc, '        สำนักงานเจ้าท่าภูมิภาคสาขากระบี่นทีอยู่ในการประเมินของกรมเจ้าท่า ซึ่งได้คะแนน 88.36 คะแนน อยู่ในระดับผ่าน '
              'สาขาได้นำผลการประเมินรายตัวชี้วัดมาวิเคราะห์ พบว่า')
    para(doc, '2. การวิเคราะห์ผลการประเมิน', True)
    para(doc, '    2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', True)
    for s in ['ตัวชี้วัดการใช้ทรัพย์สินของราชการ (i11–i13) ได้คะแนนต่ำสุด ผู้ตอบยังเห็นว่ามีการยืมใช้เรือตรวจการณ์และรถราชการไม่ถูกต้อง',
              'ผู้รับบริการบางส่วนไม่ทราบค่าธรรมเนียมการจดทะเบียนเรือที่ถูกต้อง (e4)']:
        para(doc, s, style='List Bullet')
    para(doc, '    2.2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', True)
    for s in ['การเปิดเผยข้อมูลการใช้จ่ายงบประมาณให้เป็นปัจจุบัน (o10–o11)',
              'การรับฟังความคิดเห็นและการปรับปรุงการให้บริการจากผู้ประกอบการเรือท่องเที่ยว']:
        para(doc, s, style='List Bullet')
    para(doc, '3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = sec.bottom_margin = Cm(1.8)
    t = doc.add_table(rows=1, cols=len(HDR)); t.style = 'Table Grid'
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, align='c'); shade(t.rows[0].cells[i], 'FFF2CC')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row()
        for i, v in enumerate([m['no'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outcome']]):
            cell_text(r.cells[i], v, align='c' if (i == 0 or v == '-') else None)
    col_widths(t, [1.3, 5.0, 6.4, 3.4, 2.6, 3.9, 3.5])
    para(doc, '')
    para(doc, 'ประกาศ ณ วันที่ 20 พฤศจิกายน พ.ศ. 2569', align='c')
    para(doc, '(นายสุริยา ทองเกื้อ)', align='c')
    para(doc, 'ผู้อำนวยการสำนักงานเจ้าท่าภูมิภาคสาขากระบี่นที', align='c')
    doc.save(out(NAME, 'docx'))
    write_truth(NAME, 'docx', 'measures', 2570, AG, 'measure', items_from(M, 'measures'),
        ["measure 3: period is '-'", 'measure 5: responsible cell left blank'],
        'Ordinary DOCX: portrait section with the analysis (2.1 weaknesses / 2.2 improvements as List Bullet), then a '
        'LANDSCAPE section with a 7-column table (header row repeating), own การติดตามและรายงานผล and expected-result '
        'columns; Arabic numbers. Score quoted is the department\'s (88.36 ผ่าน). Measure 6 is the report-making measure '
        '(a measure in its own right).',
        sections={'weaknesses': 'present', 'improvements': 'present'})
if __name__ == '__main__': build()
