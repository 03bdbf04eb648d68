# r05: NEW FORM - Markdown produced by a PDF->Markdown converter of the Docling kind:
# merged (rowspan/colspan) cells are DUPLICATED into every cell they spanned, page furniture dropped,
# '<!-- image -->' placeholders, table split into two tables at the page break (header repeated by the PDF).
from common import *
NAME = 'r05_hosp_bophloithong_results_2569'
AG = 'โรงพยาบาลบ่อพลอยทอง'
HDR = ['ที่', 'มาตรการ', 'กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน', 'ผลลัพธ์', 'การติดตามผล']
# measure-level (merged) cells: n, t, resp, outc, mon ; activity-level: act, period, out
M = [
 dict(n='1', t='มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ', resp='งานพัสดุ กลุ่มงานบริหารทั่วไป',
      outc='ผู้รับบริการและประชาชนตรวจสอบข้อมูลการจัดซื้อจัดจ้างได้ครบถ้วน ไม่มีข้อร้องเรียนจากผู้ค้า',
      mon='รายงานผู้อำนวยการทุกเดือนในที่ประชุมกรรมการบริหาร',
      acts=[('1.1 จัดทำและประกาศแผนการจัดซื้อจัดจ้างประจำปี', 'ต.ค. – พ.ย. 68', 'ประกาศแผน 1 ฉบับ เมื่อ 14 พ.ย. 68'),
            ('1.2 สรุปผลการจัดซื้อจัดจ้างรายเดือนขึ้นเว็บไซต์โรงพยาบาล', 'ทุกเดือน', 'เผยแพร่ครบ 12 เดือน')]),
 dict(n='2', t='มาตรการป้องกันการรับสินบนและการเรียกรับผลประโยชน์', resp='กลุ่มงานบริหารทั่วไป ร่วมกับทีมนำองค์กร',
      outc='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์ บุคลากรรับรู้นโยบายร้อยละ 96',
      mon='คณะกรรมการ ITA โรงพยาบาลติดตามรายไตรมาสและรายงานต่อ สสอ.บ่อพลอยทอง',
      acts=[('2.1 ประกาศนโยบาย No Gift Policy และติดป้ายประชาสัมพันธ์ทุกจุดบริการ', 'ต.ค. 68', 'ติดป้าย 11 จุดบริการ'),
            ('2.2 สำรวจการรับรู้นโยบายของบุคลากร', 'ก.ค. – ส.ค. 69', 'สำรวจบุคลากร 142 คน')]),
 dict(n='3', t='มาตรการเสริมสร้างวัฒนธรรมองค์กรคุณธรรม "รพ.บ่อพลอยทองโปร่งใส"', resp='กลุ่มงานบริหารทั่วไป (งานทรัพยากรบุคคล)',
      outc='-', mon='สรุปผลกิจกรรมเสนอผู้อำนวยการเมื่อสิ้นปีงบประมาณ',
      acts=[('3.1 อบรมประมวลจริยธรรมและการขัดกันแห่งผลประโยชน์', 'ธ.ค. 68', 'อบรม 1 ครั้ง ผู้เข้าร่วม 128 คน'),
            ('3.2 ยกย่องบุคลากรต้นแบบด้านคุณธรรม', 'ก.ย. 69', 'มอบเกียรติบัตร 6 คน')]),
 dict(n='4', t='มาตรการจัดการเรื่องร้องเรียนและรับฟังความคิดเห็นผู้รับบริการ', resp='',
      outc='ตอบสนองเรื่องร้องเรียนภายใน 15 วันทำการร้อยละ 100 ความพึงพอใจผู้ป่วยนอกร้อยละ 88.7',
      mon='รายงานผลการจัดการเรื่องร้องเรียนในที่ประชุมกรรมการบริหารทุกเดือน',
      acts=[('4.1 พัฒนาช่องทางร้องเรียนผ่าน LINE OA และ QR Code', 'ต.ค. – ธ.ค. 68', 'เปิดใช้ช่องทางออนไลน์ 2 ช่องทาง'),
            ('4.2 จัดทำทะเบียนและติดตามเรื่องร้องเรียน', 'ตลอดปี', 'รับเรื่อง 23 เรื่อง ยุติแล้ว 23 เรื่อง'),
            ('4.3 สำรวจความพึงพอใจผู้รับบริการ', 'มี.ค. และ ส.ค. 69', 'สำรวจ 2 รอบ 800 ราย')]),
]
GROUPS = {1: 'ด้านที่ 1 ความโปร่งใสในการใช้งบประมาณ', 2: 'ด้านที่ 2 การป้องกันการทุจริตและการเสริมสร้างวัฒนธรรมองค์กร',
          4: 'ด้านที่ 3 การให้บริการและการจัดการเรื่องร้องเรียน'}

def row(cells):
    return '| ' + ' | '.join(cells) + ' |'

def table_md(rows):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    outl = [row([c.ljust(w[i]) for i, c in enumerate(rows[0])]), '|' + '|'.join('-' * (x + 2) for x in w) + '|']
    for r in rows[1:]:
        outl.append(row([c.ljust(w[i]) for i, c in enumerate(r)]))
    return '\n'.join(outl)

def main():
    t1 = [HDR]; t2 = [HDR]
    for m in M:
        n = int(m['n'])
        tgt = t1 if n <= 2 else t2
        if n in GROUPS: tgt.append([GROUPS[n]] * 8)
        for a, per, o in m['acts']:
            tgt.append([m['n'], m['t'], a, m['resp'], per, o, m['outc'], m['mon']])
    md = f"""<!-- image -->

## โรงพยาบาลบ่อพลอยทอง

## รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569

อำเภอบ่อพลอยทอง จังหวัดกาญจนวารี สังกัดสำนักงานสาธารณสุขจังหวัดกาญจนวารี

## 1. ความเป็นมา

ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. 2568 โรงพยาบาลบ่อพลอยทองได้คะแนน 92.31 คะแนน ผ่านเกณฑ์ที่กำหนด (ร้อยละ 92) โรงพยาบาลได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 4 มาตรการ 9 กิจกรรม เพื่อรักษาและยกระดับผลการประเมิน

## 2. ผลการดำเนินการ

{table_md(t1)}

{table_md(t2)}

## 3. ปัญหาอุปสรรคและข้อเสนอแนะ

- บุคลากรบางส่วนยังไม่เข้าใจแนวทางการเปิดเผยข้อมูลบนเว็บไซต์ ควรจัดทำคู่มือและอบรมเพิ่มเติมในปีงบประมาณ พ.ศ. 2570
- ช่องทางร้องเรียนออนไลน์ยังมีผู้ใช้น้อย ควรประชาสัมพันธ์ผ่านอาสาสมัครสาธารณสุขประจำหมู่บ้าน

ลงชื่อ ผู้รายงาน

(นางสาวจิราพร แก้วมณี)

นักจัดการงานทั่วไปชำนาญการ

ลงชื่อ ผู้อนุมัติ

(นายแพทย์ภาคภูมิ ศรีวงศ์)

ผู้อำนวยการโรงพยาบาลบ่อพลอยทอง

<!-- image -->
"""
    open(out(NAME + '.md'), 'w', encoding='utf-8').write(md)
    ms = []
    for m in M:
        mm = dict(steps=[a for a, _, _ in m['acts']], resp=m['resp'], period=[p for _, p, _ in m['acts']],
                  mon=m['mon'], out=[o for _, _, o in m['acts']], outc=m['outc'])
        ms.append(mrec(m['n'], m['t'], elements('results', mm)))
    write_truth(NAME, NAME + '.md', 'results', 2569, AG, 'measure', ms,
        ['measure 3: outcome is "-" (in both of its activity rows)',
         'measure 4: responsible cell is empty (in all three of its activity rows)'],
        'NEW FORM: Markdown written by a Docling-style PDF->Markdown converter. The PDF table had measure cells (ที่, มาตรการ, '
        'ผู้รับผิดชอบ, ผลลัพธ์, การติดตามผล) merged vertically over their activity rows and group rows merged across all 8 '
        'columns; the converter DUPLICATES a merged cell\'s text into every cell it spanned, so each activity row repeats the '
        'measure number/title/responsible/outcome/monitoring and each group row "ด้านที่ n ..." repeats its text 8 times (group '
        'rows are not measures). Unit = measure (4 measures, 9 activity rows 1.1–4.3); an element is present when stated in any '
        'of its rows; the activity column serves as the steps. The table is split into two tables at the page break (header '
        'repeated). Page furniture dropped, logo as <!-- image -->, bold lines turned into ## headings. ITA 2568 92.31 (consistent).')

if __name__ == '__main__':
    main()
