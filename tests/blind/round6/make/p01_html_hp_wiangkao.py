"""p01: อุทยานประวัติศาสตร์เวียงเก่า plan FY2570 - a WordPress + Elementor page in which the plan 'table' is NOT a
<table>: it is a CSS-grid of <div role="row"> / <div role="cell"> blocks (a page-builder table widget).  Group rows
'มาตรการที่ n …' span the grid; activities n.1, n.2 … each have their own period and unit; a general monitoring
section follows."""
import html
from common import *

NAME = 'p01_hp_wiangkao_plan_2570'
AG = 'อุทยานประวัติศาสตร์เวียงเก่า'
COLS = ['ลำดับ', 'กิจกรรม', 'รายละเอียดการดำเนินการ', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'ตัวชี้วัด']
ROWS = [
    ('G', 'มาตรการที่ 1 เปิดเผยข้อมูลการจัดเก็บค่าเข้าชมโบราณสถานและการใช้จ่ายเงินรายได้'),
    ('1.1', 'ประกาศอัตราค่าเข้าชมและรายได้ค่าเข้าชมรายเดือน',
     ['ติดประกาศอัตราค่าเข้าชม ณ จุดจำหน่ายบัตรทุกจุด', 'เผยแพร่ยอดรายได้ค่าเข้าชมรายเดือนบนเว็บไซต์'],
     'ต.ค. 2569 – ก.ย. 2570', 'งานบริหารทั่วไป', 'เผยแพร่ครบ 12 เดือน'),
    ('1.2', 'จำหน่ายบัตรเข้าชมผ่านระบบ e-Ticket และชำระเงินผ่าน QR Code',
     ['ติดตั้งระบบ e-Ticket ที่ประตูทางเข้า 2 จุด', 'ปิดการรับเงินสดที่จุดจำหน่ายบัตรหลัก'],
     'ม.ค. – มี.ค. 2570', 'งานบริการการท่องเที่ยวและประชาสัมพันธ์', 'รายได้ค่าเข้าชมผ่านระบบอิเล็กทรอนิกส์ไม่น้อยกว่าร้อยละ 80'),
    ('G', 'มาตรการที่ 2 ป้องกันการเรียกรับผลประโยชน์ในการอนุญาตใช้พื้นที่โบราณสถาน'),
    ('2.1', 'ประกาศหลักเกณฑ์และค่าธรรมเนียมการขออนุญาตถ่ายทำภาพยนตร์และจัดกิจกรรมในเขตโบราณสถาน',
     ['จัดทำประกาศหลักเกณฑ์การพิจารณา', 'เผยแพร่แบบคำขอและอัตราค่าธรรมเนียมบนเว็บไซต์'],
     'ต.ค. – ธ.ค. 2569', 'งานโบราณคดีและอนุรักษ์', 'ประกาศหลักเกณฑ์ 1 ฉบับ'),
    ('2.2', 'พิจารณาคำขออนุญาตโดยคณะกรรมการอย่างน้อย 3 คน',
     ['แต่งตั้งคณะกรรมการพิจารณาคำขอ', 'บันทึกเหตุผลการอนุญาตหรือไม่อนุญาตทุกคำขอ'],
     'ต.ค. 2569 – ก.ย. 2570', 'หัวหน้าอุทยานประวัติศาสตร์ / คณะกรรมการ', 'คำขอได้รับการพิจารณาภายใน 15 วันทำการ ร้อยละ 100'),
    ('2.3', 'เปิดช่องทางร้องเรียนการเรียกรับผลประโยชน์ของเจ้าหน้าที่',
     ['ติดป้าย QR Code รับเรื่องร้องเรียน ณ จุดบริการ', 'ส่งเรื่องร้องเรียนถึงสำนักศิลปากรที่ 14 โดยตรง'],
     'ต.ค. 2569 – ก.ย. 2570', '', 'มีช่องทางร้องเรียนที่ผู้รับบริการเข้าถึงได้'),
    ('G', 'มาตรการที่ 3 ป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน'),
    ('3.1', 'ควบคุมการยืมใช้รถกอล์ฟไฟฟ้าและอุปกรณ์จัดงานของอุทยาน',
     ['จัดทำทะเบียนคุมการยืม', 'ตรวจนับอุปกรณ์ทุกสิ้นเดือน'],
     'ต.ค. 2569 – ก.ย. 2570', 'งานบริหารทั่วไป (พัสดุ)', 'ไม่พบการนำทรัพย์สินไปใช้ส่วนตัว'),
    ('G', 'มาตรการที่ 4 เสริมสร้างวัฒนธรรมองค์กรที่ไม่ทนต่อการทุจริต'),
    ('4.1', 'ประกาศนโยบาย No Gift Policy และจัดกิจกรรมประกาศเจตนารมณ์',
     ['หัวหน้าอุทยานฯ ประกาศนโยบาย', 'บุคลากรร่วมประกาศเจตนารมณ์'],
     '-', 'หัวหน้าอุทยานประวัติศาสตร์เวียงเก่า', 'บุคลากรเข้าร่วมร้อยละ 100'),
    ('4.2', 'อบรมความรู้เรื่องผลประโยชน์ทับซ้อนสำหรับเจ้าหน้าที่และลูกจ้าง',
     ['จัดอบรมร่วมกับสำนักศิลปากรที่ 14', 'ทดสอบความรู้ก่อนและหลังการอบรม'],
     'มี.ค. 2570', 'งานบริหารทั่วไป', 'ผู้เข้าอบรมผ่านแบบทดสอบร้อยละ 90'),
]


def e(s):
    return html.escape(s, quote=False)


def build():
    o = ['''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570 &#8211; อุทยานประวัติศาสตร์เวียงเก่า</title>
<meta name="generator" content="WordPress 6.6.2">
<meta name="generator" content="Elementor 3.24.5; features: e_font_icon_svg; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="https://wiangkao-hp.finearts.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.5" media="all">
<style id="ita-divtable-css">
.ita-dt{display:grid;grid-template-columns:60px 2fr 3fr 1.2fr 1.6fr 1.6fr;border-top:1px solid #8a6d3b;border-left:1px solid #8a6d3b;font-size:15px}
.ita-dt [role=row]{display:contents}
.ita-dt [role=cell],.ita-dt [role=columnheader]{border-right:1px solid #8a6d3b;border-bottom:1px solid #8a6d3b;padding:6px 8px}
.ita-dt [role=columnheader]{background:#8a6d3b;color:#fff;font-weight:700;text-align:center}
.ita-dt .dt-group{grid-column:1 / -1;background:#f3ead7;font-weight:700}
@media (max-width:767px){.ita-dt{grid-template-columns:1fr}.ita-dt [role=columnheader]{display:none}
.ita-dt [role=cell]::before{content:attr(data-col) " : ";font-weight:700}}
</style>
</head>
<body class="page-template-default page page-id-1287 elementor-default elementor-kit-6 elementor-page elementor-page-1287">
<div id="page" class="site">
<header class="site-header"><div class="elementor elementor-25 elementor-location-header">
  <div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container">
    <img src="/wp-content/uploads/2024/02/logo-finearts.png" alt="กรมศิลปากร" width="64" height="64"></div></div>
  <div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
    <p class="elementor-heading-title">อุทยานประวัติศาสตร์เวียงเก่า<br><small>สำนักศิลปากรที่ 14 กรมศิลปากร</small></p></div></div>
  <nav class="elementor-nav-menu"><ul><li><a href="/">หน้าแรก</a></li><li><a href="/about/">เกี่ยวกับอุทยานฯ</a></li><li><a href="/visit/">ข้อมูลการเข้าชม</a></li><li class="current-menu-ancestor"><a href="/ita/">ITA</a></li><li><a href="/contact/">ติดต่อเรา</a></li></ul></nav>
</div></header>
<main id="content" class="site-main">
<div data-elementor-type="wp-page" data-elementor-id="1287" class="elementor elementor-1287">
<section class="elementor-section elementor-top-section"><div class="elementor-container">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p style="text-align:center"><strong>อุทยานประวัติศาสตร์เวียงเก่า</strong></p>
<p>อุทยานประวัติศาสตร์เวียงเก่าได้นำข้อเสนอแนะจากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของกรมศิลปากร ประจำปีงบประมาณ พ.ศ. 2569 (88.71 คะแนน ผ่าน) มาจัดทำแผนการขับเคลื่อนฯ ประกอบด้วย 4 มาตรการ 8 กิจกรรม ดังนี้</p>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-html"><div class="elementor-widget-container">
<div class="ita-dt" role="table" aria-label="แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570">
  <div role="row">''']
    o.append(''.join('<div role="columnheader">%s</div>' % c for c in COLS) + '</div>\n')
    for r in ROWS:
        if r[0] == 'G':
            o.append('  <div role="row"><div role="cell" class="dt-group">%s</div></div>\n' % e(r[1]))
            continue
        no, act, steps, per, resp, ind = r
        cells = [no, e(act), '<br>'.join('- ' + e(s) for s in steps), e(per), e(resp), e(ind)]
        o.append('  <div role="row">' + ''.join('<div role="cell" data-col="%s">%s</div>' % (COLS[i], c)
                                                 for i, c in enumerate(cells)) + '</div>\n')
    o.append('''</div>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<h3>การติดตามและรายงานผล</h3>
<p>งานบริหารทั่วไปติดตามความก้าวหน้าของทุกกิจกรรมในการประชุมประจำเดือนของอุทยานฯ และรายงานผลการดำเนินงานตามแผนต่อสำนักศิลปากรที่ 14 รอบ 6 เดือน (ภายในเมษายน 2570) และรอบ 12 เดือน (ภายในตุลาคม 2570)</p>
<p style="text-align:right">อนุมัติแผน ณ วันที่ 12 ตุลาคม 2569<br>(นางพิมพ์ชนก เวียงคำ)<br>หัวหน้าอุทยานประวัติศาสตร์เวียงเก่า</p>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<a class="elementor-button" href="/wp-content/uploads/2569/10/ita70-plan.pdf"><span class="elementor-button-text">ดาวน์โหลดไฟล์ PDF</span></a></div></div>
</div></section>
</div>
</main>
<footer class="site-footer"><p>&copy; 2569 อุทยานประวัติศาสตร์เวียงเก่า | โทร. 0 5571 4420 | ผู้เข้าชมวันนี้ 318 คน</p></footer>
</div>
</body>
</html>
''')
    write_text(NAME + '.html', ''.join(o))

    spec = {'2.3': 'or', '4.1': 'op'}
    ms = [M(r[0], r[1], spec.get(r[0], 'o')) for r in ROWS if r[0] != 'G']
    write_truth(NAME + '.html', 'plan', 2570, AG, 'activity', ms, problems=[
        "activity 2.3: ผู้รับผิดชอบ cell empty",
        "activity 4.1: ระยะเวลา '-'",
    ], notes="""WordPress + Elementor page (site header/nav/footer, download button). The plan table is a DIV GRID, not
        a <table>: <div class="ita-dt" role="table"> with <div role="row"> (display:contents) and <div role="cell"
        data-col="…"> children, six columns ลำดับ / กิจกรรม / รายละเอียดการดำเนินการ ('- ' lines joined by <br>) /
        ระยะเวลา / ผู้รับผิดชอบ / ตัวชี้วัด. Four group rows (one cell spanning the grid) name the MEASURES 'มาตรการที่ 1–4 …'
        but carry no period or unit; the activities 1.1–4.2 under them each have their own period and responsible unit,
        so unit = activity (8 activities, as the intro says '4 มาตรการ 8 กิจกรรม'); the measure group rows are not
        counted. Monitoring comes from the general 'การติดตามและรายงานผล' section after the grid (counts for every
        activity). ตัวชี้วัด labelled outcome; output missing (plan). Activity 4.2's period is a single month (มี.ค. 2570) -
        present. Score 88.71 ผ่าน consistent.""")


if __name__ == '__main__':
    build()
