"""r03: โรงพยาบาลควนโดนใหม่ results FY2569 - hospital PHP/Bootstrap 3 site, rowspan measure cells over activity rows."""
from common import *

FN = 'r03_hosp_khuandonmai_results_2569.html'
AG = 'โรงพยาบาลควนโดนใหม่'
# measure: (num, title, [(activity, resp, period, output, outcome)], code)
MS = [
 ('1', 'มาตรการที่ 1 เปิดเผยข้อมูลข่าวสารของโรงพยาบาลตามเกณฑ์ MOPH ITA', [
   ('1.1 ปรับปรุงเว็บไซต์ให้มีหัวข้อครบตามเกณฑ์ EB', 'งานเทคโนโลยีสารสนเทศ', 'ต.ค. – ธ.ค. 2568', 'ปรับปรุงเมนูข้อมูลครบ 24 หัวข้อ', 'ผ่านเกณฑ์การประเมินรอบที่ 2 ทุกข้อของหมวดการเปิดเผยข้อมูล'),
   ('1.2 ขออนุมัติเผยแพร่ข้อมูลตามแบบฟอร์มการขอเผยแพร่ทุกครั้ง', 'งานเทคโนโลยีสารสนเทศ / งานธุรการ', 'ต.ค. 2568 – ก.ย. 2569', 'มีแบบฟอร์มขออนุมัติเผยแพร่ 87 ฉบับ', '-')], '1111111'),
 ('2', 'มาตรการที่ 2 ป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อยาและเวชภัณฑ์', [
   ('2.1 ให้กรรมการจัดซื้อจัดจ้างลงนามแบบแสดงความไม่มีส่วนได้เสียทุกครั้ง', 'กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค', 'ตลอดปีงบประมาณ 2569', 'กรรมการลงนามครบ 42 ครั้ง', 'ไม่พบกรณีกรรมการมีส่วนได้เสีย'),
   ('2.2 เผยแพร่สรุปผลการจัดซื้อยาและเวชภัณฑ์รายเดือน', 'งานพัสดุ', 'ทุกเดือน', 'เผยแพร่ครบ 12 เดือน', 'ผู้ค้าและประชาชนตรวจสอบข้อมูลได้ ไม่มีข้อร้องเรียน')], '1111111'),
 ('3', 'มาตรการที่ 3 ส่งเสริมวัฒนธรรมองค์กร “โรงพยาบาลคุณธรรม”', [
   ('3.1 กิจกรรมจิตอาสาและประกาศเจตนารมณ์ต่อต้านการทุจริต', '-', 'ธ.ค. 2568', 'บุคลากรเข้าร่วม 186 คน', 'บุคลากรรับรู้นโยบายต่อต้านการทุจริต ร้อยละ 92'),
   ('3.2 คัดเลือกบุคคลต้นแบบด้านคุณธรรม', '-', 'ก.ค. 2569', 'คัดเลือกบุคคลต้นแบบได้ 3 คน', 'มีบุคคลต้นแบบครบทุกกลุ่มงานหลัก')], '1101111'),
 ('4', 'มาตรการที่ 4 พัฒนาระบบรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', [
   ('4.1 ปรับปรุงช่องทางร้องเรียนผ่าน QR Code และ LINE OA', 'ศูนย์รับเรื่องร้องเรียน', 'ม.ค. 2569', 'ติดตั้ง QR Code 12 จุด', 'อยู่ระหว่างดำเนินการ'),
   ('4.2 จัดทำคู่มือการจัดการเรื่องร้องเรียนฉบับปรับปรุง', 'ศูนย์รับเรื่องร้องเรียน', 'มี.ค. 2569', 'อยู่ระหว่างดำเนินการ', '-')], '1111110'),
]

HEAD = '''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2569 :: โรงพยาบาลควนโดนใหม่</title>
<link href="css/bootstrap.min.css" rel="stylesheet">
<link href="css/style.css?v=2.3" rel="stylesheet">
<style>
 .tb-ita td, .tb-ita th {font-size:14px; vertical-align:top !important;}
 .tb-ita thead th {background:#d9edf7; text-align:center; vertical-align:middle !important;}
 .measure {background:#f9f9f9; font-weight:bold;}
</style>
</head>
<body>
<div class="top-bar hidden-xs"><div class="container"><span><i class="glyphicon glyphicon-earphone"></i> 0-7472-1234 ต่อ 101</span>
 <span class="pull-right"><a href="https://www.facebook.com/khuandonmaihospital">Facebook</a> | <a href="sitemap.php">แผนผังเว็บไซต์</a></span></div></div>
<nav class="navbar navbar-default navbar-static-top"><div class="container">
 <div class="navbar-header"><a class="navbar-brand" href="index.php"><img src="images/logo.png" alt="โลโก้โรงพยาบาล" height="40"> โรงพยาบาลควนโดนใหม่</a></div>
 <ul class="nav navbar-nav">
  <li><a href="index.php">หน้าแรก</a></li><li><a href="about.php">เกี่ยวกับโรงพยาบาล</a></li>
  <li><a href="service.php">บริการผู้ป่วย</a></li><li class="active"><a href="ita.php">MOPH ITA</a></li>
  <li><a href="news.php">ข่าวประชาสัมพันธ์</a></li><li><a href="contact.php">ติดต่อเรา</a></li>
 </ul></div></nav>
<div class="container">
<div class="row">
<div class="col-md-3">
 <div class="panel panel-primary"><div class="panel-heading">MOPH ITA 2569</div>
 <div class="list-group">
  <a class="list-group-item" href="ita.php?eb=1">EB1 ข้อมูลพื้นฐาน</a>
  <a class="list-group-item" href="ita.php?eb=5">EB5 แผนปฏิบัติการ</a>
  <a class="list-group-item" href="ita.php?eb=9">EB9 การจัดซื้อจัดจ้าง</a>
  <a class="list-group-item" href="ita.php?eb=17">EB17 มาตรการส่งเสริมคุณธรรม</a>
  <a class="list-group-item active" href="ita.php?eb=18">EB18 รายงานผลการดำเนินการ</a>
 </div></div>
 <div class="panel panel-default"><div class="panel-body text-center small">ผู้เข้าชม 0 1 8 4 2 7 3</div></div>
</div>
<div class="col-md-9">
<ol class="breadcrumb"><li><a href="index.php">หน้าแรก</a></li><li><a href="ita.php">MOPH ITA</a></li><li class="active">EB18</li></ol>
'''

def td(v, attrs=''):
    return f'<td{attrs}>{v}</td>'

def build():
    h = [HEAD]
    h.append('<h3 class="text-center">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน<br>'
             'ประจำปีงบประมาณ 2569<br>โรงพยาบาลควนโดนใหม่ อำเภอควนโดนใหม่</h3>\n')
    h.append('<p class="text-muted small">โพสต์เมื่อ 14 ต.ค. 2569 | โดย admin_it | อ่าน 57 ครั้ง</p>\n')
    h.append('<p>&nbsp;&nbsp;&nbsp;&nbsp;ตามที่โรงพยาบาลควนโดนใหม่ได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ 2569 '
             'ตามแนวทางการประเมิน MOPH ITA ของกระทรวงสาธารณสุข ซึ่งผลการประเมินปีงบประมาณ 2569 โรงพยาบาลผ่านเกณฑ์ร้อยละ 95.83 '
             '(ผ่าน 23 ข้อ จาก 24 ข้อ) โรงพยาบาลจึงขอรายงานผลการดำเนินการ ดังนี้</p>\n')
    h.append('<div class="table-responsive">\n<table class="table table-bordered tb-ita">\n<thead><tr>'
             '<th width="20%">มาตรการ</th><th width="22%">กิจกรรม/วิธีการดำเนินงาน</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th>'
             '<th>ผลการดำเนินงาน</th><th>ผลลัพธ์/ตัวชี้วัด</th></tr></thead>\n<tbody>\n')
    for num, title, acts, code in MS:
        for k, (a, r, p, o, oc) in enumerate(acts):
            h.append('<tr>')
            if k == 0:
                h.append(td(title, f' rowspan="{len(acts)}" class="measure"'))
            h.append(td(a) + td(r) + td(p) + td(o) + td(oc) + '</tr>\n')
    h.append('</tbody>\n</table>\n</div>\n')
    h.append('<p><strong>การติดตามผล :</strong> คณะกรรมการ ITA โรงพยาบาลควนโดนใหม่ ติดตามความก้าวหน้าการดำเนินงานตามมาตรการทุกไตรมาส '
             'และรายงานผลต่อผู้อำนวยการโรงพยาบาลในการประชุมคณะกรรมการบริหารโรงพยาบาล (กบห.)</p>\n')
    h.append('<p class="text-right">ผู้รายงาน นางสาวฟาตีมะห์ หลีหมัด<br>หัวหน้ากลุ่มงานบริหารทั่วไป<br>'
             'ผู้อนุมัติ นายแพทย์อดิศักดิ์ ชูช่วย<br>ผู้อำนวยการโรงพยาบาลควนโดนใหม่</p>\n')
    h.append('<p><a class="btn btn-success btn-sm" href="files/ita2569/EB18_report.pdf"><i class="glyphicon glyphicon-download"></i> ดาวน์โหลดไฟล์ PDF</a></p>\n')
    h.append('</div>\n</div>\n</div>\n<footer class="footer"><div class="container"><p>โรงพยาบาลควนโดนใหม่ 99 หมู่ 3 ตำบลควนโดน อำเภอควนโดนใหม่ '
             'โทร 0-7472-1234 | Copyright © 2026 | พัฒนาโดยงานเทคโนโลยีสารสนเทศ</p></div></footer>\n'
             '<script src="js/jquery.min.js"></script><script src="js/bootstrap.min.js"></script>\n</body>\n</html>\n')
    with open(os.path.join(ROOT, FN), 'w', encoding='utf-8') as f:
        f.write(''.join(h))
    write_truth(FN, 'results', 2569, AG, 'measure', [unit(n, t.split(' ', 2)[2], c) for n, t, a, c in MS], [
        'measure 3: responsible is "-" on both activity rows',
        'measure 4: outcome is "อยู่ระหว่างดำเนินการ" / "-" on both activity rows'],
        'Community hospital web page (PHP + Bootstrap 3): top bar, navbar, left MOPH ITA menu (EB1…EB18 links, counter), '
        'breadcrumb, post meta, download button, footer. 6-column table with thead; each measure cell ("มาตรการที่ n …", '
        'number only inside the cell) has ROWSPAN=2 over two activity rows 1.1/1.2 … 4.1/4.2, each with its own responsible, '
        'period, output and outcome: unit = measure (4), an element is present when stated in any of its rows (the '
        'activities are its steps). No monitoring column: the "การติดตามผล" paragraph under the table (quarterly follow-up, '
        'report to the director) is a general statement and counts for every measure. Score is MOPH ITA, given as a '
        'percentage of criteria passed (95.83 = 23/24, consistent). Output of activity 4.2 "อยู่ระหว่างดำเนินการ" is a '
        'status; 4.1 states a real output anyway.')

if __name__ == '__main__':
    build()
