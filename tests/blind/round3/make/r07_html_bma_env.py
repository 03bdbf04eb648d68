"""r07: สำนักสิ่งแวดล้อมเมือง กรุงเทพมหานคร - 6-month results FY2569 - Drupal page, Word table pasted into
CKEditor (border=1, <p> in cells, &nbsp;), two header rows with rowspan/colspan, contradictory score."""
from common import *

NAME = 'r07_bma_env_results_2569'
AG = 'สำนักสิ่งแวดล้อมเมือง กรุงเทพมหานคร'
TITLE = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 (รอบ 6 เดือน)'

ROWS = [
    ['1', 'มาตรการเปิดเผยข้อมูลคุณภาพอากาศและผลการดำเนินงานควบคุมฝุ่นละออง PM2.5',
     ['ประกาศค่าคุณภาพอากาศรายชั่วโมงผ่านแอปพลิเคชัน AirBKK และเว็บไซต์', 'เผยแพร่ผลการตรวจวัดควันดำรถโดยสารและรถบรรทุกรายสัปดาห์'],
     'กองจัดการคุณภาพอากาศและเสียง', 'ต.ค. 2568 – มี.ค. 2569',
     'รายงานผู้อำนวยการสำนักทุกสัปดาห์ในช่วงวิกฤตฝุ่น (ธ.ค. – มี.ค.)',
     'เผยแพร่ข้อมูลคุณภาพอากาศครบทุกชั่วโมงจากสถานีตรวจวัด 70 สถานี เผยแพร่ผลตรวจควันดำ 26 ครั้ง',
     'ประชาชนใช้ข้อมูลวางแผนป้องกันสุขภาพ มีผู้ใช้งาน AirBKK เพิ่มขึ้น 182,000 ราย'],
    ['2', 'มาตรการป้องกันการเรียกรับผลประโยชน์ในการตรวจสอบแหล่งกำเนิดมลพิษ',
     ['ตรวจสถานประกอบการเป็นทีมร่วมกับสำนักงานเขต อย่างน้อย 3 คน', 'บันทึกภาพและวิดีโอระหว่างการตรวจทุกครั้ง', 'หมุนเวียนเจ้าหน้าที่ผู้ตรวจทุก 6 เดือน'],
     'กองจัดการคุณภาพอากาศและเสียง<br>กองจัดการสิ่งแวดล้อม', 'ต.ค. 2568 – ก.ย. 2569',
     '-',
     'ตรวจสถานประกอบการ 412 แห่ง บันทึกภาพและวิดีโอครบทุกแห่ง',
     'อยู่ระหว่างดำเนินการ'],
    ['3', 'มาตรการความโปร่งใสในการจัดซื้อจัดจ้างเครื่องมือตรวจวัดคุณภาพอากาศและงานจ้างเหมาบำรุงรักษาสวนสาธารณะ',
     ['เผยแพร่ร่างขอบเขตของงาน (TOR) รับฟังความคิดเห็นไม่น้อยกว่า 3 วันทำการ', 'เชิญผู้สังเกตการณ์จากภาคประชาชนตามข้อตกลงคุณธรรม (Integrity Pact) ในโครงการวงเงินเกิน 100 ล้านบาท'],
     'สำนักงานเลขานุการ (ฝ่ายพัสดุ)', 'ต.ค. 2568 – ก.ย. 2569',
     'สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) รายงานผู้อำนวยการสำนักและเผยแพร่บนเว็บไซต์',
     'เผยแพร่ร่าง TOR 9 โครงการ จัดทำข้อตกลงคุณธรรม 1 โครงการ รายงาน สขร.1 ครบ 6 เดือน',
     'ไม่มีผู้ยื่นอุทธรณ์หรือร้องเรียนผลการจัดซื้อจัดจ้าง ประหยัดงบประมาณได้ 12.4 ล้านบาท (ร้อยละ 6.8 ของวงเงิน)'],
    ['4', 'มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการเฝ้าระวังและแจ้งเหตุเดือดร้อนรำคาญด้านสิ่งแวดล้อม',
     ['รับแจ้งเหตุผ่านระบบ Traffy Fondue และสายด่วน 1555', 'ส่งต่อเรื่องให้สำนักงานเขตภายใน 24 ชั่วโมง'],
     'กองนโยบายและแผนงาน', 'ต.ค. 2568 – มี.ค. 2569',
     'ติดตามสถานะเรื่องในระบบ Traffy Fondue ทุกวัน และรายงานในที่ประชุมผู้บริหารสำนักทุกเดือน',
     'รับแจ้งเหตุ 3,684 เรื่อง แก้ไขเสร็จสิ้น 3,211 เรื่อง (ร้อยละ 87.16)',
     'ระยะเวลาแก้ไขเรื่องเฉลี่ยลดลงจาก 9.4 วัน เหลือ 5.1 วัน'],
    ['5', 'มาตรการเสริมสร้างวัฒนธรรมองค์กรและจริยธรรมข้าราชการกรุงเทพมหานคร',
     ['จัดอบรมประมวลจริยธรรมข้าราชการกรุงเทพมหานคร', 'ประกาศเจตนารมณ์ “สำนักสิ่งแวดล้อมเมือง ไม่ทนต่อการทุจริต”'],
     'สำนักงานเลขานุการ (ฝ่ายการเจ้าหน้าที่)', 'ธ.ค. 2568 – ก.ค. 2569',
     '-',
     'ประกาศเจตนารมณ์แล้วเมื่อ 9 ธ.ค. 2568 ส่วนการอบรมอยู่ระหว่างดำเนินการ (กำหนดจัด พ.ค. 2569)',
     'อยู่ระหว่างดำเนินการ'],
    ['6', 'มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
     ['รับเรื่องผ่านศูนย์รับเรื่องร้องเรียนของสำนัก และระบบของสำนักงานตรวจสอบภายใน', 'ตรวจสอบข้อเท็จจริงและแจ้งผลผู้ร้องภายใน 30 วัน'],
     '&nbsp;', 'ต.ค. 2568 – ก.ย. 2569',
     'รายงานผลการจัดการเรื่องร้องเรียนต่อปลัดกรุงเทพมหานครทุกไตรมาส',
     'ได้รับเรื่องร้องเรียน 2 เรื่อง ตรวจสอบแล้วไม่มีมูล 1 เรื่อง อยู่ระหว่างตรวจสอบ 1 เรื่อง',
     'ผู้ร้องได้รับแจ้งผลภายใน 30 วัน'],
]


def cell(v, w=None):
    if isinstance(v, list):
        inner = ''.join('<p>- %s</p>' % x for x in v)
    else:
        inner = '<p>%s</p>' % v
    st = ' style="vertical-align:top; width:%s"' % w if w else ' style="vertical-align:top"'
    return '<td%s>%s</td>' % (st, inner)


def build():
    head = ('<thead>\n<tr>\n'
            '<th rowspan="2" style="width:4%"><p><strong>ลำดับ</strong></p></th>\n'
            '<th rowspan="2" style="width:15%"><p><strong>มาตรการ</strong></p></th>\n'
            '<th rowspan="2" style="width:18%"><p><strong>กิจกรรม/วิธีการดำเนินการ</strong></p></th>\n'
            '<th rowspan="2" style="width:11%"><p><strong>หน่วยงานผู้รับผิดชอบ</strong></p></th>\n'
            '<th rowspan="2" style="width:9%"><p><strong>ระยะเวลา</strong></p></th>\n'
            '<th rowspan="2" style="width:13%"><p><strong>การติดตามและรายงานผล</strong></p></th>\n'
            '<th colspan="2"><p><strong>ผลการดำเนินงาน (ต.ค. 2568 – มี.ค. 2569)</strong></p></th>\n'
            '</tr>\n<tr>\n'
            '<th style="width:15%"><p><strong>ผลผลิต (Output)</strong></p></th>\n'
            '<th style="width:15%"><p><strong>ผลลัพธ์ (Outcome)</strong></p></th>\n'
            '</tr>\n</thead>')
    body = '\n'.join('<tr>\n' + '\n'.join(cell(v) for v in r) + '\n</tr>' for r in ROWS)
    html = f'''<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://webportal.bangkok.go.th/environment/page/sub/24871" />
<title>{TITLE} | สำนักสิ่งแวดล้อมเมือง</title>
<link rel="stylesheet" media="all" href="/environment/themes/custom/bma_theme/css/style.css?t6yx1k" />
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header">
  <div class="container"><a href="/environment" class="site-logo"><img src="/environment/themes/custom/bma_theme/logo.svg" alt="หน้าแรก" /></a>
  <div class="site-name">สำนักสิ่งแวดล้อมเมือง<br><small>Department of Urban Environment, Bangkok Metropolitan Administration</small></div></div>
  <nav role="navigation" aria-labelledby="block-bma-theme-main-menu-menu" id="block-bma-theme-main-menu">
  <ul class="menu menu--main nav navbar-nav">
    <li class="nav-item"><a href="/environment" class="nav-link">หน้าหลัก</a></li>
    <li class="nav-item menu-item--expanded"><a href="/environment/about" class="nav-link">เกี่ยวกับหน่วยงาน</a></li>
    <li class="nav-item"><a href="/environment/air" class="nav-link">คุณภาพอากาศ</a></li>
    <li class="nav-item"><a href="/environment/park" class="nav-link">สวนสาธารณะ</a></li>
    <li class="nav-item active"><a href="/environment/ita" class="nav-link is-active">การประเมินคุณธรรมและความโปร่งใส</a></li>
  </ul></nav>
</header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div id="block-bma-theme-breadcrumbs"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol>
<li><a href="/environment">หน้าแรก</a></li><li><a href="/environment/ita">ITA</a></li><li>O12</li></ol></nav></div>
<article data-history-node-id="24871" role="article" class="node node--type-page node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">{TITLE}</span></h1>
<div class="node__meta">วันที่เผยแพร่ 22 เมษายน 2569 | จำนวนผู้เข้าชม 311</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>&nbsp;</p>
<p style="text-align:center"><strong>{TITLE}</strong></p>
<p style="text-align:center"><strong>สำนักสิ่งแวดล้อมเมือง กรุงเทพมหานคร</strong></p>
<p>&nbsp;</p>
<p><strong>1. ผลการประเมินคุณธรรมและความโปร่งใสฯ ประจำปีงบประมาณ พ.ศ. 2568</strong></p>
<p>&nbsp; &nbsp; &nbsp; &nbsp;สำนักสิ่งแวดล้อมเมืองได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานในสังกัดกรุงเทพมหานคร (BMA ITA) ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 91.35 คะแนน อยู่ในระดับ ผ่าน รายละเอียดตามตาราง</p>
<table border="1" cellpadding="0" cellspacing="0" style="width:60%">
<tbody>
<tr><td style="width:50%"><p><strong>เครื่องมือการประเมิน</strong></p></td><td style="width:20%"><p><strong>น้ำหนัก</strong></p></td><td><p><strong>คะแนน</strong></p></td></tr>
<tr><td><p>แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)</p></td><td><p>ร้อยละ 30</p></td><td><p>92.40</p></td></tr>
<tr><td><p>แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)</p></td><td><p>ร้อยละ 30</p></td><td><p>88.20</p></td></tr>
<tr><td><p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)</p></td><td><p>ร้อยละ 40</p></td><td><p>95.00</p></td></tr>
<tr><td><p><strong>คะแนนรวม</strong></p></td><td><p>&nbsp;</p></td><td><p><strong>92.18</strong></p></td></tr>
</tbody>
</table>
<p>&nbsp;</p>
<p><strong>2. ผลการดำเนินการตามมาตรการ รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)</strong></p>
<table border="1" cellpadding="0" cellspacing="0" style="width:100%">
{head}
<tbody>
{body}
</tbody>
</table>
<p>&nbsp;</p>
<p>หมายเหตุ : ผลการดำเนินงานรอบ 12 เดือน จะรายงานภายในเดือนตุลาคม 2569</p>
<p>&nbsp;</p>
<p style="margin-left:360px">ผู้รายงาน นางสาวศิริลักษณ์ วงศ์ทองดี<br />
ตำแหน่ง นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ<br />
ผู้อนุมัติ นายพิชิต ตั้งมั่นธรรม ผู้อำนวยการสำนักสิ่งแวดล้อมเมือง</p>
</div>
<div class="field field--name-field-attach"><span class="file file--mime-application-pdf file--application-pdf"><a href="/environment/sites/default/files/2026-04/ita_o12_6m_2569.pdf" type="application/pdf">ita_o12_6m_2569.pdf</a></span> (412.08 KB)</div>
</article></div></main>
<footer class="site-footer"><div class="container">
<p>สำนักสิ่งแวดล้อมเมือง กรุงเทพมหานคร เลขที่ 173 ถนนดินสอ แขวงเสาชิงช้า เขตพระนคร กรุงเทพฯ 10200 | สายด่วน 1555</p>
<p>&copy; 2026 Bangkok Metropolitan Administration</p></div></footer>
</div>
</body>
</html>
'''
    write_text(NAME + '.html', html)
    t = [r[1] for r in ROWS]
    ms = [M(1, t[0]), M(2, t[1], 'nc'), M(3, t[2]), M(4, t[3]), M(5, t[4], 'nc'), M(6, t[5], 'r')]
    write_truth(NAME + '.html', 'results', 2569, AG, 'measure', ms, problems=[
        "score: prose says BMA ITA 2568 = 91.35 but the score table total is 92.18 (which matches its weighted components)",
        "measure 2: monitoring '-'; outcome 'อยู่ระหว่างดำเนินการ'",
        "measure 5: monitoring '-'; outcome 'อยู่ระหว่างดำเนินการ'",
        "measure 6: responsible cell empty (&nbsp;)",
    ], notes="""Drupal 10 node page of a BMA department (site header, main menu, breadcrumb, meta line, attached PDF link,
        footer). The body is a Word table pasted into CKEditor: border=1, every cell text wrapped in <p>, '- ' bullet
        paragraphs for activities, &nbsp; placeholders. Two header rows: six columns rowspan=2 and 'ผลการดำเนินงาน
        (ต.ค. 2568 – มี.ค. 2569)' colspan=2 over 'ผลผลิต (Output)' / 'ผลลัพธ์ (Outcome)'; it has its own 'การติดตามและ
        รายงานผล' column. This is a SIX-MONTH (รอบ 6 เดือน) results report of FY 2569, so several outcomes are still
        'อยู่ระหว่างดำเนินการ' (missing); measure 5's output ('ประกาศเจตนารมณ์แล้ว... การอบรมอยู่ระหว่างดำเนินการ') states what was
        done so it counts. Score contradiction: prose 91.35 vs table total 92.18 (0.3*92.40+0.3*88.20+0.4*95.00 = 92.18).""")


if __name__ == '__main__':
    build()
