"""m05: เทศบาลตำบล measures FY2570 - NEW FORM: old FrontPage-era site declaring charset windows-1252, every Thai
character written as a DECIMAL NUMERIC CHARACTER REFERENCE (&#3617;…) - the file has no Thai bytes at all."""
import html
from common import *
NAME = 'm05_tt_banlatmai_measures_2570.html'
AG = 'เทศบาลตำบลบ้านลาดใหม่'
M = [
 dict(num='1', title='มาตรการเผยแพร่ข้อมูลข่าวสารตามตัวชี้วัดการเปิดเผยข้อมูล (OIT)',
      steps='1. มอบหมายผู้รับผิดชอบข้อมูลแต่ละข้อ<br>2. ตรวจสอบข้อมูลบนเว็บไซต์ทุกเดือน', resp='สำนักปลัดเทศบาล', period='ต.ค. 2569 - ก.ย. 2570',
      mon='รายงานผลต่อนายกเทศมนตรีทุกไตรมาส', outcome='ข้อมูล OIT ครบ 33 ข้อ'),
 dict(num='2', title='มาตรการลดการใช้ดุลยพินิจในการออกใบอนุญาตประกอบกิจการ',
      steps='1. ประกาศหลักเกณฑ์และระยะเวลาการพิจารณา<br>2. ใช้แบบตรวจสถานประกอบการมาตรฐานเดียว', resp='กองสาธารณสุขและสิ่งแวดล้อม', period='ต.ค. 2569 - ก.ย. 2570',
      mon='หัวหน้ากองสรุปผลการออกใบอนุญาตเสนอปลัดเทศบาลทุกเดือน', outcome='ออกใบอนุญาตภายในระยะเวลาที่กำหนดร้อยละ 100'),
 dict(num='3', title='มาตรการป้องกันผลประโยชน์ทับซ้อนในงานจัดซื้อจัดจ้าง',
      steps='1. กรรมการจัดซื้อจัดจ้างลงนามแบบแสดงความไม่มีส่วนได้เสีย<br>2. เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน', resp='กองคลัง', period='-',
      mon='ปลัดเทศบาลตรวจสอบ และรายงานนายกเทศมนตรีรอบ 6 เดือน', outcome='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
 dict(num='4', title='มาตรการเสริมสร้างวัฒนธรรมไม่ทนต่อการทุจริต',
      steps='1. จัดกิจกรรมประกาศเจตนารมณ์<br>2. อบรมประมวลจริยธรรมพนักงานเทศบาล', resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='ธ.ค. 2569 - ก.พ. 2570',
      mon='รายงานผลต่อนายกเทศมนตรี', outcome='พนักงานเข้าร่วมร้อยละ 90'),
 dict(num='5', title='มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      steps='1. รับเรื่องร้องเรียน 4 ช่องทาง<br>2. แจ้งผลผู้ร้องภายใน 15 วัน', resp='สำนักปลัดเทศบาล (งานนิติการ)', period='ต.ค. 2569 - ก.ย. 2570',
      mon='สรุปผลรายงานนายกเทศมนตรีทุกเดือน', outcome='เรื่องร้องเรียนได้รับการดำเนินการครบทุกเรื่อง'),
 dict(num='6', title='มาตรการควบคุมการใช้รถยนต์และเครื่องจักรกลของเทศบาล',
      steps='1. ขออนุญาตใช้รถตามแบบ 3<br>2. บันทึกการใช้รถและน้ำมันเชื้อเพลิง', resp='กองช่าง / สำนักปลัดเทศบาล', period='ต.ค. 2569 - ก.ย. 2570',
      mon='ตรวจสมุดบันทึกทุกเดือน รายงานปลัดเทศบาล', outcome=''),
]
def ncr(s):
    return ''.join(f'&#{ord(c)};' if ord(c) > 127 else c for c in s)
def build():
    F = '<font face="MS Sans Serif" size="2">'
    rows = []
    for m in M:
        cells = [m['num'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outcome']]
        tds = ''.join(f'<td valign="top"{" align=center" if i in (0, 4) else ""}>{F}{c if c else "&nbsp;"}</font></td>' for i, c in enumerate(cells))
        rows.append(f'<tr>{tds}</tr>')
    body = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570</title>
</head>
<body bgcolor="#FFFFF0" topmargin="0" leftmargin="0">
<table border="0" width="980" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img border="0" src="images/banner_banlatmai.jpg" width="980" height="180" alt="เทศบาลตำบลบ้านลาดใหม่"></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#CCE6FF">{F}
<p><b>เมนูหลัก</b></p>
<p><a href="index.htm">หน้าแรก</a><br><a href="history.htm">ประวัติเทศบาล</a><br><a href="staff.htm">บุคลากร</a><br><a href="ita.htm">ITA</a><br><a href="webboard/">เว็บบอร์ด</a></p>
<p>ผู้เข้าชม <img src="/cgi-bin/counter.exe?df=banlat.dat" alt="counter"></p></font></td>
<td width="800" valign="top">
<p align="center"><b><font face="MS Sans Serif" size="4">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน<br>ประจำปีงบประมาณ พ.ศ. 2570</font></b></p>
<p align="center">{F}{AG} อำเภอบ้านลาดใหม่ จังหวัดเพชรนที</font></p>
<p>{F}<b>1. ผลการประเมิน ITA ประจำปี พ.ศ. 2569</b><br>
&nbsp;&nbsp;&nbsp;&nbsp;เทศบาลตำบลบ้านลาดใหม่ได้คะแนนรวม 84.65 คะแนน อยู่ในระดับ ผ่าน (IIT 88.20 / EIT 83.10 / OIT 83.15)</font></p>
<p>{F}<b>2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</b><br>
&nbsp;&nbsp;&nbsp;&nbsp;2.1 ข้อมูลบนเว็บไซต์ตามตัวชี้วัด OIT ยังไม่ครบถ้วนและไม่เป็นปัจจุบัน<br>
&nbsp;&nbsp;&nbsp;&nbsp;2.2 ผู้รับบริการเห็นว่าการออกใบอนุญาตยังใช้ดุลยพินิจของเจ้าหน้าที่</font></p>
<p>{F}<b>3. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</b><br>
&nbsp;&nbsp;&nbsp;&nbsp;3.1 การป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง<br>
&nbsp;&nbsp;&nbsp;&nbsp;3.2 การใช้ทรัพย์สินของราชการ และการรับเรื่องร้องเรียน</font></p>
<p>{F}<b>4. มาตรการ</b></font></p>
<table border="1" cellspacing="0" cellpadding="3" width="100%" bordercolor="#808080">
<tr bgcolor="#99CCFF"><td align="center">{F}<b>ลำดับ</b></font></td><td align="center">{F}<b>มาตรการ</b></font></td><td align="center">{F}<b>วิธีการ/ขั้นตอน</b></font></td><td align="center">{F}<b>ผู้รับผิดชอบ</b></font></td><td align="center">{F}<b>ระยะเวลา</b></font></td><td align="center">{F}<b>การกำกับติดตาม</b></font></td><td align="center">{F}<b>ผลที่คาดว่าจะได้รับ</b></font></td></tr>
{chr(10).join(rows)}
</table>
<p align="right">{F}ประกาศ ณ วันที่ 4 พฤศจิกายน 2569<br>(นายสมพงษ์ ลาดทอง)<br>นายกเทศมนตรีตำบลบ้านลาดใหม่</font></p>
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#003366"><font face="MS Sans Serif" size="1" color="#FFFFFF">Copyright &copy; 2005 เทศบาลตำบลบ้านลาดใหม่ | ปรับปรุงล่าสุด 04/11/2569 | ดูได้ดีที่สุดด้วย Internet Explorer 1024x768</font></td></tr>
</table>
</body>
</html>
'''
    out = ncr(body)
    assert all(ord(c) < 128 for c in out)
    write(NAME, out, encoding='ascii', newline='\r\n')
    write_truth(NAME, 'measures', 2570, AG, 'measure', M,
        ["score: 84.65 is called 'ผ่าน' although a score below 85 is ไม่ผ่าน", "measure 3: period is '-'", 'measure 6: expected result (ผลที่คาดว่าจะได้รับ) cell blank (&nbsp;)'],
        'NEW FORM: an old Microsoft FrontPage site (meta charset windows-1252, GENERATOR FrontPage 6.0, CRLF): EVERY Thai character - title, body, table, alt texts - is written as a decimal numeric character reference (&#3617;&#3634;…); the file is pure ASCII, a browser shows normal Thai. Layout table (banner, left menu with CGI counter, footer), <font face="MS Sans Serif"> in every cell, header row of <td><b>; steps as "1. …<br>2. …". Analysis: ITA 2569 84.65 called ผ่าน (wrong band; IIT/EIT/OIT 0.3/0.3/0.4 = 84.65, arithmetic consistent); sections 2 (urgent weaknesses) and 3 (improvements). Own การกำกับติดตาม and ผลที่คาดว่าจะได้รับ (= outcome) columns. Output never stated (measures). Unit = measure.',
        sections={'weaknesses': 'present', 'improvements': 'present'})
if __name__ == '__main__':
    build()
