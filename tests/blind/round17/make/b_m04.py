"""m04: อบต. measures FY2570 - Word content copied into Notepad (UTF-8, CRLF): table rows tab-separated, multi-paragraph
cells break the row over several lines; only the urgent-weakness section."""
from common import *
NAME = 'm04_obt_dontakotai_measures_2570.txt'
AG = 'องค์การบริหารส่วนตำบลดอนตะโกใต้'
M = [
 dict(num='1', title='มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ',
      steps=['เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี', 'จัดทำ สขร.1 ทุกเดือน', 'รายงานการใช้จ่ายงบประมาณรอบ 6 เดือน'],
      period='ต.ค. 69 - ก.ย. 70', resp='กองคลัง', mon='ปลัด อบต. ตรวจสอบและรายงานนายก อบต. ทุกไตรมาส', outcome='ข้อมูล OIT ด้านการจัดซื้อจัดจ้างครบถ้วนร้อยละ 100'),
 dict(num='2', title='มาตรการปรับปรุงคู่มือการให้บริการประชาชน',
      steps=['ทบทวนคู่มือประชาชนทุกงานบริการ', 'เผยแพร่คู่มือที่เคาน์เตอร์บริการและเว็บไซต์'],
      period='พ.ย. 69 - ม.ค. 70', resp='(ระบุ)', mon='รายงานผลต่อนายก อบต.', outcome='ผู้รับบริการพึงพอใจไม่น้อยกว่าร้อยละ 85'),
 dict(num='3', title='มาตรการป้องกันการรับสินบนในการออกใบอนุญาต',
      steps=['กำหนดระยะเวลามาตรฐานการออกใบอนุญาต', 'ชำระค่าธรรมเนียมผ่าน QR Code', 'ติดป้าย No Gift Policy'],
      period='ต.ค. 69 - ก.ย. 70', resp='กองช่าง / กองสาธารณสุขฯ', mon='สุ่มสอบถามผู้ขอใบอนุญาตเดือนละ 10 ราย รายงานปลัด อบต.', outcome='ไม่มีเรื่องร้องเรียนการเรียกรับเงิน'),
 dict(num='4', title='มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการดำเนินงาน',
      steps=['เชิญผู้นำชุมชนร่วมเป็นกรรมการตรวจรับงานจ้าง', 'ประชุมประชาคมรายงานผลการดำเนินงานประจำปี'],
      period='ต.ค. 69 - ก.ย. 70', resp='สำนักปลัด / กองช่าง', mon='สรุปผลการประชุมประชาคมรายงานนายก อบต.', outcome='ประชาชนมีส่วนร่วมตรวจสอบทุกโครงการก่อสร้าง'),
 dict(num='5', title='มาตรการเสริมสร้างคุณธรรมของพนักงานส่วนตำบล',
      steps='-',
      period='ธ.ค. 69', resp='สำนักปลัด (งานการเจ้าหน้าที่)', mon='รายงานผลการจัดกิจกรรมต่อนายก อบต.', outcome='พนักงานเข้าร่วมกิจกรรมร้อยละ 90'),
]
def build():
    L = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. 2570', AG, 'อำเภอเมืองสุพรรณนที จังหวัดสุพรรณนที', '',
         '1. ผลการประเมิน ITA ประจำปี 2569',
         '\tอบต.ดอนตะโกใต้ ได้คะแนนรวม 79.84 คะแนน อยู่ในระดับ ไม่ผ่าน โดยตัวชี้วัดที่ได้คะแนนต่ำ ได้แก่ การเปิดเผยข้อมูล (OIT) 72.50 คะแนน และคุณภาพการดำเนินงาน (EIT) 78.36 คะแนน', '',
         '2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน',
         '\t2.1 การเผยแพร่ข้อมูลการจัดซื้อจัดจ้างและงบประมาณบนเว็บไซต์ไม่ครบถ้วน',
         '\t2.2 คู่มือการให้บริการประชาชนไม่เป็นปัจจุบัน',
         '\t2.3 ประชาชนยังกังวลเรื่องการเรียกรับเงินในการออกใบอนุญาต', '',
         '3. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '',
         'ที่\tมาตรการ\tวิธีการดำเนินการ\tระยะเวลา\tผู้รับผิดชอบ\tการติดตามผล\tผลที่คาดว่าจะได้รับ']
    for m in M:
        steps = m['steps'] if isinstance(m['steps'], list) else [m['steps']]
        steps = [f'{i + 1}) {s}' if len(steps) > 1 else s for i, s in enumerate(steps)]
        # Word→Notepad: the cell's paragraphs are separated by line breaks inside the row
        first = f"{m['num']}\t{m['title']}\t{steps[0]}"
        rest = steps[1:]
        if rest:
            L.append(first)
            L.extend(rest[:-1])
            L.append(f"{rest[-1]}\t{m['period']}\t{m['resp']}\t{m['mon']}\t{m['outcome']}")
        else:
            L.append(f"{first}\t{m['period']}\t{m['resp']}\t{m['mon']}\t{m['outcome']}")
    L += ['', 'ประกาศ ณ วันที่ 5 พฤศจิกายน 2569', '', '(นายบุญส่ง  ดอนตะโก)', 'นายกองค์การบริหารส่วนตำบลดอนตะโกใต้', '']
    write(NAME, '\r\n'.join(L), newline='')
    write_truth(NAME, 'measures', 2570, AG, 'measure', M,
        ['analysis: the issues-to-improve section (ประเด็นที่จะต้องพัฒนาให้ดีขึ้น) is missing - only the urgent weaknesses are given',
         "measure 2: responsible is '(ระบุ)'", "measure 5: steps is '-'"],
        'A Word measures document selected and pasted into Notepad (UTF-8, CRLF): headings as plain lines, the table as TAB-separated rows; every multi-paragraph cell (the numbered steps "1) … 2) …") breaks its row over several physical lines - the first line holds ที่/มาตรการ/step 1, middle lines hold further steps, the last line holds the last step and the remaining cells. ITA 2569 79.84 ไม่ผ่าน (consistent). Only the urgent-weakness section (2.1–2.3); improvements missing. Own การติดตามผล and ผลที่คาดว่าจะได้รับ (= outcome) columns. Output never stated (measures). Unit = measure.',
        sections={'weaknesses': 'present', 'improvements': 'missing'})
if __name__ == '__main__':
    build()
