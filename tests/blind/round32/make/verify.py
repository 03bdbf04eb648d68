"""Round 32 checks:
- every label parses and has the schema's shape (keys, kind, unit, element names/values, sections for measures, output missing for
  measures and plans);
- every document has a label and every label has a document; the round's counts (7/5/4; 3 md, 3 txt, 3 html, 3 docx, 4 pdf);
- every labelled title is visible IN ORDER in the document's text as displayed: HTML comments (incl. Word's VML <!--[if gte vml 1]>
  copies), tags, scripts and styles removed, entities decoded, the page's declared charset honoured (r02 is windows-874); Thai digits,
  whitespace and markdown marks normalised; DOCX body + tables + header/footer; PDFs by pdftotext (which draws annotation
  appearances), and for the PDFs whose table cells interleave in pdftotext the builder's source in make/build/ is the fallback;
  r06's titles are also read from its FreeText annotations;
- r02: each title is displayed exactly once (the hidden VML copy does not count);
- the fiscal year is visible; every PDF page has text."""
import os, re, glob, subprocess, zipfile, html, collections, yaml
from lxml import etree
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..')); BUILD = os.path.join(OUT, 'make', 'build')
EL = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
A = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
SRC = {'r01': 'r01.docx', 'm05': 'm05.docx', 'p04': 'p04.html'}


def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n)):
        for para in etree.fromstring(z.read(n)).iter(W + 'p'):
            out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out)


def html_displayed(raw):
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:3000])
    enc = m.group(1).decode() if m else 'utf-8'
    s = raw.decode({'windows-874': 'cp874'}.get(enc.lower(), enc))
    s = re.sub(r'<!--.*?-->', ' ', s, flags=re.S)                     # comments, incl. <!--[if gte vml 1]> ... <![endif]-->
    s = re.sub(r'<!\[(?:if[^\]]*|endif)\]>', ' ', s)                  # downlevel-revealed markers
    s = re.sub(r'<(style|title)\b.*?</\1>', ' ', s, flags=re.S | re.I)
    return s


def annots_text(p):
    from pypdf import PdfReader
    out = []
    for pg in PdfReader(p).pages:
        for a in pg.get('/Annots') or []:
            a = a.get_object()
            if a.get('/Subtype') == '/FreeText':
                out.append(str(a.get('/Contents', '')))
    return '\n'.join(out)


def text(p):
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True).stdout
    if p.endswith('.docx'):
        return docx_text(p)
    raw = open(p, 'rb').read()
    if p.endswith('.html'):
        return html_displayed(raw)
    return raw.decode('utf-8')


def norm(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s)).translate(A)
    return re.sub(r'[\s*|#\\_]+', '', s)


errs = []; kinds = collections.Counter(); exts = collections.Counter()
docs = [f for f in os.listdir(OUT) if not f.endswith('.yaml') and f not in ('INDEX.md', 'make')]
labels = glob.glob(os.path.join(OUT, '*.truth.yaml'))
for d in docs:
    if not os.path.exists(os.path.join(OUT, os.path.splitext(d)[0] + '.truth.yaml')):
        errs.append('no label ' + d)
for lp in sorted(labels):
    L = yaml.safe_load(open(lp, encoding='utf-8')); f = L['file']; kinds[L['kind']] += 1; exts[f.rsplit('.', 1)[1]] += 1
    keys = {'file', 'kind', 'fiscal_year', 'agency', 'unit', 'measures', 'problems', 'notes'} | ({'sections'} if L['kind'] == 'measures' else set())
    if set(L) != keys: errs.append('%s keys %s' % (f, set(L) ^ keys))
    if os.path.basename(lp) != os.path.splitext(f)[0] + '.truth.yaml': errs.append(f + ' label name')
    if L['kind'] not in ('measures', 'results', 'plan'): errs.append(f + ' kind')
    if L['unit'] != ('activity' if L['kind'] == 'plan' else 'measure'): errs.append(f + ' unit')
    if not isinstance(L['fiscal_year'], int): errs.append(f + ' fiscal_year')
    if str(L['fiscal_year']) not in f: errs.append(f + ' FY not in file name')
    if not isinstance(L['problems'], list) or not isinstance(L['notes'], str): errs.append(f + ' problems/notes')
    if L['kind'] == 'measures':
        if set(L['sections']) != {'weaknesses', 'improvements'} or set(L['sections'].values()) - {'present', 'missing'}:
            errs.append(f + ' sections')
    p = os.path.join(OUT, f)
    if not os.path.exists(p): errs.append('no doc ' + f); continue
    if not L['measures']: errs.append(f + ' no measures')
    for m in L['measures']:
        if set(m) != {'number', 'title', 'elements'}: errs.append(f + ' measure keys')
        if list(m['elements']) != EL or set(m['elements'].values()) - {'present', 'missing'}: errs.append(f + ' elements')
        if m['elements']['measure'] != 'present': errs.append(f + ' measure element')
        if L['kind'] != 'results' and m['elements']['output'] != 'missing': errs.append(f + ' output')
    t = norm(text(p)); srcs = [t]
    if f[:3] in SRC: srcs.append(norm(text(os.path.join(BUILD, SRC[f[:3]]))))
    if f.startswith('r06'): srcs.append(norm(annots_text(p)))
    if p.endswith('.pdf'):
        n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout).group(1))
        for i in range(1, n + 1):
            if not subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), p, '-'], capture_output=True, text=True).stdout.strip():
                errs.append('%s page %d empty' % (f, i))
    ok = False
    for s in srcs:
        pos, good = 0, True
        for m in L['measures']:
            k = s.find(norm(m['title']), pos)
            if k < 0: good = False; break
            pos = k + 1
        if good: ok = True; break
    if not ok: errs.append(f + ' titles not visible in order')
    if f.startswith('r02'):
        for m in L['measures']:
            c = t.count(norm(m['title']))
            if c != 1: errs.append('%s title shown %d times: %s' % (f, c, m['title']))
    if not any(str(L['fiscal_year']) in s for s in srcs): errs.append(f + ' FY not visible')
if kinds != {'results': 7, 'measures': 5, 'plan': 4}: errs.append('kinds %s' % kinds)
if exts != {'md': 3, 'txt': 3, 'html': 3, 'docx': 3, 'pdf': 4}: errs.append('exts %s' % exts)
print('\n'.join(errs) or 'OK: %d labels, %d documents' % (len(labels), len(docs)))
raise SystemExit(1 if errs else 0)
