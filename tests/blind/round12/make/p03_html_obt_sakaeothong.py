"""p03: ordinary local-government CMS page (tambon template, table layout), plan table pasted from Word."""
import os, html
from common import *

NAME = 'p03_obt_sakaeothong_plan_2570'
AG = 'องค์การบริหารส่วนตำบลสระแก้วทอง'

U = [
    dict(num='1', title='ปรับปรุงข้อมูลพื้นฐานและข่าวประชาสัมพันธ์บนเว็บไซต์ให้เป็นปัจจุบัน (o1–o6)',
         steps=['มอบหมายเจ้าหน้าที่ดูแลเว็บไซต์', 'ตรวจสอบข้อมูลทุกสิ้นเดือน'], period='ต.ค. 69 – ก.ย. 70',
         resp='สำนักปลัด', monitor='ปลัด อบต. ตรวจสอบและรายงานนายก อบต. ทุกไตรมาส'),
    dict(num='2', title='เผยแพร่แผนและรายงานผลการจัดซื้อจัดจ้าง (o12–o15)',
         steps=['เผยแพร่แผนจัดซื้อจัดจ้างภายใน 30 วันหลังประกาศใช้', 'สรุปผลรายเดือน'], period='ต.ค. 69 – ก.ย. 70',
         resp='กองคลัง', monitor='-'),
    dict(num='3', title='จัดทำคู่มือและมาตรฐานการให้บริการ พร้อมสถิติการให้บริการ (o7–o11)',
         steps=['ทบทวนคู่มือการให้บริการ', 'จัดเก็บสถิติผู้รับบริการรายเดือน'], period='',
         resp='สำนักปลัด / กองช่าง', monitor='รายงานสถิติการให้บริการต่อนายก อบต. ทุก 6 เดือน'),
    dict(num='4', title='ประกาศเจตนารมณ์และมาตรการป้องกันการรับสินบน (o36–o38)',
         steps=['นายก อบต. ประกาศเจตนารมณ์', 'จัดกิจกรรมให้ความรู้แก่พนักงาน'], period='พ.ย. – ธ.ค. 69',
         resp='สำนักปลัด (งานการเจ้าหน้าที่)', monitor='สรุปผลกิจกรรมรายงานนายก อบต.'),
    dict(num='5', title='เปิดช่องทางรับเรื่องร้องเรียนการทุจริตและแจ้งผลให้ผู้ร้องทราบ (o28–o30)',
         steps=['เพิ่มช่องทางร้องเรียนทาง Line OA', 'ทำทะเบียนคุมเรื่องร้องเรียน'], period='ต.ค. 69 – ก.ย. 70',
         resp='สำนักปลัด (งานนิติการ)', monitor='-'),
    dict(num='6', title='เผยแพร่รายงานการกำกับติดตามการใช้จ่ายงบประมาณรอบ 6 เดือนและประจำปี (o16–o17)',
         steps=['กองคลังจัดทำรายงานการใช้จ่ายงบประมาณ', 'นำขึ้นเว็บไซต์ภายใน 15 วันหลังสิ้นรอบ'], period='เม.ย. 70 และ ต.ค. 70',
         resp='กองคลัง', monitor='เสนอรายงานต่อนายก อบต. และสภา อบต.'),
]


def build():
    rows = ''
    for u in U:
        rows += ('<tr>\n<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p align="center" style="text-align:center">'
                 '<span style="font-size:14pt;font-family:TH SarabunPSK">%s</span></p></td>\n' % u['num'])
        for v in [u['title'], '<br>'.join('- ' + html.escape(s) for s in u['steps']), u['period'], u['resp'], u['monitor']]:
            inner = v if v else '&nbsp;'
            rows += ('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p><span style="font-size:14pt;'
                     'font-family:TH SarabunPSK">%s</span></p></td>\n' % inner)
        rows += '</tr>\n'
    page = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>องค์การบริหารส่วนตำบลสระแก้วทอง :: แนวทางและมาตรการในการยกระดับผลการประเมิน ITA</title>
<link href="/template/tambon5/style.css" rel="stylesheet" type="text/css">
<script src="/js/jquery-1.8.3.min.js"></script>
</head>
<body bgcolor="#EAF4E8" topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/template/tambon5/images/banner_sakaeothong.jpg" width="1000" height="220" alt="อบต.สระแก้วทอง"></td></tr>
<tr><td colspan="2" class="menubar"><a href="/">หน้าหลัก</a> | <a href="/index.php?p=about">ข้อมูลพื้นฐาน</a> | <a href="/index.php?p=staff">บุคลากร</a> | <a href="/index.php?p=ita">ITA</a> | <a href="/index.php?p=webboard">กระดานสนทนา</a> | <a href="/index.php?p=contact">ติดต่อเรา</a></td></tr>
<tr>
<td width="220" valign="top" class="leftmenu">
<div class="boxhead">เมนูหลัก</div>
<ul><li><a href="#">ประวัติความเป็นมา</a></li><li><a href="#">วิสัยทัศน์/พันธกิจ</a></li><li><a href="#">แผนพัฒนาท้องถิ่น</a></li><li><a href="#">ข้อบัญญัติงบประมาณ</a></li><li><a href="#">คู่มือประชาชน</a></li></ul>
<div class="boxhead">ITA 2570</div>
<ul><li><a href="#">o1 โครงสร้าง</a></li><li><a href="#">o2 ข้อมูลผู้บริหาร</a></li><li><a href="#">o36 ประกาศเจตนารมณ์</a></li><li><a href="#">มาตรการยกระดับ ITA</a></li></ul>
<div class="boxhead">สถิติผู้เข้าชม</div><p>วันนี้ 57<br>เดือนนี้ 1,284<br>ทั้งหมด 312,907</p>
</td>
<td width="780" valign="top" class="content">
<div class="newshead">แนวทางและมาตรการในการยกระดับผลการประเมิน ITA</div>
<div class="newsdate">โพสต์เมื่อ : 21 ต.ค. 2569 &nbsp; อ่าน : 38 ครั้ง</div>
<div class="WordSection1">
<p align="center" style="text-align:center"><b><span style="font-size:18pt;font-family:TH SarabunPSK">แนวทางและมาตรการในการยกระดับผลการประเมินคุณธรรมและความโปร่งใส (ITA)</span></b></p>
<p align="center" style="text-align:center"><b><span style="font-size:18pt;font-family:TH SarabunPSK">ประจำปีงบประมาณ พ.ศ. 2570</span></b></p>
<p align="center" style="text-align:center"><b><span style="font-size:16pt;font-family:TH SarabunPSK">{AG} อำเภอสระแก้ว จังหวัดสระแก้วทอง</span></b></p>
<p><span style="font-size:14pt;font-family:TH SarabunPSK">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;จากผลการประเมิน ITA ประจำปี 2569 องค์การบริหารส่วนตำบลสระแก้วทองได้คะแนน 79.88 คะแนน ระดับ ไม่ผ่าน โดยตัวชี้วัดการเปิดเผยข้อมูล (OIT) ได้คะแนนต่ำ จึงกำหนดแนวทางในการยกระดับผลการประเมินดังนี้</span></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="760" style="border-collapse:collapse;border:none">
<tr>
<td style="border:solid windowtext 1.0pt;background:#D9D9D9"><p align="center"><b><span style="font-size:14pt">ที่</span></b></p></td>
<td style="border:solid windowtext 1.0pt;background:#D9D9D9"><p align="center"><b><span style="font-size:14pt">ประเด็นการพัฒนา (ข้อ OIT)</span></b></p></td>
<td style="border:solid windowtext 1.0pt;background:#D9D9D9"><p align="center"><b><span style="font-size:14pt">แนวทาง/วิธีการดำเนินการ</span></b></p></td>
<td style="border:solid windowtext 1.0pt;background:#D9D9D9"><p align="center"><b><span style="font-size:14pt">ระยะเวลา</span></b></p></td>
<td style="border:solid windowtext 1.0pt;background:#D9D9D9"><p align="center"><b><span style="font-size:14pt">ผู้รับผิดชอบ</span></b></p></td>
<td style="border:solid windowtext 1.0pt;background:#D9D9D9"><p align="center"><b><span style="font-size:14pt">การติดตามผล</span></b></p></td>
</tr>
{rows}</table>
<p><span style="font-size:14pt;font-family:TH SarabunPSK">&nbsp;</span></p>
<p align="center" style="text-align:center"><span style="font-size:14pt;font-family:TH SarabunPSK">(นายสมพงษ์&nbsp; แก้วมณี)<br>นายกองค์การบริหารส่วนตำบลสระแก้วทอง</span></p>
</div>
<p><a href="/files/ita2570/plan_ita70.pdf"><img src="/images/pdf.gif" border="0"> ดาวน์โหลดไฟล์ PDF</a></p>
</td></tr>
<tr><td colspan="2" class="footer">องค์การบริหารส่วนตำบลสระแก้วทอง 123 หมู่ 5 ตำบลสระแก้วทอง โทร. 0-3742-1xxx<br>Copyright &copy; 2026 All rights reserved. Designed by LAO Web Service</td></tr>
</table>
</body>
</html>
'''
    with open(os.path.join(OUT, NAME + '.html'), 'w', encoding='utf-8') as f:
        f.write(page)
    for u in U:
        u['steps'] = '\n'.join(u['steps'])
    write_truth(NAME + '.html', 'plan', 2570, AG, 'activity', U,
                ['no indicator/expected-result column: outcome missing for every activity',
                 'activity 3: period cell empty (&nbsp;)',
                 'activities 2 and 5: การติดตามผล "-"'],
                'Ordinary tambon CMS page (1000-px layout table: banner, menu bar, left menu with ITA links and visitor counter, '
                'news head/date, footer); the plan is a Word table pasted as MsoTableGrid HTML with <span> soup, header row in '
                'grey <td><b>, steps as "- " lines joined by <br>. Each row = one activity (unit = activity), titled by '
                'its development issue with OIT item codes in brackets. No general follow-up statement: monitoring judged per row '
                'from the การติดตามผล column. Activity 6 is about reporting the budget (an OIT item), not a report of this plan. '
                'Score 79.88 ไม่ผ่าน.')


if __name__ == '__main__':
    build()
