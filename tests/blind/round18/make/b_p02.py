# p02: provincial tourism & sports office (Phuket-style), plan FY2570, plain PHP e-office HTML page (Bootstrap table,
# budget column); NO follow-up anywhere (monitoring missing for all); period '-' for activity 4
import html
from common import *
NAME = 'p02_mots_phuketnathi_plan_2570'
AG = 'สำนักงานการท่องเที่ยวและกีฬาจังหวัดภูเก็ตนที'
A = [
 dict(no='1', title='ประกาศเจตนารมณ์การป้องกันการทุจริตและนโยบายไม่รับของขวัญ', steps='ท่องเที่ยวและกีฬาจังหวัดลงนามประกาศ และเผยแพร่บนเว็บไซต์', period='ต.ค. – พ.ย. 2569', resp='กลุ่มงานบริหารทั่วไป', budget='-', outcome='บุคลากรรับทราบร้อยละ 100'),
 dict(no='2', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและผลการเบิกจ่ายโครงการจัดงานกีฬาและงานเทศกาลท่องเที่ยว', steps='สรุป สขร.1 รายเดือน / รายงานผลการเบิกจ่ายรายโครงการ', period='ต.ค. 2569 – ก.ย. 2570', resp='กลุ่มงานบริหารทั่วไป (งานพัสดุ)', budget='-', outcome='ข้อมูลเผยแพร่ครบ 12 เดือน'),
 dict(no='3', title='ป้องกันผลประโยชน์ทับซ้อนในการคัดเลือกผู้รับจ้างจัดงาน Event', steps='กรรมการลงนามแบบแสดงการไม่มีส่วนได้เสีย / เผยแพร่ผลการคัดเลือก', period='ธ.ค. 2569 – ส.ค. 2570', resp='กลุ่มงานการท่องเที่ยว', budget='-', outcome='ไม่มีข้อร้องเรียนการคัดเลือกผู้รับจ้าง'),
 dict(no='4', title='อบรมจริยธรรมบุคลากรและผู้ฝึกสอนกีฬาในสังกัด', steps='จัดอบรมร่วมกับศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงการท่องเที่ยวและกีฬา', period='-', resp='กลุ่มงานกีฬาและนันทนาการ', budget='25,000', outcome='ผู้เข้าอบรมไม่น้อยกว่า 40 คน'),
 dict(no='5', title='รับฟังความคิดเห็นผู้ประกอบการท่องเที่ยวและนักท่องเที่ยวต่อการให้บริการของสำนักงาน', steps='แบบสอบถามออนไลน์ (ไทย/อังกฤษ) / ประชุมสมาคมท่องเที่ยว 2 ครั้ง', period='ม.ค. – ก.ค. 2570', resp='กลุ่มงานการท่องเที่ยว', budget='10,000', outcome='ความพึงพอใจไม่น้อยกว่าร้อยละ 85'),
 dict(no='6', title='ปรับปรุงหน้าเว็บไซต์ ITA ของสำนักงานให้ครบตามตัวชี้วัด OIT', steps='ตรวจสอบข้อมูล 33 ข้อ / ปรับปรุงเมนูและลิงก์', period='ต.ค. 2569 – มี.ค. 2570', resp='กลุ่มงานบริหารทั่วไป', budget='-', outcome='ข้อมูล OIT ครบและเป็นปัจจุบัน'),
]
def build():
    rows = '\n'.join(
        f'<tr><td class="text-center">{a["no"]}</td><td>{a["title"]}</td><td>{a["steps"]}</td><td class="text-center">{a["period"]}</td>'
        f'<td>{a["resp"]}</td><td class="text-right">{a["budget"]}</td><td>{a["outcome"]}</td></tr>' for a in A)
    page = f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>:: {AG} :: แผนการขับเคลื่อนคุณธรรมและความโปร่งใส</title>
<link href="css/bootstrap.min.css" rel="stylesheet"><link href="css/style.css" rel="stylesheet">
</head>
<body>
<div class="container">
<div class="row banner"><div class="col-md-12"><img src="images/banner_mots_pkn.jpg" alt="banner" class="img-responsive"></div></div>
<div class="row"><div class="col-md-3 leftmenu">
<div class="list-group"><a class="list-group-item" href="index.php">หน้าหลัก</a><a class="list-group-item" href="index.php?page=about">ข้อมูลหน่วยงาน</a>
<a class="list-group-item active" href="index.php?page=ita">การประเมิน ITA</a><a class="list-group-item" href="index.php?page=sport">ข่าวกีฬา</a><a class="list-group-item" href="index.php?page=tourism">ข่าวการท่องเที่ยว</a></div>
<div class="panel panel-default"><div class="panel-heading">สถิติผู้เข้าชม</div><div class="panel-body">วันนี้ 112 | เดือนนี้ 3,415</div></div>
</div>
<div class="col-md-9 content">
<h3 class="text-center">แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน<br>ประจำปีงบประมาณ พ.ศ. 2570</h3>
<h4 class="text-center">{AG}</h4>
<p>อ้างถึงผลการประเมิน ITA ของสำนักงานปลัดกระทรวงการท่องเที่ยวและกีฬา ปี 2569 ได้ 92.38 คะแนน (ผ่าน) สำนักงานฯ จึงจัดทำแผนการขับเคลื่อนฯ เพื่อให้การดำเนินงานในระดับจังหวัดสอดคล้องกัน ดังนี้</p>
<table class="table table-bordered table-striped table-condensed">
<thead><tr class="info"><th>ลำดับ</th><th>กิจกรรม/โครงการ</th><th>รายละเอียด/ขั้นตอน</th><th>ระยะเวลา</th><th>ผู้รับผิดชอบ</th><th>งบประมาณ (บาท)</th><th>ตัวชี้วัด</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p class="text-right">อนุมัติแผน ณ วันที่ 8 ธันวาคม 2569<br>(นางสาวกาญจนา ศรีสุวรรณ)<br>ท่องเที่ยวและกีฬาจังหวัดภูเก็ตนที</p>
<p class="small text-muted">ปรับปรุงข้อมูลล่าสุด : 08/12/2569 14:22 น. | ผู้ดูแล : admin_mots</p>
</div></div>
<div class="row footer"><div class="col-md-12 text-center">{AG} ศาลากลางจังหวัดภูเก็ตนที ชั้น 2 โทร. 0 7621 0000</div></div>
</div>
</body>
</html>
'''
    open(out(NAME, 'html'), 'w', encoding='utf-8').write(page)
    write_truth(NAME, 'html', 'plan', 2570, AG, 'activity', items_from(A, 'plan'),
        ['no follow-up or reporting stated anywhere in the plan (monitoring missing for every activity)', "activity 4: period is '-'"],
        'Plain PHP e-office page (Bootstrap 3: banner, left list-group menu, visitor counter, footer). 7-column table with a '
        'budget column (not an element); indicator column = outcome; unit = activity (numbered 1–6). Score quoted is the '
        'ministry\'s (92.38 ผ่าน).')
if __name__ == '__main__': build()
