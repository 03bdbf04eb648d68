"""p01: การนิคมอุตสาหกรรมแห่งประเทศไทย สำนักงานนิคมอุตสาหกรรมมาบชลา plan - Drupal corporate page, 12-month grid; title says FY 2569 (wrong)."""
from common import *

FN = 'p01_ieat_mapchala_plan_2569.html'
AG = 'การนิคมอุตสาหกรรมแห่งประเทศไทย สำนักงานนิคมอุตสาหกรรมมาบชลา'
MON = ['ต.ค. 69', 'พ.ย. 69', 'ธ.ค. 69', 'ม.ค. 70', 'ก.พ. 70', 'มี.ค. 70', 'เม.ย. 70', 'พ.ค. 70', 'มิ.ย. 70', 'ก.ค. 70', 'ส.ค. 70', 'ก.ย. 70']
A = [
 ('1', 'เผยแพร่ข้อมูลสาธารณะตามแบบตรวจ OIT บนเว็บไซต์สำนักงานนิคมฯ', 'รวบรวมข้อมูลจากทุกฝ่าย ตรวจทานความถูกต้อง และขออนุมัติเผยแพร่ตามลำดับชั้น',
  'ฝ่ายบริหารทั่วไป', 'เผยแพร่ข้อมูลครบทุกข้อภายใน มี.ค. 70', range(0, 6), '1111101'),
 ('2', 'ประกาศเจตนารมณ์และนโยบายไม่รับของขวัญ (No Gift Policy) ของผู้อำนวยการสำนักงานนิคมฯ', 'จัดพิธีประกาศเจตนารมณ์ แจ้งเวียนผู้ประกอบการในนิคมฯ ทางอีเมลและหนังสือ',
  'ผู้อำนวยการสำนักงานนิคมฯ / ฝ่ายบริหารทั่วไป', 'ผู้ประกอบการในนิคมฯ รับทราบนโยบายครบทุกราย', [2], '1111101'),
 ('3', 'ประเมินความเสี่ยงการทุจริตในกระบวนงานอนุญาตใช้ที่ดินและประกอบกิจการ (แบบ กนอ. 01/2)', 'ประชุมคณะทำงานวิเคราะห์ความเสี่ยง จัดทำมาตรการควบคุม และติดตามผลการควบคุม',
  'ฝ่ายอนุญาตและกำกับการประกอบกิจการ', 'มีแผนบริหารความเสี่ยงการทุจริต 1 ฉบับ', [], '1110101'),
 ('4', 'อบรมเสริมสร้างความรู้เรื่องผลประโยชน์ทับซ้อนแก่พนักงานและลูกจ้าง', 'บรรยายโดยวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด และทำแบบทดสอบก่อน-หลัง',
  'ฝ่ายบริหารทั่วไป (งานทรัพยากรบุคคล)', 'ผู้เข้าอบรมมีคะแนนหลังอบรมเพิ่มขึ้นร้อยละ 20', [4], '1111101'),
 ('5', 'สำรวจความพึงพอใจและความคิดเห็นของผู้ประกอบการต่อความโปร่งใสในการให้บริการ', 'ส่งแบบสำรวจออนไลน์ให้ผู้ประกอบการ และสรุปข้อเสนอแนะเพื่อปรับปรุงบริการ',
  '-', 'ความพึงพอใจไม่น้อยกว่าร้อยละ 85', range(5, 8), '1101101'),
 ('6', 'เปิดช่องทางรับเรื่องร้องเรียนการทุจริตและแจ้งผลแก่ผู้ร้อง', 'รับเรื่องผ่านเว็บไซต์ อีเมล และกล่องรับเรื่อง ลงทะเบียนและแจ้งผลภายใน 15 วัน',
  'ฝ่ายบริหารทั่วไป (งานรับเรื่องร้องเรียน)', 'เรื่องร้องเรียนได้รับการแจ้งผลภายในกำหนดร้อยละ 100', range(0, 12), '1111101'),
 ('7', 'รายงานผลการดำเนินงานตามแผนปฏิบัติการรอบ 6 เดือนและ 12 เดือน', 'รวบรวมผลจากผู้รับผิดชอบ จัดทำรายงานเสนอผู้อำนวยการสำนักงานนิคมฯ และเผยแพร่บนเว็บไซต์',
  'ฝ่ายบริหารทั่วไป', 'มีรายงานผลครบ 2 รอบ', [6, 11], '1111101'),
]

def build():
    H = ['''<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://mapchala.ieat-estate.go.th/th/ita/plan-2569" />
<title>แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569 | สำนักงานนิคมอุตสาหกรรมมาบชลา</title>
<link rel="stylesheet" media="all" href="/themes/custom/ieat/css/style.css?t3k9q1" />
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header"><div class="container"><a href="/th" rel="home" class="site-logo"><img src="/themes/custom/ieat/logo.svg" alt="หน้าแรก" /></a>
<div class="site-name">สำนักงานนิคมอุตสาหกรรมมาบชลา<br><small>การนิคมอุตสาหกรรมแห่งประเทศไทย</small></div>
<nav role="navigation" aria-labelledby="block-ieat-main-menu-menu" class="block-menu"><ul class="menu">
<li class="menu-item"><a href="/th">หน้าหลัก</a></li><li class="menu-item"><a href="/th/about">เกี่ยวกับนิคมฯ</a></li>
<li class="menu-item"><a href="/th/service">บริการผู้ประกอบการ</a></li><li class="menu-item menu-item--active-trail"><a href="/th/ita">ITA</a></li>
<li class="menu-item"><a href="/th/contact">ติดต่อ</a></li></ul></nav></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="container">
<div class="breadcrumb"><a href="/th">หน้าหลัก</a> › <a href="/th/ita">ITA</a> › O11 แผนปฏิบัติการ</div>
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569</span></h1>
<div class="node__meta">เผยแพร่เมื่อ 24 พฤศจิกายน 2569</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p>สำนักงานนิคมอุตสาหกรรมมาบชลาได้จัดทำแผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส เพื่อขับเคลื่อนมาตรการของการนิคมอุตสาหกรรมแห่งประเทศไทยในระดับพื้นที่
และยกระดับผลการประเมิน ITA ของ กนอ. ซึ่งปี พ.ศ. 2569 ได้คะแนน 93.55 คะแนน ระดับผ่าน รายละเอียดดังนี้</p>
<table class="table-ita" border="1" cellpadding="4" cellspacing="0" style="width:100%; border-collapse:collapse; font-size:13px">
<thead>
<tr><th rowspan="2">ลำดับ</th><th rowspan="2">กิจกรรม</th><th rowspan="2">รายละเอียด/วิธีการ</th><th rowspan="2">ผู้รับผิดชอบ</th><th rowspan="2">ตัวชี้วัด</th>
<th colspan="12">ระยะเวลาดำเนินการ</th></tr>
<tr>''']
    H.append(''.join(f'<th>{m}</th>' for m in MON) + '</tr>\n</thead>\n<tbody>\n')
    for n, t, s, r, oc, months, code in A:
        cells = ''.join(f'<td style="text-align:center">{"●" if i in months else ""}</td>' for i in range(12))
        H.append(f'<tr><td style="text-align:center">{n}</td><td>{t}</td><td>{s}</td><td>{r}</td><td>{oc}</td>{cells}</tr>\n')
    H.append('''</tbody>
</table>
<p>&nbsp;</p>
<p style="text-align:right">อนุมัติ ณ วันที่ 20 พฤศจิกายน 2569<br />(นายวิทยา ศรีสมบูรณ์)<br />ผู้อำนวยการสำนักงานนิคมอุตสาหกรรมมาบชลา</p>
<p><a href="/sites/default/files/ita/O11_plan.pdf" type="application/pdf">O11_plan.pdf</a> (312.4 KB)</p>
</div>
</article></div></main>
<footer class="site-footer"><div class="container"><p>สำนักงานนิคมอุตสาหกรรมมาบชลา 88 ถนนสุขุมวิท ตำบลมาบชลา โทร 0 3860 1234</p>
<p>© 2026 การนิคมอุตสาหกรรมแห่งประเทศไทย สงวนลิขสิทธิ์ | <a href="/th/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p></div></footer>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
</body>
</html>
''')
    with open(os.path.join(ROOT, FN), 'w', encoding='utf-8') as f:
        f.write(''.join(H))
    write_truth(FN, 'plan', 2569, AG, 'activity', [unit(a[0], a[1], a[6]) for a in A], [
        'title declares FY 2569 but the plan runs ต.ค. 69 – ก.ย. 70 (FY 2570) and was published Nov 2569 - wrong fiscal year in the title',
        'activity 3: no month marked in the grid and no other period stated',
        'activity 5: responsible is "-"'],
        'Drupal 9 corporate page of an industrial-estate office (state enterprise): skip link, header, menu, breadcrumb, '
        'node meta, download link, footer. Table with a two-row header: five columns rowspan=2 and "ระยะเวลาดำเนินการ" '
        'colspan=12 over month columns ต.ค. 69 … ก.ย. 70; periods only as "●" marks. Own steps column (รายละเอียด/'
        'วิธีการ) and indicator column (= outcome). Activity 7 is the plan\'s own 6/12-month report to the director = '
        'monitoring for every activity. fiscal_year labelled 2569 as the title declares. Output never stated in a plan. '
        'Unit = activity (1–7).')

if __name__ == '__main__':
    build()
