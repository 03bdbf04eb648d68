"""p02: สำนักงานสรรพสามิตพื้นที่เมืองพิณ plan FY2569 - government CMS page with a RESPONSIVE table: every <td>
carries a data-label attribute repeating its column header (CSS stacks the cells as 'label: value' cards on phones),
<caption>, group rows 'มิติที่ n' as colspan cells, activities numbered 1.1 …, <br> inside cells."""
from common import *

NAME = 'p02_excise_muangphin_plan_2569'
AG = 'สำนักงานสรรพสามิตพื้นที่เมืองพิณ'
TITLE = 'แผนการขับเคลื่อนการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
HDR = ['ลำดับ', 'กิจกรรม/โครงการ', 'วิธีการดำเนินงาน', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'ผลลัพธ์ที่คาดหวัง', 'การติดตามผล']
G = 'G'
ROWS = [
    (G, 'มิติที่ 1 การเปิดเผยข้อมูลและการให้บริการ'),
    ('1.1', 'เผยแพร่ข้อมูลการออกใบอนุญาตและผลการจัดเก็บภาษีสรรพสามิตรายเดือน',
     'รวบรวมข้อมูลจากระบบงานใบอนุญาตและระบบภาษี<br>เผยแพร่บนเว็บไซต์สำนักงานภายในวันที่ 10 ของเดือนถัดไป',
     'ต.ค. 2568 – ก.ย. 2569', 'ฝ่ายบริหารทั่วไป', 'ข้อมูลเผยแพร่ครบ 12 เดือน',
     'หัวหน้าฝ่ายบริหารทั่วไปรายงานสรรพสามิตพื้นที่ทุกเดือน'),
    ('1.2', 'ปรับปรุงคู่มือสำหรับประชาชน (ใบอนุญาตขายสุรา ยาสูบ และไพ่)',
     'ทบทวนขั้นตอนและระยะเวลาให้บริการ<br>ติดประกาศ ณ จุดบริการและเผยแพร่บนเว็บไซต์',
     'ต.ค. – ธ.ค. 2568', 'ฝ่ายบริหารทั่วไป<br>งานใบอนุญาต', 'ประชาชนทราบขั้นตอนและระยะเวลาการขอใบอนุญาต',
     'ตรวจสอบการติดประกาศ ณ จุดบริการและรายงานสรรพสามิตพื้นที่เมื่อแล้วเสร็จ'),
    (G, 'มิติที่ 2 การป้องกันการทุจริตในการปฏิบัติงาน'),
    ('2.1', 'ใช้ระบบออกใบอนุญาตอิเล็กทรอนิกส์ (e-License) ทุกประเภท',
     'ประชาสัมพันธ์ให้ผู้ประกอบการยื่นคำขอออนไลน์<br>ชำระค่าธรรมเนียมผ่าน QR Code<br>ลดการติดต่อกับเจ้าหน้าที่โดยตรง',
     'ต.ค. 2568 – มี.ค. 2569', 'งานใบอนุญาต', 'คำขอใบอนุญาตยื่นผ่านระบบออนไลน์ไม่น้อยกว่าร้อยละ 70',
     'ติดตามสัดส่วนคำขอออนไลน์จากระบบรายเดือน'),
    ('2.2', 'สุ่มตรวจสถานประกอบการตามหลักเกณฑ์ความเสี่ยงและบันทึกผลในระบบ',
     'คัดเลือกสถานประกอบการจากระบบบริหารความเสี่ยง<br>ออกตรวจเป็นทีมอย่างน้อย 2 คน พร้อมกล้องบันทึกภาพ',
     'ต.ค. 2568 – ก.ย. 2569', 'ฝ่ายปราบปราม', 'ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์ในการออกตรวจ',
     'หัวหน้าฝ่ายปราบปรามสรุปผลการออกตรวจรายงานสรรพสามิตพื้นที่ทุกสัปดาห์'),
    ('2.3', 'ควบคุมการเก็บรักษาของกลางและการจ่ายเงินสินบนรางวัลให้เป็นไปตามระเบียบ',
     'บันทึกของกลางในระบบทะเบียนของกลาง<br>ตรวจนับของกลางทุกไตรมาส<br>ประกาศผลการจ่ายเงินสินบนรางวัล (ไม่ระบุชื่อผู้แจ้ง)',
     'ต.ค. 2568 – ก.ย. 2569', 'ฝ่ายปราบปราม (งานของกลาง)<br>ฝ่ายบริหารทั่วไป', 'ของกลางครบถ้วนตรงตามบัญชี',
     'คณะกรรมการตรวจนับรายงานผลต่อสรรพสามิตพื้นที่ทุกไตรมาส'),
    (G, 'มิติที่ 3 การเสริมสร้างวัฒนธรรมองค์กร'),
    ('3.1', 'ประกาศเจตนารมณ์และนโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)',
     'สรรพสามิตพื้นที่ประกาศเจตนารมณ์ต่อหน้าบุคลากร<br>เผยแพร่ประกาศบนเว็บไซต์และ Facebook', 'ธ.ค. 2568',
     'สรรพสามิตพื้นที่เมืองพิณ', 'บุคลากรร้อยละ 100 รับทราบนโยบาย', 'รายงานผลต่อสำนักงานสรรพสามิตภาคภายใน 15 วัน'),
    ('3.2', 'อบรมเรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม',
     'เชิญวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด<br>ทดสอบความรู้ก่อนและหลังการอบรม', 'ก.พ. 2569', 'ฝ่ายบริหารทั่วไป',
     'ผู้เข้าอบรมมีคะแนนหลังอบรมเพิ่มขึ้นไม่น้อยกว่าร้อยละ 20', 'สรุปผลการอบรมเสนอสรรพสามิตพื้นที่'),
    ('3.3', 'รายงานผลการดำเนินงานตามแผนต่อสำนักงานสรรพสามิตภาค',
     'รวบรวมผลการดำเนินงานทุกกิจกรรม<br>จัดทำรายงานรอบ 6 เดือนและ 12 เดือน', 'เม.ย. 2569 และ ต.ค. 2569',
     'ฝ่ายบริหารทั่วไป', 'รายงานครบ 2 รอบตามกำหนด', 'สรรพสามิตพื้นที่ตรวจสอบรายงานก่อนจัดส่ง'),
]
CSS = """
body{font-family:'Kanit','Sarabun',sans-serif;margin:0;color:#1d1d1d}
header.site{background:#7a1f2b;color:#fff;padding:12px 28px}
header.site small{display:block;opacity:.8}
.menu{background:#f6e7c8;padding:6px 28px}.menu a{margin-right:18px;color:#7a1f2b}
main{max-width:1200px;margin:0 auto;padding:18px}
table.rwd{border-collapse:collapse;width:100%}
table.rwd caption{font-weight:700;font-size:1.15em;padding:8px;caption-side:top}
table.rwd th,table.rwd td{border:1px solid #bbb;padding:6px;vertical-align:top}
table.rwd thead th{background:#7a1f2b;color:#fff}
table.rwd tr.group td{background:#f6e7c8;font-weight:700}
@media (max-width:768px){
 table.rwd thead{display:none}
 table.rwd tr{display:block;margin-bottom:12px;border:1px solid #bbb}
 table.rwd td{display:block;border:none;border-bottom:1px dotted #ccc}
 table.rwd td::before{content:attr(data-label) " : ";font-weight:700;color:#7a1f2b}
 table.rwd tr.group td::before{content:none}
}
"""


def build():
    h = ['<!DOCTYPE html>\n<html lang="th">\n<head>\n<meta charset="UTF-8">\n'
         '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
         '<title>แผนการขับเคลื่อนฯ ITA 2569 - %s</title>\n<style>%s</style>\n</head>\n<body>\n' % (AG, CSS),
         '<header class="site"><strong>%s</strong><small>กรมสรรพสามิต กระทรวงการคลัง</small></header>\n' % AG,
         '<div class="menu"><a href="/">หน้าหลัก</a><a href="/about">เกี่ยวกับหน่วยงาน</a><a href="/license">ใบอนุญาต</a>'
         '<a href="/ita">ITA</a><a href="/contact">ติดต่อ</a></div>\n<main>\n',
         '<p class="post-meta">หมวดหมู่: ITA ปี 2569 | โพสต์เมื่อ 12 พฤศจิกายน 2568 | เข้าชม 184 ครั้ง</p>\n',
         '<p>สำนักงานสรรพสามิตพื้นที่เมืองพิณได้จัดทำแผนการขับเคลื่อนการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส'
         'ภายในหน่วยงาน เพื่อเป็นกรอบการดำเนินงานของบุคลากรทุกระดับ โดยสอดคล้องกับแนวทางของกรมสรรพสามิตและผลการประเมิน ITA '
         'ประจำปีงบประมาณ พ.ศ. 2568 (กรมสรรพสามิตได้ 93.08 คะแนน) รายละเอียดดังตาราง</p>\n',
         '<div class="table-responsive">\n<table class="rwd">\n<caption>%s<br>%s</caption>\n<thead><tr>' % (TITLE, AG)]
    h.append(''.join('<th scope="col">%s</th>' % x for x in HDR) + '</tr></thead>\n<tbody>\n')
    for r in ROWS:
        if r[0] == G:
            h.append('<tr class="group"><td colspan="7">%s</td></tr>\n' % r[1])
            continue
        h.append('<tr>' + ''.join('<td data-label="%s">%s</td>' % (HDR[i], v) for i, v in enumerate(r)) + '</tr>\n')
    h.append('</tbody>\n</table>\n</div>\n')
    h.append('<p>ผู้จัดทำ: นางสาวรัตนาภรณ์ ใจเที่ยง นักวิชาการสรรพสามิตชำนาญการ<br>'
             'ผู้อนุมัติ: นายกิตติพงษ์ พิณทอง สรรพสามิตพื้นที่เมืองพิณ</p>\n'
             '<p><a href="/uploads/ita2569/plan-2569.pdf">ดาวน์โหลดแผนฉบับลงนาม (PDF)</a></p>\n</main>\n'
             '<footer style="background:#333;color:#ddd;padding:14px 28px">%s 99/1 ถนนราชดำริ · โทร 0 4251 2345</footer>\n'
             '</body>\n</html>\n' % AG)
    write_text(NAME + '.html', ''.join(h))

    ms = []
    for r in ROWS:
        if r[0] == G:
            continue
        num, act, meth, per, resp, exp, mon = r
        miss = 'o' + ('p' if per in ('(ระบุ)', '') else '') + ('r' if not resp.strip() else '') + ('n' if mon.strip() == '-' else '')
        ms.append(M(num, act, miss))
    write_truth(NAME + '.html', 'plan', 2569, AG, 'activity', ms, problems=[], notes="""COMPLETE. Government CMS page (header, menu, post meta, footer, PDF link). The title is the table <caption> (not a
        heading). Responsive table: every <td> has a data-label attribute repeating its column header (ระยะเวลา,
        ผู้รับผิดชอบ …), which CSS shows as 'label : value' on phones; the attribute text is not content. Group rows
        'มิติที่ 1–3' are colspan=7 cells (class group), not activities. Unit = activity (1.1 … 3.3, 8 activities), each
        with its own method (<br> lines), period, owner, expected result (= outcome) and monitoring. Score sentence: Excise
        Department ITA 2568 93.08 (no band, consistent).""")


if __name__ == '__main__':
    build()
