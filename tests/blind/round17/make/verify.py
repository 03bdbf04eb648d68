"""Checks round-17 labels against their documents (independent of the builders' data)."""
import glob, html, os, re, subprocess, sys, zipfile, yaml
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE); BUILD = os.path.join(HERE, 'build')
EL = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
TITLE_WORDS = {'results': ['รายงานผล'], 'measures': ['มาตรการส่งเสริมคุณธรรม', 'การวิเคราะห์ผล', 'การนำผลการประเมิน'],
               'plan': ['แผน', 'แนวทางและมาตรการ']}
def norm(s):
    s = html.unescape(s).replace('\u0e4d\u0e32', 'ำ').translate(str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789'))
    return re.sub(r'[\s\u200b\u00a0\u2002*|#>`_]+', '', s)
def docx_text(p):
    with zipfile.ZipFile(p) as z:
        x = z.read('word/document.xml').decode('utf-8')
    x = re.sub(r'<w:instrText[^>]*>.*?</w:instrText>', '', x)
    x = re.sub(r'</w:p>', '\n', x)
    return ''.join(re.findall(r'<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\n)', x) and [a or b for a, b in re.findall(r'<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\n)', x)])
def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        return subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    if ext == 'docx':
        return docx_text(path)
    raw = open(path, encoding='utf-8').read()
    if ext == 'html':
        raw = re.sub(r'<(script|style)[^>]*>.*?</\1>', '', raw, flags=re.S)
        raw = re.sub(r'<[^>]+>', ' ', raw)
    if ext == 'txt':
        raw = re.sub(r'<[^>]+>', ' ', raw)
    return html.unescape(raw)
SRC = {'r01': 'r01.docx', 'r06': 'r06.docx', 'r07': 'r07.docx', 'm02': 'm02.docx', 'p02': 'p02.docx'}
errors = []
def err(f, m): errors.append(f'{f}: {m}')
docs = sorted(p for p in glob.glob(os.path.join(OUT, '*')) if os.path.isfile(p) and not p.endswith(('.yaml', '.md')) or p.endswith('.md') and not p.endswith('INDEX.md'))
docs = [p for p in docs if not p.endswith('.truth.yaml')]
for d in docs:
    base = os.path.splitext(os.path.basename(d))[0]
    if not os.path.exists(os.path.join(OUT, base + '.truth.yaml')): err(base, 'no label')
count = 0
for lp in sorted(glob.glob(os.path.join(OUT, '*.truth.yaml'))):
    L = yaml.safe_load(open(lp, encoding='utf-8')); f = L['file']; count += 1
    path = os.path.join(OUT, f)
    if not os.path.exists(path): err(f, 'file missing'); continue
    if os.path.basename(lp) != os.path.splitext(f)[0] + '.truth.yaml': err(f, 'label name mismatch')
    kind = L['kind']
    if kind not in TITLE_WORDS: err(f, 'bad kind')
    if L['unit'] not in ('measure', 'activity', 'project'): err(f, 'bad unit')
    if (kind == 'measures') != ('sections' in L): err(f, 'sections only for measures')
    for m in L['measures']:
        if m['number'] is not None and not re.fullmatch(r'[0-9]+(\.[0-9]+)?', m['number']): err(f, f'number {m["number"]}')
        if list(m['elements']) != EL or any(v not in ('present', 'missing') for v in m['elements'].values()): err(f, f'elements of {m["number"]}')
        if kind != 'results' and m['elements']['output'] == 'present': err(f, 'output present in non-results')
    txt = norm(text_of(path))
    srcn = norm(docx_text(os.path.join(BUILD, SRC[f[:3]]))) if f[:3] in SRC else ''
    for hay, name in ((txt, 'document'), (srcn, 'source')):
        pos = 0; ok = True
        for m in L['measures']:
            t = norm(m['title']); i = hay.find(t, pos)
            if i < 0: ok = False; break
            pos = i + len(t)
        if ok: break
    else:
        err(f, f'titles not found in order (last tried: {m["title"]})')
    if not any(norm(w) in txt for w in TITLE_WORDS[kind]): err(f, 'kind title wording not visible')
    if str(L['fiscal_year']) not in txt: err(f, 'fiscal year not visible')
    if f.endswith('.docx'):
        import docx; docx.Document(path)
    if f.endswith('.pdf'):
        n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout).group(1))
        for pg in range(1, n + 1):
            t = subprocess.run(['pdftotext', '-f', str(pg), '-l', str(pg), path, '-'], capture_output=True, text=True).stdout
            if not t.strip(): err(f, f'page {pg} has no text')
        fonts = subprocess.run(['pdffonts', path], capture_output=True, text=True).stdout.splitlines()[2:]
        if any(ln.split()[-5] != 'yes' for ln in fonts if ln.strip()): err(f, 'font not embedded')
print(f'{count} labels checked')
for e in errors: print('ERROR', e)
sys.exit(1 if errors else 0)
