"""Shared helpers for round 16 builders: truth labels, Thai digits, DOCX helpers, soffice."""
import os, re, subprocess, shutil, copy
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

TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
AR = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')


def th(s):
    return str(s).translate(TH)


def ar(s):
    return str(s).translate(AR)


EMPTY = {'', '-', '–', 'ไม่มี', '......', '……', '…………', '(ระบุ)', '..........'}


def has(v, outcome=False):
    if v is None:
        return False
    if isinstance(v, (list, tuple)):
        v = ' '.join(v)
    t = re.sub(r'\s+', ' ', str(v)).strip()
    if t in EMPTY or re.fullmatch(r'[.…\s]*', t):
        return False
    if outcome and t.startswith('อยู่ระหว่างดำเนินการ'):
        return False
    return True


ELS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
NAMES = {'steps': 'steps', 'responsible': 'responsible unit', 'period': 'period',
         'monitoring': 'monitoring/reporting', 'output': 'output', 'outcome': 'outcome'}


def elements(m, kind, general_monitoring=False, override=None):
    """m: dict with keys steps, resp, period, mon, output, outcome (strings/lists or None)."""
    e = {'measure': 'present'}
    e['steps'] = 'present' if has(m.get('steps')) else 'missing'
    e['responsible'] = 'present' if has(m.get('resp')) else 'missing'
    e['period'] = 'present' if has(m.get('period')) else 'missing'
    e['monitoring'] = 'present' if (general_monitoring or has(m.get('mon'))) else 'missing'
    if kind == 'results':
        e['output'] = 'present' if has(m.get('output')) else 'missing'
    else:
        e['output'] = 'missing'
    e['outcome'] = 'present' if has(m.get('outcome'), outcome=True) else 'missing'
    for k, v in (override or {}).items():
        e[k] = v
    for k, v in (m.get('override') or {}).items():
        e[k] = v
    return e


def auto_problems(measures, kind, word='measure'):
    out = []
    for m in measures:
        if m.get('_e') is None:
            continue
        for k in ['steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']:
            if kind != 'results' and k == 'output':
                continue
            if m['_e'][k] == 'missing' and not m.get('_quiet', {}).get(k):
                out.append(f"{word} {m['label_no'] or m['title'][:20]}: {NAMES[k]} not stated")
    return out


def write_truth(name, ext, kind, fy, agency, unit, measures, sections=None, problems=None,
               notes='', general_monitoring=False, word=None):
    ms = []
    for m in measures:
        e = m.get('_e') or elements(m, kind, general_monitoring)
        m['_e'] = e
        ms.append({'number': m['label_no'], 'title': m['title'][:60], 'elements': e})
    word = word or unit
    probs = auto_problems(measures, kind, word) + list(problems or [])
    d = {'file': f'{name}.{ext}', 'kind': kind, 'fiscal_year': fy, 'agency': agency, 'unit': unit,
         'measures': ms}
    if kind == 'measures':
        d['sections'] = sections
    d['problems'] = probs
    d['notes'] = notes
    with open(os.path.join(OUT, f'{name}.truth.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)


def lines(v, bullet=''):
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return [bullet + x for x in v]
    return [v]


# ---------------------------------------------------------------- DOCX helpers
def new_doc(font='TH SarabunIT๙', size=16, landscape=False, margins=(2.0, 2.0, 2.5, 1.5)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)
    szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(size * 2)); rpr.append(szcs)
    lang = OxmlElement('w:lang'); lang.set(qn('w:bidi'), 'th-TH'); rpr.append(lang)
    pf = st.paragraph_format
    pf.space_after = Pt(0); pf.space_before = Pt(0); pf.line_spacing = 1.0
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        set_landscape(sec)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in (margins[0], margins[1], margins[2], margins[3])]
    return d


def set_landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)


def para(d, text='', bold=False, size=None, align=None, space_after=0, italic=False, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
            r._r.get_or_add_rPr()
            szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(int(size * 2))); r._r.rPr.append(szcs)
        if bold:
            bcs = OxmlElement('w:bCs'); r._r.get_or_add_rPr().append(bcs)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False, size=None, align=None, shade=None):
    """text: str or list of lines (each its own paragraph)."""
    ls = text if isinstance(text, (list, tuple)) else [text if text is not None else '']
    cell.paragraphs[0].text = ''
    for i, t in enumerate(ls):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if t:
            r = p.add_run(t)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
                szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(int(size * 2))); r._r.get_or_add_rPr().append(szcs)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), shade)
        tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)


def cant_split(row, on=False):
    if on:
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement('w:cantSplit'))


def widths(table, cms):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        if i < len(cms):
            gc.set(qn('w:w'), str(int(cms[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])


def header_footer(d, head=None, foot_page=None, foot_text=None, size=12):
    """foot_page: format with {P} and {N} e.g. 'หน้า {P} จาก {N}' (PAGE/NUMPAGES fields, Thai digits via \\* ThaiArabic)."""
    for sec in d.sections:
        if head is not None:
            hp = sec.header.paragraphs[0]
            hp.text = ''
            r = hp.add_run(head); r.font.size = Pt(size)
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if foot_page or foot_text:
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if foot_text:
                r = fp.add_run(foot_text); r.font.size = Pt(size)
            if foot_page:
                parts = re.split(r'(\{P\}|\{N\})', foot_page)
                for part in parts:
                    if part == '{P}':
                        add_field(fp, 'PAGE', size)
                    elif part == '{N}':
                        add_field(fp, 'NUMPAGES', size)
                    elif part:
                        r = fp.add_run(part); r.font.size = Pt(size)


def add_field(p, instr, size=12, result='1'):
    def run():
        r = p.add_run(); r.font.size = Pt(size); return r
    r = run(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'begin'); r._r.append(fc)
    r = run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = f' {instr} '; r._r.append(it)
    r = run(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'separate'); r._r.append(fc)
    r = run(); t = OxmlElement('w:t'); t.text = result; r._r.append(t)
    r = run(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'end'); r._r.append(fc)


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def soffice_pdf(docx_path, outdir):
    env = dict(os.environ)
    cmd = ['soffice', '-env:UserInstallation=file:///tmp/lo_round16', '--headless', '--convert-to', 'pdf',
           '--outdir', outdir, docx_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600, env=env)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + '.pdf')


def make_table(d, header, rows, cms, size=14, repeat=True, style='Table Grid', hshade='D9D9D9', group_shade='EDEDED'):
    """header: list of cell texts (one header row). rows: list of lists (cells str/list) or ('group', text)."""
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size, align='c', shade=hshade)
    if repeat:
        repeat_header(t.rows[0])
    for r in rows:
        row = t.add_row()
        if isinstance(r, tuple) and r[0] == 'group':
            c = row.cells[0].merge(row.cells[-1])
            cell_text(c, r[1], bold=True, size=size, shade=group_shade)
            continue
        for i, v in enumerate(r):
            cell_text(row.cells[i], v, size=size, align='c' if i == 0 else None)
    widths(t, cms)
    return t


def sign(d, name, pos, pos2=None, indent=9.0):
    for s in ['', '(ลงชื่อ) ....................................................', f'({name})', pos] + ([pos2] if pos2 else []):
        p = para(d, s)
        p.paragraph_format.left_indent = Cm(indent)
