"""p02: ศูนย์การศึกษาพิเศษ ประจำจังหวัดบ้านดุง plan FY2569 - text SELECTED AND COPIED from the centre's web page in
a browser (Ctrl+A, Ctrl+C) and pasted into Notepad: site menu, breadcrumb and sidebar lines around the content;
the table as TAB-separated rows where every <br> inside a cell becomes a newline (rows spill over several lines,
in two columns of the same row); LF line ends, no BOM."""
from common import *

NAME = 'p02_sped_bandung_plan_2569'
AG = 'ศูนย์การศึกษาพิเศษ ประจำจังหวัดบ้านดุง'
HDR = ['ที่', 'โครงการ/กิจกรรม', 'วิธีดำเนินการ', 'ระยะเวลา', 'งบประมาณ (บาท)', 'ผู้รับผิดชอบ']
# no, activity, steps(list), period, budget, responsible(list)
ROWS = [
    ('1', 'โครงการเปิดเผยข้อมูลข่าวสารของศูนย์ฯ ผ่านเว็บไซต์และเพจ',
     ['- ปรับปรุงข้อมูลพื้นฐานตามรายการ OIT', '- เผยแพร่ข่าวกิจกรรมอย่างน้อยสัปดาห์ละ 1 เรื่อง'],
     'ต.ค. 2568 – ก.ย. 2569', '-', ['งานประชาสัมพันธ์', 'นางสาวอรอุมา ดุงใหม่']),
    ('2', 'กิจกรรมเผยแพร่แผนการจัดซื้อจัดจ้างและผลการจัดซื้อจัดจ้างรายเดือน',
     ['- ประกาศแผนการจัดซื้อจัดจ้างภายในเดือนพฤศจิกายน', '- จัดทำ สขร.1 ทุกเดือน'],
     'พ.ย. 2568 – ก.ย. 2569', '-', ['งานพัสดุ']),
    ('3', 'กิจกรรมจัดทำคู่มือการให้บริการช่วยเหลือระยะแรกเริ่ม (Early Intervention) สำหรับผู้ปกครอง',
     ['-'],
     'พ.ย. – ธ.ค. 2568', '5,000', ['กลุ่มงานบริการช่วยเหลือระยะแรกเริ่ม']),
    ('4', 'โครงการส่งเสริมคุณธรรมจริยธรรมบุคลากร “ครูการศึกษาพิเศษ หัวใจโปร่งใส”',
     ['- อบรมประมวลจริยธรรมข้าราชการครู', '- ยกย่องบุคลากรต้นแบบ', '- บันทึกความดีประจำภาคเรียน'],
     'ตลอดปีการศึกษา 2568', '12,000', ['งานบุคคล', 'รองผู้อำนวยการฝ่ายบริหารทั่วไป']),
    ('5', 'กิจกรรมประกาศนโยบายไม่รับของขวัญและของกำนัล (No Gift Policy)',
     ['- ผู้อำนวยการศูนย์ฯ ประกาศนโยบาย', '- ติดประกาศ ณ จุดรับบริการ'],
     'ธ.ค. 2568', '-', ['ผู้อำนวยการศูนย์การศึกษาพิเศษ']),
    ('6', 'กิจกรรมควบคุมการใช้รถตู้ราชการในการออกเยี่ยมบ้านนักเรียน',
     ['- ขออนุญาตใช้รถตามแบบที่กำหนด', '- บันทึกเลขไมล์และเส้นทางทุกครั้ง'],
     'ต.ค. 2568 – ก.ย. 2569', '-', []),
    ('7', 'โครงการรับฟังความคิดเห็นของผู้ปกครองต่อการให้บริการ',
     ['- สำรวจความพึงพอใจผ่าน Google Form ภาคเรียนละ 1 ครั้ง', '- นำผลมาปรับปรุงการให้บริการ'],
     'ภาคเรียนที่ 2/2568 และ 1/2569', '-', ['งานประกันคุณภาพการศึกษา']),
]


def row_lines(cells):
    """Browser copy of a table row: cells joined by TAB, a <br> inside a cell becomes a newline."""
    return '\t'.join('\n'.join(c) if isinstance(c, list) else c for c in cells)


def build():
    L = ['ข้ามไปยังเนื้อหา', '', 'ศูนย์การศึกษาพิเศษ ประจำจังหวัดบ้านดุง', 'Special Education Center, Bandung Province', '',
         'หน้าหลัก', 'ข้อมูลพื้นฐาน', 'บุคลากร', 'ข่าวประชาสัมพันธ์', 'ITA', 'ดาวน์โหลด', 'ติดต่อเรา', 'ค้นหา …', '',
         'หน้าหลัก » ITA 2569 » แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569', '',
         'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569',
         'โพสต์โดย admin_sped | 3 พฤศจิกายน 2568 | เข้าชม 214 ครั้ง', '',
         'ศูนย์การศึกษาพิเศษ ประจำจังหวัดบ้านดุง สังกัดสำนักบริหารงานการศึกษาพิเศษ สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน '
         'ได้จัดทำแผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569 เพื่อยกระดับผลการประเมิน ITA '
         'ซึ่งในปี พ.ศ. 2568 ศูนย์ฯ ได้คะแนน 91.06 คะแนน ผ่านเกณฑ์การประเมิน โดยมีโครงการ/กิจกรรม ดังนี้', '',
         row_lines(HDR)]
    for r in ROWS:
        L.append(row_lines(list(r)))
    L += ['', 'การกำกับติดตาม',
          'ให้ผู้รับผิดชอบรายงานความก้าวหน้าของโครงการ/กิจกรรมต่อผู้อำนวยการศูนย์ฯ ทุกสิ้นภาคเรียน และงานแผนงานสรุปผล'
          'การดำเนินงานตามแผนเสนอคณะกรรมการสถานศึกษาภายในเดือนกันยายน 2569', '',
          'ผู้อนุมัติแผน', 'นายวีระพงษ์ ดุงศรี', 'ผู้อำนวยการศูนย์การศึกษาพิเศษ ประจำจังหวัดบ้านดุง', '',
          'แชร์:', 'Facebook', 'LINE', '', 'ข่าวล่าสุด',
          'ประกาศรับสมัครนักเรียนประจำ ปีการศึกษา 2569', 'กิจกรรมวันคนพิการสากล 2568', 'รายงานผลการดำเนินงานรอบ 6 เดือน', '',
          '© 2568 ศูนย์การศึกษาพิเศษ ประจำจังหวัดบ้านดุง สงวนลิขสิทธิ์ | Powered by SchoolWeb', '']
    write_text(NAME + '.txt', '\n'.join(L))

    spec = {'3': 'soc', '6': 'roc'}
    ms = [M(r[0], r[1], spec.get(r[0], 'oc')) for r in ROWS]
    write_truth(NAME + '.txt', 'plan', 2569, AG, 'activity', ms, problems=[
        "activity 3: วิธีดำเนินการ '-'",
        "activity 6: ผู้รับผิดชอบ cell empty (row ends with a TAB)",
        "no indicator / expected result column for any activity",
    ], notes="""Plain text made by selecting the whole web page in a browser and pasting it into a text editor (LF,
        no BOM): skip link, site name in Thai and English, menu items one per line, search box text, breadcrumb, post
        meta, then the intro and the plan table. Table rows are TAB-separated; every <br> inside a cell becomes a line
        break, so a row runs over several lines - the steps column ('- …' lines) and the responsible column (unit and a
        person's name) both split the same row, and the continuation lines start with the rest of a cell, not with a
        number. Sidebar ('ข่าวล่าสุด' with another report title), share links and footer after the content. Columns ที่ /
        โครงการ/กิจกรรม / วิธีดำเนินการ / ระยะเวลา / งบประมาณ (บาท) / ผู้รับผิดชอบ - no indicator column, so outcome
        missing throughout; output missing (plan). Monitoring from the general 'การกำกับติดตาม' paragraph (counts for
        every activity). Activity 4's 'ตลอดปีการศึกษา 2568' and activity 7's semesters count as periods. Score 91.06
        ผ่าน consistent. Unit = activity (โครงการ/กิจกรรม rows 1–7).""")


if __name__ == '__main__':
    build()
