"""p02: sub-district municipality, plan FY 2569, local-government CMS page (marquee, left menu, visitor box) whose
plan table was pasted from an Excel 'save as web page' export (x:num, class=xlNN, <br style='mso-data-placement:
same-cell'>), numbered group rows spanning all columns. COMPLETE."""
from common import *

NAME = "p02_tt_wiangnuea_plan_2569"
AG = "เทศบาลตำบลเวียงเหนือ"

GROUPS = [
    ("1", "ด้านการเปิดเผยข้อมูล", [
        M("1.1", "ปรับปรุงข้อมูลบนเว็บไซต์เทศบาลให้ครบถ้วนตามเกณฑ์ OIT",
          steps="1) มอบหมายผู้รับผิดชอบรายข้อ\n2) นำข้อมูลขึ้นเว็บไซต์ภายในวันที่ 10 ของเดือน\n3) ตรวจสอบลิงก์ทุกเดือน",
          budget="-", period="ต.ค. 68 - มี.ค. 69", resp="สำนักปลัด\n(งานประชาสัมพันธ์)",
          mon="ปลัดเทศบาลตรวจสอบทุกเดือน รายงานนายกฯ", outc="ข้อมูล OIT ครบ 100%"),
        M("1.2", "เผยแพร่ข่าวสารผ่านหอกระจายข่าวและเสียงตามสายทุกหมู่บ้าน",
          steps="จัดทำสคริปต์ข่าวสัปดาห์ละ 1 ครั้ง ส่งผู้ใหญ่บ้านทั้ง 11 หมู่บ้าน",
          budget="ไม่ใช้งบประมาณ", period="ต.ค. 68 - ก.ย. 69", resp="สำนักปลัด",
          mon="สรุปผลรายไตรมาสเสนอนายกเทศมนตรี", outc="ประชาชนรับรู้ข่าวสารของเทศบาลทั่วถึง"),
        M("1.3", "จัดทำรายงานผลการดำเนินงานประจำปีเผยแพร่ต่อสาธารณะ",
          steps="รวบรวมผลการดำเนินงานทุกกอง จัดทำรูปเล่มและไฟล์ PDF เผยแพร่",
          budget="15,000", period="ธ.ค. 68 - ม.ค. 69", resp="กองยุทธศาสตร์และงบประมาณ",
          mon="รายงานต่อสภาเทศบาลในการประชุมสมัยสามัญ", outc="ประชาชนทราบผลการดำเนินงานประจำปี"),
    ]),
    ("2", "ด้านการป้องกันการทุจริต", [
        M("2.1", "โครงการเทศบาลโปร่งใส ไม่รับของขวัญ (No Gift Policy)",
          steps="1) นายกเทศมนตรีประกาศเจตนารมณ์\n2) ติดป้ายประชาสัมพันธ์ทุกกอง\n3) จัดทำทะเบียนรายงานการรับของขวัญ",
          budget="3,500", period="ต.ค. - พ.ย. 68", resp="สำนักปลัด\n(งานการเจ้าหน้าที่)",
          mon="รายงานการรับของขวัญต่อนายกฯ ทุก 6 เดือน", outc="ไม่มีการรับของขวัญในทุกกรณี"),
        M("2.2", "จัดทำแผนจัดซื้อจัดจ้างและประกาศผลการจัดซื้อจัดจ้างรายเดือน",
          steps="ประกาศแผนในระบบ e-GP และเว็บไซต์ / สรุปผล สขร.1 ทุกเดือน",
          budget="-", period="ต.ค. 68 - ก.ย. 69", resp="กองคลัง\n(งานพัสดุ)",
          mon="ผู้อำนวยการกองคลังตรวจสอบรายเดือน", outc="การจัดซื้อจัดจ้างโปร่งใสตรวจสอบได้"),
        M("2.3", "ประเมินความเสี่ยงการทุจริตประจำปี",
          steps="ประชุมคณะทำงานระบุความเสี่ยง จัดทำแผนบริหารความเสี่ยงการทุจริต",
          budget="-", period="ม.ค. - ก.พ. 69", resp="หน่วยตรวจสอบภายใน",
          mon="ติดตามผลตามแผนบริหารความเสี่ยงรอบ 6 และ 12 เดือน", outc="มีมาตรการควบคุมความเสี่ยงครบทุกกระบวนงาน"),
    ]),
    ("3", "ด้านการมีส่วนร่วม", [
        M("3.1", "โครงการประชุมประชาคมแผนพัฒนาท้องถิ่น",
          steps="จัดประชุมประชาคมระดับหมู่บ้าน 11 หมู่บ้าน และระดับตำบล",
          budget="25,000", period="มี.ค. - พ.ค. 69", resp="กองยุทธศาสตร์และงบประมาณ",
          mon="สรุปผลการประชุมเสนอคณะกรรมการพัฒนาเทศบาล", outc="ประชาชนมีส่วนร่วมกำหนดโครงการพัฒนา"),
        M("3.2", "จัดตั้งคณะกรรมการชุมชนร่วมตรวจสอบโครงการก่อสร้าง",
          steps="คัดเลือกตัวแทนชุมชนหมู่บ้านละ 2 คน ร่วมตรวจงานก่อสร้างทุกโครงการ",
          budget="-", period="ต.ค. 68 - ก.ย. 69", resp="กองช่าง",
          mon="กองช่างรายงานผลการตรวจงานต่อนายกฯ ทุกไตรมาส", outc="งานก่อสร้างได้มาตรฐาน ไม่มีข้อร้องเรียน"),
    ]),
]


def xl(s):
    return esc(s).replace("\n", "<br style='mso-data-placement:same-cell'>")


def build():
    rows = []
    for gnum, gname, acts in GROUPS:
        rows.append(" <tr height=26 style='height:19.5pt'>\n  <td colspan=8 height=26 class=xl72 style='height:19.5pt'>%s. %s</td>\n </tr>" % (gnum, gname))
        for m in acts:
            bud = ("<td class=xl74 align=right x:num=\"%s\">%s</td>" % (m.budget.replace(",", ""), m.budget)
                   if m.budget[0].isdigit() else "<td class=xl75>%s</td>" % m.budget)
            rows.append(""" <tr height=104 style='mso-height-source:userset;height:78.0pt'>
  <td height=104 class=xl73 style='height:78.0pt' x:str>%s</td>
  <td class=xl76 width=230 style='width:173pt'>%s</td>
  <td class=xl76 width=250 style='width:188pt'>%s</td>
  %s
  <td class=xl75>%s</td>
  <td class=xl76>%s</td>
  <td class=xl76 width=170 style='width:128pt'>%s</td>
  <td class=xl76 width=170 style='width:128pt'>%s</td>
 </tr>""" % (m.num, xl(m.title), xl(m.steps), bud, xl(m.period), xl(m.resp), xl(m.mon), xl(m.outc)))
    page = """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<title>แผนการขับเคลื่อนการยกระดับคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ 2569 - เทศบาลตำบลเวียงเหนือ</title>
<link rel="stylesheet" href="/theme/lao-gov/css/bootstrap.min.css">
<link rel="stylesheet" href="/theme/lao-gov/css/style.css">
<style>
.xl66{font-weight:700;text-align:center;vertical-align:middle;border:.5pt solid windowtext;background:#C6E0B4;white-space:normal;}
.xl72{font-weight:700;text-align:left;border:.5pt solid windowtext;background:#E2EFDA;}
.xl73{text-align:center;vertical-align:top;border:.5pt solid windowtext;}
.xl74{vertical-align:top;border:.5pt solid windowtext;mso-number-format:"\\#\\,\\#\\#0";}
.xl75{text-align:center;vertical-align:top;border:.5pt solid windowtext;white-space:normal;}
.xl76{vertical-align:top;border:.5pt solid windowtext;white-space:normal;}
</style>
</head>
<body>
<div id="top-bar"><marquee scrollamount="4">ยินดีต้อนรับสู่เว็บไซต์เทศบาลตำบลเวียงเหนือ อำเภอเวียงชัย จังหวัดเชียงราย &nbsp;&nbsp; ★ ขอเชิญชวนประชาชนชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในเดือนเมษายน 2569 ★</marquee></div>
<div id="banner"><img src="/uploads/banner/banner-wiangnuea-2569.jpg" alt="เทศบาลตำบลเวียงเหนือ"></div>
<div class="container-fluid">
<div class="row">
  <div class="col-md-3" id="left-menu">
    <div class="menu-box"><div class="menu-head">เมนูหลัก</div>
      <ul>
        <li><a href="/index.php">หน้าแรก</a></li>
        <li><a href="/content/general">ข้อมูลพื้นฐาน</a></li>
        <li><a href="/content/structure">โครงสร้างส่วนราชการ</a></li>
        <li><a href="/content/executive">คณะผู้บริหาร</a></li>
        <li><a href="/content/council">สมาชิกสภาเทศบาล</a></li>
      </ul>
    </div>
    <div class="menu-box"><div class="menu-head">ITA การประเมินคุณธรรมและความโปร่งใส</div>
      <ul>
        <li><a href="/ita/2569/oit">OIT ปี 2569</a></li>
        <li><a href="/ita/2569/plan">แผนการขับเคลื่อน ITA 2569</a></li>
        <li><a href="/ita/2568/result">รายงานผล ITA 2568</a></li>
      </ul>
    </div>
    <div class="menu-box"><div class="menu-head">สถิติผู้เข้าชม</div>
      <p>วันนี้ 57 &nbsp;|&nbsp; เดือนนี้ 1,904 &nbsp;|&nbsp; ทั้งหมด 214,377</p></div>
  </div>
  <div class="col-md-9" id="content">
    <div class="content-head">ITA การประเมินคุณธรรมและความโปร่งใส &raquo; แผนการขับเคลื่อน ITA 2569</div>
    <h3>แผนการขับเคลื่อนการยกระดับคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)</h3>
    <h4>เทศบาลตำบลเวียงเหนือ ประจำปีงบประมาณ พ.ศ. 2569</h4>
    <p class="post-info">โพสต์เมื่อ : 3 พ.ย. 2568 &nbsp; อ่าน : 412 ครั้ง</p>
    <p>จากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568 เทศบาลตำบลเวียงเหนือ
    ได้คะแนน 95.36 คะแนน ผ่านเกณฑ์การประเมิน เพื่อรักษามาตรฐานและยกระดับผลการประเมินให้สูงขึ้น เทศบาลจึงจัดทำแผนการขับเคลื่อน ดังนี้</p>
<!--StartFragment-->
<table border=0 cellpadding=0 cellspacing=0 width=1180 style='border-collapse:collapse;table-layout:fixed;width:885pt'>
 <col width=48 style='mso-width-source:userset;mso-width-alt:1755;width:36pt'>
 <col width=230 style='mso-width-source:userset;mso-width-alt:8411;width:173pt'>
 <col width=250 style='mso-width-source:userset;mso-width-alt:9142;width:188pt'>
 <col width=90 style='mso-width-source:userset;mso-width-alt:3291;width:68pt'>
 <col width=110 style='mso-width-source:userset;mso-width-alt:4022;width:83pt'>
 <col width=112 style='mso-width-source:userset;mso-width-alt:4096;width:84pt'>
 <col width=170 span=2 style='mso-width-source:userset;mso-width-alt:6217;width:128pt'>
 <tr height=46 style='height:34.5pt'>
  <td height=46 class=xl66 width=48 style='height:34.5pt;width:36pt'>ลำดับ</td>
  <td class=xl66 width=230 style='width:173pt'>โครงการ/กิจกรรม</td>
  <td class=xl66 width=250 style='width:188pt'>วิธีการดำเนินงาน</td>
  <td class=xl66 width=90 style='width:68pt'>งบประมาณ<br style='mso-data-placement:same-cell'>(บาท)</td>
  <td class=xl66 width=110 style='width:83pt'>ระยะเวลา</td>
  <td class=xl66 width=112 style='width:84pt'>ผู้รับผิดชอบ</td>
  <td class=xl66 width=170 style='width:128pt'>การติดตามผล</td>
  <td class=xl66 width=170 style='width:128pt'>ผลที่คาดว่าจะได้รับ</td>
 </tr>
""" + "\n".join(rows) + """
 <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'>
  <td width=48 style='width:36pt'></td><td width=230 style='width:173pt'></td><td width=250 style='width:188pt'></td>
  <td width=90 style='width:68pt'></td><td width=110 style='width:83pt'></td><td width=112 style='width:84pt'></td>
  <td width=170 style='width:128pt'></td><td width=170 style='width:128pt'></td>
 </tr>
 <![endif]>
</table>
<!--EndFragment-->
    <p>&nbsp;</p>
    <p>ประกาศ ณ วันที่ 31 ตุลาคม 2568<br>นายวิชัย ศรีเวียง<br>นายกเทศมนตรีตำบลเวียงเหนือ</p>
    <p class="attach">เอกสารแนบ : <a href="/uploads/ita/2569/plan-ita-2569.pdf">แผนการขับเคลื่อน ITA 2569.pdf</a> (ดาวน์โหลด 38 ครั้ง)</p>
  </div>
</div>
</div>
<div id="footer">เทศบาลตำบลเวียงเหนือ 99 หมู่ 5 ตำบลเวียงเหนือ อำเภอเวียงชัย จังหวัดเชียงราย 57210 โทรศัพท์ 0-5395-xxxx<br>Copyright &copy; 2025 All Rights Reserved.</div>
</body>
</html>
"""
    save_text(NAME + ".html", page)
    ms = [m for g in GROUPS for m in g[2]]
    write_truth(NAME + ".html", "plan", 2569, AG, "activity", ms, problems=[],
                notes="""Complete plan. Thai local-government CMS page (marquee, banner, left menu boxes, visitor statistics,
    post info, attachment link, footer). The plan table was pasted from an Excel 'save as web page' export
    (<!--StartFragment-->, <col> with mso-width, class=xl66…xl76, x:num / x:str attributes, line breaks as
    <br style='mso-data-placement:same-cell'>, hidden <![if supportMisalignedColumns]> row). Eight columns incl. a
    budget column (not an element; '-' / 'ไม่ใช้งบประมาณ' there is not an omission). NUMBERED group rows
    '1. ด้านการเปิดเผยข้อมูล', '2. …', '3. …' (colspan=8) are themes; the unit is the activity row 1.1 … 3.2 with
    its own method, period, unit, follow-up and expected result (outcome). Output missing (plan). Score
    (ITA 2568 95.36 ผ่าน) consistent.""")


if __name__ == "__main__":
    build()
