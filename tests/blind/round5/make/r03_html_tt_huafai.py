"""r03: เทศบาลตำบลหัวฝาย results FY2568 - an ordinary local-government CMS page: banner, top menu, left menu boxes,
post title + meta, and a table pasted from Word into CKEditor (border=1, <p>/<span>/&nbsp; soup, first row = header
in <strong>).  No monitoring column: reporting appears only inside some cells."""
import html as H
from common import *

NAME = 'r03_tt_huafai_results_2568'
AG = 'เทศบาลตำบลหัวฝาย'
TITLE = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568'
HDR = ['ลำดับ', 'มาตรการ/กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินการ', 'ผลลัพธ์']
ROWS = [
    ('1', 'การเผยแพร่ข้อมูลข่าวสารของเทศบาลผ่านเว็บไซต์และเพจ Facebook',
     '- ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบันอย่างน้อยสัปดาห์ละ 1 ครั้ง|- เผยแพร่ข้อมูลตามแบบ ITA ครบทุกข้อ',
     'สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', 'ต.ค. 67 - ก.ย. 68',
     'เผยแพร่ข่าวสารบนเว็บไซต์ 214 เรื่อง เพจ Facebook 308 โพสต์',
     'ประชาชนเข้าถึงข้อมูลข่าวสารของเทศบาลได้สะดวก มีผู้เข้าชมเว็บไซต์ 41,560 ครั้ง'),
    ('2', 'การจัดทำแผนการจัดซื้อจัดจ้างและเผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน',
     '- ประกาศแผนการจัดซื้อจัดจ้างประจำปี|- จัดทำแบบ สขร.1 ทุกเดือน|- รายงานผลการจัดซื้อจัดจ้างต่อนายกเทศมนตรีทุกเดือน',
     'กองคลัง (งานพัสดุ)', 'ต.ค. 67 - ก.ย. 68',
     'ประกาศแผนฯ เมื่อ 8 พ.ย. 2567 จัดทำ สขร.1 ครบ 12 เดือน จัดซื้อจัดจ้าง 57 โครงการ',
     'การจัดซื้อจัดจ้างเป็นไปด้วยความโปร่งใส ไม่มีข้อร้องเรียน'),
    ('3', 'การประชุมประชาคมเพื่อให้ประชาชนมีส่วนร่วมในการจัดทำแผนพัฒนาท้องถิ่น',
     '- แจ้งกำหนดการประชุมประชาคมทุกหมู่บ้าน|- รับฟังความคิดเห็นและจัดลำดับความสำคัญของโครงการ',
     'กองยุทธศาสตร์และงบประมาณ', 'ก.พ. - เม.ย. 68',
     'จัดประชุมประชาคม 9 หมู่บ้าน ผู้เข้าร่วม 612 คน ได้โครงการบรรจุในแผนพัฒนาท้องถิ่น 46 โครงการ',
     '-'),
    ('4', 'การแต่งตั้งตัวแทนประชาชนร่วมเป็นคณะกรรมการตรวจรับงานจ้างก่อสร้าง',
     '- ให้ผู้ใหญ่บ้านเสนอชื่อตัวแทนประชาชนในหมู่บ้านที่มีโครงการ|- แต่งตั้งเป็นกรรมการตรวจรับพัสดุ',
     'กองช่าง', 'ต.ค. 67 - ก.ย. 68',
     'มีตัวแทนประชาชนร่วมตรวจรับงาน 18 โครงการ',
     '-'),
    ('5', 'การให้บริการชำระภาษีที่ดินและสิ่งปลูกสร้างตามลำดับคิว',
     '- ให้บริการตามบัตรคิว|- ติดประกาศอัตราภาษีและขั้นตอนการชำระ ณ จุดบริการ|- เปิดช่องทางชำระผ่าน QR Code',
     'กองคลัง (งานจัดเก็บรายได้)', 'ม.ค. - เม.ย. 68',
     'ให้บริการผู้ชำระภาษี 2,317 ราย ชำระผ่าน QR Code 486 ราย',
     'จัดเก็บภาษีได้ร้อยละ 96.8 ของประมาณการ ไม่มีข้อร้องเรียนการเรียกรับเงิน'),
    ('6', 'กิจกรรม “หัวฝายใสสะอาด” ประกาศเจตนารมณ์ต่อต้านการทุจริต',
     '- นายกเทศมนตรีนำคณะผู้บริหาร พนักงาน ประกาศเจตนารมณ์|- ประกาศนโยบาย No Gift Policy',
     'สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', 'ธ.ค. 67',
     'จัดกิจกรรมวันที่ 9 ธันวาคม 2567 ผู้เข้าร่วม 73 คน',
     'บุคลากรตระหนักถึงการปฏิบัติงานด้วยความซื่อสัตย์สุจริต'),
    ('7', 'การรับเรื่องร้องเรียนร้องทุกข์ผ่านศูนย์รับเรื่องราวร้องทุกข์เทศบาล',
     '- รับเรื่องผ่านโทรศัพท์ ตู้รับเรื่อง Line และเว็บไซต์|- แจ้งผู้ร้องภายใน 15 วัน|- สรุปผลรายงานนายกเทศมนตรีทุกเดือน',
     '', 'ต.ค. 67 - ก.ย. 68',
     'รับเรื่องร้องเรียน 26 เรื่อง (ไฟฟ้าสาธารณะ 14 ถนน 8 อื่น ๆ 4) ดำเนินการแล้วเสร็จ 25 เรื่อง',
     'ผู้ร้องได้รับการแก้ไขปัญหา ร้อยละ 96.15'),
    ('8', 'การประเมินความเสี่ยงการทุจริตและจัดทำมาตรการควบคุม',
     '-',
     'สำนักปลัดเทศบาล / หน่วยตรวจสอบภายใน', 'มี.ค. 68',
     'ประเมินความเสี่ยง 4 กระบวนงาน พบความเสี่ยงระดับสูง 1 กระบวนงาน (การออกใบอนุญาตก่อสร้าง) และรายงานผลการประเมินต่อนายกเทศมนตรี',
     'มีมาตรการควบคุมความเสี่ยงในการออกใบอนุญาตก่อสร้าง'),
]


def cell(v, center=False):
    if v == '':
        return '<td>\n<p>&nbsp;</p>\n</td>'
    st = ' style="text-align:center"' if center else ''
    parts = v.split('|')
    body = ''.join('<p%s><span style="font-size:16px"><span style="font-family:TH SarabunPSK">%s</span></span></p>'
                   % (st, H.escape(p).replace('“', '&ldquo;').replace('”', '&rdquo;')) for p in parts)
    return '<td>\n' + body + '\n</td>'


def build():
    widths = ['5%', '17%', '21%', '12%', '9%', '19%', '17%']
    head = '<tr>\n' + '\n'.join('<td style="width:%s">\n<p style="text-align:center"><strong><span style="font-size:16px">%s</span></strong></p>\n</td>' % (w, h)
                                for w, h in zip(widths, HDR)) + '\n</tr>'
    body = '\n'.join('<tr>\n' + '\n'.join(cell(v, center=(i in (0, 4) or v == '-')) for i, v in enumerate(r)) + '\n</tr>'
                     for r in ROWS)
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{TITLE} : เทศบาลตำบลหัวฝาย อำเภอดอนแก้ว จังหวัดโพธิ์ทองคำ</title>
<meta name="keywords" content="เทศบาลตำบลหัวฝาย, ITA, คุณธรรมและความโปร่งใส" />
<link href="/templates/lao_green/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="wrapper">
  <div id="banner"><img src="/images/banner_huafai.jpg" alt="เทศบาลตำบลหัวฝาย" width="1000" height="220" /></div>
  <div id="topmenu">
    <ul>
      <li><a href="/index.php">หน้าหลัก</a></li>
      <li><a href="/content/general">ข้อมูลพื้นฐาน</a></li>
      <li><a href="/content/structure">โครงสร้างองค์กร</a></li>
      <li><a href="/content/plan">แผนพัฒนาท้องถิ่น</a></li>
      <li><a href="/content/ita">ITA</a></li>
      <li><a href="/webboard">กระดานสนทนา</a></li>
      <li><a href="/contact">ติดต่อเรา</a></li>
    </ul>
  </div>
  <table width="1000" border="0" cellspacing="0" cellpadding="0">
    <tr>
      <td width="230" valign="top" id="leftcol">
        <div class="boxmenu"><div class="boxhead">เมนูหลัก</div>
          <ul>
            <li><a href="/content/history">ประวัติความเป็นมา</a></li>
            <li><a href="/content/vision">วิสัยทัศน์/พันธกิจ</a></li>
            <li><a href="/content/executive">คณะผู้บริหาร</a></li>
            <li><a href="/content/council">สมาชิกสภาเทศบาล</a></li>
            <li><a href="/content/ita">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></li>
            <li><a href="/content/anticorruption">ศูนย์ปฏิบัติการต่อต้านการทุจริต</a></li>
          </ul>
        </div>
        <div class="boxmenu"><div class="boxhead">ผู้บริหาร</div>
          <p align="center"><img src="/images/mayor.jpg" width="150" alt="" /><br />นายสมบัติ คำภูเงิน<br />นายกเทศมนตรีตำบลหัวฝาย</p>
          <p align="center">สายตรงนายก 08-1234-5678</p>
        </div>
        <div class="boxmenu"><div class="boxhead">สถิติผู้เข้าชม</div>
          <p>วันนี้ 127<br />เดือนนี้ 3,218<br />ทั้งหมด 412,906</p>
        </div>
      </td>
      <td valign="top" id="content">
        <div class="path"><a href="/index.php">หน้าหลัก</a> &raquo; <a href="/content/ita">ITA</a> &raquo; รายงานผลการดำเนินการ</div>
        <h1 class="topic">{TITLE}</h1>
        <div class="postinfo">วันที่ 21 ตุลาคม 2568 &nbsp;|&nbsp; โดย งานประชาสัมพันธ์ &nbsp;|&nbsp; อ่าน 184 ครั้ง</div>
        <div class="detail">
<p style="text-align:center"><strong><span style="font-size:18px">{TITLE}</span></strong></p>
<p style="text-align:center"><strong><span style="font-size:18px">เทศบาลตำบลหัวฝาย อำเภอดอนแก้ว จังหวัดโพธิ์ทองคำ</span></strong></p>
<p>&nbsp;</p>
<p><span style="font-size:16px">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ตามที่สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567 เทศบาลตำบลหัวฝายได้คะแนน 91.24 คะแนน อยู่ในระดับผ่าน เทศบาลจึงได้นำผลการประเมินมากำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568 และได้ดำเนินการตามมาตรการดังกล่าว โดยมีผลการดำเนินการรอบ 12 เดือน (ตุลาคม 2567 &ndash; กันยายน 2568) ดังนี้</span></p>
<table border="1" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
{head}
{body}
</tbody>
</table>
<p>&nbsp;</p>
<p><span style="font-size:16px">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; จึงประกาศมาเพื่อทราบโดยทั่วกัน</span></p>
<p style="text-align:center"><span style="font-size:16px">ประกาศ ณ วันที่ 21 เดือน ตุลาคม พ.ศ. 2568</span></p>
<p style="text-align:center"><span style="font-size:16px">(นายสมบัติ คำภูเงิน)<br />นายกเทศมนตรีตำบลหัวฝาย</span></p>
<p>&nbsp;</p>
<p><a href="/files/ita2568/o-report-2568.pdf" target="_blank"><img src="/images/icon_pdf.gif" alt="" /> ดาวน์โหลดเอกสาร (PDF)</a></p>
        </div>
        <div class="sharebox">แชร์ : <a href="#">Facebook</a> | <a href="#">Line</a> | <a href="javascript:window.print()">พิมพ์หน้านี้</a></div>
      </td>
    </tr>
  </table>
  <div id="footer">เทศบาลตำบลหัวฝาย อำเภอดอนแก้ว จังหวัดโพธิ์ทองคำ 34250 โทรศัพท์ 0-4529-1188 โทรสาร 0-4529-1189<br />
  Copyright &copy; 2568 www.huafai.go.th All rights reserved.</div>
</div>
</body>
</html>
'''
    write_text(NAME + '.html', page)

    miss = ['n', '', 'nc', 'nc', 'n', 'n', 'r', 's']
    ms = [M(r[0], r[1], miss[i]) for i, r in enumerate(ROWS)]
    write_truth(NAME + '.html', 'results', 2568, AG, 'measure', ms, problems=[
        "measures 3 and 4: outcome '-'",
        "measure 7: responsible cell empty (&nbsp;)",
        "measure 8: method cell '-'",
        "measures 1, 3, 4, 5, 6: no follow-up/reporting stated (no monitoring column)",
    ], notes="""Local-government CMS page (XHTML template: banner, top menu, left layout-table column with menu boxes, mayor
        box and visitor counter; breadcrumb, h1 post title, post info, share bar, footer). The report is a table pasted
        from Word into CKEditor: border=1, no thead, the first row is the header (<strong> in <p>), every cell wrapped
        in <p><span style=font-size/font-family>, lines as separate <p> with '- ' bullets. 7 columns: ลำดับ / มาตรการ/
        กิจกรรม / วิธีการดำเนินการ / ผู้รับผิดชอบ / ระยะเวลา / ผลการดำเนินการ / ผลลัพธ์. There is no monitoring column;
        monitoring counted only where a cell says results are reported: measure 2 (step: report to the mayor monthly),
        7 (step: monthly summary to the mayor) and 8 (output: the assessment was reported to the mayor). Score sentence
        (ITA 2567 91.24 ผ่าน) consistent. Announcement-style closing with the mayor's name and a PDF link.""")


if __name__ == '__main__':
    build()
