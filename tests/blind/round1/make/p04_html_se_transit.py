# P04: plan, title FY2569 but all periods fall in FY2570 (wrong FY), องค์การขนส่งมวลชนภูมิภาค (state enterprise),
# WordPress/Gutenberg HTML: header row made of <td><strong>, numbers 'ข้อ 1', <br> in cells, one '-' responsible.
import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import *

NAME = "p04_se_transit_plan_2569.html"
AG = "องค์การขนส่งมวลชนภูมิภาค"
M = [
 {"no": "1", "title": "เปิดเผยข้อมูลการจัดซื้อจัดจ้างรถโดยสารและอะไหล่",
  "steps": "เผยแพร่แผนการจัดซื้อจัดจ้าง ประกาศผู้ชนะ และ สขร.1 บนเว็บไซต์<br>ติดตามผลทุกไตรมาสโดยฝ่ายตรวจสอบภายใน",
  "period": "ต.ค. 2569 – ก.ย. 2570", "resp": "ฝ่ายพัสดุและซ่อมบำรุง", "L": {"monitoring": "present"}},
 {"no": "2", "title": "ประกาศนโยบาย No Gift Policy ของผู้อำนวยการ ขมภ.",
  "steps": "ลงนามประกาศ แจ้งเวียนพนักงานทุกเขตการเดินรถ และแจ้งคู่ค้า",
  "period": "ต.ค. 2569", "resp": "สำนักผู้อำนวยการ"},
 {"no": "3", "title": "ป้องกันการเรียกรับเงินในการบรรจุพนักงานขับรถและพนักงานเก็บค่าโดยสาร",
  "steps": "ประกาศหลักเกณฑ์การสรรหาล่วงหน้า<br>สอบข้อเขียนผ่านระบบคอมพิวเตอร์<br>ประกาศผลคะแนนรายบุคคล",
  "period": "ม.ค. – เม.ย. 2570", "resp": "ฝ่ายทรัพยากรบุคคล"},
 {"no": "4", "title": "ตรวจสอบการใช้รถราชการและน้ำมันเชื้อเพลิงด้วยระบบ GPS และบัตรเติมน้ำมัน",
  "steps": "เชื่อมข้อมูล GPS กับรายงานการเติมน้ำมัน<br>สุ่มตรวจรายเดือนและรายงานผลต่อผู้อำนวยการทุกเดือน",
  "period": "พ.ย. 2569 – ก.ย. 2570", "resp": "-", "L": {"monitoring": "present"}},
 {"no": "5", "title": "ปรับปรุงช่องทางร้องเรียนของผู้โดยสาร (Call Center 1348 และ Line OA)",
  "steps": "ปรับปรุงระบบบันทึกเรื่องร้องเรียน แจ้งผลผู้ร้องภายใน 7 วัน",
  "period": "ต.ค. 2569 – มี.ค. 2570", "resp": "ฝ่ายการตลาดและบริการลูกค้า"},
 {"no": "6", "title": "อบรมจริยธรรมและจรรยาบรรณพนักงานประจำปี",
  "steps": "อบรมออนไลน์ผ่านระบบ e-Learning หลักสูตร 3 ชั่วโมง",
  "period": "ก.พ. – ก.ค. 2570", "resp": "ฝ่ายทรัพยากรบุคคล"},
]
rows = ['<tr><td><strong>ลำดับ</strong></td><td><strong>กิจกรรม</strong></td><td><strong>รายละเอียด/วิธีการ</strong></td><td><strong>ช่วงเวลา</strong></td><td><strong>ฝ่ายที่รับผิดชอบ</strong></td></tr>']
for m in M:
    rows.append('<tr><td>ข้อ %s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (m["no"], m["title"], m["steps"], m["period"], m["resp"]))
doc = """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>แผนปฏิบัติการขับเคลื่อนการยกระดับคุณธรรมและความโปร่งใส ปีงบประมาณ 2569 &#8211; องค์การขนส่งมวลชนภูมิภาค</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.rmta.or.th/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.rmta.or.th/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.14' media='all' />
</head>
<body class="post-template-default single single-post postid-4821 single-format-standard ast-desktop">
<div id="page" class="hfeed site">
<header class="site-header"><div class="site-branding"><p class="site-title"><a href="https://www.rmta.or.th/">องค์การขนส่งมวลชนภูมิภาค (ขมภ.)</a></p><p class="site-description">Regional Mass Transit Authority</p></div>
<nav class="main-navigation"><ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a href="/">หน้าหลัก</a></li><li class="menu-item"><a href="/about/">เกี่ยวกับ ขมภ.</a></li><li class="menu-item current-menu-ancestor"><a href="/ita/">ITA</a></li><li class="menu-item"><a href="/contact/">ติดต่อ</a></li></ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-4821 post type-post status-publish format-standard hentry category-ita">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">แผนปฏิบัติการขับเคลื่อนการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-10-07T09:15:22+07:00">7 ตุลาคม 2026</time></span> / <span class="cat-links"><a href="/category/ita/" rel="category tag">ITA</a></span></div></header>
<div class="entry-content clear" itemprop="text">
<p>องค์การขนส่งมวลชนภูมิภาค (ขมภ.) ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2569 ซึ่งได้คะแนน 88.91 คะแนน ผ่านเกณฑ์การประเมิน และกำหนดแผนปฏิบัติการเพื่อขับเคลื่อนการยกระดับผลการประเมิน ดังนี้</p>
<h3 class="wp-block-heading">ประเด็นที่ต้องมุ่งเน้น</h3>
<ul class="wp-block-list">
<li>ความโปร่งใสในการจัดซื้อจัดจ้างรถโดยสารและอะไหล่</li>
<li>การป้องกันการเรียกรับผลประโยชน์ในการบริหารงานบุคคล</li>
<li>การใช้ทรัพย์สินขององค์กร (รถและน้ำมันเชื้อเพลิง)</li>
</ul>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><tbody>
%s
</tbody></table><figcaption class="wp-element-caption">ตารางที่ 1 กิจกรรมตามแผนปฏิบัติการฯ</figcaption></figure>
<p>ทั้งนี้ ให้ทุกฝ่ายถือปฏิบัติตามแผนปฏิบัติการนี้อย่างเคร่งครัด</p>
<p>&nbsp;</p>
<div class="wp-block-file"><a id="wp-block-file--media-9c1" href="https://www.rmta.or.th/wp-content/uploads/2026/10/ITA-plan-2569.pdf">ITA-plan-2569</a><a href="https://www.rmta.or.th/wp-content/uploads/2026/10/ITA-plan-2569.pdf" class="wp-block-file__button wp-element-button" download>ดาวน์โหลด</a></div>
</div>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/ita/o35/" rel="prev">&larr; รายงานผลการดำเนินการตามมาตรการ ปี 2568</a></div><div class="nav-next"><a href="/ita/o37/" rel="next">คู่มือการปฏิบัติงาน &rarr;</a></div></div></nav>
</main></div></div></div>
<footer class="site-footer"><div class="ast-small-footer"><p>Copyright &copy; 2026 องค์การขนส่งมวลชนภูมิภาค | Powered by Astra WordPress Theme</p></div></footer>
</div>
</body>
</html>
""" % "\n".join(rows)
write(NAME, doc)

write_truth(NAME, "plan", 2569, AG, "activity", M,
  problems=["wrong fiscal year: title says ปีงบประมาณ พ.ศ. 2569 but every activity runs between ต.ค. 2569 and ก.ย. 2570 (FY 2570); the intro also calls ITA 2569 the result already obtained",
            "activity 4: responsible '-'",
            "monitoring stated only for activities 1 and 4 (inside their method text)"],
  notes="WordPress (Astra/Gutenberg) post: site chrome, a 'ประเด็นที่ต้องมุ่งเน้น' list (not a measures-type analysis), "
        "then a wp-block-table whose header is an ordinary first row of <td><strong> cells (no <thead>/<th>). Numbers "
        "written 'ข้อ 1'…'ข้อ 6' in the first column. Steps cells use <br>. Activity 1's details contain "
        "'ติดตามผลทุกไตรมาส' and activity 4's '…รายงานผลต่อผู้อำนวยการทุกเดือน' (monitoring inside the method text); activity 5's 'แจ้งผลผู้ร้องภายใน 7 วัน' "
        "is part of complaint handling, not monitoring of the activity. "
        "fiscal_year is the title's 2569 although the content is FY 2570.")
