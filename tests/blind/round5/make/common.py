"""Shared helpers for the round-5 blind test documents."""
import os, subprocess, shutil, yaml

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(OUT, 'make', 'build')
os.makedirs(BUILD, exist_ok=True)

ELEMS = ('measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome')
TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
AR = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')


def th(s):
    """Arabic -> Thai digits."""
    return str(s).translate(TH)


def ar(s):
    return str(s).translate(AR)


def E(spec='', **kw):
    """Elements dict. spec is a string of element initials that are MISSING,
    e.g. E('po') -> output and outcome missing.  Initials: m s r p n(monitoring) o(output) c(outcome).
    Keyword overrides win."""
    key = {'m': 'measure', 's': 'steps', 'r': 'responsible', 'p': 'period',
           'n': 'monitoring', 'o': 'output', 'c': 'outcome'}
    d = {e: 'present' for e in ELEMS}
    for ch in spec:
        d[key[ch]] = 'missing'
    for k, v in kw.items():
        d[k] = v
    return d


def M(number, title, missing='', **kw):
    return {'number': None if number is None else ar(str(number)).strip().rstrip('.)').lstrip('('),
            'title': title[:60], 'elements': E(missing, **kw)}


class _D(yaml.SafeDumper):
    pass


def _str(d, s):
    if '\n' in s:
        return d.represent_scalar('tag:yaml.org,2002:str', s, style='>')
    return d.represent_scalar('tag:yaml.org,2002:str', s)


_D.add_representer(str, _str)


def write_truth(fname, kind, fy, agency, unit, measures, sections=None,
                problems=(), notes=''):
    base = fname.rsplit('.', 1)[0]
    doc = {'file': fname, 'kind': kind, 'fiscal_year': fy, 'agency': agency,
           'unit': unit, 'measures': measures}
    if kind == 'measures':
        doc['sections'] = sections
    doc['problems'] = list(problems)
    doc['notes'] = ' '.join(notes.split())
    with open(os.path.join(OUT, base + '.truth.yaml'), 'w', encoding='utf-8') as f:
        yaml.dump(doc, f, Dumper=_D, allow_unicode=True, sort_keys=False, width=120)


def write_text(fname, text, encoding='utf-8'):
    with open(os.path.join(OUT, fname), 'w', encoding=encoding, newline='') as f:
        f.write(text)


def soffice_pdf(src, outdir=BUILD, filt='pdf', infilter=None):
    """Convert src with LibreOffice; returns the pdf path in outdir."""
    env = dict(os.environ, HOME=os.path.join(BUILD, '.lohome'))
    extra = ['--infilter=' + infilter] if infilter else []
    subprocess.run(['soffice', '--headless'] + extra + ['--convert-to', filt, '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')


def pdftotext_layout(pdf):
    return subprocess.run(['pdftotext', '-layout', pdf, '-'], check=True,
                          capture_output=True).stdout.decode('utf-8')


# ---- pandoc-style grid tables (for Markdown converted from Word) ----
import unicodedata


def dwidth(s):
    return sum(0 if unicodedata.combining(ch) or ch in '\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e' else 1
               for ch in s)


def _wrap(text, width):
    out = []
    for para_ in text.split('\n'):
        words = para_.split(' ')
        line = ''
        for w in words:
            cand = (line + ' ' + w) if line else w
            if dwidth(cand) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def _pad(s, w):
    return s + ' ' * (w - dwidth(s))


def grid_table(header_rows, rows, widths, header_sep='='):
    """header_rows: list of rows (may be empty); rows: list of lists of cell text ('\n' = new line in cell).
    A row given as ('SPAN', text) spans all columns."""
    widths = list(widths)
    for r in header_rows + [r for r in rows if not (isinstance(r, tuple) and r[0] == 'SPAN')]:
        for i, c in enumerate(r):
            for tok in c.replace('\n', ' ').split(' '):
                widths[i] = max(widths[i], dwidth(tok))
    total = sum(widths) + 3 * (len(widths) - 1)

    def sep(ch='-'):
        return '+' + '+'.join(ch * (w + 2) for w in widths) + '+'

    def render(r):
        if isinstance(r, tuple) and r[0] == 'SPAN':
            lines = _wrap(r[1], total)
            return ['| ' + _pad(l, total) + ' |' for l in lines]
        cols = [_wrap(c, widths[i]) for i, c in enumerate(r)]
        n = max(len(c) for c in cols)
        out = []
        for k in range(n):
            out.append('| ' + ' | '.join(_pad(cols[i][k] if k < len(cols[i]) else '', widths[i])
                                         for i in range(len(widths))) + ' |')
        return out

    lines = [sep()]
    for h in header_rows:
        lines += render(h)
    if header_rows:
        lines.append(sep(header_sep))
    for r in rows:
        lines += render(r)
        if isinstance(r, tuple):
            lines.append('+' + '-' * (total + 2) + '+')
        else:
            lines.append(sep())
    # fix separators next to spanning rows: pandoc writes full-width dashes; keep simple
    return '\n'.join(lines)
