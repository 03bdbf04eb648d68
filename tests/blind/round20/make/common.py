"""Shared helpers for round 20 builders: label writing, Thai digits, DOCX helpers, soffice."""
import os, re, subprocess, shutil
import yaml
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
BUILD = os.path.join(OUT, 'make', 'build')
os.makedirs(BUILD, exist_ok=True)
LO_PROFILE = 'file:///tmp/lo_round20'

BLANKS = {'', '-', '–', '......', '……', '(ระบุ)', 'ไม่มี', '........', '.........'}
THAI = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
ARAB = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
ELEMS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']


def th(s):
    return str(s).translate(THAI)


def arab(s):
    return str(s).translate(ARAB)


def flat(v):
    if v is None:
        return ''
    if isinstance(v, (list, tuple)):
        return ' '.join(flat(x) for x in v)
    return str(v)


def is_blank(v, outcome=False):
    s = re.sub(r'<[^>]+>', '', flat(v)).strip()
    if s in BLANKS or re.fullmatch(r'[.…\s]*', s):
        return True
    if outcome and s == 'อยู่ระหว่างดำเนินการ':
        return True
    return False


def label(fname, kind, fy, agency, unit, measures, problems, notes, sections=None,
          general_mon=False):
    """measures: list of dicts with keys n,title,steps,resp,period,mon,out,outc and optional 'ov' overrides."""
    ms = []
    for m in measures:
        el = {
            'measure': 'present',
            'steps': 'missing' if is_blank(m.get('steps')) else 'present',
            'responsible': 'missing' if is_blank(m.get('resp')) else 'present',
            'period': 'missing' if is_blank(m.get('period')) else 'present',
            'monitoring': 'present' if (general_mon or not is_blank(m.get('mon'))) else 'missing',
            'output': 'missing' if (kind != 'results' or is_blank(m.get('out'))) else 'present',
            'outcome': 'missing' if is_blank(m.get('outc'), outcome=True) else 'present',
        }
        el.update(m.get('ov', {}))
        title = re.sub(r'\s+', ' ', m['title']).strip()
        ms.append({'number': None if m.get('n') is None else arab(str(m['n'])),
                   'title': title[:60], 'elements': el})
    d = {'file': fname, 'kind': kind, 'fiscal_year': fy, 'agency': agency, 'unit': unit,
         'measures': ms}
    if kind == 'measures':
        d['sections'] = sections
    d['problems'] = problems
    d['notes'] = notes
    base = os.path.splitext(fname)[0]
    with open(os.path.join(OUT, base + '.truth.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=200)


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
    szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(size * 2)); rpr.append(szcs)
    pf = st.paragraph_format
    pf.space_after = Pt(0); pf.space_before = Pt(0)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
    return doc


def para(container, text='', bold=False, align=None, size=None, space_after=0, italic=False):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
            set_cs_size(r, size)
        if bold:
            bcs = OxmlElement('w:bCs'); r._r.get_or_add_rPr().append(bcs)
    if align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'right':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p


def set_cs_size(run, size):
    rpr = run._r.get_or_add_rPr()
    s = OxmlElement('w:szCs'); s.set(qn('w:val'), str(int(size * 2))); rpr.append(s)


def cell_text(cell, text, bold=False, align=None, size=None):
    """text: str with '\n' -> separate paragraphs, or list of lines."""
    lines = text if isinstance(text, (list, tuple)) else str(text).split('\n')
    cell.paragraphs[0].text = ''
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size); set_cs_size(r, size)
        if bold:
            r._r.get_or_add_rPr().append(OxmlElement('w:bCs'))
        if align == 'center':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)


def cant_split(row, on=False):
    trPr = row._tr.get_or_add_trPr()
    if on:
        c = OxmlElement('w:cantSplit'); trPr.append(c)


def shade(cell, fill='D9D9D9'):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)


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


def page_field(paragraph, instr='PAGE'):
    r = paragraph.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3):
        r._r.append(e)
    return r


def thai_num_fmt(section):
    """Page numbers in Thai digits for a section."""
    sectPr = section._sectPr
    pg = OxmlElement('w:pgNumType'); pg.set(qn('w:fmt'), 'thaiNumbers'); sectPr.append(pg)


def to_pdf(docx_path, outdir=BUILD):
    subprocess.run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless',
                    '--convert-to', 'pdf', '--outdir', outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + '.pdf')


def write(name, text, encoding='utf-8'):
    with open(os.path.join(OUT, name), 'w', encoding=encoding, newline='') as f:
        f.write(text)
