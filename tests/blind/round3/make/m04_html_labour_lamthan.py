"""m04: สำนักงานแรงงานจังหวัดลำธาร measures FY2569 - Joomla government-template article page; contradictory
score (prose 88.42 ผ่าน vs table 84.88); measures table without a number column ('มาตรการที่ n' inside the cell),
<ol> steps, no expected-result column at all."""
from common import *

NAME = 'm04_labour_lamthan_measures_2569'
AG = 'สำนักงานแรงงานจังหวัดลำธาร'
TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'

ROWS = [
    ('<strong>มาตรการที่ 1</strong><br />การเปิดเผยข้อมูลข่าวสารด้านแรงงานและการจัดซื้อจัดจ้าง',
     ['จัดทำข้อมูลสถานการณ์ด้านแรงงานจังหวัดรายไตรมาส', 'เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์', 'ตรวจสอบความถูกต้องก่อนเผยแพร่ทุกครั้ง'],
     'ฝ่ายบริหารทั่วไป<br />กลุ่มงานยุทธศาสตร์และสารสนเทศ', 'ต.ค. 68 - ก.ย. 69',
     'แรงงานจังหวัดตรวจสอบการเผยแพร่ข้อมูลทุกเดือน และรายงานสำนักงานปลัดกระทรวงแรงงานทุกไตรมาส'),
    ('<strong>มาตรการที่ 2</strong><br />การป้องกันการเรียกรับผลประโยชน์ในการให้บริการอนุญาตทำงานของคนต่างด้าว',
     ['ประกาศขั้นตอน ค่าธรรมเนียม และระยะเวลาการให้บริการเป็น 4 ภาษา (ไทย อังกฤษ เมียนมา กัมพูชา)', 'ห้ามนายหน้าหรือบุคคลภายนอกเข้าพื้นที่ให้บริการ', 'ติดตั้งกล้องวงจรปิดที่จุดให้บริการ'],
     'ศูนย์บริการร่วมกระทรวงแรงงานจังหวัดลำธาร<br />(ร่วมกับสำนักงานจัดหางานจังหวัด)', 'ต.ค. 68 - ก.ย. 69',
     '-'),
    ('<strong>มาตรการที่ 3</strong><br />การให้บริการด้านแรงงานแบบเบ็ดเสร็จ ณ จุดเดียว เพื่อลดการใช้ดุลพินิจ',
     ['ให้บริการตามคู่มือประชาชนและมาตรฐานระยะเวลา', 'ใช้ระบบคิวอัตโนมัติ', 'สำรวจความพึงพอใจผู้รับบริการหลังรับบริการทุกราย'],
     'ศูนย์บริการร่วมกระทรวงแรงงานจังหวัดลำธาร', 'ต.ค. 68 - ก.ย. 69',
     'สรุปผลการสำรวจความพึงพอใจรายเดือนเสนอแรงงานจังหวัด'),
    ('<strong>มาตรการที่ 4</strong><br />การป้องกันผลประโยชน์ทับซ้อนและการรับของขวัญของบุคลากรในสังกัดกระทรวงแรงงาน',
     ['แรงงานจังหวัดประกาศนโยบาย No Gift Policy', 'แจ้งเวียนแนวทางการรับของขวัญตามประกาศ ป.ป.ช.', 'จัดทำแบบรายงานการรับของขวัญ (ถ้ามี)'],
     'ฝ่ายบริหารทั่วไป', 'ธ.ค. 68 - ม.ค. 69',
     '-'),
    ('<strong>มาตรการที่ 5</strong><br />การจัดการเรื่องร้องเรียนการทุจริตและการคุ้มครองผู้แจ้งเบาะแส',
     ['รับเรื่องร้องเรียนผ่านสายด่วน 1506 เว็บไซต์ และด้วยตนเอง', 'ปกปิดข้อมูลผู้ร้องเรียนและผู้แจ้งเบาะแส', 'แจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน 15 วัน'],
     'ฝ่ายบริหารทั่วไป (งานร้องเรียน)', 'ต.ค. 68 - ก.ย. 69',
     'รายงานผลการจัดการเรื่องร้องเรียนต่อศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงแรงงาน ทุกเดือน'),
]


def build():
    rows = []
    for m, steps, resp, per, mon in ROWS:
        ol = '<ol>' + ''.join('<li>%s</li>' % s for s in steps) + '</ol>'
        rows.append('<tr>\n<td>%s</td>\n<td>%s</td>\n<td>%s</td>\n<td style="text-align: center;">%s</td>\n<td>%s</td>\n</tr>'
                    % (m, ol, resp, per, mon))
    html = f'''<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8" />
<base href="https://lamthan.mol.go.th/index.php/ita/ita-2569/o37" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>O37 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</title>
<link href="/templates/gov_th/css/template.css" rel="stylesheet" />
<link href="/media/jui/css/bootstrap.min.css" rel="stylesheet" />
</head>
<body class="site com_content view-article no-layout no-task itemid-311">
<div class="govbar"><img src="/images/gov/garuda.png" alt="ตราครุฑ" width="60" /> <span>สำนักงานแรงงานจังหวัดลำธาร<br /><small>Lamthan Provincial Labour Office</small></span>
<div class="font-size">ขนาดตัวอักษร <a href="#">ก-</a> <a href="#">ก</a> <a href="#">ก+</a></div></div>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/index.php">หน้าหลัก</a></li>
<li class="item-102 deeper parent"><a href="#">ข้อมูลหน่วยงาน</a></li>
<li class="item-150"><a href="#">ข่าวประชาสัมพันธ์</a></li>
<li class="item-160 active deeper parent"><a href="/index.php/ita">ITA</a></li>
<li class="item-170"><a href="#">ติดต่อเรา</a></li></ul></nav>
<div class="container"><main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH" />
<div class="page-header"><h2 itemprop="headline">O37 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h2></div>
<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="category-name">หมวด: <a href="/index.php/ita/ita-2569" itemprop="genre">ITA 2569</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2025-10-28T09:12:40+07:00" itemprop="datePublished">เผยแพร่เมื่อ: 28 ตุลาคม 2568</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:187" />เปิดอ่าน: 187</dd></dl>
<div itemprop="articleBody">
<p style="text-align: center;"><span style="font-size: 14pt;"><strong>{TITLE}</strong></span></p>
<p style="text-align: center;"><span style="font-size: 14pt;"><strong>สำนักงานแรงงานจังหวัดลำธาร</strong></span></p>
<p><strong>1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568</strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;สำนักงานปลัดกระทรวงแรงงานได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 88.42 คะแนน ผลการประเมิน “ผ่าน” โดยมีรายละเอียดคะแนนดังนี้</p>
<table class="table table-bordered" style="width: 70%;">
<tbody>
<tr><td style="width: 60%;"><strong>แบบวัด/แบบตรวจ</strong></td><td style="text-align: center;"><strong>สัดส่วน</strong></td><td style="text-align: center;"><strong>คะแนนที่ได้</strong></td></tr>
<tr><td>IIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน</td><td style="text-align: center;">30%</td><td style="text-align: center;">89.60</td></tr>
<tr><td>EIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก</td><td style="text-align: center;">30%</td><td style="text-align: center;">83.40</td></tr>
<tr><td>OIT การเปิดเผยข้อมูลสาธารณะ</td><td style="text-align: center;">40%</td><td style="text-align: center;">82.45</td></tr>
<tr><td><strong>รวม</strong></td><td style="text-align: center;">100%</td><td style="text-align: center;"><strong>84.88</strong></td></tr>
</tbody>
</table>
<p><strong>2. การวิเคราะห์ผลการประเมิน</strong></p>
<p><strong>2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</strong></p>
<ul>
<li>การเปิดเผยข้อมูลการจัดซื้อจัดจ้างและข้อมูลสถิติด้านแรงงานไม่เป็นปัจจุบัน (OIT)</li>
<li>ผู้รับบริการชาวต่างด้าวและนายจ้างบางรายยังใช้บริการผ่านนายหน้า ทำให้เกิดความเสี่ยงเรื่องการเรียกรับผลประโยชน์ (EIT)</li>
</ul>
<p><strong>2.2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</strong></p>
<ul>
<li>การรับรู้ของบุคลากรเกี่ยวกับนโยบายการไม่รับของขวัญและประโยชน์อื่นใด</li>
<li>การแจ้งผลการดำเนินการเรื่องร้องเรียนให้ผู้ร้องทราบ</li>
</ul>
<p><strong>3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</strong></p>
<table class="table table-bordered table-striped" style="width: 100%;">
<thead>
<tr>
<th style="width: 24%; text-align: center;">มาตรการ</th>
<th style="width: 32%; text-align: center;">วิธีการดำเนินการ</th>
<th style="width: 16%; text-align: center;">ผู้รับผิดชอบ</th>
<th style="width: 10%; text-align: center;">ระยะเวลา</th>
<th style="width: 18%; text-align: center;">การติดตามผล</th>
</tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>&nbsp;</p>
<p style="text-align: right;">ประกาศ ณ วันที่ 24 ตุลาคม 2568<br />นายสุรเชษฐ์ มณีวงศ์<br />แรงงานจังหวัดลำธาร</p>
<p><a href="/images/ita2569/O37.pdf" target="_blank" rel="noopener noreferrer"><img src="/images/icon/pdf.png" alt="" width="24" /> ดาวน์โหลดไฟล์ PDF</a></p>
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="/index.php/ita/ita-2569/o36" rel="prev">ก่อนหน้า</a></li><li class="next"><a class="hasTooltip" href="/index.php/ita/ita-2569/o38" rel="next">ถัดไป</a></li></ul>
</div></main>
<aside class="span3"><div class="moduletable"><h3>ITA 2569</h3><ul class="nav menu">
<li><a href="/index.php/ita/ita-2569/o36">O36 การวิเคราะห์ผลการประเมินฯ</a></li><li class="current active"><a href="/index.php/ita/ita-2569/o37">O37 มาตรการส่งเสริมคุณธรรมฯ</a></li></ul></div></aside>
</div>
<footer class="footer"><p>สำนักงานแรงงานจังหวัดลำธาร ศาลากลางจังหวัดลำธาร ชั้น 2 ถนนราชดำเนิน โทร. 0 5561 1245</p>
<p>&copy; 2568 สำนักงานแรงงานจังหวัดลำธาร</p></footer>
</body>
</html>
'''
    write_text(NAME + '.html', html)
    titles = ['การเปิดเผยข้อมูลข่าวสารด้านแรงงานและการจัดซื้อจัดจ้าง',
              'การป้องกันการเรียกรับผลประโยชน์ในการให้บริการอนุญาตทำงานของคนต่างด้าว',
              'การให้บริการด้านแรงงานแบบเบ็ดเสร็จ ณ จุดเดียว เพื่อลดการใช้ดุลพินิจ',
              'การป้องกันผลประโยชน์ทับซ้อนและการรับของขวัญของบุคลากรในสังกัดกระทรวงแรงงาน',
              'การจัดการเรื่องร้องเรียนการทุจริตและการคุ้มครองผู้แจ้งเบาะแส']
    miss = ['oc', 'noc', 'oc', 'noc', 'oc']
    ms = [M(i + 1, t, miss[i]) for i, t in enumerate(titles)]
    write_truth(NAME + '.html', 'measures', 2569, AG, 'measure', ms,
                sections={'weaknesses': 'present', 'improvements': 'present'}, problems=[
        "score: prose says ITA 2568 = 88.42 'ผ่าน' but the score table total is 84.88 (which matches 0.3*89.60+0.3*83.40+0.4*82.45 and would be below the 85 pass mark)",
        "all measures: no expected result / outcome stated (the table has no such column)",
        "measure 2: monitoring '-'",
        "measure 4: monitoring '-'",
    ], notes="""Joomla article page on a government template (gov bar with Garuda, font-size switcher, pill menu,
        article info with category/date/hits, pager, sidebar module, footer). Score section: prose 88.42 ผ่าน contradicts
        the table total 84.88 (components consistent with 84.88). Both analysis sub-sections present as <ul> lists.
        Measures table has a <thead> with 5 columns and NO number column: each measure cell starts with '<strong>มาตรการ
        ที่ n</strong><br />' followed by the title; steps are <ol><li> lists; periods 'ต.ค. 68 - ก.ย. 69' (two-digit BE).
        There is no outcome/expected-result column, so outcome is missing for every measure (and output, as in any
        measures document). The PDF linked at the bottom is not part of the file.""")


if __name__ == '__main__':
    build()
