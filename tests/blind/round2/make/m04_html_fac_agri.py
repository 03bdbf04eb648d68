"""m04: university faculty, measures FY 2570, old table-layout website (page built from nested layout tables,
left menu table, <font> tags), measures table inside the content cell, <ol> lists in cells, one steps cell holding a
nested table. COMPLETE."""
from common import *

NAME = "m04_fac_agri_maekhong_measures_2570"
AG = "คณะเกษตรศาสตร์และทรัพยากรธรรมชาติ มหาวิทยาลัยแม่โขง"

MEAS = [
    M("1", "มาตรการเปิดเผยข้อมูลการดำเนินงานและการใช้จ่ายงบประมาณของคณะ",
      steps=["จัดทำหน้าเว็บไซต์ “ความโปร่งใส” ของคณะ", "เผยแพร่แผนและผลการใช้จ่ายงบประมาณรายไตรมาส", "เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน"],
      resp="งานแผนและประกันคุณภาพ<br>งานคลังและพัสดุ", period="ต.ค. 2569 – ก.ย. 2570",
      mon="รองคณบดีฝ่ายบริหารตรวจสอบความครบถ้วนทุกไตรมาสและรายงานที่ประชุมคณะกรรมการประจำคณะ",
      outc="ข้อมูลการใช้จ่ายงบประมาณเผยแพร่ครบ 4 ไตรมาส บุคลากรและนักศึกษาเข้าถึงข้อมูลได้"),
    M("2", "มาตรการควบคุมรายได้จากการจำหน่ายผลผลิตฟาร์มและงานบริการวิเคราะห์ดิน",
      steps=["ใช้เครื่อง POS และออกใบเสร็จอิเล็กทรอนิกส์ทุกรายการ", "นำส่งเงินรายได้ภายในวันทำการถัดไป", "ตรวจนับสต็อกผลผลิตทุกสิ้นเดือน"],
      resp="ฟาร์มมหาวิทยาลัย<br>หน่วยบริการวิเคราะห์ดินและพืช", period="ต.ค. 2569 – ก.ย. 2570",
      mon="งานคลังกระทบยอดรายได้กับรายงาน POS ทุกสัปดาห์ และรายงานคณบดีทุกเดือน",
      outc="รายได้ทุกรายการมีหลักฐานตรวจสอบได้ ไม่พบเงินขาดบัญชี"),
    M("3", "มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อครุภัณฑ์วิทยาศาสตร์และการใช้เงินทุนวิจัย",
      steps="NESTED",
      resp="งานคลังและพัสดุ<br>งานวิจัยและบริการวิชาการ", period="ตามกำหนดในตารางขั้นตอน",
      mon="งานวิจัยฯ สรุปผลการยื่นแบบและรายงานคณะกรรมการบริหารคณะทุก 6 เดือน",
      outc="ไม่มีข้อร้องเรียนหรือข้อทักท้วงเรื่องการจัดซื้อครุภัณฑ์และการเบิกจ่ายทุนวิจัย"),
    M("4", "มาตรการส่งเสริมความเป็นธรรมในการประเมินผลการเรียนและการพิจารณาทุนการศึกษา",
      steps=["ประกาศเกณฑ์การวัดผลในประมวลรายวิชา (มคอ.3) ทุกรายวิชา", "คณะกรรมการพิจารณาทุนต้องไม่มีส่วนได้เสียกับผู้สมัคร",
             "ประกาศผลการพิจารณาทุนพร้อมเกณฑ์คะแนน"],
      resp="งานบริการการศึกษา<br>งานกิจการนักศึกษา", period="ภาคการศึกษาที่ 2/2569 และ 1/2570",
      mon="รองคณบดีฝ่ายวิชาการรายงานผลการอุทธรณ์ผลการเรียนต่อที่ประชุมคณะกรรมการประจำคณะทุกภาคการศึกษา",
      outc="ไม่มีการอุทธรณ์ผลการพิจารณาทุนที่พบว่าไม่เป็นธรรม นักศึกษาพึงพอใจไม่ต่ำกว่า 4.00"),
    M("5", "มาตรการป้องกันการใช้ทรัพย์สินของคณะเพื่อประโยชน์ส่วนตน",
      steps=["จองรถยนต์ เครื่องมือ และห้องปฏิบัติการผ่านระบบจองออนไลน์ของคณะ", "ห้ามนำเครื่องมือวิทยาศาสตร์ออกนอกคณะโดยไม่มีบันทึกอนุญาต"],
      resp="งานบริหารทั่วไป<br>หัวหน้าห้องปฏิบัติการ", period="ต.ค. 2569 – ก.ย. 2570",
      mon="ตรวจสอบบันทึกการใช้รถยนต์และเครื่องมือทุกเดือน รายงานรองคณบดีฝ่ายบริหาร",
      outc="IIT ประเด็นการใช้ทรัพย์สินของราชการของมหาวิทยาลัยไม่ต่ำกว่า 90 คะแนน"),
    M("6", "มาตรการรับฟังความคิดเห็นและจัดการข้อร้องเรียน",
      steps=["เปิดช่องทางรับเรื่อง (กล่องรับความคิดเห็น, อีเมลคณะ, Google Form)", "แจ้งผลแก่ผู้ร้องภายใน 15 วันทำการ"],
      resp="งานบริหารทั่วไป", period="ต.ค. 2569 – ก.ย. 2570",
      mon="สรุปสถิติเรื่องร้องเรียนเสนอคณบดีทุกเดือน",
      outc="ข้อร้องเรียนได้รับการแก้ไขภายในกำหนดร้อยละ 100"),
]
NESTED = [("1) ผู้เกี่ยวข้องกับการกำหนดคุณลักษณะครุภัณฑ์ยื่นแบบแสดงความไม่มีส่วนได้เสีย", "ก่อนเริ่มการจัดซื้อทุกโครงการ"),
          ("2) เผยแพร่ร่างคุณลักษณะเฉพาะเพื่อรับฟังความคิดเห็น", "ธ.ค. 2569 – ม.ค. 2570"),
          ("3) หัวหน้าโครงการวิจัยรายงานการใช้เงินทุนตามแบบของมหาวิทยาลัย", "ทุก 6 เดือน")]


def font(t, size=2, bold=False):
    s = '<font face="Tahoma" size="%d">%s</font>' % (size, t)
    return "<b>%s</b>" % s if bold else s


def build():
    rows = []
    for m in MEAS:
        if m.steps == "NESTED":
            st = ('<table width="100%" border="1" cellspacing="0" cellpadding="2" bordercolor="#CCCCCC">'
                  '<tr bgcolor="#EEEEEE"><td>' + font("ขั้นตอน", 1, True) + '</td><td width="35%">' + font("กำหนดเวลา", 1, True) + '</td></tr>'
                  + "".join("<tr><td>%s</td><td>%s</td></tr>" % (font(a, 1), font(b, 1)) for a, b in NESTED) + "</table>")
        else:
            st = "<ol>" + "".join("<li>%s</li>" % font(s) for s in m.steps) + "</ol>"
        rows.append("""                <tr valign="top">
                  <td align="center">%s</td>
                  <td>%s</td>
                  <td>%s</td>
                  <td>%s</td>
                  <td>%s</td>
                  <td>%s</td>
                  <td>%s</td>
                </tr>""" % (font(m.num), font(m.title), st, font(m.resp), font(m.period), font(m.mon), font(m.outc)))
    page = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>:: คณะเกษตรศาสตร์และทรัพยากรธรรมชาติ มหาวิทยาลัยแม่โขง ::</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="js/menu.js"></script>
</head>
<body bgcolor="#E8F0E0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td colspan="2"><img src="images/banner_agri.jpg" width="1000" height="160" alt="คณะเกษตรศาสตร์และทรัพยากรธรรมชาติ"></td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#2E6B1F" height="28">
      <table border="0" cellspacing="0" cellpadding="0"><tr>
        <td class="topmenu"><a href="index.php">หน้าหลัก</a></td>
        <td class="topmenu"><a href="about.php">เกี่ยวกับคณะ</a></td>
        <td class="topmenu"><a href="program.php">หลักสูตร</a></td>
        <td class="topmenu"><a href="research.php">งานวิจัย</a></td>
        <td class="topmenu"><a href="ita.php">ITA</a></td>
        <td class="topmenu"><a href="contact.php">ติดต่อเรา</a></td>
      </tr></table>
    </td>
  </tr>
  <tr>
    <td width="200" valign="top" bgcolor="#F3F7EF">
      <table width="100%" border="0" cellspacing="0" cellpadding="6">
        <tr><td bgcolor="#8DB255">""" + font("<font color=\"#FFFFFF\">ข้อมูลสาธารณะ (ITA)</font>", 2, True) + """</td></tr>
        <tr><td><a href="ita.php?y=2568">""" + font("ITA 2568") + """</a></td></tr>
        <tr><td><a href="ita.php?y=2569">""" + font("ITA 2569") + """</a></td></tr>
        <tr><td><a href="ita.php?y=2570">""" + font("<b>ITA 2570</b>") + """</a></td></tr>
        <tr><td><a href="nogift.php">""" + font("ประกาศ No Gift Policy") + """</a></td></tr>
        <tr><td><a href="complaint.php">""" + font("แจ้งเรื่องร้องเรียน") + """</a></td></tr>
        <tr><td align="center"><img src="images/counter.gif" alt="counter"><br>""" + font("ผู้เข้าชม 045,218", 1) + """</td></tr>
      </table>
    </td>
    <td width="800" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="10">
        <tr>
          <td>
            <p align="center">""" + font("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570", 4, True) + "<br>" + font(AG, 3, True) + """</p>
            <p>""" + font("<b>1. ผลการประเมินและการวิเคราะห์</b>", 3) + """</p>
            <p>""" + font("มหาวิทยาลัยแม่โขงได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. 2569 "
                           "ได้คะแนน 93.58 คะแนน ผ่านเกณฑ์การประเมิน คณะได้นำผลการประเมินมาวิเคราะห์ในระดับคณะ ดังนี้") + """</p>
            <p>""" + font("<b>1.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</b>") + """</p>
            <ol>
              <li>""" + font("การรับเงินสดจากการจำหน่ายผลผลิตฟาร์มและค่าบริการวิเคราะห์ดินยังไม่มีระบบตรวจสอบรายวัน") + """</li>
              <li>""" + font("บุคลากรสายสนับสนุนบางส่วนใช้รถยนต์และเครื่องมือของคณะโดยไม่บันทึกการขออนุญาต") + """</li>
            </ol>
            <p>""" + font("<b>1.2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</b>") + """</p>
            <ol>
              <li>""" + font("การเปิดเผยข้อมูลการใช้จ่ายงบประมาณระดับคณะ") + """</li>
              <li>""" + font("ความโปร่งใสในการพิจารณาทุนการศึกษาและการจัดซื้อครุภัณฑ์วิทยาศาสตร์") + """</li>
              <li>""" + font("การแจ้งผลการจัดการข้อร้องเรียน") + """</li>
            </ol>
            <p>""" + font("<b>2. มาตรการส่งเสริมคุณธรรมและความโปร่งใส</b>", 3) + """</p>
            <table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999">
              <tbody>
                <tr bgcolor="#D9EAD3">
                  <td align="center" width="4%">""" + font("ที่", 2, True) + """</td>
                  <td align="center" width="16%">""" + font("มาตรการ", 2, True) + """</td>
                  <td align="center" width="26%">""" + font("วิธีการ/ขั้นตอน", 2, True) + """</td>
                  <td align="center" width="13%">""" + font("ผู้รับผิดชอบ", 2, True) + """</td>
                  <td align="center" width="11%">""" + font("ระยะเวลา", 2, True) + """</td>
                  <td align="center" width="15%">""" + font("การกำกับติดตาม", 2, True) + """</td>
                  <td align="center" width="15%">""" + font("ผลที่คาดว่าจะได้รับ", 2, True) + """</td>
                </tr>
""" + "\n".join(rows) + """
              </tbody>
            </table>
            <p>""" + font("ประกาศ ณ วันที่ 1 ตุลาคม 2569") + "<br>" + font("(รองศาสตราจารย์ ดร.ปิยะพงษ์ นาคสวัสดิ์)") + "<br>" + font("คณบดีคณะเกษตรศาสตร์และทรัพยากรธรรมชาติ") + """</p>
            <p align="right"><a href="files/ita2570_measures.pdf"><img src="images/pdf.gif" border="0" alt="pdf"> """ + font("ดาวน์โหลดไฟล์ PDF", 1) + """</a></p>
          </td>
        </tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#2E6B1F" align="center" height="40">""" + font("<font color=\"#FFFFFF\">คณะเกษตรศาสตร์และทรัพยากรธรรมชาติ มหาวิทยาลัยแม่โขง 333 หมู่ 1 ต.ท่าสุด อ.เมือง จ.เชียงราย 57100 โทร. 0 5391 6000</font>", 1) + """</td>
  </tr>
</table>
</body>
</html>
"""
    save_text(NAME + ".html", page)
    MEAS[2].steps = "\n".join(a for a, b in NESTED)
    MEAS[2].period = "\n".join(b for a, b in NESTED)
    write_truth(NAME + ".html", "measures", 2570, AG, "measure", MEAS,
                sections={"weaknesses": "present", "improvements": "present"}, problems=[],
                notes="""Complete measures document. Old table-layout faculty website: the whole page is a 1000-px layout
    table (banner row, top menu as a nested table, left menu column of link rows with a visitor counter, content
    cell with an inner padding table). The measures table (7 columns: ที่, มาตรการ, วิธีการ/ขั้นตอน,
    ผู้รับผิดชอบ, ระยะเวลา, การกำกับติดตาม, ผลที่คาดว่าจะได้รับ) is thus nested two levels deep; its header is an
    ordinary <td> row with bgcolor; text is wrapped in <font face="Tahoma">. Steps are <ol> lists inside cells,
    except measure 3 whose steps cell holds a further nested 2-column table (ขั้นตอน | กำหนดเวลา) - its period
    cell only says 'ตามกำหนดในตารางขั้นตอน', the dates being in the nested table (period present).
    'ผลที่คาดว่าจะได้รับ' is the outcome; output missing everywhere. Score (university ITA 2569 93.58 ผ่าน)
    consistent.""")


if __name__ == "__main__":
    build()
