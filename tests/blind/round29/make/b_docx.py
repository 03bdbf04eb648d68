"""DOCX documents: r02 (NEW: a report written as a WORD OUTLINE - every content paragraph is a Heading 1-4 paragraph, no
tables, a TOC field), r07 (provincial prosecutor's office results, ordinary Word table, WRONG FY in the title), m02 (NEW: the
measure table SPLIT INTO TWO TABLES SIDE BY SIDE in a two-column section, joined by the ที่ column)."""
import sys, copy
from common import *
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


def style_font(st, font, size=None, color=None, bold=None):
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    for a in list(rf.attrib):
        del rf.attrib[a]
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)
    if size:
        st.font.size = Pt(size)
        e = rpr.find(qn('w:szCs'))
        if e is None:
            e = OxmlElement('w:szCs'); rpr.append(e)
        e.set(qn('w:val'), str(int(size * 2)))
    if color is not None:
        from docx.shared import RGBColor
        st.font.color.rgb = RGBColor.from_string(color)
        c = rpr.find(qn('w:color'))
        for a in ('w:themeColor', 'w:themeShade', 'w:themeTint'):
            if c is not None and c.get(qn(a)):
                del c.attrib[qn(a)]
    if bold is not None:
        st.font.bold = bold
        e = OxmlElement('w:bCs')
        if not bold:
            e.set(qn('w:val'), '0')
        rpr.append(e)


def signatures(d, left, right, size=None):
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    for c, (a, b, x) in zip(t.rows[0].cells, (left, right)):
        cell(c, ['ลงชื่อ ......................................... ' + x, '(' + a + ')', b], center=True, size=size)


# ------------------------------------------------------------------ r02 (NEW: Word outline)
def r02():
    F = 'r02_doe_mahasarawari_results_2569.docx'; AG = 'สำนักงานจัดหางานจังหวัดมหาสารวารี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณโครงการส่งเสริมการมีงานทำผ่านเว็บไซต์สำนักงาน',
          steps=['ฝ่ายบริหารทั่วไปจัดทำสรุปผลการจัดซื้อจัดจ้างตามแบบ สขร.1 ทุกเดือน',
                 'จัดทำรายงานการใช้จ่ายงบประมาณโครงการรายไตรมาส', 'เผยแพร่บนเว็บไซต์สำนักงานภายในวันที่ 15 ของเดือนถัดไป'],
          resp='ฝ่ายบริหารทั่วไป', period='ตุลาคม 2568 – กันยายน 2569',
          mon='หัวหน้าฝ่ายบริหารทั่วไปรายงานจัดหางานจังหวัดทุกเดือน',
          out='เผยแพร่ครบ 12 เดือน และรายงานงบประมาณ 4 ไตรมาส', outc='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
     dict(n='2', title='ป้องกันการเรียกรับผลประโยชน์ในการอนุญาตทำงานของคนต่างด้าวด้วยระบบนัดหมายและคิวออนไลน์',
          steps=['เปิดระบบจองคิวยื่นคำขอออนไลน์', 'แสดงลำดับคิวบนจอหน้าศูนย์บริการ',
                 'ติดประกาศอัตราค่าธรรมเนียมและช่องทางร้องเรียน', 'สุ่มสอบถามนายจ้างหลังรับบริการ'],
          resp='กลุ่มงานบริหารแรงงานต่างด้าว', period='พฤศจิกายน 2568 – กันยายน 2569',
          mon='จัดหางานจังหวัดตรวจสอบรายงานคิวรายสัปดาห์และรายงานกรมการจัดหางานรายไตรมาส',
          out='ให้บริการผ่านระบบคิว 6,842 คำขอ', outc='ไม่พบการเรียกรับผลประโยชน์ นายจ้างพึงพอใจร้อยละ 91'),
     dict(n='3', title='เผยแพร่ตำแหน่งงานว่างและผลการบรรจุงานผ่านแพลตฟอร์มไทยมีงานทำและนัดพบแรงงานจังหวัด',
          steps=['รวบรวมตำแหน่งงานว่างจากสถานประกอบการ', 'จัดนัดพบแรงงาน 2 ครั้ง', 'สรุปผลการบรรจุงานรายเดือน'],
          resp='กลุ่มงานส่งเสริมการมีงานทำ', period='ธันวาคม 2568 – สิงหาคม 2569',
          mon='-',
          out='ตำแหน่งงานว่าง 3,215 อัตรา บรรจุงาน 1,904 คน', outc='ผู้สมัครงานได้รับการบรรจุงานร้อยละ 59'),
     dict(n='4', title='ควบคุมการจัดส่งคนหางานไปทำงานต่างประเทศไม่ให้ถูกหลอกลวงด้วยการตรวจสอบบริษัทจัดหางาน',
          steps=['ตรวจสอบใบอนุญาตบริษัทจัดหางานในจังหวัด', 'ลงพื้นที่ประชาสัมพันธ์ร่วมกับผู้นำชุมชน', 'รับแจ้งเบาะแสสายด่วน 1694'],
          resp='กลุ่มงานคุ้มครองคนหางาน', period='มกราคม – กันยายน 2569',
          mon='กลุ่มงานคุ้มครองคนหางานรายงานผลการตรวจสอบจัดหางานจังหวัดทุกเดือน',
          out='ตรวจสอบบริษัทจัดหางาน 7 แห่ง ประชาสัมพันธ์ 42 หมู่บ้าน', outc='ไม่มีคนหางานในจังหวัดถูกหลอกลวงที่ดำเนินคดีได้'),
     dict(n='5', title='ส่งเสริมวัฒนธรรมองค์กรไม่ทนต่อการทุจริตและการไม่รับของขวัญ (No Gift Policy)',
          steps=['ประกาศเจตนารมณ์ไม่รับของขวัญ', 'อบรมเจ้าหน้าที่เรื่องการขัดกันแห่งผลประโยชน์', 'รายงานการรับของขวัญหลังเทศกาล'],
          resp='ฝ่ายบริหารทั่วไป', period='ตุลาคม 2568 – กันยายน 2569',
          mon='ฝ่ายบริหารทั่วไปสรุปรายงานหลังเทศกาลเสนอจัดหางานจังหวัด',
          out='อบรม 1 ครั้ง ผู้เข้าร่วม 38 คน', outc='อยู่ระหว่างดำเนินการ'),
    ]
    FONT = 'TH SarabunPSK'
    d = new_doc(FONT, 16)
    s = d.sections[0]
    s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2.2); s.bottom_margin = Cm(2)
    footer_pages(s, 'หน้า {P}/{N}')
    for nm, sz in (('Title', 20), ('Subtitle', 17), ('Heading 1', 18), ('Heading 2', 17), ('Heading 3', 16), ('Heading 4', 16)):
        st = d.styles[nm]
        style_font(st, FONT, sz, '000000' if nm != 'Heading 1' else '1F3864',
                   bold=nm in ('Title', 'Heading 1', 'Heading 2', 'Heading 3'))
        st.paragraph_format.space_before = Pt(6 if nm.startswith('Heading') else 0)
        st.paragraph_format.space_after = Pt(0)
    d.styles['Heading 3'].paragraph_format.left_indent = Cm(0.75)
    d.styles['Heading 4'].paragraph_format.left_indent = Cm(1.5)
    d.styles['Heading 4'].font.italic = False
    d.styles['Heading 2'].paragraph_format.left_indent = Cm(0)

    def H(lvl, text):
        p = d.add_paragraph(text, style='Title' if lvl == 0 else ('Heading %d' % lvl))
        return p
    p = H(0, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569')
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(AG + '  กรมการจัดหางาน กระทรวงแรงงาน', style='Subtitle'); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # TOC field with cached entries (levels 1-2)
    p = para(d, 'สารบัญ', True, True)
    toc = [('1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568', 1), ('2. ผลการดำเนินการตามมาตรการ', 1)]
    toc += [('มาตรการที่ %s %s' % (m['n'], m['title']), 2 if i < 2 else 3) for i, m in enumerate(MS)]
    toc += [('3. ปัญหา อุปสรรค และข้อเสนอแนะ', 3)]
    for i, (t, pg) in enumerate(toc):
        tp = d.add_paragraph()
        tp.paragraph_format.tab_stops.add_tab_stop(Cm(15.9), alignment=2, leader=1)
        if not t[0].isdigit():
            tp.paragraph_format.left_indent = Cm(0.6)
        if i == 0:
            for kind, val in (('begin', None), ('instr', ' TOC \\o "1-2" \\h \\z \\u '), ('separate', None)):
                r = tp.add_run()
                if kind == 'instr':
                    e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = val
                else:
                    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind)
                r._r.append(e)
        r = tp.add_run(t + '\t' + str(pg)); csz(r, 14)
        if i == len(toc) - 1:
            r = tp.add_run(); e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r._r.append(e)
    H(1, '1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568').paragraph_format.page_break_before = True
    H(2, '1.1 ผลคะแนน')
    H(3, 'กรมการจัดหางานได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568 '
         'จำนวน 90.56 คะแนน อยู่ในระดับผ่าน')
    H(2, '1.2 การนำผลไปใช้')
    H(3, 'สำนักงานได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส 5 มาตรการ และรายงานผลการดำเนินการรอบ 12 เดือน '
         '(1 ตุลาคม 2568 – 30 กันยายน 2569) ดังนี้')
    H(1, '2. ผลการดำเนินการตามมาตรการ')
    for m in MS:
        H(2, 'มาตรการที่ %s %s' % (m['n'], m['title']))
        H(3, 'ขั้นตอน/วิธีการดำเนินการ')
        for i, x in enumerate(m['steps'], 1):
            H(4, '%d) %s' % (i, x))
        for lab, k in (('ผู้รับผิดชอบ', 'resp'), ('ระยะเวลาดำเนินการ', 'period'), ('การติดตามผล', 'mon'),
                       ('ผลการดำเนินงาน (Output)', 'out'), ('ผลลัพธ์ (Outcome)', 'outc')):
            H(3, lab)
            H(4, m[k])
    H(1, '3. ปัญหา อุปสรรค และข้อเสนอแนะ')
    H(2, 'ผู้ยื่นคำขออนุญาตทำงานบางส่วนยังไม่คุ้นเคยกับระบบจองคิวออนไลน์ ควรเพิ่มจุดช่วยเหลือการจองคิวที่ศูนย์บริการ')
    para(d, '')
    for ln in ('ลงชื่อ .......................................... ผู้รายงาน', '(นางสาวพรทิพย์ โกสุมวารี)', 'หัวหน้าฝ่ายบริหารทั่วไป',
               '', 'ลงชื่อ .......................................... ผู้รับรอง', '(นายชาตรี บรบือวารี)', 'จัดหางานจังหวัดมหาสารวารี'):
        para(d, ln, center=True)
    src = os.path.join(OUT, F); d.save(src)
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 3: monitoring (การติดตามผล) value is "-"', 'measure 5: outcome (ผลลัพธ์) is "อยู่ระหว่างดำเนินการ"'],
          'NEW FORM: a report written as a WORD OUTLINE (TH SarabunPSK): no tables and no body-text paragraphs in the report - '
          'Title/Subtitle, a TOC field (\\o "1-2", cached entries incl. the measure headings with page numbers = table of contents, '
          'not units), then Heading 1 "1./2./3." parts, Heading 2 "มาตรการที่ n title" (= the unit), Heading 3 element labels '
          '(ขั้นตอน/วิธีการดำเนินการ, ผู้รับผิดชอบ, ระยะเวลาดำเนินการ, การติดตามผล, ผลการดำเนินงาน (Output), ผลลัพธ์ (Outcome)) and '
          'Heading 4 values/steps "1) 2) 3)"; the intro prose (ITA 2568 90.56 ผ่าน, กรมการจัดหางาน) is itself Heading 2/3 text. '
          'Each label heading owns the Heading 4 paragraph(s) under it. Footer "หน้า n/N"; signatures are the only body text.')


# ------------------------------------------------------------------ r07 (prosecutor, WRONG FY)
def r07():
    F = 'r07_ago_yasowari_results_2568.docx'; AG = 'สำนักงานอัยการจังหวัดยโสวารี'
    MS = [
     dict(n='๑', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณของสำนักงานอัยการจังหวัดทางเว็บไซต์',
          steps='๑) งานการเงินและพัสดุสรุปผลการจัดซื้อจัดจ้างรายเดือน\n๒) ส่งข้อมูลให้ผู้ดูแลเว็บไซต์\n๓) เผยแพร่ภายใน ๑๕ วัน',
          resp='ฝ่ายอำนวยการ (งานการเงินและพัสดุ)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙',
          mon='หัวหน้าฝ่ายอำนวยการรายงานอัยการจังหวัดทุกเดือน', out='เผยแพร่ครบ ๑๒ เดือน ๙๖ รายการ',
          outc='ข้อมูลการจัดซื้อจัดจ้างเปิดเผยครบถ้วน ไม่มีข้อร้องเรียน'),
     dict(n='๒', title='ให้บริการคำปรึกษากฎหมายและช่วยเหลือประชาชนทางกฎหมายโดยไม่เรียกรับค่าตอบแทน (สคช.)',
          steps='......',
          resp='สำนักงานคุ้มครองสิทธิและช่วยเหลือทางกฎหมายแก่ประชาชน (สคช.) จังหวัดยโสวารี', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙',
          mon='อัยการจังหวัดผู้ช่วยติดตามทะเบียนรับเรื่องรายเดือน', out='ให้คำปรึกษา ๔๑๒ เรื่อง',
          outc='ผู้รับบริการพึงพอใจร้อยละ ๙๔ ไม่มีการร้องเรียนเรื่องเรียกรับเงิน'),
     dict(n='๓', title='ควบคุมการเข้าถึงสำนวนคดีและพยานหลักฐานด้วยทะเบียนคุมสำนวนอิเล็กทรอนิกส์',
          steps='๑) บันทึกการรับ–ส่งสำนวนทุกครั้งในระบบ\n๒) กำหนดสิทธิ์ผู้เข้าถึงตามหน้าที่\n๓) ตรวจสอบทะเบียนคุมรายไตรมาส',
          resp='ฝ่ายคดี / งานธุรการคดี', period='ม.ค. – ก.ย. ๒๕๖๙',
          mon='คณะทำงานตรวจสอบภายในรายงานอัยการจังหวัดรายไตรมาส', out='บันทึกสำนวน ๑,๒๘๗ สำนวน ตรวจสอบ ๓ ไตรมาส',
          outc='ไม่พบสำนวนสูญหายหรือการเข้าถึงโดยไม่มีสิทธิ์'),
     dict(n='๔', title='ส่งเสริมจริยธรรมข้าราชการฝ่ายอัยการและเจ้าหน้าที่ตามประมวลจริยธรรม',
          steps='๑) ประชุมชี้แจงประมวลจริยธรรม\n๒) ประกาศนโยบาย No Gift Policy\n๓) รายงานการรับของขวัญหลังเทศกาล',
          resp='ฝ่ายอำนวยการ', period='ธ.ค. ๒๕๖๘ – ม.ค. ๒๕๖๙',
          mon='ฝ่ายอำนวยการสรุปรายงานเสนออัยการจังหวัดหลังเทศกาล', out='ชี้แจง ๑ ครั้ง ผู้เข้าร่วม ๒๗ คน',
          outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    d = new_doc('Norasi', 14, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.8)
    footer_pages(s, '{P}/{N}', head='สำนักงานอัยการจังหวัดยโสวารี')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 17)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', True, True, 17)
    para(d, AG + '  สำนักงานอัยการภาค ๓', True, True, 15)
    para(d, '')
    para(d, '\tสำนักงานอัยการสูงสุดได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๘๙.๔๑ คะแนน ระดับผ่าน '
            'สำนักงานอัยการจังหวัดยโสวารีจึงดำเนินการตามมาตรการ ๔ มาตรการ ผลการดำเนินการระหว่างวันที่ ๑ ตุลาคม ๒๕๖๘ – '
            '๓๐ กันยายน ๒๕๖๙ ดังนี้')
    para(d, '')
    hd = ['ลำดับ', 'มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามและรายงานผล', 'ผลการดำเนินการ',
          'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 13); shade(t.rows[0].cells[i], 'D9D9D9')
    repeat_header(t.rows[0])
    for m in MS:
        cc = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell(cc[i], v, center=(i == 0 or v == '......'), size=13)
    widths(t, [1.2, 4.4, 5.0, 3.4, 2.4, 3.3, 3.0, 3.4])
    para(d, '')
    para(d, 'ปัญหาอุปสรรค : ระบบทะเบียนคุมสำนวนอิเล็กทรอนิกส์ยังไม่เชื่อมโยงกับระบบสารบรรณ', size=14)
    signatures(d, ('นางสาวอรอุมา คำเขื่อนแก้ววารี', 'หัวหน้าฝ่ายอำนวยการ', 'ผู้รายงาน'),
               ('นายธนกร ป่าติ้ววารี', 'อัยการจังหวัดยโสวารี', 'ผู้รับรอง'), size=14)
    src = os.path.join(OUT, F); d.save(src)
    label(F, 'results', 2568, AG, 'measure', MS,
          ['title declares ปีงบประมาณ ๒๕๖๘ but the report covers FY ๒๕๖๙ (๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙) - wrong fiscal year',
           'measure ๒: steps (ขั้นตอนการดำเนินการ) is "......"'],
          'Word (Norasi, landscape): title "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" (WRONG: the period reported is FY ๒๕๖๙; labelled with what '
          'the title declares), ITA ๒๕๖๘ ๘๙.๔๑ ผ่าน (OAG); 8-column table ลำดับ ๑–๔ (ขั้นตอนการดำเนินการ ๑) ๒) ๓), '
          'การติดตามและรายงานผล = monitoring, ผลการดำเนินการ = output, ผลลัพธ์ = outcome), header repeated; header line, '
          'footer "n/N"; problems line; signature table.')


# ------------------------------------------------------------------ m02 (NEW: table split into two tables side by side)
def m02():
    F = 'm02_doae_kalasinwari_measures_2570.docx'; AG = 'สำนักงานเกษตรจังหวัดกาฬสินธุ์วารี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลโครงการส่งเสริมการเกษตรและรายชื่อเกษตรกรผู้ได้รับปัจจัยการผลิต',
          steps='1) จัดทำทะเบียนผู้ได้รับปัจจัยการผลิตรายโครงการ\n2) ปิดประกาศ ณ ที่ทำการกำนัน/ผู้ใหญ่บ้าน\n3) เผยแพร่บนเว็บไซต์และเพจสำนักงาน',
          resp='กลุ่มยุทธศาสตร์และสารสนเทศ', period='ต.ค. 2569 – ก.ย. 2570', mon='เกษตรจังหวัดตรวจสอบรายงานทุกไตรมาส',
          outc='ข้อมูลผู้ได้รับปัจจัยการผลิตเปิดเผยครบทุกโครงการ'),
     dict(n='2', title='ตรวจสอบการจัดซื้อปัจจัยการผลิต (เมล็ดพันธุ์ ปุ๋ย) โดยให้ผู้แทนเกษตรกรร่วมตรวจรับ',
          steps='1) แต่งตั้งผู้แทนเกษตรกรเป็นกรรมการตรวจรับ\n2) สุ่มตรวจคุณภาพปัจจัยการผลิต\n3) รายงานผลการตรวจรับ',
          resp='ฝ่ายบริหารทั่วไป / กลุ่มส่งเสริมและพัฒนาการผลิต', period='ธ.ค. 2569 – มิ.ย. 2570',
          mon='คณะกรรมการตรวจรับรายงานเกษตรจังหวัดทุกครั้ง', outc='ไม่มีข้อร้องเรียนเรื่องคุณภาพปัจจัยการผลิต'),
     dict(n='3', title='ขึ้นทะเบียนเกษตรกรและรับรองข้อมูลการเพาะปลูกด้วยแอปพลิเคชัน Farmbook ลดการใช้ดุลยพินิจ',
          steps='1) ประชาสัมพันธ์การขึ้นทะเบียนผ่านแอปพลิเคชัน\n2) ตรวจสอบแปลงด้วยภาพถ่ายพิกัด\n3) ประกาศรายชื่อให้ชุมชนรับรอง',
          resp='สำนักงานเกษตรอำเภอทุกอำเภอ', period='(ระบุ)', mon='กลุ่มยุทธศาสตร์ฯ สรุปผลรายเดือนเสนอเกษตรจังหวัด',
          outc='ข้อมูลทะเบียนเกษตรกรถูกต้อง ร้อยละ 98'),
     dict(n='4', title='ส่งเสริมวัฒนธรรมองค์กรสุจริตและการไม่รับของขวัญในหน่วยงาน',
          steps='1) ประกาศนโยบาย No Gift Policy\n2) อบรมการขัดกันแห่งผลประโยชน์\n3) รายงานการรับของขวัญหลังเทศกาล',
          resp='ฝ่ายบริหารทั่วไป', period='ต.ค. 2569 – ก.ย. 2570', mon='ฝ่ายบริหารทั่วไปรายงานหลังเทศกาล', outc=''),
    ]
    d = new_doc('Garuda', 13, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.2); s.top_margin = Cm(1.4); s.bottom_margin = Cm(1.2)
    footer_pages(s, '- {P} -')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', True, True, 16)
    para(d, AG + '  กรมส่งเสริมการเกษตร', True, True, 15)
    para(d, '')
    para(d, '1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', True)
    para(d, '\tกรมส่งเสริมการเกษตรได้รับผลการประเมิน 92.08 คะแนน ระดับผ่าน สำนักงานเกษตรจังหวัดกาฬสินธุ์วารีได้วิเคราะห์ผลการประเมิน ดังนี้')
    para(d, '2. การวิเคราะห์ผลการประเมิน', True)
    para(d, '\t2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', True)
    para(d, '\t\t- เกษตรกรบางส่วนไม่ทราบเกณฑ์การคัดเลือกผู้ได้รับปัจจัยการผลิต (EIT)')
    para(d, '\t\t- การตรวจรับปัจจัยการผลิตยังไม่มีผู้แทนเกษตรกรร่วม')
    para(d, '\t2.2 ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True)
    para(d, '\t\t- ความถูกต้องของข้อมูลทะเบียนเกษตรกร และวัฒนธรรมการไม่รับของขวัญ')
    p = para(d, '3. มาตรการส่งเสริมคุณธรรมและความโปร่งใส (ตารางแบ่งเป็น 2 ส่วน ซ้าย–ขวา เทียบตามลำดับที่)', True)
    p.paragraph_format.page_break_before = True
    # section B: two text columns
    sb = d.add_section(WD_SECTION.CONTINUOUS)
    cols = sb._sectPr.find(qn('w:cols'))
    if cols is None:
        cols = OxmlElement('w:cols'); sb._sectPr.append(cols)
    cols.set(qn('w:num'), '2'); cols.set(qn('w:space'), '340')
    RH = [Cm(1.6)] + [Cm(3.7)] * len(MS)

    def mk(hd, keys, wd, fill):
        t = d.add_table(rows=1, cols=len(hd)); t.style = 'Table Grid'
        for i, h in enumerate(hd):
            cell(t.rows[0].cells[i], h, True, True, 12); shade(t.rows[0].cells[i], fill)
        for m in MS:
            cc = t.add_row().cells
            for i, k in enumerate(keys):
                cell(cc[i], m[k], center=(i == 0), size=11)
        widths(t, wd)
        for r, h in zip(t.rows, RH):
            r.height = h
            r._tr.trPr.find(qn('w:trHeight')).set(qn('w:hRule'), 'exact')
        return t
    mk(['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ'], ['n', 'title', 'steps'], [0.9, 5.0, 7.3], 'C6E0B4')
    p = d.add_paragraph(); r = p.add_run(); r.add_break(WD_BREAK.COLUMN); csz(r, 1)
    p.paragraph_format.line_spacing = Pt(1); p.paragraph_format.space_before = Pt(0)
    mr = OxmlElement('w:rPr'); sz = OxmlElement('w:sz'); sz.set(qn('w:val'), '2'); mr.append(sz)
    p._p.get_or_add_pPr().append(mr)
    mk(['ที่', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลลัพธ์ที่คาดว่าจะได้รับ'], ['n', 'resp', 'period', 'mon', 'outc'],
       [0.9, 3.3, 2.3, 3.4, 3.3], 'C6E0B4')
    sc = d.add_section(WD_SECTION.CONTINUOUS)
    cols = sc._sectPr.find(qn('w:cols'))
    if cols is None:
        cols = OxmlElement('w:cols'); sc._sectPr.append(cols)
    cols.set(qn('w:num'), '1')
    signatures(d, ('นายสมชาย ยางตลาดวารี', 'หัวหน้าฝ่ายบริหารทั่วไป', 'ผู้จัดทำ'),
               ('นางวิไลวรรณ กมลาไสยวารี', 'เกษตรจังหวัดกาฬสินธุ์วารี', 'ผู้อนุมัติ'), size=13)
    src = os.path.join(OUT, F); d.save(src)
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['measure 3: period (ระยะเวลา) is "(ระบุ)"', 'measure 4: expected result (ผลลัพธ์ที่คาดว่าจะได้รับ) cell empty'],
          'NEW FORM: the measure table is SPLIT INTO TWO WORD TABLES SIDE BY SIDE (Garuda, landscape): a continuous section with '
          'two text columns holds the LEFT table (ที่, มาตรการ, ขั้นตอน/วิธีการดำเนินการ) then a column break and the RIGHT table '
          '(ที่, ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, ผลลัพธ์ที่คาดว่าจะได้รับ); rows have the same exact heights so they line up, and '
          'both repeat ที่ 1–4. Read as ONE table joined by ที่: each measure = left row n + right row n. Page 1: title FY 2570, '
          'ITA 2569 92.08 ผ่าน (กรมส่งเสริมการเกษตร), 2.1 weaknesses / 2.2 improvements; footer "- n -". ผลลัพธ์ที่คาดว่าจะได้รับ = '
          'outcome; output never stated (missing by convention).',
          sections={'weaknesses': 'present', 'improvements': 'present'})


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r02', 'r07', 'm02']:
        globals()[w]()
        print('built', w)
