#!/usr/bin/env python3
"""Round 14 checks: every truth file parses, has the brief's shape and names an existing file; labelled titles are
visible in the document in order; the kind's title wording and the fiscal year are visible; DOCX re-open; PDFs have
embedded fonts and text on every page."""
import os, re, sys, glob, html, subprocess, unicodedata, zipfile
import yaml
from lxml import etree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pua import from_pua

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EL = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
KIND_WORDS = {'results': ['รายงานผลการดำเนินการ'], 'measures': ['มาตรการส่งเสริมคุณธรรม', 'การวิเคราะห์ผลการประเมิน', 'การนำผลการประเมิน'],
              'plan': ['แผนการขับเคลื่อน', 'แนวทางและมาตรการในการยกระดับ', 'แผนปฏิบัติการ']}
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
AR = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')

def norm(s):
    s = from_pua(html.unescape(s)).translate(AR).replace('\u0e33\u0e32', '\u0e33')
    return ''.join(c for c in s if not c.isspace() and unicodedata.category(c) not in ('Mn', 'Cf'))

def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        return subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    if ext == 'docx':
        with zipfile.ZipFile(path) as z:
            x = etree.fromstring(z.read('word/document.xml'))
        return '\n'.join(''.join(t.text or '' for t in p.iter(W + 't')) for p in x.iter(W + 'p'))
    s = open(path, encoding='utf-8').read()
    if ext == 'html':
        s = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', s)
    return re.sub(r'<[^>]+>', ' ', s)

def main():
    errs = []
    truths = sorted(glob.glob(os.path.join(ROOT, '*.truth.yaml')))
    for tp in truths:
        name = os.path.basename(tp)
        try:
            d = yaml.safe_load(open(tp, encoding='utf-8'))
        except Exception as e:
            errs.append(f'{name}: YAML error {e}'); continue
        f = d.get('file'); fp = os.path.join(ROOT, f or '')
        if not f or not os.path.isfile(fp): errs.append(f'{name}: file {f!r} missing'); continue
        if os.path.splitext(f)[0] != name[:-len('.truth.yaml')]: errs.append(f'{name}: base name mismatch')
        k = d.get('kind')
        if k not in KIND_WORDS: errs.append(f'{name}: bad kind')
        if not isinstance(d.get('fiscal_year'), int): errs.append(f'{name}: fiscal_year not int')
        if d.get('unit') not in ('measure', 'activity', 'project'): errs.append(f'{name}: bad unit')
        for key in ('agency', 'measures', 'problems', 'notes'):
            if key not in d: errs.append(f'{name}: no {key}')
        if (k == 'measures') != ('sections' in d): errs.append(f'{name}: sections only (and always) for measures')
        if k == 'measures':
            if set(d['sections']) != {'weaknesses', 'improvements'} or not set(d['sections'].values()) <= {'present', 'missing'}:
                errs.append(f'{name}: bad sections')
        txt = norm(text_of(fp)); pos = 0; spos = 0
        src = os.path.join(ROOT, 'make', 'build', os.path.splitext(f)[0] + '.docx')
        stxt = norm(text_of(src)) if os.path.isfile(src) else ''
        for i, m in enumerate(d['measures']):
            n = m.get('number')
            if n is not None and not re.fullmatch(r'[0-9]+(\.[0-9]+)*', str(n)): errs.append(f'{name}: number {n!r}')
            e = m.get('elements', {})
            if list(e) != EL or not set(e.values()) <= {'present', 'missing'}: errs.append(f'{name}: elements of #{i}')
            if k != 'results' and e.get('output') == 'present': errs.append(f'{name}: output present in {k}')
            t = norm(m['title']); j = txt.find(t, pos)
            if j >= 0: pos = j + len(t); continue
            # cells wrapped in a PDF / layout text / positioned HTML: look in the DOCX the file was made from
            j = stxt.find(t, spos)
            if j < 0: errs.append(f'{name}: title not found in order: {m["title"]}')
            else: spos = j + len(t)
        nums = [m['number'] for m in d['measures']]
        if len(nums) != len(set(nums)): errs.append(f'{name}: duplicate numbers')
        if not any(norm(w) in txt for w in KIND_WORDS.get(k, [])): errs.append(f'{name}: kind wording not visible')
        if str(d['fiscal_year']) not in txt: errs.append(f'{name}: fiscal year not visible')
        if f.endswith('.docx'):
            try:
                import docx; docx.Document(fp)
            except Exception as ex: errs.append(f'{name}: docx does not open: {ex}')
        if f.endswith('.pdf'):
            pf = subprocess.run(['pdffonts', fp], capture_output=True, text=True).stdout.splitlines()[2:]
            if any(l.split()[-5] != 'yes' for l in pf if l.strip()): errs.append(f'{name}: font not embedded')
            pages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', fp], capture_output=True, text=True).stdout).group(1))
            for p in range(1, pages + 1):
                t = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), fp, '-'], capture_output=True, text=True).stdout
                if not t.strip(): errs.append(f'{name}: page {p} has no text')
    docs = [p for p in glob.glob(os.path.join(ROOT, '*')) if os.path.isfile(p) and not p.endswith('.truth.yaml') and not p.endswith('INDEX.md')]
    if len(docs) != len(truths): errs.append(f'{len(docs)} documents but {len(truths)} truth files')
    print(f'{len(truths)} truth files checked')
    for e in errs: print('ERROR', e)
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
