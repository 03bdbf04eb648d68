"""Shared helpers for round 13 builders: truth labels, Thai digits, python-docx utilities."""
import os, re, yaml, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, 'make', 'build')
os.makedirs(BUILD, exist_ok=True)

TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
AR = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
def th(s):
    return str(s).translate(TH)
def ar(s):
    return str(s).translate(AR)

ELS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
BLANKS = {'', '-', 'ไม่มี', '(ระบุ)', 'อยู่ระหว่างดำเนินการ'}

def is_blank(v):
    if v is None:
        return True
    if isinstance(v, (list, tuple)):
        v = ' '.join(v)
    t = re.sub(r'<[^>]+>', '', str(v)).replace('&nbsp;', ' ').strip()
    t = t.strip('.… ')
    return t in BLANKS

def els(code):
    """code: 7 chars over measure,steps,responsible,period,monitoring,output,outcome; 1=present 0=missing"""
    assert len(code) == 7, code
    return {k: ('present' if c == '1' else 'missing') for k, c in zip(ELS, code)}

def unit(number, title, code):
    return {'number': None if number is None else ar(number), 'title': title[:60] if len(title) > 60 else title,
            'elements': els(code)}

def write_truth(fname, kind, fy, agency, unit_kind, measures, problems, notes, sections=None):
    d = {'file': fname, 'kind': kind, 'fiscal_year': fy, 'agency': agency, 'unit': unit_kind,
         'measures': measures}
    if kind == 'measures':
        d['sections'] = sections
    d['problems'] = problems
    d['notes'] = notes
    base = os.path.splitext(fname)[0]
    with open(os.path.join(ROOT, base + '.truth.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=110)

def check(rows, keys, code_key='code', skip=()):
    """warn when a blank-looking field is labelled present or a filled one missing (sanity aid only)."""
    for r in rows:
        code = r[code_key]
        for k, c in zip(ELS, code):
            if k not in keys or (r.get('n'), k) in skip:
                continue
            v = r.get(keys[k])
            b = is_blank(v)
            if b and c == '1':
                print('  WARN present but blank:', r.get('n'), k, repr(v)[:40])
            if (not b) and c == '0':
                print('  WARN missing but filled:', r.get('n'), k, repr(v)[:40])

# ---------------- docx helpers ----------------
def set_font(doc, name='TH Sarabun New', size=16):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), name)
    szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(int(size * 2))); rpr.append(szcs)
    pf = st.paragraph_format
    pf.space_after = Pt(0); pf.space_before = Pt(0)

def run_cs(run, size=None, bold=None):
    rpr = run._r.get_or_add_rPr()
    if size:
        run.font.size = Pt(size)
        e = OxmlElement('w:szCs'); e.set(qn('w:val'), str(int(size * 2))); rpr.append(e)
    if bold:
        run.bold = True
        e = OxmlElement('w:bCs'); rpr.append(e)
    return run

def para(container, text='', bold=False, size=None, align=None, style=None, indent=None, space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run_cs(p.add_run(text), size, bold)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p

def cell_text(cell, text, bold=False, size=None, align=None):
    """text: str (\n = new paragraph) or list of lines"""
    lines = text if isinstance(text, (list, tuple)) else str(text).split('\n')
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if ln:
            run_cs(p.add_run(ln), size, bold)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell

def shade(cell, fill='D9D9D9'):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcpr.append(s)

def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trpr.append(e)

def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths_cm):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)

def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w

def margins(section, top=2.0, bottom=1.8, left=2.0, right=1.8):
    section.top_margin = Cm(top); section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left); section.right_margin = Cm(right)

def add_field(paragraph, instr, size=None):
    r1 = paragraph.add_run(); f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin'); r1._r.append(f1)
    r2 = paragraph.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = paragraph.add_run(); f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'separate'); r3._r.append(f3)
    r4 = paragraph.add_run('1')
    r5 = paragraph.add_run(); f5 = OxmlElement('w:fldChar'); f5.set(qn('w:fldCharType'), 'end'); r5._r.append(f5)
    if size:
        for r in (r1, r2, r3, r4, r5):
            run_cs(r, size)

def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def table_borders(table, val='single', sz=4):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + edge); e.set(qn('w:val'), val); e.set(qn('w:sz'), str(sz)); e.set(qn('w:color'), '000000')
        b.append(e)
    tblPr.append(b)

def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement('w:cantSplit'))

def soffice_pdf(docx_path, outdir):
    import subprocess
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_round13', '--headless', '--convert-to', 'pdf',
                    '--outdir', outdir, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + '.pdf')
