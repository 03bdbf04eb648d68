# M03: measures FY2569, มหาวิทยาลัยเทคโนโลยีราชมงคลบูรพาทิศ, university website (CMS) HTML, UTF-8:
# site chrome (nav, breadcrumb, footer), analysis with both sections, measures table with colspan group
# rows, 'ผลที่คาดว่าจะได้รับ' column, <br /> and <ul> inside cells.
import sys, os, html; sys.path.insert(0, os.path.dirname(__file__))
from common import *

NAME = "m03_rmut_buraphathit_measures_2569.html"
AG = "มหาวิทยาลัยเทคโนโลยีราชมงคลบูรพาทิศ"
M = [
 {"group": "ยุทธศาสตร์ที่ 1 การเสริมสร้างความโปร่งใสในการบริหารจัดการ"},
 {"no": "1", "title": "มาตรการเปิดเผยข้อมูลสาธารณะของมหาวิทยาลัยผ่านเว็บไซต์ตามเกณฑ์ OIT",
  "steps": "<ul><li>ทบทวนโครงสร้างเมนู ITA บนเว็บไซต์</li><li>กำหนดผู้รับผิดชอบข้อมูลรายข้อ</li><li>ตรวจสอบลิงก์และความเป็นปัจจุบันก่อนการประเมิน</li></ul>",
  "resp": "กองนโยบายและแผน / สำนักวิทยบริการและเทคโนโลยีสารสนเทศ", "period": "ต.ค. 2568 – เม.ย. 2569",
  "mon": "รายงานความก้าวหน้าต่อคณะกรรมการบริหารมหาวิทยาลัยทุกเดือน",
  "outcome": "ข้อมูล OIT ครบถ้วนร้อยละ 100 และเป็นปัจจุบัน"},
 {"no": "2", "title": "มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการบริหารงบประมาณ",
  "steps": "เผยแพร่แผนการจัดซื้อจัดจ้าง รายงาน สขร.1 รายเดือน<br />และรายงานผลการใช้จ่ายงบประมาณรอบ 6 เดือน",
  "resp": "กองคลัง", "period": "ต.ค. 2568 – ก.ย. 2569",
  "mon": "ติดตามผลทุกไตรมาสโดยคณะกรรมการติดตาม ตรวจสอบและประเมินผลงาน",
  "outcome": "ผู้มีส่วนได้ส่วนเสียสามารถตรวจสอบการใช้งบประมาณได้ ไม่มีข้อร้องเรียน"},
 {"group": "ยุทธศาสตร์ที่ 2 การป้องกันการทุจริตและประพฤติมิชอบ"},
 {"no": "3", "title": "มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวมในงานวิจัยและบริการวิชาการ",
  "steps": "จัดทำแบบแสดงการมีส่วนได้ส่วนเสียของหัวหน้าโครงการวิจัยและผู้รับจ้างบริการวิชาการ<br />ชี้แจงแนวปฏิบัติแก่คณะ/สถาบัน",
  "resp": "สถาบันวิจัยและพัฒนา", "period": "ธ.ค. 2568 – มี.ค. 2569",
  "mon": "ไม่มี", "outcome": "หัวหน้าโครงการยื่นแบบแสดงการมีส่วนได้ส่วนเสียครบทุกโครงการ"},
 {"no": "4", "title": "มาตรการ No Gift Policy และการรายงานการรับของขวัญ",
  "steps": "อธิการบดีประกาศนโยบาย จัดทำระบบรายงานการรับของขวัญออนไลน์",
  "resp": "ศูนย์ต่อต้านการทุจริต", "period": "ต.ค. 2568",
  "mon": "สรุปรายงานการรับของขวัญเสนออธิการบดีรายไตรมาส",
  "outcome": "บุคลากรไม่รับของขวัญที่ขัดต่อนโยบาย"},
 {"no": "5", "title": "มาตรการส่งเสริมให้บุคลากรและนักศึกษามีส่วนร่วมในการเฝ้าระวังการทุจริต",
  "steps": "จัดตั้งชมรม STRONG ระดับคณะ จัดกิจกรรมรณรงค์และเปิดช่องทางแจ้งเบาะแส",
  "resp": "กองพัฒนานักศึกษา", "period": "ม.ค. – ส.ค. 2569",
  "mon": "คณะรายงานผลกิจกรรมต่อกองพัฒนานักศึกษาภาคการศึกษาละ 1 ครั้ง", "outcome": "-"},
 {"group": "ยุทธศาสตร์ที่ 3 การพัฒนาคุณภาพการให้บริการ"},
 {"no": "6", "title": "มาตรการปรับปรุงการให้บริการงานทะเบียนนักศึกษาแบบออนไลน์เต็มรูปแบบ",
  "steps": "<ul><li>วิเคราะห์ขั้นตอนบริการ</li><li>พัฒนาระบบคำร้องออนไลน์</li><li>ประชาสัมพันธ์ให้นักศึกษาใช้งาน</li></ul>",
  "resp": "สำนักส่งเสริมวิชาการและงานทะเบียน", "period": "พ.ย. 2568 – ก.ค. 2569",
  "mon": "สำรวจความพึงพอใจและรายงานผลต่อรองอธิการบดีฝ่ายวิชาการเมื่อสิ้นภาคการศึกษา",
  "outcome": "ลดระยะเวลาการให้บริการลงร้อยละ 50 ความพึงพอใจไม่น้อยกว่าร้อยละ 85"},
]
rows = []
for m in M:
    if m.get("group"):
        rows.append('<tr class="table-secondary"><td colspan="7"><strong>%s</strong></td></tr>' % m["group"])
    else:
        rows.append("<tr>\n<td class=\"text-center\">%s.</td>\n<td>%s</td>\n<td>%s</td>\n<td>%s</td>\n<td class=\"text-center\">%s</td>\n<td>%s</td>\n<td>%s</td>\n</tr>" %
                    (m["no"], m["title"], m["steps"], m["resp"], m["period"], m["mon"], m["outcome"]))

doc = """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>การวิเคราะห์ผลการประเมิน ITA และมาตรการ ปีงบประมาณ 2569 | มหาวิทยาลัยเทคโนโลยีราชมงคลบูรพาทิศ</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=3.2">
</head>
<body class="page-ita">
<header class="site-header">
  <div class="container d-flex align-items-center">
    <a class="logo" href="/"><img src="/assets/img/logo-rmutb.png" alt="RMUTB"></a>
    <div class="site-name">มหาวิทยาลัยเทคโนโลยีราชมงคลบูรพาทิศ<br><small>Rajamangala University of Technology Buraphathit</small></div>
  </div>
  <nav class="navbar navbar-expand-lg">
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li>
      <li class="nav-item"><a class="nav-link" href="/about">เกี่ยวกับมหาวิทยาลัย</a></li>
      <li class="nav-item"><a class="nav-link" href="/news">ข่าวสาร</a></li>
      <li class="nav-item active"><a class="nav-link" href="/ita">ITA</a></li>
      <li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li>
    </ul>
  </nav>
</header>
<main class="container py-4">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/ita">ITA 2569</a></li><li class="breadcrumb-item active">O36</li></ol></nav>
<article class="post">
<h1 class="post-title">การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</h1>
<p class="post-meta"><i class="fa fa-calendar"></i> 28 พฤศจิกายน 2568 &nbsp;|&nbsp; <i class="fa fa-user"></i> ศูนย์ต่อต้านการทุจริต &nbsp;|&nbsp; <i class="fa fa-eye"></i> 1,204</p>
<div class="post-content">
<h2>1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568</h2>
<p>มหาวิทยาลัยได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 89.47 คะแนน อยู่ในระดับ ผ่าน ลดลงจากปี 2567 (91.02 คะแนน) เมื่อพิจารณารายตัวชี้วัด พบว่าตัวชี้วัดที่ได้คะแนนต่ำสุด 3 อันดับ ได้แก่ การเปิดเผยข้อมูล (82.50) การแก้ไขปัญหาการทุจริต (84.16) และคุณภาพการดำเนินงาน (86.30)</p>
<h3>1) ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</h3>
<ul>
<li>ข้อมูลบนเว็บไซต์บางรายการ (o12 – o17) เชื่อมโยงไปยังไฟล์ที่ไม่สามารถเปิดได้ และบางรายการไม่เป็นปัจจุบัน</li>
<li>บุคลากรบางส่วนยังไม่มั่นใจว่าการร้องเรียนการทุจริตจะได้รับการคุ้มครอง</li>
</ul>
<h3>2) ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</h3>
<ul>
<li>การป้องกันผลประโยชน์ทับซ้อนในงานวิจัยและบริการวิชาการ</li>
<li>การลดขั้นตอนและระยะเวลาการให้บริการนักศึกษา</li>
<li>การมีส่วนร่วมของนักศึกษาในการเฝ้าระวังการทุจริต</li>
</ul>
<h2>2. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</h2>
<div class="table-responsive">
<table class="table table-bordered table-sm">
<thead class="thead-light">
<tr>
<th>ลำดับ</th><th>มาตรการ</th><th>ขั้นตอนการดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ผลที่คาดว่าจะได้รับ</th>
</tr>
</thead>
<tbody>
%s
</tbody>
</table>
</div>
<p>&nbsp;</p>
<p style="text-align:right">ศูนย์ต่อต้านการทุจริต มหาวิทยาลัยเทคโนโลยีราชมงคลบูรพาทิศ<br />โทร. 0 3811 2xxx</p>
<p><a class="btn btn-primary" href="/uploads/ita/2569/O36-analysis-2569.pdf"><i class="fa fa-download"></i> ดาวน์โหลดเอกสาร (PDF)</a></p>
</div>
</article>
</main>
<footer class="site-footer">
  <div class="container">
    <p>มหาวิทยาลัยเทคโนโลยีราชมงคลบูรพาทิศ 99 หมู่ 4 ตำบลบ้านสวน อำเภอเมืองชลบุรี จังหวัดชลบุรี 20000</p>
    <p>&copy; 2025 RMUTB. All rights reserved. | <a href="/privacy">นโยบายความเป็นส่วนตัว</a> | <a href="/sitemap">แผนผังเว็บไซต์</a></p>
  </div>
</footer>
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
</body>
</html>
""" % "\n".join(rows)
write(NAME, doc)

write_truth(NAME, "measures", 2569, AG, "measure", M,
  sections={"weaknesses": "present", "improvements": "present"},
  problems=["measure 3: monitoring 'ไม่มี'", "measure 5: expected result '-'"],
  notes="University website page (Bootstrap CMS chrome: nav menu, breadcrumb, post meta, footer, download button). "
        "Analysis of ITA 2568 (89.47 'ผ่าน') with both sections as <h3> + <ul>. Measures table 7 columns, numbers "
        "'1.'–'6.' in a 'ลำดับ' column continuing across three colspan=7 group rows 'ยุทธศาสตร์ที่ 1–3' (not measures). "
        "Column 'ผลที่คาดว่าจะได้รับ' (expected result for people/organisation) is counted as the outcome element; "
        "output is missing everywhere (nothing done yet). Steps cells mix <ul><li> and <br />.")
