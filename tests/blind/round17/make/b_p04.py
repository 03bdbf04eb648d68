"""p04: อบต. plan FY2570 - NEW FORM: Hugo content file whose plan table exists only as DATA in the YAML front matter
(activities list + Thai column labels), rendered on the site by a shortcode; body holds only intro + shortcode. COMPLETE."""
import yaml
from common import *
NAME = 'p04_obt_nongkrathinglang_plan_2570.md'
AG = 'องค์การบริหารส่วนตำบลหนองกระทิงล่าง'
M = [
 dict(num='1', title='ปรับปรุงข้อมูลบนเว็บไซต์ อบต. ตามตัวชี้วัด OIT ทุกข้อ', steps=['ตรวจสอบรายการข้อมูล OIT', 'มอบหมายผู้รับผิดชอบรายข้อ', 'อัปเดตข้อมูลทุกเดือน'],
      period='ต.ค. 2569 - มี.ค. 2570', resp='สำนักปลัด', outcome='ข้อมูล OIT ครบถ้วนร้อยละ 100', mon='ปลัด อบต. ตรวจสอบรายเดือน'),
 dict(num='2', title='เผยแพร่ขั้นตอนและระยะเวลาการขออนุญาตก่อสร้างอาคาร', steps=['จัดทำคู่มือประชาชน', 'ติดประกาศที่จุดบริการและเว็บไซต์'],
      period='พ.ย. - ธ.ค. 2569', resp='กองช่าง', outcome='ผู้ขออนุญาตทราบขั้นตอนล่วงหน้า', mon='กองช่างรายงานผลต่อปลัด อบต.'),
 dict(num='3', title='ป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง', steps=['กรรมการลงนามแบบแสดงความไม่มีส่วนได้เสีย', 'เผยแพร่ สขร.1 รายเดือน'],
      period='ต.ค. 2569 - ก.ย. 2570', resp='กองคลัง', outcome='ไม่มีข้อร้องเรียนการจัดซื้อจัดจ้าง', mon='รายงานนายก อบต. ทุกไตรมาส'),
 dict(num='4', title='กิจกรรมประกาศเจตนารมณ์และ No Gift Policy', steps=['นายก อบต. ประกาศเจตนารมณ์', 'ประชาสัมพันธ์นโยบายแก่ผู้รับบริการ'],
      period='ธ.ค. 2569', resp='สำนักปลัด', outcome='บุคลากรร่วมกิจกรรมร้อยละ 90', mon='สรุปผลกิจกรรมเสนอนายก อบต.'),
 dict(num='5', title='สำรวจความพึงพอใจผู้รับบริการ (EIT)', steps=['จัดทำแบบสำรวจออนไลน์', 'วิเคราะห์ผลและปรับปรุงบริการ'],
      period='ม.ค. - ก.ค. 2570', resp='สำนักปลัด / กองคลัง', outcome='ความพึงพอใจไม่น้อยกว่าร้อยละ 85', mon='รายงานผลการสำรวจต่อคณะผู้บริหาร'),
 dict(num='6', title='รายงานผลการดำเนินการตามแผนรอบ 6 เดือน และ 12 เดือน', steps=['รวบรวมผลจากทุกกอง', 'เสนอนายก อบต. และเผยแพร่บนเว็บไซต์'],
      period='เม.ย. และ ก.ย. 2570', resp='สำนักปลัด', outcome='มีรายงานผลเผยแพร่ 2 ครั้ง', mon='เสนอนายก อบต.'),
]
def build():
    fm = {
        'title': 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570',
        'date': '2026-11-10T09:30:00+07:00',
        'draft': False,
        'categories': ['ITA'],
        'tags': ['O37', 'แผนปฏิบัติการ', '2570'],
        'ita_code': 'O37',
        'agency': AG,
        'ita_score_2569': 86.27,
        'columns': [{'key': 'no', 'label': 'ที่'}, {'key': 'activity', 'label': 'กิจกรรม'}, {'key': 'steps', 'label': 'ขั้นตอนการดำเนินงาน'},
                    {'key': 'period', 'label': 'ระยะเวลา'}, {'key': 'owner', 'label': 'ผู้รับผิดชอบ'}, {'key': 'kpi', 'label': 'ตัวชี้วัด'},
                    {'key': 'followup', 'label': 'การติดตามผล'}],
        'activities': [{'no': int(m['num']), 'activity': m['title'], 'steps': m['steps'], 'period': m['period'], 'owner': m['resp'],
                        'kpi': m['outcome'], 'followup': m['mon']} for m in M],
    }
    y = yaml.safe_dump(fm, allow_unicode=True, sort_keys=False, width=200)
    body = f'''---
{y}---

เพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ซึ่งในปี พ.ศ. 2569 อบต.หนองกระทิงล่าง ได้ {{{{< param "ita_score_2569" >}}}} คะแนน (ผ่าน) องค์การบริหารส่วนตำบลหนองกระทิงล่าง จึงจัดทำแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2570 ดังนี้

{{{{< ita-plan data="activities" columns="columns" >}}}}

{{{{< notice info >}}}}
การติดตามผล: สำนักปลัดรวบรวมผลการดำเนินการของทุกกิจกรรม รายงานนายก อบต. รอบ 6 เดือนและ 12 เดือน
{{{{< /notice >}}}}

ประกาศ ณ วันที่ 10 พฤศจิกายน 2569

(นายไพโรจน์ กระทิงทอง)
นายกองค์การบริหารส่วนตำบลหนองกระทิงล่าง
'''
    write(NAME, body)
    write_truth(NAME, 'plan', 2570, AG, 'activity', M, [],
        'NEW FORM: a Hugo content file in which the plan TABLE EXISTS ONLY AS DATA in the YAML front matter: "columns" maps English keys to the Thai column labels (ที่ / กิจกรรม / ขั้นตอนการดำเนินงาน / ระยะเวลา / ผู้รับผิดชอบ / ตัวชี้วัด / การติดตามผล) and "activities" is a list of 6 records (no, activity, steps as a YAML list, period, owner, kpi, followup); the body has only the intro (score through a {{< param >}} shortcode: 86.27 ผ่าน), the {{< ita-plan >}} shortcode that renders the table on the site, a notice shortcode with the general follow-up, and the signature. The title is only in front matter "title:". Each record states every element (kpi = outcome; followup = monitoring; activity 6 is also the plan\'s own 6/12-month report). Unit = activity. COMPLETE.')
if __name__ == '__main__':
    build()
