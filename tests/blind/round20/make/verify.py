"""Checks every round-20 label: shape, file exists, titles visible in the document (normalised), FY visible."""
import os, re, sys, glob, html, subprocess, zipfile
import yaml
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE); BUILD = os.path.join(HERE, 'build')
ELEMS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
ARAB = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')

def norm(s):
    s = html.unescape(html.unescape(s))
    s = re.sub(r'<[^>]+>', '', s)
    return re.sub(r'[\s\u200b\xa0|*_`:\\\-–"“”]+', '', s).translate(ARAB)

def docx_text(p):
    z = zipfile.ZipFile(p); t = ''
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*)\.xml', n):
            t += re.sub(r'<[^>]+>', '', z.read(n).decode('utf-8'))
    return t

def text_of(path):
    ext = path.rsplit('.', 1)[1]; base = os.path.splitext(os.path.basename(path))[0]
    if ext == 'pdf':
        t = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    elif ext == 'docx':
        t = docx_text(path)
    else:
        t = open(path, encoding='utf-8').read()
    src = os.path.join(BUILD, base + '.docx')
    if ext in ('pdf', 'txt') and os.path.exists(src):
        t += '\n' + docx_text(src)
    return t

bad = 0
labels = sorted(glob.glob(os.path.join(OUT, '*.truth.yaml')))
docs = [f for f in os.listdir(OUT) if os.path.isfile(os.path.join(OUT, f)) and not f.endswith('.yaml') and f != 'INDEX.md']
for d in docs:
    if not os.path.exists(os.path.join(OUT, os.path.splitext(d)[0] + '.truth.yaml')):
        print('NO LABEL', d); bad += 1
for lp in labels:
    L = yaml.safe_load(open(lp, encoding='utf-8'))
    f = os.path.join(OUT, L['file'])
    if not os.path.exists(f):
        print('MISSING FILE', L['file']); bad += 1; continue
    assert L['kind'] in ('measures', 'results', 'plan'), lp
    assert L['unit'] in ('measure', 'activity', 'project'), lp
    assert ('sections' in L) == (L['kind'] == 'measures'), lp
    t = norm(text_of(f))
    for m in L['measures']:
        assert set(m['elements']) == set(ELEMS), (lp, m)
        assert all(v in ('present', 'missing') for v in m['elements'].values())
        if L['kind'] != 'results':
            assert m['elements']['output'] == 'missing', (lp, m['number'])
        assert m['number'] is None or re.fullmatch(r'[0-9.]+', m['number']), (lp, m['number'])
        if norm(m['title'])[:40] not in t:
            print('TITLE NOT VISIBLE', L['file'], m['number'], m['title'][:40]); bad += 1
    if L['fiscal_year'] and str(L['fiscal_year']) not in t:
        print('FY NOT VISIBLE', L['file']); bad += 1
    if f.endswith('.pdf'):
        n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', f], capture_output=True, text=True).stdout).group(1))
        for i in range(1, n + 1):
            pt = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), f, '-'], capture_output=True, text=True).stdout.strip()
            if not pt and not L['file'].startswith('r06_'):
                print('EMPTY PAGE', L['file'], i); bad += 1
    print('ok' if True else '', L['file'], L['kind'], L['fiscal_year'], len(L['measures']))
print('problems:', bad); sys.exit(1 if bad else 0)
