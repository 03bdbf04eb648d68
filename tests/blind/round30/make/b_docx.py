"""Word documents: r04 (NEW: juvenile prosecutor's results laid out as SMARTART-LIKE GROUPED SHAPES - each measure one
wpg:wgp drawing group of text boxes), m02 (hill-area development centre measures, approval memo + table, COMPLETE),
p03 (provincial social development office plan, period empty)."""
import sys
from xml.sax.saxutils import escape as X
from lxml import etree
from common import *

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')
EMU = 360000  # per cm


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


def xp(runs, center=False, size=12, color=None):
    ppr = '<w:pPr><w:spacing w:after="0" w:line="228" w:lineRule="auto"/>' + ('<w:jc w:val="center"/>' if center else '') + '</w:pPr>'
    rs = ''
    for t, b in runs:
        rpr = ('<w:b/><w:bCs/>' if b else '') + (f'<w:color w:val="{color}"/>' if color else '') + \
              f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>'
        rs += f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{X(t)}</w:t></w:r>'
    return '<w:p>' + ppr + rs + '</w:p>'


def shape(sid, name, x, y, w, h, fill, line, paras, geom='roundRect', txt=True):
    """one wps:wsp inside a group (child coordinates in EMU)."""
    tb = f'<wps:txbx><w:txbxContent>{"".join(paras)}</w:txbxContent></wps:txbx>' if txt else ''
    return (f'<wps:wsp><wps:cNvPr id="{sid}" name="{name}"/><wps:cNvSpPr/>'
            f'<wps:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
            f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
            f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:style><a:lnRef idx="2"><a:schemeClr val="accent1"><a:shade val="50000"/></a:schemeClr></a:lnRef>'
            f'<a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef>'
            f'<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></wps:style>'
            f'{tb}<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="72000" tIns="36000" rIns="72000" bIns="36000" anchor="t" anchorCtr="0">'
            f'<a:noAutofit/></wps:bodyPr></wps:wsp>')


def vshape(x, y, w, h, fill, line, paras, arrow=False):
    """VML fallback of one child shape (coordinates in the group's coordsize = EMU/100)."""
    st = f'position:absolute;left:{x // 100};top:{y // 100};width:{w // 100};height:{h // 100};v-text-anchor:top'
    if arrow:
        return f'<v:shapetype id="_x0000_t67"/><v:shape type="#_x0000_t67" style="{st}" fillcolor="#{fill.lower()}" strokecolor="#{line.lower()}"/>'
    return (f'<v:roundrect style="{st}" arcsize="10923f" fillcolor="#{fill.lower()}" strokecolor="#{line.lower()}" strokeweight="1pt">'
            f'<v:textbox inset="2mm,1mm,2mm,1mm"><w:txbxContent>{"".join(paras)}</w:txbxContent></v:textbox></v:roundrect>')


def group(idn, W, Hh, children, vchildren):
    return (f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{W}" cy="{Hh}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{idn}" name="Group {idn}"/>'
            f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
            f'<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{W}" cy="{Hh}"/>'
            f'<a:chOff x="0" y="0"/><a:chExt cx="{W}" cy="{Hh}"/></a:xfrm></wpg:grpSpPr>{"".join(children)}</wpg:wgp>'
            f'</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:group id="Group {idn}" o:spid="_x0000_s{2000 + idn}" style="width:{W / 12700:.1f}pt;height:{Hh / 12700:.1f}pt" '
            f'coordsize="{W // 100},{Hh // 100}">{"".join(vchildren)}</v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


# ---------------------------------------------------------------- r04 (NEW: grouped shapes)
def r04():
    F = 'r04_ago_juv_chiangraikhiri_results_2569.docx'
    AG = 'สำนักงานอัยการคดีเยาวชนและครอบครัวจังหวัดเชียงรายคีรี'
    MS = [
     dict(n='1', title='เปิดเผยขั้นตอนและระยะเวลาการพิจารณาสั่งคดีเยาวชนและครอบครัว ให้ผู้เกี่ยวข้องตรวจสอบสถานะได้',
          steps=['จัดทำคู่มือขั้นตอนและระยะเวลาการพิจารณาสั่งคดี', 'เผยแพร่ผ่านเว็บไซต์และบอร์ดหน้าสำนักงาน',
                 'ให้บริการตรวจสอบสถานะสำนวนทางโทรศัพท์และ LINE OA'],
          resp='ฝ่ายอำนวยการ / ฝ่ายคดีเยาวชนและครอบครัว', period='ต.ค. 2568 – ก.ย. 2569',
          mon='อัยการจังหวัดติดตามสำนวนค้างพิจารณาทุกสัปดาห์', out='เผยแพร่คู่มือแล้ว ให้บริการตรวจสอบสถานะ 486 ครั้ง',
          outc='สั่งคดีภายในกำหนดร้อยละ 98 ไม่มีข้อร้องเรียน'),
     dict(n='2', title='คุ้มครองข้อมูลส่วนบุคคลของเด็กและเยาวชนในสำนวนคดี ไม่ให้รั่วไหลหรือถูกนำไปใช้โดยมิชอบ',
          steps=['กำหนดสิทธิ์การเข้าถึงสำนวนในระบบ CMS', 'บันทึกการยืม–คืนสำนวนทุกครั้ง', 'อบรมเจ้าหน้าที่เรื่อง PDPA และ พ.ร.บ.ศาลเยาวชนฯ มาตรา 130'],
          resp='', period='พ.ย. 2568 – ก.ย. 2569', mon='หัวหน้าฝ่ายอำนวยการตรวจสมุดยืม–คืนสำนวนทุกเดือน',
          out='อบรมเจ้าหน้าที่ 24 คน', outc='ไม่พบการเปิดเผยข้อมูลเด็กและเยาวชนโดยมิชอบ'),
     dict(n='3', title='ส่งเสริมการมีส่วนร่วมของสหวิชาชีพในการประชุมจัดทำแผนแก้ไขบำบัดฟื้นฟูเด็กและเยาวชน',
          steps=['เชิญนักจิตวิทยา นักสังคมสงเคราะห์ และผู้ปกครองร่วมประชุม', 'บันทึกความเห็นของทุกฝ่ายในรายงานการประชุม',
                 'เปิดเผยสถิติการจัดทำแผนบนเว็บไซต์'],
          resp='ฝ่ายคดีเยาวชนและครอบครัว', period='ต.ค. 2568 – ก.ย. 2569', mon='อัยการจังหวัดรายงานสำนักงานอัยการภาค 5 ทุกไตรมาส',
          out='ประชุมจัดทำแผน 73 คดี', outc='เด็กและเยาวชนปฏิบัติตามแผนครบถ้วนร้อยละ 89'),
     dict(n='4', title='ประกาศนโยบายไม่รับของขวัญและการปฏิบัติต่อคู่ความอย่างเป็นธรรม (No Gift Policy)',
          steps=['อัยการจังหวัดประกาศเจตนารมณ์', 'ติดป้ายนโยบาย ณ จุดรับเรื่อง', 'รายงานการรับของขวัญหลังเทศกาล'],
          resp='ฝ่ายอำนวยการ', period='ธ.ค. 2568 – ม.ค. 2569', mon='ฝ่ายอำนวยการรายงานอัยการจังหวัดหลังเทศกาล',
          out='-', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    d = new_doc('TH Sarabun New', 15)
    footer_pages(d.sections[0], 'หน้า {P}')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 17)
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2569 (รอบ 12 เดือน)', True, True, 17)
    para(d, AG, True, True, 16)
    para(d, '')
    para(d, '\tสำนักงานอัยการสูงสุดได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้ 90.62 คะแนน อยู่ในระดับผ่าน '
            'สำนักงานอัยการคดีเยาวชนและครอบครัวจังหวัดเชียงรายคีรีได้ดำเนินการตามมาตรการ 4 มาตรการ และสรุปผลเป็นแผนภาพดังนี้')
    para(d, '')
    Wd = int(17 * EMU)
    idn = 10
    for k, m in enumerate(MS):
        cap = para(d, f'แผนภาพที่ {m["n"]}', size=12)
        cap.paragraph_format.keep_with_next = True
        head_h = int(2.0 * EMU); gap = int(0.25 * EMU); aw = int(0.6 * EMU)
        rows_h = [int(3.5 * EMU), int(3.0 * EMU), int(2.4 * EMU)]
        Hh = head_h + gap + aw + gap + sum(rows_h) + 2 * gap
        ch, vch = [], []
        tpar = [xp([(f'มาตรการที่ {m["n"]}  ', True), (m['title'], True)], center=True, size=13, color='FFFFFF')]
        ch.append(shape(idn * 10 + 1, 'Rounded Rectangle 1', 0, 0, Wd, head_h, '2F5597', '1F3864', tpar))
        vch.append(vshape(0, 0, Wd, head_h, '2F5597', '1F3864', tpar))
        ay = head_h + gap
        ch.append(shape(idn * 10 + 2, 'Arrow: Down 2', Wd // 2 - int(0.4 * EMU), ay, int(0.8 * EMU), aw, '8FAADC', '2F5597', [], 'downArrow', False))
        vch.append(vshape(Wd // 2 - int(0.4 * EMU), ay, int(0.8 * EMU), aw, '8FAADC', '2F5597', [], True))
        by = ay + aw + gap
        hstep = int(0.25 * EMU)
        boxes = [('ขั้นตอน/วิธีการดำเนินการ', [f'{i}. {s}' for i, s in enumerate(m['steps'], 1)]),
                 ('ผู้รับผิดชอบ', [m['resp']]), ('ระยะเวลาดำเนินการ', [m['period']]),
                 ('การติดตามผล', [m['mon']]), ('ผลผลิต (Output)', [m['out']]), ('ผลลัพธ์ (Outcome)', [m['outc']])]
        # grid: row 0 = steps (full width); row 1 = responsible | period | monitoring; row 2 = output | outcome
        pos = [(0, 0, 1), (1, 0, 3), (1, 1, 3), (1, 2, 3), (2, 0, 2), (2, 1, 2)]
        for j, (lab, vals) in enumerate(boxes):
            r, c, ncol = pos[j]
            bw = (Wd - (ncol - 1) * hstep) // ncol
            x = c * (bw + hstep); y = by + sum(rows_h[:r]) + r * gap; bh = rows_h[r]
            ps = [xp([(lab, True)], size=12, color='1F3864')] + [xp([(v, False)], size=12) for v in vals]
            fill = 'DEEBF7' if j != 0 else 'FFF2CC'
            ch.append(shape(idn * 10 + 3 + j, f'Rounded Rectangle {3 + j}', x, y, bw, bh, fill, '2F5597', ps))
            vch.append(vshape(x, y, bw, bh, fill, '2F5597', ps))
        p = d.add_paragraph()
        p.paragraph_format.keep_together = True
        p._p.append(etree.fromstring(group(idn, Wd, Hh, ch, vch)))
        idn += 1
        para(d, '')
    para(d, 'ปัญหา/อุปสรรค : ผู้ปกครองบางรายไม่สะดวกเข้าร่วมประชุมสหวิชาชีพ จึงจัดประชุมผ่านระบบออนไลน์เพิ่มเติม', size=14)
    para(d, '')
    para(d, 'ลงชื่อ ...................................... ผู้รายงาน', center=True)
    para(d, '(นางสาวอรอุมา แม่จันคีรี)', center=True)
    para(d, 'นิติกรชำนาญการ', center=True)
    para(d, '')
    para(d, 'ลงชื่อ ...................................... ผู้รับรอง', center=True)
    para(d, '(นายพงศกร เชียงแสนคีรี)', center=True)
    para(d, 'อัยการจังหวัดคดีเยาวชนและครอบครัวเชียงรายคีรี', center=True)
    d.save(os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 2: responsible box (ผู้รับผิดชอบ) has only its label, no value', 'measure 4: output box (ผลผลิต (Output)) is "-"'],
          'NEW FORM: Word document whose measures exist ONLY as SMARTART-LIKE GROUPED SHAPES. Body paragraphs hold the title (FY 2569), '
          'the intro (OAG ITA 2568 90.62 ผ่าน), captions "แผนภาพที่ n", problems and signatures. Each measure is one inline '
          'drawing GROUP (mc:AlternateContent, Choice Requires="wpg": wp:inline > wpg:wgp) of 8 shapes: a dark-blue rounded '
          'rectangle "มาตรการที่ n title", a down arrow (no text), and six rounded text boxes (steps full width; responsible | period | monitoring; output | outcome), each a bold label '
          'paragraph + value paragraph(s): ขั้นตอน/วิธีการดำเนินการ (1. 2. 3.), ผู้รับผิดชอบ, ระยะเวลาดำเนินการ, การติดตามผล, '
          'ผลผลิต (Output), ผลลัพธ์ (Outcome). Word\'s VML fallback (v:group of v:roundrect text boxes) repeats the same content. '
          'A box that holds only its label is a blank element.')


# ---------------------------------------------------------------- m02 (hill-area development centre, COMPLETE)
def m02():
    F = 'm02_hill_maehongsonkhiri_measures_2570.docx'
    AG = 'ศูนย์พัฒนาราษฎรบนพื้นที่สูงจังหวัดแม่ฮ่องสอนคีรี'
    MS = [
     dict(n='ข้อ ๑', title='เปิดเผยหลักเกณฑ์และรายชื่อครัวเรือนที่ได้รับการสนับสนุนปัจจัยการผลิตในหมู่บ้านพื้นที่สูง',
          steps='(๑) ประกาศหลักเกณฑ์คัดเลือกครัวเรือนเป็นภาษาไทยและภาษาชาติพันธุ์\n(๒) ประชาคมหมู่บ้านรับรองรายชื่อ\n(๓) ติดประกาศรายชื่อ ณ ศาลาหมู่บ้านและเว็บไซต์ศูนย์',
          resp='กลุ่มงานส่งเสริมอาชีพ', period='ต.ค. ๒๕๖๙ – มี.ค. ๒๕๗๐', mon='ผู้อำนวยการศูนย์ติดตามทุกเดือนและรายงานกรมพัฒนาสังคมฯ รายไตรมาส',
          outc='ครัวเรือนเป้าหมายได้รับการสนับสนุนตามหลักเกณฑ์ ไม่มีข้อร้องเรียน'),
     dict(n='ข้อ ๒', title='ควบคุมการเบิกจ่ายค่าตอบแทนอาสาสมัครและค่าพาหนะลงพื้นที่ห่างไกลให้ตรวจสอบได้',
          steps='(๑) ใช้แบบขออนุมัติเดินทางพร้อมพิกัด GPS\n(๒) แนบภาพถ่ายการปฏิบัติงานในพื้นที่\n(๓) สุ่มตรวจหลักฐานการเบิกรายไตรมาส',
          resp='ฝ่ายบริหารทั่วไป (งานการเงินและบัญชี)', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='คณะกรรมการตรวจสอบภายในของศูนย์รายงานผู้อำนวยการรายไตรมาส',
          outc='การเบิกจ่ายมีหลักฐานครบถ้วนร้อยละ ๑๐๐'),
     dict(n='ข้อ ๓', title='จัดช่องทางรับเรื่องร้องเรียนสำหรับราษฎรบนพื้นที่สูงผ่านผู้นำชุมชนและกล่องรับเรื่องเคลื่อนที่',
          steps='(๑) แต่งตั้งผู้ประสานงานหมู่บ้านละ ๑ คน\n(๒) นำกล่องรับเรื่องไปพร้อมหน่วยบริการเคลื่อนที่\n(๓) แจ้งผลการดำเนินการกลับผู้ร้องภายใน ๓๐ วัน',
          resp='ฝ่ายบริหารทั่วไป / ศูนย์ดำรงธรรมประจำศูนย์', period='พ.ย. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='ผู้อำนวยการศูนย์ตรวจสอบทะเบียนเรื่องร้องเรียนทุกเดือน',
          outc='เรื่องร้องเรียนได้รับการแก้ไขภายใน ๓๐ วันทุกเรื่อง'),
     dict(n='ข้อ ๔', title='ส่งเสริมคุณธรรมและนโยบายไม่รับของขวัญของเจ้าหน้าที่ศูนย์',
          steps='(๑) ประกาศเจตนารมณ์\n(๒) อบรมเรื่องผลประโยชน์ทับซ้อน\n(๓) รายงานการรับของขวัญหลังเทศกาล',
          resp='ฝ่ายบริหารทั่วไป', period='ธ.ค. ๒๕๖๙ – ม.ค. ๒๕๗๐', mon='ฝ่ายบริหารทั่วไปสรุปรายงานผู้อำนวยการหลังเทศกาล',
          outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    d = new_doc('TH Sarabun New', 16)
    s = d.sections[0]
    # approval memo (บันทึกข้อความ)
    para(d, 'บันทึกข้อความ', True, True, 26)
    para(d, 'ส่วนราชการ  ศูนย์พัฒนาราษฎรบนพื้นที่สูงจังหวัดแม่ฮ่องสอนคีรี  ฝ่ายบริหารทั่วไป  โทร. ๐ ๕๓๖๑ ๒๐๔๘')
    para(d, 'ที่  พม ๐๖๑๔.๒/๑๘๗\t\t\t\tวันที่  ๒๓  ตุลาคม  ๒๕๖๙')
    para(d, 'เรื่อง  ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐')
    para(d, 'เรียน  ผู้อำนวยการศูนย์พัฒนาราษฎรบนพื้นที่สูงจังหวัดแม่ฮ่องสอนคีรี')
    para(d, '\tด้วยฝ่ายบริหารทั่วไปได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ และจัดทำมาตรการส่งเสริมคุณธรรมและ'
            'ความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ รายละเอียดตามเอกสารที่แนบ จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ')
    para(d, '')
    para(d, '(นายจักรพันธ์ ขุนยวมคีรี)', center=True)
    para(d, 'หัวหน้าฝ่ายบริหารทั่วไป', center=True)
    para(d, '')
    para(d, '☑ อนุมัติ     ☐ ไม่อนุมัติ', center=True)
    para(d, '(นางสาวมณีรัตน์ ปางมะผ้าคีรี)', center=True)
    para(d, 'ผู้อำนวยการศูนย์พัฒนาราษฎรบนพื้นที่สูงจังหวัดแม่ฮ่องสอนคีรี', center=True)
    # section 2: landscape
    s2 = d.add_section()
    orient(s2, True)
    s2.left_margin = s2.right_margin = Cm(1.8)
    s2.footer.is_linked_to_previous = False
    s2.header.is_linked_to_previous = False
    footer_pages(s2, 'หน้า {P}', head='ITA ๒๕๗๐ | ศพส.แม่ฮ่องสอนคีรี')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 18)
    para(d, AG + '  กรมพัฒนาสังคมและสวัสดิการ', True, True, 16)
    para(d, '๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True)
    para(d, '\tกรมพัฒนาสังคมและสวัสดิการได้ ๘๙.๖๘ คะแนน ระดับผ่าน')
    para(d, '๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', True)
    para(d, '\t- ราษฎรบนพื้นที่สูงบางส่วนยังไม่ทราบหลักเกณฑ์การคัดเลือกครัวเรือนที่ได้รับการสนับสนุน (EIT)')
    para(d, '\t- หลักฐานการเบิกค่าพาหนะลงพื้นที่ห่างไกลยังไม่สมบูรณ์ (IIT)')
    para(d, '๓. ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    para(d, '\t- ช่องทางร้องเรียนที่ราษฎรในพื้นที่ห่างไกลเข้าถึงได้จริง')
    para(d, '\t- การสร้างวัฒนธรรมไม่รับของขวัญ')
    para(d, '๔. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True)
    hd = ['ข้อ', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 15); shade(t.rows[0].cells[i], 'C5E0B3')
    repeat_header(t.rows[0])
    for m in MS:
        cc = t.add_row().cells
        for i, k in enumerate(['n', 'title', 'steps', 'resp', 'period', 'mon', 'outc']):
            cell(cc[i], m[k], center=(i == 0), size=14)
    widths(t, [1.5, 4.8, 6.2, 3.3, 2.6, 3.6, 3.7])
    para(d, '')
    para(d, 'ผู้จัดทำ  นายจักรพันธ์ ขุนยวมคีรี หัวหน้าฝ่ายบริหารทั่วไป', center=True)
    d.save(os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS, [],
          'Word: page 1 (portrait) an approval memo บันทึกข้อความ ("☑ อนุมัติ"); section 2 (landscape, running header, "หน้า n") the '
          'measures document: title FY ๒๕๗๐, ๑. ITA ๒๕๖๙ ๘๙.๖๘ ผ่าน, ๒. weaknesses, ๓. improvements, ๔. 7-column table "ข้อ ๑–๔" '
          'with (๑) (๒) (๓) steps, ผลที่คาดว่าจะได้รับ = outcome; header row repeated (in the LibreOffice render row ข้อ ๑ is cut by a page '
          'break - the rest belongs to ข้อ ๑). COMPLETE. Output never stated (missing by convention).',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p03 (provincial social development office plan)
def p03():
    F = 'p03_pmj_phangngakhiri_plan_2570.docx'
    AG = 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพังงาคีรี'
    MS = [
     dict(n='1.1', title='เผยแพร่ข้อมูลการจ่ายเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิดและเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อย',
          steps='• สรุปผลการจ่ายเงินรายเดือน\n• เผยแพร่บนเว็บไซต์ (ไม่ระบุชื่อผู้รับ)\n• ตอบข้อซักถามผ่าน สายด่วน 1300',
          resp='กลุ่มการพัฒนาสังคมและสวัสดิการ', period='ต.ค. 2569 – ก.ย. 2570', mon='พมจ. ติดตามในที่ประชุมประจำเดือน',
          outc='เผยแพร่ข้อมูลครบ 12 เดือน'),
     dict(n='1.2', title='ตรวจสอบคุณสมบัติผู้ขอรับเงินสงเคราะห์ร่วมกับ อปท. และผู้นำชุมชนชายฝั่งทะเล',
          steps='• ลงพื้นที่เยี่ยมบ้านร่วมกับ อปท.\n• ประชาคมรับรองคุณสมบัติ\n• บันทึกผลในระบบ e-Social Welfare', resp='กลุ่มการพัฒนาสังคมและสวัสดิการ',
          period='', mon='หัวหน้ากลุ่มรายงาน พมจ. รายไตรมาส', outc='ผู้ได้รับเงินสงเคราะห์มีคุณสมบัติครบทุกราย'),
     dict(n='2.1', title='อบรมเจ้าหน้าที่ บ้านพักเด็กและครอบครัว และอาสาสมัคร อพม. เรื่องผลประโยชน์ทับซ้อน',
          steps='• จัดอบรม 1 รุ่น\n• ทดสอบก่อน–หลัง\n• เผยแพร่คู่มือ', resp='ฝ่ายบริหารทั่วไป', period='ม.ค. – มี.ค. 2570',
          mon='ฝ่ายบริหารทั่วไปสรุปผลเสนอ พมจ.', outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 85'),
     dict(n='2.2', title='ประกาศนโยบายไม่รับของขวัญและรายงานการรับของขวัญหลังเทศกาล',
          steps='• พมจ. ประกาศนโยบาย\n• แจ้งเวียนหน่วยงาน พม. ในจังหวัด (One Home)\n• รายงานผลหลังเทศกาล', resp='ฝ่ายบริหารทั่วไป',
          period='ธ.ค. 2569 – ม.ค. 2570', mon='ฝ่ายบริหารทั่วไปรายงาน สป.พม. ภายใน 15 วัน', outc='ไม่พบการรับของขวัญเกินมูลค่า'),
    ]
    GR = [('ยุทธศาสตร์ที่ 1 เสริมสร้างความโปร่งใสในการให้บริการสวัสดิการ', MS[:2]),
          ('ยุทธศาสตร์ที่ 2 ปลูกฝังวัฒนธรรมสุจริต', MS[2:])]
    d = new_doc('TH SarabunPSK', 15, landscape=True)
    s = d.sections[0]
    footer_pages(s, '{P}')
    para(d, 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', True, True, 18)
    para(d, AG, True, True, 16)
    para(d, 'ผลการประเมิน ITA ปี 2569 ของสำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ : 91.35 คะแนน (ผ่าน)', center=True)
    para(d, '')
    hd = ['ลำดับ', 'โครงการ/กิจกรรม', 'วิธีการ', 'ผู้รับผิดชอบ', 'ห้วงเวลา', 'การติดตามประเมินผล', 'ตัวชี้วัดความสำเร็จ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 15); shade(t.rows[0].cells[i], 'F8CBAD')
    repeat_header(t.rows[0])
    for g, ms in GR:
        r = t.add_row(); m0 = r.cells[0].merge(r.cells[6]); cell(m0, g, True, size=14); shade(m0, 'FBE5D6')
        for m in ms:
            cc = t.add_row().cells
            for i, k in enumerate(['n', 'title', 'steps', 'resp', 'period', 'mon', 'outc']):
                cell(cc[i], m[k], center=(i == 0), size=14)
    widths(t, [1.4, 5.6, 5.6, 3.6, 2.8, 3.4, 3.4])
    para(d, '')
    para(d, 'ผู้เสนอแผน  นางสาวจิราภรณ์ ตะกั่วป่าคีรี  นักพัฒนาสังคมชำนาญการ          ผู้อนุมัติแผน  นายสุรศักดิ์ ท้ายเหมืองคีรี  '
            'พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพังงาคีรี', size=14)
    d.save(os.path.join(OUT, F))
    label(F, 'plan', 2570, AG, 'activity', MS, ['activity 1.2: period (ห้วงเวลา) cell is empty'],
          'Word (TH SarabunPSK, landscape): "แผนการขับเคลื่อน…" FY 2570; สป.พม. ITA 2569 91.35 ผ่าน; 7-column table ลำดับ 1.1–2.2 with '
          'merged group rows "ยุทธศาสตร์ที่ 1/2" (not units), "•" steps, ห้วงเวลา = period, การติดตามประเมินผล = monitoring, '
          'ตัวชี้วัดความสำเร็จ = outcome; header repeated (in the LibreOffice render row 1.2 is cut by the page break; its last step line '
          'on page 2 belongs to 1.2); page-number footer. Output never stated (missing by convention).')


if __name__ == '__main__':
    for f in (sys.argv[1:] or ['r04', 'm02', 'p03']):
        globals()[f]()
        print('built', f)
