"""m04: สถาบันการพลศึกษา วิทยาเขตลำน้ำชี measures FY2570 - a page saved from the campus's ASP.NET WebForms
'ITA Online' system: <form id="form1"> with __VIEWSTATE / __EVENTVALIDATION hidden fields, master-page menu, a
DropDownList for the year, the analysis in <span id="…_lblWeak"> labels with <br /> lines, a score GridView and a
measures GridView (rules="all", header <th scope="col">, alternating gvRow/gvAltRow, every cell a <span id="…_lblX">)."""
import base64, hashlib, html
from common import *

NAME = 'm04_ipe_lamnamchi_measures_2570'
AG = 'สถาบันการพลศึกษา วิทยาเขตลำน้ำชี'
P = 'ctl00_ContentPlaceHolder1_'
# measure, steps, responsible, period, monitoring, expected
ROWS = [
    ('เปิดเผยข้อมูลการรับสมัครนักศึกษาและเกณฑ์การคัดเลือกนักกีฬาเข้าศึกษาอย่างโปร่งใส',
     ['ประกาศเกณฑ์การทดสอบทักษะกีฬาและเกณฑ์คะแนนล่วงหน้าอย่างน้อย 30 วัน', 'แต่งตั้งกรรมการทดสอบจากภายนอกร่วมอย่างน้อย 1 คน',
      'ประกาศผลคะแนนรายบุคคลบนเว็บไซต์วิทยาเขต'],
     'งานรับสมัครและทะเบียน / คณะศึกษาศาสตร์', 'ม.ค. – เม.ย. 2570',
     'รองคณบดีฝ่ายวิชาการตรวจสอบผลคะแนนก่อนประกาศ และรายงานรองอธิการบดีประจำวิทยาเขต', 'ไม่มีข้อร้องเรียนเรื่องการคัดเลือกนักศึกษา'),
    ('ป้องกันการเรียกรับผลประโยชน์ในการให้บริการสนามกีฬาและสระว่ายน้ำแก่บุคคลภายนอก',
     ['ประกาศอัตราค่าบริการและช่องทางจองผ่านระบบออนไลน์', 'ชำระค่าบริการผ่าน QR Code ของวิทยาเขตเท่านั้น',
      'ออกใบเสร็จรับเงินจากระบบทุกครั้ง'],
     'ศูนย์กีฬาและสุขภาพ', 'ต.ค. 2569 – ก.ย. 2570',
     'งานการเงินตรวจสอบรายรับเทียบกับการจองรายเดือน และรายงานผู้บริหารทุกไตรมาส', 'รายรับจากการให้บริการตรงกับการจองร้อยละ 100'),
    ('เปิดเผยข้อมูลการจัดซื้อจัดจ้างอุปกรณ์กีฬาและครุภัณฑ์',
     ['ประกาศแผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์', 'เผยแพร่ราคากลางและผลการพิจารณาทุกโครงการ', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน'],
     'งานพัสดุ', 'ต.ค. 2569 – ก.ย. 2570',
     'รายงานผลการจัดซื้อจัดจ้างต่อคณะกรรมการบริหารวิทยาเขตทุกเดือน', 'ข้อมูลการจัดซื้อจัดจ้างเผยแพร่ครบถ้วนตามเกณฑ์ OIT'),
    ('ป้องกันการใช้รถโดยสารและทรัพย์สินของวิทยาเขตเพื่อประโยชน์ส่วนตน',
     ['ขออนุญาตใช้รถผ่านระบบ e-Car ทุกครั้ง', 'ติดตั้ง GPS รถโดยสารทุกคัน', 'จัดทำแนวปฏิบัติการยืมอุปกรณ์กีฬาออกนอกวิทยาเขต'],
     'งานยานพาหนะ / งานพัสดุ', 'ต.ค. 2569 – ก.ย. 2570',
     'หัวหน้างานบริหารทั่วไปตรวจสอบรายงาน GPS รายสัปดาห์ และรายงานรองอธิการบดีทุกเดือน', 'ไม่พบการใช้ทรัพย์สินผิดวัตถุประสงค์'),
    ('ส่งเสริมความโปร่งใสในการวัดและประเมินผลการเรียน',
     ['ชี้แจงเกณฑ์การวัดผลในสัปดาห์แรกของภาคเรียน', 'ประกาศผลการเรียนผ่านระบบทะเบียนออนไลน์', 'เปิดให้นักศึกษายื่นคำร้องขอทบทวนผลการเรียน'],
     'คณะศึกษาศาสตร์ / คณะวิทยาศาสตร์การกีฬาและสุขภาพ / คณะศิลปศาสตร์', 'ภาคเรียนที่ 2/2569 – ภาคเรียนที่ 1/2570',
     'คณะกรรมการประจำคณะพิจารณาคำร้องและรายงานผลต่อสภาวิชาการ', 'คำร้องขอทบทวนผลการเรียนได้รับการพิจารณาครบทุกราย'),
    ('จัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
     ['เปิดช่องทางร้องเรียนทางเว็บไซต์ อีเมล และตู้รับเรื่อง', 'คุ้มครองข้อมูลผู้ร้องเรียน', 'แจ้งผลการดำเนินการภายใน 30 วัน'],
     'งานนิติการ', 'ต.ค. 2569 – ก.ย. 2570',
     'รายงานสรุปเรื่องร้องเรียนต่อรองอธิการบดีทุกไตรมาส และรายงานสถาบันการพลศึกษาปีละ 2 ครั้ง', 'เรื่องร้องเรียนได้รับการดำเนินการครบร้อยละ 100'),
    ('เสริมสร้างวัฒนธรรมองค์กร “พลศึกษาลำน้ำชี ใสสะอาด ไม่ทนต่อการทุจริต”',
     ['ประกาศนโยบาย No Gift Policy', 'จัดกิจกรรมต้านทุจริตร่วมกับสโมสรนักศึกษา', 'ยกย่องบุคลากรต้นแบบด้านคุณธรรม'],
     'งานบริหารบุคคล / กองพัฒนานักศึกษา', 'ธ.ค. 2569 – ส.ค. 2570',
     'รายงานผลการดำเนินกิจกรรมต่อคณะกรรมการบริหารวิทยาเขต', 'บุคลากรและนักศึกษาเข้าร่วมกิจกรรมไม่น้อยกว่าร้อยละ 80'),
]
SCORES = [('IIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน)', '93.40'), ('EIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก)', '90.18'),
          ('OIT (การเปิดเผยข้อมูลสาธารณะ)', '91.79'), ('คะแนนรวม', '91.79')]


def fake_b64(seed, n):
    out = b''
    k = 0
    while len(out) < n:
        out += hashlib.sha256(('%s%d' % (seed, k)).encode()).digest(); k += 1
    return base64.b64encode(out[:n]).decode()


def e(s):
    return html.escape(s, quote=False)


def build():
    o = []
    o.append('''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	ITA Online :: มาตรการส่งเสริมคุณธรรมและความโปร่งใส
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="../App_Themes/Default/StyleSheet.css" type="text/css" rel="stylesheet" />
<style type="text/css">
  .gvList { font-family: Tahoma; font-size: 10pt; width: 100%%; }
  .gvHeader { background-color: #1F4E79; color: #FFFFFF; }
  .gvRow { background-color: #FFFFFF; vertical-align: top; }
  .gvAltRow { background-color: #EAF1FB; vertical-align: top; }
  .menu a { color:#fff; margin-right:12px; }
</style></head>
<body>
    <form method="post" action="./ITA_Measure.aspx?y=2570" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {
    theForm = document.form1;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>

<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="9A3B5F21" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" />
</div>
    <table width="100%%" cellpadding="0" cellspacing="0" border="0">
      <tr><td style="background:#1F4E79;padding:8px;color:#fff;">
        <span style="font-size:16pt;font-weight:bold;">ระบบ ITA Online</span>
        &nbsp;สถาบันการพลศึกษา วิทยาเขตลำน้ำชี
      </td></tr>
      <tr><td class="menu" style="background:#2E75B6;padding:4px;">
        <a href="Default.aspx">หน้าหลัก</a><a href="ITA_Score.aspx">ผลคะแนน ITA</a><a href="ITA_Measure.aspx" style="text-decoration:underline;">มาตรการ</a><a href="ITA_Report.aspx">รายงานผล</a><a href="../Login.aspx">เข้าสู่ระบบ</a>
      </td></tr>
    </table>
    <div style="padding:10px 18px;">
''' % (fake_b64('vs', 1800), fake_b64('ev', 180)))
    o.append('''      ปีงบประมาณ : <select name="ctl00$ContentPlaceHolder1$ddlYear" onchange="javascript:setTimeout(&#39;__doPostBack(\\&#39;ctl00$ContentPlaceHolder1$ddlYear\\&#39;,\\&#39;\\&#39;)&#39;, 0)" id="%sddlYear">
	<option value="2568">2568</option>
	<option value="2569">2569</option>
	<option selected="selected" value="2570">2570</option>
</select>
      &nbsp;<input type="submit" name="ctl00$ContentPlaceHolder1$btnPrint" value="พิมพ์" id="%sbtnPrint" />
      <h2 style="text-align:center;"><span id="%slblTitle">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</span></h2>
      <p style="text-align:center;"><span id="%slblAgency">สถาบันการพลศึกษา วิทยาเขตลำน้ำชี</span></p>
''' % (P, P, P, P))
    o.append('      <h3>1. ผลการประเมิน ITA ประจำปี พ.ศ. 2569 (สถาบันการพลศึกษา)</h3>\n')
    o.append('      <div>\n\t<table class="gvList" cellspacing="0" rules="all" border="1" id="%sgvScore" style="border-collapse:collapse;">\n' % P)
    o.append('\t\t<tr class="gvHeader">\n\t\t\t<th scope="col">เครื่องมือการประเมิน</th><th scope="col">คะแนน</th>\n\t\t</tr>')
    for i, (a, b) in enumerate(SCORES):
        cls = 'gvRow' if i % 2 == 0 else 'gvAltRow'
        o.append('<tr class="%s">\n\t\t\t<td>\n                    <span id="%sgvScore_ctl%02d_lblTool">%s</span>\n                </td><td align="right">%s</td>\n\t\t</tr>'
                 % (cls, P, i + 2, e(a), b))
    o.append('\n\t</table>\n</div>\n')
    o.append('      <p>ผลคะแนนรวม 91.79 คะแนน อยู่ในระดับ ผ่าน</p>\n')
    o.append('      <h3>2. การวิเคราะห์ผลการประเมิน</h3>\n')
    o.append('      <b>2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</b><br />\n')
    o.append('      <span id="%slblWeak">- ผู้มีส่วนได้ส่วนเสียภายนอกเห็นว่าเกณฑ์การคัดเลือกนักกีฬาเข้าศึกษายังไม่ชัดเจน (EIT ข้อ e3)<br />'
             '- การให้บริการสนามกีฬาแก่บุคคลภายนอกยังรับชำระเงินสด ตรวจสอบยาก<br />'
             '- บุคลากรบางส่วนยังนำรถโดยสารของวิทยาเขตไปใช้โดยไม่ขออนุญาต (IIT ข้อ i13)</span><br /><br />\n' % P)
    o.append('      <b>2.2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</b><br />\n')
    o.append('      <span id="%slblImprove">- การเปิดเผยข้อมูลการจัดซื้อจัดจ้างอุปกรณ์กีฬาให้ครบถ้วน<br />'
             '- ความโปร่งใสในการวัดและประเมินผลการเรียน<br />'
             '- การสร้างวัฒนธรรมองค์กรร่วมกับนักศึกษา</span>\n' % P)
    o.append('      <h3>3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h3>\n')
    o.append('      <div>\n\t<table class="gvList" cellspacing="0" rules="all" border="1" id="%sgvMeasure" style="border-collapse:collapse;">\n' % P)
    o.append('\t\t<tr class="gvHeader">\n\t\t\t<th scope="col">ลำดับ</th><th scope="col">มาตรการ/แนวทาง</th><th scope="col">ขั้นตอนการดำเนินงาน</th>'
             '<th scope="col">ผู้รับผิดชอบ</th><th scope="col">ระยะเวลา</th><th scope="col">การกำกับติดตาม</th><th scope="col">ผลลัพธ์ที่คาดหวัง</th>\n\t\t</tr>')
    for i, (m, steps, resp, per, mon, exp) in enumerate(ROWS):
        cls = 'gvRow' if i % 2 == 0 else 'gvAltRow'
        c = 'ctl%02d' % (i + 2)
        st = '<br />'.join('%d. %s' % (k, e(s)) for k, s in enumerate(steps, start=1))
        o.append('<tr class="%s">\n\t\t\t<td align="center">%d</td><td>\n                    <span id="%sgvMeasure_%s_lblMeasure">%s</span>\n'
                 '                </td><td>\n                    <span id="%sgvMeasure_%s_lblStep">%s</span>\n'
                 '                </td><td>\n                    <span id="%sgvMeasure_%s_lblOwner">%s</span>\n'
                 '                </td><td>\n                    <span id="%sgvMeasure_%s_lblPeriod">%s</span>\n'
                 '                </td><td>\n                    <span id="%sgvMeasure_%s_lblFollow">%s</span>\n'
                 '                </td><td>\n                    <span id="%sgvMeasure_%s_lblExpect">%s</span>\n'
                 '                </td>\n\t\t</tr>'
                 % (cls, i + 1, P, c, e(m), P, c, st, P, c, e(resp), P, c, e(per), P, c, e(mon), P, c, e(exp)))
    o.append('\n\t</table>\n</div>\n')
    o.append('      <p><span id="%slblApprove">อนุมัติ ณ วันที่ 9 ตุลาคม 2569 โดย รองอธิการบดีประจำวิทยาเขตลำน้ำชี</span></p>\n' % P)
    o.append('      <p><a id="%slnkPdf" href="javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$lnkPdf&#39;,&#39;&#39;)">ดาวน์โหลดเอกสาร (PDF)</a></p>\n' % P)
    o.append('''    </div>
    <div style="background:#DDD;padding:6px;font-size:8pt;text-align:center;">
      &copy; 2569 สถาบันการพลศึกษา วิทยาเขตลำน้ำชี | พัฒนาโดย งานเทคโนโลยีสารสนเทศ | Version 2.3.1
    </div>
    </form>
</body>
</html>
''')
    write_text(NAME + '.html', ''.join(o).replace('\n', '\r\n'))

    ms = [M(str(i), r[0], 'o') for i, r in enumerate(ROWS, start=1)]
    write_truth(NAME + '.html', 'measures', 2570, AG, 'measure', ms,
                sections={'weaknesses': 'present', 'improvements': 'present'}, problems=[],
                notes="""Page saved from an ASP.NET WebForms application (CRLF, XHTML 1.0 Transitional): hidden
        __VIEWSTATE / __EVENTVALIDATION blobs, __doPostBack script, a layout table with banner and menu, a year
        DropDownList (2568/2569/2570 - the option digits are not measures), a 'พิมพ์' button. Score GridView (IIT 93.40,
        EIT 90.18, OIT 91.79, total 91.79 'ผ่าน' - consistent); both analysis sections as bold captions followed by
        <span id=…_lblWeak> / _lblImprove labels with '- … <br />' lines. Measures GridView (rules=all, th scope=col,
        gvRow/gvAltRow) with 7 columns ลำดับ / มาตรการ/แนวทาง / ขั้นตอนการดำเนินงาน ('1. 2. 3.' joined by <br />) /
        ผู้รับผิดชอบ / ระยะเวลา / การกำกับติดตาม / ผลลัพธ์ที่คาดหวัง; each value wrapped in a <span id=…_lblX>. Measure 5's
        period is in semesters ('ภาคเรียนที่ 2/2569 – ภาคเรียนที่ 1/2570') - present. Expected result labelled outcome;
        output missing (forward-looking). COMPLETE. Unit = measure.""")


if __name__ == '__main__':
    build()
