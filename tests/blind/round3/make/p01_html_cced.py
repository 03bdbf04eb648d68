"""p01: สำนักงานพัฒนาเศรษฐกิจสร้างสรรค์ชุมชน (องค์การมหาชน) plan FY2570 - Bootstrap 5 agency site, Gantt-like
12-month grid (three header rows: span / calendar years / months), months marked with filled cells + '●',
unnumbered group rows, general monitoring paragraph after the table. COMPLETE."""
from common import *

NAME = 'p01_cced_plan_2570'
AG = 'สำนักงานพัฒนาเศรษฐกิจสร้างสรรค์ชุมชน (องค์การมหาชน)'
TITLE = 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570'
MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']
G = 'G'
ROWS = [
    (G, 'ประเด็นที่ 1 การเปิดเผยข้อมูลและการสื่อสารกับผู้มีส่วนได้ส่วนเสีย'),
    ('1', 'ปรับปรุงหน้าเว็บไซต์ “ข้อมูลสาธารณะ (OIT)” และเผยแพร่ข้อมูลให้ครบตามเกณฑ์',
     'ทบทวนรายการข้อมูลตามคู่มือ ITA 2570 / มอบหมายเจ้าของข้อมูล / ตรวจทานก่อนนำขึ้นเว็บไซต์',
     'ฝ่ายสื่อสารองค์กร', range(0, 12), 'ข้อมูลครบถ้วนตามเกณฑ์ OIT ร้อยละ 100'),
    ('2', 'เผยแพร่รายงานผลการใช้จ่ายงบประมาณและผลการจัดซื้อจัดจ้างรายไตรมาส',
     'ฝ่ายบัญชีและการเงินจัดทำรายงาน / ฝ่ายพัสดุสรุปผลจัดซื้อจัดจ้าง / เผยแพร่ภายใน 15 วันหลังสิ้นไตรมาส',
     'ฝ่ายบัญชีและการเงิน<br>ฝ่ายพัสดุ', [0, 3, 6, 9], 'เผยแพร่ครบ 4 ไตรมาส ภายในกำหนด'),
    ('3', 'จัดเวทีรับฟังความคิดเห็นเครือข่ายผู้ประกอบการสร้างสรรค์ชุมชน 4 ภูมิภาค',
     'จัดเวทีภูมิภาคละ 1 ครั้ง / สรุปข้อเสนอแนะ / แจ้งผลการนำข้อเสนอแนะไปปรับปรุงกลับไปยังเครือข่าย',
     'ฝ่ายเครือข่ายและพันธมิตร', [2, 3, 4, 5], 'ผู้เข้าร่วมไม่น้อยกว่า 400 ราย นำข้อเสนอแนะไปปรับปรุงอย่างน้อย 3 เรื่อง'),
    (G, 'ประเด็นที่ 2 การป้องกันการทุจริตและการบริหารความเสี่ยง'),
    ('4', 'ประเมินความเสี่ยงการทุจริตในกระบวนการพิจารณาให้ทุนสนับสนุนโครงการชุมชน',
     'วิเคราะห์กระบวนงาน / ระบุความเสี่ยง / กำหนดมาตรการควบคุม เช่น การแสดงความไม่มีส่วนได้เสียของกรรมการพิจารณาทุน',
     'ฝ่ายตรวจสอบภายใน<br>ฝ่ายทุนและโครงการ', [1, 2, 3], 'มีแผนบริหารความเสี่ยงการทุจริต 1 ฉบับ'),
    ('5', 'ประกาศเจตนารมณ์และนโยบายไม่รับของขวัญ (No Gift Policy) ของผู้บริหารและพนักงาน',
     'ผู้อำนวยการประกาศนโยบาย / สื่อสารถึงคู่ค้าและเครือข่าย / รณรงค์ช่วงเทศกาลปีใหม่',
     'ฝ่ายทรัพยากรบุคคล', [2, 3], 'พนักงานร้อยละ 100 รับทราบนโยบาย'),
    (G, 'ประเด็นที่ 3 การเสริมสร้างวัฒนธรรมองค์กร'),
    ('6', 'อบรมหลักสูตรต้านทุจริตศึกษา (Anti-Corruption Education) สำหรับพนักงานใหม่และพนักงานทุกระดับ',
     'ลงทะเบียนเรียนหลักสูตรออนไลน์ของสำนักงาน ป.ป.ช. / รวบรวมวุฒิบัตร / จัดกิจกรรมแลกเปลี่ยนเรียนรู้',
     'ฝ่ายทรัพยากรบุคคล', [4, 5, 6, 7], 'พนักงานผ่านการอบรมร้อยละ 90'),
    ('7', 'สำรวจการรับรู้ของพนักงานต่อการบริหารงานอย่างโปร่งใส (ประเมินตนเองก่อนการประเมิน IIT)',
     'จัดทำแบบสำรวจออนไลน์ / วิเคราะห์ผล / เสนอผู้บริหารเพื่อปรับปรุง',
     'ฝ่ายยุทธศาสตร์และแผน', [6, 7], 'มีรายงานผลการสำรวจเสนอผู้บริหาร 1 ฉบับ'),
]


def build():
    th = ('<thead class="table-light align-middle text-center">\n'
          '<tr><th rowspan="3" style="width:3%">ที่</th><th rowspan="3" style="width:20%">กิจกรรม</th>'
          '<th rowspan="3" style="width:20%">แนวทางการดำเนินงาน</th><th rowspan="3" style="width:10%">ผู้รับผิดชอบ</th>'
          '<th colspan="12">ระยะเวลาดำเนินการ (ปีงบประมาณ พ.ศ. 2570)</th><th rowspan="3" style="width:13%">ตัวชี้วัด/ค่าเป้าหมาย</th></tr>\n'
          '<tr><th colspan="3">พ.ศ. 2569</th><th colspan="9">พ.ศ. 2570</th></tr>\n'
          '<tr>' + ''.join('<th class="month">%s</th>' % m for m in MONTHS) + '</tr>\n</thead>')
    body = []
    for r in ROWS:
        if r[0] == G:
            body.append('<tr class="group"><td colspan="17" class="fw-bold bg-warning-subtle">%s</td></tr>' % r[1])
            continue
        n, act, how, resp, months, kpi = r
        cells = ''.join('<td class="m on">●</td>' if i in months else '<td class="m"></td>' for i in range(12))
        body.append('<tr><td class="text-center">%s</td><td>%s</td><td>%s</td><td>%s</td>%s<td>%s</td></tr>'
                    % (n, act, how, resp, cells, kpi))
    html = f'''<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ITA 2570 | {AG}</title>
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
<link href="https://fonts.googleapis.com/css2?family=Prompt:wght@300;500&family=Sarabun&display=swap" rel="stylesheet">
<style>
body{{font-family:'Sarabun',sans-serif}} h1,h2,.navbar{{font-family:'Prompt',sans-serif}}
td.m{{width:2.2%;text-align:center;font-size:.8rem}} td.m.on{{background:#2e7d32;color:#fff}}
.table-plan td{{vertical-align:top;font-size:.92rem}}
</style>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-dark sticky-top"><div class="container">
<a class="navbar-brand" href="/"><img src="/assets/img/cced-logo-white.svg" height="36" alt="CCED"> CCED</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">
<li class="nav-item"><a class="nav-link" href="/about">เกี่ยวกับเรา</a></li>
<li class="nav-item"><a class="nav-link" href="/programs">โครงการ</a></li>
<li class="nav-item"><a class="nav-link" href="/news">ข่าวสาร</a></li>
<li class="nav-item"><a class="nav-link active" aria-current="page" href="/ita">ITA</a></li>
<li class="nav-item"><a class="nav-link" href="/en">EN</a></li></ul></div></div></nav>
<section class="py-4 bg-light border-bottom"><div class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb mb-1"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/ita">ITA</a></li><li class="breadcrumb-item active" aria-current="page">ITA 2570</li></ol></nav>
<h1 class="h3 mb-0">{TITLE}</h1>
<p class="text-muted mb-0">{AG} &middot; อัปเดตล่าสุด 3 พฤศจิกายน 2569</p></div></section>
<main class="container-fluid px-4 py-4">
<div class="row"><div class="col-lg-2 d-none d-lg-block">
<div class="list-group small sticky-top" style="top:80px">
<a class="list-group-item list-group-item-action" href="/ita/2570/o1">O1 โครงสร้าง</a>
<a class="list-group-item list-group-item-action" href="/ita/2570/o10">O10 แผนการดำเนินงาน</a>
<a class="list-group-item list-group-item-action active" href="/ita/2570/plan">แผนการขับเคลื่อนฯ</a>
<a class="list-group-item list-group-item-action" href="/ita/2570/o37">มาตรการส่งเสริมคุณธรรมฯ</a></div></div>
<div class="col-lg-10">
<p>สำนักงานพัฒนาเศรษฐกิจสร้างสรรค์ชุมชน (องค์การมหาชน) ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 จำนวน <strong>96.40 คะแนน</strong> ระดับ <strong>ผ่าน</strong> เพื่อรักษาระดับผลการประเมินและยกระดับการดำเนินงานด้านคุณธรรมและความโปร่งใส จึงได้จัดทำแผนการขับเคลื่อนฯ ประจำปีงบประมาณ พ.ศ. 2570 ดังนี้</p>
<div class="table-responsive">
<table class="table table-bordered table-sm table-plan">
{th}
<tbody>
{chr(10).join(body)}
</tbody>
</table></div>
<p class="small text-muted">หมายเหตุ ● / ช่องทึบ หมายถึง เดือนที่ดำเนินการ</p>
<h2 class="h5 mt-4">การติดตามและรายงานผล</h2>
<p>ฝ่ายยุทธศาสตร์และแผนติดตามความก้าวหน้าของทุกกิจกรรมตามแผนเป็นรายไตรมาส และรายงานต่อคณะอนุกรรมการกำกับดูแลกิจการที่ดีทุกไตรมาส รวมทั้งรายงานผลการดำเนินงานรอบ 6 เดือน และรอบ 12 เดือน ต่อคณะกรรมการบริหารสำนักงานฯ และเผยแพร่บนเว็บไซต์</p>
<p class="mt-4 text-end">อนุมัติแผน ณ วันที่ 30 ตุลาคม 2569<br>นางสาวศิรินทร์ รุ่งโรจน์ภิญโญ<br>ผู้อำนวยการสำนักงานพัฒนาเศรษฐกิจสร้างสรรค์ชุมชน</p>
<a class="btn btn-outline-success btn-sm" href="/files/ita/2570/ita-plan-2570.pdf"><i class="bi bi-download"></i> ดาวน์โหลด PDF</a>
</div></div></main>
<footer class="bg-dark text-white-50 py-3 small"><div class="container">&copy; 2569 สำนักงานพัฒนาเศรษฐกิจสร้างสรรค์ชุมชน (องค์การมหาชน) 120 อาคารรัฐประศาสนภักดี ถนนแจ้งวัฒนะ กรุงเทพฯ 10210</div></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
'''
    write_text(NAME + '.html', html)
    ms = [M(r[0], r[1], 'o') for r in ROWS if r[0] != G]
    write_truth(NAME + '.html', 'plan', 2570, AG, 'activity', ms, problems=[],
                notes="""COMPLETE. Bootstrap 5 site of a public organisation (navbar, breadcrumb, left list-group menu, footer).
        Plan table with THREE header rows: 'ระยะเวลาดำเนินการ (ปีงบประมาณ พ.ศ. 2570)' colspan=12 / calendar years 'พ.ศ. 2569'
        (3 months) and 'พ.ศ. 2570' (9 months) / month abbreviations ต.ค.–ก.ย.; the period of each activity is shown
        ONLY by filled month cells containing '●' (class 'm on'). Unnumbered colspan=17 group rows 'ประเด็นที่ 1–3'
        are not activities; activities 1–7 are numbered in 'ที่'. The unit is the activity (a plan). 'แนวทางการดำเนินงาน'
        gives '/'-separated steps; 'ตัวชี้วัด/ค่าเป้าหมาย' is taken as the outcome; no output. Monitoring is stated once,
        in the 'การติดตามและรายงานผล' section after the table, and covers all activities. Score ITA 2569 96.40 ผ่าน.""")


if __name__ == '__main__':
    build()
