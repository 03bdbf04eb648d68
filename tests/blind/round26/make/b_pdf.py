"""PDF documents: r01 (เทศบาลนคร results, Word -> LibreOffice, cover + สารบัญ, group rows, contradictory score), r05 (NEW: a
Rajabhat faculty report TYPESET BY XeLaTeX - fontspec Thai font, \\XeTeXlinebreaklocale "th", longtable with repeated head/foot,
booktabs rules, enumitem lists inside p{} cells, fancyhdr, lastpage; xdvipdfmx output), m02 (อบจ. measures,
approval memo + table), p01 (provincial agriculture office plan, landscape, group rows, rows cut by page breaks)."""
import sys
from common import *

_para = para


def page_break(d):
    d._pb = True


def para(d, *a, **k):
    p = _para(d, *a, **k)
    if getattr(d, '_pb', False):
        p.paragraph_format.page_break_before = True
        d._pb = False
    return p


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


def signatures(d, left, right):
    para(d, '')
    t = d.add_table(rows=1, cols=2)
    for c, (a, b, x) in zip(t.rows[0].cells, (left, right)):
        cell(c, ['ลงชื่อ ......................................... ' + x, '(' + a + ')', b], center=True)


# ---------------------------------------------------------------- r01
def r01():
    F = 'r01_tn_koratkasem_results_2569.pdf'
    AG = 'เทศบาลนครโคราชเกษม'
    GROUPS = [
     ('ด้านที่ ๑  การเปิดเผยข้อมูลและการมีส่วนร่วม', [
      dict(n='ข้อ ๑', title='เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือนพร้อมเหตุผลการคัดเลือกผู้ชนะผ่านเว็บไซต์เทศบาล',
           steps='๑) กองคลังสรุปผล สขร.๑ ทุกเดือน\n๒) ผู้อำนวยการกองคลังตรวจทาน\n๓) เผยแพร่ภายในวันที่ ๑๐ ของเดือนถัดไป',
           resp='กองคลัง (ฝ่ายพัสดุและทรัพย์สิน)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='ผู้อำนวยการกองคลังรายงานปลัดเทศบาลทุกเดือน',
           out='เผยแพร่ครบ ๑๒ เดือน ๑,๑๔๒ รายการ', outc='ไม่มีข้อร้องเรียนด้านการจัดซื้อจัดจ้างจากผู้ประกอบการ'),
      dict(n='ข้อ ๒', title='เปิดเวทีรับฟังความคิดเห็นชุมชนต่อโครงการปรับปรุงคูเมืองและลานย่าโมเกษม',
           steps='๑) ประกาศเชิญชวนล่วงหน้า ๑๕ วัน\n๒) จัดเวทีรับฟัง ๓ ครั้ง\n๓) สรุปข้อเสนอและแจ้งผลการพิจารณา',
           resp='กองช่าง / กองยุทธศาสตร์และงบประมาณ', period='พ.ย. ๒๕๖๘ – ก.พ. ๒๕๖๙', mon='-',
           out='ผู้เข้าร่วม ๓ เวที รวม ๕๑๒ คน ข้อเสนอ ๔๑ ข้อ', outc='นำข้อเสนอไปปรับแบบก่อสร้าง ๑๓ ข้อ'),
      dict(n='ข้อ ๓', title='เผยแพร่ข้อมูลการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างและการลดหย่อนรายชุมชน',
           steps='๑) จัดทำข้อมูลรายชุมชน\n๒) เผยแพร่บนเว็บไซต์และบอร์ดชุมชน\n๓) ตอบข้อสงสัยผ่าน LINE OA',
           resp='กองคลัง (ฝ่ายพัฒนารายได้)', period='ม.ค. – มิ.ย. ๒๕๖๙', mon='รายงานคณะผู้บริหารเทศบาลรายไตรมาส',
           out='ข้อมูลครบ ๘๖ ชุมชน', outc='ผู้ชำระภาษีภายในกำหนดเพิ่มขึ้นร้อยละ ๙'),
     ]),
     ('ด้านที่ ๒  การป้องกันการทุจริตและผลประโยชน์ทับซ้อน', [
      dict(n='ข้อ ๔', title='ตรวจสอบการใช้รถราชการและน้ำมันเชื้อเพลิงด้วยระบบ GPS และบัตรเติมน้ำมัน',
           steps='๑) ติดตั้ง GPS รถ ๔๖ คัน\n๒) เทียบระยะทางกับใบขออนุญาตใช้รถทุกสัปดาห์\n๓) รายงานความผิดปกติ',
           resp='สำนักปลัดเทศบาล (งานยานพาหนะ)', period='......', mon='หน่วยตรวจสอบภายในสุ่มตรวจทุกไตรมาส',
           out='ติดตั้งครบ ๔๖ คัน', outc='ค่าน้ำมันเชื้อเพลิงลดลงร้อยละ ๑๔'),
      dict(n='ข้อ ๕', title='อบรมเสริมสร้างวัฒนธรรมองค์กรสุจริตและการป้องกันผลประโยชน์ทับซ้อนแก่พนักงานเทศบาลและพนักงานจ้าง',
           steps='๑) อบรม ๔ รุ่น\n๒) ทดสอบก่อน-หลังอบรม\n๓) ลงนามประกาศเจตนารมณ์สุจริต',
           resp='สำนักปลัดเทศบาล (ฝ่ายบริหารงานบุคคล)', period='ก.พ. – เม.ย. ๒๕๖๙', mon='ฝ่ายบริหารงานบุคคลสรุปผลเสนอปลัดเทศบาล',
           out='ผู้เข้าอบรม ๖๒๔ คน', outc='ผ่านการทดสอบหลังอบรมร้อยละ ๘๙'),
      dict(n='ข้อ ๖', title='ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และรายงานผลการรับของขวัญทุกเทศกาล',
           steps='๑) นายกเทศมนตรีประกาศนโยบาย\n๒) ทุกส่วนราชการรายงานตามแบบภายใน ๑๕ วันหลังเทศกาล',
           resp='สำนักปลัดเทศบาล', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='สำนักปลัดรวบรวมแบบรายงานเสนอนายกเทศมนตรี',
           out='ประกาศ ๑ ฉบับ รายงานครบ ๑๒ ส่วนราชการ', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    d = new_doc('Laksaman', 13, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.5)
    s.different_first_page_header_footer = True
    footer_pages(s, '- {P} -', head='รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๖๙  |  ' + AG)
    for _ in range(3):
        para(d, '')
    para(d, '[ตราสัญลักษณ์เทศบาลนครโคราชเกษม]', center=True, size=12)
    para(d, '')
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 22)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True, True, 22)
    para(d, '')
    para(d, AG, True, True, 20)
    para(d, 'อำเภอเมืองโคราชเกษม  จังหวัดนครราชเกษม', center=True, size=15)
    para(d, 'กองยุทธศาสตร์และงบประมาณ  กันยายน ๒๕๖๙', center=True, size=14)
    page_break(d)
    para(d, 'สารบัญ', True, True, 18)
    for a, b in [('ส่วนที่ ๑  ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', '๑'),
                 ('ส่วนที่ ๒  ผลการดำเนินการตามมาตรการ', '๒'), ('ส่วนที่ ๓  ปัญหาอุปสรรคและข้อเสนอแนะ', '๕')]:
        para(d, a + '  ' + '.' * 80 + '  ' + b, indent=1.5)
    page_break(d)
    para(d, 'ส่วนที่ ๑  ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', True, size=15)
    para(d, '\tเทศบาลนครโคราชเกษมได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ '
            'พ.ศ. ๒๕๖๘ คะแนนรวม ๘๘.๔๑ คะแนน อยู่ในระดับ “ผ่าน” รายละเอียดคะแนนรายแบบวัดตามตาราง')
    t2 = d.add_table(rows=5, cols=2); t2.style = 'Table Grid'
    for i, row in enumerate([('แบบวัด', 'คะแนน'), ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', '๘๙.๗๒'),
                             ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', '๘๕.๑๐'),
                             ('แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', '๘๖.๐๔'), ('คะแนนรวม', '๘๖.๙๓')]):
        for j, v in enumerate(row):
            cell(t2.rows[i].cells[j], v, i in (0, 4), center=j > 0)
    widths(t2, [10, 3])
    para(d, '')
    para(d, 'ส่วนที่ ๒  ผลการดำเนินการตามมาตรการ', True, size=15)
    hd = ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การกำกับติดตาม', 'ผลผลิต', 'ผลลัพธ์']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 13); shade(t.rows[0].cells[i], 'FFF2CC')
    repeat_header(t.rows[0])
    for g, ms in GROUPS:
        r = t.add_row()
        m0 = r.cells[0].merge(r.cells[7]); cell(m0, g, True, size=13); shade(m0, 'EDEDED')
        for m in ms:
            c = t.add_row().cells
            for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
                cell(c[i], v, center=(i == 0 or v in ('-', '......')), size=13)
    widths(t, [1.5, 4.6, 5.2, 3.0, 2.4, 3.2, 3.0, 3.4])
    para(d, '')
    para(d, 'ส่วนที่ ๓  ปัญหาอุปสรรคและข้อเสนอแนะ', True, size=15)
    para(d, '\t๑) ระบบ GPS บางคันขาดการเชื่อมต่อในพื้นที่อับสัญญาณ ทำให้ต้องตรวจสอบย้อนหลังจากสมุดบันทึกการใช้รถ')
    para(d, '\t๒) ควรจัดเวทีรับฟังความคิดเห็นในช่วงเย็นหรือวันหยุดเพื่อให้ผู้ค้าในตลาดเข้าร่วมได้มากขึ้น')
    signatures(d, ('นางสาวจิราพร ปักธงชัยกุล', 'ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ', 'ผู้รายงาน'),
               ('นายวีระพงษ์ โคราชเกษมสุข', 'นายกเทศมนตรีนครโคราชเกษม', 'ผู้อนุมัติ'))
    src = os.path.join(BUILD, 'r01.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure ข้อ ๒: monitoring (การกำกับติดตาม) is "-"', 'measure ข้อ ๔: period (ระยะเวลา) is "......"',
           'score: FY ๒๕๖๘ total ๘๘.๔๑ in the prose but ๘๖.๙๓ in the IIT/EIT/OIT table (contradictory)'],
          'Word (Laksaman, landscape) exported to PDF: cover page, สารบัญ, part ๑ prose ๘๘.๔๑ + IIT/EIT/OIT table total ๘๖.๙๓ '
          '(contradiction); part ๒ 8-column table with own การกำกับติดตาม, separate ผลผลิต/ผลลัพธ์; shaded group rows "ด้านที่ ๑/๒" '
          '(not measures); numbers ข้อ ๑-ข้อ ๖ (Thai digits); header repeated; a row cut by a page break belongs to the row above; '
          'running header from page 2, footer "- n -"; part ๓ problems; signature table.')


# ---------------------------------------------------------------- r05 (NEW: XeLaTeX)
def tex_esc(s):
    return (s.replace('\\', r'\textbackslash{}').replace('&', r'\&').replace('%', r'\%').replace('#', r'\#')
             .replace('_', r'\_').replace('$', r'\$'))


def r05():
    F = 'r05_rru_surinkasem_results_2569.pdf'
    AG = 'คณะครุศาสตร์ มหาวิทยาลัยราชภัฏสุรินทร์เกษม'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการเบิกจ่ายงบประมาณโครงการบริการวิชาการของคณะรายไตรมาส',
          steps=['งานพัสดุคณะสรุปผลการจัดซื้อจัดจ้าง', 'รองคณบดีฝ่ายบริหารตรวจสอบ', 'เผยแพร่บนเว็บไซต์คณะภายใน 15 วันหลังสิ้นไตรมาส'],
          resp='สำนักงานคณบดี (งานคลังและพัสดุ)', period='ต.ค. 2568 – ก.ย. 2569', mon='รองคณบดีฝ่ายบริหารรายงานที่ประชุมกรรมการประจำคณะทุกไตรมาส',
          out='เผยแพร่ครบ 4 ไตรมาส 164 รายการ', outc='ไม่มีข้อร้องเรียนด้านการจัดซื้อจัดจ้าง'),
     dict(n='2', title='ประกาศหลักเกณฑ์และผลการคัดเลือกสถานศึกษาฝึกประสบการณ์วิชาชีพครูอย่างโปร่งใส',
          steps=['ประกาศหลักเกณฑ์ก่อนเปิดภาคเรียน', 'ให้นักศึกษาเลือกสถานศึกษาผ่านระบบออนไลน์', 'ประกาศผลพร้อมคะแนนเรียงลำดับ'],
          resp='ศูนย์ฝึกประสบการณ์วิชาชีพครู', period='มี.ค. – พ.ค. 2569', mon='ผู้อำนวยการศูนย์ฯ รายงานคณบดี',
          out='นักศึกษา 412 คน สถานศึกษา 97 แห่ง', outc='ไม่มีการอุทธรณ์ผลการคัดเลือก'),
     dict(n='3', title='ป้องกันการรับผลประโยชน์ในการรับนักศึกษาหลักสูตรประกาศนียบัตรบัณฑิตวิชาชีพครู',
          steps=['แต่งตั้งกรรมการสอบสัมภาษณ์อย่างน้อย 3 คนต่อห้อง', 'ให้กรรมการลงนามเปิดเผยผลประโยชน์ทับซ้อน', 'ประกาศผลคะแนนรายบุคคล'],
          resp='งานบัณฑิตศึกษา คณะครุศาสตร์', period='เม.ย. – มิ.ย. 2569', mon='',
          out='ผู้สมัคร 286 คน กรรมการลงนามครบ 27 คน', outc='ไม่พบข้อร้องเรียนการเรียกรับผลประโยชน์'),
     dict(n='4', title='อบรมจริยธรรมวิชาชีพครูและการขัดกันแห่งผลประโยชน์สำหรับอาจารย์และบุคลากร',
          steps=['จัดอบรมร่วมกับคุรุสภาเขตพื้นที่', 'ทดสอบความรู้หลังอบรม', 'จัดทำคู่มือแนวปฏิบัติเผยแพร่'],
          resp='รองคณบดีฝ่ายบริหารและพัฒนาบุคลากร', period='ม.ค. 2569', mon='สรุปผลการอบรมเสนอคณบดีภายใน 30 วัน',
          out='ผู้เข้าอบรม 68 คน คู่มือ 1 เล่ม', outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 94'),
     dict(n='5', title='เปิดช่องทางร้องเรียนการทุจริตและแจ้งผลการดำเนินการแก่ผู้ร้องเรียน',
          steps='-', resp='สำนักงานคณบดี (งานบริหารทั่วไป)', period='ต.ค. 2568 – ก.ย. 2569',
          mon='รายงานสถิติเรื่องร้องเรียนต่อที่ประชุมกรรมการประจำคณะทุก 6 เดือน',
          out='เรื่องร้องเรียน 4 เรื่อง แจ้งผลครบ 4 เรื่อง', outc='ผู้ร้องได้รับแจ้งผลภายใน 30 วันร้อยละ 100'),
    ]

    def cellt(v):
        if isinstance(v, list):
            return (r'\begin{enumerate}[label=\arabic*),leftmargin=*,nosep,before=\vspace{-\baselineskip}\vspace{2pt}]' +
                    ''.join(r'\item ' + tex_esc(x) for x in v) + r'\end{enumerate}')
        return tex_esc(v)

    rows = []
    for m in MS:
        rows.append(' & '.join([r'\centering ' + m['n']] + [cellt(m[k]) for k in
                                ('title', 'steps', 'resp', 'period', 'mon', 'out', 'outc')]) + r' \\ \midrule')
    head = (r'\textbf{ที่} & \textbf{มาตรการ} & \textbf{ขั้นตอน/วิธีการ} & \textbf{ผู้รับผิดชอบ} & \textbf{ระยะเวลา} & '
            r'\textbf{การติดตามผล} & \textbf{ผลผลิต} & \textbf{ผลลัพธ์} \\')
    tex = r'''%% รายงานผลมาตรการ ITA 2569 -- คณะครุศาสตร์  (compile: xelatex ita69_report.tex  x2)
\documentclass[11pt,a4paper]{article}
\usepackage[landscape,margin=1.6cm,headsep=0.6cm]{geometry}
\usepackage{fontspec}
\setmainfont[Script=Thai,Scale=1.12]{Laksaman}
\XeTeXlinebreaklocale "th"
\XeTeXlinebreakskip = 0pt plus 1pt
\linespread{1.15}
\usepackage{longtable,booktabs,array,enumitem,lastpage,fancyhdr}
\special{pdf:docinfo << /Title (ITA2569 - Faculty of Education report) /Author (Plan and QA Unit) /Creator (LaTeX with fontspec) >>}
\renewcommand{\tablename}{ตารางที่}
\renewcommand{\contentsname}{สารบัญ}
\pagestyle{fancy}
\fancyhf{}
\lhead{\small คณะครุศาสตร์ มหาวิทยาลัยราชภัฏสุรินทร์เกษม}
\rhead{\small ITA 2569 -- รายงานผลตามมาตรการ}
\cfoot{\small หน้า \thepage\ จาก \pageref{LastPage}}
\setlength{\parindent}{2em}
\newcolumntype{P}[1]{>{\raggedright\arraybackslash}p{#1}}
\begin{document}
\begin{center}
{\Large\bfseries รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\par}
{\Large\bfseries ประจำปีงบประมาณ พ.ศ. 2569\par}
\vspace{4pt}{\large คณะครุศาสตร์ มหาวิทยาลัยราชภัฏสุรินทร์เกษม\par}
\end{center}
\section*{1.\quad ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568}
มหาวิทยาลัยราชภัฏสุรินทร์เกษมได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568
ได้คะแนน 91.06 คะแนน อยู่ในระดับผ่าน คณะครุศาสตร์จึงได้นำผลการวิเคราะห์มากำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส
จำนวน 5 มาตรการ และขอรายงานผลการดำเนินการรอบ 12 เดือน (1 ตุลาคม 2568 -- 30 กันยายน 2569) ตามตารางที่~\ref{tab:res}
\section*{2.\quad ผลการดำเนินการตามมาตรการ}
{\small
\setlength{\tabcolsep}{4pt}
\begin{longtable}{@{}>{\centering\arraybackslash}p{0.6cm}P{4.3cm}P{5.0cm}P{2.8cm}P{2.1cm}P{3.0cm}P{2.6cm}P{3.0cm}@{}}
\caption{ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2569}\label{tab:res}\\
\toprule
''' + head + r'''
\midrule
\endfirsthead
\multicolumn{8}{@{}l}{\footnotesize ตารางที่~\ref{tab:res} (ต่อ)}\\
\toprule
''' + head + r'''
\midrule
\endhead
\multicolumn{8}{r@{}}{\footnotesize (มีต่อหน้าถัดไป)}\\
\endfoot
\bottomrule
\endlastfoot
''' + '\n'.join(rows) + r'''
\end{longtable}
}
\section*{3.\quad ปัญหา อุปสรรค และข้อเสนอแนะ}
ระบบเลือกสถานศึกษาฝึกประสบการณ์ออนไลน์มีผู้ใช้งานพร้อมกันจำนวนมากในวันแรก ควรเพิ่มรอบการเลือกและขยายเวลา

\vspace{1.2cm}
\noindent\begin{tabular}{@{}p{0.48\linewidth}p{0.48\linewidth}@{}}
\centering ลงชื่อ \makebox[4.5cm]{\dotfill} ผู้รายงาน\\[2pt]
\centering (นางสาวกนกพร ศีขรภูมิเกษม)\\ \centering หัวหน้างานแผนและประกันคุณภาพ &
\centering ลงชื่อ \makebox[4.5cm]{\dotfill} ผู้รับรอง\\[2pt]
\centering (ผู้ช่วยศาสตราจารย์ ดร.อนุชา ท่าตูมเกษม)\\ \centering คณบดีคณะครุศาสตร์
\end{tabular}
\end{document}
'''
    wd = os.path.join(BUILD, 'r05_tex'); shutil.rmtree(wd, ignore_errors=True); os.makedirs(wd)
    open(os.path.join(wd, 'ita69_report.tex'), 'w', encoding='utf-8').write(tex)
    for _ in range(2):
        r = subprocess.run(['xelatex', '-interaction=nonstopmode', '-halt-on-error', 'ita69_report.tex'], cwd=wd,
                           capture_output=True, text=True)
        if r.returncode:
            print(r.stdout[-3000:]); raise SystemExit('xelatex failed')
    shutil.copy(os.path.join(wd, 'ita69_report.pdf'), os.path.join(OUT, F))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 3: monitoring (การติดตามผล) cell empty', 'measure 5: steps (ขั้นตอน/วิธีการ) is "-"'],
          'NEW FORM: a PDF TYPESET BY XeLaTeX (article class, fontspec Laksaman with Script=Thai, \\XeTeXlinebreaklocale "th" for '
          'Thai word breaking, geometry landscape, fancyhdr running head + "หน้า n จาก N" via lastpage, pdf:docinfo metadata; producer '
          'xdvipdfmx). Unnumbered \\section* headings; the 8-column table is a LONGTABLE with booktabs rules only (\\toprule/'
          '\\midrule, no vertical lines), a caption "ตารางที่ 1 …", the head repeated on the next page under "ตารางที่ 1 (ต่อ)" and '
          'a "(มีต่อหน้าถัดไป)" foot; steps are enumitem 1) 2) 3) lists inside p{} cells; own การติดตามผล; ITA 2568 score 91.06; '
          'problems section; signature tabular with dotted lines.')


# ---------------------------------------------------------------- m02
def m02():
    F = 'm02_pao_tratkasem_measures_2570.pdf'
    AG = 'องค์การบริหารส่วนจังหวัดตราดเกษม'
    MS = [
     dict(n='มาตรการที่ 1', title='เปิดเผยข้อมูลโครงการก่อสร้างและซ่อมแซมถนนลาดยางพร้อมพิกัดและความก้าวหน้ารายเดือน',
          steps='1. รวบรวมข้อมูลโครงการพร้อมพิกัด GPS\n2. แสดงแผนที่โครงการบนเว็บไซต์ อบจ.\n3. ปรับปรุงสถานะทุกวันที่ 5 ของเดือน',
          resp='กองช่าง / กองพัสดุและทรัพย์สิน', period='ต.ค. 2569 – ก.ย. 2570', mon='ผู้อำนวยการกองช่างรายงานปลัด อบจ. ทุกเดือน',
          outc='ประชาชนตรวจสอบความก้าวหน้าโครงการได้ครบทุกโครงการ'),
     dict(n='มาตรการที่ 2', title='ให้ผู้แทนชุมชนร่วมเป็นคณะกรรมการตรวจรับงานจ้างก่อสร้างวงเงินเกิน 2 ล้านบาท',
          steps='1. ออกประกาศหลักเกณฑ์การคัดเลือกผู้แทนชุมชน\n2. แต่งตั้งผู้แทนร่วมตรวจรับ\n3. เผยแพร่บันทึกการตรวจรับ',
          resp='กองช่าง', period='ม.ค. – ก.ย. 2570', mon='หน่วยตรวจสอบภายในสุ่มตรวจเอกสารการตรวจรับรายไตรมาส',
          outc='ทุกโครงการที่เข้าเกณฑ์มีผู้แทนชุมชนร่วมตรวจรับ'),
     dict(n='มาตรการที่ 3', title='ลดขั้นตอนการขออนุญาตใช้ท่าเทียบเรือและลานจอดรถของ อบจ. ผ่านระบบจองออนไลน์',
          steps='1. พัฒนาระบบจองออนไลน์\n2. ประกาศอัตราค่าธรรมเนียมและเงื่อนไข\n3. แจ้งผลการอนุญาตทาง LINE OA',
          resp='กองการท่องเที่ยวและกีฬา', period='พ.ย. 2569 – มี.ค. 2570', mon='รายงานผลการใช้ระบบต่อคณะผู้บริหาร อบจ. รายไตรมาส',
          outc='คำขออนุญาตพิจารณาแล้วเสร็จภายใน 3 วันทำการ'),
     dict(n='มาตรการที่ 4', title='อบรมประมวลจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนสำหรับบุคลากรและครูโรงเรียนในสังกัด',
          steps='1. อบรม 2 รุ่น\n2. ทดสอบก่อน-หลัง\n3. ติดตามการนำไปใช้ในหน่วยงาน',
          resp='กองการเจ้าหน้าที่', period='ก.พ. – เม.ย. 2570', mon='กองการเจ้าหน้าที่สรุปผลเสนอปลัด อบจ.',
          outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 85 ขึ้นไป'),
     dict(n='มาตรการที่ 5', title='ประกาศนโยบาย No Gift Policy ของนายก อบจ. และรายงานผลการรับของขวัญประจำปี',
          steps='1. นายก อบจ. ประกาศนโยบาย\n2. ทุกกองรายงานการรับของขวัญ\n3. เผยแพร่รายงานบนเว็บไซต์',
          resp='สำนักปลัด อบจ.', period='ต.ค. 2569 – ม.ค. 2570', mon='สำนักปลัดรวบรวมรายงานเสนอนายก อบจ.',
          outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    d = new_doc('Kinnari', 14)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.3)
    s.different_first_page_header_footer = True
    footer_pages(s, 'หน้า {P}', head='มาตรการส่งเสริมคุณธรรมและความโปร่งใส อบจ.ตราดเกษม ปีงบประมาณ 2570')
    para(d, 'บันทึกข้อความ', True, True, 22)
    para(d, 'ส่วนราชการ  สำนักปลัด องค์การบริหารส่วนจังหวัดตราดเกษม  โทร. 0 3951 2468')
    para(d, 'ที่  ตก 51001/2417                                    วันที่  20 ตุลาคม 2569')
    para(d, 'เรื่อง  ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570')
    para(d, 'เรียน  นายกองค์การบริหารส่วนจังหวัดตราดเกษม')
    para(d, '\tตามที่ อบจ.ตราดเกษมได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 สำนักปลัดได้วิเคราะห์ผลการประเมินและจัดทำ'
            'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570 รายละเอียดตามเอกสารแนบ จึงเรียนมาเพื่อโปรดพิจารณา')
    para(d, '')
    para(d, '(นางสาวศิริพร แหลมงอบเกษม)', center=True)
    para(d, 'ปลัดองค์การบริหารส่วนจังหวัดตราดเกษม', center=True)
    para(d, '')
    para(d, '☑ อนุมัติ     ☐ ไม่อนุมัติ', indent=8)
    para(d, '(นายธวัชชัย เขาสมิงวงศ์)', center=True)
    para(d, 'นายกองค์การบริหารส่วนจังหวัดตราดเกษม  21 ต.ค. 2569', center=True)
    page_break(d)
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', True, True, 18)
    para(d, AG, True, True, 16)
    para(d, '1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', True)
    para(d, '\tอบจ.ตราดเกษมได้คะแนน 89.62 คะแนน ระดับผ่าน (เกณฑ์ผ่าน 85 คะแนนขึ้นไป)')
    para(d, '2. ผลการวิเคราะห์', True)
    para(d, '2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', True, indent=0.5)
    for x in ['- การเปิดเผยข้อมูลโครงการก่อสร้างไม่ระบุสถานที่และความก้าวหน้า (OIT)',
              '- ผู้รับบริการเห็นว่าการขออนุญาตใช้ท่าเทียบเรือมีขั้นตอนมาก (EIT)']:
        para(d, x, indent=1)
    para(d, '2.2 ประเด็นที่ต้องพัฒนาให้ดีขึ้น', True, indent=0.5)
    for x in ['- การมีส่วนร่วมของประชาชนในการตรวจรับงานก่อสร้าง',
              '- ความรู้เรื่องผลประโยชน์ทับซ้อนของบุคลากรและครู',
              '- การรับของขวัญในเทศกาล']:
        para(d, x, indent=1)
    para(d, '3. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True)
    hd = ['มาตรการ', 'ชื่อมาตรการ', 'วิธีการดำเนินการ', 'หน่วยงานรับผิดชอบ', 'ห้วงเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True, 12); shade(t.rows[0].cells[i], 'E2EFDA')
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(c[i], v, center=(i == 0), size=12)
    widths(t, [1.6, 3.2, 4.3, 2.4, 1.9, 2.5, 2.5])
    signatures(d, ('นางสาวศิริพร แหลมงอบเกษม', 'ปลัดองค์การบริหารส่วนจังหวัดตราดเกษม', 'ผู้เสนอ'),
               ('นายธวัชชัย เขาสมิงวงศ์', 'นายกองค์การบริหารส่วนจังหวัดตราดเกษม', 'ผู้อนุมัติ'))
    src = os.path.join(BUILD, 'm02.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS, [],
          'Word (Kinnari, portrait) exported to PDF: page 1 บันทึกข้อความ approval memo (☑ อนุมัติ); then title FY 2570, ITA 2569 '
          'score 89.62 ผ่าน, 2.1 weaknesses and 2.2 improvements as "- " lines; 7-column table numbered "มาตรการที่ 1-5" with own '
          'การติดตามผล; "ผลที่คาดว่าจะได้รับ" = outcome; output never stated (missing by convention); header repeated; a row cut by a '
          'page break belongs to the row above; signature table. COMPLETE.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p01
def p01():
    F = 'p01_doae_chanthakasem_plan_2570.pdf'
    AG = 'สำนักงานเกษตรจังหวัดจันทเกษม'
    GROUPS = [
     ('ประเด็นที่ 1  ความโปร่งใสในการให้บริการและการช่วยเหลือเกษตรกร', [
      dict(n='1', title='เผยแพร่หลักเกณฑ์และรายชื่อเกษตรกรผู้ได้รับการช่วยเหลือกรณีภัยพิบัติด้านพืชรายอำเภอ',
           steps='1) จัดทำประกาศหลักเกณฑ์\n2) ปิดประกาศรายชื่อ ณ สำนักงานเกษตรอำเภอและที่ทำการหมู่บ้าน 15 วัน\n3) เผยแพร่บนเว็บไซต์',
           budget='12,000', resp='กลุ่มส่งเสริมและพัฒนาการผลิต', period='ต.ค. 2569 – ก.ย. 2570',
           mon='สำนักงานเกษตรอำเภอรายงานทุกเดือน', outc='เกษตรกรตรวจสอบรายชื่อได้ครบทุกอำเภอ'),
      dict(n='2', title='ขึ้นทะเบียนและปรับปรุงทะเบียนเกษตรกรผู้ปลูกทุเรียนและมังคุดผ่านแอปพลิเคชัน Farmbook โดยไม่มีค่าใช้จ่าย',
           steps='1) ประชาสัมพันธ์ “ไม่มีค่าใช้จ่าย”\n2) ตรวจสอบแปลงร่วมกับผู้นำชุมชน\n3) แจ้งผลการขึ้นทะเบียนทาง SMS',
           budget='35,000', resp='กลุ่มยุทธศาสตร์และสารสนเทศ', period='พ.ย. 2569 – พ.ค. 2570',
           mon='รายงานความก้าวหน้าต่อเกษตรจังหวัดทุกเดือน', outc='ไม่มีข้อร้องเรียนการเรียกรับเงินในการขึ้นทะเบียน'),
      dict(n='3', title='ตรวจรับรองแหล่งผลิต GAP ทุเรียนส่งออกเป็นทีมและเปิดเผยผลการตรวจ',
           steps='1) จัดชุดตรวจอย่างน้อย 2 คน\n2) สุ่มสลับพื้นที่ผู้ตรวจ\n3) ประกาศผลการรับรองบนเว็บไซต์',
           budget='48,000', resp='กลุ่มอารักขาพืช', period='ม.ค. – มิ.ย. 2570',
           mon='หัวหน้ากลุ่มรายงานเกษตรจังหวัดรายไตรมาส', outc='ผลการรับรอง GAP เผยแพร่ครบทุกแปลง'),
     ]),
     ('ประเด็นที่ 2  การเสริมสร้างวัฒนธรรมองค์กรสุจริต', [
      dict(n='4', title='อบรมเจ้าหน้าที่เรื่องการขัดกันแห่งผลประโยชน์และประมวลจริยธรรมข้าราชการพลเรือน',
           steps='1) อบรม 1 วัน\n2) ทดสอบหลังอบรม\n3) จัดทำสื่อเตือนใจประจำสำนักงาน', budget='20,000',
           resp='ฝ่ายบริหารทั่วไป', period='ก.พ. – มี.ค. 2570', mon='สรุปผลการอบรมเสนอเกษตรจังหวัด',
           outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 85'),
      dict(n='5', title='ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกเทศกาล (No Gift Policy)',
           steps='1) เกษตรจังหวัดลงนามประกาศ\n2) แจ้งเวียนสำนักงานเกษตรอำเภอ 10 แห่ง\n3) รายงานการรับของขวัญ', budget='-',
           resp='เกษตรจังหวัด / ฝ่ายบริหารทั่วไป', period='ต.ค. 2569 – ม.ค. 2570', mon='ฝ่ายบริหารทั่วไปรวบรวมรายงานเสนอเกษตรจังหวัด',
           outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
      dict(n='6', title='เผยแพร่รายงานการใช้จ่ายงบประมาณโครงการส่งเสริมการผลิตผลไม้คุณภาพรายไตรมาส',
           steps='1) สรุปผลการเบิกจ่าย\n2) เผยแพร่บนเว็บไซต์และบอร์ดประชาสัมพันธ์', budget='-',
           resp='ฝ่ายบริหารทั่วไป (งานการเงิน)', period='ม.ค. – ก.ย. 2570', mon='รายงานเกษตรจังหวัดทุกไตรมาส',
           outc='ข้อมูลการใช้จ่ายเผยแพร่ครบ 4 ไตรมาส'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    d = new_doc('Garuda', 10, landscape=True)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(1.4)
    footer_pages(s, 'หน้า {P}/{N}', head=AG + '  |  แผนปฏิบัติการ ITA 2570')
    para(d, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', True, True, 15)
    para(d, AG, True, True, 14)
    para(d, '\tจากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 สำนักงานเกษตรจังหวัดจันทเกษมได้คะแนน 87.55 คะแนน (ระดับผ่าน) '
            'จึงจัดทำแผนปฏิบัติการ 2 ประเด็น 6 กิจกรรม ดังนี้')
    hd = ['ที่', 'โครงการ/กิจกรรม', 'วิธีดำเนินการ', 'งบประมาณ (บาท)', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตาม/รายงานผล', 'ตัวชี้วัดความสำเร็จ']
    t = d.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True); shade(t.rows[0].cells[i], 'DDEBF7')
    repeat_header(t.rows[0])
    for g, ms in GROUPS:
        r = t.add_row()
        m0 = r.cells[0].merge(r.cells[7]); cell(m0, g, True); shade(m0, 'F2F2F2')
        for m in ms:
            c = t.add_row().cells
            for i, v in enumerate([m['n'], m['title'], m['steps'], m['budget'], m['resp'], m['period'], m['mon'], m['outc']]):
                cell(c[i], v, center=(i in (0, 3)))
    widths(t, [1.0, 5.0, 5.4, 1.9, 3.2, 2.4, 3.3, 3.6])
    para(d, '')
    para(d, 'ผู้จัดทำแผน  นางสาวมณีรัตน์ ขลุงเกษม  นักวิชาการเกษตรชำนาญการ ฝ่ายบริหารทั่วไป')
    para(d, 'ผู้อนุมัติแผน  นายสุรชัย มะขามเกษมกุล  เกษตรจังหวัดจันทเกษม')
    src = os.path.join(BUILD, 'p01.docx'); d.save(src)
    shutil.copy(to_pdf(src), os.path.join(OUT, F))
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'Word (Garuda 10 pt, landscape) exported to PDF: "แผนปฏิบัติการ…" FY 2570, ITA 2569 score 87.55; 8 columns incl. '
          'งบประมาณ (a "-" budget is not an element) and own การติดตาม/รายงานผล; group rows "ประเด็นที่ 1/2" (not activities); '
          'activities 1-6 with 1) 2) steps; "ตัวชี้วัดความสำเร็จ" = outcome; output never stated (missing by convention); header '
          'repeated; a row cut by a page break belongs to the row above; header/footer "หน้า n/N". COMPLETE.')


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r01', 'r05', 'm02', 'p01']:
        globals()[w]()
        print('built', w)
