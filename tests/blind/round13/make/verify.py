"""Check round-13 labels: every *.truth.yaml parses, has the brief's shape and names an existing file; labelled titles
are visible in the document (or in the DOCX it was built from) in document order; numbering is sane; the kind's
title wording and the declared fiscal year are visible; DOCX re-open; PDFs have embedded fonts, text on every page
and render non-blank."""
import os, re, sys, glob, subprocess, unicodedata, yaml, zipfile
from lxml import etree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, 'make', 'build')
ELS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
KIND_WORDS = {'results': ['รายงานผล'], 'measures': ['มาตรการส่งเสริมคุณธรรม', 'การวิเคราะห์ผลการประเมิน', 'การนำผลการประเมิน'],
              'plan': ['แผน', 'แนวทางและมาตรการ']}
SRC = {'r01': 'r01.docx', 'r06': 'r06.docx', 'r07': 'r07.docx', 'm03': 'm03.docx', 'p03': 'p03.docx'}
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
errors = []

def err(f, msg):
    errors.append(f'{f}: {msg}')

def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u0e4d\u0e32', '\u0e33')
    s = s.translate(str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789'))
    s = re.sub(r'<[^>]+>', ' ', s).replace('&nbsp;', ' ')
    s = ''.join(ch for ch in s if not unicodedata.category(ch).startswith(('Z', 'C', 'M')) and not ch.isspace())
    return s.replace('“', '"').replace('”', '"').replace('&amp;', '&')

def docx_text(path, visible_only=True):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read('word/document.xml'))
    out = []
    for p in root.iter(W + 'p'):
        for r in p.iter(W + 'r'):
            rpr = r.find(W + 'rPr')
            if visible_only and rpr is not None and rpr.find(W + 'vanish') is not None:
                continue
            out.append(''.join(t.text or '' for t in r.iter(W + 't')))
        out.append('\n')
    return ''.join(out)

def read_text(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        return subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    if ext == 'docx':
        return docx_text(path)
    raw = open(path, 'rb').read()
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('cp874')

def check_pdf(f, path):
    fonts = subprocess.run(['pdffonts', path], capture_output=True, text=True).stdout.splitlines()[2:]
    for ln in fonts:
        cols = ln.split()
        if len(cols) > 4 and 'no' in cols[-5:-3]:
            pass
        if re.search(r'\s(no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$', ln) and ln.split()[-5] == 'no':
            err(f, 'font not embedded: ' + ln)
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout).group(1))
    for i in range(1, n + 1):
        t = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), path, '-'], capture_output=True, text=True).stdout
        if len(t.strip()) < 20:
            err(f, f'page {i} has no text')
        ppm = subprocess.run(['pdftoppm', '-f', str(i), '-l', str(i), '-r', '20', '-gray', path], capture_output=True).stdout
        body = ppm.split(b'\n', 3)[-1]
        if body and min(body) > 200:
            err(f, f'page {i} renders blank')

def main():
    truths = sorted(glob.glob(os.path.join(ROOT, '*.truth.yaml')))
    docs = [p for p in glob.glob(os.path.join(ROOT, '*.*')) if not p.endswith('.truth.yaml') and not p.endswith('INDEX.md')]
    if len(truths) != 16 or len(docs) != 16:
        err('round13', f'{len(truths)} labels, {len(docs)} documents (want 16 each)')
    fmt = {}
    for tp in truths:
        f = os.path.basename(tp)
        try:
            d = yaml.safe_load(open(tp, encoding='utf-8'))
        except Exception as e:
            err(f, f'YAML does not parse: {e}'); continue
        path = os.path.join(ROOT, str(d.get('file')))
        if not os.path.isfile(path):
            err(f, f'names a missing file {d.get("file")}'); continue
        if os.path.splitext(d['file'])[0] != f[:-len('.truth.yaml')]:
            err(f, 'file name does not match the label name')
        ext = d['file'].rsplit('.', 1)[1]; fmt[ext] = fmt.get(ext, 0) + 1
        for k in ('file', 'kind', 'fiscal_year', 'agency', 'unit', 'measures', 'problems', 'notes'):
            if k not in d:
                err(f, f'missing key {k}')
        kind = d.get('kind')
        if kind not in ('results', 'measures', 'plan'):
            err(f, f'bad kind {kind}')
        if (kind == 'measures') != ('sections' in d):
            err(f, 'sections must appear exactly for measures documents')
        if kind == 'measures':
            for k in ('weaknesses', 'improvements'):
                if d['sections'].get(k) not in ('present', 'missing'):
                    err(f, f'sections.{k} bad')
        if d.get('unit') not in ('measure', 'activity', 'project'):
            err(f, 'bad unit')
        if not (d.get('fiscal_year') is None or isinstance(d['fiscal_year'], int)):
            err(f, 'fiscal_year must be int or null')
        ms = d.get('measures') or []
        if not ms:
            err(f, 'no measures')
        for i, m in enumerate(ms):
            num = m.get('number')
            if num is not None and (not isinstance(num, str) or not re.fullmatch(r'[0-9]+(\.[0-9]+)*|[ก-ฮ]', num)):
                err(f, f'measure {i+1}: bad number {num!r}')
            els = m.get('elements') or {}
            if sorted(els) != sorted(ELS) or any(v not in ('present', 'missing') for v in els.values()):
                err(f, f'measure {i+1}: elements must be all seven, present|missing')
            if kind != 'results' and els.get('output') == 'present':
                err(f, f'measure {i+1}: output present in a {kind} document')
        nums = [m.get('number') for m in ms]
        if all(n and n.isdigit() for n in nums) and [int(n) for n in nums] != list(range(1, len(nums) + 1)):
            err(f, f'numbers not sequential: {nums}')
        # visible text checks
        text = read_text(path)
        nt = norm(text)
        src = SRC.get(f[:3])
        ns = norm(docx_text(os.path.join(BUILD, src))) if src and os.path.exists(os.path.join(BUILD, src)) else ''
        pos, pos_s = 0, 0
        for i, m in enumerate(ms):
            t = norm(m['title'])
            j = nt.find(t, pos)
            if j >= 0:
                pos = j + len(t); continue
            j = ns.find(t, pos_s) if ns else -1
            if j >= 0:
                pos_s = j + len(t); continue
            err(f, f'title of measure {i+1} not found in order: {m["title"][:40]}')
        if not any(norm(w) in nt for w in KIND_WORDS.get(kind, [])):
            err(f, 'kind title wording not visible')
        fy = d.get('fiscal_year')
        if fy and str(fy) not in nt and str(fy)[2:] not in nt:
            err(f, f'fiscal year {fy} not visible')
        if ext == 'docx':
            from docx import Document
            Document(path)
        if ext == 'pdf':
            check_pdf(f, path)
    print('formats:', fmt)
    if errors:
        print('\n'.join(errors)); sys.exit(1)
    print(f'OK: {len(truths)} labels verified')

if __name__ == '__main__':
    main()
