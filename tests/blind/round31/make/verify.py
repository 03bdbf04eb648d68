"""Round 31 checks: labels parse and have the schema's shape; every document has a label (and vice versa); counts
(7/5/4; 3 md, 3 txt, 3 html, 3 docx, 4 pdf); every labelled title visible IN ORDER in the document's text (tags stripped,
entities decoded, Thai digits, whitespace and markdown/grid marks normalised; DOCX body + tables + header/footer; for the
PDFs whose cells interleave in pdftotext the builder's source in make/build/ is the fallback); FY visible; PDF pages have text."""
import os, re, glob, subprocess, zipfile, html, collections, yaml
from lxml import etree
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..')); BUILD = os.path.join(OUT, 'make', 'build')
EL = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
A = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
SRC = {'r01': 'r01.docx', 'm05': 'm05.docx', 'r06': 'r06.html', 'p04': 'p04.html'}

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n)):
        for para in etree.fromstring(z.read(n)).iter(W + 'p'):
            out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out)

def text(p):
    if p.endswith('.pdf'): return subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True).stdout
    if p.endswith('.docx'): return docx_text(p)
    return open(p, encoding='utf-8').read()

def norm(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s)).translate(A)
    return re.sub(r'[\s*|#\\_]+', '', s)

errs = []; kinds = collections.Counter(); exts = collections.Counter()
docs = [f for f in os.listdir(OUT) if not f.endswith('.yaml') and f not in ('INDEX.md', 'make')]
labels = glob.glob(os.path.join(OUT, '*.truth.yaml'))
for d in docs:
    if not os.path.exists(os.path.join(OUT, os.path.splitext(d)[0] + '.truth.yaml')): errs.append('no label ' + d)
for lp in sorted(labels):
    L = yaml.safe_load(open(lp, encoding='utf-8')); f = L['file']; kinds[L['kind']] += 1; exts[f.rsplit('.', 1)[1]] += 1
    keys = {'file', 'kind', 'fiscal_year', 'agency', 'unit', 'measures', 'problems', 'notes'} | ({'sections'} if L['kind'] == 'measures' else set())
    if set(L) != keys: errs.append('%s keys %s' % (f, set(L) ^ keys))
    if L['kind'] not in ('measures', 'results', 'plan'): errs.append(f + ' kind')
    if L['kind'] == 'measures' and set(L['sections']) != {'weaknesses', 'improvements'}: errs.append(f + ' sections')
    p = os.path.join(OUT, f)
    if not os.path.exists(p): errs.append('no doc ' + f); continue
    for m in L['measures']:
        if list(m['elements']) != EL or set(m['elements'].values()) - {'present', 'missing'}: errs.append(f + ' elements')
        if L['kind'] != 'results' and m['elements']['output'] != 'missing': errs.append(f + ' output')
    t = norm(text(p)); srcs = [t]
    if f[:3] in SRC: srcs.append(norm(text(os.path.join(BUILD, SRC[f[:3]]))))
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
    if not any(str(L['fiscal_year']) in s for s in srcs): errs.append(f + ' FY not visible')
if kinds != {'results': 7, 'measures': 5, 'plan': 4}: errs.append('kinds %s' % kinds)
if exts != {'md': 3, 'txt': 3, 'html': 3, 'docx': 3, 'pdf': 4}: errs.append('exts %s' % exts)
print('\n'.join(errs) or 'OK: %d labels, %d documents' % (len(labels), len(docs)))
raise SystemExit(1 if errs else 0)
