# shared helpers for round 19 builders
import os, re, subprocess, yaml
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
LO = 'file:///tmp/lo_round19'
BLANK = {'', '-', '–', '......', '........', '……', '(ระบุ)', 'ไม่มี', None}
ELS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
KEY = {'measure': 'title', 'steps': 'steps', 'responsible': 'resp', 'period': 'period',
       'monitoring': 'mon', 'output': 'out', 'outcome': 'res'}
TD = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')

def th(s):
    return str(s).translate(TD)

def flat(v):
    if isinstance(v, (list, tuple)):
        return ' '.join(flat(x) for x in v)
    return '' if v is None else str(v).strip()

def present(m, el, kind):
    ov = m.get('ov', {})
    if el in ov:
        return ov[el]
    if kind != 'results' and el == 'output':
        return 'missing'
    v = flat(m.get(KEY[el]))
    if v in BLANK or set(v) <= set('.…- '):
        return 'missing'
    if el == 'outcome' and v == 'อยู่ระหว่างดำเนินการ':
        return 'missing'
    return 'present'

def write_truth(fname, kind, fy, agency, unit, ms, problems, notes, sections=None):
    d = {'file': fname, 'kind': kind, 'fiscal_year': fy, 'agency': agency, 'unit': unit, 'measures': []}
    for m in ms:
        d['measures'].append({'number': m.get('n'), 'title': flat(m['title'])[:60],
                              'elements': {e: present(m, e, kind) for e in ELS}})
    if kind == 'measures':
        d['sections'] = sections
    d['problems'] = problems
    d['notes'] = notes
    base = fname.rsplit('.', 1)[0]
    with open(os.path.join(OUT, base + '.truth.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=200)

# ---------- docx helpers ----------
def set_font(doc, name, size=14):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), name)
    szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(size * 2)); rpr.append(szcs)
    pf = st.paragraph_format
    pf.space_after = Pt(0); pf.space_before = Pt(0)

def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w
    section.left_margin = section.right_margin = Cm(1.6)
    section.top_margin = Cm(1.8); section.bottom_margin = Cm(1.5)

def para(doc_or_cell, text, bold=False, align=None, size=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if bold:
        r._r.get_or_add_rPr().append(OxmlElement('w:bCs'))
    if size:
        r.font.size = Pt(size)
        sz = OxmlElement('w:szCs'); sz.set(qn('w:val'), str(int(size * 2))); r._r.get_or_add_rPr().append(sz)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p

def cell_text(cell, text, bold=False, size=None, align=None):
    lines = text if isinstance(text, (list, tuple)) else [text]
    cell.paragraphs[0].text = ''
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln); r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)

def shade(cell, fill='D9D9D9'):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)

def add_field(par, instr):
    r = par.add_run()
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r._r.append(b)
    r2 = par.add_run()
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r3._r.append(e)

def header_footer(section, head_text, footer='dash'):
    hp = section.header.paragraphs[0]
    hp.text = head_text; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs: r.font.size = Pt(11)
    fp = section.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == 'dash':
        fp.add_run('- '); add_field(fp, 'PAGE'); fp.add_run(' -')
    elif footer == 'of':
        fp.add_run('หน้า '); add_field(fp, 'PAGE'); fp.add_run(' จาก '); add_field(fp, 'NUMPAGES')

def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        if i < len(cms):
            gc.set(qn('w:w'), str(int(cms[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])

def to_pdf(docx_path, outdir=BUILD):
    subprocess.run(['soffice', f'-env:UserInstallation={LO}', '--headless', '--convert-to', 'pdf',
                    '--outdir', outdir, docx_path], check=True, capture_output=True)
    return os.path.join(outdir, os.path.basename(docx_path).rsplit('.', 1)[0] + '.pdf')

def lines(v):
    return v if isinstance(v, (list, tuple)) else ([v] if v else [''])

def table_doc(path, font, size, land, runhead, title_lines, pre_paras, headers, rows, cms, post_paras, footer='dash', repeat=True, shade_hdr='D9D9D9', group_rows=None):
    """generic Word report with one ruled table; rows = list of lists (cell = str or list of lines);
    group_rows = {row_index: text} inserted as merged shaded rows before that data row"""
    doc = Document(); set_font(doc, font, size)
    s = doc.sections[0]
    if land: landscape(s)
    else:
        s.left_margin = s.right_margin = Cm(2.0)
    if runhead: header_footer(s, runhead, footer)
    for i, tl in enumerate(title_lines):
        para(doc, tl, True, 'c', size + 3 if i == 0 else size + 1)
    for p in pre_paras:
        if isinstance(p, tuple): para(doc, p[0], True)
        else: para(doc, p)
    t = doc.add_table(rows=1, cols=len(headers)); t.style = 'Table Grid'
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, True, align='c')
        if shade_hdr: shade(t.rows[0].cells[i], shade_hdr)
    if repeat: repeat_header(t.rows[0])
    group_rows = group_rows or {}
    for ri, r in enumerate(rows):
        if ri in group_rows:
            c = t.add_row().cells
            g = c[0].merge(c[-1]); cell_text(g, group_rows[ri], True); shade(g, 'F2F2F2')
        c = t.add_row().cells
        for i, v in enumerate(r): cell_text(c[i], v)
    widths(t, cms)
    for p in post_paras:
        if isinstance(p, tuple): para(doc, p[0], True, p[1] if len(p) > 1 else None)
        else: para(doc, p)
    doc.save(path)
    return path
