"""Round 34 helpers: labels, Thai digits, DOCX helpers, LibreOffice conversion."""
import os, re, subprocess, shutil
import yaml
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
BUILD = os.path.join(OUT, 'make', 'build')
os.makedirs(BUILD, exist_ok=True)
LO = 'file:///tmp/lo_round34'
EMPTY = {'', '-', '–', 'ไม่มี', '(ระบุ)'}
T = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')


def th(s):
    return str(s).translate(T)


def txt(v):
    if v is None:
        return ''
    if isinstance(v, (list, tuple)):
        return ' '.join(txt(x) for x in v)
    return re.sub(r'<[^>]+>', '', str(v)).strip()


def blank(v, outcome=False):
    s = txt(v)
    if s in EMPTY or re.fullmatch(r'[.…\s]*', s):
        return True
    return outcome and s == 'อยู่ระหว่างดำเนินการ'


def P(b):
    return 'missing' if b else 'present'


def label(fname, kind, fy, agency, unit, ms, problems, notes, sections=None, gmon=False):
    out = []
    for m in ms:
        el = {'measure': 'present',
              'steps': P(blank(m.get('steps'))),
              'responsible': P(blank(m.get('resp'))),
              'period': P(blank(m.get('period'))),
              'monitoring': 'present' if gmon else P(blank(m.get('mon'))),
              'output': 'missing' if kind != 'results' else P(blank(m.get('out'))),
              'outcome': P(blank(m.get('outc'), True))}
        el.update(m.get('ov', {}))
        out.append({'number': None if m.get('n') is None else str(m['n']),
                    'title': txt(m['title'])[:60].rstrip(), 'elements': el})
    d = {'file': fname, 'kind': kind, 'fiscal_year': fy, 'agency': agency, 'unit': unit,
         'measures': out}
    if kind == 'measures':
        d['sections'] = sections
    d['problems'] = problems
    d['notes'] = notes
    base = os.path.splitext(fname)[0]
    with open(os.path.join(OUT, base + '.truth.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=200)


def write(fname, s, enc='utf-8'):
    with open(os.path.join(OUT, fname), 'w', encoding=enc) as f:
        f.write(s)


# ---------- DOCX ----------
def new_doc(font='TH Sarabun New', size=15, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)
    sz = OxmlElement('w:szCs'); sz.set(qn('w:val'), str(size * 2)); rpr.append(sz)
    st.paragraph_format.space_after = Pt(0)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    if landscape:
        orient(s, True)
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def orient(s, land):
    w, h = Cm(21), Cm(29.7)
    s.orientation = WD_ORIENT.LANDSCAPE if land else WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = (h, w) if land else (w, h)


def csz(r, size):
    r.font.size = Pt(size)
    rpr = r._r.get_or_add_rPr()
    e = rpr.find(qn('w:szCs'))
    if e is None:
        e = OxmlElement('w:szCs'); rpr.append(e)
    e.set(qn('w:val'), str(int(size * 2)))


def para(d, text, bold=False, center=False, size=None, indent=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        csz(r, size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def cell(c, text, bold=False, center=False, size=None):
    """text may contain \n for separate paragraphs."""
    lines = text.split('\n') if isinstance(text, str) else list(text)
    c.paragraphs[0].text = ''
    for i, ln in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if size:
            csz(r, size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:cantSplit'); e.set(qn('w:val'), 'true'); trPr.append(e)


def widths(t, cms):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        if i < len(cms):
            gc.set(qn('w:w'), str(int(cms[i] * 567)))
    for row in t.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def field(par, instr):
    for kind, val in (('begin', None), ('instr', instr), ('separate', None), ('text', '1'), ('end', None)):
        r = par.add_run()
        if kind == 'instr':
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = val
        elif kind == 'text':
            e = OxmlElement('w:t'); e.text = val
        else:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind)
        r._r.append(e)


def footer_pages(section, fmt='หน้า {P} จาก {N}', head=None):
    if head:
        hp = section.header.paragraphs[0]
        hp.text = head
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(12)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    parts = re.split(r'(\{P\}|\{N\})', fmt)
    for x in parts:
        if x == '{P}':
            field(fp, 'PAGE')
        elif x == '{N}':
            field(fp, 'NUMPAGES')
        elif x:
            fp.add_run(x)


def to_pdf(src, outdir=BUILD, env=None):
    e = dict(os.environ, **(env or {}))
    subprocess.run(['soffice', '-env:UserInstallation=' + LO, '--headless', '--convert-to', 'pdf',
                    '--outdir', outdir, src], check=True, capture_output=True, env=e)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')


def to_txt_layout(pdf):
    return subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout


# ---------- round 32 additions (reused) ----------
import tempfile


def chrome_pdf(src_html, pdf):
    ud = tempfile.mkdtemp()
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                    '--disable-background-networking', '--user-data-dir=' + ud, '--no-pdf-header-footer',
                    '--print-to-pdf=' + pdf, 'file://' + src_html], check=True, capture_output=True)
    shutil.rmtree(ud, ignore_errors=True)


def shade(c, fill):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:shd'); e.set(qn('w:val'), 'clear'); e.set(qn('w:color'), 'auto'); e.set(qn('w:fill'), fill)
    tcPr.append(e)


def vtext(c):
    tcPr = c._tc.get_or_add_tcPr()
    e = OxmlElement('w:textDirection'); e.set(qn('w:val'), 'btLr'); tcPr.append(e)


def row_height(row, twips, rule='atLeast'):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:trHeight'); e.set(qn('w:val'), str(twips)); e.set(qn('w:hRule'), rule); trPr.append(e)


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


COMB = set(chr(c) for c in [0x0E31] + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))


def dw(s):
    """display width: Thai above/below marks take no column."""
    return sum(1 for c in s if c not in COMB)


def pad(s, w):
    return s + ' ' * max(0, w - dw(s))


# ---------- round 34 additions ----------
U_RES, U_MEA, U_PLN = 'measure', 'measure', 'activity'
BOTH = {'weaknesses': 'present', 'improvements': 'present'}


def mk(n, title, steps, resp, period, mon, out=None, outc=None, **kw):
    d = {'n': n, 'title': title, 'steps': steps, 'resp': resp, 'period': period, 'mon': mon, 'out': out, 'outc': outc}
    d.update(kw)
    return d


def nl(v):
    return '\n'.join(v) if isinstance(v, list) else (v or '')


def sp(v):
    return ' '.join(v) if isinstance(v, list) else (v or '')


def esc(s):
    import html as _h
    return _h.escape(str(s), quote=False)


def set_meta(pdf, meta):
    """rewrite a PDF's document info in place (pypdf)."""
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(clone_from=pdf)
    w.add_metadata(meta)
    tmp = pdf + '.tmp'
    with open(tmp, 'wb') as f:
        w.write(f)
    os.replace(tmp, pdf)
