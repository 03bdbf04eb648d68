"""Shared helpers for round 12 builders: blank detection, truth-file writer, DOCX helpers, soffice."""
import os, re, subprocess, shutil
import yaml
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
BUILD = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'build')
os.makedirs(BUILD, exist_ok=True)

TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
AR = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')


def th(s):
    return str(s).translate(TH)


BLANKS = {'', '-', '–', 'ไม่มี', '(ระบุ)', 'n/a'}


def is_blank(v, outcome=False):
    if v is None:
        return True
    if isinstance(v, (list, tuple)):
        return all(is_blank(x, outcome) for x in v)
    s = re.sub(r'<[^>]+>', '', str(v)).replace('&nbsp;', ' ').strip()
    if s in BLANKS:
        return True
    if re.fullmatch(r'[.…\s]+', s):
        return True
    if outcome and s.startswith('อยู่ระหว่างดำเนินการ'):
        return True
    return False


ELEMS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']


def elements(u, kind, general_monitoring=False):
    """u: dict with keys title, steps, resp, period, monitor, output, outcome (+ optional 'force': {elem: state})."""
    e = {}
    e['measure'] = 'missing' if is_blank(u.get('title')) else 'present'
    e['steps'] = 'missing' if is_blank(u.get('steps')) else 'present'
    e['responsible'] = 'missing' if is_blank(u.get('resp')) else 'present'
    e['period'] = 'missing' if is_blank(u.get('period')) else 'present'
    e['monitoring'] = 'present' if (general_monitoring or not is_blank(u.get('monitor'))) else 'missing'
    if kind == 'results':
        e['output'] = 'missing' if is_blank(u.get('output')) else 'present'
    else:
        e['output'] = 'missing'
    e['outcome'] = 'missing' if is_blank(u.get('outcome'), outcome=True) else 'present'
    e.update(u.get('force', {}))
    return e


def write_truth(fname, kind, fy, agency, unit, units, problems, notes, sections=None, general_monitoring=False):
    ms = []
    for u in units:
        title = re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', u['title'])).strip()
        ms.append({'number': u.get('num'), 'title': title[:60],
                   'elements': elements(u, kind, general_monitoring)})
    d = {'file': fname, 'kind': kind, 'fiscal_year': fy, 'agency': agency, 'unit': unit, 'measures': ms}
    if kind == 'measures':
        d['sections'] = sections
    d['problems'] = problems
    d['notes'] = notes
    base = fname.rsplit('.', 1)[0]
    with open(os.path.join(OUT, base + '.truth.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=120)


def text_of(v, sep='\n'):
    if v is None:
        return ''
    if isinstance(v, (list, tuple)):
        return sep.join(v)
    return str(v)


# ---------------------------------------------------------------- DOCX helpers

def new_doc(font='TH Sarabun New', size=16, landscape=False, margins=(2.0, 2.0, 2.0, 2.0)):
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
    pf = st.paragraph_format
    pf.space_after = Pt(0); pf.space_before = Pt(0)
    sec = doc.sections[0]
    if landscape:
        set_landscape(sec)
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Cm(x) for x in margins]
    return doc


def set_landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)


def set_portrait(sec):
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)


def para(doc_or_cell, text='', bold=False, size=None, align=None, indent=None, italic=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
            r._element.get_or_add_rPr()
            szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(int(size * 2)))
            r._element.rPr.append(szcs)
    if align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'right':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'justify':
        p.alignment = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY if hasattr(WD_ALIGN_PARAGRAPH, 'THAI_JUSTIFY') else WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def add_run(p, text, bold=False, size=None):
    r = p.add_run(text); r.bold = bold
    if size:
        r.font.size = Pt(size)
    return r


def cell_text(cell, text, bold=False, size=None, align=None):
    """Fill a cell: text may be str (\n = new paragraph) or list of paragraphs."""
    lines = text if isinstance(text, (list, tuple)) else str(text).split('\n')
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if ln:
            r = p.add_run(ln); r.bold = bold
            if size:
                r.font.size = Pt(size)
        if align == 'center':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader'); el.set(qn('w:val'), 'true'); trPr.append(el)


def cant_split(row, val=False):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:cantSplit'); el.set(qn('w:val'), 'true' if val else 'false'); trPr.append(el)


def shade(cell, fill='D9D9D9'):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), fill)
    tcPr.append(sh)


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        if i < len(widths_cm):
            gc.set(qn('w:w'), str(int(widths_cm[i] * 567)))


def add_field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def page_numbering_thai(sec):
    sectPr = sec._sectPr
    pg = OxmlElement('w:pgNumType'); pg.set(qn('w:fmt'), 'thaiNumbers'); sectPr.append(pg)


# ---------------------------------------------------------------- conversion

def soffice_pdf(src, outdir=BUILD):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')


def chromium_pdf(html, pdf):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + pdf, 'file://' + html], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return pdf


def simple_table(doc, headers, rows, widths, size=None, repeat=True, style='Table Grid', bold_header=True, shade_header=None):
    """rows: list of lists of str (or None for a group row given as ('GROUP', text))."""
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, bold=bold_header, size=size, align='center')
        if shade_header:
            shade(t.rows[0].cells[i], shade_header)
    if repeat:
        repeat_header(t.rows[0])
    for r in rows:
        row = t.add_row()
        if isinstance(r, tuple) and r[0] == 'GROUP':
            c = row.cells[0].merge(row.cells[-1])
            cell_text(c, r[1], bold=True, size=size)
            if len(r) > 2:
                shade(c, r[2])
            continue
        for i, v in enumerate(r):
            cell_text(row.cells[i], v if v is not None else '', size=size)
    col_widths(t, widths)
    return t
