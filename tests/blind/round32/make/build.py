"""Round 32 builder (LOWER NORTHEAST, invented names with the suffix "…มณี"): every document AND its label from the
same data.  Run with /work/blind/.venv/bin/python; needs LibreOffice (profile /tmp/lo_round32), headless Chromium,
poppler-utils and fonts-thai-tlwg."""
import os, sys, json, html, subprocess, copy, datetime, shutil
from common import *
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT

U_RES, U_MEA, U_PLN = 'measure', 'measure', 'activity'
BOTH = {'weaknesses': 'present', 'improvements': 'present'}


def mk(n, title, steps, resp, period, mon, out=None, outc=None, **kw):
    d = {'n': n, 'title': title, 'steps': steps, 'resp': resp, 'period': period, 'mon': mon, 'out': out, 'outc': outc}
    d.update(kw)
    return d


def nl(v):
    return '\n'.join(v) if isinstance(v, list) else (v or '')


def sp(v):
    return ' '.join(v) if isinstance(v, list) else (v or '')


# =====================================================================================================
# r01 PDF (Word -> LibreOffice, landscape) provincial LAND OFFICE, COMPLETE, rows cut by page breaks
# =====================================================================================================
def r01():
    A = 'สำนักงานที่ดินจังหวัดนครราชมณี'
    M = [
        mk(1, 'การให้บริการจดทะเบียนสิทธิและนิติกรรมตามลำดับคิวอย่างเท่าเทียม',
           ['1. ใช้ระบบบัตรคิวอัตโนมัติและแสดงลำดับคิวบนจอหน้าห้องบริการ', '2. จัดช่องทางบริการพิเศษสำหรับผู้สูงอายุและผู้พิการโดยประกาศหลักเกณฑ์ให้ทราบ',
            '3. ห้ามมิให้เจ้าหน้าที่รับเรื่องนอกระบบคิว', '4. สุ่มตรวจการให้บริการโดยหัวหน้าฝ่ายทะเบียนสัปดาห์ละ 1 ครั้ง'],
           'ฝ่ายทะเบียน', 'ต.ค. 2568 – ก.ย. 2569', 'เจ้าพนักงานที่ดินจังหวัดติดตามรายงานผลทุกเดือน',
           'ให้บริการตามลำดับคิว 41,286 ราย ไม่มีการแซงคิว', 'ผู้รับบริการพึงพอใจร้อยละ 93.4 ไม่มีเรื่องร้องเรียนการลัดคิว'),
        mk(2, 'การเปิดเผยข้อมูลค่าธรรมเนียม ค่าใช้จ่าย และขั้นตอนการรังวัดที่ดิน',
           ['1. จัดทำป้ายและแผ่นพับอัตราค่าธรรมเนียมและค่าใช้จ่ายในการรังวัด', '2. เผยแพร่คู่มือสำหรับประชาชนบนเว็บไซต์และเพจสำนักงาน',
            '3. แจ้งประมาณการค่าใช้จ่ายเป็นลายลักษณ์อักษรทุกคำขอ'],
           'ฝ่ายรังวัด / ฝ่ายอำนวยการ', 'ต.ค. – ธ.ค. 2568 และปรับปรุงทุกไตรมาส', 'รายงานผลต่อคณะทำงาน ITA ทุกไตรมาส',
           'เผยแพร่ข้อมูลครบ 4 ช่องทาง (ป้าย แผ่นพับ เว็บไซต์ เพจ)', 'ประชาชนทราบค่าใช้จ่ายล่วงหน้า ไม่มีการเรียกเก็บเกินอัตรา'),
        mk(3, 'การป้องกันการเรียกรับสินบนในงานรังวัดออกโฉนดที่ดินและสอบเขต',
           ['1. จัดทำประกาศห้ามเรียกรับเงินหรือประโยชน์อื่นใดนอกเหนือจากค่าธรรมเนียม', '2. หมุนเวียนช่างรังวัดและจับสลากการออกรังวัด',
            '3. ให้ผู้ขอรังวัดประเมินการปฏิบัติงานของช่างรังวัดผ่าน QR Code', '4. ตรวจสอบข้อร้องเรียนภายใน 7 วันทำการ',
            '5. สรุปผลการประเมินรายเดือนเสนอเจ้าพนักงานที่ดินจังหวัด'],
           'ฝ่ายรังวัด', 'ต.ค. 2568 – ก.ย. 2569', 'ติดตามผลการประเมินผ่าน QR Code ทุกเดือน และรายงานผลรอบ 6 และ 12 เดือน',
           'ประเมินการปฏิบัติงานช่างรังวัด 2,318 ราย', 'ไม่มีเรื่องร้องเรียนการเรียกรับสินบนในงานรังวัด'),
        mk(4, 'การเผยแพร่แผนและผลการจัดซื้อจัดจ้างประจำเดือน',
           ['1. จัดทำแผนการจัดซื้อจัดจ้างประจำปีและประกาศในระบบ e-GP', '2. สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)',
            '3. เผยแพร่บนเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป'],
           'ฝ่ายอำนวยการ (งานพัสดุ)', 'ทุกเดือน ต.ค. 2568 – ก.ย. 2569', 'หัวหน้าฝ่ายอำนวยการตรวจสอบการเผยแพร่ทุกเดือน',
           'รายงานสรุปผลการจัดซื้อจัดจ้าง 12 ฉบับ', 'การจัดซื้อจัดจ้างโปร่งใส ตรวจสอบได้'),
        mk(5, 'การเสริมสร้างวัฒนธรรมองค์กรไม่รับของขวัญและของกำนัล (No Gift Policy)',
           ['1. ประกาศเจตนารมณ์ไม่รับของขวัญทุกเทศกาล', '2. ประชาสัมพันธ์ผ่านป้ายและไลน์กลุ่มผู้ใช้บริการ',
            '3. จัดทำทะเบียนการรับ–ปฏิเสธของขวัญ'],
           'ฝ่ายอำนวยการ', 'ธ.ค. 2568 – ม.ค. 2569 และ ก.ย. 2569', 'รายงานผลการปฏิเสธการรับของขวัญต่อกรมที่ดินปีละ 2 ครั้ง',
           'ประกาศ 1 ฉบับ ทะเบียนการปฏิเสธ 1 เล่ม', 'บุคลากรไม่รับของขวัญ ร้อยละ 100'),
    ]
    d = new_doc('Laksaman', 12, landscape=True)
    footer_pages(d.sections[0], 'หน้า {P} จาก {N}', head='สำนักงานที่ดินจังหวัดนครราชมณี  |  รายงานผลมาตรการ ITA ปีงบประมาณ 2569')
    title = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
    para(d, title, bold=True, center=True, size=15)
    para(d, A + ' กรมที่ดิน กระทรวงมหาดไทย', center=True, size=14)
    para(d, '')
    para(d, '1. ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ของกรมที่ดิน ได้คะแนน 88.73 คะแนน '
            'อยู่ในระดับ ผ่าน สำนักงานที่ดินจังหวัดนครราชมณีจึงได้กำหนดมาตรการและดำเนินการตามมาตรการ ดังนี้', bold=False)
    para(d, '2. ผลการดำเนินการตามมาตรการ (รอบ 12 เดือน ตั้งแต่ 1 ตุลาคม 2568 – 30 กันยายน 2569)', bold=True)
    hdr = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามผล', 'ผลผลิต (Output)', 'ผลลัพธ์ (Outcome)']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        cell(t.rows[0].cells[i], h, bold=True, center=True)
        shade(t.rows[0].cells[i], 'D9E2F3')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for i, v in enumerate([str(m['n']), m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell(r[i], v, center=(i == 0))
    widths(t, [1, 3.6, 6.6, 2.6, 2.6, 3.2, 3.2, 3.2])
    para(d, '')
    para(d, '3. ปัญหา อุปสรรค : ผู้รับบริการบางส่วนยังไม่คุ้นเคยกับการประเมินผ่าน QR Code')
    para(d, '')
    para(d, 'ผู้รายงาน  นางสาวกาญจนา ศรีสมบูรณ์  เจ้าพนักงานธุรการชำนาญงาน', center=True)
    para(d, 'ผู้รับรอง  นายประเสริฐ วงศ์ทองดี  เจ้าพนักงานที่ดินจังหวัดนครราชมณี', center=True)
    src = os.path.join(BUILD, 'r01.docx'); d.save(src)
    pdf = to_pdf(src); fn = 'r01_dol_nakhonratchamani_results_2569.pdf'
    shutil.copy(pdf, os.path.join(OUT, fn))
    label(fn, 'results', 2569, A, U_RES, M, [],
          'Word table (Laksaman 12, A4 landscape) exported to PDF by LibreOffice; 8 columns with the header row repeated on every page, '
          'running header (office | title) and footer "หน้า n จาก N". Rows may split across pages (no cantSplit): a row cut by a page break '
          'belongs to the measure above it. COMPLETE.')


# =====================================================================================================
# r02 HTML  NEW: Word "Save as Web Page" (windows-874) of a document whose measures are TEXT BOXES
# =====================================================================================================
WORD_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-874">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{stem}_files/filelist.xml">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>ITA_LPM</o:Author>
  <o:LastAuthor>ฝ่ายบริหารทั่วไป</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>184</o:TotalTime>
  <o:Created>2026-10-08T02:11:00Z</o:Created>
  <o:LastSaved>2026-10-16T07:42:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
  <o:Words>1186</o:Words>
  <o:Characters>6761</o:Characters>
  <o:Lines>56</o:Lines>
  <o:Paragraphs>15</o:Paragraphs>
  <o:CharactersWithSpaces>7932</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=dataStoreItem href="{stem}_files/item0001.xml"
target="{stem}_files/props002.xml">
<link rel=themeData href="{stem}_files/themedata.thmx">
<link rel=colorSchemeMapping href="{stem}_files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>TH</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}}
@font-face
	{{font-family:"TH SarabunPSK";
	panose-1:2 11 5 0 4 2 0 2 0 3;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-1593833729 1342185562 0 0 65923 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	mso-pagination:widow-orphan;
	font-size:16.0pt;
	font-family:"TH SarabunPSK",sans-serif;
	mso-fareast-font-family:"Times New Roman";
	mso-bidi-language:TH;}}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{{mso-style-priority:10;
	mso-style-qformat:yes;
	margin:0cm;
	text-align:center;
	font-size:20.0pt;
	font-family:"TH SarabunPSK",sans-serif;
	font-weight:bold;}}
span.GramE
	{{mso-style-name:"";
	mso-gram-e:yes;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"TH SarabunPSK",sans-serif;}}
 /* Page Definitions */
 @page WordSection1
	{{size:595.3pt 841.9pt;
	margin:56.7pt 56.7pt 56.7pt 70.9pt;
	mso-header-margin:35.45pt;
	mso-footer-margin:35.45pt;
	mso-paper-source:0;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2062"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>
'''


def wp(text, b=False, center=False, size=None, indent=None):
    st = []
    if center:
        st.append('text-align:center')
    if indent:
        st.append('margin-left:%.1fpt' % indent)
    a = " align=center style='%s'" % ';'.join(st) if center else (" style='%s'" % ';'.join(st) if st else '')
    span_st = " style='font-size:%.1fpt'" % size if size else ''
    inner = '<span lang=TH%s>%s<o:p></o:p></span>' % (span_st, html.escape(text, quote=False) if text else '&nbsp;')
    if b:
        inner = '<b>' + inner + '</b>'
    return '<p class=MsoNormal%s>%s</p>\n' % (a, inner)


def r02():
    A = 'โครงการส่งน้ำและบำรุงรักษาลำปลายมาศมณี'
    M = [
        mk(1, 'การเผยแพร่แผนการจัดสรรน้ำและรอบเวรการส่งน้ำฤดูแล้งแก่เกษตรกรผู้ใช้น้ำ',
           ['1) จัดประชุมคณะกรรมการจัดการชลประทาน (JMC) เพื่อกำหนดรอบเวรการส่งน้ำ', '2) ประกาศแผนการส่งน้ำที่ทำการโครงการ หอกระจายข่าว และกลุ่มไลน์ผู้ใช้น้ำ',
            '3) เผยแพร่ปริมาณน้ำในอ่างเก็บน้ำลำปลายมาศมณีรายสัปดาห์บนเว็บไซต์'],
           'ฝ่ายส่งน้ำและบำรุงรักษาที่ 1–3', 'พ.ย. 2568 – เม.ย. 2569', 'หัวหน้าฝ่ายส่งน้ำรายงานผลต่อผู้อำนวยการโครงการทุกเดือน',
           'ประกาศแผนการส่งน้ำ 3 ฉบับ เผยแพร่ข้อมูลปริมาณน้ำ 24 ครั้ง', 'เกษตรกรได้รับน้ำตามรอบเวร ไม่มีข้อร้องเรียนการแย่งน้ำ'),
        mk(2, 'การจัดซื้อจัดจ้างงานซ่อมแซมคลองส่งน้ำและอาคารชลประทานอย่างโปร่งใส',
           ['1) เผยแพร่แผนการจัดซื้อจัดจ้างและราคากลางในระบบ e-GP', '2) เชิญตัวแทนกลุ่มผู้ใช้น้ำร่วมเป็นกรรมการตรวจรับงานจ้าง',
            '3) ติดป้ายแสดงข้อมูลโครงการ ณ สถานที่ก่อสร้างทุกแห่ง'],
           '', 'ต.ค. 2568 – ก.ย. 2569', 'ฝ่ายบริหารทั่วไปสรุปผลรายงานทุกไตรมาส',
           'งานซ่อมแซม 14 รายการ มีตัวแทนผู้ใช้น้ำร่วมตรวจรับทุกรายการ', 'การจัดซื้อจัดจ้างตรวจสอบได้ ไม่มีข้อทักท้วงจาก สตง.'),
        mk(3, 'การรับเรื่องร้องเรียนผ่านกลุ่มผู้ใช้น้ำและช่องทางออนไลน์',
           ['1) จัดตั้งจุดรับเรื่องร้องเรียนที่ทำการโครงการและประตูระบายน้ำ', '2) เปิดช่องทางร้องเรียนผ่าน LINE OA และ QR Code',
            '3) แจ้งผลการดำเนินการแก่ผู้ร้องภายใน 15 วัน'],
           'ฝ่ายบริหารทั่วไป', 'ต.ค. 2568 – ก.ย. 2569', 'รายงานสถิติเรื่องร้องเรียนต่อสำนักงานชลประทานที่ 8 ทุกไตรมาส',
           'ช่องทางร้องเรียน 3 ช่องทาง รับเรื่อง 27 เรื่อง', 'แก้ไขเรื่องร้องเรียนแล้วเสร็จภายในกำหนด ร้อยละ 96'),
        mk(4, 'การป้องกันการใช้เครื่องจักรกลและยานพาหนะของทางราชการเพื่อประโยชน์ส่วนตน',
           ['1) จัดทำทะเบียนคุมการใช้รถและเครื่องจักรกล', '2) ติดตั้ง GPS รถบรรทุกและรถขุด', '3) สุ่มตรวจสมุดบันทึกการใช้รถรายเดือน'],
           'ฝ่ายช่างกลและเครื่องจักรกล', 'ม.ค. – ก.ย. 2569', 'ผู้อำนวยการโครงการตรวจสอบรายงานการใช้รถทุกเดือน',
           'ติดตั้ง GPS 9 คัน ทะเบียนคุม 1 ชุด', 'อยู่ระหว่างดำเนินการ'),
    ]
    stem = 'r02_rid_lamplaimatmani_results_2569'
    title = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
    h = WORD_HEAD.format(stem=stem).replace('<head>\n', '<head>\n', 1)
    h = h.replace('<!--[if gte mso 9]><xml>\n <o:DocumentProperties>', '<title>%s</title>\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>' % html.escape(title), 1)
    h += "<p class=MsoTitle><span lang=TH>%s<o:p></o:p></span></p>\n" % title
    h += wp(A + ' สำนักงานชลประทานที่ 8 กรมชลประทาน', center=True)
    h += wp('')
    h += wp('1. ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568', b=True)
    h += wp('กรมชลประทานได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568 '
            'คะแนนรวม 92.05 คะแนน อยู่ในระดับ ผ่าน โครงการฯ จึงได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส 4 มาตรการ ดังนี้', indent=36)
    h += wp('2. ผลการดำเนินการตามมาตรการ', b=True)
    sid = 1026
    for i, m in enumerate(M):
        body = [('b', 'มาตรการที่ %d  %s' % (m['n'], m['title'])), ('b', 'ขั้นตอนการดำเนินงาน')]
        body += [('', s) for s in m['steps']]
        body += [('l', ('ผู้รับผิดชอบ', m['resp'])), ('l', ('ระยะเวลาดำเนินการ', m['period'])), ('l', ('การติดตามผล', m['mon'])),
                 ('l', ('ผลผลิต (Output)', m['out'])), ('l', ('ผลลัพธ์ (Outcome)', m['outc']))]

        def boxp(kind, v):
            if kind == 'b':
                return "<p class=MsoNormal><b><span lang=TH style='color:#1F3864'>%s<o:p></o:p></span></b></p>" % html.escape(v)
            if kind == 'l':
                k, val = v
                return ("<p class=MsoNormal><b><span lang=TH>%s :</span></b><span lang=TH> %s<o:p></o:p></span></p>"
                        % (html.escape(k), html.escape(val) if val else ''))
            return "<p class=MsoNormal style='margin-left:14.2pt'><span lang=TH>%s<o:p></o:p></span></p>" % html.escape(v)
        inner = '\n    '.join(boxp(k, v) for k, v in body)
        nlines = len(body) + sum(1 for k, v in body if k == 'b' and len(v) > 60)
        hpx = 34 + 25 * nlines
        hpt = hpx * 0.75
        shapetype = ('''<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"
 path="m,l,21600r21600,l21600,xe">
 <v:stroke joinstyle="miter"/>
 <v:path gradientshapeok="t" o:connecttype="rect"/>
</v:shapetype>''' if i == 0 else '')
        h += '''
<p class=MsoNormal><span lang=TH><!--[if gte vml 1]>%s<v:shape id="Text_x0020_Box_x0020_%d" o:spid="_x0000_s%d"
 type="#_x0000_t202" style='position:absolute;margin-left:0;margin-top:6.05pt;
 width:463.3pt;height:%.1fpt;z-index:%d;visibility:visible;mso-wrap-style:square;
 mso-width-percent:0;mso-height-percent:0;mso-wrap-distance-left:9pt;
 mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;
 mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:left;
 mso-position-horizontal-relative:margin;mso-position-vertical:absolute;
 mso-position-vertical-relative:text;mso-width-percent:0;mso-height-percent:0;
 mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top'
 fillcolor="#deeaf6" strokecolor="#2e74b5" strokeweight="1pt">
 <v:textbox>
  <![if !mso]>
  <table cellpadding=0 cellspacing=0 width="100%%">
   <tr>
    <td><![endif]>
    <div>
    %s
    </div>
    <![if !mso]></td>
   </tr>
  </table>
  <![endif]></v:textbox>
 <w:wrap type="topAndBottom" anchorx="margin"/>
</v:shape><![endif]--><![if !vml]><span style='mso-ignore:vglayout;position:
relative;z-index:%d'><table cellpadding=0 cellspacing=0 align=left>
 <tr>
  <td width=0 height=8></td>
 </tr>
 <tr>
  <td></td>
  <td width=619 height=%d bgcolor="#DEEAF6" style='border:1.0pt solid #2E74B5;
  vertical-align:top;background:#DEEAF6'><![endif]>
  <div v:shape="Text_x0020_Box_x0020_%d" style='padding:3.6pt 7.2pt 3.6pt 7.2pt'
  class=shape>
    %s
  </div>
  <![if !vml]></td>
 </tr>
</table>
</span><![endif]></span><span lang=TH><o:p></o:p></span></p>

<br style='mso-ignore:vglayout' clear=ALL>
''' % (shapetype, i + 2, sid + i, hpt, 251659264 + i, inner, 251659264 + i, hpx, i + 2, inner)
    h += wp('')
    h += wp('3. ปัญหา อุปสรรค และข้อเสนอแนะ', b=True)
    h += wp('งบประมาณติดตั้ง GPS ได้รับจัดสรรล่าช้า จึงติดตั้งได้ครบเพียง 9 คันจากที่วางแผนไว้ 12 คัน', indent=36)
    h += wp('')
    h += wp('(ลงชื่อ)  ผู้รายงาน', center=True)
    h += wp('(นางสาวอรอุมา พรมดี)', center=True)
    h += wp('เจ้าพนักงานธุรการชำนาญงาน', center=True)
    h += wp('')
    h += wp('(ลงชื่อ)  ผู้อนุมัติ', center=True)
    h += wp('(นายชาตรี บุญประคอง)', center=True)
    h += wp('ผู้อำนวยการโครงการส่งน้ำและบำรุงรักษาลำปลายมาศมณี', center=True)
    h += '\n</div>\n\n</body>\n\n</html>\n'
    fn = stem + '.html'
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(h.replace('\n', '\r\n').encode('cp874', 'xmlcharrefreplace'))
    shutil.copy(os.path.join(OUT, fn), os.path.join(BUILD, 'r02_view.html'))
    label(fn, 'results', 2569, A, U_RES, M,
          ['มาตรการที่ 2: กล่อง "ผู้รับผิดชอบ :" ไม่มีข้อความ', 'มาตรการที่ 4: ผลลัพธ์ "อยู่ระหว่างดำเนินการ"'],
          'NEW FORM: Microsoft Word "Save as Web Page" (.htm, charset windows-874, CRLF) of a document whose four measures sit in '
          'TEXT BOXES. Each box appears TWICE in the markup: inside the VML conditional comment <!--[if gte vml 1]> <v:shape><v:textbox> '
          '... <![endif]--> (an HTML comment, not displayed by a browser) and once in the downlevel-revealed <![if !vml]> branch '
          '(a float table cell with <div v:shape=... class=shape>), which is what a browser shows. Read as displayed: 4 measures, not 8. '
          'Inside a box: bold "มาตรการที่ n title", "ขั้นตอนการดำเนินงาน" + 1) 2) 3), then bold "label :" lines. Score 92.05 (กรมชลประทาน, ITA 2568).')


# =====================================================================================================
# r03 MD community HOSPITAL, COMPLETE; group headings "ด้านที่", per-measure 2-col tables, numbers 1.1–2.2
# =====================================================================================================
def r03():
    A = 'โรงพยาบาลประโคนมณี'
    M = [
        mk('1.1', 'การเปิดเผยข้อมูลการจัดซื้อยาและเวชภัณฑ์มิใช่ยา',
           ['(1) จัดทำแผนการจัดซื้อยาและเวชภัณฑ์ประจำปี', '(2) เผยแพร่ประกาศผู้ชนะการเสนอราคาบนเว็บไซต์โรงพยาบาล', '(3) สรุปผลการจัดซื้อรายเดือน'],
           'กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค / งานพัสดุ', 'ต.ค. 2568 – ก.ย. 2569', 'คณะกรรมการบริหารโรงพยาบาลติดตามทุกเดือน',
           'ประกาศผลการจัดซื้อ 12 ฉบับ', 'การจัดซื้อยาโปร่งใส ตรวจสอบได้ ไม่มีข้อร้องเรียน'),
        mk('1.2', 'การเผยแพร่ข้อมูลสิทธิการรักษาและอัตราค่าบริการผ่านเว็บไซต์และเพจโรงพยาบาล',
           ['(1) รวบรวมอัตราค่าบริการทางการแพทย์', '(2) จัดทำอินโฟกราฟิกสิทธิบัตรทอง ประกันสังคม และข้าราชการ', '(3) เผยแพร่และปรับปรุงทุกไตรมาส'],
           'งานประกันสุขภาพ / งานประชาสัมพันธ์', 'ธ.ค. 2568 – ก.ย. 2569', 'หัวหน้ากลุ่มงานประกันสุขภาพรายงานทุกไตรมาส',
           'อินโฟกราฟิก 8 เรื่อง อัตราค่าบริการ 1 ชุด', 'ผู้รับบริการเข้าใจสิทธิ ลดข้อร้องเรียนเรื่องค่าใช้จ่ายร้อยละ 40'),
        mk('2.1', 'การป้องกันการรับสินบนและประโยชน์จากบริษัทยา (Ethical Marketing)',
           ['(1) ประกาศเกณฑ์จริยธรรมการจัดซื้อจัดหาและการส่งเสริมการขายยา', '(2) ให้ผู้แทนบริษัทยาลงทะเบียนก่อนเข้าพบ', '(3) รายงานการรับการสนับสนุนจากบริษัทยา'],
           'คณะกรรมการเภสัชกรรมและการบำบัด', 'ต.ค. 2568 – ก.ย. 2569', 'รายงานผลต่อสำนักงานสาธารณสุขจังหวัดบุรีมณีรอบ 6 และ 12 เดือน',
           'ทะเบียนผู้แทนบริษัทยา 1 ชุด รายงาน 2 ครั้ง', 'ไม่พบการรับประโยชน์จากบริษัทยาที่ขัดต่อเกณฑ์จริยธรรม'),
        mk('2.2', 'การป้องกันการใช้รถพยาบาลและทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน',
           ['(1) จัดทำแนวปฏิบัติการใช้รถราชการและรถพยาบาล', '(2) บันทึกการใช้รถผ่านแอปพลิเคชัน', '(3) ตรวจสอบเลขไมล์และการใช้น้ำมันรายเดือน'],
           'กลุ่มงานบริหารทั่วไป (งานยานพาหนะ)', 'ม.ค. – ก.ย. 2569', 'ผู้อำนวยการโรงพยาบาลตรวจสอบรายงานการใช้รถทุกเดือน',
           'แนวปฏิบัติ 1 ฉบับ บันทึกการใช้รถครบทุกคัน', 'ไม่พบการใช้รถราชการเพื่อประโยชน์ส่วนตน'),
    ]
    L = ['# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', '',
         '## ประจำปีงบประมาณ พ.ศ. 2569', '',
         '**%s** อำเภอประโคนมณี จังหวัดบุรีมณี  ' % A, 'สังกัดสำนักงานสาธารณสุขจังหวัดบุรีมณี สำนักงานปลัดกระทรวงสาธารณสุข', '',
         '> ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 ของสำนักงานปลัดกระทรวงสาธารณสุข : **90.57 คะแนน** (ผ่าน)', '',
         '---', '']
    groups = {'1.1': '## ด้านที่ 1 การเปิดเผยข้อมูล', '2.1': '## ด้านที่ 2 การป้องกันการทุจริต'}
    for m in M:
        if m['n'] in groups:
            L += [groups[m['n']], '']
        L += ['### มาตรการที่ %s %s' % (m['n'], m['title']), '',
              '| หัวข้อ | รายละเอียด |', '|:---|:---|',
              '| ขั้นตอน/วิธีการ | %s |' % '<br>'.join(m['steps']),
              '| ผู้รับผิดชอบ | %s |' % m['resp'], '| ระยะเวลา | %s |' % m['period'], '| การติดตามผล | %s |' % m['mon'],
              '| ผลผลิต | %s |' % m['out'], '| ผลลัพธ์ | %s |' % m['outc'], '']
    L += ['---', '', 'ผู้รายงาน : นางสาวพัชรินทร์ แสงทอง นักวิเคราะห์นโยบายและแผน  ', 'ผู้อนุมัติ : นายแพทย์ธนากร ศรีประโคน ผู้อำนวยการโรงพยาบาลประโคนมณี', '']
    fn = 'r03_hosp_prakhonmani_results_2569.md'
    write(fn, '\n'.join(L))
    label(fn, 'results', 2569, A, U_RES, M, [],
          'Markdown: H1 title + H2 with FY; group headings "## ด้านที่ 1/2" are not units; each "### มาตรการที่ 1.1–2.2" has a 2-column '
          'pipe table (หัวข้อ | รายละเอียด) with <br> between steps. COMPLETE.')


# =====================================================================================================
# r04 DOCX PROSECUTOR's office: cover page, approval memo, (๑)–(๕) table; contradictory score; period '-'; outcome in progress
# =====================================================================================================
def r04():
    A = 'สำนักงานอัยการจังหวัดกันทรมณี'
    M = [
        mk(th(1), 'การเผยแพร่ข้อมูลการให้บริการประชาชนและผลการดำเนินงานผ่านเว็บไซต์สำนักงาน',
           ['(๑) ปรับปรุงเว็บไซต์ให้มีข้อมูลครบตามตัวชี้วัด OIT', '(๒) เผยแพร่ข่าวกิจกรรมอย่างน้อยเดือนละ ๒ ครั้ง', '(๓) ตรวจสอบความเป็นปัจจุบันทุกเดือน'],
           'ฝ่ายอำนวยการ', 'ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', 'รายงานอัยการจังหวัดทุกเดือน', 'ข้อมูลบนเว็บไซต์ครบ ๓๓ ข้อ ข่าว ๓๑ เรื่อง',
           'ประชาชนเข้าถึงข้อมูลสะดวก คะแนน OIT ของสำนักงานอัยการสูงสุดเพิ่มขึ้น'),
        mk(th(2), 'การป้องกันผลประโยชน์ทับซ้อนในการพิจารณาสั่งคดี',
           ['(๑) ให้พนักงานอัยการรายงานความสัมพันธ์กับคู่ความก่อนรับสำนวน', '(๒) จัดทำทะเบียนการขอถอนตัวจากสำนวน', '(๓) ประชุมชี้แจงแนวปฏิบัติ'],
           'อัยการจังหวัดผู้ช่วย', 'ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', 'ตรวจสอบทะเบียนทุกไตรมาส', 'ทะเบียน ๑ ชุด ประชุมชี้แจง ๒ ครั้ง',
           'ไม่มีเรื่องร้องเรียนกรณีผลประโยชน์ทับซ้อนในการสั่งคดี'),
        mk(th(3), 'การให้บริการช่วยเหลือทางกฎหมายแก่ประชาชนโดยไม่เรียกรับค่าตอบแทน',
           ['(๑) ประกาศว่าการให้คำปรึกษาไม่มีค่าใช้จ่าย', '(๒) จัดทำแบบประเมินความพึงพอใจ', '(๓) ออกหน่วยให้คำปรึกษาร่วมกับอำเภอ'],
           'สำนักงานคุ้มครองสิทธิและช่วยเหลือทางกฎหมายแก่ประชาชนจังหวัดกันทรมณี', '-', 'สรุปผลแบบประเมินรายไตรมาส',
           'ให้คำปรึกษา ๔๑๒ ราย ออกหน่วย ๖ ครั้ง', 'ผู้รับบริการพึงพอใจร้อยละ ๙๕ ไม่มีการเรียกรับค่าตอบแทน'),
        mk(th(4), 'การเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ',
           ['(๑) เผยแพร่แผนจัดซื้อจัดจ้าง', '(๒) สรุปผลการจัดซื้อจัดจ้างรายเดือน', '(๓) รายงานการใช้จ่ายงบประมาณรอบ ๖ และ ๑๒ เดือน'],
           'ฝ่ายอำนวยการ (งานการเงินและพัสดุ)', 'ทุกเดือน', 'อัยการจังหวัดตรวจสอบก่อนเผยแพร่', 'รายงาน ๑๒ ฉบับ และรายงานการใช้จ่าย ๒ ฉบับ',
           'การใช้จ่ายงบประมาณโปร่งใส ตรวจสอบได้'),
        mk(th(5), 'การส่งเสริมการปฏิบัติตามประมวลจริยธรรมข้าราชการฝ่ายอัยการ',
           ['(๑) จัดอบรมประมวลจริยธรรม', '(๒) ยกย่องบุคลากรต้นแบบด้านคุณธรรม', '(๓) ประเมินการรับรู้ของบุคลากร'],
           'คณะทำงานส่งเสริมคุณธรรม', 'ก.พ. – ก.ย. ๒๕๖๙', 'รายงานผลต่อสำนักงานอัยการภาค ๓ รอบ ๑๒ เดือน', 'อบรม ๑ ครั้ง ผู้เข้าร่วม ๓๘ คน',
           'อยู่ระหว่างดำเนินการ'),
    ]
    d = new_doc('Garuda', 12)
    sec = d.sections[0]
    # cover page
    for _ in range(6):
        para(d, '')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, center=True, size=18)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True, center=True, size=18)
    for _ in range(8):
        para(d, '')
    para(d, A, bold=True, center=True, size=16)
    para(d, 'สำนักงานอัยการสูงสุด', center=True, size=14)
    page_break(d)
    # approval memo
    para(d, 'บันทึกข้อความ', bold=True, center=True, size=20)
    para(d, 'ส่วนราชการ  สำนักงานอัยการจังหวัดกันทรมณี ฝ่ายอำนวยการ  โทร. ๐ ๔๕๖๖ ๑๒๓๔')
    para(d, 'ที่  อส ๐๐๓๗(กท)/๑๘๔๒                         วันที่  ๑๖ ตุลาคม ๒๕๖๙')
    para(d, 'เรื่อง  ขออนุมัติเผยแพร่รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙')
    para(d, 'เรียน  อัยการจังหวัดกันทรมณี')
    para(d, 'ตามที่สำนักงานอัยการสูงสุดได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ คะแนนรวม ๙๑.๒๗ คะแนน และสำนักงานฯ '
            'ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ๕ มาตรการ บัดนี้ ฝ่ายอำนวยการได้สรุปผลการดำเนินการรอบ ๑๒ เดือนแล้ว '
            'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติให้เผยแพร่บนเว็บไซต์ของสำนักงาน', indent=1.5)
    para(d, '')
    para(d, '(นางสาวศิริพร ทองมา)', center=True)
    para(d, 'หัวหน้าฝ่ายอำนวยการ', center=True)
    para(d, '- อนุมัติ -', center=True, bold=True)
    para(d, '(นายวรวุฒิ แก้วประเสริฐ)', center=True)
    para(d, 'อัยการจังหวัดกันทรมณี', center=True)
    page_break(d)
    # report
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True, center=True, size=14)
    para(d, A, center=True)
    para(d, '๑. ผลการประเมิน ITA ปี ๒๕๖๘', bold=True)
    t = d.add_table(rows=5, cols=2); t.style = 'Table Grid'
    for i, (k, v) in enumerate([('ตัวชี้วัด', 'คะแนน'), ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', '๙๒.๑๘'),
                                ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', '๘๖.๔๐'), ('แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)', '๘๙.๗๖'),
                                ('คะแนนรวม (ระดับ ผ่าน)', '๘๙.๔๕')]):
        cell(t.rows[i].cells[0], k, bold=(i in (0, 4))); cell(t.rows[i].cells[1], v, bold=(i in (0, 4)), center=True)
    widths(t, [11, 4])
    para(d, '๒. ผลการดำเนินการตามมาตรการ', bold=True)
    hdr = ['ลำดับ', 'มาตรการ/กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ห้วงเวลา', 'การติดตาม', 'ผลการดำเนินงาน', 'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, x in enumerate(hdr):
        cell(t.rows[0].cells[i], x, bold=True, center=True, size=11)
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for i, v in enumerate(['(%s)' % m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell(r[i], v, size=11, center=(i in (0, 4) and v == '-') or i == 0)
    widths(t, [1.1, 2.6, 3.6, 2.0, 1.6, 1.9, 2.0, 2.2])
    para(d, '')
    para(d, '(ลงชื่อ) วรวุฒิ แก้วประเสริฐ', center=True)
    para(d, 'อัยการจังหวัดกันทรมณี', center=True)
    footer_pages(sec, '- {P} -')
    fn = 'r04_ago_kanthamani_results_2569.docx'
    d.save(os.path.join(OUT, fn))
    to_pdf(os.path.join(OUT, fn))
    label(fn, 'results', 2569, A, U_RES, M,
          ['คะแนนขัดแย้ง: บันทึกข้อความว่า ITA 2568 คะแนนรวม 91.27 แต่ตารางผลการประเมินว่า คะแนนรวม 89.45',
           'มาตรการ (๓): ห้วงเวลา "-"', 'มาตรการ (๕): ผลลัพธ์ "อยู่ระหว่างดำเนินการ"'],
          'Word (Garuda): cover page, then an approval memo (บันทึกข้อความ, with the FY and 91.27), then the report: score table '
          '(IIT/EIT/OIT, total 89.45) and an 8-column table numbered (๑)–(๕) with "ห้วงเวลา", "การติดตาม", "ผลการดำเนินงาน" (= output) '
          'and "ผลลัพธ์"; header repeated; footer "- n -". Thai digits throughout; `number` is the Thai digit shown.')


# =====================================================================================================
# r05 TXT subdistrict municipality, WRONG FY (2568) in the title; measure 2 has no การติดตามผล line
# =====================================================================================================
def r05():
    A = 'เทศบาลตำบลท่าตูมมณี'
    M = [
        mk(th(1), 'การเผยแพร่ข้อมูลข่าวสารและผลการดำเนินงานผ่านเว็บไซต์และเพจเฟซบุ๊กเทศบาล',
           ['(1) แต่งตั้งผู้รับผิดชอบข้อมูลแต่ละตัวชี้วัด OIT', '(2) นำข้อมูลขึ้นเว็บไซต์ภายใน 7 วันนับจากมีข้อมูล', '(3) สรุปจำนวนการเผยแพร่รายเดือน'],
           'สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', '1 ตุลาคม 2568 – 30 กันยายน 2569', 'ปลัดเทศบาลตรวจสอบและรายงานนายกเทศมนตรีทุกไตรมาส',
           'เผยแพร่ข่าวสาร 146 เรื่อง ข้อมูล OIT ครบ 33 ข้อ', 'ประชาชนรับรู้ข้อมูลข่าวสารของเทศบาลเพิ่มขึ้น ยอดผู้ติดตามเพจเพิ่มร้อยละ 35'),
        mk(th(2), 'การป้องกันการทุจริตในการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง',
           ['(1) ออกใบเสร็จรับเงินจากระบบคอมพิวเตอร์ทุกราย', '(2) ประกาศบัญชีรายการที่ดินและสิ่งปลูกสร้างให้ประชาชนตรวจสอบ', '(3) เปิดรับชำระผ่าน QR Code พร้อมเพย์'],
           'กองคลัง (งานพัฒนาและจัดเก็บรายได้)', 'เม.ย. – ส.ค. 2569', None,
           'จัดเก็บภาษี 2,814 ราย ใบเสร็จจากระบบร้อยละ 100', 'ไม่มีข้อร้องเรียนเรื่องการจัดเก็บภาษี'),
        mk(th(3), 'การเสริมสร้างการมีส่วนร่วมของประชาชนในการตรวจสอบโครงการก่อสร้าง',
           ['(1) แต่งตั้งตัวแทนชุมชนร่วมเป็นกรรมการตรวจรับพัสดุ', '(2) ติดป้ายประชาสัมพันธ์โครงการทุกแห่ง', '(3) เปิดช่องทางแจ้งปัญหางานก่อสร้าง'],
           'กองช่าง', '1 ตุลาคม 2568 – 30 กันยายน 2569', 'กองช่างรายงานผลต่อคณะผู้บริหารทุก 6 เดือน',
           'โครงการก่อสร้าง 11 โครงการ มีตัวแทนชุมชนร่วมตรวจรับทุกโครงการ', 'งานก่อสร้างได้มาตรฐาน ประชาชนเชื่อมั่นในความโปร่งใส'),
        mk(th(4), 'การประกาศเจตจำนงสุจริตและนโยบายไม่รับของขวัญของผู้บริหาร',
           ['(1) นายกเทศมนตรีประกาศเจตจำนงสุจริตต่อสาธารณะ', '(2) ประกาศนโยบาย No Gift Policy', '(3) ประชาสัมพันธ์ในการประชุมประจำเดือน'],
           'สำนักปลัดเทศบาล', 'ต.ค. – ธ.ค. 2568', 'รายงานผลการรับ–ปฏิเสธของขวัญต่อ ป.ป.ช. จังหวัด',
           'ประกาศเจตจำนง 1 ฉบับ ประกาศ No Gift Policy 1 ฉบับ', 'ผู้บริหารและพนักงานไม่รับของขวัญทุกกรณี'),
    ]
    L = ['                    รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
         '                                    ประจำปีงบประมาณ พ.ศ. 2568',
         '                                      ' + A + ' อำเภอท่าตูมมณี จังหวัดสุรินทร์มณี', '',
         'ส่วนที่ 1 ผลการประเมิน',
         '     ตามที่ ' + A + ' ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 คะแนน 87.46 คะแนน ผลการประเมิน ผ่าน',
         '     และได้ดำเนินการตามมาตรการระหว่างวันที่ 1 ตุลาคม 2568 ถึงวันที่ 30 กันยายน 2569 (รอบ 12 เดือน) ผลการดำเนินการ ดังนี้', '',
         'ส่วนที่ 2 ผลการดำเนินการตามมาตรการ', '']
    for m in M:
        L.append('มาตรการที่ %s %s' % (m['n'], m['title']))
        L.append('     ขั้นตอน/วิธีการดำเนินการ :')
        L += ['          ' + s for s in m['steps']]
        L.append('     ผู้รับผิดชอบ : ' + m['resp'])
        L.append('     ระยะเวลา : ' + m['period'])
        if m['mon'] is not None:
            L.append('     การติดตามผล : ' + m['mon'])
        L.append('     ผลผลิต : ' + m['out'])
        L.append('     ผลลัพธ์ : ' + m['outc'])
        L.append('')
    L += ['ส่วนที่ 3 ปัญหาและอุปสรรค', '     - บุคลากรด้านเทคโนโลยีสารสนเทศมีจำนวนจำกัด', '',
          '                                        (ลงชื่อ)  สมศักดิ์ ทองสุข',
          '                                             (นายสมศักดิ์ ทองสุข)',
          '                                        นายกเทศมนตรีตำบลท่าตูมมณี', '']
    fn = 'r05_tt_thatummani_results_2568.txt'
    write(fn, '\r\n'.join(L))
    label(fn, 'results', 2568, A, U_RES, M,
          ['ชื่อเรื่องระบุปีงบประมาณ พ.ศ. 2568 แต่เป็นผลการดำเนินการปี 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569)',
           'มาตรการที่ ๒ ไม่มีบรรทัดการติดตามผล'],
          'Plain text (UTF-8, CRLF), centred by spaces; "มาตรการที่ ๑–๔" (Thai digits) + indented "label :" lines, steps (1)(2)(3) on '
          'their own lines. WRONG FY in the title (2568); fiscal_year is what the title declares. Measure ๒ has no การติดตามผล line at all.')


# =====================================================================================================
# r06 PDF  NEW: a ministry PDF FORM filled in with Acrobat's typewriter tool: every value is a FreeText annotation
# =====================================================================================================
FORM_CSS = '''@page { size: A4; margin: 0 }
body { margin: 0; font-family: 'Kinnari'; font-size: 13.5pt; }
.pg { position: relative; width: 210mm; height: 297mm; break-after: page; overflow: hidden; }
.a { position: absolute; white-space: nowrap; }
.dl { position: absolute; border-bottom: 1px dotted #333; height: 0; }
.box { position: absolute; border: 1px solid #222; }
.code { position: absolute; right: 15mm; top: 10mm; border: 1px solid #000; padding: 1mm 3mm; font-size: 11pt; }
.ft { position: absolute; left: 0; right: 0; bottom: 9mm; text-align: center; font-size: 10pt; color: #444; }
'''


def r06():
    A = 'การประปาส่วนภูมิภาคสาขาพิมายมณี'
    M = [
        mk(1, 'การเปิดเผยข้อมูลการอ่านมาตรวัดน้ำและการคิดค่าน้ำประปา',
           ['1. แจ้งหน่วยน้ำที่ใช้และรูปถ่ายมาตรผ่านแอป PWA 1662', '2. เผยแพร่อัตราค่าน้ำและวิธีคำนวณที่สำนักงานและเว็บไซต์', '3. ตรวจสอบคำร้องค่าน้ำผิดปกติภายใน 3 วัน'],
           'งานบริการลูกค้า', 'ต.ค. 2568 – ก.ย. 2569', 'ผู้จัดการสาขาตรวจสอบรายงานคำร้องทุกเดือน',
           'ผู้ใช้น้ำได้รับข้อมูลผ่านแอป 8,412 ราย', 'ข้อร้องเรียนเรื่องค่าน้ำลดลงร้อยละ 38'),
        mk(2, 'การป้องกันการเรียกรับผลประโยชน์ในการติดตั้งประปาใหม่',
           ['1. รับคำขอติดตั้งผ่านระบบออนไลน์และเรียงลำดับคิวอัตโนมัติ', '2. ประกาศค่าใช้จ่ายการติดตั้งตามขนาดมาตร', '3. สำรวจความพึงพอใจหลังติดตั้งทุกราย'],
           'งานบริการลูกค้า / งานผลิตและจ่ายน้ำ', '', 'รายงานผลต่อ กปภ.ข.6 รอบ 6 และ 12 เดือน',
           'ติดตั้งประปาใหม่ 612 ราย ตามลำดับคิว', 'ไม่มีเรื่องร้องเรียนการเรียกรับเงินนอกระบบ'),
        mk(3, 'การรับและจัดการเรื่องร้องเรียนผ่าน PWA 1662 และ LINE OA',
           ['1. รับเรื่องผ่าน Call Center 1662 และ LINE OA', '2. ส่งต่อหน่วยงานภายใน 1 วันทำการ', '3. แจ้งผลแก่ผู้ร้องเรียน'],
           'งานบริการลูกค้า', 'ต.ค. 2568 – ก.ย. 2569', 'สรุปสถิติเรื่องร้องเรียนเสนอผู้จัดการทุกเดือน',
           'รับเรื่อง 274 เรื่อง ดำเนินการแล้วเสร็จ 271 เรื่อง', 'ผู้ร้องได้รับแจ้งผลภายในกำหนดร้อยละ 98.9'),
        mk(4, 'การเผยแพร่ผลการจัดซื้อจัดจ้างงานวางท่อและซ่อมท่อ',
           ['1. ประกาศแผนจัดซื้อจัดจ้างในระบบ e-GP', '2. จัดทำแบบ สขร.1 รายเดือน', '3. เผยแพร่บนเว็บไซต์ กปภ.สาขา'],
           'งานบัญชีและพัสดุ', 'ทุกเดือน', 'ผู้จัดการสาขาตรวจสอบก่อนเผยแพร่', '-', 'การจัดซื้อจัดจ้างโปร่งใส ตรวจสอบได้'),
    ]
    fn = 'r06_pwa_phimaimani_results_2569.pdf'
    MM = 72 / 25.4
    # --- static form pages (HTML -> Chromium) and the field rectangles (mm, from the top-left) ---
    fields = []          # (page, x, y, w, h, kind, text)
    pages = []

    def line_field(pg, y, lab, x0, w, kind, text, lab_x=20):
        s = '<div class="a" style="left:%dmm;top:%.1fmm">%s</div><div class="dl" style="left:%dmm;top:%.1fmm;width:%dmm"></div>' % (
            lab_x, y, lab, x0, y + 6.3, w)
        if text is not None and text != '':
            fields.append((pg, x0 + 1, y - 0.8, w - 2, 7.0, kind, text))
        return s

    p1 = ['<div class="code">แบบ กปภ.-ITA 02</div>',
          '<div class="a" style="left:0;right:0;top:18mm;text-align:center;font-weight:bold;font-size:14.5pt">แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</div>',
          '<div class="a" style="left:0;right:0;top:26mm;text-align:center;font-weight:bold;font-size:14.5pt">ประจำปีงบประมาณ พ.ศ. 2569 (รอบ 12 เดือน)</div>',
          line_field(0, 38, 'หน่วยงาน', 40, 150, 'agency', A),
          line_field(0, 46, 'ผลคะแนน ITA ปี 2568 ของ กปภ.', 93, 22, 'score', '95.36'),
          line_field(0, 46, 'ผลการประเมิน', 154, 36, 'band', 'ผ่าน', lab_x=122),
          '<div class="a" style="left:20mm;top:56mm;font-weight:bold">ส่วนที่ 2 ผลการดำเนินการตามมาตรการ</div>']
    p2 = []
    boxes = [(0, 64), (0, 174), (1, 16), (1, 126)]
    for m, (pg, y) in zip(M, boxes):
        tgt = p1 if pg == 0 else p2
        tgt.append('<div class="box" style="left:17mm;top:%dmm;width:176mm;height:104mm"></div>' % y)
        tgt.append(line_field(pg, y + 3, 'มาตรการที่', 45, 10, 'no', str(m['n'])))
        tgt.append(line_field(pg, y + 3, 'ชื่อมาตรการ', 82, 108, 'title', m['title'], lab_x=58))
        tgt.append('<div class="a" style="left:20mm;top:%.1fmm">ขั้นตอน/วิธีการดำเนินการ</div>' % (y + 12))
        for k in range(3):
            tgt.append('<div class="dl" style="left:26mm;top:%.1fmm;width:164mm"></div>' % (y + 18.3 + 8 * k + 6))
        fields.append((pg, 27, y + 18.3 - 0.8 + 0, 162, 24, 'steps', m['steps']))
        yy = y + 44
        for lab, key, x0 in [('ผู้รับผิดชอบ', 'resp', 50), ('ระยะเวลาดำเนินการ', 'period', 60), ('การติดตามผล', 'mon', 50),
                             ('ผลผลิต (Output)', 'out', 55), ('ผลลัพธ์ (Outcome)', 'outc', 57)]:
            tgt.append(line_field(pg, yy, lab, x0, 190 - x0, key, m[key]))
            yy += 11
    p2 += ['<div class="a" style="left:20mm;top:238mm">ปัญหา/อุปสรรค</div><div class="dl" style="left:50mm;top:244.3mm;width:140mm"></div>',
           '<div class="a" style="left:105mm;top:254mm">ลงชื่อ</div><div class="dl" style="left:118mm;top:260.3mm;width:60mm"></div><div class="a" style="left:180mm;top:254mm">ผู้รายงาน</div>',
           '<div class="a" style="left:105mm;top:266mm">ลงชื่อ</div><div class="dl" style="left:118mm;top:272.3mm;width:60mm"></div><div class="a" style="left:180mm;top:266mm">ผู้จัดการ</div>']
    fields.append((1, 51, 238 - 0.8, 138, 7, 'prob', 'งบประมาณซ่อมท่อได้รับจัดสรรล่าช้าในไตรมาสแรก'))
    fields.append((1, 119, 254 - 0.8, 58, 7, 'sig', 'นายธีรวัฒน์ ศรีพิมาย'))
    fields.append((1, 119, 266 - 0.8, 58, 7, 'sig', 'นางวิภาวรรณ จันทร์หอม'))
    foot = '<div class="ft">การประปาส่วนภูมิภาค  |  แบบ กปภ.-ITA 02 (ฉบับปรับปรุง ก.ย. 2569)  |  หน้า %d/2</div>'
    form = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>'
            '<div class="pg">%s%s</div><div class="pg">%s%s</div></body></html>' % (FORM_CSS, ''.join(p1), foot % 1, ''.join(p2), foot % 2))
    src = os.path.join(BUILD, 'r06_form.html'); open(src, 'w', encoding='utf-8').write(form)
    form_pdf = os.path.join(BUILD, 'r06_form.pdf'); chrome_pdf(src, form_pdf)
    # --- one small PDF per field size holding the typed values (Acrobat typewriter look: blue-black Tahoma-like text) ---
    from collections import defaultdict
    groups = defaultdict(list)
    for i, f in enumerate(fields):
        groups[(f[3], f[4])].append(i)
    appear = {}
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (StreamObject, NameObject, ArrayObject, FloatObject, DictionaryObject, NumberObject,
                               TextStringObject, DecodedStreamObject)
    for (w, hgt), idx in groups.items():
        divs = []
        for i in idx:
            v = fields[i][6]
            if isinstance(v, list):
                inner = ''.join('<div style="height:8mm;line-height:8mm">%s</div>' % html.escape(s) for s in v)
            else:
                inner = html.escape(v)
            divs.append('<div class="v">%s</div>' % inner)
        vh = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:%.1fmm %.1fmm;margin:0} body{margin:0;'
              'font-family:Garuda;font-size:11pt;color:#1c2f7a} .v{width:%.1fmm;height:%.1fmm;overflow:hidden;white-space:nowrap;'
              'line-height:7mm;break-after:page}</style></head><body>%s</body></html>' % (w, hgt, w, hgt, ''.join(divs)))
        vs = os.path.join(BUILD, 'r06_val_%d_%d.html' % (w, hgt)); open(vs, 'w', encoding='utf-8').write(vh)
        vp = vs[:-5] + '.pdf'; chrome_pdf(vs, vp)
        rd = PdfReader(vp)
        assert len(rd.pages) == len(idx), (w, hgt, len(rd.pages), len(idx))
        for k, i in enumerate(idx):
            appear[i] = rd.pages[k]
    wr = PdfWriter(clone_from=form_pdf)
    annots = [[] for _ in wr.pages]
    t0 = datetime.datetime(2026, 10, 14, 10, 21, 5)
    for i, (pg, x, y, w, hgt, kind, v) in enumerate(fields):
        vpg = appear[i]
        xo = DecodedStreamObject()
        xo.set_data(vpg.get_contents().get_data())
        mb = [float(a) for a in vpg.mediabox]
        xo.update({NameObject('/Type'): NameObject('/XObject'), NameObject('/Subtype'): NameObject('/Form'),
                   NameObject('/BBox'): ArrayObject([FloatObject(a) for a in mb]),
                   NameObject('/Resources'): vpg['/Resources'].clone(wr)})
        xref = wr._add_object(xo)
        H = float(wr.pages[pg].mediabox[3])
        x1, y2 = x * MM, H - y * MM
        rect = [x1, y2 - mb[3], x1 + mb[2], y2]
        txtv = '\r'.join(v) if isinstance(v, list) else v
        ts = (t0 + datetime.timedelta(seconds=37 * i)).strftime("D:%Y%m%d%H%M%S+07'00'")
        ann = DictionaryObject({
            NameObject('/Type'): NameObject('/Annot'), NameObject('/Subtype'): NameObject('/FreeText'),
            NameObject('/IT'): NameObject('/FreeTextTypewriter'),
            NameObject('/Rect'): ArrayObject([FloatObject(a) for a in rect]),
            NameObject('/Contents'): TextStringObject(txtv), NameObject('/F'): NumberObject(4),
            NameObject('/T'): TextStringObject('pwa-phimai'), NameObject('/NM'): TextStringObject('a%03d-%s' % (i, kind)),
            NameObject('/M'): TextStringObject(ts), NameObject('/CreationDate'): TextStringObject(ts),
            NameObject('/DA'): TextStringObject('0.11 0.18 0.48 rg /TahomaRegular 11 Tf'),
            NameObject('/DS'): TextStringObject('font: Tahoma 11.0pt; text-align:left; color:#1C2F7A'),
            NameObject('/BS'): DictionaryObject({NameObject('/W'): NumberObject(0)}),
            NameObject('/AP'): DictionaryObject({NameObject('/N'): xref})})
        ann[NameObject('/P')] = wr.pages[pg].indirect_reference
        annots[pg].append(wr._add_object(ann))
    for pg, lst in enumerate(annots):
        wr.pages[pg][NameObject('/Annots')] = ArrayObject(lst)
    wr.add_metadata({'/Title': 'แบบ กปภ.-ITA 02', '/Author': 'กองยุทธศาสตร์องค์กร', '/Creator': 'Microsoft® Word for Microsoft 365',
                     '/Producer': 'Microsoft® Word for Microsoft 365; modified using Adobe Acrobat Reader (64-bit) 24.3.20180',
                     '/ModDate': "D:20261014103522+07'00'"})
    with open(os.path.join(OUT, fn), 'wb') as f:
        wr.write(f)
    label(fn, 'results', 2569, A, U_RES, M,
          ['มาตรการที่ 2: ช่องระยะเวลาดำเนินการไม่ได้กรอก (มีเพียงเส้นประ)', 'มาตรการที่ 4: ผลผลิต "-"'],
          'NEW FORM: the state enterprise\'s blank PDF form "แบบ กปภ.-ITA 02" (title with FY 2569, labels, dotted lines and one box per '
          'measure, printed on the page) FILLED IN WITH ACROBAT READER\'S TYPEWRITER / "Add text" TOOL: every value (agency, score 95.36, '
          'band, measure number, title, steps, responsible, period, monitoring, output, outcome, problems, signatures) is a FreeText '
          'annotation (/IT /FreeTextTypewriter, /Contents, /DA, /DS) whose appearance stream draws the typed text over the dotted line. '
          'The page content itself holds only the empty form. Measure 2\'s period field was never filled (no annotation: only the dotted '
          'line shows). Two measures per page in ruled boxes.')


# =====================================================================================================
# r07 TXT อบต., COMPLETE; "๑." measures, "- label :" lines, ๑) steps; page-footer lines from the Word printout
# =====================================================================================================
def r07():
    A = 'องค์การบริหารส่วนตำบลสังขะมณี'
    M = [
        mk(th(1), 'การจัดทำและเผยแพร่ประกาศแผนการจัดซื้อจัดจ้างประจำปี',
           ['๑) จัดทำแผนการจัดซื้อจัดจ้างประจำปีงบประมาณ', '๒) ประกาศในระบบ e-GP และเว็บไซต์ อบต.', '๓) ปิดประกาศ ณ ที่ทำการ อบต. และที่ทำการผู้ใหญ่บ้าน'],
           'กองคลัง (งานพัสดุ)', 'ต.ค. – พ.ย. ๒๕๖๘', 'ปลัด อบต. ติดตามและรายงานนายก อบต.', 'ประกาศแผน ๑ ฉบับ แก้ไขเพิ่มเติม ๒ ครั้ง',
           'ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้'),
        mk(th(2), 'การให้บริการขออนุญาตก่อสร้างอาคารตามคู่มือสำหรับประชาชน',
           ['๑) ปรับปรุงคู่มือสำหรับประชาชน', '๒) ติดประกาศขั้นตอนและระยะเวลาการให้บริการ', '๓) บันทึกคำขอและวันแล้วเสร็จในทะเบียน'],
           'กองช่าง', 'ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', 'หัวหน้าสำนักปลัดตรวจสอบทะเบียนทุกไตรมาส', 'คำขออนุญาต ๓๗ ราย แล้วเสร็จตามกำหนดทุกราย',
           'ผู้รับบริการพึงพอใจร้อยละ ๙๒'),
        mk(th(3), 'การจัดให้มีช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
           ['๑) จัดตั้งศูนย์รับเรื่องร้องเรียน', '๒) เปิดช่องทางโทรศัพท์ เว็บไซต์ และตู้รับเรื่อง', '๓) รายงานผลการจัดการเรื่องร้องเรียน'],
           'สำนักปลัด อบต.', 'ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', 'รายงานผลต่อนายก อบต. ทุกเดือน', 'ช่องทาง ๔ ช่องทาง เรื่องร้องเรียน ๕ เรื่อง',
           'จัดการเรื่องร้องเรียนแล้วเสร็จทุกเรื่อง'),
        mk(th(4), 'การเสริมสร้างความรู้เรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม',
           ['๑) จัดอบรมให้ความรู้แก่ผู้บริหาร สมาชิกสภา และพนักงาน', '๒) จัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อน', '๓) ทดสอบความรู้หลังอบรม'],
           'สำนักปลัด อบต. (งานการเจ้าหน้าที่)', 'มี.ค. ๒๕๖๙', 'ประเมินผลหลังการอบรมและรายงานนายก อบต.', 'ผู้เข้าอบรม ๔๖ คน คู่มือ ๑ เล่ม',
           'ผู้เข้าอบรมผ่านแบบทดสอบร้อยละ ๙๑'),
    ]
    L = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
         A + ' อำเภอสังขะมณี จังหวัดสุรินทร์มณี', '',
         'ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้ ๘๖.๓๑ คะแนน ระดับ ผ่าน', '']
    for k, m in enumerate(M):
        L.append('%s. %s' % (m['n'], m['title']))
        L.append('    - ขั้นตอนการดำเนินการ :')
        L += ['        ' + s for s in m['steps']]
        for lab, key in [('ผู้รับผิดชอบ', 'resp'), ('ระยะเวลา', 'period'), ('การติดตามผล', 'mon'), ('ผลผลิต', 'out'), ('ผลลัพธ์', 'outc')]:
            L.append('    - %s : %s' % (lab, m[key]))
        L.append('')
        if k == 1:
            L += ['', '                                             - ๑ -', '\f']
    L += ['ลงชื่อ ................................ ผู้รายงาน', '       (นางสาวจันทร์เพ็ญ ใจดี)', '       นักวิเคราะห์นโยบายและแผน', '',
          'ลงชื่อ ................................ ผู้รับรอง', '       (นายบุญมี สังขะ)', '       นายกองค์การบริหารส่วนตำบลสังขะมณี', '',
          '                                             - ๒ -', '']
    fn = 'r07_obt_sangkhamani_results_2569.txt'
    write(fn, '\r\n'.join(L))
    label(fn, 'results', 2569, A, U_RES, M, [],
          'Plain text saved from Word (CRLF) with its page numbers "- ๑ -" / "- ๒ -" and a form feed between pages; measures "๑.–๔." with '
          '"- label :" lines and ๑) ๒) ๓) steps; the dotted signature lines are not elements. COMPLETE.')


# =====================================================================================================
# m01 MD  NEW: NOTION page exported as Markdown (properties, <aside> callouts, toggle lists, simple table, CSV database link)
# =====================================================================================================
def m01():
    A = 'คณะครุศาสตร์ มหาวิทยาลัยราชภัฏบุรีมณี'
    M = [
        mk(1, 'การเปิดเผยข้อมูลการรับสมัครและคัดเลือกนักศึกษาอย่างโปร่งใส',
           ['ประกาศเกณฑ์การรับสมัครและคุณสมบัติล่วงหน้าอย่างน้อย 30 วัน', 'เผยแพร่รายชื่อผู้ผ่านการคัดเลือกพร้อมคะแนนรวมบนเว็บไซต์คณะ',
            'เปิดช่องทางอุทธรณ์ผลการคัดเลือก'],
           'งานบริการการศึกษา คณะครุศาสตร์', 'ม.ค. – พ.ค. 2570', 'รองคณบดีฝ่ายวิชาการรายงานผลต่อที่ประชุมคณะกรรมการประจำคณะ',
           outc='ผู้สมัครเชื่อมั่นในกระบวนการคัดเลือก ไม่มีข้อร้องเรียน'),
        mk(2, 'การป้องกันผลประโยชน์ทับซ้อนในการประเมินผลการเรียนและการฝึกประสบการณ์วิชาชีพครู',
           ['กำหนดให้อาจารย์นิเทศก์เปิดเผยความสัมพันธ์กับนักศึกษาที่นิเทศ', 'ใช้แบบประเมินการฝึกประสบการณ์ร่วมกันระหว่างครูพี่เลี้ยงและอาจารย์นิเทศก์',
            'ทวนสอบผลสัมฤทธิ์ทุกรายวิชา'],
           'ศูนย์ฝึกประสบการณ์วิชาชีพครู', 'ต.ค. 2569 – ก.ย. 2570', 'ติดตามผลรอบ 6 และ 12 เดือน เสนอคณบดี',
           outc='การประเมินผลเป็นธรรม ตรวจสอบได้'),
        mk(3, 'การเผยแพร่ข้อมูลการใช้จ่ายงบประมาณโครงการบริการวิชาการแก่ท้องถิ่น',
           ['สรุปงบประมาณรายโครงการ', 'เผยแพร่ผลการใช้จ่ายรายไตรมาสบนเว็บไซต์คณะ', 'จัดทำรายงานผลการดำเนินโครงการฉบับสมบูรณ์'],
           'สำนักงานคณบดี (งานแผนและงบประมาณ)', '(ระบุ)', 'หัวหน้าสำนักงานคณบดีรายงานทุกไตรมาส',
           outc='ประชาชนและผู้มีส่วนได้ส่วนเสียตรวจสอบการใช้งบประมาณได้'),
        mk(4, 'การส่งเสริมวัฒนธรรมไม่รับของขวัญและของกำนัลในช่วงสอบและฝึกสอน',
           ['ประกาศนโยบาย No Gift Policy ของคณะ', 'ประชาสัมพันธ์ผ่านเพจคณะและกลุ่มไลน์นักศึกษา', 'จัดทำทะเบียนการปฏิเสธการรับของขวัญ'],
           'งานบริหารทั่วไป คณะครุศาสตร์', 'ธ.ค. 2569 – ก.พ. 2570', 'รายงานผลต่อมหาวิทยาลัยภายใน 30 วันหลังสิ้นสุดกิจกรรม',
           outc='บุคลากรและนักศึกษาไม่ให้และไม่รับของขวัญ'),
    ]
    title = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570'
    L = ['# ' + title, '',
         'หน่วยงาน: ' + A, 'ปีงบประมาณ: 2570', 'สถานะ: อนุมัติแล้ว', 'ผู้จัดทำ: ภัทรา ศรีบุรี',
         'Tags: ITA, O-ITA, มาตรการ', 'Last edited time: November 3, 2026 2:47 PM', '',
         '<aside>', '📌 หน้านี้เป็นเอกสารหลักของคณะทำงาน ITA คณะครุศาสตร์ ใช้ประกอบตัวชี้วัดการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและยกระดับคุณธรรมและความโปร่งใส', '', '</aside>', '',
         '## 1. ผลการวิเคราะห์ผลการประเมิน ITA ปี 2569', '',
         '<aside>', '📊 มหาวิทยาลัยราชภัฏบุรีมณีได้คะแนนรวม **90.64** คะแนน ผลการประเมิน **ผ่าน**', '', '</aside>', '',
         '| ตัวชี้วัด | คะแนน |', '| --- | --- |', '| IIT | 93.12 |', '| EIT | 88.35 |', '| OIT | 90.48 |', '',
         '### ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน', '',
         '- ข้อมูลการใช้จ่ายงบประมาณโครงการบริการวิชาการไม่ได้เผยแพร่เป็นปัจจุบัน',
         '- ผู้รับบริการภายนอกบางส่วนยังไม่ทราบช่องทางอุทธรณ์ผลการคัดเลือก', '',
         '### ประเด็นที่ต้องพัฒนาให้ดีขึ้น', '',
         '- การสื่อสารนโยบายไม่รับของขวัญไปยังนักศึกษาฝึกประสบการณ์วิชาชีพ',
         '- การเปิดเผยความสัมพันธ์ของอาจารย์นิเทศก์กับนักศึกษา', '',
         '---', '',
         '## 2. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '',
         '<aside>', '💡 คลิกที่ชื่อมาตรการเพื่อดูรายละเอียด', '', '</aside>', '']
    for m in M:
        L.append('- **มาตรการที่ %d** %s' % (m['n'], m['title']))
        L.append('    ')
        L.append('    **ขั้นตอน/วิธีการ**')
        L.append('    ')
        L += ['    %d. %s' % (k + 1, s) for k, s in enumerate(m['steps'])]
        L.append('    ')
        L.append('    **ผู้รับผิดชอบ:** ' + m['resp'])
        L.append('    ')
        L.append('    **ระยะเวลา:** ' + m['period'])
        L.append('    ')
        if m['n'] == 3:
            L += ['    <aside>', '    ⚠️ รอยืนยันช่วงเวลากับงานแผนและงบประมาณ', '    ', '    </aside>', '    ']
        L.append('    **การติดตามผล:** ' + m['mon'])
        L.append('    ')
        L.append('    **ผลที่คาดว่าจะได้รับ:** ' + m['outc'])
    L += ['', '---', '',
          '[ทะเบียนติดตามมาตรการ ITA 2570](%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%AA%E0%B9%88%E0%B8%87%E0%B9%80%E0%B8%AA%E0%B8%A3%E0%B8%B4%E0%B8%A1%20ITA%202570%2019f4c2a7d0e18041b9c3e2f6a1d7c845/%E0%B8%97%E0%B8%B0%E0%B9%80%E0%B8%9A%E0%B8%B5%E0%B8%A2%E0%B8%99%E0%B8%95%E0%B8%B4%E0%B8%94%E0%B8%95%E0%B8%B2%E0%B8%A1%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3%20ITA%202570%2019f4c2a7d0e1806f8d21cb5e0f3a9b12.csv)', '',
          '## 3. การอนุมัติ', '',
          '- [x]  ผ่านที่ประชุมคณะกรรมการประจำคณะครุศาสตร์ ครั้งที่ 11/2569 เมื่อวันที่ 28 ตุลาคม 2569',
          '- [ ]  ส่งสำเนาให้กองนโยบายและแผน มหาวิทยาลัย', '',
          'ลงชื่อ ผู้ช่วยศาสตราจารย์ ดร.สุนทร ประโคนชัย คณบดีคณะครุศาสตร์', '']
    fn = 'm01_bru_edu_burimani_measures_2570.md'
    write(fn, '\n'.join(L))
    label(fn, 'measures', 2570, A, U_MEA, M, ['มาตรการที่ 3: ระยะเวลา "(ระบุ)"'],
          'NEW FORM: a NOTION page exported as Markdown ("Export > Markdown & CSV"): H1 title with FY 2570, then the page PROPERTIES as '
          'plain "Name: value" lines (หน่วยงาน, ปีงบประมาณ, สถานะ, ผู้จัดทำ, Tags, Last edited time), CALLOUTS exported as <aside> blocks '
          'with an emoji first (the 90.64 ผ่าน score is in one), a Notion simple table (IIT/EIT/OIT) as a pipe table, both analysis sections '
          'as H3 + bullets, the four measures as TOGGLE LISTS: "- **มาตรการที่ n** title" with the whole content indented 4 spaces under it '
          '(bold "ขั้นตอน/วิธีการ" + numbered steps, "**label:** value" lines, blank lines holding 4 spaces; measure 3 has a nested ⚠️ '
          'callout), a link to the exported CSV of an inline database (not in the file), and to-do items for the approval. The to-do items '
          'and the callout are not measures. ผลที่คาดว่าจะได้รับ = outcome.', BOTH)


# =====================================================================================================
# m02 DOCX provincial PUBLIC HEALTH office: WRONG BAND (84.20 ผ่าน); group rows; 1.1–2.3; monitoring empty (2.1)
# =====================================================================================================
def m02():
    A = 'สำนักงานสาธารณสุขจังหวัดศรีมณี'
    M = [
        mk('1.1', 'การเผยแพร่ข้อมูลการจัดซื้อจัดจ้างและราคากลางของหน่วยบริการในสังกัด',
           ['1) รวบรวมข้อมูลจากโรงพยาบาลและ สสอ. ทุกแห่ง', '2) เผยแพร่บนเว็บไซต์ สสจ. ภายในวันที่ 15 ของเดือน'],
           'กลุ่มงานบริหารทั่วไป (งานพัสดุ)', 'ต.ค. 2569 – ก.ย. 2570', 'รายงานนายแพทย์สาธารณสุขจังหวัดทุกเดือน',
           outc='หน่วยบริการเผยแพร่ข้อมูลครบร้อยละ 100'),
        mk('1.2', 'การปรับปรุงข้อมูลบนเว็บไซต์ให้ครบถ้วนตามตัวชี้วัด OIT',
           ['1) แต่งตั้งผู้รับผิดชอบรายข้อ', '2) ตรวจสอบความครบถ้วนก่อนวันประเมิน'],
           'กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข', 'ม.ค. – เม.ย. 2570', 'คณะทำงาน ITA ตรวจสอบทุกไตรมาส',
           outc='คะแนน OIT ไม่น้อยกว่า 90 คะแนน'),
        mk('2.1', 'การป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน',
           ['1) ทบทวนแนวปฏิบัติการยืมพัสดุและการใช้รถราชการ', '2) ประชาสัมพันธ์ให้บุคลากรทราบ'],
           'กลุ่มงานบริหารทั่วไป', 'ต.ค. 2569 – ก.ย. 2570', '',
           outc='ไม่พบการใช้ทรัพย์สินราชการเพื่อประโยชน์ส่วนตน'),
        mk('2.2', 'การขับเคลื่อนชมรมจริยธรรมและการประเมินความเสี่ยงการทุจริต',
           ['1) ประชุมชมรมจริยธรรมไตรมาสละ 1 ครั้ง', '2) ประเมินความเสี่ยงการทุจริตตามแนวทางกระทรวงสาธารณสุข', '3) จัดทำแผนบริหารความเสี่ยง'],
           'กลุ่มกฎหมาย', 'พ.ย. 2569 – ส.ค. 2570', 'รายงานศูนย์ปฏิบัติการต่อต้านการทุจริต สป.สธ. รอบ 6 และ 12 เดือน',
           outc='มีแผนบริหารความเสี่ยง 1 ฉบับ ดำเนินการได้ตามแผนร้อยละ 100'),
        mk('2.3', 'การกำกับการออกใบอนุญาตด้านผลิตภัณฑ์สุขภาพให้เป็นไปตามคู่มือประชาชน',
           ['1) ให้บริการตามลำดับคำขอในระบบ e-Submission', '2) ประกาศระยะเวลาการพิจารณาแต่ละประเภท', '3) สำรวจความพึงพอใจผู้ประกอบการ'],
           'กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข', 'ต.ค. 2569 – ก.ย. 2570', 'หัวหน้ากลุ่มงานรายงานผลทุกไตรมาส',
           outc='ผู้ประกอบการพึงพอใจร้อยละ 90 ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์'),
    ]
    d = new_doc('Loma', 12)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = 'สสจ.ศรีมณี  |  มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570'; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(10)
    footer_pages(sec, '{P}')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, center=True, size=16)
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2570', bold=True, center=True, size=16)
    para(d, A, center=True, size=14)
    para(d, '')
    para(d, '1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', bold=True)
    t = d.add_table(rows=2, cols=5); t.style = 'Table Grid'
    for i, (k, v) in enumerate([('IIT', '86.10'), ('EIT', '80.55'), ('OIT', '85.95'), ('คะแนนรวม', '84.20'), ('ผลการประเมิน', 'ผ่าน')]):
        cell(t.rows[0].cells[i], k, bold=True, center=True); cell(t.rows[1].cells[i], v, center=True)
    para(d, '')
    para(d, '2. การวิเคราะห์ผลการประเมิน', bold=True)
    para(d, '2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน', bold=True, indent=0.6)
    para(d, '- ผู้รับบริการภายนอกยังมีความเห็นว่าการใช้ทรัพย์สินของราชการไม่เหมาะสม (EIT ข้อ e5 ต่ำสุด)', indent=1.2)
    para(d, '- ข้อมูล OIT ด้านการจัดซื้อจัดจ้างของหน่วยบริการในสังกัดไม่ครบ', indent=1.2)
    para(d, '2.2 ประเด็นที่ต้องพัฒนาให้ดีขึ้น', bold=True, indent=0.6)
    para(d, '- การประเมินความเสี่ยงการทุจริตในกระบวนงานอนุญาต', indent=1.2)
    para(d, '- การสื่อสารแนวปฏิบัติด้านจริยธรรมถึงบุคลากรทุกระดับ', indent=1.2)
    para(d, '')
    para(d, '3. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', bold=True)
    hdr = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ตัวชี้วัด/ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, x in enumerate(hdr):
        cell(t.rows[0].cells[i], x, bold=True, center=True, size=11); shade(t.rows[0].cells[i], 'E2EFD9')
    repeat_header(t.rows[0])
    groups = {'1.1': 'ประเด็นที่ 1 การเปิดเผยข้อมูล', '2.1': 'ประเด็นที่ 2 การป้องกันการทุจริต'}
    for m in M:
        if m['n'] in groups:
            r = t.add_row(); c = r.cells[0].merge(r.cells[6]); cell(c, groups[m['n']], bold=True, size=11); shade(c, 'F2F2F2')
        r = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(r[i], v, size=11, center=(i == 0))
    widths(t, [1.0, 3.2, 3.6, 2.4, 1.9, 2.3, 2.6])
    para(d, '')
    para(d, 'ลงชื่อ ............................................', center=True)
    para(d, '(นายแพทย์อนุชา ศรีสะอาด)', center=True)
    para(d, 'นายแพทย์สาธารณสุขจังหวัดศรีมณี', center=True)
    fn = 'm02_ssj_srimani_measures_2570.docx'
    d.save(os.path.join(OUT, fn))
    to_pdf(os.path.join(OUT, fn))
    label(fn, 'measures', 2570, A, U_MEA, M,
          ['คะแนนรวม 84.20 ต่ำกว่า 85 แต่ระบุผลการประเมิน "ผ่าน" (ระดับผิด)', 'มาตรการ 2.1: ช่องการติดตามผลว่าง'],
          'Word (Loma 12, portrait): score table IIT/EIT/OIT/คะแนนรวม/ผลการประเมิน, analysis 2.1/2.2 with "-" bullets, 7-column table with '
          'shaded merged group rows "ประเด็นที่ 1/2" (not units), numbers 1.1–2.3, ตัวชี้วัด/ผลที่คาดว่าจะได้รับ = outcome; running header, '
          'page number footer.', BOTH)


# =====================================================================================================
# m03 HTML city municipality CMS article; IMPROVEMENTS section missing
# =====================================================================================================
def m03():
    A = 'เทศบาลนครนครราชมณี'
    M = [
        mk(1, 'การเปิดเผยข้อมูลการอนุญาตก่อสร้างและประกอบกิจการผ่านระบบออนไลน์',
           ['พัฒนาระบบติดตามสถานะคำขอออนไลน์', 'เผยแพร่สถิติการอนุญาตรายเดือน', 'แจ้งผลการพิจารณาทาง SMS'],
           'กองช่าง / สำนักการสาธารณสุขและสิ่งแวดล้อม', 'ต.ค. 2569 – ก.ย. 2570', 'รองปลัดเทศบาลติดตามผลทุกเดือน',
           outc='ผู้ขออนุญาตติดตามสถานะได้เองทุกราย ลดการติดต่อเจ้าหน้าที่โดยตรง'),
        mk(2, 'การป้องกันการทุจริตในการจัดเก็บค่าธรรมเนียมตลาดสดเทศบาล',
           ['ใช้ระบบรับชำระด้วย QR Code', 'ออกใบเสร็จอิเล็กทรอนิกส์', 'หมุนเวียนเจ้าหน้าที่จัดเก็บทุก 3 เดือน'],
           'สำนักการคลัง (ฝ่ายพัฒนารายได้)', 'ม.ค. – ก.ย. 2570', 'ตรวจสอบยอดจัดเก็บเทียบทะเบียนผู้ค้ารายเดือน',
           outc='รายได้ค่าธรรมเนียมตลาดเพิ่มขึ้นร้อยละ 10 ไม่มีเรื่องร้องเรียน'),
        mk(3, 'การเสริมสร้างความโปร่งใสในการบริหารงานบุคคล',
           ['ประกาศหลักเกณฑ์การสรรหา การเลื่อนระดับ และการเลื่อนเงินเดือน', 'เปิดเผยผลการประเมินรายหน่วยงาน', 'เปิดช่องทางอุทธรณ์'],
           'สำนักปลัดเทศบาล (ฝ่ายการเจ้าหน้าที่)', 'ต.ค. 2569 และ เม.ย. 2570', 'รายงานคณะกรรมการพนักงานเทศบาลจังหวัด',
           outc='บุคลากรเชื่อมั่นในความเป็นธรรมของการบริหารงานบุคคล'),
        mk(4, 'การเผยแพร่รายงานผลการจัดซื้อจัดจ้างและสัญญารายเดือน',
           ['สรุปผลการจัดซื้อจัดจ้าง (สขร.1)', 'เผยแพร่บนเว็บไซต์และบอร์ดหน้าสำนักงาน'],
           'สำนักการคลัง (ฝ่ายพัสดุและทรัพย์สิน)', 'ทุกเดือน', 'ผู้อำนวยการสำนักการคลังตรวจสอบก่อนเผยแพร่',
           outc='การจัดซื้อจัดจ้างตรวจสอบได้ครบ 12 เดือน'),
        mk(5, 'การส่งเสริมการมีส่วนร่วมของชุมชนในการติดตามตรวจสอบการใช้งบประมาณ',
           ['จัดเวทีประชาคมชุมชน 4 เขต', 'เผยแพร่เทศบัญญัติงบประมาณฉบับประชาชน', 'ตั้งคณะกรรมการชุมชนร่วมติดตามโครงการ'],
           'กองยุทธศาสตร์และงบประมาณ', 'มี.ค. – ก.ค. 2570', 'รายงานผลต่อนายกเทศมนตรีรอบ 6 และ 12 เดือน',
           outc='ชุมชนมีส่วนร่วมตรวจสอบโครงการไม่น้อยกว่า 20 โครงการ'),
    ]
    title = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570'
    rows = ''.join('<tr><td class="text-center">%d.</td><td>%s</td><td><ul>%s</ul></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n'
                   % (m['n'], html.escape(m['title']), ''.join('<li>%s</li>' % html.escape(s) for s in m['steps']),
                      m['resp'], m['period'], m['mon'], m['outc']) for m in M)
    h = '''<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>%s - เทศบาลนครนครราชมณี</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4f1b2c" rel="stylesheet">
<style>.table td,.table th{border:1px solid #999;padding:.35rem;vertical-align:top}.table ul{margin:0;padding-left:1.1rem}</style>
</head>
<body class="site com_content view-article itemid-214">
<header class="header container-header full-width"><div class="navbar-brand"><a href="/"><img src="/images/logo-tn.png" alt="เทศบาลนครนครราชมณี"></a></div>
<nav><ul class="mod-menu"><li><a href="/">หน้าหลัก</a></li><li><a href="/ita">ITA</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav></header>
<div class="site-grid"><main>
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb"><li>คุณอยู่ที่: </li><li><a href="/">หน้าหลัก</a></li><li><a href="/ita">ITA 2570</a></li><li>O13</li></ol></nav>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1 itemprop="headline">%s</h1></div>
<dl class="article-info text-muted"><dd class="createdby">เขียนโดย ฝ่ายบริหารงานทั่วไป</dd><dd class="published">เผยแพร่: 12 พฤศจิกายน 2569</dd><dd class="hits">เปิดอ่าน: 318</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
<p><strong>%s</strong> จังหวัดนครราชมณี</p>
<h3>ส่วนที่ 1 การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569</h3>
<p>เทศบาลนครนครราชมณีได้รับผลการประเมิน 91.42 คะแนน ผลการประเมิน ผ่าน</p>
<p><strong>ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน</strong></p>
<ol><li>ผู้รับบริการยังเห็นว่าการอนุญาตก่อสร้างใช้เวลานานและติดตามสถานะไม่ได้ (EIT)</li><li>ข้อมูลการบริหารงานบุคคลเผยแพร่ไม่ครบถ้วน (OIT)</li></ol>
<h3>ส่วนที่ 2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h3>
<table class="table">
<thead><tr><th>ข้อ</th><th>มาตรการ</th><th>วิธีการดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลาดำเนินการ</th><th>การติดตามและรายงานผล</th><th>เป้าหมาย/ผลลัพธ์</th></tr></thead>
<tbody>
%s</tbody>
</table>
<p>ประกาศ ณ วันที่ 12 พฤศจิกายน 2569<br>นายเกียรติศักดิ์ โคราชวงศ์ นายกเทศมนตรีนครนครราชมณี</p>
</div></div>
</main></div>
<footer class="container-footer footer full-width"><p>เทศบาลนครนครราชมณี ถนนราชดำเนิน อำเภอเมือง จังหวัดนครราชมณี 30000</p></footer>
</body>
</html>
''' % (title, title, A, rows)
    fn = 'm03_tn_nakhonratchamani_measures_2570.html'
    write(fn, h)
    label(fn, 'measures', 2570, A, U_MEA, M, ['ไม่มีส่วน "ประเด็นที่ต้องพัฒนาให้ดีขึ้น" (มีเฉพาะข้อบกพร่อง/จุดอ่อน)'],
          'Joomla (Cassiopeia) article page: breadcrumbs, article info, analysis (91.42 ผ่าน) with ONLY the weaknesses list; 7-column '
          'table with thead, numbers "1.–5.", steps as <ul>, "การติดตามและรายงานผล" = monitoring, "เป้าหมาย/ผลลัพธ์" = outcome. '
          'IMPROVEMENTS section missing.', {'weaknesses': 'present', 'improvements': 'missing'})


# =====================================================================================================
# m04 TXT อบจ., COMPLETE; (๑) numbering, aligned labels
# =====================================================================================================
def m04():
    A = 'องค์การบริหารส่วนจังหวัดยโสมณี'
    M = [
        mk(th(1), 'การเปิดเผยข้อมูลโครงการก่อสร้างถนนและแหล่งน้ำผ่านแผนที่ออนไลน์',
           ['๑. รวบรวมพิกัดและข้อมูลโครงการ', '๒. จัดทำแผนที่โครงการบนเว็บไซต์ อบจ.', '๓. ปรับปรุงสถานะโครงการทุกเดือน'],
           'กองช่าง / กองยุทธศาสตร์และงบประมาณ', 'ธ.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'รองนายก อบจ. ที่กำกับดูแลติดตามทุกไตรมาส',
           outc='ประชาชนตรวจสอบโครงการได้ครบทุกอำเภอ'),
        mk(th(2), 'การป้องกันผลประโยชน์ทับซ้อนในการตรวจรับงานจ้างก่อสร้าง',
           ['๑. ให้กรรมการตรวจรับลงนามแบบแสดงความไม่มีส่วนได้เสีย', '๒. หมุนเวียนผู้ควบคุมงาน', '๓. ถ่ายภาพการตรวจรับทุกงวดงาน'],
           'กองพัสดุและทรัพย์สิน', 'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'ปลัด อบจ. ตรวจสอบรายงานการตรวจรับทุกเดือน',
           outc='ไม่มีข้อร้องเรียนการตรวจรับงานจ้าง'),
        mk(th(3), 'การพัฒนาช่องทางรับฟังความคิดเห็นและเรื่องร้องเรียนของประชาชน',
           ['๑. เปิด LINE OA ของ อบจ.', '๒. ตั้งจุดรับเรื่องในโรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน', '๓. แจ้งผลแก่ผู้ร้องภายใน ๑๕ วัน'],
           'สำนักปลัด อบจ. (ศูนย์ดำรงธรรม อบจ.)', 'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'รายงานนายก อบจ. ทุกเดือน',
           outc='แก้ไขเรื่องร้องเรียนภายในกำหนดร้อยละ ๙๕'),
        mk(th(4), 'การเสริมสร้างวัฒนธรรมสุจริตแก่บุคลากรและโรงเรียนในสังกัด',
           ['๑. จัดค่ายเยาวชนสุจริต', '๒. อบรมครูและบุคลากรเรื่องผลประโยชน์ทับซ้อน', '๓. ประกวดโรงเรียนสุจริตต้นแบบ'],
           'กองการศึกษา ศาสนาและวัฒนธรรม', 'พ.ค. – ส.ค. ๒๕๗๐', 'ประเมินผลโครงการและรายงานต่อสภา อบจ.',
           outc='โรงเรียนในสังกัดเข้าร่วมครบ ๑๒ แห่ง'),
    ]
    W = 16
    L = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', A, '-' * 72, '',
         '๑. ผลการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
         '   ' + A + ' ได้คะแนน ๙๒.๑๘ คะแนน ผลการประเมิน ผ่าน', '',
         '   ๑.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน',
         '       - การเปิดเผยข้อมูลโครงการก่อสร้างยังไม่ครอบคลุมทุกอำเภอ',
         '       - การตรวจรับงานจ้างบางโครงการถูกตั้งข้อสงสัยเรื่องความเป็นกลาง', '',
         '   ๑.๒ ประเด็นที่ต้องพัฒนาให้ดีขึ้น',
         '       - ช่องทางการรับฟังความคิดเห็นของประชาชนในพื้นที่ห่างไกล',
         '       - การปลูกฝังวัฒนธรรมสุจริตในโรงเรียนสังกัด อบจ.', '',
         '๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '']
    for m in M:
        L.append('(%s) %s' % (m['n'], m['title']))
        L.append('    ' + pad('วิธีการ/ขั้นตอน', W) + ':')
        L += ['        ' + s for s in m['steps']]
        for lab, key in [('ผู้รับผิดชอบ', 'resp'), ('ระยะเวลา', 'period'), ('การติดตามผล', 'mon'), ('ผลที่คาดว่าจะได้รับ', 'outc')]:
            L.append('    ' + pad(lab, W) + ': ' + m[key])
        L.append('')
    L += ['ประกาศ ณ วันที่ ๑๕ พฤศจิกายน ๒๕๖๙', 'นายวิชัย มหาชนะ', 'นายกองค์การบริหารส่วนจังหวัดยโสมณี', '']
    fn = 'm04_pao_yasomani_measures_2570.txt'
    write(fn, '\n'.join(L))
    label(fn, 'measures', 2570, A, U_MEA, M, [],
          'Plain text (UTF-8, LF): analysis ๑.๑/๑.๒; measures "(๑)–(๔)" with labels padded to one column and ":"; steps ๑. ๒. ๓. on '
          'their own lines; ผลที่คาดว่าจะได้รับ = outcome. COMPLETE.', BOTH)


# =====================================================================================================
# m05 PDF (Word -> LibreOffice) SCHOOL: cover, TOC, content; responsible '......' (2); outcome empty (4)
# =====================================================================================================
def m05():
    A = 'โรงเรียนนางรองมณีพิทยาคม'
    M = [
        mk(1, 'การเปิดเผยข้อมูลการรับนักเรียนและการระดมทรัพยากรอย่างโปร่งใส',
           ['1. ประกาศแผนการรับนักเรียนและเกณฑ์คัดเลือก', '2. เผยแพร่ผลการคัดเลือกพร้อมคะแนน', '3. รายงานการระดมทรัพยากรต่อคณะกรรมการสถานศึกษา'],
           'กลุ่มบริหารงานวิชาการ / กลุ่มบริหารงบประมาณ', 'ก.พ. – พ.ค. 2570', 'รายงานผู้อำนวยการและคณะกรรมการสถานศึกษาขั้นพื้นฐาน',
           outc='ผู้ปกครองเชื่อมั่นในการรับนักเรียน ไม่มีเรื่องร้องเรียน'),
        mk(2, 'การป้องกันการเรียกรับเงินหรือผลประโยชน์ในการรับนักเรียนเข้าเรียน',
           ['1. ประกาศนโยบายไม่เรียกรับเงินแป๊ะเจี๊ยะ', '2. ตั้งกรรมการรับนักเรียนจากหลายกลุ่มงาน', '3. เปิดช่องทางแจ้งเบาะแส'],
           '......', 'มี.ค. – พ.ค. 2570', 'รองผู้อำนวยการตรวจสอบและรายงานผล',
           outc='ไม่มีการเรียกรับเงินในการรับนักเรียน'),
        mk(3, 'การจัดซื้อจัดจ้างอาหารกลางวันและวัสดุการศึกษาอย่างโปร่งใส',
           ['1. ประกาศแผนจัดซื้อจัดจ้าง', '2. ให้ผู้แทนผู้ปกครองร่วมตรวจรับอาหารกลางวัน', '3. เผยแพร่ผลการจัดซื้อรายเดือน'],
           'กลุ่มบริหารงบประมาณ (งานพัสดุ)', 'ต.ค. 2569 – ก.ย. 2570', 'รายงานผลต่อสำนักงานเขตพื้นที่การศึกษาทุกภาคเรียน',
           outc='การจัดซื้อจัดจ้างตรวจสอบได้ นักเรียนได้รับอาหารครบตามมาตรฐาน'),
        mk(4, 'การปลูกฝังวัฒนธรรมสุจริตแก่ครูและนักเรียนตามโครงการโรงเรียนสุจริต',
           ['1. จัดกิจกรรมชมรมสุจริต', '2. จัดค่ายคุณธรรม', '3. ยกย่องนักเรียนและครูต้นแบบ'],
           'กลุ่มบริหารกิจการนักเรียน', 'พ.ย. 2569 – ส.ค. 2570', 'ประเมินผลโครงการเมื่อสิ้นปีการศึกษา',
           outc=''),
    ]
    d = new_doc('Kinnari', 13)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    for _ in range(5):
        para(d, '')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, center=True, size=20)
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2570', bold=True, center=True, size=20)
    for _ in range(9):
        para(d, '')
    para(d, A, bold=True, center=True, size=18)
    para(d, 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาบุรีมณี', center=True, size=15)
    page_break(d)
    para(d, 'สารบัญ', bold=True, center=True, size=16)
    for k, pg in [('ส่วนที่ 1 ผลการวิเคราะห์ผลการประเมิน ITA ปี 2569', 3), ('ส่วนที่ 2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 3),
                  ('ภาคผนวก ประกาศโรงเรียน', 5)]:
        p = para(d, '')
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run('%s\t%d' % (k, pg))
    page_break(d)
    para(d, 'ส่วนที่ 1 ผลการวิเคราะห์ผลการประเมิน ITA ปี 2569', bold=True, size=15)
    para(d, 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาบุรีมณีได้คะแนนรวม 93.10 คะแนน ผลการประเมิน ผ่าน', indent=1)
    para(d, 'ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน', bold=True, indent=1)
    para(d, '1) ผู้ปกครองบางส่วนยังเข้าใจว่าต้องจ่ายเงินเพื่อให้บุตรได้เข้าเรียน', indent=1.5)
    para(d, 'ประเด็นที่ต้องพัฒนาให้ดีขึ้น', bold=True, indent=1)
    para(d, '1) การเผยแพร่ข้อมูลการจัดซื้อจัดจ้างอาหารกลางวัน', indent=1.5)
    para(d, 'ส่วนที่ 2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส', bold=True, size=15)
    hdr = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, x in enumerate(hdr):
        cell(t.rows[0].cells[i], x, bold=True, center=True, size=11); shade(t.rows[0].cells[i], 'FFF2CC')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for i, v in enumerate([str(m['n']), m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(r[i], v, size=11, center=(i == 0))
    widths(t, [0.9, 3.0, 4.4, 2.4, 1.9, 2.3, 2.3])
    para(d, '')
    para(d, 'ลงชื่อ ..................................... ผู้อำนวยการโรงเรียน', center=True)
    para(d, '(นายสุริยา นางรอง)', center=True)
    page_break(d)
    para(d, 'ภาคผนวก', bold=True, center=True, size=16)
    para(d, 'ประกาศโรงเรียนนางรองมณีพิทยาคม เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)', center=True)
    footer_pages(sec, 'หน้า {P}')
    src = os.path.join(BUILD, 'm05.docx'); d.save(src)
    pdf = to_pdf(src); fn = 'm05_school_nangrongmani_measures_2570.pdf'
    shutil.copy(pdf, os.path.join(OUT, fn))
    label(fn, 'measures', 2570, A, U_MEA, M, ['มาตรการที่ 2: ผู้รับผิดชอบ "......"', 'มาตรการที่ 4: ผลที่คาดว่าจะได้รับว่าง'],
          'Word (Kinnari) exported to PDF by LibreOffice: cover page (no footer), a table of contents with dot leaders, analysis (93.10 ผ่าน, '
          'สพม.), a 7-column table with shaded repeated header, signature, and an appendix page; footer "หน้า n".', BOTH)


# =====================================================================================================
# p01 MD อบต. plan: pipe table, Thai-digit numbers, group rows; steps '-' (๒)
# =====================================================================================================
def p01():
    A = 'องค์การบริหารส่วนตำบลเขื่องในมณี'
    M = [
        mk(th(1), 'โครงการอบรมคุณธรรมจริยธรรมสำหรับผู้บริหาร สมาชิกสภา และพนักงาน อบต.',
           ['จัดอบรม ๑ วัน', 'ศึกษาดูงานหน่วยงานต้นแบบ'], 'สำนักปลัด อบต.', 'ก.พ. ๒๕๗๐', 'ประเมินผลหลังการอบรม',
           outc='ผู้เข้าอบรมร้อยละ ๙๐ มีความรู้เพิ่มขึ้น'),
        mk(th(2), 'กิจกรรมประกาศเจตจำนงสุจริตในการบริหารงานของนายก อบต.', '-', 'สำนักปลัด อบต.', 'ต.ค. – พ.ย. ๒๕๖๙',
           'รายงานผลในการประชุมประจำเดือน', outc='ประกาศเจตจำนง ๑ ครั้ง'),
        mk(th(3), 'กิจกรรมเผยแพร่ข้อมูลข่าวสารการจัดซื้อจัดจ้างผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์',
           ['สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'เผยแพร่บนเว็บไซต์และบอร์ด'], 'กองคลัง', 'ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', 'ปลัด อบต. ตรวจสอบทุกเดือน',
           outc='เผยแพร่ครบ ๑๒ เดือน'),
        mk(th(4), 'โครงการ อบต.สัญจรรับฟังความคิดเห็นและเรื่องร้องเรียนของประชาชน',
           ['ออกให้บริการนอกสถานที่ ๑๒ หมู่บ้าน', 'รับเรื่องร้องเรียนและแจ้งผล'], 'สำนักปลัด อบต. / กองช่าง', 'ม.ค. – มิ.ย. ๒๕๗๐',
           'สรุปผลเสนอนายก อบต. ทุกไตรมาส', outc='ประชาชนได้รับบริการครบ ๑๒ หมู่บ้าน'),
        mk(th(5), 'กิจกรรมจัดทำคู่มือการป้องกันผลประโยชน์ทับซ้อน',
           ['รวบรวมกรณีศึกษา', 'จัดทำและแจกจ่ายคู่มือ'], 'สำนักปลัด อบต. (งานนิติการ)', 'มี.ค. – เม.ย. ๒๕๗๐', 'รายงานนายก อบต.',
           outc='คู่มือ ๑ เล่ม บุคลากรทุกคนได้รับ'),
    ]
    L = ['# แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', '', '### ' + A + ' อำเภอเขื่องในมณี จังหวัดอุบลมณี', '',
         'แผนนี้จัดทำตามแนวทางของสำนักงาน ป.ป.ช. เพื่อป้องกันการทุจริตและส่งเสริมคุณธรรมและความโปร่งใสในการดำเนินงาน', '',
         '| ลำดับ | โครงการ/กิจกรรม | วิธีดำเนินการ | หน่วยงานรับผิดชอบ | ระยะเวลา | การติดตามประเมินผล | ตัวชี้วัด |',
         '|:---:|---|---|---|---|---|---|']
    groups = {th(1): 'มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต', th(3): 'มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต'}
    for m in M:
        if m['n'] in groups:
            L.append('|  | **%s** |  |  |  |  |  |' % groups[m['n']])
        steps = m['steps'] if isinstance(m['steps'], str) else '<br>'.join('%s) %s' % (th(k + 1), s) for k, s in enumerate(m['steps']))
        L.append('| %s | %s | %s | %s | %s | %s | %s |' % (m['n'], m['title'], steps, m['resp'], m['period'], m['mon'], m['outc']))
    L += ['', 'ผู้เสนอแผน ปลัดองค์การบริหารส่วนตำบลเขื่องในมณี  ', 'ผู้อนุมัติแผน นายกองค์การบริหารส่วนตำบลเขื่องในมณี', '']
    fn = 'p01_obt_khueangnaimani_plan_2570.md'
    write(fn, '\n'.join(L))
    label(fn, 'plan', 2570, A, U_PLN, M, ['กิจกรรมที่ ๒: วิธีดำเนินการ "-"'],
          'Markdown pipe table, 7 columns, numbers ๑–๕ (Thai digits), bold group rows "มิติที่ ๑/๒" (not units); ตัวชี้วัด = outcome; '
          'own การติดตามประเมินผล column. Output never stated in a plan.')


# =====================================================================================================
# p02 HTML provincial LAND TRANSPORT office plan, COMPLETE
# =====================================================================================================
def p02():
    A = 'สำนักงานขนส่งจังหวัดสุรินทร์มณี'
    M = [
        mk(1, 'กิจกรรมให้บริการงานทะเบียนและใบอนุญาตขับรถด้วยระบบคิวอัตโนมัติ',
           ['ใช้บัตรคิวและจองคิวล่วงหน้าผ่าน DLT Smart Queue', 'ประกาศเวลามาตรฐานการให้บริการ'], 'ฝ่ายทะเบียนรถ / ฝ่ายใบอนุญาต',
           'ต.ค. 2569 – ก.ย. 2570', 'หัวหน้าฝ่ายตรวจสอบรายงานคิวรายสัปดาห์', outc='ผู้รับบริการได้รับบริการตามลำดับคิวร้อยละ 100'),
        mk(2, 'กิจกรรมเผยแพร่ค่าธรรมเนียมและขั้นตอนการทดสอบใบอนุญาตขับรถ',
           ['จัดทำป้ายและคลิปวิดีโอขั้นตอนการทดสอบ', 'เผยแพร่ผ่านเว็บไซต์และเพจ'], 'ฝ่ายใบอนุญาตและผู้ประจำรถ', 'พ.ย. – ธ.ค. 2569',
           'รายงานขนส่งจังหวัดทุกไตรมาส', outc='ผู้สอบทราบค่าธรรมเนียมและขั้นตอนล่วงหน้า'),
        mk(3, 'กิจกรรมป้องกันการเรียกรับผลประโยชน์ในการตรวจสภาพรถ',
           ['ติดตั้งกล้องวงจรปิดในโรงตรวจสภาพ', 'สุ่มตรวจสถานตรวจสภาพรถเอกชน (ตรอ.)'], 'ฝ่ายวิศวกรรมยานยนต์', 'ต.ค. 2569 – ก.ย. 2570',
           'รายงานผลการสุ่มตรวจต่อกรมการขนส่งทางบกทุกไตรมาส', outc='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์'),
        mk(4, 'กิจกรรมเปิดช่องทางร้องเรียน 1584 และ QR Code ร้องเรียน ณ จุดบริการ',
           ['ติด QR Code ทุกจุดบริการ', 'ตอบกลับผู้ร้องภายใน 7 วัน'], 'ฝ่ายบริหารทั่วไป', 'ต.ค. 2569 – ก.ย. 2570',
           'สรุปเรื่องร้องเรียนเสนอขนส่งจังหวัดทุกเดือน', outc='ตอบกลับเรื่องร้องเรียนภายในกำหนดร้อยละ 100'),
        mk(5, 'กิจกรรมประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และรายงานผล',
           ['ประกาศนโยบายต่อสาธารณะ', 'รายงานผลการปฏิเสธของขวัญ'], 'ฝ่ายบริหารทั่วไป', 'ธ.ค. 2569 – ม.ค. 2570',
           'รายงานกรมการขนส่งทางบกภายในเดือน ก.พ. 2570', outc='บุคลากรไม่รับของขวัญร้อยละ 100'),
    ]
    title = 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570'
    rows = ''.join('<tr>\n  <td align="center">กิจกรรมที่ %d</td>\n  <td>%s</td>\n  <td><ol>%s</ol></td>\n  <td>%s</td>\n  <td>%s</td>\n  <td>%s</td>\n  <td>%s</td>\n</tr>\n'
                   % (m['n'], m['title'], ''.join('<li>%s</li>' % s for s in m['steps']), m['resp'], m['period'], m['mon'], m['outc'])
                   for m in M)
    h = '''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<title>%s | %s</title>
<style>
body{font-family:"Sarabun",sans-serif;margin:2rem}
table{border-collapse:collapse;width:100%%} th{background:#0b3d91;color:#fff} th,td{border:1px solid #555;padding:6px;vertical-align:top}
ol{margin:0;padding-left:1.2rem}
</style>
</head>
<body>
<div class="topbar">กรมการขนส่งทางบก | %s</div>
<h2 style="text-align:center">%s</h2>
<p style="text-align:center">%s กรมการขนส่งทางบก</p>
<p>เพื่อให้การดำเนินงานของสำนักงานเป็นไปด้วยความโปร่งใส ตรวจสอบได้ และสอดคล้องกับผลการประเมิน ITA ปี 2569 (92.66 คะแนน ผ่าน) สำนักงานจึงกำหนดแผนการขับเคลื่อน ดังนี้</p>
<table>
<thead>
<tr><th>ลำดับ</th><th>กิจกรรม</th><th>ขั้นตอนการดำเนินงาน</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ตัวชี้วัดความสำเร็จ</th></tr>
</thead>
<tbody>
%s</tbody>
</table>
<p style="margin-top:2rem;text-align:right">ลงชื่อ นายวิโรจน์ ศีขรภูมิ<br>ขนส่งจังหวัดสุรินทร์มณี</p>
</body>
</html>
''' % (title, A, A, title, A, rows)
    fn = 'p02_dlt_surinmani_plan_2570.html'
    write(fn, h)
    label(fn, 'plan', 2570, A, U_PLN, M, [],
          'Static HTML page, 7-column table with thead, "กิจกรรมที่ 1–5" in the ลำดับ column, steps as <ol>, own การติดตามผล column, '
          'ตัวชี้วัดความสำเร็จ = outcome. COMPLETE.')


# =====================================================================================================
# p03 DOCX  NEW: plan table in a LANDSCAPE SECTION between portrait sections; period ONLY as SHADED month cells (Gantt)
# =====================================================================================================
MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']


def p03():
    A = 'เทศบาลเมืองวารินมณี'
    spec = [
        ('โครงการฝึกอบรมคุณธรรมจริยธรรมสำหรับผู้บริหารและบุคลากรเทศบาล', ['1. ขออนุมัติโครงการ', '2. จัดอบรม 2 รุ่น', '3. ประเมินผลหลังอบรม'],
         'สำนักปลัดเทศบาล (ฝ่ายการเจ้าหน้าที่)', [3, 4], 'บุคลากรร้อยละ 90 เข้ารับการอบรม'),
        ('กิจกรรมเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน', ['1. จัดทำ สขร.1 ทุกเดือน', '2. เผยแพร่บนเว็บไซต์เทศบาล'],
         'กองคลัง (งานพัสดุ)', list(range(12)), 'เผยแพร่ครบ 12 เดือน'),
        ('กิจกรรมประชาสัมพันธ์ช่องทางร้องเรียนการทุจริตในชุมชน', ['1. จัดทำแผ่นพับและสติกเกอร์ QR Code', '2. ประชาสัมพันธ์ผ่านหอกระจายข่าวชุมชน'],
         'สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', [], 'ประชาชนรับรู้ช่องทางร้องเรียนไม่น้อยกว่าร้อยละ 80'),
        ('โครงการเทศบาลโปร่งใส ชุมชนมีส่วนร่วมตรวจรับงานก่อสร้าง', ['1. คัดเลือกตัวแทนชุมชน', '2. อบรมการตรวจรับงาน', '3. ร่วมตรวจรับงานจริง'],
         'กองช่าง', [6, 7, 8, 9, 10], 'ตัวแทนชุมชนร่วมตรวจรับทุกโครงการ'),
        ('กิจกรรมจัดทำประกาศนโยบายไม่รับของขวัญ (No Gift Policy)', ['1. นายกเทศมนตรีลงนามประกาศ', '2. เผยแพร่ประกาศ'],
         '', [0], 'ประกาศ 1 ฉบับ'),
        ('กิจกรรมติดตามและรายงานผลการดำเนินงานตามแผน รอบ 6 เดือน และ 12 เดือน', ['1. รวบรวมผลจากทุกกอง', '2. สรุปรายงานเสนอนายกเทศมนตรี'],
         'สำนักปลัดเทศบาล (งานแผนและงบประมาณ)', [5, 11], 'รายงานผล 2 ครั้ง'),
    ]
    M = []
    for i, (t, s, r, mon, oc) in enumerate(spec):
        per = ', '.join(MONTHS[k] for k in mon)
        M.append(mk(i + 1, t, s, r, per, 'กิจกรรมที่ 6 (ติดตามรายงานผลรอบ 6 และ 12 เดือน)', outc=oc, months=mon))
    d = new_doc('Norasi', 14)
    s1 = d.sections[0]
    footer_pages(s1, '- {P} -')
    para(d, 'แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรมและความโปร่งใส', bold=True, center=True, size=18)
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2570', bold=True, center=True, size=18)
    para(d, A + ' อำเภอวารินมณี จังหวัดอุบลมณี', center=True, size=16)
    para(d, '')
    para(d, '1. หลักการและเหตุผล', bold=True)
    para(d, 'เทศบาลเมืองวารินมณีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 คะแนน 88.96 คะแนน ผ่าน เพื่อยกระดับคุณธรรมและความโปร่งใส '
            'ให้สูงขึ้น จึงจัดทำแผนปฏิบัติการฉบับนี้ โดยมีกิจกรรม 6 กิจกรรม ตามตารางในหน้าถัดไป', indent=1.25)
    para(d, '2. วัตถุประสงค์', bold=True)
    para(d, '2.1 เพื่อป้องกันการทุจริตและประพฤติมิชอบในการปฏิบัติงานของเทศบาล', indent=1.25)
    para(d, '2.2 เพื่อเปิดเผยข้อมูลการดำเนินงานให้ประชาชนตรวจสอบได้', indent=1.25)
    para(d, '3. การติดตามประเมินผล', bold=True)
    para(d, 'สำนักปลัดเทศบาลติดตามและรายงานผลการดำเนินงานตามแผนต่อนายกเทศมนตรี รอบ 6 เดือน และ 12 เดือน (กิจกรรมที่ 6)', indent=1.25)
    # landscape section
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    orient(s2, True)
    s2.left_margin = s2.right_margin = Cm(1.5); s2.top_margin = s2.bottom_margin = Cm(1.5)
    para(d, 'ตารางแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2570', bold=True, center=True, size=15)
    ncol = 5 + 12
    t = d.add_table(rows=2, cols=ncol); t.style = 'Table Grid'
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, x in enumerate(['ที่', 'กิจกรรม/โครงการ', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ตัวชี้วัด']):
        c = h0[i].merge(h1[i]); cell(c, x, bold=True, center=True, size=12); shade(c, 'FBE4D5')
    c = h0[5].merge(h0[7]); cell(c, 'พ.ศ. 2569', bold=True, center=True, size=11); shade(c, 'FBE4D5')
    c = h0[8].merge(h0[16]); cell(c, 'พ.ศ. 2570', bold=True, center=True, size=11); shade(c, 'FBE4D5')
    for k, mname in enumerate(MONTHS):
        c = h1[5 + k]; cell(c, mname, bold=True, center=True, size=10); shade(c, 'FBE4D5'); vtext(c)
    row_height(t.rows[1], 900, 'exact')
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for m in M:
        r = t.add_row(); no_split(r); rc = r.cells
        for i, v in enumerate([str(m['n']), m['title'], m['steps'], m['resp'], m['outc']]):
            cell(rc[i], v, size=12, center=(i == 0))
        for k in range(12):
            cell(rc[5 + k], '', size=12)
            if k in m['months']:
                shade(rc[5 + k], '5B9BD5')
    widths(t, [0.9, 5.2, 5.6, 3.6, 3.6] + [0.72] * 12)
    p = para(d, 'หมายเหตุ  ช่องที่แรเงา หมายถึง ช่วงเวลาดำเนินการ', size=12)
    # back to portrait for the approval
    s3 = d.add_section(WD_SECTION.NEW_PAGE)
    orient(s3, False)
    s3.left_margin = s3.right_margin = Cm(2); s3.top_margin = s3.bottom_margin = Cm(1.8)
    para(d, '')
    para(d, 'ผู้จัดทำแผน', center=True)
    para(d, '(นางสาวสุดารัตน์ วารินทร์)  นักวิเคราะห์นโยบายและแผนชำนาญการ', center=True)
    para(d, '')
    para(d, 'ผู้เห็นชอบแผน', center=True)
    para(d, '(นายประยูร บุญมา)  ปลัดเทศบาลเมืองวารินมณี', center=True)
    para(d, '')
    para(d, 'ผู้อนุมัติแผน', center=True)
    para(d, '(นายธนพล ศรีวาริน)  นายกเทศมนตรีเมืองวารินมณี', center=True)
    fn = 'p03_tm_warinmani_plan_2570.docx'
    d.save(os.path.join(OUT, fn))
    to_pdf(os.path.join(OUT, fn))
    label(fn, 'plan', 2570, A, U_PLN, M, ['กิจกรรมที่ 3: ไม่มีช่องเดือนใดแรเงา (ไม่ระบุระยะเวลา)', 'กิจกรรมที่ 5: ผู้รับผิดชอบว่าง'],
          'NEW FORM: Word plan (Norasi) in three sections: portrait front part (title FY 2570, principles, score 88.96, a general '
          'follow-up statement), a LANDSCAPE section holding the table, then a portrait section with the approval signatures. The table '
          'has a two-row header (ที่, กิจกรรม/โครงการ, วิธีดำเนินการ, ผู้รับผิดชอบ, ตัวชี้วัด merged down; "พ.ศ. 2569" over ต.ค.–ธ.ค. and '
          '"พ.ศ. 2570" over ม.ค.–ก.ย.) with the 12 month names in VERTICAL text (btLr). The period of each activity is shown ONLY by '
          'blue CELL SHADING (w:shd fill 5B9BD5) of its month cells: the month cells hold no text at all; a note under the table says '
          'shaded = period. Activity 3 has no shaded month (period missing). Activity 6 is the plan\'s own 6/12-month follow-up and the '
          'front part says so = monitoring for every activity. ตัวชี้วัด = outcome.')


# =====================================================================================================
# p04 PDF (HTML -> Chromium) provincial NATURAL RESOURCES office plan; running header/footer; indicator '-' (3)
# =====================================================================================================
def p04():
    A = 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดอุบลมณี'
    M = [
        mk(1, 'กิจกรรมเผยแพร่ข้อมูลการอนุญาตใช้ประโยชน์ในพื้นที่ป่าไม้และที่สาธารณะ',
           ['1.1 รวบรวมคำขออนุญาตและผลการพิจารณา', '1.2 เผยแพร่บนเว็บไซต์ทุกไตรมาส'], 'กลุ่มงานทรัพยากรธรรมชาติ', 'ต.ค. 2569 – ก.ย. 2570',
           'รายงานผลต่อผู้อำนวยการสำนักงานทุกไตรมาส', outc='เผยแพร่ข้อมูลการอนุญาตครบ 4 ไตรมาส'),
        mk(2, 'กิจกรรมป้องกันการเรียกรับผลประโยชน์ในการตรวจสอบการทำไม้และเคลื่อนย้ายไม้',
           ['2.1 ออกตรวจร่วมกันอย่างน้อย 2 หน่วยงาน', '2.2 บันทึกภาพการตรวจทุกครั้ง', '2.3 เปิดช่องทางแจ้งเบาะแส'],
           'กลุ่มงานทรัพยากรธรรมชาติ / หน่วยป้องกันรักษาป่า', 'ต.ค. 2569 – ก.ย. 2570', 'สรุปผลการตรวจเสนอผู้อำนวยการทุกเดือน',
           outc='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์'),
        mk(3, 'กิจกรรมส่งเสริมการมีส่วนร่วมของเครือข่าย ทสม. ในการเฝ้าระวังการบุกรุกป่า',
           ['3.1 ประชุมเครือข่าย ทสม. ระดับอำเภอ', '3.2 ตั้งกลุ่มไลน์แจ้งเหตุ'], 'กลุ่มงานสิ่งแวดล้อม', 'ม.ค. – มิ.ย. 2570',
           'รายงานผลการประชุมและการแจ้งเหตุรายไตรมาส', outc='-'),
        mk(4, 'กิจกรรมเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ',
           ['4.1 เผยแพร่แผนจัดซื้อจัดจ้าง', '4.2 สรุปผลการจัดซื้อจัดจ้างรายเดือน'], 'ฝ่ายบริหารทั่วไป', 'ต.ค. 2569 – ก.ย. 2570',
           'ผู้อำนวยการตรวจสอบก่อนเผยแพร่', outc='รายงานครบ 12 เดือน'),
        mk(5, 'กิจกรรมติดตามประเมินผลการดำเนินงานตามแผนและรายงานผู้บริหาร',
           ['5.1 รวบรวมผลรอบ 6 เดือน', '5.2 รวบรวมผลรอบ 12 เดือน', '5.3 รายงานสำนักงานปลัดกระทรวงทรัพยากรธรรมชาติฯ'], 'ฝ่ายบริหารทั่วไป',
           'มี.ค. และ ก.ย. 2570', 'ผู้อำนวยการพิจารณารายงาน', outc='รายงานผล 2 ครั้ง'),
    ]
    title = 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570'
    rows = ''.join('<tr><td class="c">%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n'
                   % (m['n'], m['title'], '<br>'.join(m['steps']), m['resp'], m['period'], m['mon'], m['outc']) for m in M)
    h = '''<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 20mm 14mm 16mm 14mm;
  @top-left { content: 'ทสจ.อุบลมณี  ·  แผนปฏิบัติการ ITA 2570'; font-family: 'Waree'; font-size: 9pt; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: 'หน้า ' counter(page) ' / ' counter(pages); font-family: 'Waree'; font-size: 9pt; color: #555; }
  @bottom-right { content: 'เอกสารเผยแพร่ตามตัวชี้วัด O12'; font-family: 'Waree'; font-size: 8pt; color: #777; } }
body { font-family: 'Waree'; font-size: 10.5pt; }
table { border-collapse: collapse; width: 100%%; } th, td { border: 1px solid #333; padding: 4px 5px; vertical-align: top; }
th { background: #d9ead3; } thead { display: table-header-group; } tr { break-inside: auto; } .c { text-align: center; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 2mm; } .sub { text-align: center; margin: 0 0 4mm; }
</style></head><body>
<h1>%s</h1>
<p class="sub">%s สำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม</p>
<p>ผลการประเมิน ITA ปี 2569 ของสำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม 91.08 คะแนน (ผ่าน) สำนักงานจึงจัดทำแผนปฏิบัติการ 5 กิจกรรม ดังนี้</p>
<table><thead><tr><th>ที่</th><th>กิจกรรม</th><th>วิธีดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ตัวชี้วัด</th></tr></thead>
<tbody>
%s</tbody></table>
<p style="margin-top:8mm;margin-left:55%%">ลงชื่อ นายสมชาย ขุขันธ์<br>ผู้อำนวยการสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดอุบลมณี</p>
</body></html>''' % (title, A, rows)
    src = os.path.join(BUILD, 'p04.html'); open(src, 'w', encoding='utf-8').write(h)
    fn = 'p04_tsj_ubonmani_plan_2570.pdf'
    chrome_pdf(src, os.path.join(OUT, fn))
    label(fn, 'plan', 2570, A, U_PLN, M, ['กิจกรรมที่ 3: ตัวชี้วัด "-"'],
          'HTML printed to PDF by Chromium (Waree, A4 landscape): running header, "หน้า n / N" and a footer note in CSS @page margin boxes on each page, '
          '7-column table with repeated header, steps 1.1/2.1 numbering; ตัวชี้วัด = outcome; own การติดตามผล column; activity 5 is '
          'the plan\'s own follow-up.')


ALL = [r01, r02, r03, r04, r05, r06, r07, m01, m02, m03, m04, m05, p01, p02, p03, p04]

if __name__ == '__main__':
    want = sys.argv[1:]
    for f in ALL:
        if not want or f.__name__ in want:
            f()
            print('built', f.__name__)
