# r04: อ.อ.ป. สาขาแม่แจ่มใต้ — results FY2569; NEW FORM: Excel "Formatted Text (Space delimited) (*.prn)":
# fixed-width columns, every cell TRUNCATED to its column width (counted in characters, so Thai combining marks
# shift the alignment), numbers right-aligned, Thai Windows ANSI (cp874), CRLF.
import os
from common import *

FN = 'r04_fio_maechaemtai_results_2569.txt'
AG = 'องค์การอุตสาหกรรมป่าไม้ สาขาแม่แจ่มใต้'
TITLE = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ 2569'
W = [6, 40, 38, 22, 18, 44, 40, 14]
M = [
 dict(n='1', full='เปิดเผยข้อมูลการจำหน่ายไม้และผลิตภัณฑ์ไม้ของสวนป่าทุกเดือน',
      steps='ประกาศราคาจำหน่ายไม้และผลการจำหน่ายบนเว็บไซต์และบอร์ดหน้าสำนักงาน', resp='งานการตลาดและจำหน่าย', period='ต.ค.68-ก.ย.69',
      out='ประกาศราคาและผลการจำหน่ายไม้ครบ 12 เดือน รวม 58 รายการ', oc='ลูกค้าตรวจสอบราคาได้ ไม่มีข้อร้องเรียนเรื่องราคาไม้'),
 dict(n='2', full='ป้องกันผลประโยชน์ทับซ้อนในการประมูลขายไม้สัก',
      steps='คณะกรรมการประมูลลงนามแบบแสดงความไม่มีส่วนได้เสียก่อนเปิดซอง', resp='ผู้จัดการสาขา/คณะกรรมการประมูล', period='ม.ค.-มี.ค.69',
      out='ประมูลไม้สัก 2 ครั้ง กรรมการลงนามครบ 10 คน', oc='การประมูลเป็นไปตามระเบียบ ไม่มีผู้ร้องเรียน'),
 dict(n='3', full='ตรวจสอบการใช้ทรัพย์สินและยานพาหนะของสวนป่า',
      steps='จัดทำทะเบียนคุมรถและเครื่องจักร ตรวจสอบสมุดบันทึกการใช้รถทุกสัปดาห์', resp='งานบริหารทั่วไป', period='-',
      out='ตรวจสอบทะเบียนคุมรถ 7 คัน เครื่องจักร 12 รายการ', oc='ไม่พบการนำทรัพย์สินไปใช้ประโยชน์ส่วนตัว'),
 dict(n='4', full='รับเรื่องร้องเรียนจากชุมชนรอบสวนป่าและแจ้งผลการดำเนินการ',
      steps='ติดตั้งตู้รับเรื่องที่สวนป่า 3 แห่ง และเปิด Line OA ของสาขา', resp='งานบริหารทั่วไป', period='ต.ค.68-ก.ย.69',
      out='รับเรื่อง 5 เรื่อง (ไฟป่า 3 ทางสัญจร 2) แจ้งผลครบ', oc='-'),
 dict(n='5', full='ส่งเสริมคุณธรรมและจริยธรรมของพนักงานและลูกจ้างสวนป่า',
      steps='อบรมประมวลจริยธรรม อ.อ.ป. และกิจกรรมจิตอาสาปลูกป่าร่วมกับชุมชน', resp='', period='มิ.ย.-ส.ค.69',
      out='อบรม 1 ครั้ง ผู้เข้าร่วม 64 คน จิตอาสาปลูกป่า 2 ครั้ง', oc='พนักงานมีความรู้เรื่องประมวลจริยธรรมเพิ่มขึ้น ร้อยละ 90'),
 dict(n='6', full='สวนป่าโปร่งใส เผยแพร่ข่าวสารการดำเนินงานผ่านเพจ Facebook',
      steps='โพสต์ข่าวกิจกรรมและประกาศของสาขาอย่างน้อยสัปดาห์ละ 1 ครั้ง', resp='งานการตลาดและจำหน่าย', period='ต.ค.68-ก.ย.69',
      out='เผยแพร่ข่าว 71 โพสต์ ผู้ติดตามเพจเพิ่มขึ้น 1,120 ราย', oc='ประชาชนรับรู้ข้อมูลการดำเนินงานของสาขาได้รวดเร็ว'),
]
MON = 'ผู้จัดการสาขาติดตามผลทุกเดือน และรายงานผลต่อสำนักงานภาคเหนือตอนบน ทุกไตรมาส'
for m in M:
    m['title'] = m['full'][:W[1]]
    for k, w in (('steps', 2), ('resp', 3), ('period', 4), ('out', 5), ('oc', 6)):
        m[k] = m[k][:W[w]]
    m['mon'] = MON

def fit(s, w, right=False):
    s = str(s)[:w]
    return s.rjust(w) if right else s.ljust(w)

def row(vals, rights=()):
    return ''.join(fit(v, W[i], i in rights) for i, v in enumerate(vals)).rstrip()

def build():
    total = sum(W)
    L = []
    L.append(fit(TITLE, total).rstrip())
    L.append(fit(AG + ' ฝ่ายสวนป่าภาคเหนือตอนบน', total).rstrip())
    L.append('')
    L.append(row(['ลำดับ', 'มาตรการ/กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน', 'ผลลัพธ์ที่ได้รับ', 'สถานะ']))
    for m in M:
        L.append(row([m['n'], m['full'], m['steps'], m['resp'], m['period'], m['out'], m['oc'], 'ดำเนินการแล้ว'], rights=(0,)))
    L.append('')
    L.append(fit('หมายเหตุ: ' + MON, total).rstrip())
    L.append(fit('ผลการประเมิน ITA ของ อ.อ.ป. ปี 2568 ได้ 90.14 คะแนน', total).rstrip())
    L.append('')
    L.append(row(['', '', '', '', '', 'ผู้รายงาน  นายวีระพงษ์ ใจคำ', '', '']))
    L.append(row(['', '', '', '', '', 'ผู้จัดการสวนป่าแม่แจ่มใต้', '', '']))
    write(FN, '\r\n'.join(L) + '\r\n', enc='cp874', newline='')
    write_truth(FN, 'results', 2569, AG, 'measure', M,
        ['measure 3: period is \'-\'', 'measure 4: outcome is \'-\'', 'measure 5: responsible cell blank',
         'long cells are cut off at the column width (Excel .prn export) - text incomplete but still states each element'],
        'NEW FORM: Excel "Formatted Text (Space delimited) *.prn" saved as .txt in Thai Windows ANSI (cp874, no BOM, CRLF): one line per row, '
        'fixed-width columns, every cell TRUNCATED at its column width (widths counted in characters, so tone marks/vowels above and below '
        'make the columns look misaligned), ลำดับ numbers right-aligned, title lines from merged cells. Titles in the label are the visible '
        '(truncated) text. No monitoring column; the หมายเหตุ row (manager follows up monthly, reports to the regional office quarterly) is a '
        'general monitoring statement = present for every measure. Status column all \'ดำเนินการแล้ว\'. Unit = measure.')

if __name__ == '__main__':
    build()
