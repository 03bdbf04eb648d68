#!/usr/bin/env python3
"""Round 12 checks: every NAME.truth.yaml parses, has the brief's shape and names an existing file; every labelled title
occurs in the document's visible text (or the DOCX/HTML it was built from, in make/build/) in document order; the kind's
title wording and the declared fiscal year are visible; DOCX files re-open (altChunk parts included); PDFs have text on
every page and embedded fonts."""
import glob, html, io, os, re, subprocess, sys, zipfile
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD = os.path.join(HERE, 'build')
ELEMS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
KIND_WORDS = {'results': ['รายงานผล'], 'measures': ['มาตรการ', 'การวิเคราะห์ผล', 'การนำผลการประเมิน'],
              'plan': ['แผน', 'แนวทางและมาตรการ']}
COMB = re.compile('[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b-\u200d\ufeff]')
TH2AR = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')


def norm(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    s = COMB.sub('', s)
    return re.sub(r'\s+', '', s).translate(TH2AR)


def docx_text(path):
    from docx import Document
    Document(path)  # must re-open
    out = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n):
                out.append(re.sub(r'<w:p[ >]', '\n<w:p ', z.read(n).decode('utf-8')))
            elif re.match(r'word/chunk\d+\.docx$', n):
                with zipfile.ZipFile(io.BytesIO(z.read(n))) as c:
                    out.append(c.read('word/document.xml').decode('utf-8'))
    # document.xml first, chunks in altChunk order: assemble by r:id order
    with zipfile.ZipFile(path) as z:
        main = z.read('word/document.xml').decode('utf-8')
        if 'altChunk' in main:
            rels = z.read('word/_rels/document.xml.rels').decode('utf-8')
            tgt = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
            tgt.update({a: b for b, a in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)})
            def rep(m):
                with zipfile.ZipFile(io.BytesIO(z.read('word/' + tgt[m.group(1)].lstrip('/').replace('word/', '')))) as c:
                    return c.read('word/document.xml').decode('utf-8')
            main = re.sub(r'<w:altChunk r:id="(rId\d+)"\s*/>', rep, main)
            return main
    return '\n'.join(out)


def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        return subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    if ext == 'docx':
        return docx_text(path)
    with open(path, encoding='utf-8-sig') as f:
        s = f.read()
    if ext == 'html':
        s = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', s)
    return s


def in_order(titles, text):
    t = norm(text); pos = 0; miss = []
    for ti in titles:
        k = norm(ti)[:40]
        i = t.find(k, pos)
        if i < 0:
            miss.append(ti)
        else:
            pos = i + len(k)
    return miss


def check(tf):
    errs = []
    d = yaml.safe_load(open(tf, encoding='utf-8'))
    f = os.path.join(ROOT, d['file'])
    if not os.path.exists(f):
        return ['file does not exist: ' + d['file']]
    if os.path.basename(tf) != d['file'].rsplit('.', 1)[0] + '.truth.yaml':
        errs.append('truth name does not match file')
    if d['kind'] not in KIND_WORDS:
        errs.append('bad kind')
    if not isinstance(d['fiscal_year'], int) and d['fiscal_year'] is not None:
        errs.append('fiscal_year not int')
    if d['unit'] not in ('measure', 'activity', 'project'):
        errs.append('bad unit')
    if d['kind'] == 'measures':
        if set(d.get('sections') or {}) != {'weaknesses', 'improvements'}:
            errs.append('measures doc needs sections')
    elif 'sections' in d:
        errs.append('sections only for measures')
    if not d['measures']:
        errs.append('no measures')
    for m in d['measures']:
        if m['number'] is not None and not re.fullmatch(r'[0-9]+(\.[0-9]+)*|[ก-ฮ]', str(m['number'])):
            errs.append('bad number %r' % m['number'])
        if list(m['elements']) != ELEMS or set(m['elements'].values()) - {'present', 'missing'}:
            errs.append('bad elements for %s' % m['number'])
        if d['kind'] != 'results' and m['elements']['output'] != 'missing':
            errs.append('output present in a %s document' % d['kind'])
    txt = text_of(f)
    titles = [m['title'] for m in d['measures']]
    miss = in_order(titles, txt)
    if miss:
        base = d['file'].rsplit('.', 1)[0]
        for src in (os.path.join(BUILD, base + '.docx'), os.path.join(BUILD, base + '.html')):
            if os.path.exists(src):
                miss2 = in_order(titles, text_of(src))
                if not miss2:
                    miss = []
                    break
    if miss:
        errs.append('titles not found in order: %s' % miss)
    nt = norm(txt)
    if not any(norm(w) in nt for w in KIND_WORDS[d['kind']]):
        errs.append('kind wording not visible')
    if d['fiscal_year'] and str(d['fiscal_year']) not in nt:
        errs.append('fiscal year %s not visible' % d['fiscal_year'])
    if f.endswith('.pdf'):
        info = subprocess.run(['pdfinfo', f], capture_output=True, text=True).stdout
        n = int(re.search(r'Pages:\s+(\d+)', info).group(1))
        for p in range(1, n + 1):
            pt = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), f, '-'], capture_output=True, text=True).stdout
            if not pt.strip():
                errs.append('page %d has no text' % p)
        fonts = subprocess.run(['pdffonts', f], capture_output=True, text=True).stdout.splitlines()[2:]
        for ln in fonts:
            if ln.split()[-5] != 'yes' and ' yes ' not in ln:
                errs.append('font not embedded: ' + ln.split()[0])
    return errs


def main():
    tfs = sorted(glob.glob(os.path.join(ROOT, '*.truth.yaml')))
    docs = [p for p in glob.glob(os.path.join(ROOT, '*')) if not p.endswith('.yaml') and os.path.isfile(p)
            and not p.endswith('INDEX.md')]
    bad = 0
    named = set()
    for tf in tfs:
        try:
            e = check(tf)
            named.add(yaml.safe_load(open(tf, encoding='utf-8'))['file'])
        except Exception as ex:  # noqa
            e = ['exception: %r' % ex]
        d = yaml.safe_load(open(tf, encoding='utf-8'))
        print('%-55s %-8s %5s %2d units  %s' % (os.path.basename(tf), d.get('kind'), d.get('fiscal_year'),
                                                 len(d.get('measures') or []), 'OK' if not e else 'FAIL'))
        for x in e:
            print('    - ' + x)
        bad += bool(e)
    for p in docs:
        if os.path.basename(p) not in named:
            print('document without truth file: ' + os.path.basename(p)); bad += 1
    print('%d truth files, %d documents, %d failing' % (len(tfs), len(docs), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
