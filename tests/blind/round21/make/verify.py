"""Check labels parse and have the brief's shape, every document has a label, titles and FY visible."""
import os, re, glob, subprocess, zipfile, html, yaml
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
EL = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
A = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')


def text(p):
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True).stdout
    if p.endswith('.docx'):
        z = zipfile.ZipFile(p)
        return ' '.join(z.read(n).decode('utf-8', 'ignore') for n in z.namelist() if n.startswith('word/') and n.endswith('.xml')) + \
            ' '.join(zipfile.ZipFile(__import__('io').BytesIO(z.read(n))).read('word/document.xml').decode() for n in z.namelist() if n.endswith('.docx'))
    return open(p, encoding='utf-8').read()


def norm(s, tags=True):
    s = html.unescape(re.sub(r'<[^>]+>', '', s) if tags else s).translate(A)
    return re.sub(r'[\s|]+', '', s)


bad = 0
docs = [f for f in os.listdir(OUT) if not f.endswith('.yaml') and f not in ('INDEX.md', 'make')]
for f in sorted(docs):
    y = os.path.join(OUT, os.path.splitext(f)[0] + '.truth.yaml')
    if not os.path.exists(y):
        print('NO LABEL', f); bad += 1; continue
    d = yaml.safe_load(open(y))
    assert d['file'] == f and d['kind'] in ('measures', 'results', 'plan'), f
    assert (d['kind'] == 'measures') == ('sections' in d), f
    t = norm(text(os.path.join(OUT, f)), not f.endswith('.md'))
    if f.endswith(('.pdf', '.txt')):  # wrapped cells interleave: also accept the builder's DOCX source
        t += ''.join(norm(text(b)) for b in glob.glob(os.path.join(OUT, 'make', 'build', '*.docx')))
    if str(d['fiscal_year']) not in t:
        print('FY not visible', f); bad += 1
    for m in d['measures']:
        assert set(m['elements']) == set(EL) and all(v in ('present', 'missing') for v in m['elements'].values()), (f, m)
        k = norm(m['title'])[:20]
        if k not in t:
            print('title not visible', f, m['number'], m['title']); bad += 1
    print('ok', f, d['kind'], d['fiscal_year'], len(d['measures']))
print('problems:', bad)
