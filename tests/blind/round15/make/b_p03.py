# p03: วิทยาลัยเกษตรและเทคโนโลยีภูกระดึงเหนือ — plan FY2570; NEW FORM: Markdown made by markitdown from an XLSX
# (pandas: '## <sheet name>', merged title cell becomes the header with 'Unnamed: n' columns, empty cells 'NaN',
#  the real header is a data row, integer numbers become '1.0'), COMPLETE
from common import *

FN = 'p03_cat_phukradueng_plan_2570.md'
AG = 'วิทยาลัยเกษตรและเทคโนโลยีภูกระดึงเหนือ'
TITLE = 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570'
M = [
 dict(n='1', title='เผยแพร่ข้อมูลสาธารณะของวิทยาลัยตามแบบ OIT', steps='1) แต่งตั้งผู้รับผิดชอบรายข้อ 2) ตรวจสอบข้อมูลก่อนส่ง 3) ปรับปรุงเว็บไซต์วิทยาลัย',
      period='ม.ค. 70 - มี.ค. 70', resp='งานประชาสัมพันธ์ / งานศูนย์ข้อมูลสารสนเทศ', oc='เผยแพร่ข้อมูลครบทุกข้อตามกำหนด', mon='รายงานผู้อำนวยการก่อนส่งข้อมูล'),
 dict(n='2', title='ประกาศเจตนารมณ์ No Gift Policy และการไม่รับของขวัญจากผู้ปกครองและผู้ประกอบการ', steps='1) ผู้อำนวยการลงนามประกาศ 2) ชี้แจงในการประชุมครูและปฐมนิเทศผู้ปกครอง',
      period='ต.ค. 69 - พ.ย. 69', resp='งานบุคลากร', oc='บุคลากรและผู้ปกครองรับทราบนโยบาย', mon='สรุปผลรายงานรองผู้อำนวยการฝ่ายบริหารทรัพยากร'),
 dict(n='3', title='เผยแพร่แผนและผลการจัดซื้อจัดจ้าง รวมถึงการจำหน่ายผลผลิตฟาร์มของวิทยาลัย', steps='1) จัดทำ สขร.1 รายเดือน 2) ประกาศราคาผลผลิตฟาร์ม ณ ร้านจำหน่ายผลผลิต',
      period='ต.ค. 69 - ก.ย. 70', resp='งานพัสดุ / งานฟาร์มและโครงการหารายได้', oc='ข้อมูลการจัดซื้อจัดจ้างและการจำหน่ายผลผลิตตรวจสอบได้ครบ 12 เดือน', mon='หัวหน้างานรายงานทุกเดือน'),
 dict(n='4', title='จัดการเรื่องร้องเรียนและรับฟังความคิดเห็นผู้เรียน ผู้ปกครอง และชุมชน', steps='1) เปิดช่องทางร้องเรียนออนไลน์และกล่องรับความคิดเห็น 2) แจ้งผลภายใน 15 วัน',
      period='ต.ค. 69 - ก.ย. 70', resp='งานบริหารงานทั่วไป', oc='เรื่องร้องเรียนได้รับการแก้ไขภายในกำหนดร้อยละ 100', mon='สรุปรายงานในการประชุมผู้บริหารทุกเดือน'),
 dict(n='5', title='กิจกรรมส่งเสริมคุณธรรม "เกษตรสุจริต" สำหรับนักเรียน นักศึกษา (อวท.)', steps='1) ค่ายคุณธรรมจริยธรรม 2) ร้านค้าซื่อสัตย์ในหอพัก',
      period='พ.ค. 70 - ส.ค. 70', resp='งานกิจกรรมนักเรียนนักศึกษา / ชมรม อวท.', oc='ผู้เรียนเข้าร่วมไม่น้อยกว่าร้อยละ 80', mon='ครูที่ปรึกษาชมรมประเมินผลและรายงานเมื่อจบกิจกรรม'),
 dict(n='6', title='ติดตามและรายงานผลการดำเนินงานตามแผนรอบ 6 เดือน และ 12 เดือน', steps='1) รวบรวมผลจากผู้รับผิดชอบ 2) จัดทำรายงานเสนอผู้อำนวยการ 3) เผยแพร่บนเว็บไซต์',
      period='เม.ย. 70 และ ก.ย. 70', resp='งานวางแผนและงบประมาณ', oc='มีรายงานผลการดำเนินงาน 2 ฉบับ', mon='เสนอผู้อำนวยการและเผยแพร่บนเว็บไซต์'),
]
NC = 8

def tr(cells):
    return '| ' + ' | '.join(cells) + ' |'

def build():
    L = ['## แผน ITA 2570', '']
    L.append(tr([TITLE] + ['Unnamed: %d' % i for i in range(1, NC)]))
    L.append(tr(['---'] * NC))
    L.append(tr([AG + ' สำนักงานคณะกรรมการการอาชีวศึกษา'] + ['NaN'] * (NC - 1)))
    L.append(tr(['NaN'] * NC))
    L.append(tr(['ลำดับ', 'กิจกรรม', 'ขั้นตอนการดำเนินงาน', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'ตัวชี้วัดความสำเร็จ', 'การติดตามผล', 'หมายเหตุ']))
    for m in M:
        L.append(tr(['%s.0' % m['n'], m['title'], m['steps'], m['period'], m['resp'], m['oc'], m['mon'], 'NaN']))
    L.append(tr(['NaN'] * NC))
    L.append(tr(['NaN', 'ลงชื่อ นายเกรียงศักดิ์ บุญมา ผู้อำนวยการวิทยาลัย', 'NaN', 'NaN', 'NaN', 'NaN', 'NaN', 'NaN']))
    L += ['', '## ผลคะแนน ITA 2569', '']
    L.append(tr(['เครื่องมือ', 'คะแนน', 'Unnamed: 2']))
    L.append(tr(['---'] * 3))
    for r in [('IIT', '91.35', 'NaN'), ('EIT', '87.60', 'NaN'), ('OIT', '89.58', 'NaN'), ('รวม (ถ่วงน้ำหนัก)', '89.32', 'ผ่าน')]:
        L.append(tr(list(r)))
    L.append('')
    write(FN, '\n'.join(L))
    write_truth(FN, 'plan', 2570, AG, 'activity', M, [],
        'NEW FORM: Markdown produced by markitdown from an XLSX workbook (pandas read_excel → to_html → markdownify): each sheet is a \'## <sheet>\' '
        'heading and ONE pipe table; the merged title cell A1 became the table header (\'แผนการขับเคลื่อน… | Unnamed: 1 | … | Unnamed: 7\'), '
        'empty cells print as \'NaN\', the real column header (ลำดับ | กิจกรรม | ขั้นตอนการดำเนินงาน | ระยะเวลา | ผู้รับผิดชอบ | ตัวชี้วัดความสำเร็จ | '
        'การติดตามผล | หมายเหตุ) is an ordinary data row, integer numbers came out as floats \'1.0\'–\'6.0\' (labelled 1–6); the signature is a '
        'table row; a second sheet holds the ITA 2569 scores (IIT 91.35 / EIT 87.60 / OIT 89.58, weighted 89.32 ผ่าน - consistent). '
        'Only the หมายเหตุ column is NaN, which is not an element. Own follow-up column + activity 6 = the plan\'s own 6/12-month report. '
        'COMPLETE (output never stated in plans). Unit = activity.')

if __name__ == '__main__':
    build()
