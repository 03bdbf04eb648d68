# -*- coding: utf-8 -*-
"""Shared helpers for round 14 builders (documents + truth labels from the same data)."""
import os, re, subprocess, shutil, yaml
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
AR = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
def th(s): return str(s).translate(TH)
def ar(s): return str(s).translate(AR)

BLANK_RE = re.compile(r'^[\s\-–—.…_]*$')
def is_blank(v, outcome=False):
    if v is None: return True
    if isinstance(v, (list, tuple)): v = ' '.join(v)
    t = re.sub(r'<[^>]+>', ' ', str(v)).replace('&nbsp;', ' ').strip()
    if BLANK_RE.match(t): return True
    if t in ('ไม่มี', '(ระบุ)', '( ระบุ )'): return True
    if outcome and t.startswith('อยู่ระหว่างดำเนินการ'): return True
    return False

def pm(b): return 'present' if b else 'missing'

def elements(kind, m, general_mon=False, over=None):
    """m: dict with steps/resp/period/mon/out/outc values (str/list/None)."""
    e = {
        'measure': 'present',
        'steps': pm(not is_blank(m.get('steps'))),
        'responsible': pm(not is_blank(m.get('resp'))),
        'period': pm(not is_blank(m.get('period'))),
        'monitoring': pm(general_mon or not is_blank(m.get('mon'))),
        'output': pm(kind == 'results' and not is_blank(m.get('out'))),
        'outcome': pm(not is_blank(m.get('outc'), outcome=True)),
    }
    if over: e.update(over)
    if m.get('over'): e.update(m['over'])
    return e

def write_truth(name, file, kind, fy, agency, unit, measures, problems, notes, sections=None):
    d = {'file': file, 'kind': kind, 'fiscal_year': fy, 'agency': agency, 'unit': unit,
         'measures': measures}
    if kind == 'measures':
        d['sections'] = sections
    d['problems'] = problems
    d['notes'] = notes
    with open(os.path.join(OUT, name + '.truth.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)

def mrec(number, title, els):
    return {'number': None if number is None else ar(number), 'title': title[:60], 'elements': els}

def lines(v):
    if v is None: return ['']
    if isinstance(v, (list, tuple)): return list(v)
    return str(v).split('\n')

# ---------------- DOCX helpers ----------------
def new_doc(font='TH Sarabun New', size=16, landscape=False, margins=(2.0, 2.0, 2.5, 2.0)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)
    szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(int(size * 2))); rpr.append(szcs)
    pf = st.paragraph_format; pf.space_after = Pt(0); pf.space_before = Pt(0); pf.line_spacing = 1.0
    cp = d.core_properties
    cp.author = 'User'; cp.last_modified_by = 'User'; cp.comments = ''; cp.title = ''
    s = d.sections[0]
    if landscape: set_landscape(s)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d

def set_landscape(s):
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)

def set_portrait(s):
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)

def cs_font(run, size=None, bold=None, font=None):
    rpr = run._element.get_or_add_rPr()
    if font:
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
            rf.set(qn(a), font)
    if size:
        run.font.size = Pt(size)
        e = OxmlElement('w:szCs'); e.set(qn('w:val'), str(int(size * 2))); rpr.append(e)
    if bold:
        run.bold = True
        rpr.append(OxmlElement('w:bCs'))
    return run

def para(d, text='', bold=False, size=None, align=None, space_after=0, indent=None):
    p = d.add_paragraph()
    if text:
        cs_font(p.add_run(text), size=size, bold=bold)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(space_after)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    return p

def cell_text(cell, text, bold=False, size=None, align=None):
    """text: str with \n or list of lines -> one paragraph per line."""
    ls = lines(text)
    cell.text = ''
    p0 = cell.paragraphs[0]
    for i, ln in enumerate(ls):
        p = p0 if i == 0 else cell.add_paragraph()
        if ln:
            cs_font(p.add_run(ln), size=size, bold=bold)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell

def shade(cell, fill='D9D9D9'):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), fill)
    tcPr.append(sh)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)

def cant_split(row, val=False):
    pass

def table(d, ncols, widths_cm, style='Table Grid'):
    t = d.add_table(rows=0, cols=ncols)
    t.style = style
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement('w:tblLayout'); lay.set(qn('w:type'), 'fixed'); tblPr.append(lay)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths_cm):
        gc.set(qn('w:w'), str(int(w * 567)))
    t._widths = widths_cm
    return t

def add_row(t, values, bold=False, size=None, header=False, fill=None, align=None):
    r = t.add_row()
    for i, (c, v) in enumerate(zip(r.cells, values)):
        c.width = Cm(t._widths[i])
        cell_text(c, v, bold=bold, size=size, align=align)
        if fill: shade(c, fill)
    if header: repeat_header(r)
    return r

def add_field(paragraph, instr, result='', size=None, bold=False):
    """complex field: begin / instrText / separate / result / end"""
    def r_with(el):
        r = paragraph.add_run(); r._element.append(el); 
        if size: cs_font(r, size=size)
        return r
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r_with(b)
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r_with(it)
    s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate'); r_with(s)
    if result:
        rr = paragraph.add_run(result); cs_font(rr, size=size, bold=bold)
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r_with(e)

def header_footer(section, header_text=None, footer_fmt=None, size=12, thai_digits=False):
    """footer_fmt: e.g. 'หน้า {PAGE} จาก {NUMPAGES}' or '- {PAGE} -'"""
    if header_text is not None:
        hp = section.header.paragraphs[0]; hp.text = ''
        cs_font(hp.add_run(header_text), size=size); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer_fmt is not None:
        fp = section.footer.paragraphs[0]; fp.text = ''; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        parts = re.split(r'(\{PAGE\}|\{NUMPAGES\})', footer_fmt)
        for part in parts:
            if part == '{PAGE}':
                add_field(fp, ' PAGE ' + ('\\* ThaiArabic ' if thai_digits else ''), '1', size=size)
            elif part == '{NUMPAGES}':
                add_field(fp, ' NUMPAGES ' + ('\\* ThaiArabic ' if thai_digits else ''), '1', size=size)
            elif part:
                cs_font(fp.add_run(part), size=size)

def new_section(d, landscape):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    if landscape: set_landscape(s)
    else: set_portrait(s)
    return s

# ---------------- conversion ----------------
def soffice_pdf(src, outdir=BUILD):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_round14', '--headless',
                    '--convert-to', 'pdf', '--outdir', outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')

def pdftotext(pdf, *opts):
    return subprocess.run(['pdftotext', *opts, pdf, '-'], capture_output=True, text=True, check=True).stdout

def out(name): return os.path.join(OUT, name)
def build(name): return os.path.join(BUILD, name)
