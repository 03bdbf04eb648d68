"""p03: เทศบาลตำบล plan FY2570 - Joomla article page; group rows 'มาตรการที่ n' over activities n.m (unit = activity);
no steps column; activity 3.2 = the plan's own follow-up/report."""
import html
from common import *
NAME = 'p03_tt_huaikrachaotai_plan_2570.html'
AG = 'เทศบาลตำบลห้วยกระเจาใต้'
G = [
 ('มาตรการที่ 1 ส่งเสริมการเปิดเผยข้อมูลสาธารณะ', [
  dict(num='1.1', title='ปรับปรุงหน้าเว็บไซต์ "ITA" ให้ครบตามตัวชี้วัด OIT', period='ต.ค. 2569 – ม.ค. 2570', resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', outcome='ข้อมูลครบ 100%', budget='-'),
  dict(num='1.2', title='เผยแพร่รายงานการเงินและงบแสดงฐานะการเงินประจำปี', period='-', resp='กองคลัง', outcome='เผยแพร่ภายในเวลาที่กำหนด', budget='-')]),
 ('มาตรการที่ 2 ป้องกันการทุจริตในการให้บริการและการจัดซื้อจัดจ้าง', [
  dict(num='2.1', title='จัดทำแบบแสดงความไม่มีส่วนได้เสียของคณะกรรมการจัดซื้อจัดจ้าง', period='ต.ค. 2569 – ก.ย. 2570', resp='กองคลัง (งานพัสดุ)', outcome='กรรมการลงนามครบทุกโครงการ', budget='-'),
  dict(num='2.2', title='รณรงค์ No Gift Policy ช่วงเทศกาลปีใหม่', period='ธ.ค. 2569 – ม.ค. 2570', resp='สำนักปลัดเทศบาล', outcome='ไม่มีการรับของขวัญ', budget='3,000'),
  dict(num='2.3', title='สำรวจความพึงพอใจผู้รับบริการงานทะเบียนราษฎรและงานจัดเก็บรายได้', period='มี.ค. – ส.ค. 2570', resp='สำนักทะเบียนท้องถิ่น / กองคลัง', outcome='ความพึงพอใจไม่น้อยกว่าร้อยละ 85', budget='15,000')]),
 ('มาตรการที่ 3 เสริมสร้างวัฒนธรรมองค์กรและการติดตามผล', [
  dict(num='3.1', title='อบรมคุณธรรมจริยธรรมผู้บริหาร สมาชิกสภา และพนักงานเทศบาล', period='ก.พ. 2570', resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', outcome='ผู้เข้าอบรมไม่น้อยกว่าร้อยละ 80', budget='30,000'),
  dict(num='3.2', title='ติดตามและรายงานผลการดำเนินการตามแผนต่อนายกเทศมนตรี รอบ 6 เดือนและ 12 เดือน', period='เม.ย. และ ก.ย. 2570', resp='สำนักปลัดเทศบาล', outcome='รายงานผลเผยแพร่บนเว็บไซต์ 2 ครั้ง', budget='-')]),
]
def build():
    e = html.escape
    CS = ' style="text-align: center;"'
    rows = []; allm = []
    for gname, acts in G:
        rows.append(f'<tr style="background-color: #e8f4e8;"><td colspan="6"><strong>{e(gname)}</strong></td></tr>')
        for m in acts:
            allm.append(m)
            rows.append('<tr>' + ''.join(f'<td{CS if k in ("num", "budget", "period") else ""}>{e(m[k])}</td>' for k in ('num', 'title', 'period', 'resp', 'outcome', 'budget')) + '</tr>')
    page = f'''<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>แผนการขับเคลื่อนการยกระดับคุณธรรมและความโปร่งใส ปี 2570 - {AG}</title>
<link href="/templates/tt_huaikrachao/css/template.css" rel="stylesheet">
</head>
<body class="site com_content view-article itemid-214">
<header class="header"><div class="logo"><img src="/images/logo.png" alt="{AG}"><span class="site-title">{AG}<br><small>อำเภอเมืองกาญจนนที จังหวัดกาญจนนที</small></span></div>
<nav class="navigation"><ul class="nav menu mod-list"><li class="item-101"><a href="/">หน้าหลัก</a></li><li class="item-108"><a href="/about">ข้อมูลทั่วไป</a></li><li class="item-150 active"><a href="/ita">ITA 2570</a></li><li class="item-160"><a href="/egp">ประกาศจัดซื้อจัดจ้าง</a></li><li class="item-170"><a href="/contact">ติดต่อเรา</a></li></ul></nav></header>
<div class="container"><main id="content" role="main">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/ita">ITA 2570</a></li><li class="active">O37</li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">แผนการขับเคลื่อนการยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570</h2></div>
<dl class="article-info muted"><dd class="category-name">หมวดหมู่: ITA</dd><dd class="published">เผยแพร่เมื่อ: 12 พฤศจิกายน 2569</dd><dd class="hits">เปิดอ่าน: 41</dd></dl>
<div itemprop="articleBody">
<p>&nbsp;&nbsp;&nbsp;&nbsp;ตามที่เทศบาลตำบลห้วยกระเจาใต้ได้รับผลการประเมิน ITA ประจำปี พ.ศ. 2569 ได้คะแนน 88.06 คะแนน อยู่ในระดับ ผ่าน เทศบาลจึงจัดทำแผนการขับเคลื่อนฯ เพื่อยกระดับผลการประเมินในปีงบประมาณ พ.ศ. 2570 ดังนี้</p>
<table style="width: 100%; border-collapse: collapse;" border="1" cellpadding="4">
<tbody>
<tr style="background-color: #2e7d32; color: #ffffff;"><td style="text-align: center;"><strong>ลำดับ</strong></td><td style="text-align: center;"><strong>มาตรการ/กิจกรรม</strong></td><td style="text-align: center;"><strong>ระยะเวลา</strong></td><td style="text-align: center;"><strong>ผู้รับผิดชอบ</strong></td><td style="text-align: center;"><strong>ตัวชี้วัด</strong></td><td style="text-align: center;"><strong>งบประมาณ (บาท)</strong></td></tr>
{chr(10).join(rows)}
</tbody>
</table>
<p>&nbsp;</p>
<p style="text-align: right;">(นายอำนาจ  แสงกระเจา)<br>นายกเทศมนตรีตำบลห้วยกระเจาใต้</p>
</div></div>
</main>
<aside class="sidebar"><div class="moduletable"><h3>เอกสาร ITA</h3><ul><li><a href="/ita/o36">O36 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</a></li><li><a href="/ita/o37">O37 แผนการขับเคลื่อนฯ</a></li></ul></div></aside>
</div>
<footer class="footer"><p>&copy; 2026 {AG} | Powered by Joomla!</p></footer>
</body>
</html>
'''
    write(NAME, page)
    write_truth(NAME, 'plan', 2570, AG, 'activity', allm,
        ['no steps / methods given for any activity (no steps column)', "activity 1.2: period is '-'"],
        'Joomla article (breadcrumb, article-info with publish date and hits, sidebar with ITA links); TinyMCE table with a header row of <td><strong>, shaded colspan group rows "มาตรการที่ 1–3 …" (not units) over activities 1.1–3.2 (unit = activity); columns ลำดับ / มาตรการ/กิจกรรม / ระยะเวลา / ผู้รับผิดชอบ / ตัวชี้วัด (= outcome) / งบประมาณ - NO steps column (steps missing throughout). Activity 3.2 is the plan\'s own 6/12-month follow-up and report = monitoring for every activity. ITA 2569 88.06 ผ่าน.',
        general_monitoring=True)
if __name__ == '__main__':
    build()
