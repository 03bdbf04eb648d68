"""r03: คณะวิทยาการจัดการ มหาวิทยาลัยราชภัฏลำน้ำมูล results FY2568 - WordPress page saved from the
browser, TablePress table inside the DataTables wrapper (search box, 'แสดง 1 ถึง 6 จาก 6 รายการ'), unit = project."""
from common import *

NAME = 'r03_rlmu_fms_results_2568'
AG = 'คณะวิทยาการจัดการ มหาวิทยาลัยราชภัฏลำน้ำมูล'
TITLE = 'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568'

HDR = ['ลำดับ', 'โครงการ/กิจกรรม', 'วัตถุประสงค์/วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา',
       'ผลการดำเนินงาน', 'ผลลัพธ์ที่ได้รับ', 'หมายเหตุ']
ROWS = [
    ['1', 'โครงการเผยแพร่ข้อมูลข่าวสารของคณะผ่านเว็บไซต์และสื่อสังคมออนไลน์',
     '1. ปรับปรุงโครงสร้างเว็บไซต์คณะ เพิ่มเมนู “ITA คณะวิทยาการจัดการ”<br />\n2. เผยแพร่ข่าวสาร ประกาศ และผลการจัดซื้อจัดจ้างภายใน 7 วัน<br />\n3. สรุปสถิติการเข้าถึงข้อมูลและรายงานผลต่อคณะกรรมการประจำคณะทุกภาคการศึกษา',
     'งานประชาสัมพันธ์ สำนักงานคณบดี', 'ต.ค. 2567 – ก.ย. 2568',
     'ปรับปรุงเว็บไซต์แล้วเสร็จ เผยแพร่ข่าวสาร 214 เรื่อง Facebook Page คณะมีผู้ติดตาม 12,480 คน',
     'นักศึกษาและผู้รับบริการเข้าถึงข้อมูลได้รวดเร็ว ผลสำรวจความพึงพอใจต่อการสื่อสารของคณะ ร้อยละ 89.20', ''],
    ['2', 'โครงการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้างและการเบิกจ่ายงบประมาณของคณะ',
     '- จัดทำแผนการจัดซื้อจัดจ้างประจำปีและเผยแพร่บนเว็บไซต์<br />\n- ใช้ระบบ e-GP ทุกรายการที่วงเงินเกิน 5,000 บาท<br />\n- ให้ความรู้ระเบียบพัสดุแก่ผู้รับผิดชอบโครงการ',
     'งานคลังและพัสดุ สำนักงานคณบดี', '1 ต.ค. 2567 – 30 ก.ย. 2568',
     'เผยแพร่แผนจัดซื้อจัดจ้าง 1 ฉบับ และรายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน 12 ฉบับ จัดอบรมระเบียบพัสดุ 1 ครั้ง ผู้เข้าร่วม 46 คน',
     'การเบิกจ่ายงบประมาณเป็นไปตามแผน ร้อยละ 94.35 ไม่มีข้อทักท้วงจากหน่วยตรวจสอบภายใน', ''],
    ['3', 'กิจกรรมประกาศเจตนารมณ์ “คณะวิทยาการจัดการ สุจริต โปร่งใส” และนโยบาย No Gift Policy',
     'คณบดีประกาศเจตนารมณ์ต่อหน้าบุคลากรและนักศึกษา / ลงนามร่วมกันในบันทึกเจตนารมณ์ / ประชาสัมพันธ์นโยบายไม่รับของขวัญในช่วงเทศกาล',
     'คณบดี<br />\nรองคณบดีฝ่ายบริหาร', 'ธันวาคม 2567',
     'จัดกิจกรรมประกาศเจตนารมณ์ เมื่อวันที่ 9 ธันวาคม 2567 (วันต่อต้านคอร์รัปชันสากล) มีผู้เข้าร่วม 312 คน',
     'บุคลากรทุกคนรับทราบนโยบาย ไม่พบการรับของขวัญหรือประโยชน์อื่นใดโดยมิชอบ', ''],
    ['4', 'โครงการอบรมจริยธรรมและจรรยาบรรณสำหรับอาจารย์และบุคลากรสายสนับสนุน',
     '1) จัดอบรมเชิงปฏิบัติการ 1 วัน<br />\n2) ศึกษากรณีตัวอย่างการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม',
     'งานบริหารงานบุคคล', 'มี.ค. 2568',
     'ไม่ได้ดำเนินการ เนื่องจากได้รับจัดสรรงบประมาณไม่เพียงพอ จึงให้บุคลากรเข้าร่วมการอบรมของมหาวิทยาลัยแทน',
     '-', 'ยกเลิกโครงการ'],
    ['5', 'โครงการพัฒนาระบบรับเรื่องร้องเรียนและแจ้งเบาะแสการทุจริตออนไลน์ของคณะ',
     '1. พัฒนาแบบฟอร์มร้องเรียนออนไลน์เชื่อมกับระบบของมหาวิทยาลัย<br />\n2. กำหนดผู้รับผิดชอบรับเรื่องและแจ้งผลแก่ผู้ร้องภายใน 15 วันทำการ<br />\n3. รายงานสรุปเรื่องร้องเรียนต่อคณบดีทุกเดือน',
     'งานบริหารทั่วไป สำนักงานคณบดี', 'พ.ย. 2567 – ก.ย. 2568',
     'ระบบเปิดใช้งานตั้งแต่ 1 มีนาคม 2568 มีเรื่องร้องเรียนทั่วไป 7 เรื่อง ดำเนินการแล้วเสร็จทั้งหมด',
     'ผู้ร้องได้รับแจ้งผลภายในเวลาที่กำหนดทุกเรื่อง ไม่มีเรื่องร้องเรียนเกี่ยวกับการทุจริต', ''],
    ['6', 'โครงการส่งเสริมการมีส่วนร่วมของนักศึกษาในการประเมินการให้บริการของคณะ',
     'เพื่อให้นักศึกษามีส่วนร่วมในการประเมินและให้ข้อเสนอแนะต่อการให้บริการของสำนักงานคณบดี',
     'งานบริการการศึกษา', 'ภาคเรียนที่ 2/2567',
     'สำรวจความคิดเห็นนักศึกษา 1,126 คน จากนักศึกษาทั้งหมด 3,480 คน',
     'ความพึงพอใจต่อการให้บริการเฉลี่ย 4.21 จาก 5 คะแนน นำข้อเสนอแนะไปปรับปรุงการให้บริการ 3 เรื่อง', ''],
]


def td(i, v):
    return '<td class="column-%d">%s</td>' % (i + 1, v)


def build():
    thead = '<thead>\n<tr class="row-1">\n\t' + '\n\t'.join(
        '<th class="column-%d sorting" tabindex="0" aria-controls="tablepress-7" rowspan="1" colspan="1">%s</th>' % (i + 1, h)
        for i, h in enumerate(HDR)) + '\n</tr>\n</thead>'
    body = []
    for k, r in enumerate(ROWS):
        cls = 'row-%d %s' % (k + 2, 'odd' if k % 2 == 0 else 'even')
        body.append('<tr class="%s">\n\t%s\n</tr>' % (cls, '\n\t'.join(td(i, v) for i, v in enumerate(r))))
    tbody = '<tbody class="row-striping row-hover">\n' + '\n'.join(body) + '\n</tbody>'
    html = f'''<!DOCTYPE html>
<html lang="th" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} &#8211; คณะวิทยาการจัดการ มหาวิทยาลัยราชภัฏลำน้ำมูล</title>
<meta name="robots" content="index, follow, max-snippet:-1">
<link rel='stylesheet' id='astra-theme-css-css' href='https://fms.rlmu.ac.th/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel='stylesheet' id='tablepress-default-css' href='https://fms.rlmu.ac.th/wp-content/plugins/tablepress/css/build/default.css?ver=2.2.5' media='all' />
<style id='astra-theme-css-inline-css'>
body,button,input,select,textarea{{font-family:'Sarabun',sans-serif;font-weight:400;font-size:16px;}}
.tablepress thead th{{background-color:#6b2c91;color:#fff}}
.site-header{{background:#fff;border-bottom:3px solid #f2b705}}
</style>
<script src="https://fms.rlmu.ac.th/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="page-template-default page page-id-2381 wp-custom-logo ast-single-post ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปที่เนื้อหา</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1" id="masthead" itemtype="https://schema.org/WPHeader">
 <div class="site-branding"><a href="https://fms.rlmu.ac.th/" class="custom-logo-link" rel="home"><img width="320" height="80" src="https://fms.rlmu.ac.th/wp-content/uploads/2023/06/logo-fms.png" alt="คณะวิทยาการจัดการ" /></a>
 <p class="site-title"><a href="https://fms.rlmu.ac.th/">คณะวิทยาการจัดการ มหาวิทยาลัยราชภัฏลำน้ำมูล</a></p>
 <p class="site-description">Faculty of Management Science, Lam Nam Mun Rajabhat University</p></div>
 <nav class="main-header-bar-navigation" aria-label="Site Navigation">
 <ul id="primary-menu" class="main-header-menu ast-nav-menu">
  <li class="menu-item"><a href="https://fms.rlmu.ac.th/" class="menu-link">หน้าแรก</a></li>
  <li class="menu-item menu-item-has-children"><a href="#" class="menu-link">เกี่ยวกับคณะ</a></li>
  <li class="menu-item menu-item-has-children"><a href="#" class="menu-link">หลักสูตร</a></li>
  <li class="menu-item"><a href="#" class="menu-link">งานวิจัย</a></li>
  <li class="menu-item current-menu-ancestor"><a href="https://fms.rlmu.ac.th/ita/" class="menu-link">ITA</a></li>
  <li class="menu-item"><a href="#" class="menu-link">ติดต่อเรา</a></li>
 </ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<nav class="ast-breadcrumbs" aria-label="Breadcrumbs"><span><a href="https://fms.rlmu.ac.th/">หน้าแรก</a></span> » <span><a href="https://fms.rlmu.ac.th/ita/">ITA</a></span> » <span class="breadcrumb_last" aria-current="page">O36 รายงานผลการดำเนินการตามมาตรการ 2568</span></nav>
<main id="main" class="site-main">
<article class="post-2381 page type-page status-publish ast-article-single" id="post-2381">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{TITLE}</h1>
<div class="entry-meta">โพสต์เมื่อ <time datetime="2568-10-17">17 ตุลาคม 2568</time> โดย admin_fms</div></header>
<div class="entry-content clear" itemprop="text">
<p>คณะวิทยาการจัดการ มหาวิทยาลัยราชภัฏลำน้ำมูล ได้นำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของมหาวิทยาลัย ประจำปีงบประมาณ พ.ศ. 2567 ซึ่งได้คะแนน 93.07 คะแนน อยู่ในระดับ &#8220;ผ่าน&#8221; มาใช้ประกอบการจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในคณะ ประจำปีงบประมาณ พ.ศ. 2568 โดยกำหนดเป็นโครงการ/กิจกรรม จำนวน 6 โครงการ ทั้งนี้ ได้สรุปผลการดำเนินงาน ณ วันที่ 30 กันยายน 2568 ดังนี้</p>
<div id="tablepress-7_wrapper" class="dataTables_wrapper no-footer"><div class="dataTables_length" id="tablepress-7_length"><label>แสดง <select name="tablepress-7_length" aria-controls="tablepress-7" class=""><option value="10">10</option><option value="25">25</option><option value="50">50</option><option value="100">100</option></select> รายการ</label></div><div id="tablepress-7_filter" class="dataTables_filter"><label>ค้นหา:<input type="search" class="" placeholder="" aria-controls="tablepress-7"></label></div>
<table id="tablepress-7" class="tablepress tablepress-id-7 dataTable no-footer" aria-describedby="tablepress-7_info">
<caption style="caption-side:bottom;text-align:left;border:none;background:none;margin:0;padding:0;"><a href="https://fms.rlmu.ac.th/wp-admin/admin.php?page=tablepress&amp;action=edit&amp;table_id=7" rel="nofollow">แก้ไข</a></caption>
{thead}
{tbody}
</table>
<div class="dataTables_info" id="tablepress-7_info" role="status" aria-live="polite">แสดง 1 ถึง 6 จาก 6 รายการ</div><div class="dataTables_paginate paging_simple" id="tablepress-7_paginate"><a class="paginate_button previous disabled" aria-controls="tablepress-7" aria-disabled="true" role="link" data-dt-idx="previous" tabindex="-1" id="tablepress-7_previous">ก่อนหน้า</a><span></span><a class="paginate_button next disabled" aria-controls="tablepress-7" aria-disabled="true" role="link" data-dt-idx="next" tabindex="-1" id="tablepress-7_next">ถัดไป</a></div></div>
<p><strong>สรุป</strong> ดำเนินการแล้วเสร็จ 5 โครงการ ยกเลิก 1 โครงการ คิดเป็นร้อยละ 83.33</p>
<p>ดาวน์โหลดเอกสาร : <a href="https://fms.rlmu.ac.th/wp-content/uploads/2025/10/O36-report-2568.pdf">O36-report-2568.pdf</a> (ลงนามโดยคณบดี)</p>
</div></article></main></div>
<aside id="secondary" class="widget-area secondary" role="complementary">
<section id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">ITA คณะวิทยาการจัดการ</h2>
<ul class="menu"><li><a href="#">มาตรการส่งเสริมคุณธรรมฯ 2568</a></li><li><a href="#">รายงานผลการดำเนินงาน 2568</a></li><li><a href="#">มาตรการส่งเสริมคุณธรรมฯ 2569</a></li></ul></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2>
<ul><li><a href="#">ประกาศรับสมัครนักศึกษา ภาค กศ.ปช. ปีการศึกษา 2569</a></li><li><a href="#">ขอแสดงความยินดีกับนักศึกษาสาขาการบัญชี</a></li></ul></section>
</aside></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer">
<p>คณะวิทยาการจัดการ มหาวิทยาลัยราชภัฏลำน้ำมูล 99 ถนนชยางกูร ตำบลในเมือง อำเภอเมือง จังหวัดอุบลราชธานี 34000 โทร. 0 4535 2000</p>
<p>Copyright &copy; 2025 Faculty of Management Science | Powered by Astra WordPress Theme</p></div></footer>
</div>
<script src="https://fms.rlmu.ac.th/wp-content/plugins/tablepress/js/jquery.datatables.min.js?ver=2.2.5" id="tablepress-datatables-js"></script>
<script>
jQuery(($)=>{{$('#tablepress-7').DataTable({{"language":{{"url":"https://fms.rlmu.ac.th/wp-content/plugins/tablepress/i18n/datatables/th.json"}},"order":[],"orderClasses":false,"stripeClasses":["even","odd"],"pagingType":"simple"}});}});
</script>
</body>
</html>
'''
    write_text(NAME + '.html', html)
    t = [r[1] for r in ROWS]
    ms = [M(1, t[0]), M(2, t[1], 'n'), M(3, t[2], 'n'), M(4, t[3], 'nc'), M(5, t[4]), M(6, t[5], 'sn')]
    write_truth(NAME + '.html', 'results', 2568, AG, 'project', ms, problems=[
        "project 4: cancelled ('ไม่ได้ดำเนินการ ... ยกเลิกโครงการ'), outcome '-'",
        "project 6: the 'วัตถุประสงค์/วิธีดำเนินการ' cell states only an objective, no method",
        "projects 2, 3, 4, 6: no follow-up/reporting stated",
    ], notes="""WordPress (Astra theme) page saved from a browser, so the TablePress table sits inside the DataTables
        wrapper with a length selector, search box, 'แสดง 1 ถึง 6 จาก 6 รายการ' info line, pagination links and an 'แก้ไข'
        caption link; sidebar menu, recent posts and footer around it. The faculty reports by โครงการ/กิจกรรม, one row each,
        numbered 1-6 in a 'ลำดับ' column; the unit is the project (each row is one of the faculty's measures). 8 columns
        including 'หมายเหตุ'. Project 4 was cancelled: its output cell says it was not carried out and why - counted as a
        stated output (it reports what happened), outcome '-' missing. Project 6's 'วัตถุประสงค์/วิธีดำเนินการ' cell gives
        only the purpose ('เพื่อให้...'), so steps are missing. Monitoring is counted only where the method says how
        results are reported (1: รายงานผลต่อคณะกรรมการประจำคณะทุกภาคการศึกษา; 5: รายงานสรุป...ต่อคณบดีทุกเดือน).
        Score (university ITA 2567 93.07 ผ่าน) consistent.""")


if __name__ == '__main__':
    build()
