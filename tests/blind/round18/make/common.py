# Shared helpers for round 18 builders (documents + truth labels from the same data).
import os, re, subprocess, shutil
import yaml
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
LO_PROFILE = 'file:///tmp/lo_round18'

TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
AR = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
def th(s): return str(s).translate(TH)
def ar(s): return str(s).translate(AR)

BLANKS = {'', '-', '–', '—', '......', '…', '……', '(ระบุ)', 'ไม่มี', 'n/a'}
def blank(v, outcome=False):
    if v is None: return True
    if isinstance(v, (list, tuple)):
        return all(blank(x, outcome) for x in v)
    s = re.sub(r'<[^>]+>', '', str(v)).replace('&nbsp;', ' ').strip()
    if s in BLANKS or re.fullmatch(r'[.\u2026 ]*', s): return True
    if outcome and s == 'อยู่ระหว่างดำเนินการ': return True
    return False

EL = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']

def elements(m, kind, general_mon=False, over=None):
    e = {
        'measure': 'present' if not blank(m.get('title')) else 'missing',
        'steps': 'missing' if blank(m.get('steps')) else 'present',
        'responsible': 'missing' if blank(m.get('resp')) else 'present',
        'period': 'missing' if blank(m.get('period')) else 'present',
        'monitoring': 'present' if (general_mon or not blank(m.get('mon'))) else 'missing',
        'output': 'missing' if (kind != 'results' or blank(m.get('output'))) else 'present',
        'outcome': 'missing' if blank(m.get('outcome'), outcome=True) else 'present',
    }
    if over: e.update(over)
    if kind != 'results': e['output'] = 'missing'
    return e

def write_truth(name, ext, kind, fy, agency, unit, items, problems, notes, sections=None):
    """items: list of (number, title, elements-dict)"""
    d = {'file': name + '.' + ext, 'kind': kind, 'fiscal_year': fy, 'agency': agency, 'unit': unit,
         'measures': [{'number': (None if n is None else ar(n)), 'title': t[:60], 'elements': e} for n, t, e in items]}
    if kind == 'measures':
        d['sections'] = sections
    d['problems'] = problems
    d['notes'] = notes
    with open(os.path.join(OUT, name + '.truth.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=200)

def items_from(M, kind, general_mon=False, overs=None):
    overs = overs or {}
    return [(m['no'], m['title'], elements(m, kind, general_mon, overs.get(m['no']))) for m in M]

# ---------------- DOCX helpers ----------------
def new_doc(font='TH Sarabun New', size=14, landscape=False, margins=(2.0, 2.0, 2.0, 2.0)):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)
    szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(int(size * 2))); rpr.append(szcs)
    lang = OxmlElement('w:lang'); lang.set(qn('w:bidi'), 'th-TH'); rpr.append(lang)
    pf = st.paragraph_format
    pf.space_after = Pt(0); pf.space_before = Pt(0)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return doc

def para(doc_or_cell, text='', bold=False, size=None, align=None, italic=False, space_after=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: set_size(r, size)
        if bold:
            rpr = r._element.get_or_add_rPr(); b = OxmlElement('w:bCs'); rpr.append(b)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def set_size(r, size):
    r.font.size = Pt(size)
    rpr = r._element.get_or_add_rPr()
    sc = OxmlElement('w:szCs'); sc.set(qn('w:val'), str(int(size * 2))); rpr.append(sc)

def cell_text(cell, text, bold=False, align=None, size=None):
    """text: str with \n for paragraphs, or list of lines"""
    lines = text if isinstance(text, (list, tuple)) else str(text).split('\n')
    cell.paragraphs[0].text = ''
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if ln:
            r = p.add_run(ln); r.bold = bold
            if size: set_size(r, size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def shade(cell, fill='D9D9D9'):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), fill)
    tcPr.append(sh)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)

def cant_split(row, on=False):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement('w:cantSplit'); c.set(qn('w:val'), 'true' if on else 'false'); trPr.append(c)

def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        if i < len(widths_cm): gc.set(qn('w:w'), str(int(widths_cm[i] * 567)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn('w:tblW'))
    if tw is None:
        tw = OxmlElement('w:tblW'); tblPr.append(tw)
    tw.set(qn('w:w'), str(int(sum(widths_cm) * 567))); tw.set(qn('w:type'), 'dxa')
    lay = OxmlElement('w:tblLayout'); lay.set(qn('w:type'), 'fixed'); tblPr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)

def add_field(paragraph, instr):
    r = paragraph.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r._r.append(f1)
    r2 = paragraph.add_run()
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = paragraph.add_run()
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate'); r3._r.append(f2)
    r4 = paragraph.add_run('1')
    r5 = paragraph.add_run()
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end'); r5._r.append(f3)

def header_footer(doc, head_text=None, foot='page', size=12, section=None):
    s = section or doc.sections[0]
    if head_text:
        hp = s.header.paragraphs[0]; hp.text = ''
        r = hp.add_run(head_text); set_size(r, size)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = s.footer.paragraphs[0]; fp.text = ''
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if foot == 'page':
        fp.add_run('- '); add_field(fp, ' PAGE '); fp.add_run(' -')
    elif foot == 'pageof':
        fp.add_run('หน้า '); add_field(fp, ' PAGE '); fp.add_run(' จาก '); add_field(fp, ' NUMPAGES ')
    for r in fp.runs: set_size(r, size)

def table_borders(table, val='single'):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), val); x.set(qn('w:sz'), '4'); x.set(qn('w:space'), '0'); x.set(qn('w:color'), 'auto')
        b.append(x)
    tblPr.append(b)

def to_pdf(docx_path, outdir=BUILD):
    subprocess.run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--convert-to', 'pdf',
                    '--outdir', outdir, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + '.pdf')

def out(name, ext): return os.path.join(OUT, name + '.' + ext)

def table_doc(font, size, landscape, titles, intro, header, rows, widths, after=(), head_text=None, foot='page',
              group_fill='F2F2F2', header_fill='D9E2F3', repeat=True, before_table=None, margins=(1.8, 1.5, 2.0, 1.8),
              title_size=None, numbered_center=True):
    """rows: list of lists (cells) or ('group', text) tuples. intro/after: list of str or (str, bold) tuples."""
    doc = new_doc(font, size, landscape, margins)
    header_footer(doc, head_text, foot, size - 2)
    for t in titles: para(doc, t, True, title_size or size + 2, 'c')
    para(doc, '')
    def _p(x):
        if isinstance(x, tuple): para(doc, x[0], x[1])
        else: para(doc, x)
    for x in intro: _p(x)
    if before_table: before_table(doc)
    t = doc.add_table(rows=1, cols=len(header)); t.style = 'Table Grid'
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, align='c'); shade(t.rows[0].cells[i], header_fill)
    if repeat: repeat_header(t.rows[0])
    for rw in rows:
        r = t.add_row()
        if isinstance(rw, tuple) and rw[0] == 'group':
            c = r.cells[0].merge(r.cells[-1]); cell_text(c, rw[1], bold=True); shade(c, group_fill)
            continue
        for i, v in enumerate(rw):
            cell_text(r.cells[i], v, align='c' if ((i == 0 and numbered_center) or v in ('-', '✓')) else None)
    col_widths(t, widths)
    para(doc, '')
    for x in after: _p(x)
    return doc
