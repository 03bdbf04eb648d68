"""Round 30 checks: every label parses and has the schema's shape (keys, element names and values, unit, sections for measures,
output missing for measures/plans); every document has a label and every label a document; the round's counts (7 results /
5 measures / 4 plans; 3 md, 3 txt, 3 html, 3 docx, 4 pdf); every labelled title is visible in the document's text IN ORDER
(tags stripped, entities decoded, Thai digits, whitespace, markdown marks and backslash escapes normalised; DOCX read as
displayed: body paragraphs and table cells in order, plus header/footer; for the PDFs whose table cells interleave in
pdftotext - r01, m05, p04 (Word -> LibreOffice) and r06 (HTML -> Chromium) - the builder's source in make/build/ is the
fallback; for p01's pandoc MULTILINE TABLE, whose cells are wrapped side by side, the table is read back column by column
from its dash line and each row's cell lines are joined); the fiscal year is visible; every PDF page has text."""
import os, re, subprocess, zipfile, html, collections, yaml
from lxml import etree

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
BUILD = os.path.join(OUT, 'make', 'build')
EL = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
KEYS = {'file', 'kind', 'fiscal_year', 'agency', 'unit', 'measures', 'problems', 'notes'}
A = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
MC = '{http://schemas.openxmlformats.org/markup-compatibility/2006}'
SRC = {'r01': 'r01.docx', 'r06': 'r06.html', 'm05': 'm05.docx', 'p04': 'p04.docx'}
LEGACY = set()


def unlegacy(s):
    return re.sub('[\u00a1-\u00fb]+', lambda m: m.group(0).encode('latin-1').decode('cp874', errors='replace'), s)


def docx_text(p):
    z = zipfile.ZipFile(p)
    parts = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n))
    out = []
    for n in parts:
        root = etree.fromstring(z.read(n))
        for fb in list(root.iter(MC + 'Fallback')):
            fb.getparent().remove(fb)
        for para in root.iter(W + 'p'):
            ts = [t.text or '' for t in para.iter(W + 't')
                  if next(a for a in t.iterancestors(W + 'p')) is para]
            out.append(''.join(ts))
    return '\n'.join(out)


def text(p):
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True).stdout
    if p.endswith('.docx'):
        return docx_text(p)
    raw = open(p, 'rb').read()
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:3000])
    enc = m.group(1).decode() if (m and p.endswith('.html')) else 'utf-8'
    return raw.decode({'windows-874': 'cp874'}.get(enc.lower(), enc)).lstrip('\ufeff')


COMB = set(chr(c) for c in [0x0E31] + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))


def cols_at(line, spans):
    """cut a line into cells by DISPLAY columns (Thai marks take no column)."""
    out, col, cur, k = [''] * len(spans), 0, [], 0
    for ch in line:
        if ch not in COMB:
            col += 1
        for j, (a, b) in enumerate(spans):
            if a < col <= b + 1:
                out[j] += ch
                break
    return out


def multiline(t):
    """read a pandoc multiline table back row by row: cells joined across their wrapped lines, cells of a row in order."""
    L = t.split('\n')
    for i, ln in enumerate(L):
        if re.fullmatch(r'\s*-+( -+)+\s*', ln):
            spans = [(m.start(), m.end() - 1) for m in re.finditer(r'-+', ln)]
            rows, cur, j = [], [], i + 1
            while j < len(L) and not re.fullmatch(r'\s*-{20,}\s*', L[j]):
                if not L[j].strip():
                    if cur: rows.append(cur); cur = []
                else:
                    cur.append(cols_at(L[j], spans))
                j += 1
            if cur: rows.append(cur)
            body = []
            for r in rows:
                body.append(' '.join(''.join(line[c] for line in r) for c in range(len(spans))))
            return '\n'.join(L[:i]) + '\n' + '\n'.join(body) + '\n' + '\n'.join(L[j:])
    return t


def norm(s):
    s = html.unescape(re.sub(r'<[^>]+>', '', s)).translate(A)
    return re.sub(r'[\s|*_`\\]+', '', s)


def in_order(keys, t):
    pos, miss = 0, []
    for k in keys:
        i = t.find(k, pos)
        if i < 0:
            miss.append(k)
        else:
            pos = i + len(k)
    return miss


bad = 0
docs = sorted(f for f in os.listdir(OUT) if not f.endswith('.yaml') and f not in ('INDEX.md', 'make'))
labels = sorted(f for f in os.listdir(OUT) if f.endswith('.truth.yaml'))
for y in labels:
    if not any(os.path.splitext(d)[0] + '.truth.yaml' == y for d in docs):
        print('LABEL WITHOUT DOCUMENT', y); bad += 1
kinds, fmts = collections.Counter(), collections.Counter()
for f in docs:
    y = os.path.join(OUT, os.path.splitext(f)[0] + '.truth.yaml')
    if not os.path.exists(y):
        print('NO LABEL', f); bad += 1; continue
    d = yaml.safe_load(open(y, encoding='utf-8'))
    want = KEYS | ({'sections'} if d.get('kind') == 'measures' else set())
    assert set(d) == want, (f, set(d) ^ want)
    assert d['file'] == f and d['kind'] in ('measures', 'results', 'plan'), f
    assert d['unit'] == ('activity' if d['kind'] == 'plan' else 'measure'), f
    assert isinstance(d['fiscal_year'], int) or d['fiscal_year'] is None, f
    assert isinstance(d['problems'], list) and isinstance(d['notes'], str) and d['measures'], f
    assert isinstance(d['agency'], str) and d['agency'], f
    if d['kind'] == 'measures':
        assert set(d['sections']) == {'weaknesses', 'improvements'} and set(d['sections'].values()) <= {'present', 'missing'}, f
    for m in d['measures']:
        assert set(m) == {'number', 'title', 'elements'}, (f, m)
        assert m['number'] is None or isinstance(m['number'], str), (f, m)
        assert isinstance(m['title'], str) and m['title'], (f, m)
        assert list(m['elements']) == EL and all(v in ('present', 'missing') for v in m['elements'].values()), (f, m)
        assert m['elements']['measure'] == 'present'
        if d['kind'] != 'results':
            assert m['elements']['output'] == 'missing', (f, m['number'])
    kinds[d['kind']] += 1
    fmts[f.rsplit('.', 1)[1]] += 1
    p = os.path.join(OUT, f)
    raw = text(p)
    if f[:3] in LEGACY:
        raw = unlegacy(raw)
    if f.startswith('p01'):
        raw = multiline(raw)
    t = norm(raw)
    keys = [norm(m['title'])[:20] for m in d['measures']]
    miss = in_order(keys, t)
    src = SRC.get(f[:3])
    if miss and src:
        sp = os.path.join(BUILD, src)
        st = docx_text(sp) if sp.endswith('.docx') else open(sp, encoding='utf-8').read()
        ts = norm(unlegacy(st) if f[:3] in LEGACY else st)
        miss2 = in_order(keys, ts)
        if not miss2:
            print('   (titles in order in the builder source for', f + ')')
        miss = miss2
    for k in miss:
        print('title not visible in order', f, k); bad += 1
    if str(d['fiscal_year']) not in t:
        print('FY not visible', f); bad += 1
    if f.endswith('.pdf'):
        n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout).group(1))
        for i in range(1, n + 1):
            pt = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), p, '-'], capture_output=True, text=True).stdout
            if not pt.strip():
                print('PDF page without text', f, i); bad += 1
    print('ok', f, d['kind'], d['fiscal_year'], len(d['measures']))
if kinds != {'results': 7, 'measures': 5, 'plan': 4}:
    print('KIND COUNTS', dict(kinds)); bad += 1
if fmts != {'md': 3, 'txt': 3, 'html': 3, 'docx': 3, 'pdf': 4}:
    print('FORMAT COUNTS', dict(fmts)); bad += 1
print('documents:', len(docs), 'labels:', len(labels), 'problems:', bad)
raise SystemExit(1 if bad else 0)
