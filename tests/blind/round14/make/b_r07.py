# r07: tambon administration website (LAO CMS template), CKEditor table pasted from Word; COMPLETE
from common import *
import html as H
NAME = 'r07_obt_nongkrathumthong_results_2569'
AG = 'องค์การบริหารส่วนตำบลหนองกระทุ่มทอง'
M = [
 dict(n='1', t='มาตรการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ อบต.',
      steps=['1. จัดทำแผนการเผยแพร่ข้อมูลตามเกณฑ์ OIT', '2. ปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน', '3. ตรวจสอบความครบถ้วนโดยปลัด อบต.'],
      resp='สำนักปลัด (งานประชาสัมพันธ์)', period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานนายก อบต. ทุกสิ้นเดือน',
      out='ปรับปรุงข้อมูลครบ 12 เดือน เผยแพร่ข้อมูล OIT ครบ 33 ข้อ', outc='ประชาชนเข้าถึงข้อมูลของ อบต. ได้สะดวก ผลคะแนน OIT ปี 2569 ได้ 97.50'),
 dict(n='2', t='มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการจัดทำแผนพัฒนาท้องถิ่น',
      steps=['1. จัดประชาคมหมู่บ้าน 11 หมู่บ้าน', '2. จัดประชาคมระดับตำบล', '3. เผยแพร่ร่างแผนให้ประชาชนแสดงความคิดเห็น 15 วัน'],
      resp='กองยุทธศาสตร์และงบประมาณ', period='พ.ย. 2568 – ก.พ. 2569', mon='คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่นรายงานผลต่อสภา อบต.',
      out='จัดประชาคม 12 ครั้ง ผู้เข้าร่วม 864 คน', outc='โครงการในแผนพัฒนาท้องถิ่นมาจากความต้องการของประชาชนร้อยละ 85'),
 dict(n='3', t='มาตรการป้องกันการรับสินบนในการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง',
      steps=['1. ติดประกาศอัตราภาษีและขั้นตอนการชำระ', '2. ออกใบเสร็จผ่านระบบอิเล็กทรอนิกส์ทุกราย', '3. เปิดชำระผ่าน QR Code'],
      resp='กองคลัง (งานพัฒนาและจัดเก็บรายได้)', period='ก.พ. – ส.ค. 2569', mon='สรุปผลการจัดเก็บรายได้เสนอนายก อบต. ทุกเดือน',
      out='ชำระผ่าน QR Code 1,128 ราย จัดเก็บภาษีได้ 2.84 ล้านบาท', outc='ไม่มีเรื่องร้องเรียนการเรียกรับเงิน จัดเก็บรายได้เพิ่มขึ้นร้อยละ 12'),
 dict(n='4', t='มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      steps=['1. รับเรื่องผ่านศูนย์รับเรื่องร้องเรียน โทรศัพท์ เว็บไซต์ และเฟซบุ๊ก', '2. แต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง', '3. แจ้งผลให้ผู้ร้องทราบภายใน 15 วัน'],
      resp='ศูนย์รับเรื่องราวร้องทุกข์ อบต.หนองกระทุ่มทอง', period='ตลอดปีงบประมาณ', mon='รายงานสถิติเรื่องร้องเรียนประจำปีต่อนายก อบต. และเผยแพร่บนเว็บไซต์',
      out='รับเรื่องร้องเรียน 6 เรื่อง (ไม่มีเรื่องทุจริต)', outc='ดำเนินการแล้วเสร็จครบ 6 เรื่อง ผู้ร้องได้รับแจ้งผลภายในกำหนดทุกราย'),
 dict(n='5', t='กิจกรรมอบรมคุณธรรมจริยธรรมสำหรับผู้บริหาร สมาชิกสภา และพนักงาน',
      steps=['1. จัดทำโครงการเสนอขออนุมัติ', '2. จัดอบรมร่วมกับสำนักงาน ป.ป.ช. ประจำจังหวัด', '3. ประเมินผลหลังการอบรม'],
      resp='สำนักปลัด (งานการเจ้าหน้าที่)', period='มี.ค. 2569', mon='รายงานผลโครงการต่อนายก อบต. ภายใน 30 วันหลังเสร็จสิ้น',
      out='จัดอบรม 1 ครั้ง ผู้เข้าร่วม 58 คน', outc='ผู้เข้าอบรมมีความรู้เรื่องผลประโยชน์ทับซ้อนเพิ่มขึ้น ผลทดสอบผ่านร้อยละ 93'),
 dict(n='6', t='มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง',
      steps=['1. ประกาศแผนจัดซื้อจัดจ้างในระบบ e-GP และเว็บไซต์', '2. จัดทำสรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)'],
      resp='กองคลัง (งานพัสดุ)', period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานผลการจัดซื้อจัดจ้างรายไตรมาสต่อนายก อบต.',
      out='ประกาศแผน 1 ฉบับ สรุปผลครบ 12 เดือน รวม 74 โครงการ', outc='การจัดซื้อจัดจ้างโปร่งใส ตรวจสอบได้ ไม่มีข้อร้องเรียนจากผู้เสนอราคา'),
]
def td(v, bold=False):
    ls = v if isinstance(v, list) else [v]
    inner = ''.join(f'<p>{"<strong>" if bold else ""}{H.escape(x)}{"</strong>" if bold else ""}</p>' for x in ls)
    return f'<td style="vertical-align:top">{inner}</td>'

def main():
    hdr = ['ที่', 'มาตรการ', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามและรายงานผล', 'ผลการดำเนินการ', 'ผลลัพธ์']
    rows = ['<tr>' + ''.join(f'<td style="background-color:#d9e2f3; text-align:center"><p><strong>{h}</strong></p></td>' for h in hdr) + '</tr>']
    for m in M:
        rows.append('<tr>' + td(m['n']) + td(m['t']) + td(m['steps']) + td(m['resp']) + td(m['period']) + td(m['mon']) + td(m['out']) + td(m['outc']) + '</tr>')
    table_html = '\n'.join(rows)
    page = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569 | {AG}</title>
<link rel="stylesheet" href="/template/lao2019/css/bootstrap.min.css">
<link rel="stylesheet" href="/template/lao2019/css/style.css?v=3.2">
<script src="/template/lao2019/js/jquery.min.js"></script>
</head>
<body>
<div id="top-bar"><div class="container"><span>ยินดีต้อนรับสู่เว็บไซต์ {AG} อำเภอบางเลนทอง จังหวัดนครชัยศรีทอง</span>
<span class="pull-right">โทร. 0-3439-1145 | saraban@nongkrathumthong.go.th</span></div></div>
<header class="banner"><div class="container"><img src="/images/logo.png" alt="ตราสัญลักษณ์ อบต."><h2 class="site-name">{AG}</h2><p>"ถิ่นข้าวหอม น้ำใสสะอาด ประชาร่วมใจ"</p></div></header>
<nav class="navbar"><ul class="menu"><li><a href="/">หน้าหลัก</a></li><li><a href="/about">ข้อมูลพื้นฐาน</a></li><li><a href="/structure">โครงสร้างบุคลากร</a></li>
<li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/ita">ITA</a></li><li><a href="/complaint">ร้องเรียน/ร้องทุกข์</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav>
<div class="container"><div class="row">
<aside class="col-md-3 sidebar">
<div class="box"><h4>ITA 2570</h4><ul><li><a href="/ita/o1">o1 โครงสร้าง</a></li><li><a href="/ita/o2">o2 ข้อมูลผู้บริหาร</a></li><li><a href="/ita/o36">o36 มาตรการส่งเสริมคุณธรรม</a></li><li><a href="/ita/o37">o37 การดำเนินการตามมาตรการ</a></li></ul></div>
<div class="box"><h4>สถิติผู้เข้าชม</h4><p>วันนี้ 128<br>เดือนนี้ 3,402<br>ทั้งหมด 218,774</p></div>
</aside>
<main class="col-md-9 content">
<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/ita">ITA</a></li><li class="active">o37</li></ol>
<div class="news-detail">
<h3 class="news-title">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</h3>
<p class="meta">โพสต์เมื่อ : 20 ต.ค. 2569 | อ่าน : 57 ครั้ง | โดย : admin_sp</p>
<div class="detail">
<p style="text-align:center"><strong>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</strong></p>
<p style="text-align:center"><strong>ประจำปีงบประมาณ พ.ศ. 2569</strong></p>
<p style="text-align:center"><strong>{AG}</strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ตามที่ {AG} ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 จำนวน 87.93 คะแนน ผลการประเมินอยู่ในระดับผ่าน และได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 6 มาตรการ บัดนี้สิ้นปีงบประมาณแล้ว จึงขอรายงานผลการดำเนินการ ดังนี้</p>
<table border="1" cellpadding="2" cellspacing="0" style="width:100%; border-collapse:collapse">
<tbody>
{table_html}
</tbody>
</table>
<p>&nbsp;</p>
<p style="text-align:center">ลงชื่อ &nbsp;จ.ส.อ.วิชัย &nbsp;มั่นคง &nbsp;ผู้รายงาน<br>(จ.ส.อ.วิชัย &nbsp;มั่นคง)<br>ปลัดองค์การบริหารส่วนตำบลหนองกระทุ่มทอง</p>
<p style="text-align:center">ลงชื่อ &nbsp;นายสุรเชษฐ์ &nbsp;พันธ์ดี<br>(นายสุรเชษฐ์ &nbsp;พันธ์ดี)<br>นายกองค์การบริหารส่วนตำบลหนองกระทุ่มทอง</p>
<p><a href="/upload/ita2570/o37_report2569.pdf" target="_blank"><img src="/images/icon_pdf.png" alt=""> ดาวน์โหลดเอกสาร (PDF 1.2 MB)</a></p>
</div></div>
</main></div></div>
<footer><div class="container"><p>{AG} 99 หมู่ 4 ตำบลหนองกระทุ่มทอง อำเภอบางเลนทอง จังหวัดนครชัยศรีทอง 73130</p><p>Copyright &copy; 2026 All Rights Reserved. พัฒนาโดย ระบบเว็บไซต์ อปท.</p></div></footer>
</body>
</html>
"""
    open(out(NAME + '.html'), 'w', encoding='utf-8').write(page)
    ms = [mrec(m['n'], m['t'], elements('results', m)) for m in M]
    write_truth(NAME, NAME + '.html', 'results', 2569, AG, 'measure', ms, [],
        'Ordinary tambon CMS page (LAO template): top bar, banner, menu, ITA sidebar with o-codes, visitor counter, breadcrumb, '
        'post meta, download link. Table pasted from Word through CKEditor: border=1, header is the first <tr> of <td><strong> '
        '(no <thead>), every cell line a <p>. 8 columns incl. own monitoring column. COMPLETE: every element present for all 6 '
        'measures. ITA 2568 87.93 ผ่าน (consistent). The sidebar o-code list and menu are not measures.')

if __name__ == '__main__':
    main()
