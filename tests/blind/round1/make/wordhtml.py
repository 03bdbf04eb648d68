"""Emit HTML the way Word's 'Save as Web Page (filtered or not)' does."""
import html as _h

FONT = '"TH SarabunPSK",sans-serif'


def esc(s):
    return _h.escape(s, quote=False)


def p(text, bold=False, align=None, size=16, font=FONT, cls="MsoNormal", raw=False):
    st = "font-size:%.1fpt;font-family:%s" % (size, font)
    a = " align=%s style='text-align:%s'" % (align, align) if align else ""
    body = text if raw else esc(text)
    if bold:
        body = "<b>%s</b>" % body
    if not text:
        body = "&nbsp;"
    return "<p class=%s%s><span lang=TH style='%s'>%s<o:p></o:p></span></p>" % (cls, a, st, body)


def td(lines, width=100, rowspan=1, colspan=1, bold=False, align=None, bg=None, size=14, raw=False, valign="top"):
    if isinstance(lines, str):
        lines = [lines]
    attrs = "width=%d valign=%s" % (width, valign)
    if rowspan > 1:
        attrs += " rowspan=%d" % rowspan
    if colspan > 1:
        attrs += " colspan=%d" % colspan
    st = "width:%.1fpt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt" % (width * 0.75)
    if bg:
        st += ";background:%s;mso-shading:white;mso-pattern:solid %s" % (bg, bg)
    inner = "\n  ".join(p(l, bold=bold, align=align, size=size, raw=raw) for l in lines) if lines else p("", size=size)
    return "<td %s style='%s'>\n  %s\n  </td>" % (attrs, st, inner)


def tr(cells, header=False):
    st = " style='mso-yfti-irow:0;mso-yfti-firstrow:yes;page-break-inside:avoid'" if header else " style='page-break-inside:avoid'"
    return "<tr%s>\n %s\n</tr>" % (st, "\n ".join(cells))


def table(rows):
    return ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
            " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
            " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n" + "\n".join(rows) + "\n</table>")


def page(title, body, charset="windows-874", landscape=False):
    size = "841.9pt 595.3pt" if landscape else "595.3pt 841.9pt"
    return """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=%s">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>%s</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>ITA</o:Author>
  <o:Pages>4</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>90</w:Zoom>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
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
	margin:0cm;
	font-size:16.0pt;
	font-family:"TH SarabunPSK",sans-serif;
	mso-fareast-font-family:Calibri;
	mso-bidi-language:TH;}
 p.MsoListParagraph
	{margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;
	font-size:16.0pt;font-family:"TH SarabunPSK",sans-serif;}
@page WordSection1
	{size:%s;
	mso-page-orientation:%s;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;
	mso-header-margin:35.45pt;
	mso-footer-margin:35.45pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
</head>

<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

%s

</div>

</body>

</html>
""" % (charset, esc(title), size, "landscape" if landscape else "portrait", body)
