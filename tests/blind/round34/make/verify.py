"""Round 34 checks:
- every label parses and has the schema's shape (keys, kind, unit, element names/values, `number` a string or null, sections for
  measures, output missing for measures and plans);
- every document has a label and every label has a document; the round's counts (7/5/4; 3 md, 3 txt, 3 html, 3 docx, 4 pdf);
- every labelled title is visible IN ORDER in the document's text as displayed: HTML comments, styles/scripts and tags removed, entities
  decoded; Thai digits, whitespace and markdown marks normalised; DOCX body + tables + header/footer; PDFs by pdftotext (which draws
  annotation / widget appearances), with the builder's source in make/build/ as the fallback where table cells interleave in pdftotext
  (r01, m02, p04);
- r03 (AcroForm): the form has fields; every labelled title is a field value (/V) and is drawn by pdftotext, but is NOT in the page content
  itself (pypdf extract_text sees the blank form); measure 3's period field has no value; "รอบ 12 เดือน" is the only checked box;
- m02 (markup print): the deleted monitoring text of measure 2 is present only once (in its "Deleted:" balloon); balloons exist;
- p01 (Confluence -> pandoc md): the Confluence furniture is there and the plan table is raw HTML;
- p02 (Google Sheets html): the waffle table with column letters A–G and row numbers; the labelled numbers are the ลำดับ values 1–6;
- the fiscal year is visible; every PDF page has text."""
import os, re, glob, subprocess, zipfile, html, collections, json, yaml
from lxml import etree
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..')); BUILD = os.path.join(OUT, 'make', 'build')
EL = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
A = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
SRC = {'r01': 'r01.docx', 'm02': 'm02.html', 'p04': 'p04.html'}


def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n)):
        for para in etree.fromstring(z.read(n)).iter(W + 'p'):
            out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out)


def html_displayed(raw):
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:3000])
    s = raw.decode(m.group(1).decode() if m else 'utf-8')
    s = re.sub(r'<!--.*?-->', ' ', s, flags=re.S)
    s = re.sub(r'<(style|title|script)\b.*?</\1>', ' ', s, flags=re.S | re.I)
    return s


def pdftotext(p):
    return subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True).stdout


def text(p):
    if p.endswith('.pdf'):
        return pdftotext(p)
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
    if not any(str(L['fiscal_year']) in s for s in [t] + srcs): errs.append(f + ' FY not visible')
    # ---- per-form checks ----
    if f.startswith('r03'):
        from pypdf import PdfReader
        r = PdfReader(p)
        if '/AcroForm' not in r.trailer['/Root']: errs.append('r03 no AcroForm')
        fields = r.get_fields() or {}
        vals = {k: str(v.get('/V', '')) for k, v in fields.items()}
        content = norm(''.join(pg.extract_text() for pg in r.pages))
        for m in L['measures']:
            if norm(m['title']) in content: errs.append('r03 title in page content: ' + m['title'])
            if not any(norm(m['title']) in norm(v) for v in vals.values()): errs.append('r03 title not a field value: ' + m['title'])
        if vals.get('ระยะเวลาดำเนินการ 3', 'x') not in ('', 'None'): errs.append('r03 period 3 filled')
        if vals.get('ช่องทำเครื่องหมาย1') != '/Off' or vals.get('ช่องทำเครื่องหมาย2') != '/Yes': errs.append('r03 check boxes %s' % vals)
        if len(fields) < 40: errs.append('r03 field count %d' % len(fields))
    if f.startswith('m02'):
        raw = pdftotext(p)
        dele = 'หัวหน้าฝ่ายบริหารที่ราชพัสดุติดตามทุกเดือน'
        if norm(raw).count(norm(dele)) != 1 or 'Deleted:' not in raw: errs.append('m02 deleted text not only in its balloon')
        if 'Commented [' not in raw or 'Formatted:' not in raw: errs.append('m02 balloons missing')
        if 'Print To PDF' not in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout: errs.append('m02 producer')
    if f.startswith('p01'):
        raw = open(p, encoding='utf-8').read()
        for s in ('Document generated by Confluence', 'Created by ', 'confluence-information-macro', 'expand-container', '## Attachments:',
                  '<table>', '<tr class="header">'):
            if s not in raw: errs.append('p01 missing ' + s)
    if f.startswith('p02'):
        raw = open(p, encoding='utf-8').read()
        if 'class="waffle"' not in raw or 'softmerge-inner' not in raw or 'freezebar' not in raw: errs.append('p02 waffle markup')
        letters = re.findall(r'class="column-headers-background">([A-Z])</th>', raw)
        if letters != list('ABCDEFG'): errs.append('p02 column letters %s' % letters)
        rn = re.findall(r'<div class="row-header-wrapper"[^>]*>(\d+)</div>', raw)
        if rn != [str(i) for i in range(1, len(rn) + 1)] or len(rn) < 12: errs.append('p02 row numbers')
        if [m['number'] for m in L['measures']] != ['1', '2', '3', '4', '5', '6']: errs.append('p02 numbers')
if kinds != {'results': 7, 'measures': 5, 'plan': 4}: errs.append('kinds %s' % kinds)
if exts != {'md': 3, 'txt': 3, 'html': 3, 'docx': 3, 'pdf': 4}: errs.append('exts %s' % exts)
print('\n'.join(errs) or 'OK: %d labels, %d documents' % (len(labels), len(docs)))
raise SystemExit(1 if errs else 0)
