"""Check every round-16 truth label: parses, has the brief's shape, names an existing file; titles/kind wording/FY visible."""
import glob, os, re, subprocess, sys, zipfile, html
import yaml
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
ELS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
KW = {'measures': 'มาตรการส่งเสริมคุณธรรม', 'results': 'รายงานผลการดำเนินการ', 'plan': ('แผน', 'แนวทางและมาตรการ')}
TH = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
def norm(s):
    s = html.unescape(s).translate(TH)
    return re.sub(r'[\s\u200b\u00a0*|<>/\\`_#:\-–]+', '', s)
def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        t = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
        src = os.path.join(HERE, 'build', os.path.basename(path)[:-4] + '.docx')
        if os.path.exists(src):
            t += text_of(src)
        return t
    if ext == 'docx':
        x = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        return ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', x))
    raw = open(path, 'rb').read()
    if raw[:2] in (b'\xff\xfe', b'\xfe\xff'):
        t = raw.decode('utf-16')
    else:
        t = raw.decode('utf-8')
    if ext == 'html':
        t = t + ' ' + ' '.join(re.findall(r'value="([^"]*)"', t))
    src = os.path.join(HERE, 'build', os.path.basename(path).rsplit('.', 1)[0] + '.docx')
    if ext == 'txt' and os.path.exists(src):   # wrapped cells of pdftotext -layout: titles checked in the DOCX it came from
        t += text_of(src)
    return re.sub(r'<[^>]+>', ' ', t)
bad = 0
truths = sorted(glob.glob(os.path.join(OUT, '*.truth.yaml')))
docs = [f for f in glob.glob(os.path.join(OUT, '*.*')) if not f.endswith('.truth.yaml') and not f.endswith('INDEX.md')]
for f in truths:
    name = os.path.basename(f)[:-len('.truth.yaml')]
    try:
        d = yaml.safe_load(open(f, encoding='utf-8'))
    except Exception as e:
        print('PARSE', f, e); bad += 1; continue
    p = os.path.join(OUT, d['file'])
    errs = []
    if not os.path.exists(p): errs.append('file missing')
    if os.path.splitext(d['file'])[0] != name: errs.append('base name mismatch')
    if d['kind'] not in KW: errs.append('kind')
    if not isinstance(d['fiscal_year'], int): errs.append('fy')
    if d['unit'] not in ('measure', 'activity', 'project'): errs.append('unit')
    if (d['kind'] == 'measures') != ('sections' in d): errs.append('sections presence')
    for m in d['measures']:
        if list(m['elements']) != ELS: errs.append(f'elements of {m["number"]}')
        if any(v not in ('present', 'missing') for v in m['elements'].values()): errs.append('element value')
        if d['kind'] != 'results' and m['elements']['output'] != 'missing': errs.append('output in non-results')
        if m['number'] is not None and not re.fullmatch(r'\d+(\.\d+)*', m['number']): errs.append('number form')
    if not errs:
        t = norm(text_of(p)); pos = 0
        for m in d['measures']:
            k = t.find(norm(m['title'])[:40], pos)
            if k < 0: errs.append(f'title not found in order: {m["title"][:30]}')
            else: pos = k
        kw = KW[d['kind']]; kw = kw if isinstance(kw, tuple) else (kw,)
        if not any(norm(k) in t for k in kw): errs.append('kind wording not visible')
        if str(d['fiscal_year']) not in t: errs.append('FY not visible')
    print(('OK  ' if not errs else 'BAD ') + os.path.basename(f), len(d['measures']), '; '.join(errs))
    bad += bool(errs)
for p in docs:
    if not os.path.exists(os.path.join(OUT, os.path.splitext(os.path.basename(p))[0] + '.truth.yaml')):
        print('NO LABEL', p); bad += 1
for p in glob.glob(os.path.join(OUT, '*.docx')):
    import docx; docx.Document(p)
for p in glob.glob(os.path.join(OUT, '*.pdf')):
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout).group(1))
    for i in range(1, n + 1):
        if not subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), p, '-'], capture_output=True, text=True).stdout.strip():
            print('EMPTY PAGE', p, i); bad += 1
print('problems:', bad); sys.exit(1 if bad else 0)
