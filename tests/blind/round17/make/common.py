"""Shared helpers for round 17 builders (documents + truth labels from the same data)."""
import os, re, subprocess, yaml
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
BUILD = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'build')
os.makedirs(BUILD, exist_ok=True)
LO_PROFILE = 'file:///tmp/lo_round17'

BLANKS = {'', '-', '–', '......', '……', '(ระบุ)', 'ไม่มี', '........', '.........', 'NaN'}
PENDING = 'อยู่ระหว่างดำเนินการ'
TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
AR = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')

def td(s):
    return str(s).translate(TH)

def ar(s):
    return str(s).translate(AR)

def val(v):
    if v is None:
        return ''
    if isinstance(v, (list, tuple)):
        return ' '.join(val(x) for x in v)
    return re.sub(r'<[^>]+>', '', str(v)).strip()

def el(v, outcome=False):
    t = val(v)
    if t in BLANKS or set(t) <= set('.…- '):
        return 'missing'
    if outcome and t.startswith(PENDING):
        return 'missing'
    return 'present'

def elements(m, kind, general_monitoring=False, override=None):
    e = {
        'measure': 'present',
        'steps': el(m.get('steps')),
        'responsible': el(m.get('resp')),
        'period': el(m.get('period')),
        'monitoring': 'present' if general_monitoring else el(m.get('mon')),
        'output': el(m.get('output')) if kind == 'results' else 'missing',
        'outcome': el(m.get('outcome'), outcome=True),
    }
    if override:
        e.update(override)
    return e

def write_truth(name, kind, fy, agency, unit, measures, problems, notes, sections=None,
                general_monitoring=False, overrides=None):
    overrides = overrides or {}
    ms = []
    for m in measures:
        num = m.get('num')
        ms.append({'number': None if num is None else ar(num).rstrip('.'),
                   'title': m.get('label_title', m['title'])[:60].strip(),
                   'elements': elements(m, kind, general_monitoring, overrides.get(ar(num).rstrip('.') if num else m['title']))})
    d = {'file': name, 'kind': kind, 'fiscal_year': fy, 'agency': agency, 'unit': unit, 'measures': ms}
    if kind == 'measures':
        d['sections'] = sections
    d['problems'] = problems
    d['notes'] = notes
    base = os.path.splitext(name)[0]
    with open(os.path.join(OUT, base + '.truth.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

# ---------------------------------------------------------------- docx helpers
def set_font(run, name, size=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
        szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(int(size * 2))); rpr.append(szcs)
    if bold is not None:
        run.bold = bold
        if bold:
            rpr.append(OxmlElement('w:bCs'))

def new_doc(font, size=15, landscape=False, margins=(2.0, 2.0, 2.0, 2.0)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)
    szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(size * 2)); rpr.append(szcs)
    lang = OxmlElement('w:lang'); lang.set(qn('w:bidi'), 'th-TH'); rpr.append(lang)
    pf = st.paragraph_format; pf.space_after = Pt(0); pf.space_before = Pt(0)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d

def para(d_or_cell, text='', bold=False, size=None, align=None, font=None, indent=None, space_after=None):
    p = d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        if bold: r.bold = True; r._element.get_or_add_rPr().append(OxmlElement('w:bCs'))
        if size: r.font.size = Pt(size); sz = OxmlElement('w:szCs'); sz.set(qn('w:val'), str(int(size*2))); r._element.get_or_add_rPr().append(sz)
        if font: set_font(r, font)
    if align == 'center': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'right': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def cell_lines(cell, lines, bold=False, size=None, align=None):
    if isinstance(lines, str):
        lines = lines.split('\n')
    cell.paragraphs[0].text = ''
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if ln:
            r = p.add_run(ln)
            if bold: r.bold = True; r._element.get_or_add_rPr().append(OxmlElement('w:bCs'))
            if size: r.font.size = Pt(size); sz = OxmlElement('w:szCs'); sz.set(qn('w:val'), str(int(size*2))); r._element.get_or_add_rPr().append(sz)
        if align == 'center': p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trpr.append(h)

def cant_split(row):
    trpr = row._tr.get_or_add_trPr(); trpr.append(OxmlElement('w:cantSplit'))

def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill); tcpr.append(s)

def widths(table, cms):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        if i < len(cms): gc.set(qn('w:w'), str(int(cms[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms): c.width = Cm(cms[i])

def add_field(paragraph, instr, result='1'):
    r = paragraph.add_run(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'begin'); r._element.append(fc)
    r = paragraph.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = f' {instr} '; r._element.append(it)
    r = paragraph.add_run(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'separate'); r._element.append(fc)
    paragraph.add_run(result)
    r = paragraph.add_run(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'end'); r._element.append(fc)

def header_footer(section, head_text=None, foot='page', size=12):
    if head_text:
        hp = section.header.paragraphs[0]; hp.text = ''
        r = hp.add_run(head_text); r.font.size = Pt(size)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]; fp.text = ''
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if foot == 'page':
        fp.add_run('- '); add_field(fp, 'PAGE'); fp.add_run(' -')
    elif foot == 'of':
        fp.add_run('หน้า '); add_field(fp, 'PAGE'); fp.add_run(' จาก '); add_field(fp, 'NUMPAGES')
    for r in fp.runs: r.font.size = Pt(size)

def soffice(src, fmt='pdf', outdir=BUILD):
    subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt,
                    '--outdir', outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt.split(':')[0])

def write(name, text, encoding='utf-8', newline='\n'):
    with open(os.path.join(OUT, name), 'w', encoding=encoding, newline=newline) as f:
        f.write(text)
