# Round 18 checks: label shape, every document labelled, titles visible in order, kind wording + FY visible,
# DOCX re-opens, PDF pages have text and embedded fonts.
import os, re, glob, html, subprocess, sys, zipfile
import yaml
from docx import Document
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE); BUILD = os.path.join(HERE, 'build')
EL = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
AR = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
def norm(s):
    s = html.unescape(html.unescape(s)).translate(AR).replace('\u0e4d\u0e32', '\u0e33')
    s = re.sub(r'<[^>]+>', '', s)
    return re.sub(r'[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e*|\\^`_#>\-–—"“”]', '', s)
def docx_text(p):
    with zipfile.ZipFile(p) as z: x = z.read('word/document.xml').decode('utf-8')
    return ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', x))
def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf': return subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    if ext == 'docx': return docx_text(path)
    return open(path, encoding='utf-8').read()
KW = {'results': ['รายงานผล'], 'measures': ['มาตรการส่งเสริม', 'การวิเคราะห์ผล'], 'plan': ['แผน', 'แนวทางและมาตรการ']}
bad = 0
def fail(msg):
    global bad; bad += 1; print('FAIL', msg)
labels = sorted(glob.glob(os.path.join(OUT, '*.truth.yaml')))
docs = sorted(f for f in glob.glob(os.path.join(OUT, '*.*')) if not f.endswith('.truth.yaml') and not f.endswith('INDEX.md'))
for d in docs:
    if not os.path.exists(d.rsplit('.', 1)[0] + '.truth.yaml'): fail('no label for ' + d)
for lp in labels:
    t = yaml.safe_load(open(lp, encoding='utf-8'))
    name = os.path.basename(lp)[:-len('.truth.yaml')]
    f = os.path.join(OUT, t['file'])
    if not os.path.exists(f) or not t['file'].startswith(name + '.'): fail(lp + ': file mismatch'); continue
    if t['kind'] not in KW or t['unit'] not in ('measure', 'activity', 'project'): fail(lp + ': kind/unit')
    if (t['kind'] == 'measures') != ('sections' in t): fail(lp + ': sections only for measures')
    src = text_of(f)
    b = os.path.join(BUILD, name + '.docx')
    if os.path.exists(b): src += '\n' + docx_text(b)
    n = norm(src)
    if not any(norm(k) in n for k in KW[t['kind']]): fail(lp + ': kind wording not visible')
    fy = str(t['fiscal_year'])
    if fy not in n: fail(lp + ': FY not visible')
    pos = 0
    for m in t['measures']:
        if set(m['elements']) != set(EL) or any(v not in ('present', 'missing') for v in m['elements'].values()): fail(lp + ': elements')
        if t['kind'] != 'results' and m['elements']['output'] != 'missing': fail(lp + ': output in non-results')
        if m['number'] is not None and not re.fullmatch(r'[0-9.]+', m['number']): fail(lp + ': number ' + m['number'])
        key = norm(m['title'])[:10]
        i = n.find(key, pos)
        if i < 0:
            if n.find(key) < 0: fail(f'{lp}: title not visible: {m["title"]}')
            else: print('  note: order', name, m['number'])
        else: pos = i + 1
    if f.endswith('.docx'): Document(f)
    if f.endswith('.pdf'):
        pages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', f], capture_output=True, text=True).stdout).group(1))
        for p in range(1, pages + 1):
            tx = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), f, '-'], capture_output=True, text=True).stdout
            if not tx.strip(): fail(f'{f}: page {p} has no text')
        fonts = subprocess.run(['pdffonts', f], capture_output=True, text=True).stdout.splitlines()[2:]
        if any(ln.split()[-5] != 'yes' for ln in fonts if ln.strip()): fail(f + ': font not embedded')
    print('ok', t['file'], t['kind'], t['fiscal_year'], len(t['measures']))
print('FAILURES:', bad); sys.exit(1 if bad else 0)
