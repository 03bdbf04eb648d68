"""r03: provincial court office, results FY 2567, Word 'save as web page' HTML (UTF-8, mso styles, MsoTableGrid,
<![if !supportLists]> list markers inside cells, status boxes as Wingdings symbol characters þ / ¨)."""
from common import *

NAME = "r03_court_lamphaya_results_2567"
AG = "ศาลจังหวัดลำพญา"
F = "font-family:\"TH SarabunPSK\",sans-serif"


def sp(t, size=14, bold=False):
    s = "<span lang=TH style='font-size:%.1fpt;%s'>%s</span>" % (size, F, esc(t))
    return "<b>%s</b>" % s if bold else s


def mp(t, align=None, size=14, bold=False, cls="MsoNormal"):
    st = "text-align:%s" % align if align else ""
    al = " align=%s" % align if align else ""
    return "<p class=%s%s style='%s'>%s</p>" % (cls, al, st, sp(t, size, bold) if t else "<span lang=TH style='%s'>&nbsp;</span>" % F)


def listp(items, lid):
    out = []
    n = len(items)
    for i, it in enumerate(items):
        cls = "MsoListParagraphCxSpFirst" if i == 0 else ("MsoListParagraphCxSpLast" if i == n - 1 else "MsoListParagraphCxSpMiddle")
        if n == 1:
            cls = "MsoListParagraph"
        out.append(
            "<p class=%s style='margin-left:14.2pt;mso-add-space:auto;text-indent:-14.2pt;mso-list:l%d level1 lfo%d'>"
            "<![if !supportLists]><span style='font-size:14.0pt;%s;mso-fareast-font-family:\"TH SarabunPSK\"'>"
            "<span style='mso-list:Ignore'>%d.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span>"
            "<![endif]>%s</p>" % (cls, lid, lid + 1, F, i + 1, sp(it)))
    return "\n".join(out)


def wing(checked):
    ch = "þ" if checked else "¨"
    return ("<span style='font-size:14.0pt;font-family:Wingdings;mso-ascii-font-family:\"TH SarabunPSK\";"
            "mso-hansi-font-family:\"TH SarabunPSK\";mso-char-type:symbol;mso-symbol-font-family:Wingdings'>"
            "<span style='mso-char-type:symbol;mso-symbol-font-family:Wingdings'>%s</span></span>" % ch)


def boxes_html(b):
    return "\n".join("<p class=MsoNormal>%s%s</p>" % (wing(i in b.ticks), sp(" " + l)) for i, l in enumerate(b.labels))


MEAS = [
    M("1", "มาตรการเปิดเผยข้อมูลการให้บริการประชาชนและค่าธรรมเนียมศาล",
      steps=["จัดทำคู่มือการติดต่อราชการศาลและอัตราค่าธรรมเนียม",
             "เผยแพร่ทางเว็บไซต์ศาลและติดประกาศ ณ ศูนย์บริการประชาชน",
             "ส่วนบริการประชาชนรายงานผลต่อผู้อำนวยการฯ ทุกไตรมาส"],
      resp="ส่วนบริการประชาชน\nส่วนช่วยอำนวยการ", period="ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗",
      mon="ส่วนบริการประชาชนรายงานผลต่อผู้อำนวยการฯ ทุกไตรมาส",
      out=Boxes(2), outc="คู่ความและประชาชนได้รับข้อมูลครบถ้วน ลดการสอบถามซ้ำที่ศูนย์บริการ ผลสำรวจความพึงพอใจ ร้อยละ ๙๓.๑๐"),
    M("2", "มาตรการป้องกันการเรียกรับผลประโยชน์ในการติดต่อราชการศาล",
      steps=["ติดป้ายประกาศ “ศาลจังหวัดลำพญา ไม่เรียกรับเงินหรือผลประโยชน์ใด ๆ” ทุกจุดบริการ",
             "จัดให้มีกล่องรับความคิดเห็นและช่องทางแจ้งเบาะแสทางไลน์ศาล",
             "ผู้อำนวยการฯ ตรวจสอบกล่องรับความคิดเห็นทุกสัปดาห์และรายงานผู้พิพากษาหัวหน้าศาลทุกเดือน"],
      resp="ผู้อำนวยการสำนักงานประจำศาลจังหวัดลำพญา", period="ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗",
      mon="ผู้อำนวยการฯ ตรวจสอบกล่องรับความคิดเห็นทุกสัปดาห์และรายงานผู้พิพากษาหัวหน้าศาลทุกเดือน",
      out=Boxes(2), outc="ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์ตลอดปีงบประมาณ"),
    M("3", "มาตรการบริหารงานบุคคลอย่างเป็นธรรมและโปร่งใส",
      steps=["ประกาศหลักเกณฑ์การประเมินผลการปฏิบัติงานให้บุคลากรทราบล่วงหน้า",
             "แต่งตั้งคณะกรรมการกลั่นกรองผลการประเมิน"],
      resp="ส่วนบริหารจัดการทั่วไป (งานการเจ้าหน้าที่)", period="รอบการประเมิน เม.ย. และ ต.ค. ๒๕๖๗",
      out=Boxes(2), outc="บุคลากรรับทราบหลักเกณฑ์ ร้อยละ ๑๐๐ ไม่มีการอุทธรณ์ผลการประเมิน"),
    M("4", "มาตรการส่งเสริมการใช้ระบบ e-Filing และระบบ CIOS ลดการติดต่อเจ้าหน้าที่",
      steps=["ประชาสัมพันธ์การยื่นฟ้องและคำคู่ความทางอิเล็กทรอนิกส์แก่ทนายความ",
             "จัดเจ้าหน้าที่ให้คำแนะนำการลงทะเบียนระบบ"],
      resp="ส่วนคดี\nส่วนเทคโนโลยีสารสนเทศ", period="ม.ค. – ก.ย. ๒๕๖๗",
      out=Boxes(), outc="............................................"),
    M("5", "มาตรการจัดซื้อจัดจ้างอย่างโปร่งใส",
      steps=["จัดทำแผนการจัดซื้อจัดจ้างและประกาศในระบบ e-GP",
             "เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ศาล"],
      resp="-", period="ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗",
      out=Boxes(2), outc="การจัดซื้อจัดจ้างเป็นไปตามแผน ร้อยละ ๙๘ ไม่มีผู้ร้องเรียนการจัดซื้อจัดจ้าง"),
    M("6", "มาตรการป้องกันการใช้ทรัพย์สินของทางราชการเพื่อประโยชน์ส่วนตน",
      steps=["ทบทวนแนวปฏิบัติการยืมพัสดุและรถยนต์ราชการ",
             "ตรวจสอบทะเบียนคุมการยืม"],
      resp="ส่วนคลัง (งานพัสดุ)", period="ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗",
      out=Boxes(1, 2), outc="ไม่พบการนำทรัพย์สินของราชการไปใช้ส่วนตัว"),
    M("7", "มาตรการรับและจัดการเรื่องร้องเรียนเกี่ยวกับการปฏิบัติหน้าที่ของเจ้าหน้าที่",
      steps=[],
      resp="ส่วนช่วยอำนวยการ", period="ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗",
      mon="รายงานสรุปเรื่องร้องเรียนต่อผู้พิพากษาหัวหน้าศาลทุกไตรมาส",
      out=Boxes(2), outc="เรื่องร้องเรียน ๓ เรื่อง ได้รับการพิจารณาแล้วเสร็จภายในกำหนดทั้งหมด"),
]
GROUPS = {0: "ด้านการเปิดเผยข้อมูลและการป้องกันการรับสินบน", 2: "ด้านการบริหารงานภายใน", 6: "ด้านการรับเรื่องร้องเรียน"}

HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="ITA67_files/filelist.xml">
<title>รายงานผลมาตรการ ITA 2567</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>court-admin</o:Author>
  <o:LastAuthor>ส่วนช่วยอำนวยการ</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:Created>2024-10-02T03:11:00Z</o:Created>
  <o:LastSaved>2024-10-08T08:42:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>90</w:Zoom>
  <w:TrackMoves>false</w:TrackMoves>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeComplexScript>TH</w:LidThemeComplexScript>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Wingdings;
	panose-1:5 0 0 0 0 0 0 0 0 0;
	mso-font-charset:2;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:0 268435456 0 0 -2147483648 0;}
@font-face
	{font-family:"TH SarabunPSK";
	panose-1:2 11 5 0 4 2 0 2 0 3;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-1593833729 1342185562 0 0 65923 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	mso-pagination:widow-orphan;
	font-size:14.0pt;
	font-family:"TH SarabunPSK",sans-serif;
	mso-fareast-font-family:Calibri;
	mso-bidi-language:TH;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	font-size:14.0pt;
	font-family:"TH SarabunPSK",sans-serif;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri",sans-serif;}
 /* Page Definitions */
@page WordSection1
	{size:841.9pt 595.3pt;
	mso-page-orientation:landscape;
	margin:42.55pt 36.0pt 36.0pt 36.0pt;
	mso-header-margin:35.45pt;
	mso-footer-margin:35.45pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:118031402;
	mso-list-type:hybrid;
	mso-list-template-ids:-1283071916 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l0:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:18.0pt;
	text-indent:-18.0pt;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
table.MsoTableGrid
	{mso-style-name:"Table Grid";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
</style>
<![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>
"""

TD = "border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
WIDTHS = [36, 150, 190, 95, 80, 130, 140]


def td(content, i, extra=""):
    return "  <td width=%d valign=top style='width:%.1fpt;%s'%s>\n  %s\n  </td>" % (
        int(WIDTHS[i] * 1.333), WIDTHS[i], TD, extra, content)


def build():
    h = [HEAD]
    h.append(mp("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "center", 16, True))
    h.append(mp("ศาลจังหวัดลำพญา ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "center", 16, True))
    h.append(mp("(ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗)", "center", 14))
    h.append(mp(""))
    h.append("<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'>%s</p>" % sp(
        "ตามที่สำนักงานศาลยุติธรรมได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๙๖.๑๒ คะแนน ผ่านเกณฑ์การประเมิน และศาลจังหวัดลำพญาในฐานะหน่วยงาน"
        "ในสังกัดได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน ๗ มาตรการ "
        "บัดนี้ การดำเนินการตามมาตรการดังกล่าวได้สิ้นสุดลงแล้ว ส่วนช่วยอำนวยการจึงขอรายงานผลการดำเนินการ ดังนี้"))
    h.append(mp(""))
    h.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;border:none;"
             "mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
    hdr = ["ลำดับ", "มาตรการ/กิจกรรม", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ", "ผลลัพธ์/ผลสัมฤทธิ์"]
    h.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;page-break-inside:avoid'>")
    for i, x in enumerate(hdr):
        h.append(td(mp(x, "center", 14, True), i, " bgcolor=\"#D9E2F3\"").replace("border-top:none;", ""))
    h.append(" </tr>")
    irow = 1
    for idx, m in enumerate(MEAS):
        if idx in GROUPS:
            h.append(" <tr style='mso-yfti-irow:%d'>" % irow)
            h.append("  <td width=%d colspan=7 valign=top style='width:821.0pt;%s;background:#F2F2F2'>\n  %s\n  </td>" % (
                1094, TD, mp(GROUPS[idx], None, 14, True)))
            h.append(" </tr>")
            irow += 1
        h.append(" <tr style='mso-yfti-irow:%d'>" % irow)
        irow += 1
        h.append(td(mp(m.num, "center"), 0))
        h.append(td(mp(m.title), 1))
        h.append(td(listp(m.steps, idx) if m.steps else mp(""), 2))
        h.append(td("\n".join(mp(x) for x in m.resp.split("\n")), 3))
        h.append(td(mp(m.period), 4))
        h.append(td(boxes_html(m.out), 5))
        h.append(td(mp(m.outc), 6))
        h.append(" </tr>")
    h[-1] = " </tr>"
    h.append("</table>")
    h.append(mp(""))
    h.append("<p class=MsoNormal style='text-indent:36.0pt'>%s</p>" % sp(
        "หมายเหตุ  มาตรการที่ ๗ ส่วนช่วยอำนวยการรายงานสรุปเรื่องร้องเรียนต่อผู้พิพากษาหัวหน้าศาลทุกไตรมาส"))
    h.append(mp(""))
    for ln in ["(ลงชื่อ)..............................................ผู้รายงาน", "(นายกฤษดา  บุญประคอง)",
               "ผู้อำนวยการสำนักงานประจำศาลจังหวัดลำพญา"]:
        h.append("<p class=MsoNormal style='margin-left:396.0pt;text-align:center'>%s</p>" % sp(ln))
    h.append(mp(""))
    h.append("</div>\n\n</body>\n\n</html>\n")
    save_text(NAME + ".html", "\n".join(h))

    write_truth(NAME + ".html", "results", 2567, AG, "measure", MEAS, problems=[
        "measure 4: no status box ticked (output missing); outcome left as a dotted line",
        "measure 5: responsible '-'",
        "measure 6: two status boxes ticked ('อยู่ระหว่างการดำเนินการ' and 'ดำเนินการแล้วเสร็จ')",
        "measure 7: method cell blank",
        "monitoring stated only for measures 1, 2 (last list item) and 7 (footnote under the table)",
    ], notes="""Word 'save as web page' HTML (UTF-8): Office namespaces, <!--[if gte mso 9]> XML blocks, mso styles,
    landscape @page, MsoTableGrid with 7 columns. The ONLY output is the 'ผลการดำเนินการ' column of status check
    boxes written as Wingdings symbol characters inside mso-char-type:symbol spans: 'þ' = ticked box, '¨' = empty
    box (three boxes per cell: ไม่สามารถดำเนินการได้ / อยู่ระหว่างการดำเนินการ / ดำเนินการแล้วเสร็จ). Methods are
    Word list paragraphs whose numbers '1.' '2.' sit in <![if !supportLists]> spans. Three colspan=7 unnumbered
    group rows ('ด้าน…', not measures). Measure 7's monitoring is stated only in a 'หมายเหตุ' paragraph after the
    table that names it explicitly ('มาตรการที่ ๗ … รายงานสรุปเรื่องร้องเรียน … ทุกไตรมาส') - counted present.
    Score statement (สำนักงานศาลยุติธรรม ITA 2566 96.12 ผ่าน) consistent.""")


if __name__ == "__main__":
    build()
