"""Word documents: r02 (NEW: prosecutor's office results saved from Word as RICH TEXT FORMAT and uploaded with a .txt name - the
file is raw RTF source, ansicpg874 with the Thai text as \\'xx cp874 escapes, the table as \\trowd/\\cell/\\row), r06 (central
department results, one 2-column form table per measure), m01 (provincial agriculture office measures, wrong band), p04 (Bangkok
district office plan, general follow-up section)."""
import sys
from common import *

_para = para


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


def signatures(d, left, right):
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    for c, (a, b, x) in zip(t.rows[0].cells, (left, right)):
        cell(c, ['ลงชื่อ ......................................... ' + x, '(' + a + ')', b], center=True)


# ---------------------------------------------------------------- r02 (NEW: RTF saved as .txt)
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif ch == '\t':
            out.append('\\tab ')
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode('cp874')
                out.append(''.join("\\'%02x" % x for x in b))
            except UnicodeEncodeError:
                out.append('\\u%d\\\'3f' % (o if o < 32768 else o - 65536))
    return ''.join(out)


RSID = ['\\insrsid5731022', '\\insrsid12650431', '\\insrsid3155283\\charrsid12650431']


def run(text, size=32, bold=False, k=0):
    return ('{\\rtlch\\fcs1 \\af0\\afs%d%s \\ltrch\\fcs0 \\f0\\fs%d%s\\lang1054\\langfe1033\\langnp1054%s '
            % (size, ' \\ab' if bold else '', size, ' \\b' if bold else '', RSID[k % len(RSID)]) + rtf_esc(text) + '}')


def rpar(text, align='ql', size=32, bold=False, fi=0, sa=0):
    return ('\\pard\\plain \\ltrpar\\%s \\fi%d\\li0\\ri0\\sa%d\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 '
            '\\rtlch\\fcs1 \\af0\\afs32\\alang1054 \\ltrch\\fcs0 \\f0\\fs32\\lang1033\\langfe1033\\cgrid\\langnp1033\\langfenp1033 '
            % (align, fi, sa) + run(text, size, bold) + '\\par\n')


def rtf_row(cells, widths_tw, header=False, fill=None):
    brd = '\\clbrdrt\\brdrs\\brdrw10 \\clbrdrl\\brdrs\\brdrw10 \\clbrdrb\\brdrs\\brdrw10 \\clbrdrr\\brdrs\\brdrw10 '
    out = ['\\trowd \\irow0\\irowband0\\ltrrow\\ts11\\trgaph108\\trleft-108\\trbrdrt\\brdrs\\brdrw10 \\trbrdrl\\brdrs\\brdrw10 '
           '\\trbrdrb\\brdrs\\brdrw10 \\trbrdrr\\brdrs\\brdrw10 \\trbrdrh\\brdrs\\brdrw10 \\trbrdrv\\brdrs\\brdrw10 '
           + ('\\trhdr ' if header else '') + '\\trftsWidth1\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddfr3\\tblind0\\tblindtype3 ']
    x = -108
    for w in widths_tw:
        x += w
        out.append('\\clvertalt' + brd + ('\\clcbpat2' if fill else '') + '\\cltxlrtb\\clftsWidth3\\clwWidth%d \\cellx%d' % (w, x))
    out.append('\n')
    for i, c in enumerate(cells):
        lines = c.split('\n') if c else ['']
        out.append('\\pard\\plain \\ltrpar\\%s \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0 '
                   '\\rtlch\\fcs1 \\af0\\afs28\\alang1054 \\ltrch\\fcs0 \\f0\\fs28\\lang1033\\langfe1033\\cgrid\\langnp1033\\langfenp1033 '
                   % ('qc' if (header or i == 0) else 'ql'))
        for j, ln in enumerate(lines):
            out.append(run(ln, 28, header, j))
            out.append('\\par ' if j < len(lines) - 1 else '')
        out.append('\\cell \n')
    out.append('\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum\\faauto'
               '\\adjustright\\rin0\\lin0 {\\rtlch\\fcs1 \\af0\\afs28 \\ltrch\\fcs0 \\f0\\fs28\\insrsid5731022 \\trowd \\irow0\\irowband0'
               '\\ltrrow\\ts11\\trgaph108\\trleft-108' + ''.join('\\cellx%d' % v for v in _cum(widths_tw)) + '\\row }\n')
    return ''.join(out)


def _cum(ws):
    x, out = -108, []
    for w in ws:
        x += w; out.append(x)
    return out


def rtf_to_text(raw):
    """Minimal RTF reader used by the builder's self-check and verify.py: cp874 \\'xx escapes, \\uN, \\par/\\cell/\\row,
    ignorable destinations skipped."""
    import re as _re
    out, stack, skip, i, n = [], [], False, 0, len(raw)
    uc_skip = 0
    SKIPD = {'fonttbl', 'colortbl', 'stylesheet', 'info', '*', 'header', 'footer', 'listtable', 'listoverridetable', 'rsidtbl',
             'generator', 'latentstyles', 'headerr', 'headerl', 'headerf', 'footerr', 'footerl', 'footerf', 'themedata', 'colorschememapping', 'datastore', 'pict', 'fldinst'}
    buf = bytearray()

    def flush():
        if buf:
            out.append(bytes(buf).decode('cp874', 'replace')); buf.clear()
    while i < n:
        ch = raw[i]
        if ch == '{':
            stack.append(skip); i += 1
        elif ch == '}':
            skip = stack.pop() if stack else False; i += 1
        elif ch == '\\':
            m = _re.match(r"\\('([0-9a-fA-F]{2})|([a-zA-Z]+)(-?\d+)? ?|(.))", raw[i:])
            i += len(m.group(0))
            if m.group(2):
                if uc_skip:
                    uc_skip -= 1
                elif not skip:
                    buf.append(int(m.group(2), 16))
            elif m.group(3):
                w = m.group(3)
                if w in SKIPD:
                    skip = True
                if skip:
                    continue
                if w == 'u':
                    flush(); v = int(m.group(4)); out.append(chr(v if v >= 0 else v + 65536)); uc_skip = 1
                elif w in ('par', 'cell', 'row', 'line'):
                    flush(); out.append('\n' if w != 'cell' else ' | ')
                elif w == 'tab':
                    flush(); out.append('\t')
            else:
                c = m.group(5)
                if c == '*':
                    skip = True
                elif not skip and c in '\\{}':
                    flush(); out.append(c)
        elif ch in '\r\n':
            i += 1
        else:
            if not skip:
                flush(); out.append(ch)
            i += 1
    flush()
    return ''.join(out)


def r02():
    F = 'r02_ago_samutsakhonthara_results_2569.txt'
    AG = 'สำนักงานอัยการจังหวัดสมุทรสาครธารา'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและแผนการใช้จ่ายงบประมาณของสำนักงานบนเว็บไซต์',
          steps='1) จัดทำแผนจัดซื้อจัดจ้างประจำปี\n2) สรุปผลการจัดซื้อจัดจ้างรายเดือน\n3) ส่งข้อมูลให้ผู้ดูแลเว็บไซต์เผยแพร่',
          resp='ฝ่ายอำนวยการ (งานการเงินและพัสดุ)', period='ต.ค. 2568 – ก.ย. 2569', mon='อัยการจังหวัดตรวจรายงานประจำเดือน',
          out='เผยแพร่แผน 1 ฉบับ ผลการจัดซื้อจัดจ้าง 12 เดือน', outc='ประชาชนตรวจสอบการใช้งบประมาณของสำนักงานได้'),
     dict(n='2', title='ให้บริการให้คำปรึกษากฎหมายแก่ประชาชนโดยไม่เรียกรับค่าตอบแทน (สคช. เคลื่อนที่)',
          steps='1) ออกหน่วยให้คำปรึกษาร่วมกับอำเภอเดือนละ 1 ครั้ง\n2) ประกาศ “ไม่มีค่าใช้จ่าย” ทุกจุดบริการ\n3) สำรวจความพึงพอใจผู้รับบริการ',
          resp='', period='พ.ย. 2568 – ส.ค. 2569', mon='รายงานผลการออกหน่วยต่อสำนักงานอัยการภาค 7 ทุกเดือน',
          out='ออกหน่วย 10 ครั้ง ผู้รับบริการ 428 ราย', outc='ผู้รับบริการพึงพอใจร้อยละ 94 ไม่มีการเรียกรับผลประโยชน์'),
     dict(n='3', title='ควบคุมการเข้าถึงสำนวนคดีและข้อมูลส่วนบุคคลด้วยทะเบียนยืม-คืนสำนวนอิเล็กทรอนิกส์',
          steps='1) บันทึกการยืม-คืนสำนวนผ่านระบบ\n2) กำหนดสิทธิ์ผู้เข้าถึงตามหน้าที่\n3) ตรวจสอบทะเบียนทุกสิ้นเดือน',
          resp='ฝ่ายคดี / งานสารบรรณคดี', period='ต.ค. 2568 – ก.ย. 2569', mon='หัวหน้าฝ่ายคดีรายงานอัยการจังหวัดทุกเดือน',
          out='บันทึกการยืม-คืน 2,914 ครั้ง', outc='ไม่พบสำนวนสูญหายหรือการรั่วไหลของข้อมูล'),
     dict(n='4', title='อบรมเสริมสร้างจริยธรรมข้าราชการอัยการและการป้องกันผลประโยชน์ทับซ้อน',
          steps='1) จัดบรรยายโดยวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด\n2) ทำแบบทดสอบก่อน-หลัง\n3) ลงนามประกาศเจตนารมณ์',
          resp='ฝ่ายอำนวยการ', period='มี.ค. 2569', mon='ฝ่ายอำนวยการสรุปผลเสนออัยการจังหวัด',
          out='ผู้เข้าอบรม 37 คน (ร้อยละ 100)', outc='อยู่ระหว่างดำเนินการ'),
     dict(n='5', title='ประกาศนโยบายงดรับของขวัญ (No Gift Policy) ของสำนักงานอัยการจังหวัด',
          steps='1) อัยการจังหวัดลงนามประกาศ\n2) เผยแพร่ทางเว็บไซต์และติดประกาศหน้าสำนักงาน\n3) รายงานการรับของขวัญทุกเทศกาล',
          resp='อัยการจังหวัด / ฝ่ายอำนวยการ', period='ต.ค. 2568 – ม.ค. 2569', mon='ฝ่ายอำนวยการรวบรวมแบบรายงานส่งสำนักงานอัยการสูงสุด',
          out='ประกาศ 1 ฉบับ รายงานครบทุกเทศกาล', outc='ไม่พบการรับของขวัญ'),
    ]
    hd = ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลผลิต', 'ผลลัพธ์']
    W = [520, 2500, 2900, 1800, 1500, 1900, 1800, 1900]
    head = ('{\\rtf1\\adeflang1054\\ansi\\ansicpg874\\uc1\\adeff0\\deff0\\stshfdbch0\\stshfloch0\\stshfhich0\\stshfbi0\\deflang1033'
            '\\deflangfe1033\\themelang1033\\themelangfe0\\themelangcs1054'
            '{\\fonttbl{\\f0\\fbidi \\froman\\fcharset222\\fprq2{\\*\\panose 020b0500040200020003}TH SarabunPSK;}'
            '{\\f1\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020f0502020204030204}Calibri;}'
            '{\\f2\\fbidi \\froman\\fcharset0\\fprq2 Times New Roman;}}\n'
            '{\\colortbl;\\red0\\green0\\blue0;\\red217\\green217\\blue217;\\red0\\green0\\blue255;}\n'
            '{\\*\\defchp \\f1\\fs22\\lang1033\\langfe1033\\langfenp1033 }{\\*\\defpap \\ql \\li0\\ri0\\sa160\\sl259\\slmult1'
            '\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 }\n'
            '{\\stylesheet{\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0'
            '\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs32\\alang1054 \\ltrch\\fcs0 \\f0\\fs32\\lang1033\\langfe1033\\cgrid\\langnp1033'
            '\\langfenp1033 \\snext0 \\sqformat \\spriority0 Normal;}{\\*\\ts11\\tsrowd\\trftsWidthB3\\trpaddl108\\trpaddr108'
            '\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\tblind0\\tblindtype3\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr'
            '\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv \\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha'
            '\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af0\\afs22\\alang1054 \\ltrch\\fcs0 \\f1\\fs22'
            '\\lang1033\\langfe1033\\cgrid\\langnp1033\\langfenp1033 \\snext11 \\ssemihidden \\sunhideused Normal Table;}}\n'
            '{\\*\\rsidtbl \\rsid3155283\\rsid5731022\\rsid12650431}{\\mmathPr\\mmathFont34\\mbrkBin0\\mbrkBinSub0\\msmallFrac0'
            '\\mdispDef1\\mlMargin0\\mrMargin0\\mdefJc1\\mwrapIndent1440\\mintLim0\\mnaryLim1}\n'
            '{\\info{\\title ' + rtf_esc('รายงานผลมาตรการ ITA 2569') + '}{\\author Sakhon-AGO}{\\operator ' + rtf_esc('ธุรการ') +
            '}{\\creatim\\yr2026\\mo9\\dy24\\hr10\\min12}{\\revtim\\yr2026\\mo9\\dy29\\hr14\\min3}{\\version4}{\\edmins38}'
            '{\\nofpages2}{\\nofwords812}{\\nofchars4630}{\\*\\company OAG}{\\nofcharsws5431}{\\vern119}}\n'
            '{\\*\\xmlnstbl {\\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}\n'
            '\\paperw16838\\paperh11906\\margl1134\\margr1134\\margt1134\\margb1134\\gutter0\\ltrsect \\lndscpsxn\n'
            '\\widowctrl\\ftnbj\\aenddoc\\trackmoves0\\trackformatting1\\donotembedsysfont1\\relyonvml0\\donotembedlingdata0'
            '\\grfdocevents0\\validatexml1\\showplaceholdtext0\\ignoremixedcontent0\\saveinvalidxml0\\showxmlerrors1\\noxlattoyen'
            '\\expshrtn\\noultrlspc\\dntblnsbdb\\nospaceforul\\formshade\\horzdoc\\dgmargin\\dghspace180\\dgvspace180\\dghorigin1134'
            '\\dgvorigin1134\\dghshow1\\dgvshow1\\jexpand\\viewkind1\\viewscale110\\pgbrdrhead\\pgbrdrfoot\\splytwnine\\ftnlytwnine'
            '\\htmautsp\\nolnhtadjtbl\\useltbaln\\alntblind\\lytcalctblwd\\lyttblrtgr\\lnbrkrule\\nobrkwrptbl\\snaptogridincell'
            '\\allowfieldendsel\\wrppunct\\asianbrkrule\\rsidroot5731022\\newtblstyruls\\nogrowautofit\\usenormstyforlist'
            '\\noindnmbrts\\felnbrelev\\nocxsptable\\indrlsweleven\\noafcnsttbl\\afelev\\utinl\\hwelev\\spltpgpar\\notcvasp'
            '\\notbrkcnstfrctbl\\notvertjustsectionhdrftr\\nospaceafterinlinedasb\\nospacebeforeinlinedasb\\nofeaturethrottle1\n'
            '\\sectd \\ltrsect\\lndscpsxn\\pgwsxn16838\\pghsxn11906\\linex0\\headery709\\footery709\\endnhere\\sectlinegrid360'
            '\\sectdefaultcl\\sectrsid5731022\\sftnbj\n'
            '{\\footerr \\ltrpar \\pard\\plain \\ltrpar\\qc \\rtlch\\fcs1 \\af0\\afs28 \\ltrch\\fcs0 \\f0\\fs28 '
            + run('หน้า ', 28) + '{\\field{\\*\\fldinst {\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\f0\\fs28 PAGE }}{\\fldrslt '
            '{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\f0\\fs28\\noproof 1}}}\\par }\n')
    body = [rpar('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'qc', 40, True),
            rpar('ประจำปีงบประมาณ พ.ศ. 2569', 'qc', 40, True),
            rpar(AG, 'qc', 36, True, sa=120),
            rpar('\tตามที่สำนักงานอัยการจังหวัดสมุทรสาครธาราได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน '
                 'ประจำปีงบประมาณ พ.ศ. 2569 เพื่อแก้ไขประเด็นที่ได้คะแนนต่ำจากผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 '
                 '(86.03 คะแนน ระดับผ่าน) บัดนี้ได้ดำเนินการตามมาตรการครบถ้วนแล้ว จึงขอรายงานผลการดำเนินการ ดังนี้', 'qj', 32, sa=120)]
    body.append(rtf_row(hd, W, header=True, fill=True))
    for m in MS:
        body.append(rtf_row([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']], W))
    body.append(rpar('', sa=0))
    body.append(rpar('\tปัญหาอุปสรรค : การออกหน่วยให้คำปรึกษากฎหมายบางครั้งต้องเลื่อนเนื่องจากติดภารกิจว่าความ', 'ql', 32))
    body.append(rpar('', sa=0))
    body.append(rpar('(ลงชื่อ) ........................................ ผู้รายงาน', 'qc', 32))
    body.append(rpar('(นายปริญญา ท่าฉลอมวงศ์)', 'qc', 32))
    body.append(rpar('อัยการจังหวัดผู้ช่วย  หัวหน้าฝ่ายอำนวยการ', 'qc', 32))
    body.append(rpar('(ลงชื่อ) ........................................ ผู้ให้ความเห็นชอบ', 'qc', 32))
    body.append(rpar('(นางกนกวรรณ มหาชัยธารา)', 'qc', 32))
    body.append(rpar('อัยการจังหวัดสมุทรสาครธารา', 'qc', 32))
    rtf = head + ''.join(body) + '{\\*\\themedata 504b030414000600080000002100e9de0fbfff0000001c020000130000005b436f6e74656e745f}\n}'
    rtf = rtf.replace('\n', '\r\n')
    write(F, rtf, 'ascii')
    # render check (LibreOffice reads the RTF as Word would display it)
    tmp = os.path.join(BUILD, 'r02.rtf'); shutil.copy(os.path.join(OUT, F), tmp)
    to_pdf(tmp)
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 2: responsible (ผู้รับผิดชอบ) cell empty', 'measure 4: outcome is "อยู่ระหว่างดำเนินการ"'],
          'NEW FORM: a Word document saved as RICH TEXT FORMAT and uploaded under a .txt name - the file is raw RTF source (pure '
          'ASCII, CRLF): {\\rtf1\\ansi\\ansicpg874 header, font table (TH SarabunPSK fcharset222), stylesheet, rsid table, \\info, '
          'footer with a PAGE field, and every Thai character written as a cp874 \\\'xx escape inside {\\rtlch…\\ltrch…} runs; the '
          '8-column measure table is \\trowd … \\cellx … \\intbl … \\cell … \\row (header row \\trhdr, shaded \\clcbpat2), a cell\'s '
          'lines separated by \\par; trailing \\themedata blob. Read as the document the RTF displays: title FY 2569, intro with '
          'ITA 2568 score 86.03, table measures 1-5 with own การติดตามผล, problems line, signatures.')


# ---------------------------------------------------------------- r06 (one form table per measure)
def r06():
    F = 'r06_dcm_communitymarket_results_2569.docx'
    AG = 'กรมส่งเสริมตลาดชุมชนและวิสาหกิจรายย่อย'
    MS = [
     dict(n='๑', title='เปิดเผยหลักเกณฑ์และผลการพิจารณาจัดสรรพื้นที่ตลาดชุมชนต้นแบบแก่ผู้ประกอบการรายย่อย',
          steps='๑. ประกาศหลักเกณฑ์การคัดเลือกล่วงหน้า ๓๐ วัน\n๒. คณะกรรมการพิจารณาโดยมีผู้แทนภาคประชาชน\n๓. ประกาศผลพร้อมคะแนนรายบุคคลบนเว็บไซต์กรม',
          resp='กองพัฒนาตลาดชุมชน', period='ธ.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙', mon='ผู้อำนวยการกองรายงานอธิบดีเมื่อประกาศผลแล้ว',
          out='ประกาศผลผู้ได้รับการจัดสรร ๑๘๔ ราย', outc='ไม่มีการอุทธรณ์ผลการพิจารณา'),
     dict(n='๒', title='พัฒนาระบบยื่นคำขอรับการสนับสนุนวิสาหกิจรายย่อยออนไลน์และติดตามสถานะคำขอ',
          steps='๑. พัฒนาระบบ e-Service\n๒. ทดสอบระบบกับสำนักงานพาณิชย์จังหวัด ๕ แห่ง\n๓. เปิดใช้งานทั่วประเทศ',
          resp='ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร', period='ต.ค. ๒๕๖๘ – มิ.ย. ๒๕๖๙', mon='คณะกรรมการบริหารเทคโนโลยีสารสนเทศของกรมติดตามรายไตรมาส',
          out='เปิดใช้ระบบ มี.ค. ๒๕๖๙ คำขอออนไลน์ ๓,๒๖๗ คำขอ', outc='ระยะเวลาพิจารณาคำขอเฉลี่ยลดลงจาก ๔๕ วัน เหลือ ๒๑ วัน'),
     dict(n='๓', title='ตรวจสอบการใช้จ่ายเงินอุดหนุนโครงการตลาดชุมชนโดยผู้ตรวจสอบภายในและภาคประชาชน',
          steps='๑. สุ่มตรวจโครงการร้อยละ ๒๐\n๒. เชิญผู้แทนเครือข่ายผู้บริโภคร่วมตรวจ\n๓. รายงานข้อตรวจพบและติดตามการแก้ไข',
          resp='กลุ่มตรวจสอบภายใน', period='......', mon='กลุ่มตรวจสอบภายในรายงานคณะกรรมการตรวจสอบและอธิบดี',
          out='ตรวจ ๔๒ โครงการ พบข้อบกพร่องเอกสาร ๖ โครงการ', outc='ทุกโครงการที่พบข้อบกพร่องแก้ไขแล้วเสร็จ'),
     dict(n='๔', title='อบรมหลักสูตร “ข้าราชการกรมโปร่งใส ไม่รับ ไม่ให้” สำหรับข้าราชการและพนักงานราชการ',
          steps='๑. อบรมผ่านระบบ e-Learning\n๒. ทดสอบความรู้หลังเรียน\n๓. ออกวุฒิบัตรผู้ผ่านหลักสูตร',
          resp='กองการเจ้าหน้าที่', period='ม.ค. – ส.ค. ๒๕๖๙', mon='',
          out='ผู้ผ่านหลักสูตร ๖๑๒ คน (ร้อยละ ๙๒)', outc='ไม่มีเรื่องร้องเรียนเจ้าหน้าที่เรียกรับผลประโยชน์'),
     dict(n='๕', title='ประกาศเจตนารมณ์นโยบายไม่รับของขวัญและสรุปรายงานการรับของขวัญของผู้บริหาร',
          steps='๑. อธิบดีประกาศเจตนารมณ์\n๒. ผู้บริหารทุกระดับรายงานการรับของขวัญตามแบบ\n๓. เผยแพร่สรุปรายงานบนเว็บไซต์',
          resp='สำนักงานเลขานุการกรม', period='ต.ค. ๒๕๖๘ – ก.พ. ๒๕๖๙', mon='เลขานุการกรมรวบรวมรายงานเสนออธิบดี',
          out='ประกาศ ๑ ฉบับ รายงานครบ ๒๖ หน่วยงาน', outc='ไม่พบการรับของขวัญเกิน ๓,๐๐๐ บาท'),
    ]
    d = new_doc('TH Sarabun New', 16)
    footer_pages(d.sections[0], '{P}', head='ศูนย์ปฏิบัติการต่อต้านการทุจริต ' + AG)
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 18)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (รอบ ๑๒ เดือน)', True, True, 18)
    para(d, AG + '  กระทรวงพาณิชย์ชุมชน', True, True, 17)
    para(d, '')
    para(d, '\tศูนย์ปฏิบัติการต่อต้านการทุจริต ' + AG + ' ขอรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส '
            'ภายในหน่วยงาน ซึ่งกำหนดขึ้นจากผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (คะแนน ๘๗.๔๙ ระดับผ่าน) จำนวน ๕ มาตรการ ดังนี้')
    para(d, '')
    LB = [('ขั้นตอน/วิธีการดำเนินการ', 'steps'), ('ผู้รับผิดชอบ', 'resp'), ('ระยะเวลาดำเนินการ', 'period'),
          ('การติดตามและรายงานผล', 'mon'), ('ผลผลิต (Output)', 'out'), ('ผลลัพธ์ (Outcome)', 'outc')]
    for m in MS:
        p = para(d, 'มาตรการที่ ' + m['n'] + '  ' + m['title'], True)
        p.paragraph_format.keep_with_next = True
        t = d.add_table(rows=len(LB), cols=2); t.style = 'Table Grid'
        for i, (lb, k) in enumerate(LB):
            cell(t.rows[i].cells[0], lb, True); shade(t.rows[i].cells[0], 'EAF1DD')
            cell(t.rows[i].cells[1], m[k])
        widths(t, [4.5, 12.5])
        para(d, '')
    para(d, 'ข้อเสนอแนะ : ควรบูรณาการข้อมูลเรื่องร้องเรียนกับสำนักงานพาณิชย์จังหวัดเพื่อการติดตามที่รวดเร็วขึ้น')
    signatures(d, ('นายชาญวิทย์ ดุสิตธารา', 'ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต', 'ผู้รายงาน'),
               ('นางสาวเบญจวรรณ พญาไทวงศ์', 'อธิบดีกรมส่งเสริมตลาดชุมชนและวิสาหกิจรายย่อย', 'ผู้เห็นชอบ'))
    d.save(os.path.join(OUT, F))
    to_pdf(os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure ๓: period (ระยะเวลาดำเนินการ) is "......"', 'measure ๔: การติดตามและรายงานผล cell empty'],
          'Word (portrait): title FY ๒๕๖๙ (รอบ ๑๒ เดือน), intro with ITA ๒๕๖๘ score ๘๗.๔๙; each measure is a bold "มาตรการที่ n '
          'title" paragraph followed by its own 2-column form table (label | value: ขั้นตอน, ผู้รับผิดชอบ, ระยะเวลา, การติดตามและรายงานผล, '
          'ผลผลิต, ผลลัพธ์); Thai digits; header/footer; signature table.')


# ---------------------------------------------------------------- m01 (wrong band)
def m01():
    F = 'm01_doae_prachinthara_measures_2570.docx'
    AG = 'สำนักงานเกษตรจังหวัดปราจีนธารา'
    MS = [
     dict(n='๑.๑', title='เผยแพร่หลักเกณฑ์และรายชื่อเกษตรกรผู้ได้รับปัจจัยการผลิตและเงินช่วยเหลือภัยพิบัติ',
          steps='(๑) ประกาศหลักเกณฑ์ล่วงหน้า\n(๒) ติดประกาศรายชื่อ ณ สำนักงานเกษตรอำเภอและที่ทำการหมู่บ้าน ๑๕ วัน\n(๓) เผยแพร่ทางเว็บไซต์และเพจ',
          resp='กลุ่มส่งเสริมและพัฒนาการผลิต', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='หัวหน้ากลุ่มรายงานเกษตรจังหวัดทุกเดือน',
          outc='เกษตรกรตรวจสอบรายชื่อได้ทุกโครงการ ข้อร้องเรียนลดลง'),
     dict(n='๑.๒', title='เปิดช่องทางร้องเรียนการทุจริตผ่าน LINE OA “เกษตรปราจีนธาราโปร่งใส”',
          steps='(๑) จัดทำ QR Code ติดทุกสำนักงานเกษตรอำเภอ\n(๒) คัดแยกเรื่องภายใน ๓ วัน\n(๓) แจ้งผลแก่ผู้ร้องเรียน',
          resp='ฝ่ายบริหารทั่วไป', period='ต.ค. – ธ.ค. ๒๕๖๙', mon='สรุปเรื่องร้องเรียนเสนอเกษตรจังหวัดทุกไตรมาส',
          outc='ผู้ร้องเรียนได้รับแจ้งผลภายใน ๓๐ วันทุกราย'),
     dict(n='๒.๑', title='ตรวจสอบการขึ้นทะเบียนเกษตรกรและการรับรองพื้นที่ปลูกแบบสุ่มร่วมกับผู้นำชุมชน',
          steps='(๑) สุ่มตรวจแปลงร้อยละ ๕\n(๒) ตรวจร่วมกับกำนันผู้ใหญ่บ้าน\n(๓) แก้ไขข้อมูลที่ไม่ถูกต้องในระบบ',
          resp='-', period='ม.ค. – มิ.ย. ๒๕๗๐', mon='รายงานผลการสุ่มตรวจต่อกรมส่งเสริมการเกษตรรายไตรมาส',
          outc='ข้อมูลทะเบียนเกษตรกรถูกต้องไม่น้อยกว่าร้อยละ ๙๘'),
     dict(n='๒.๒', title='อบรมการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อปัจจัยการผลิตสำหรับเจ้าหน้าที่',
          steps='(๑) จัดอบรมร่วมกับสำนักงาน ป.ป.ช. ประจำจังหวัด\n(๒) ให้กรรมการจัดซื้อลงนามแบบแสดงความไม่มีส่วนได้เสีย',
          resp='ฝ่ายบริหารทั่วไป (งานพัสดุ)', period='ก.พ. ๒๕๗๐', mon='ฝ่ายบริหารทั่วไปสรุปผลการอบรมเสนอเกษตรจังหวัด',
          outc='กรรมการจัดซื้อทุกคนลงนามแบบแสดงความไม่มีส่วนได้เสีย'),
     dict(n='๒.๓', title='ประกาศนโยบาย No Gift Policy ในงานส่งเสริมการเกษตรทุกระดับ',
          steps='(๑) เกษตรจังหวัดประกาศนโยบาย\n(๒) แจ้งสำนักงานเกษตรอำเภอ ๗ แห่ง\n(๓) รายงานการรับของขวัญทุกเทศกาล',
          resp='เกษตรจังหวัด / เกษตรอำเภอทุกอำเภอ', period='ต.ค. ๒๕๖๙ – ม.ค. ๒๕๗๐', mon='ฝ่ายบริหารทั่วไปรวบรวมแบบรายงานเสนอเกษตรจังหวัด',
          outc='ไม่พบการรับของขวัญจากเกษตรกรและผู้ประกอบการ'),
    ]
    d = new_doc('TH Sarabun New', 15)
    footer_pages(d.sections[0], 'หน้า {P}/{N}', head=AG)
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 18)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 18)
    para(d, AG, True, True, 17)
    para(d, '')
    para(d, '๑. การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True)
    para(d, '\tสำนักงานเกษตรจังหวัดปราจีนธาราได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ได้คะแนน ๘๔.๕๒ คะแนน '
            'อยู่ในระดับ ผ่าน โดยแบบวัด IIT ได้ ๘๙.๑๐ คะแนน EIT ได้ ๘๑.๗๗ คะแนน และ OIT ได้ ๘๓.๕๐ คะแนน')
    para(d, '')
    t0 = d.add_table(rows=2, cols=2); t0.style = 'Table Grid'
    cell(t0.rows[0].cells[0], 'ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', True, True)
    cell(t0.rows[0].cells[1], 'ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True, True)
    shade(t0.rows[0].cells[0], 'FBE4D5'); shade(t0.rows[0].cells[1], 'E2EFD9')
    cell(t0.rows[1].cells[0], ['- ผู้รับบริการไม่มั่นใจว่าการคัดเลือกผู้รับปัจจัยการผลิตเป็นธรรม (EIT)',
                               '- ช่องทางร้องเรียนการทุจริตไม่เป็นที่รู้จัก (EIT)', '- ข้อมูล OIT หมวดการจัดซื้อจัดจ้างไม่ครบ'])
    cell(t0.rows[1].cells[1], ['- ความถูกต้องของทะเบียนเกษตรกร', '- การจัดการผลประโยชน์ทับซ้อนในการจัดซื้อ',
                               '- วัฒนธรรมองค์กรไม่รับของขวัญ'])
    widths(t0, [8.5, 8.5])
    para(d, '')
    para(d, '๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True)
    hd = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'เป้าหมาย/ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 14); shade(t.rows[0].cells[i], 'DEEAF6')
    repeat_header(t.rows[0])
    for g, ms in [('ด้านที่ ๑ การเปิดเผยข้อมูลและการสื่อสาร', MS[:2]), ('ด้านที่ ๒ การป้องกันการทุจริต', MS[2:])]:
        r = t.add_row(); m0 = r.cells[0].merge(r.cells[6]); cell(m0, g, True, size=14); shade(m0, 'F2F2F2')
        for m in ms:
            c = t.add_row().cells
            for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
                cell(c[i], v, center=(i == 0 or v == '-'), size=14)
    widths(t, [1.1, 3.2, 4.3, 2.3, 2.0, 2.3, 2.5])
    signatures(d, ('นายประสิทธิ์ กบินทร์ธารา', 'หัวหน้าฝ่ายบริหารทั่วไป', 'ผู้จัดทำ'),
               ('นายวัชรพงษ์ ศรีมหาโพธิ', 'เกษตรจังหวัดปราจีนธารา', 'ผู้อนุมัติ'))
    d.save(os.path.join(OUT, F))
    to_pdf(os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['band: score 84.52 is below 85 but stated as "ผ่าน" (2570 scale: ≥85 ผ่าน) - wrong band',
           'measure ๒.๑: responsible is "-"'],
          'Word (portrait): IIT/EIT/OIT in prose with total ๘๔.๕๒ "ผ่าน" (WRONG BAND); weaknesses and improvements side by side in '
          'a 2-column table (both present); 7-column measures table with group rows "ด้านที่ ๑/๒" (not measures), numbers '
          '๑.๑-๒.๓, "เป้าหมาย/ผลที่คาดว่าจะได้รับ" = outcome, output never stated (missing by convention); header repeated; '
          '"หน้า n/N" footer; signature table.', sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p04 (general follow-up section)
def p04():
    F = 'p04_bkk_bangsuethara_plan_2570.docx'
    AG = 'สำนักงานเขตบางซื่อธารา กรุงเทพมหานคร'
    MS = [
     dict(n='1', title='จัดทำป้ายและ QR Code แสดงขั้นตอน ระยะเวลา และค่าธรรมเนียมงานบริการทะเบียนและงานโยธา',
          steps='• สำรวจงานบริการที่มีค่าธรรมเนียม\n• จัดทำป้ายและ QR Code ทุกจุดบริการ\n• ปรับปรุงข้อมูลเมื่อมีการเปลี่ยนแปลง',
          resp='ฝ่ายปกครอง / ฝ่ายโยธา', period='ต.ค. – ธ.ค. 2569', outc='ทุกจุดบริการมีป้ายแสดงขั้นตอนและค่าธรรมเนียมครบ'),
     dict(n='2', title='ให้บริการขออนุญาตก่อสร้างอาคารผ่านระบบ BMA OSS และติดตามสถานะออนไลน์',
          steps='• ประชาสัมพันธ์การยื่นคำขอออนไลน์\n• ตรวจสอบคำขอตามลำดับการยื่น (First come, first served)\n• แจ้งสถานะผ่านระบบ',
          resp='ฝ่ายโยธา', period='ต.ค. 2569 – ก.ย. 2570', outc='คำขออนุญาตพิจารณาแล้วเสร็จภายในเวลาที่กำหนดร้อยละ 95'),
     dict(n='3', title='ตรวจสอบการจัดเก็บค่าธรรมเนียมหาบเร่แผงลอยและพื้นที่ทำการค้าโดยคณะกรรมการร่วมภาคประชาชน',
          steps='• แต่งตั้งคณะกรรมการร่วม\n• สุ่มตรวจใบเสร็จรับเงินรายเดือน\n• ประกาศรายชื่อผู้ค้าที่ได้รับอนุญาต',
          resp='ฝ่ายเทศกิจ / ฝ่ายการคลัง', period='ม.ค. – ก.ย. 2570', outc='-'),
     dict(n='4', title='อบรมข้าราชการและลูกจ้างสำนักงานเขตเรื่องการขัดกันแห่งผลประโยชน์และประมวลจริยธรรม',
          steps='• จัดอบรม 2 รุ่น\n• ทดสอบหลังอบรม\n• ประกาศรายชื่อผู้ผ่านการทดสอบ',
          resp='ฝ่ายปกครอง (งานการเจ้าหน้าที่)', period='ก.พ. – มี.ค. 2570', outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 90'),
     dict(n='5', title='ประกาศเจตนารมณ์ No Gift Policy ของผู้อำนวยการเขตและรายงานการรับของขวัญ',
          steps='• ผู้อำนวยการเขตประกาศเจตนารมณ์\n• ทุกฝ่ายรายงานการรับของขวัญ',
          resp='(ระบุ)', period='ต.ค. 2569 – ม.ค. 2570', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
     dict(n='6', title='เผยแพร่ข้อมูลโครงการก่อสร้างและปรับปรุงถนนในซอยพร้อมงบประมาณบนเว็บไซต์และเพจสำนักงานเขต',
          steps='• รวบรวมข้อมูลโครงการ\n• เผยแพร่ก่อนเริ่มงาน 15 วัน\n• รายงานความก้าวหน้ารายเดือน',
          resp='ฝ่ายโยธา / ฝ่ายปกครอง (งานประชาสัมพันธ์)', period='ต.ค. 2569 – ก.ย. 2570', outc='ประชาชนในพื้นที่รับทราบข้อมูลโครงการทุกโครงการ'),
    ]
    d = new_doc('TH Sarabun New', 15, landscape=True)
    footer_pages(d.sections[0], '- {P} -')
    para(d, 'แนวทางและมาตรการในการยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)', True, True, 17)
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2570', True, True, 17)
    para(d, AG, True, True, 16)
    para(d, '')
    para(d, '1. หลักการและเหตุผล', True)
    para(d, '\tจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 สำนักงานเขตบางซื่อธาราได้คะแนน 88.17 คะแนน (ระดับผ่าน) '
            'ประเด็นที่ควรยกระดับ ได้แก่ การให้ข้อมูลค่าธรรมเนียมและขั้นตอนการให้บริการ และการจัดเก็บค่าธรรมเนียมในพื้นที่ทำการค้า')
    para(d, '2. แนวทางและมาตรการ (กิจกรรม)', True)
    hd = ['ลำดับ', 'กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ตัวชี้วัดความสำเร็จ']
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True); shade(t.rows[0].cells[i], 'FFE699')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['outc']]):
            cell(c[i], v, center=(i == 0 or v in ('-', '(ระบุ)')))
    widths(t, [1.4, 6.0, 7.0, 4.2, 3.0, 4.6])
    para(d, '')
    para(d, '3. การติดตามและประเมินผล', True)
    para(d, '\tให้ทุกฝ่ายที่รับผิดชอบรายงานผลการดำเนินงานตามแนวทางและมาตรการต่อผู้อำนวยการเขตผ่านฝ่ายปกครองเป็นรายไตรมาส '
            'และฝ่ายปกครองสรุปผลการดำเนินงานรอบ 6 เดือนและรอบ 12 เดือน เสนอผู้อำนวยการเขตและเผยแพร่บนเว็บไซต์สำนักงานเขต')
    para(d, '')
    para(d, 'ประกาศ ณ วันที่ 9 ตุลาคม พ.ศ. 2569', indent=14)
    para(d, '(นายอนันต์ ประชาชื่นธารา)', indent=14.5)
    para(d, 'ผู้อำนวยการเขตบางซื่อธารา', indent=14.5)
    d.save(os.path.join(OUT, F))
    to_pdf(os.path.join(OUT, F))
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 3: indicator (ตัวชี้วัดความสำเร็จ) is "-"', 'activity 5: responsible is "(ระบุ)"'],
          'Word (landscape): "แนวทางและมาตรการในการยกระดับ…" FY 2570, ITA 2569 score 88.17; 6-column table with NO follow-up column - '
          'part 3 "การติดตามและประเมินผล" (quarterly reports, 6/12-month summary) is a general monitoring statement that counts for '
          'every activity; "ตัวชี้วัดความสำเร็จ" = outcome; output never stated (missing by convention); "• " steps; footer "- n -".',
          gmon=True)


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r02', 'r06', 'm01', 'p04']:
        globals()[w]()
        print('built', w)
