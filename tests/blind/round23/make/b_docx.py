"""Word documents: r02 (NEW: เทศบาลนคร results laid out in floating TEXT BOXES), r07 (PWA branch results with status boxes),
m01 (provincial public health office measures, wrong band)."""
import sys
from xml.sax.saxutils import escape as X
from lxml import etree
from common import *

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')
EMU = 360000  # per cm


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


def xp(runs, ind=0, center=False, after=0, size=None):
    """paragraph XML; runs = list of (text, bold)."""
    ppr = '<w:pPr><w:spacing w:after="%d" w:line="240" w:lineRule="auto"/>' % after
    if ind:
        ppr += '<w:ind w:left="%d"/>' % int(ind * 567)
    if center:
        ppr += '<w:jc w:val="center"/>'
    ppr += '</w:pPr>'
    rs = ''
    for t, b in runs:
        rpr = ''
        if b:
            rpr += '<w:b/><w:bCs/>'
        if size:
            rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2)
        rs += '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else '', X(t))
    return '<w:p>' + ppr + rs + '</w:p>'


def textbox(idn, paras_xml, w_cm, h_cm, fill, line, geom='roundRect'):
    """a floating Word text box (wps:wsp) anchored to its paragraph, with Word's VML fallback (same content twice)."""
    cx, cy = int(w_cm * EMU), int(h_cm * EMU)
    body = ''.join(paras_xml)
    vml_tag = 'v:roundrect' if geom == 'roundRect' else 'v:rect'
    arc = ' arcsize="6000f"' if geom == 'roundRect' else ''
    return (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + idn}" '
        f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{idn}" name="Text Box {idn}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0">'
        f'<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><{vml_tag} id="Text Box {idn}" o:spid="_x0000_s{1025 + idn}" style="position:absolute;margin-left:0;'
        f'margin-top:0;width:{w_cm * 28.35:.1f}pt;height:{h_cm * 28.35:.1f}pt;z-index:{idn};mso-wrap-distance-top:3.6pt;'
        f'mso-wrap-distance-bottom:3.6pt;mso-position-horizontal-relative:text;mso-position-vertical-relative:text;v-text-anchor:top"'
        f'{arc} fillcolor="#{fill.lower()}" strokecolor="#{line.lower()}" strokeweight="1pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></{vml_tag}>'
        f'</w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def anchor_box(d, xml):
    p = d.add_paragraph()
    p._p.append(etree.fromstring(xml))
    return p


# ---------------------------------------------------------------- r02 (NEW: text boxes)
def r02():
    F = 'r02_tn_khonkaenthara_results_2569.docx'
    AG = 'เทศบาลนครขอนแก่นธารา'
    MS = [
     dict(n='๑', title='เปิดเผยข้อมูลงบประมาณและผลการจัดซื้อจัดจ้างผ่าน “ศูนย์ข้อมูลข่าวสารเทศบาล” ทั้งหน้าเคาน์เตอร์และออนไลน์',
          steps=['กองคลังสรุปผลการใช้จ่ายงบประมาณรายเดือนจากระบบ e-LAAS', 'กองพัสดุและทรัพย์สินสรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.๑)',
                 'ศูนย์ข้อมูลข่าวสารเผยแพร่ที่บอร์ดหน้าอาคารและเว็บไซต์ภายในวันที่ ๑๕ ของเดือนถัดไป'],
          resp='กองคลัง / กองพัสดุและทรัพย์สิน / ศูนย์ข้อมูลข่าวสาร', period='ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙',
          mon='ปลัดเทศบาลตรวจสอบการเผยแพร่ทุกเดือนและรายงานนายกเทศมนตรีรายไตรมาส',
          out='เผยแพร่ข้อมูลครบ ๑๒ เดือน ผู้เข้าชมหน้าเว็บไซต์ ๘,๔๑๒ ครั้ง',
          outc='ผลคะแนน OIT ด้านการเปิดเผยข้อมูลงบประมาณและจัดซื้อจัดจ้างได้ ๑๐๐ คะแนน'),
     dict(n='๒', title='ลดขั้นตอนการขออนุญาตก่อสร้างอาคารด้วยระบบยื่นคำขอออนไลน์',
          steps=['ทบทวนและประกาศขั้นตอน ระยะเวลา และเอกสารประกอบคำขอ', 'เปิดรับคำขอผ่านระบบ e-Permit ของเทศบาล',
                 'แจ้งสถานะคำขอผ่าน SMS ทุกขั้นตอน'],
          resp='กองช่าง (ฝ่ายควบคุมอาคาร)', period='มกราคม – กันยายน ๒๕๖๙',
          mon='ผู้อำนวยการกองช่างติดตามระยะเวลาการพิจารณาจากระบบทุกเดือน',
          out='รับคำขอออนไลน์ ๓๑๒ ราย จากทั้งหมด ๔๐๕ ราย (ร้อยละ ๗๗)',
          outc='ระยะเวลาพิจารณาเฉลี่ยลดลงจาก ๓๒ วัน เหลือ ๑๘ วัน ไม่มีเรื่องร้องเรียนการเรียกรับเงิน'),
     dict(n='๓', title='กิจกรรม “เทศบาลนครขอนแก่นธาราใสสะอาด” ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัล',
          steps=['นายกเทศมนตรีประกาศเจตนารมณ์ต่อหน้าพนักงาน', 'แจ้งเวียนแนวปฏิบัติ No Gift Policy ทุกกอง',
                 'จัดทำแบบรายงานการรับของขวัญ'],
          resp='สำนักปลัดเทศบาล (ฝ่ายการเจ้าหน้าที่)', period='ตุลาคม – ธันวาคม ๒๕๖๘',
          mon='หัวหน้าสำนักปลัดรวบรวมแบบรายงานการรับของขวัญเสนอปลัดเทศบาลทุกสิ้นปีปฏิทิน',
          out='จัดกิจกรรมประกาศเจตนารมณ์ ๓ พ.ย. ๒๕๖๘ ผู้เข้าร่วม ๖๒๔ คน',
          outc='อยู่ระหว่างดำเนินการ'),
     dict(n='๔', title='ส่งเสริมการมีส่วนร่วมของชุมชนในการตรวจรับงานก่อสร้างถนนและท่อระบายน้ำ',
          steps=['ขอรายชื่อผู้แทนชุมชนจากคณะกรรมการชุมชน ๓๘ ชุมชน', 'แต่งตั้งผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับพัสดุ',
                 'เปิดเวทีชี้แจงผลการตรวจรับในที่ประชุมประธานชุมชน'],
          resp='กองช่าง / กองพัสดุและทรัพย์สิน', period='ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙',
          mon=None,
          out='ผู้แทนชุมชนร่วมตรวจรับงาน ๔๖ โครงการ',
          outc='งานก่อสร้างผ่านการตรวจรับโดยไม่มีข้อโต้แย้งจากชุมชน'),
     dict(n='๕', title='เปิดเผยผลการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
          steps=['รับเรื่องผ่านศูนย์ดำรงธรรมเทศบาล สายด่วน ๑๑๓๒ และ LINE OA', 'ส่งเรื่องให้กองที่เกี่ยวข้องภายใน ๓ วันทำการ',
                 'สรุปผลการจัดการเรื่องร้องเรียนรายไตรมาสเผยแพร่บนเว็บไซต์'],
          resp='ศูนย์รับเรื่องราวร้องทุกข์ สำนักปลัดเทศบาล', period='ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙',
          mon='คณะกรรมการพิจารณาเรื่องร้องเรียนประชุมติดตามทุกไตรมาส',
          out='รับเรื่องร้องเรียน ๒๑ เรื่อง ดำเนินการแล้วเสร็จ ๒๐ เรื่อง',
          outc='ผู้ร้องได้รับแจ้งผลภายใน ๑๕ วันทำการ ร้อยละ ๙๕'),
    ]
    d = new_doc('TH Sarabun New', 15)
    s = d.sections[0]
    s.top_margin = Cm(1.6); s.bottom_margin = Cm(1.6)
    footer_pages(s, 'หน้า {P}', head='ITA ๒๕๗๐ : O๓๗')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 20)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True, True, 20)
    para(d, AG + ' จังหวัดขอนแก่นธารา', True, True, 18)
    para(d, '')
    para(d, '\tตามที่เทศบาลนครขอนแก่นธาราได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) '
            'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน ๘๙.๒๗ คะแนน อยู่ในระดับผ่าน และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส '
            'ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน ๕ มาตรการ บัดนี้ได้ดำเนินการตามมาตรการครบทุกมาตรการแล้ว '
            'จึงขอรายงานผลการดำเนินการ ดังนี้')
    para(d, '')
    idn = 1
    LAB = [('resp', 'ผู้รับผิดชอบ'), ('period', 'ระยะเวลา'), ('mon', 'การติดตามผล'), ('out', 'ผลผลิต'), ('outc', 'ผลลัพธ์')]
    for m in MS:
        ps = [xp([('มาตรการที่ ' + m['n'] + '  ' + m['title'], True)], after=60, size=16),
              xp([('ขั้นตอน/วิธีการ', True)])]
        for i, st in enumerate(m['steps'], 1):
            ps.append(xp([(th(i) + ') ' + st, False)], ind=0.6))
        for k, lab in LAB:
            if m[k] is None:
                continue
            ps.append(xp([(lab + ' : ', True), (m[k], False)]))
        h = 6.2 if len(m['title']) < 60 else 6.8
        anchor_box(d, textbox(idn, ps, 17.0, h, 'F3F8FC', '2E75B6'))
        idn += 1
    para(d, '')
    for ln in ['ลงชื่อ ................................................ ผู้รายงาน', '(นางสาวพัชรินทร์ แสนโคตร)',
               'หัวหน้าฝ่ายแผนงานและงบประมาณ', '', 'ลงชื่อ ................................................ ผู้อนุมัติ',
               '(นายธีรวัฒน์ ศรีขอนแก่น)', 'นายกเทศมนตรีนครขอนแก่นธารา']:
        para(d, ln, center=True)
    out = os.path.join(OUT, F)
    d.save(out)
    to_pdf(out)
    for m in MS:
        m['mon'] = m['mon'] or ''
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure ๓: outcome is "อยู่ระหว่างดำเนินการ"', 'measure ๔: no การติดตามผล line in its box (monitoring not stated)'],
          'NEW FORM: Word document whose measures exist only in floating TEXT BOXES - one rounded, shaded text box per measure '
          '(wp:anchor + wps:wsp + w:txbxContent, wrap top-and-bottom, each anchored to its own empty paragraph), each with Word\'s '
          'VML fallback (mc:AlternateContent / mc:Fallback v:roundrect v:textbox) carrying THE SAME content a second time. The body '
          'paragraphs hold only the title, the intro (ITA 2568 = 89.27 ผ่าน) and the signature block. Read as displayed: each box once, '
          'top to bottom. Box content: bold "มาตรการที่ n title", "ขั้นตอน/วิธีการ" + ๑) ๒) ๓) steps, label lines ผู้รับผิดชอบ / ระยะเวลา / '
          'การติดตามผล / ผลผลิต / ผลลัพธ์. Header "ITA ๒๕๗๐ : O๓๗", footer "หน้า n".')


# ---------------------------------------------------------------- r07 (status boxes)
def r07():
    F = 'r07_pwa_kalathara_results_2569.docx'
    AG = 'การประปาส่วนภูมิภาคสาขากาฬธารา'
    ST = ['ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ได้ดำเนินการ']
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและสัญญาวางท่อขยายเขตจำหน่ายน้ำ',
          steps='- สรุปผลการจัดซื้อจัดจ้างรายเดือน\n- เผยแพร่สัญญาวางท่อทุกสัญญาบนเว็บไซต์ กปภ.ข.\n- ติดประกาศที่สำนักงานสาขา',
          resp='งานบริหารทั่วไป (พัสดุ)', period='ต.ค. 2568 - ก.ย. 2569', mon='ผู้จัดการสาขารายงาน กปภ.ข. ทุกไตรมาส',
          tick=[0], out='เผยแพร่ครบ 12 เดือน สัญญาวางท่อ 9 สัญญา', outc='ผู้ใช้น้ำและผู้ประกอบการตรวจสอบได้ ไม่มีข้อร้องเรียน'),
     dict(n='2', title='ป้องกันการเรียกรับเงินในการติดตั้งมาตรวัดน้ำรายใหม่',
          steps='- ประกาศอัตราค่าธรรมเนียมและระยะเวลาติดตั้ง\n- รับคำขอผ่าน PWA 1662 Application\n- สุ่มโทรสอบถามผู้ขอติดตั้งร้อยละ 10',
          resp='งานบริการลูกค้า', period='ต.ค. 2568 - ก.ย. 2569', mon='หัวหน้างานบริการลูกค้ารายงานผลการสุ่มสอบถามทุกเดือน',
          tick=[0], out='ติดตั้งมาตรใหม่ 1,284 ราย สุ่มสอบถาม 131 ราย', outc='ไม่พบการเรียกรับเงินนอกเหนืออัตราที่ประกาศ'),
     dict(n='3', title='จัดทำทะเบียนคุมการเบิกจ่ายวัสดุท่อและอุปกรณ์ซ่อมท่อแตกรั่ว',
          steps='- บันทึกการเบิกวัสดุผ่านระบบ ERP ทุกใบงาน\n- ตรวจนับวัสดุคงคลังทุกสิ้นเดือน',
          resp='งานผลิตและควบคุมน้ำสูญเสีย', period='ม.ค. - ก.ย. 2569', mon='คณะกรรมการตรวจนับรายงานผู้จัดการสาขา',
          tick=[0, 1], out='', outc='ยอดวัสดุคงคลังตรงกับระบบ ERP'),
     dict(n='4', title='อบรมพนักงานและลูกจ้างเรื่องการขัดกันแห่งผลประโยชน์',
          steps='- จัดอบรมผ่านระบบ e-Learning ของ กปภ.\n- ทำแบบทดสอบหลังเรียน',
          resp='งานบริหารทั่วไป (บุคคล)', period='มี.ค. 2569', mon='',
          tick=[0], out='พนักงานและลูกจ้างผ่านการอบรม 38 คน จาก 40 คน', outc='ผู้ผ่านแบบทดสอบร้อยละ 95'),
     dict(n='5', title='สำรวจความพึงพอใจผู้ใช้น้ำและเปิดเผยผลการแก้ไขเรื่องร้องเรียน',
          steps='- สำรวจความพึงพอใจ 2 ครั้ง/ปี\n- สรุปเรื่องร้องเรียนและผลการแก้ไขเผยแพร่ทางเพจสาขา',
          resp='งานบริการลูกค้า', period='มี.ค. และ ส.ค. 2569', mon='รายงานผลในที่ประชุมประจำเดือนของสาขา',
          tick=[0], out='', outc='ความพึงพอใจเฉลี่ยร้อยละ 88.4'),
    ]
    d = new_doc('TH Sarabun New', 14, landscape=True)
    s = d.sections[0]; s.left_margin = s.right_margin = Cm(1.5)
    footer_pages(s, '{P}/{N}', head='การประปาส่วนภูมิภาคเขต ๗ | สาขากาฬธารา')
    para(d, 'แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569', True, True, 17)
    para(d, AG + ' (กปภ.สาขากาฬธารา)', True, True, 16)
    para(d, 'ผลการประเมิน ITA ปีงบประมาณ 2568 ของการประปาส่วนภูมิภาค : 95.86 คะแนน ระดับผ่าน', center=True)
    hd = ['ลำดับ', 'มาตรการ', 'แนวทางดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตาม', 'สถานะ / ผลการดำเนินการ', 'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True); shade(t.rows[0].cells[i], 'DEEAF6')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        status = [('☑ ' if i in m['tick'] else '☐ ') + x for i, x in enumerate(ST)]
        if m['out']:
            status += ['ผลการดำเนินการ: ' + m['out']]
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], '\n'.join(status), m['outc']]):
            cell(c[i], v, center=(i == 0))
    widths(t, [1.3, 4.2, 5.2, 3.0, 2.4, 3.3, 4.4, 3.0])
    para(d, '')
    para(d, 'ผู้รายงาน ..................................... (นายวรพล ภูกาฬ) หัวหน้างานบริหารทั่วไป     '
            'ผู้รับรอง ..................................... (นางสาวอรอุมา ศรีกาฬธารา) ผู้จัดการการประปาส่วนภูมิภาคสาขากาฬธารา', center=True)
    out = os.path.join(OUT, F)
    d.save(out)
    to_pdf(out)
    for m in MS:
        m['ov'] = {'output': 'present' if (m['out'] or len(m['tick']) == 1) else 'missing'}
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 3: two status boxes ticked (แล้วเสร็จ and อยู่ระหว่างดำเนินการ) and no output text - output not established',
           'measure 4: การติดตาม cell is empty'],
          'Word landscape table (8 columns, shaded header repeated). Output column "สถานะ / ผลการดำเนินการ" holds three ☐/☑ status '
          'lines and, where given, a "ผลการดำเนินการ:" line. Measure 5 ticks exactly one box (แล้วเสร็จ) with no output text - counts as '
          'output per the status-box convention. Measure 3 ticks two boxes with no output text - output missing. Header/footer.')


# ---------------------------------------------------------------- m01 (wrong band)
def m01():
    F = 'm01_ssj_udonthara_measures_2570.docx'
    AG = 'สำนักงานสาธารณสุขจังหวัดอุดรธารา'
    MS = [
     dict(n='(๑)', title='มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการบริหารงบประมาณของหน่วยบริการในสังกัด',
          steps='๑. กำหนดรูปแบบรายงานกลางให้ทุกอำเภอ\n๒. รวบรวมข้อมูลรายเดือนผ่าน Google Drive ของ สสจ.\n๓. เผยแพร่บนเว็บไซต์ภายในวันที่ ๑๐ ของเดือนถัดไป',
          resp='กลุ่มงานบริหารทั่วไป', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รายงานที่ประชุมกรมการสาธารณสุขจังหวัด (กวป.) ทุกเดือน',
          outc='ข้อมูลครบถ้วนและเป็นปัจจุบันทุกหน่วยบริการ'),
     dict(n='(๒)', title='มาตรการป้องกันการรับสินบนในการตรวจประเมินและออกใบอนุญาตสถานพยาบาลเอกชน',
          steps='๑. ประกาศขั้นตอนและระยะเวลาการพิจารณา\n๒. ตรวจประเมินโดยคณะกรรมการอย่างน้อย ๓ คน\n๓. ให้ผู้ประกอบการประเมินการให้บริการหลังได้รับใบอนุญาต',
          resp='กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐',
          mon='หัวหน้ากลุ่มงานรายงานนายแพทย์สาธารณสุขจังหวัดทุกไตรมาส', outc='ไม่มีข้อร้องเรียนการเรียกรับผลประโยชน์'),
     dict(n='(๓)', title='มาตรการส่งเสริมการใช้รถราชการอย่างถูกต้องและประหยัด',
          steps='๑. บันทึกการใช้รถผ่านแบบฟอร์มออนไลน์\n๒. เทียบเลขไมล์กับใบเสร็จน้ำมันทุกสิ้นเดือน\n๓. เผยแพร่สรุปการใช้รถรายไตรมาส',
          resp='-', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='คณะกรรมการตรวจสอบภายในของ สสจ. สุ่มตรวจทะเบียนทุก ๖ เดือน',
          outc='ไม่พบการใช้รถราชการเพื่อประโยชน์ส่วนตน'),
     dict(n='(๔)', title='มาตรการเสริมสร้างวัฒนธรรมองค์กร “สาธารณสุขอุดรธาราโปร่งใส ไม่รับของขวัญ”',
          steps='๑. ประกาศเจตนารมณ์ No Gift Policy\n๒. จัดกิจกรรมยกย่องบุคลากรต้นแบบด้านคุณธรรม\n๓. อบรมการขัดกันแห่งผลประโยชน์ผ่านระบบออนไลน์',
          resp='กลุ่มงานบริหารทรัพยากรบุคคล / กลุ่มกฎหมาย', period='พ.ย. ๒๕๖๙ – มี.ค. ๒๕๗๐',
          mon='ศูนย์ปฏิบัติการต่อต้านการทุจริตของ สสจ. ติดตามผลรอบ ๖ เดือน', outc='บุคลากรผ่านการอบรมร้อยละ ๙๐'),
     dict(n='(๕)', title='มาตรการเพิ่มช่องทางรับฟังความคิดเห็นและข้อร้องเรียนจากผู้รับบริการ',
          steps='๑. จัดทำ QR Code แบบสำรวจและแจ้งเรื่องร้องเรียนที่ทุกหน่วยบริการ\n๒. สรุปผลรายเดือนและแจ้งผู้ร้องภายใน ๑๕ วัน',
          resp='ศูนย์รับเรื่องร้องเรียน สสจ.อุดรธารา', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐',
          mon='รายงานผลการจัดการเรื่องร้องเรียนต่อ กวป. ทุกไตรมาส', outc='ผู้รับบริการพึงพอใจไม่น้อยกว่าร้อยละ ๘๕'),
    ]
    d = new_doc('TH Sarabun New', 16)
    s = d.sections[0]
    footer_pages(s, 'หน้า {P} / {N}', head=AG)
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 20)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 20)
    para(d, AG, True, True, 18)
    para(d, '')
    para(d, '๑. ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True)
    para(d, '\tสำนักงานสาธารณสุขจังหวัดอุดรธาราได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ได้คะแนน ๘๔.๓๗ คะแนน '
            'อยู่ในระดับ ผ่าน โดยแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ ๘๘.๔๒ คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสีย'
            'ภายนอก (EIT) ได้ ๘๑.๑๕ คะแนน และแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ ๘๓.๕๐ คะแนน')
    para(d, '๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน', True)
    for x in ['- ผู้รับบริการภายนอกยังไม่มั่นใจในความโปร่งใสของการออกใบอนุญาตสถานพยาบาลเอกชน (EIT)',
              '- ข้อมูลการจัดซื้อจัดจ้างของหน่วยบริการในสังกัดบางแห่งไม่ครบถ้วน (OIT ข้อ O๑๒ – O๑๕)']:
        para(d, x, indent=1)
    para(d, '๓. ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    for x in ['- การใช้ทรัพย์สินของราชการ โดยเฉพาะรถราชการ', '- การเสริมสร้างวัฒนธรรมองค์กรด้านคุณธรรม',
              '- ช่องทางการรับฟังความคิดเห็นของผู้รับบริการ']:
        para(d, x, indent=1)
    para(d, '๔. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True)
    hd = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 14); shade(t.rows[0].cells[i], 'E2EFD9')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(c[i], v, center=(i == 0 or v == '-'), size=14)
    widths(t, [1.1, 3.0, 4.2, 2.3, 1.9, 2.6, 2.3])
    para(d, '')
    for ln in ['ประกาศ ณ วันที่ ๓๐ ตุลาคม พ.ศ. ๒๕๖๙', '', '(นายแพทย์ชาญชัย อุดมศรี)', 'นายแพทย์สาธารณสุขจังหวัดอุดรธารา']:
        para(d, ln, center=True)
    out = os.path.join(OUT, F)
    d.save(out)
    to_pdf(out)
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['score: FY 2569 ITA 84.37 reported as "ผ่าน" - below 85 the band is ไม่ผ่าน (wrong band)',
           'measure (๓): responsible is "-"'],
          'Word portrait document: score prose with IIT/EIT/OIT, sections ๒./๓. as "- " lines, then a 7-column table (ที่ (๑)–(๕), '
          'own การติดตามผล, ผลที่คาดว่าจะได้รับ = outcome), header row repeated; running header, footer "หน้า n / N"; signature.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r02', 'r07', 'm01']:
        globals()[w]()
        print('built', w)
