# p04: อบต.ห้วยหินลาด — plan FY2570, LAO CMS page with a Word table pasted into CKEditor (rowspan issue cells)
import html
from common import *

FN = 'p04_obt_huaihinlat_plan_2570.html'
AG = 'องค์การบริหารส่วนตำบลห้วยหินลาด'
TITLE = 'แนวทางและมาตรการในการยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. 2570'
G = [
 ('การปฏิบัติหน้าที่และการใช้ทรัพย์สินของราชการ (IIT ตัวชี้วัดที่ 1, 3)', [
  dict(n='1', title='ประกาศแนวปฏิบัติการยืมใช้ทรัพย์สินและรถยนต์ส่วนกลางของ อบต.', steps='จัดทำแนวปฏิบัติ เวียนแจ้งพนักงาน จัดทำทะเบียนยืม-คืน',
       period='พ.ย. 2569', resp='กองคลัง (งานพัสดุ)', oc='การยืมทรัพย์สินมีหลักฐานครบทุกครั้ง'),
  dict(n='2', title='อบรมให้ความรู้เรื่องผลประโยชน์ทับซ้อนแก่พนักงานและพนักงานจ้าง', steps='จัดอบรมครึ่งวันร่วมกับ อบต. ใกล้เคียง ทดสอบก่อน-หลัง',
       period='ก.พ. 2570', resp='-', oc='พนักงานร้อยละ 90 ผ่านแบบทดสอบหลังอบรม'),
 ]),
 ('คุณภาพการดำเนินงานและการปรับปรุงระบบการทำงาน (EIT ตัวชี้วัดที่ 6, 8)', [
  dict(n='3', title='ให้บริการชำระภาษีและขออนุญาตผ่านช่องทางออนไลน์', steps='เปิดบริการ e-Service รับชำระผ่าน QR Code ประชาสัมพันธ์ผ่านผู้ใหญ่บ้าน',
       period='ม.ค. – มิ.ย. 2570', resp='กองคลัง / กองช่าง', oc='ผู้รับบริการใช้ช่องทางออนไลน์ไม่น้อยกว่า 200 ราย'),
  dict(n='4', title='สำรวจความพึงพอใจและรับฟังความคิดเห็นของผู้รับบริการ', steps='ทำแบบสอบถาม QR Code ณ จุดบริการ สรุปผลเสนอผู้บริหาร',
       period='', resp='สำนักปลัด', oc='ความพึงพอใจไม่น้อยกว่าร้อยละ 85'),
 ]),
 ('การเปิดเผยข้อมูลและการป้องกันการทุจริต (OIT)', [
  dict(n='5', title='ปรับปรุงข้อมูลบนเว็บไซต์ อบต. ให้ครบตามแบบ OIT', steps='แบ่งผู้รับผิดชอบรายข้อ ตรวจสอบก่อนกำหนดส่ง 1 เดือน',
       period='ธ.ค. 2569 – มี.ค. 2570', resp='สำนักปลัด (งานประชาสัมพันธ์)', oc='ข้อมูลครบถ้วนทุกข้อ คะแนน OIT ไม่ต่ำกว่า 95'),
  dict(n='6', title='เผยแพร่ผลการจัดซื้อจัดจ้างและรายงานการใช้จ่ายงบประมาณ', steps='เผยแพร่ สขร.1 รายเดือน รายงานการใช้จ่ายงบประมาณรายไตรมาส',
       period='ต.ค. 2569 – ก.ย. 2570', resp='กองคลัง', oc='ข้อมูลเป็นปัจจุบันทุกเดือน'),
 ]),
]
M = [m for g, ms in G for m in ms]
SP = '<span style="font-family:TH SarabunPSK,sans-serif;font-size:16px">%s</span>'

def p(t):
    return '<p>' + (SP % html.escape(t) if t else '&nbsp;') + '</p>'

def build():
    rows = []
    for g, ms in G:
        for i, m in enumerate(ms):
            first = '<td rowspan="%d" style="vertical-align:top">%s</td>' % (len(ms), p(g)) if i == 0 else ''
            rows.append('<tr>' + first + ''.join('<td style="vertical-align:top">%s</td>' % p(v) for v in
                        ['%s. %s' % (m['n'], m['title']), m['steps'], m['period'], m['resp'], m['oc']]) + '</tr>')
    body = '\n'.join(rows)
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{AG} :: {html.escape(TITLE)}</title>
<link href="/template/tambon/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/template/tambon/images/banner_huaihinlat.jpg" width="1000" height="220" alt="อบต.ห้วยหินลาด" /></td></tr>
<tr><td colspan="2" class="menu"><a href="index.php">หน้าแรก</a> | <a href="history.php">ประวัติความเป็นมา</a> | <a href="person.php">บุคลากร</a> | <a href="news.php">ข่าวสาร</a> | <a href="ita.php">ITA 2570</a> | <a href="contact.php">ติดต่อเรา</a></td></tr>
<tr>
<td width="230" valign="top" class="left">
 <div class="box-head">เมนูหลัก</div>
 <ul><li><a href="plan.php">แผนพัฒนาท้องถิ่น</a></li><li><a href="budget.php">ข้อบัญญัติงบประมาณ</a></li><li><a href="procure.php">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="complain.php">ร้องเรียนร้องทุกข์</a></li></ul>
 <div class="box-head">สถิติผู้เข้าชม</div><p>ออนไลน์ 3<br />วันนี้ 57<br />ทั้งหมด 96,214</p>
</td>
<td width="770" valign="top" class="content">
<div class="news-head">ITA 2570 :: o36 แนวทางและมาตรการยกระดับผลการประเมิน</div>
<p style="text-align:center"><strong><span style="font-family:TH SarabunPSK,sans-serif;font-size:20px">{html.escape(TITLE)}</span></strong></p>
<p style="text-align:center"><strong><span style="font-family:TH SarabunPSK,sans-serif;font-size:20px">{AG} อำเภอห้วยหินลาด จังหวัดน่านเหนือ</span></strong></p>
<p><span style="font-family:TH SarabunPSK,sans-serif;font-size:16px">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ตามที่ อบต.ห้วยหินลาด ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 84.27 คะแนน ระดับ ไม่ผ่าน
จึงได้กำหนดแนวทางและมาตรการเพื่อยกระดับผลการประเมินในประเด็นที่ได้คะแนนต่ำ ดังนี้</span></p>
<table border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse; width:100%">
<tbody>
<tr style="background-color:#d9d9d9"><td style="text-align:center">{p("ประเด็นที่ต้องยกระดับ")}</td><td style="text-align:center">{p("แนวทาง/มาตรการ")}</td><td style="text-align:center">{p("วิธีการดำเนินการ")}</td><td style="text-align:center">{p("ระยะเวลา")}</td><td style="text-align:center">{p("ผู้รับผิดชอบ")}</td><td style="text-align:center">{p("ตัวชี้วัด")}</td></tr>
{body}
</tbody>
</table>
<p><span style="font-family:TH SarabunPSK,sans-serif;font-size:16px"><strong>การติดตามผล</strong> ปลัด อบต. ติดตามความก้าวหน้าการดำเนินการตามแนวทางทุกไตรมาส และรายงานผลให้นายก อบต. ทราบ</span></p>
<p style="text-align:right"><span style="font-family:TH SarabunPSK,sans-serif;font-size:16px">ประกาศ ณ วันที่ 28 ตุลาคม 2569<br />นายทองใบ อินทะสอน<br />นายกองค์การบริหารส่วนตำบลห้วยหินลาด</span></p>
<p><a href="/upload/ita/2570/o36.pdf">ดาวน์โหลดไฟล์ PDF</a> (ดาวน์โหลด 12 ครั้ง)</p>
</td>
</tr>
<tr><td colspan="2" class="footer">องค์การบริหารส่วนตำบลห้วยหินลาด 123 หมู่ 4 ตำบลห้วยหินลาด อำเภอห้วยหินลาด จังหวัดน่านเหนือ 55000 โทร. 0-5471-xxxx</td></tr>
</table>
</body>
</html>
'''
    write(FN, page)
    write_truth(FN, 'plan', 2570, AG, 'activity', M,
        ['activity 2: responsible is \'-\'', 'activity 4: period cell empty (&nbsp;)'],
        'Old LAO \'tambon\' layout-table site (banner, menu, left boxes, counter, news-head); the plan is a Word table pasted into CKEditor '
        '(border=1, <p><span style=TH SarabunPSK> per cell, grey header row made of <td>); first column \'ประเด็นที่ต้องยกระดับ\' holds IIT/EIT/OIT '
        'issues with ROWSPAN=2 over two activities (issues are not units); activities numbered \'1.\'–\'6.\' inside the แนวทาง/มาตรการ cell; '
        'indicator column = outcome; the closing \'การติดตามผล\' paragraph (quarterly follow-up reported to the mayor) = monitoring for every '
        'activity. ITA 2569 84.27 ไม่ผ่าน (consistent band). Output never stated (plan). Unit = activity.', gen_mon=True)

if __name__ == '__main__':
    build()
