"""p02: อบต.ดอนตะโก plan FY2569 ('แนวทางและมาตรการในการยกระดับผลการประเมิน ITA') - Markdown pipe table used as a
12-month Gantt with ✓ marks, bold group rows per ITA indicator inside the table, activities numbered 9.1, 10.2..."""
from common import *

NAME = 'p02_obt_dontako_plan_2569'
AG = 'องค์การบริหารส่วนตำบลดอนตะโก'
MONTHS = ['ต.ค.68', 'พ.ย.68', 'ธ.ค.68', 'ม.ค.69', 'ก.พ.69', 'มี.ค.69', 'เม.ย.69', 'พ.ค.69', 'มิ.ย.69', 'ก.ค.69', 'ส.ค.69', 'ก.ย.69']
G = 'G'
ROWS = [
    (G, 'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (OIT)'),
    ('9.1', 'ปรับปรุงข้อมูลพื้นฐาน โครงสร้าง ผู้บริหาร และช่องทางติดต่อบนเว็บไซต์ให้เป็นปัจจุบัน', 'สำนักปลัด', [0, 1]),
    ('9.2', 'เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', 'กองคลัง', list(range(12))),
    ('9.3', 'เผยแพร่รายงานการกำกับติดตามการใช้จ่ายงบประมาณรอบ 6 เดือน', 'กองคลัง', [6]),
    ('9.4', 'เผยแพร่คู่มือการปฏิบัติงานและคู่มือสำหรับประชาชน', '', [1, 2]),
    (G, 'ตัวชี้วัดที่ 10 การป้องกันการทุจริต (OIT)'),
    ('10.1', 'ประกาศเจตนารมณ์การต่อต้านการทุจริตของผู้บริหารและพนักงาน', 'สำนักปลัด', [2]),
    ('10.2', 'ประเมินความเสี่ยงการทุจริตและจัดทำมาตรการป้องกัน', 'สำนักปลัด / กองช่าง', [3, 4]),
    ('10.3', 'จัดทำรายงานผลการดำเนินการป้องกันการทุจริตรอบ 6 เดือน', 'สำนักปลัด', []),
    (G, 'ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (EIT)'),
    ('7.1', 'ประชาสัมพันธ์ช่องทางร้องเรียนและการติดตามข่าวสาร อบต. ผ่านหอกระจายข่าวและ Facebook', '(ระบุ)', list(range(12))),
    ('7.2', 'ออกหน่วยบริการเคลื่อนที่ “อบต.ดอนตะโก ใกล้บ้าน ใกล้ใจ” รับฟังปัญหาประชาชน', 'สำนักปลัด / กองสาธารณสุขฯ', [3, 6, 9]),
]


def build():
    L = ['**แนวทางและมาตรการในการยกระดับผลการประเมิน ITA**', '',
         '**ประจำปีงบประมาณ พ.ศ. 2569**', '',
         '**องค์การบริหารส่วนตำบลดอนตะโก อำเภอเมืองราชบุรี จังหวัดราชบุรี**', '',
         'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 '
         'องค์การบริหารส่วนตำบลดอนตะโกได้คะแนน 79.14 คะแนน ผลการประเมิน ไม่ผ่าน โดยตัวชี้วัดที่ได้คะแนนน้อย ได้แก่ '
         'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (68.75 คะแนน) ตัวชี้วัดที่ 10 การป้องกันการทุจริต (62.50 คะแนน) และตัวชี้วัดที่ 7 '
         'ประสิทธิภาพการสื่อสาร (80.36 คะแนน) จึงกำหนดแนวทางและกิจกรรมเพื่อยกระดับผลการประเมิน ดังนี้', '']
    hdr = ['ที่', 'กิจกรรม', 'ผู้รับผิดชอบ'] + MONTHS
    L.append('| ' + ' | '.join(hdr) + ' |')
    L.append('|' + '|'.join([':---:', '---', '---'] + [':---:'] * 12) + '|')
    for r in ROWS:
        if r[0] == G:
            L.append('| | **%s** | |' % r[1] + ' |' * 12)
            continue
        n, act, resp, months = r
        L.append('| %s | %s | %s | ' % (n, act, resp) + ' | '.join('✓' if i in months else '' for i in range(12)) + ' |')
    L += ['', 'หมายเหตุ ✓ หมายถึง ช่วงเวลาดำเนินการ', '',
          'ลงชื่อ ................................ ผู้จัดทำ  ลงชื่อ ................................ ผู้อนุมัติ', '',
          '(นางสาวอรอุมา เพชรรัตน์)                 (นายเฉลิม ทองคำ)', '',
          'หัวหน้าสำนักปลัด                           นายกองค์การบริหารส่วนตำบลดอนตะโก', '']
    write_text(NAME + '.md', '\n'.join(L))
    miss = {'9.1': 'snoc', '9.2': 'snoc', '9.3': 'snoc', '9.4': 'rsnoc', '10.1': 'snoc', '10.2': 'snoc',
            '10.3': 'psnoc', '7.1': 'rsnoc', '7.2': 'snoc'}
    ms = [M(r[0], r[1], miss[r[0]]) for r in ROWS if r[0] != G]
    write_truth(NAME + '.md', 'plan', 2569, AG, 'activity', ms, problems=[
        "activity 9.4: responsible cell empty",
        "activity 10.3: no month ticked - no period",
        "activity 7.1: responsible '(ระบุ)' placeholder",
    ], notes="""Markdown pipe table used as a 12-month Gantt chart: 15 columns (ที่, กิจกรรม, ผู้รับผิดชอบ, then month
        columns 'ต.ค.68' … 'ก.ย.69' with two-digit BE years); the period of each activity is given ONLY by '✓' marks in
        the month cells. Group rows inside the table are bold 'ตัวชี้วัดที่ 9/10/7 …' in the activity column with the
        other cells empty (not activities); activities are numbered by indicator (9.1–9.4, 10.1–10.3, 7.1–7.2), so the
        numbering restarts per group and is not in ascending order overall. Title uses the 'แนวทางและมาตรการในการยกระดับ
        ผลการประเมิน ITA' wording (a plan). Score ITA 2568 79.14 ไม่ผ่าน with three indicator scores in prose
        (consistent). No steps, monitoring, output or outcome anywhere (activities 9.3 'เผยแพร่รายงานการกำกับติดตามการใช้จ่ายงบประมาณ' and 10.3
        'จัดทำรายงานผล...' are reporting ACTIVITIES, not the follow-up of each activity, so monitoring stays missing); signature lines typed with spaces.""")


if __name__ == '__main__':
    build()
