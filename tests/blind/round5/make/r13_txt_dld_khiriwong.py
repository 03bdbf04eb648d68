"""r13: สำนักงานปศุสัตว์จังหวัดคีรีวงศ์ measures FY2570 - text as a PDF extraction service returns a two-page Word PDF:
paragraphs as lines, the table as TAB-separated rows whose cells carry HTML fragments (<p>, <br>, <ul><li>); a form
feed and the running header/footer between pages; header row repeated on page 2 and row ๔ cut by the page break (its
tail on page 2 with empty leading cells).  No analysis sections at all (score sentence only)."""
from common import *

NAME = 'r13_dld_khiriwong_measures_2570'
AG = 'สำนักงานปศุสัตว์จังหวัดคีรีวงศ์'
HDR = ['ลำดับ', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การรายงานผล']


def p(s):
    return '<p>%s</p>' % s


def ul(items):
    return '<ul>' + ''.join('<li>%s</li>' % i for i in items) + '</ul>'


ROWS = [
    ('๑', 'มาตรการป้องกันการเรียกรับผลประโยชน์ในการออกใบอนุญาตค้าสัตว์และซากสัตว์',
     ul(['ประกาศขั้นตอน ระยะเวลา และค่าธรรมเนียมการออกใบอนุญาต ณ จุดบริการและเว็บไซต์',
         'ยื่นคำขอผ่านระบบ e-Service ของกรมปศุสัตว์เป็นหลัก',
         'หัวหน้ากลุ่มสุ่มตรวจคำขอที่ใช้เวลาเกินมาตรฐาน']),
     p('กลุ่มพัฒนาสุขภาพสัตว์'), p('ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐'),
     p('รายงานปศุสัตว์จังหวัดทุกเดือน')),
    ('๒', 'มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ',
     ul(['ประกาศแผนการจัดซื้อจัดจ้างประจำปี', 'เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน',
         'รายงานผลการเบิกจ่ายงบประมาณในที่ประชุมประจำเดือน']),
     p('ฝ่ายบริหารทั่วไป'), p('ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐'),
     p('ฝ่ายบริหารทั่วไปรายงานปศุสัตว์จังหวัดทุกเดือน<br>และรายงานปศุสัตว์เขตทุกไตรมาส')),
    ('๓', 'มาตรการป้องกันผลประโยชน์ทับซ้อนในการตรวจรับรองมาตรฐานฟาร์ม',
     ul(['ผู้ตรวจประเมินฟาร์มลงนามในแบบแสดงความไม่มีส่วนได้เสียก่อนออกตรวจ',
         'จัดผู้ตรวจประเมินไม่น้อยกว่า ๒ คนต่อฟาร์ม และหมุนเวียนพื้นที่ทุกปี']),
     '', p('ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐'),
     p('สรุปผลการตรวจรับรองรายงานปศุสัตว์จังหวัดทุกไตรมาส')),
    ('๔', 'มาตรการกำกับการจ่ายเงินชดเชยสัตว์ที่ถูกทำลายจากโรคระบาดอย่างเป็นธรรม',
     None,  # split below
     p('กลุ่มพัฒนาสุขภาพสัตว์ / ปศุสัตว์อำเภอ'), p('-'),
     None),
    ('๕', 'มาตรการรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
     ul(['รับเรื่องผ่านตู้รับเรื่อง โทรศัพท์ ๐ ๗๕๖๑ ๒๓๔๐ อีเมล และ Line OA',
         'ลงทะเบียนและเสนอปศุสัตว์จังหวัดภายใน ๓ วันทำการ', 'แจ้งผลให้ผู้ร้องทราบภายใน ๑๕ วัน']),
     p('ฝ่ายบริหารทั่วไป (นิติกร)'), p('ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐'),
     ''),
    ('๖', 'มาตรการส่งเสริมการแจ้งโรคระบาดสัตว์และขอรับบริการผ่านช่องทางออนไลน์',
     ul(['ประชาสัมพันธ์แอปพลิเคชัน DLD 4.0 และ Line OA “ปศุสัตว์คีรีวงศ์”',
         'อบรมอาสาปศุสัตว์ประจำหมู่บ้านให้ใช้ระบบแจ้งโรคออนไลน์']),
     p('กลุ่มส่งเสริมและพัฒนาการปศุสัตว์'), p('พ.ย. ๒๕๖๙ – ก.ค. ๒๕๗๐'),
     p('รายงานจำนวนการแจ้งโรคออนไลน์ในที่ประชุมประจำเดือน')),
    ('๗', 'มาตรการไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)',
     ul(['ปศุสัตว์จังหวัดประกาศนโยบาย No Gift Policy', 'แจ้งผู้ประกอบการและเกษตรกรผู้เลี้ยงสัตว์ทราบเป็นหนังสือ']),
     p('ปศุสัตว์จังหวัด / ทุกกลุ่มและฝ่าย'), p('ธ.ค. ๒๕๖๙ – ม.ค. ๒๕๗๐'),
     p('รายงานผลการรับของขวัญต่อกรมปศุสัตว์ภายในเดือนกุมภาพันธ์ ๒๕๗๐')),
]
ROW4_STEPS_A = ul(['ตรวจสอบบัญชีสัตว์ที่ถูกทำลายร่วมกับผู้นำชุมชนทุกครั้ง',
                   'ประกาศรายชื่อเกษตรกรผู้ได้รับเงินชดเชยและจำนวนเงิน ณ ที่ว่าการอำเภอ'])
ROW4_STEPS_B = ul(['โอนเงินชดเชยเข้าบัญชีเกษตรกรโดยตรง ไม่จ่ายเป็นเงินสด'])
ROW4_REP_A = p('รายงานผลการจ่ายเงินชดเชย')
ROW4_REP_B = p('ต่อปศุสัตว์จังหวัดและกรมปศุสัตว์ทุกครั้งที่มีการจ่าย')


def row(cells):
    return '\t'.join(cells)


def build():
    head = row(HDR)
    lines = [
        'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐',
        AG,
        '',
        'ตามที่กรมปศุสัตว์ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ '
        'พ.ศ. ๒๕๖๙ ได้คะแนน ๙๔.๓๗ คะแนน ผ่านเกณฑ์การประเมิน สำนักงานปศุสัตว์จังหวัดคีรีวงศ์จึงได้กำหนดมาตรการส่งเสริม'
        'คุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ เพื่อเป็นแนวทางการปฏิบัติงานของบุคลากรให้เกิด'
        'ความโปร่งใส ตรวจสอบได้ ดังนี้',
        '',
        head,
    ]
    for r in ROWS[:3]:
        lines.append(row([p(r[0]), p(r[1]), r[2], r[3], r[4], r[5]]))
    r4 = ROWS[3]
    lines.append(row([p(r4[0]), p(r4[1]), ROW4_STEPS_A, r4[3], r4[4], ROW4_REP_A]))
    lines += ['', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสฯ ปี ๒๕๗๐\tหน้า ๑ / ๒', '\f' +
              AG + ' | มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', '', head]
    lines.append(row(['', '', ROW4_STEPS_B, '', '', ROW4_REP_B]))
    for r in ROWS[4:]:
        lines.append(row([p(r[0]), p(r[1]), r[2], r[3], r[4], r[5]]))
    lines += ['',
              'ทั้งนี้ ให้กลุ่ม/ฝ่ายที่รับผิดชอบดำเนินการตามมาตรการอย่างเคร่งครัด',
              '',
              'ประกาศ ณ วันที่ ๕ ตุลาคม พ.ศ. ๒๕๖๙',
              '',
              '(นายสุรเชษฐ์ คีรีรักษ์)',
              'ปศุสัตว์จังหวัดคีรีวงศ์',
              '',
              'มาตรการส่งเสริมคุณธรรมและความโปร่งใสฯ ปี ๒๕๗๐\tหน้า ๒ / ๒', '']
    write_text(NAME + '.txt', '\n'.join(lines))

    missing = {'๓': 'roc', '๔': 'poc', '๕': 'noc'}
    ms = [M(r[0], r[1], missing.get(r[0], 'oc')) for r in ROWS]
    write_truth(NAME + '.txt', 'measures', 2570, AG, 'measure', ms,
                sections={'weaknesses': 'missing', 'improvements': 'missing'}, problems=[
                    "analysis missing: only a score sentence (DLD ITA 2569 94.37); neither the urgent-weakness nor the improvement section",
                    "measure 3: responsible cell empty",
                    "measure 4: period '-'",
                    "measure 5: reporting cell empty",
                ], notes="""Text as a PDF extraction service returns a two-page Word PDF: title lines, score sentence,
        then the table as TAB-separated rows, every cell an HTML fragment (<p>…</p>, <ul><li>…</li></ul>, <br>); an empty
        cell is an empty field between two tabs. Columns: ลำดับ / มาตรการ / ขั้นตอนการดำเนินงาน / ผู้รับผิดชอบ /
        ระยะเวลา / การรายงานผล; Thai-digit numbers in the ลำดับ column. Page 1 ends with the footer line 'มาตรการ…ฯ ปี
        ๒๕๗๐ <TAB> หน้า ๑ / ๒', then a form feed, the running header and the REPEATED header row; row ๔ was cut by the
        page break: its first part (number, title, two steps, responsible, period '-', first half of the reporting sentence)
        is on page 1 and its tail (third step and the rest of the reporting sentence) is the first row of page 2 with
        empty leading cells - one measure, not two. The 'การรายงานผล' column carries monitoring. No analysis of the ITA
        result (both sections missing). No output/outcome columns. Unit = measure (๑–๗).""")


if __name__ == '__main__':
    build()
