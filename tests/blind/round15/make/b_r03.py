# r03: เทศบาลนครภูพานราช — results FY2569, HTML CMS page; NEW: table grouped by responsible unit (group rows carry the responsible)
import os, html
from common import *

FN = 'r03_tn_phuphanrat_results_2569.html'
AG = 'เทศบาลนครภูพานราช'
TITLE = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
G = [
 ('สำนักปลัดเทศบาล', [
  dict(n='1', title='มาตรการส่งเสริมการปฏิบัติตามประมวลจริยธรรมของพนักงานเทศบาล',
       steps=['ชี้แจงประมวลจริยธรรมในการประชุมประจำเดือน', 'จัดทำคู่มือแนวทางปฏิบัติตนฉบับพกพา', 'ประเมินการรับรู้ของพนักงานด้วยแบบสอบถาม'],
       period='พ.ย. 2568 – ก.ค. 2569', out='ชี้แจงในที่ประชุม 9 ครั้ง แจกคู่มือ 640 เล่ม ผู้ตอบแบบสอบถาม 588 คน',
       oc='พนักงานรับรู้ประมวลจริยธรรม ร้อยละ 93.2 ไม่มีการร้องเรียนด้านจริยธรรม', mon='สรุปผลรายงานนายกเทศมนตรีทุก 6 เดือน'),
  dict(n='2', title='มาตรการจัดการเรื่องร้องเรียนผ่านศูนย์รับเรื่องราวร้องทุกข์เทศบาล',
       steps=['รับเรื่องผ่าน 5 ช่องทาง (โทร 1132 ต่อ 0, เว็บไซต์, Line OA, Facebook, ติดต่อด้วยตนเอง)', 'ส่งเรื่องให้กองที่เกี่ยวข้องภายใน 1 วันทำการ', 'แจ้งผลผู้ร้องภายใน 15 วัน'],
       period='ต.ค. 2568 – ก.ย. 2569', out='รับเรื่องร้องเรียน 1,246 เรื่อง ดำเนินการแล้วเสร็จ 1,231 เรื่อง',
       oc='ผู้ร้องพึงพอใจต่อการแก้ไขปัญหา ร้อยละ 88.75', mon='รายงานสถิติเรื่องร้องเรียนต่อผู้บริหารทุกเดือน และเผยแพร่บนเว็บไซต์ทุกไตรมาส'),
 ]),
 ('กองคลัง', [
  dict(n='3', title='มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการบริหารพัสดุ',
       steps=['เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีภายใน 30 วันหลังงบประมาณอนุมัติ', 'เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', 'จัดทำรายงานผลการจัดซื้อจัดจ้างประจำปี'],
       period='ต.ค. 2568 – ต.ค. 2569', out='เผยแพร่แผนเมื่อ 12 พ.ย. 2568 เผยแพร่ สขร.1 ครบ 12 เดือน',
       oc='คะแนน OIT ด้านการจัดซื้อจัดจ้าง (o12–o16) ได้ 100 คะแนน', mon='หัวหน้าฝ่ายพัสดุตรวจสอบทุกสิ้นเดือนและรายงานผู้อำนวยการกองคลัง'),
  dict(n='4', title='มาตรการลดการใช้ดุลพินิจในการประเมินภาษีที่ดินและสิ่งปลูกสร้าง',
       steps=['ประกาศหลักเกณฑ์และอัตราภาษีให้ประชาชนทราบ', 'ให้บริการคำนวณภาษีผ่านระบบออนไลน์', 'ติดตั้งจอแสดงขั้นตอนการให้บริการ ณ จุดชำระภาษี'],
       period='ม.ค. – ส.ค. 2569', out='เปิดระบบคำนวณภาษีออนไลน์ เมื่อ 2 ก.พ. 2569 มีผู้ใช้งาน 3,418 ครั้ง',
       oc='ระยะเวลาให้บริการเฉลี่ยลดลงจาก 25 นาที เหลือ 9 นาที', mon='-'),
 ]),
 ('กองช่าง', [
  dict(n='5', title='มาตรการความโปร่งใสในการอนุญาตก่อสร้างอาคาร',
       steps=['จัดทำคู่มือสำหรับประชาชนและประกาศระยะเวลาพิจารณาอนุญาต', 'ให้ติดตามสถานะคำขอผ่านระบบออนไลน์', 'สุ่มตรวจคำขอที่เกินระยะเวลา'],
       period='ต.ค. 2568 – ก.ย. 2569', out='พิจารณาคำขออนุญาต 412 ราย ภายในกำหนด 405 ราย',
       oc='คำขอได้รับการพิจารณาภายในระยะเวลาที่ประกาศ ร้อยละ 98.30', mon='รายงานผลการพิจารณาคำขอต่อปลัดเทศบาลทุกไตรมาส'),
 ]),
 ('กองการศึกษา', [
  dict(n='6', title='กิจกรรมโรงเรียนสุจริตในสังกัดเทศบาล',
       steps=['จัดค่ายเยาวชนสุจริตให้นักเรียนแกนนำ', 'ส่งเสริมกิจกรรมร้านค้าความดีในโรงเรียน 6 แห่ง'],
       period='มิ.ย. – ก.ย. 2569', out='จัดค่าย 1 ครั้ง นักเรียนแกนนำ 180 คน ร้านค้าความดีครบ 6 โรงเรียน',
       oc='', mon='ศึกษานิเทศก์ติดตามผลในโรงเรียนและรายงานผู้อำนวยการกองการศึกษา'),
 ]),
 ('(ระบุ)', [
  dict(n='7', title='มาตรการส่งเสริมการมีส่วนร่วมของภาคประชาชนในการเฝ้าระวังการทุจริต',
       steps=['จัดตั้งเครือข่ายอาสาสมัครเฝ้าระวังการทุจริตระดับชุมชน', 'อบรมเครือข่ายชุมชน 32 ชุมชน'],
       period='ก.พ. – ส.ค. 2569', out='จัดตั้งเครือข่าย 32 ชุมชน สมาชิก 256 คน อบรม 2 ครั้ง',
       oc='ชุมชนมีช่องทางแจ้งเบาะแสการทุจริต มีการแจ้งข้อมูล 4 เรื่อง', mon='ประชุมติดตามผลเครือข่ายทุก 3 เดือน'),
 ]),
]
M = []
for unit, ms in G:
    for m in ms:
        m['resp'] = unit
        M.append(m)

def cell(v):
    ls = lines(v)
    if len(ls) > 1:
        return '<ul class="list-in-table">' + ''.join('<li>%s</li>' % html.escape(x) for x in ls) + '</ul>'
    return html.escape(ls[0])

def build():
    rows = []
    for unit, ms in G:
        rows.append('<tr class="group-row"><td colspan="7"><strong>หน่วยงานผู้รับผิดชอบ : %s</strong></td></tr>' % html.escape(unit))
        for m in ms:
            rows.append('<tr>' + ''.join('<td%s>%s</td>' % (a, cell(v)) for a, v in [
                (' class="text-center"', m['n']), ('', m['title']), ('', m['steps']), (' class="text-center"', m['period']),
                ('', m['out']), ('', m['oc']), ('', m['mon'])]) + '</tr>')
    body = '\n'.join(rows)
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} | {AG}</title>
<link rel="stylesheet" href="/themes/phuphanrat/css/bootstrap.min.css">
<link rel="stylesheet" href="/themes/phuphanrat/css/style.css?v=2.4.1">
<style>
.group-row td{{background:#fff3cd;color:#7a4a00}}
.table-ita th{{background:#0b5394;color:#fff;text-align:center;vertical-align:middle}}
.table-ita td{{vertical-align:top;font-size:15px}}
.list-in-table{{padding-left:18px;margin:0}}
</style>
</head>
<body class="page-article">
<div class="topbar"><div class="container">โทร 0 4251 1132 | saraban@phuphanrat.go.th | <a href="/sitemap">แผนผังเว็บไซต์</a> | <a href="/en">EN</a></div></div>
<header class="site-header"><div class="container">
 <img src="/themes/phuphanrat/img/logo.png" alt="ตราเทศบาลนครภูพานราช" width="90">
 <div class="site-name"><h1>เทศบาลนครภูพานราช</h1><p>Phuphanrat City Municipality</p></div>
</div></header>
<nav class="navbar"><ul>
 <li><a href="/">หน้าหลัก</a></li><li><a href="/about">ข้อมูลพื้นฐาน</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li>
 <li><a href="/eservice">E-Service</a></li><li class="active"><a href="/ita">ITA</a></li><li><a href="/contact">ติดต่อเรา</a></li>
</ul></nav>
<div class="container"><div class="row">
<aside class="col-md-3 sidebar">
 <div class="box"><h4>การประเมิน ITA</h4><ul>
  <li><a href="/ita/o1">o1 โครงสร้าง</a></li><li><a href="/ita/o2">o2 ข้อมูลผู้บริหาร</a></li>
  <li><a href="/ita/o35">o35 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</a></li><li><a href="/ita/o36">o36 รายงานผลการดำเนินการตามมาตรการ</a></li>
 </ul></div>
 <div class="box"><h4>สถิติผู้เข้าชม</h4><p>วันนี้ 412<br>เดือนนี้ 11,835<br>ทั้งหมด 1,204,557</p></div>
</aside>
<main class="col-md-9">
<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/ita">ITA 2570</a></li><li class="active">o36</li></ol>
<article>
<h2 class="article-title">{TITLE}</h2>
<p class="meta">โดย กองยุทธศาสตร์และงบประมาณ | เผยแพร่ 18 ธันวาคม 2569 | อ่าน 87 ครั้ง</p>
<p>เทศบาลนครภูพานราชได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 7 มาตรการ
โดยมอบหมายให้สำนัก/กองรับผิดชอบตามภารกิจ ผลการประเมิน ITA ปี 2568 ได้ 89.63 คะแนน (ระดับ ผ่าน) ผลการดำเนินการตามมาตรการ แยกตามหน่วยงานผู้รับผิดชอบ มีดังนี้</p>
<div class="table-responsive">
<table class="table table-bordered table-ita">
<thead><tr><th width="5%">ลำดับ</th><th width="18%">มาตรการ/กิจกรรม</th><th width="20%">วิธีการดำเนินการ</th><th width="10%">ระยะเวลา</th><th width="17%">ผลการดำเนินการ</th><th width="15%">ผลลัพธ์</th><th width="15%">การติดตามผล</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
</div>
<p>ข้อมูล ณ วันที่ 30 กันยายน 2569</p>
<p style="text-align:right">กองยุทธศาสตร์และงบประมาณ<br>เทศบาลนครภูพานราช</p>
<div class="attach"><a href="/files/ita2570/o36.pdf">ดาวน์โหลดเอกสาร (PDF)</a></div>
</article>
</main>
</div></div>
<footer class="site-footer"><div class="container">เทศบาลนครภูพานราช 99 ถนนภูพาน ตำบลในเมือง อำเภอเมือง จังหวัดภูพานราช 47000 &copy; 2569</div></footer>
</body>
</html>
'''
    write(FN, page)
    write_truth(FN, 'results', 2569, AG, 'measure', M,
        ['measure 4: monitoring is \'-\'', 'measure 6: outcome cell left blank',
         'measure 7: listed under the group row \'หน่วยงานผู้รับผิดชอบ : (ระบุ)\' - no responsible unit'],
        'NEW FORM: the table has NO responsible column; it is grouped by responsible unit - colspan group rows '
        '\'หน่วยงานผู้รับผิดชอบ : สำนักปลัดเทศบาล / กองคลัง / กองช่าง / กองการศึกษา\' - and each measure\'s responsible unit is the group row '
        'above it (group rows are not measures). The last group row is the unfilled placeholder \'(ระบุ)\', so measure 7 has no responsible. '
        'Municipal CMS page with top bar, nav, ITA sidebar, counter, breadcrumb, post meta; steps as <ul> in cells. ITA 2568 89.63 ผ่าน. Unit = measure.')

if __name__ == '__main__':
    build()
