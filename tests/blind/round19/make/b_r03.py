from common import *
import html
NAME = 'r03_tn_paknamphotai_results_2569.html'
AG = 'เทศบาลนครปากน้ำโพใต้'
MS = [
 dict(n='1', title='การเปิดเผยข้อมูลงบประมาณรายจ่ายประจำปีและผลการใช้จ่ายงบประมาณ',
      steps=['จัดทำรายงานผลการใช้จ่ายงบประมาณรายไตรมาส', 'เผยแพร่ผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์หน้าสำนักงาน', 'จัดทำอินโฟกราฟิกสรุปงบประมาณสำหรับประชาชน'],
      resp='กองคลัง / กองยุทธศาสตร์และงบประมาณ', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='รายงานนายกเทศมนตรีทุกไตรมาส',
      out='เผยแพร่รายงานครบ ๔ ไตรมาส และอินโฟกราฟิก ๒ ชิ้น', res='ประชาชนเข้าถึงข้อมูลงบประมาณ ยอดเข้าชม ๓,๔๑๐ ครั้ง'),
 dict(n='2', title='การลดขั้นตอนและระยะเวลาการอนุญาตก่อสร้างอาคาร (e-Permit)',
      steps=['ประกาศขั้นตอนและระยะเวลาการอนุญาต', 'เปิดรับคำขออนุญาตผ่านระบบออนไลน์', 'ติดตามคำขอที่เกินกำหนดทุกสัปดาห์'],
      resp='กองช่าง (ฝ่ายควบคุมอาคาร)', period='ธ.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='ผู้อำนวยการกองช่างสรุปรายงานรายเดือน',
      out='รับคำขอออนไลน์ ๑๒๘ ราย อนุญาตภายใน ๓๐ วันร้อยละ ๙๔', res='ระยะเวลาอนุญาตเฉลี่ยลดลงจาก ๔๒ วันเหลือ ๒๖ วัน'),
 dict(n='3', title='การป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง',
      steps=['คณะกรรมการจัดซื้อจัดจ้างลงนามแบบแสดงความไม่มีส่วนได้เสียทุกโครงการ', 'ตรวจสอบรายชื่อผู้เสนอราคากับรายชื่อญาติผู้บริหาร'],
      resp='กองคลัง (ฝ่ายพัสดุและทรัพย์สิน)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='หน่วยตรวจสอบภายในสุ่มตรวจและรายงานปีละ ๒ ครั้ง',
      out='ลงนามครบ ๒๑๒ โครงการ', res='ไม่พบกรณีผลประโยชน์ทับซ้อน ไม่มีข้อทักท้วงจาก สตง.'),
 dict(n='4', title='โครงการเสริมสร้างคุณธรรมจริยธรรมพนักงานเทศบาลและพนักงานจ้าง',
      steps=['อบรมประมวลจริยธรรมและการรับของขวัญ (No Gift Policy)', 'ศึกษาดูงานองค์กรต้นแบบ'],
      resp='สำนักปลัดเทศบาล (ฝ่ายการเจ้าหน้าที่)', period='๑๕ – ๑๖ พ.ค. ๒๕๖๙', mon='ประเมินผลการอบรมและรายงานปลัดเทศบาล',
      out='ผู้เข้าอบรม ๒๔๐ คน', res='ผู้เข้าอบรมมีความรู้เพิ่มขึ้นเฉลี่ยร้อยละ ๒๒ และไม่มีการร้องเรียนด้านจริยธรรม'),
 dict(n='5', title='การรับฟังความคิดเห็นและสำรวจความพึงพอใจผู้รับบริการศูนย์บริการประชาชน',
      steps=['ติดตั้งเครื่องประเมินความพึงพอใจ ณ จุดบริการ', 'สรุปผลรายเดือนและนำข้อเสนอแนะปรับปรุงบริการ'],
      resp='สำนักปลัดเทศบาล (ศูนย์บริการประชาชน)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='รายงานผลในที่ประชุมหัวหน้าส่วนราชการทุกเดือน',
      out='ผู้ประเมิน ๕,๘๖๒ ราย', res='ความพึงพอใจเฉลี่ยร้อยละ ๙๒.๓๕'),
]
def build():
    e = html.escape
    rows = []
    for m in MS:
        rows.append('<tr>\n<td class="text-center">%s</td>\n<td>%s</td>\n<td><ul>%s</ul></td>\n<td>%s</td>\n<td>%s</td>\n<td>%s</td>\n<td>%s</td>\n<td>%s</td>\n</tr>' % (
            th(m['n']), e(m['title']), ''.join('<li>%s</li>' % e(s) for s in m['steps']), e(m['resp']), e(m['period']), e(m['mon']), e(m['out']), e(m['res'])))
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๙ | {AG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/nakhon/css/style.min.css?v=3.2">
<style>.ita-table td,.ita-table th{{border:1px solid #999;padding:4px;vertical-align:top;font-size:14px}} .ita-table th{{background:#1f4e79;color:#fff}}</style>
</head>
<body class="page-news">
<div class="topbar"><span>โทร ๐ ๕๖๒๒ ๑๑๐๐</span> | <a href="/th/contact">ติดต่อเรา</a> | <a href="/en">EN</a></div>
<header class="site-header"><img src="/images/logo.png" alt="ตราเทศบาล"><h2>{AG}</h2><p>อำเภอเมืองนครสวรรค์ใต้ จังหวัดนครสวรรค์ใต้</p></header>
<nav class="mainmenu"><ul><li><a href="/">หน้าหลัก</a></li><li><a href="/th/about">ข้อมูลเทศบาล</a></li><li><a href="/th/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/th/ita">ITA</a></li><li><a href="/th/eservice">e-Service</a></li></ul></nav>
<div class="container"><div class="row">
<aside class="col-md-3 sidebar">
<h4>การประเมิน ITA</h4>
<ul><li><a href="/th/ita/o1">O1 โครงสร้าง</a></li><li><a href="/th/ita/o36">O36 มาตรการส่งเสริมคุณธรรมฯ</a></li><li class="active"><a href="/th/ita/o37">O37 การดำเนินการตามมาตรการฯ</a></li></ul>
<h4>ลิงก์หน่วยงาน</h4><ul><li>สำนักงาน ป.ป.ช.</li><li>กรมส่งเสริมการปกครองท้องถิ่น</li></ul>
</aside>
<main class="col-md-9">
<ol class="breadcrumb"><li>หน้าหลัก</li><li>ITA</li><li>O37</li></ol>
<h1 class="page-title">รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</h1>
<p class="meta">โพสต์เมื่อ ๒๐ พฤศจิกายน ๒๕๖๙ โดย admin_ita | อ่าน 214 ครั้ง</p>
<p>ตามที่{AG}ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน <strong>๙๓.๑๘ คะแนน</strong> ระดับ <strong>ผ่าน</strong> และได้ประกาศมาตรการส่งเสริมคุณธรรมฯ ประจำปี ๒๕๖๙ ไว้ ๕ มาตรการ เทศบาลขอรายงานผลการดำเนินการรอบ ๑๒ เดือน (๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙) ดังนี้</p>
<div class="table-responsive">
<table class="ita-table" style="border-collapse:collapse;width:100%">
<thead><tr><th>ลำดับ</th><th>มาตรการ</th><th>วิธีการ/ขั้นตอนการดำเนินการ</th><th>หน่วยงานรับผิดชอบ</th><th>ห้วงเวลา</th><th>การรายงานผล</th><th>ผลการดำเนินงาน</th><th>ผลลัพธ์/ความสำเร็จ</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></div>
<p>ทั้งนี้ เทศบาลจะนำผลการดำเนินการข้างต้นไปใช้ประกอบการจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ต่อไป</p>
<p>ไฟล์แนบ: <a href="/files/ita/o37_2569.pdf">o37_2569.pdf</a> (412 KB) ดาวน์โหลด 37 ครั้ง</p>
</main></div></div>
<footer class="site-footer"><p>© 2569 {AG} สงวนลิขสิทธิ์ | ผู้เข้าชมวันนี้ 1,204</p></footer>
</body></html>
'''
    open(os.path.join(OUT, NAME), 'w', encoding='utf-8').write(page)
    write_truth(NAME, 'results', 2569, AG, 'measure', MS, [],
        'City-municipality CMS page (topbar, menu, ITA sidebar O1/O36/O37, breadcrumb, post meta, attachment link, footer counter). '
        '8-column table: ลำดับ in Thai digits, steps as <ul>, own การรายงานผล column. ITA 2568 93.18 ผ่าน. COMPLETE.')
if __name__ == '__main__': build()
