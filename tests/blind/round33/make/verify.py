"""Round 33 checks:
- every label parses and has the schema's shape (keys, kind, unit, element names/values, sections for measures, output missing for
  measures and plans);
- every document has a label and every label has a document; the round's counts (7/5/4; 3 md, 3 txt, 3 html, 3 docx, 4 pdf);
- every labelled title is visible IN ORDER in the document's text as displayed: HTML comments, downlevel-revealed markers, styles and
  tags removed, entities decoded, and elements styled display:none dropped (p02's hidden row and column); Thai digits, whitespace and
  markdown marks normalised; DOCX body + tables + header/footer; PDFs by pdftotext, with the builder's source in make/build/ as the
  fallback where the cells or columns interleave in pdftotext (r01, m05, p04, r06);
  r02: the table exists only as an embedded Excel object, so its titles are read from the embedded workbook's ACTIVE sheet and they must
  NOT be in the document's own text; the workbook's second sheet holds no labelled title;
- p02: the hidden activity 4 is not displayed and its title is not labelled;
- m01: every measure heading is labelled once although its title appears again in the summary table;
- the fiscal year is visible; every PDF page has text."""
import os, re, glob, subprocess, zipfile, html, collections, io, yaml
from lxml import etree
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..')); BUILD = os.path.join(OUT, 'make', 'build')
EL = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
A = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
SRC = {'r01': 'r01.docx', 'm05': 'm05.docx', 'p04': 'p04.html', 'r06': 'r06.html'}


def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n)):
        for para in etree.fromstring(z.read(n)).iter(W + 'p'):
            out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out)


def xlsx_sheets(b):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(b))
    return wb.active.title, {ws.title: '\n'.join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None) for ws in wb}


def drop_hidden(s):
    s = re.sub(r"<tr[^>]*display:none[^>]*>.*?</tr>", ' ', s, flags=re.S | re.I)
    return re.sub(r"<td[^>]*display:none[^>]*>.*?</td>", ' ', s, flags=re.S | re.I)


def html_displayed(raw):
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:3000])
    enc = m.group(1).decode() if m else 'utf-8'
    s = raw.decode({'windows-874': 'cp874'}.get(enc.lower(), enc))
    s = re.sub(r'<!--.*?-->', ' ', s, flags=re.S)
    s = re.sub(r'<!\[(?:if[^\]]*|endif)\]>', ' ', s)
    s = re.sub(r'<(style|title|script)\b.*?</\1>', ' ', s, flags=re.S | re.I)
    return drop_hidden(s)


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
    if not isinstance(L['agency'], str) or not L['agency']: errs.append(f + ' agency')
    if L['kind'] == 'measures':
        if set(L['sections']) != {'weaknesses', 'improvements'} or set(L['sections'].values()) - {'present', 'missing'}:
            errs.append(f + ' sections')
    p = os.path.join(OUT, f)
    if not os.path.exists(p): errs.append('no doc ' + f); continue
    if not L['measures']: errs.append(f + ' no measures')
    for m in L['measures']:
        if set(m) != {'number', 'title', 'elements'}: errs.append(f + ' measure keys')
        if m['number'] is not None and not isinstance(m['number'], str): errs.append(f + ' number type')
        if list(m['elements']) != EL or set(m['elements'].values()) - {'present', 'missing'}: errs.append(f + ' elements')
        if m['elements']['measure'] != 'present': errs.append(f + ' measure element')
        if L['kind'] != 'results' and m['elements']['output'] != 'missing': errs.append(f + ' output')
    t = norm(text(p)); srcs = [t]
    if f[:3] in SRC: srcs.append(norm(text(os.path.join(BUILD, SRC[f[:3]]))))
    if f.startswith('r02'):
        z = zipfile.ZipFile(p)
        emb = [n for n in z.namelist() if n.startswith('word/embeddings/') and n.endswith('.xlsx')]
        if len(emb) != 1: errs.append('r02 embedded workbook count %d' % len(emb))
        active, sheets = xlsx_sheets(z.read(emb[0]))
        srcs = [norm(sheets[active])]
        dx = z.read('word/document.xml').decode('utf-8')
        if 'ProgID="Excel.Sheet.12"' not in dx or '<v:imagedata' not in dx: errs.append('r02 OLE object markup')
        for m in L['measures']:
            if norm(m['title']) in t: errs.append('r02 title in document text: ' + m['title'])
        for name, s in sheets.items():
            if name != active:
                for m in L['measures']:
                    if norm(m['title']) in norm(s): errs.append('r02 labelled title on the hidden sheet')
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
    if f.startswith('p02'):
        raw = open(p, encoding='utf-8').read()
        hid = re.findall(r"<tr[^>]*display:none[^>]*>(.*?)</tr>", raw, flags=re.S)
        htitles = [norm(x) for x in hid if 'ยกเลิก' in x]
        if len(htitles) != 1: errs.append('p02 hidden activity row not found')
        if 'ยกเลิก)' in html.unescape(re.sub(r'<[^>]+>', '', html_displayed(raw.encode('utf-8')))): errs.append('p02 hidden activity displayed')
        if [m['number'] for m in L['measures']] != ['1', '2', '3', '5', '6']: errs.append('p02 numbers')
    if f.startswith('m01'):
        raw = open(p, encoding='utf-8').read()
        if len(re.findall(r'^### ✅ มาตรการที่ \d+:', raw, flags=re.M)) != len(L['measures']): errs.append('m01 heading count')
        for m in L['measures']:
            if raw.count(m['title']) != 2: errs.append('m01 title not repeated in summary table: ' + m['title'])
    if not any(str(L['fiscal_year']) in s for s in [t] + srcs): errs.append(f + ' FY not visible')
if kinds != {'results': 7, 'measures': 5, 'plan': 4}: errs.append('kinds %s' % kinds)
if exts != {'md': 3, 'txt': 3, 'html': 3, 'docx': 3, 'pdf': 4}: errs.append('exts %s' % exts)
print('\n'.join(errs) or 'OK: %d labels, %d documents' % (len(labels), len(docs)))
raise SystemExit(1 if errs else 0)
