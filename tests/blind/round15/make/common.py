"""Shared helpers for round 15 builders: element judgement, truth writer, docx helpers, soffice."""
import os, re, subprocess, copy, yaml
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BUILD = os.path.join(HERE, 'build')
os.makedirs(BUILD, exist_ok=True)

TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
def th(s):
    return str(s).translate(TH)

def blank(v):
    if v is None:
        return True
    if isinstance(v, (list, tuple)):
        v = ' '.join(v)
    s = re.sub(r'<[^>]+>', '', str(v)).strip()
    if s in ('', 'ไม่มี', '(ระบุ)', 'NaN', 'คลิกหรือแตะที่นี่เพื่อใส่ข้อความ'):
        return True
    return re.fullmatch(r'[\s\.\-–—…_]*', s) is not None

def judge(v, outcome=False):
    if blank(v):
        return 'missing'
    if outcome:
        s = re.sub(r'<[^>]+>', '', ' '.join(v) if isinstance(v, (list, tuple)) else str(v)).strip()
        if s.replace(' ', '') in ('อยู่ระหว่างดำเนินการ', 'อยู่ระหว่างการดำเนินการ'):
            return 'missing'
    return 'present'

ELS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']

def elements(m, kind, gen_mon=False, no_steps_col=False):
    e = {'measure': 'present'}
    e['steps'] = 'missing' if no_steps_col else judge(m.get('steps'))
    e['responsible'] = judge(m.get('resp'))
    e['period'] = judge(m.get('period'))
    e['monitoring'] = 'present' if gen_mon else judge(m.get('mon'))
    e['output'] = judge(m.get('out')) if kind == 'results' else 'missing'
    e['outcome'] = judge(m.get('oc'), outcome=True)
    e.update(m.get('ov', {}))
    return e

def write_truth(fname, kind, fy, agency, unit, ms, problems, notes, sections=None,
                gen_mon=False, no_steps_col=False):
    base = os.path.splitext(fname)[0]
    d = {'file': fname, 'kind': kind, 'fiscal_year': fy, 'agency': agency, 'unit': unit, 'measures': []}
    for m in ms:
        d['measures'].append({'number': m['n'], 'title': m['title'][:60],
                              'elements': elements(m, kind, gen_mon, no_steps_col)})
    if kind == 'measures':
        d['sections'] = sections
    d['problems'] = problems
    d['notes'] = notes
    with open(os.path.join(OUT, base + '.truth.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def lines(v):
    if v is None:
        return ['']
    if isinstance(v, (list, tuple)):
        return list(v)
    return str(v).split('\n')

# ---------------- docx helpers ----------------
def new_doc(font='TH SarabunPSK', size=16, landscape=False, margins=(2.0, 2.0, 2.0, 2.0)):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)
    szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(int(size * 2))); rpr.append(szcs)
    lang = OxmlElement('w:lang'); lang.set(qn('w:val'), 'th-TH'); lang.set(qn('w:bidi'), 'th-TH'); rpr.append(lang)
    pf = st.paragraph_format
    pf.space_after = Pt(0); pf.space_before = Pt(0); pf.line_spacing = 1.0
    sec = doc.sections[0]
    if landscape:
        set_landscape(sec)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
    return doc

def set_landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w

def run_fmt(run, bold=False, size=None, italic=False, color=None, font=None):
    run.bold = bold; run.italic = italic
    if size:
        run.font.size = Pt(size)
        rpr = run._r.get_or_add_rPr()
        s = OxmlElement('w:szCs'); s.set(qn('w:val'), str(int(size * 2))); rpr.append(s)
    if bold:
        rpr = run._r.get_or_add_rPr(); rpr.append(OxmlElement('w:bCs'))
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if font:
        run.font.name = font
        rf = run._r.get_or_add_rPr().get_or_add_rFonts()
        rf.set(qn('w:cs'), font)

def para(doc, text='', bold=False, size=None, align=None, indent=None, after=0, italic=False):
    p = doc.add_paragraph()
    if text:
        run_fmt(p.add_run(text), bold=bold, size=size, italic=italic)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY if hasattr(WD_ALIGN_PARAGRAPH, 'THAI_JUSTIFY') else WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if after:
        p.paragraph_format.space_after = Pt(after)
    return p

def set_cell(cell, v, bold=False, size=None, align=None, shade=None):
    ls = lines(v)
    p = cell.paragraphs[0]
    for i, t in enumerate(ls):
        if i:
            p = cell.add_paragraph()
        if t:
            run_fmt(p.add_run(t), bold=bold, size=size)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        shade_cell(cell, shade)

def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), fill)
    tcPr.append(sh)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)

def col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        if i < len(widths_cm):
            gc.set(qn('w:w'), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])

def add_field(par, instr, size=None):
    r1 = par.add_run(); f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r1._r.append(f1)
    r2 = par.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' %s ' % instr; r2._r.append(it)
    r3 = par.add_run(); f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'separate'); r3._r.append(f3)
    r4 = par.add_run('1')
    r5 = par.add_run(); f5 = OxmlElement('w:fldChar'); f5.set(qn('w:fldCharType'), 'end'); r5._r.append(f5)
    if size:
        for r in (r1, r2, r3, r4, r5):
            run_fmt(r, size=size)

def header_footer(sec, head_text=None, foot=None, size=12):
    """foot: None | 'dash' (- n -) | 'of' (หน้า n จาก N) | 'page' (หน้า n)"""
    if head_text:
        hp = sec.header.paragraphs[0]; hp.text = ''
        run_fmt(hp.add_run(head_text), size=size); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if foot:
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if foot == 'dash':
            run_fmt(fp.add_run('- '), size=size); add_field(fp, 'PAGE', size); run_fmt(fp.add_run(' -'), size=size)
        elif foot == 'of':
            run_fmt(fp.add_run('หน้า '), size=size); add_field(fp, 'PAGE', size); run_fmt(fp.add_run(' จาก '), size=size); add_field(fp, 'NUMPAGES', size)
        else:
            run_fmt(fp.add_run('หน้า '), size=size); add_field(fp, 'PAGE', size)

def cell_valign_top(table):
    for row in table.rows:
        for c in row.cells:
            tcPr = c._tc.get_or_add_tcPr()
            if tcPr.find(qn('w:vAlign')) is None:
                v = OxmlElement('w:vAlign'); v.set(qn('w:val'), 'top'); tcPr.append(v)

def soffice_pdf(src, outdir=BUILD):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_round15', '--headless',
                    '--convert-to', 'pdf', '--outdir', outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')

def write(name, text, enc='utf-8', newline='\n'):
    with open(os.path.join(OUT, name), 'w', encoding=enc, newline=newline) as f:
        f.write(text)
