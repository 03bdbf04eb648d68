"""m03: ordinary WordPress (Astra theme) page, wp-block-table with thead; analysis as h3 + ol."""
import os, html
from common import *

NAME = 'm03_dlt_thungkhaoluang_measures_2570'
AG = 'สำนักงานขนส่งจังหวัดทุ่งเขาหลวง'

U = [
    dict(num='1', title='ให้บริการงานทะเบียนและใบอนุญาตขับรถตามลำดับคิวด้วยระบบบัตรคิวอัตโนมัติ',
         steps=['ใช้ระบบบัตรคิวอัตโนมัติทุกงานบริการ', 'แสดงจำนวนคิวรอผ่านจอหน้าสำนักงาน', 'จัดช่องทางพิเศษสำหรับผู้สูงอายุและผู้พิการ'],
         resp='ฝ่ายทะเบียนและภาษีรถ / ฝ่ายใบอนุญาต', period='ต.ค. 2569 – ก.ย. 2570',
         outcome='ไม่มีข้อร้องเรียนเรื่องการลัดคิวหรือการเลือกปฏิบัติ'),
    dict(num='2', title='ป้องกันการเรียกรับผลประโยชน์ในการทดสอบใบอนุญาตขับรถ',
         steps=['บันทึกภาพการทดสอบภาคปฏิบัติด้วยกล้อง CCTV', 'หมุนเวียนเจ้าหน้าที่คุมสอบทุกสัปดาห์',
                'สรุปผลการทดสอบและรายงานต่อขนส่งจังหวัดทุกเดือน'],
         resp='ฝ่ายใบอนุญาตและการขับรถ', period='ต.ค. 2569 – ก.ย. 2570',
         outcome='ผู้รับบริการเชื่อมั่นในความโปร่งใสของการทดสอบ (EIT เพิ่มขึ้น)'),
    dict(num='3', title='เปิดเผยข้อมูลค่าธรรมเนียมและขั้นตอนการให้บริการ',
         steps=['ติดประกาศอัตราค่าธรรมเนียมทุกจุดบริการ', 'เผยแพร่คู่มือบริการบนเว็บไซต์และ Line OA'],
         resp='ฝ่ายบริหารทั่วไป', period='พ.ย. – ธ.ค. 2569',
         outcome='ประชาชนทราบค่าธรรมเนียมที่ถูกต้อง ไม่ต้องผ่านตัวแทน'),
    dict(num='4', title='ควบคุมการใช้ทรัพย์สินของราชการ',
         steps=['จัดทำทะเบียนคุมการยืมครุภัณฑ์', 'ตรวจนับพัสดุประจำปี'],
         resp='ฝ่ายบริหารทั่วไป (งานพัสดุ)', period='(ระบุ)',
         outcome='ไม่มีการนำทรัพย์สินของราชการไปใช้ส่วนตัว'),
    dict(num='5', title='ปลูกจิตสำนึกความซื่อสัตย์สุจริตแก่บุคลากร',
         steps=['จัดกิจกรรมวันต่อต้านคอร์รัปชันสากล (9 ธันวาคม)', 'ลงนามบันทึกข้อตกลงคุณธรรม'],
         resp='ฝ่ายบริหารทั่วไป', period='ธ.ค. 2569',
         outcome='บุคลากรร้อยละ 100 ลงนามบันทึกข้อตกลงคุณธรรม'),
]


def build():
    rows = ''.join('<tr><td class="has-text-align-center">%s</td><td>%s</td><td><ol>%s</ol></td><td>%s</td><td>%s</td><td>%s</td></tr>\n' % (
        u['num'], html.escape(u['title']), ''.join('<li>%s</li>' % html.escape(s) for s in u['steps']),
        html.escape(u['resp']), html.escape(u['period']), html.escape(u['outcome'])) for u in U)
    page = f'''<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570 &#8211; สำนักงานขนส่งจังหวัดทุ่งเขาหลวง</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://thungkhaoluang.dlt.go.th/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='https://thungkhaoluang.dlt.go.th/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />
</head>
<body class="page-template-default page page-id-1287 wp-custom-logo ast-page-builder-template ast-no-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="64" height="64" src="/wp-content/uploads/2023/02/dlt-logo.png" class="custom-logo" alt="สำนักงานขนส่งจังหวัดทุ่งเขาหลวง" /></a>
<span class="site-title"><a href="/" rel="home">สำนักงานขนส่งจังหวัดทุ่งเขาหลวง</a></span></div>
<nav class="main-header-bar-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu">
<li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item menu-item-has-children"><a href="#">เกี่ยวกับเรา</a></li>
<li class="menu-item"><a href="#">บริการประชาชน</a></li><li class="menu-item"><a href="#">จองคิวออนไลน์</a></li>
<li class="menu-item current-menu-ancestor"><a href="#">ITA 2570</a></li><li class="menu-item"><a href="#">ติดต่อเรา</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-1287 page type-page status-publish ast-article-single" id="post-1287">
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1></header>
<div class="entry-content clear" itemprop="text">
<p class="has-text-align-center"><strong>{AG}</strong><br>กรมการขนส่งทางบก กระทรวงคมนาคม</p>
<h2 class="wp-block-heading">1. การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569</h2>
<p>ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569 สำนักงานขนส่งจังหวัดทุ่งเขาหลวงได้คะแนน <strong>85.09</strong> คะแนน อยู่ในระดับ <strong>ผ่าน</strong> โดยมีผลการวิเคราะห์ ดังนี้</p>
<h3 class="wp-block-heading">1.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</h3>
<ol class="wp-block-list"><li>ผู้รับบริการบางส่วนเห็นว่ามีการให้บริการไม่เป็นไปตามลำดับคิว (EIT)</li>
<li>ความเชื่อมั่นต่อความโปร่งใสของการทดสอบใบอนุญาตขับรถภาคปฏิบัติอยู่ในระดับต่ำ</li></ol>
<h3 class="wp-block-heading">1.2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</h3>
<ol class="wp-block-list"><li>การเปิดเผยข้อมูลค่าธรรมเนียมและขั้นตอนการให้บริการ</li><li>การใช้ทรัพย์สินของราชการ (IIT)</li>
<li>การสร้างวัฒนธรรมสุจริตในองค์กร</li></ol>
<h2 class="wp-block-heading">2. มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570</h2>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>
<th class="has-text-align-center" data-align="center">ข้อ</th><th>มาตรการ</th><th>วิธีการดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>ผลลัพธ์ที่คาดว่าจะได้รับ</th></tr></thead>
<tbody>
{rows}</tbody></table><figcaption class="wp-element-caption">ประกาศ ณ วันที่ 9 ตุลาคม 2569</figcaption></figure>
<p class="has-text-align-right">ขนส่งจังหวัดทุ่งเขาหลวง</p>
<div class="wp-block-file"><a href="/wp-content/uploads/2026/10/ITA70-measures.pdf">ITA70-measures.pdf</a><a href="/wp-content/uploads/2026/10/ITA70-measures.pdf" class="wp-block-file__button wp-element-button" download>ดาวน์โหลด</a></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><p>สำนักงานขนส่งจังหวัดทุ่งเขาหลวง 99 หมู่ 3 ถนนทุ่งเขาหลวง-ลำน้ำ โทร. 0 4351 2345 | สายด่วน 1584</p>
<p>Copyright &copy; 2026 | Powered by Astra WordPress Theme</p></div></footer></div>
<script src="https://thungkhaoluang.dlt.go.th/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>
'''
    with open(os.path.join(OUT, NAME + '.html'), 'w', encoding='utf-8') as f:
        f.write(page)
    U[1]['force'] = {'monitoring': 'present'}
    for u in U:
        u['steps'] = '\n'.join(u['steps'])
    write_truth(NAME + '.html', 'measures', 2570, AG, 'measure', U,
                ['no monitoring/reporting column or statement: monitoring stated only in measure 2 (step 3 reports to the provincial transport chief monthly)',
                 'measure 4: period "(ระบุ)" - not filled in'],
                'Ordinary WordPress (Astra) page: skip link, header menu, h1 entry-title with the FY, analysis with score '
                '85.09 ผ่าน and both NACC sections as h3 + ol; Gutenberg wp-block-table (striped) with thead, numbers in '
                'a "ข้อ" column, steps as <ol> in cells; "ผลลัพธ์ที่คาดว่าจะได้รับ" labelled outcome. Figcaption date, file '
                'download block, footer.',
                sections={'weaknesses': 'present', 'improvements': 'present'})


if __name__ == '__main__':
    build()
