"""Round-6 checks.  For every label: the YAML parses and has the brief's shape (seven elements, sections only for
measures documents); the number of labelled measures equals the number counted from the document's OWN structure
(COUNTERS, independent of the label); every labelled title occurs in the document (whitespace and Thai combining marks
ignored, NFKC so OCR's decomposed sara am matches) and the titles occur in document order; the kind's title wording and
the declared fiscal year are visible; every DOCX re-opens with python-docx; for every PDF no word of its DOCX source was
lost, fonts are embedded, and every page has text (pdftotext) and renders to a page that is neither blank nor black
(pdftoppm).  DOCX text is read from word/document.xml (w:t only: tracked insertions kept, tracked deletions w:delText
dropped, comments ignored), so it is what Word shows in its final view."""
import glob, os, re, subprocess, sys, unicodedata, html, zipfile
import yaml

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(OUT, 'make', 'build')
ELEMS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def docx_xml(path):
    from lxml import etree
    return etree.fromstring(zipfile.ZipFile(path).read('word/document.xml'))


def docx_text(path):
    root = docx_xml(path)
    paras = []
    for p in root.iter(W + 'p'):
        paras.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(paras)


def doc_text(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        return subprocess.run(['pdftotext', path, '-'], capture_output=True).stdout.decode()
    if ext == 'docx':
        return docx_text(path)
    s = open(path, encoding='utf-8-sig').read()
    if ext == 'html':
        s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    return s


def norm(s):
    s = unicodedata.normalize('NFKC', s.replace('<br>', ''))
    return ''.join(ch for ch in s if not ch.isspace() and unicodedata.category(ch) != 'Mn')


def in_order(title, text):
    toks = [norm(w) for w in title.split()]
    pieces = []
    for w in toks:
        pieces += [w[i:i + 6] for i in range(0, len(w), 6)]
    pieces = [p for p in pieces if p]
    start = text.find(pieces[0])
    while start >= 0:
        pos, ok = start, True
        for pc in pieces[1:]:
            nxt = text.find(pc, pos)
            if nxt < 0 or nxt - pos > 400:
                ok = False
                break
            pos = nxt + len(pc)
        if ok:
            return True
        start = text.find(pieces[0], start + 1)
    return False


def order_ok(titles, text):
    pos = 0
    for t in titles:
        k = norm(t)[:12]
        nxt = text.find(k, pos)
        if nxt < 0:
            return False
        pos = nxt + 1
    return True


# ---- measure counts from each document's own structure ------------------------------------------------------------
def docx_rows(path, rx, col=0, skip_deleted=True):
    """Table rows (any table) whose cell `col` text (final view) fully matches rx; tracked-deleted rows skipped."""
    root = docx_xml(path)
    n = 0
    for tr in root.iter(W + 'tr'):
        trpr = tr.find(W + 'trPr')
        if skip_deleted and trpr is not None and trpr.find(W + 'del') is not None:
            continue
        tcs = tr.findall(W + 'tc')
        if len(tcs) <= col:
            continue
        txt = ''.join(t.text or '' for t in tcs[col].iter(W + 't')).strip()
        if re.fullmatch(rx, txt):
            n += 1
    return n


def docx_numbered_first_cells(path):
    """Rows whose first cell is an auto-numbered paragraph (numPr) with no text of its own."""
    root = docx_xml(path)
    n = 0
    for tr in root.iter(W + 'tr'):
        tc = tr.find(W + 'tc')
        p = tc.find(W + 'p')
        if p is not None and p.find(W + 'pPr/' + W + 'numPr') is not None and not ''.join(t.text or '' for t in tc.iter(W + 't')).strip():
            n += 1
    return n


def html_first_cells(path, rx):
    s = open(path, encoding='utf-8').read()
    n = 0
    for tr in re.findall(r'<tr[^>]*>(.*?)</tr>', s, re.S):
        m = re.search(r'<td[^>]*>(.*?)</td>', tr, re.S)
        if m and re.fullmatch(rx, html.unescape(re.sub(r'<[^>]+>', '', m.group(1))).strip()):
            n += 1
    return n


def rx_count(path, rx, flags=re.M):
    return len(re.findall(rx, open(path, encoding='utf-8-sig').read(), flags))


def b(name):
    return os.path.join(BUILD, name)


TD = '[๐-๙]+'
COUNTERS = {
    'r01_obt_naphothong_results_2568.pdf': lambda f: docx_rows(b('r01_obt_naphothong_results_2568.docx'), TD),
    'r02_tt_khokmuang_results_2568.docx': lambda f: docx_rows(f, r'\d+\.'),
    'r03_nso_phuphathong_results_2568.html': lambda f: html_first_cells(f, r'\d+'),
    'r04_jvh_dandoi_results_2568.txt': lambda f: rx_count(f, r'^มาตรการที่\s*\S+\s'),
    'r05_pea_banpongngam_results_2569.md': lambda f: rx_count(f, r'^\| \*\*มาตรการที่ \d+\*\* '),
    'r06_led_saensuk_results_2568.pdf': lambda f: len(re.findall(norm('มาตรการที่') + '[๐-๙]', norm(doc_text(f)))),
    'r07_tm_bothong_results_2569.md': lambda f: rx_count(f, r'^\| \d+ \| '),
    'm01_ppe_lamsai_measures_2569.md': lambda f: rx_count(f, r'^\d+\. \*\*'),
    'm02_coop_kaewmanee_measures_2570.docx': docx_numbered_first_cells,
    'm03_obt_nongyaplong_measures_2569.txt': lambda f: rx_count(f, r'^[๐-๙]{1,2}\tมาตรการ'),
    'm04_ipe_lamnamchi_measures_2570.html': lambda f: rx_count(f, r'_lblMeasure"'),
    'm05_alro_phuphayon_measures_2569.pdf': lambda f: docx_rows(b('m05_alro_phuphayon_measures_2569.docx'), TD),
    'p01_hp_wiangkao_plan_2570.html': lambda f: rx_count(f, r'data-col="ลำดับ">\d+\.\d+<'),
    'p02_sped_bandung_plan_2569.txt': lambda f: rx_count(f, r'^\d+\t'),
    'p03_moj_nongphue_plan_2570.pdf': lambda f: docx_rows(b('p03_moj_nongphue_plan_2570.docx'), TD),
    'p04_pao_lamnamyen_plan_2569.docx': lambda f: docx_rows(f, TD),
}


def pdf_pages_ok(pdf):
    bad = []
    info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    n = int(re.search(r'Pages:\s+(\d+)', info).group(1))
    fonts = subprocess.run(['pdffonts', pdf], capture_output=True, text=True).stdout.splitlines()[2:]
    for l in fonts:
        cols = l.split()
        if len(cols) >= 5 and cols[-5] != 'yes':
            bad.append('font not embedded: ' + cols[0])
    for pg in range(1, n + 1):
        t = subprocess.run(['pdftotext', '-f', str(pg), '-l', str(pg), pdf, '-'], capture_output=True).stdout.decode()
        if len(norm(t)) < 20:
            bad.append('page %d has almost no text' % pg)
        img = subprocess.run(['pdftoppm', '-f', str(pg), '-l', str(pg), '-r', '24', '-gray', pdf],
                             capture_output=True).stdout
        data = img.split(b'\n', 3)[3]
        dark = sum(1 for x in data if x < 160) / max(1, len(data))
        if not 0.001 < dark < 0.35:
            bad.append('page %d renders with %.1f%% dark pixels' % (pg, 100 * dark))
    return n, bad


def main():
    bad = 0
    files = sorted(glob.glob(os.path.join(OUT, '*.truth.yaml')))
    kinds, fmts = {}, {}
    for f in files:
        try:
            y = yaml.safe_load(open(f, encoding='utf-8'))
        except yaml.YAMLError as ex:
            print(f, 'YAML does not parse', ex); bad += 1; continue
        exp = ['file', 'kind', 'fiscal_year', 'agency', 'unit', 'measures'] + \
              (['sections'] if y['kind'] == 'measures' else []) + ['problems', 'notes']
        if list(y) != exp:
            print(f, 'keys', list(y)); bad += 1
        doc = os.path.join(OUT, y['file'])
        if not os.path.exists(doc):
            print('missing doc', doc); bad += 1; continue
        if os.path.basename(f).replace('.truth.yaml', '') != y['file'].rsplit('.', 1)[0]:
            print(f, 'label name does not match file'); bad += 1
        kinds[y['kind']] = kinds.get(y['kind'], 0) + 1
        ext = y['file'].rsplit('.', 1)[1]
        fmts[ext] = fmts.get(ext, 0) + 1
        if ext == 'docx':
            import docx
            docx.Document(doc)  # re-opens
        text = norm(doc_text(doc))
        base = y['file'].rsplit('.', 1)[0]
        srcs = [p for p in (b(base + '.docx'),) if os.path.exists(p)]
        stext = norm(docx_text(srcs[0])) if srcs else ''
        for m in y['measures']:
            if list(m) != ['number', 'title', 'elements']:
                print(f, 'measure keys', list(m)); bad += 1
            if list(m['elements']) != ELEMS or any(v not in ('present', 'missing') for v in m['elements'].values()):
                print(f, 'elements', m); bad += 1
            if m['number'] is not None and not (isinstance(m['number'], str) and re.fullmatch(r'\d+(\.\d+)?', m['number'])):
                print(f, 'number', m['number']); bad += 1
            t = norm(m['title'])
            if t not in text and not in_order(m['title'], text):
                if not (stext and t in stext and t[:6] in text):
                    print(f, 'title not found:', m['title']); bad += 1
        if y['kind'] == 'measures':
            s = y['sections']
            if set(s) != {'weaknesses', 'improvements'} or any(v not in ('present', 'missing') for v in s.values()):
                print(f, 'sections'); bad += 1
        starts = {'results': ['รายงานผลการดำเนินการ'], 'measures': ['มาตรการส่งเสริมคุณธรรม', 'การวิเคราะห์ผล'],
                  'plan': ['แผนการขับเคลื่อน', 'แผนปฏิบัติการ', 'แนวทางและมาตรการ']}[y['kind']]
        if not any(norm(st) in text for st in starts):
            print(f, 'title wording not found'); bad += 1
        if y['fiscal_year']:
            fy = str(y['fiscal_year'])
            if fy not in text and fy.translate(str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')) not in text:
                print(f, 'fiscal year not found'); bad += 1
        if ext == 'pdf' and srcs:
            words = set(w for w in re.split(r'\s+', docx_text(srcs[0])) if len(norm(w)) >= 4)
            raw = norm(subprocess.run(['pdftotext', '-raw', doc, '-'], capture_output=True).stdout.decode())
            lost = [w for w in words if norm(w) not in raw]
            lost = [w for w in lost if not any(norm(w)[:k] in raw and norm(w)[k:] in raw for k in range(2, len(norm(w)) - 1))]
            if lost:
                print(f, 'PDF lacks %d source words, e.g.' % len(lost), lost[:5]); bad += 1
        n = len(y['measures'])
        c = COUNTERS[y['file']](doc) if y['file'] in COUNTERS else None
        if c is None:
            print(f, 'no measure counter'); bad += 1
        elif c != n:
            print(f, 'label has %d measures, document structure has %d' % (n, c)); bad += 1
        titles = [m['title'] for m in y['measures']]
        if not order_ok(titles, text) and not (stext and order_ok(titles, stext)):
            print(f, 'labelled titles are not in document order'); bad += 1
        if {'results': '_results_', 'measures': '_measures_', 'plan': '_plan_'}[y['kind']] not in y['file'] or \
                (y['fiscal_year'] and str(y['fiscal_year']) not in y['file']):
            print(f, 'file name does not match kind / fiscal year'); bad += 1
        if y['unit'] not in ('measure', 'activity', 'project'):
            print(f, 'unit', y['unit']); bad += 1
        pages = ''
        if ext == 'pdf':
            np_, pbad = pdf_pages_ok(doc)
            pages = '%d pages' % np_
            for x in pbad:
                print(f, 'PDF:', x); bad += 1
        print('%-44s %-8s %s %2d measures (structure %s) %s' % (y['file'], y['kind'], y['fiscal_year'], n, c, pages))
    print('kinds', kinds, 'formats', fmts, 'problems', bad)
    if len(files) != 16 or kinds != {'results': 7, 'measures': 5, 'plan': 4} or len(fmts) != 5 or min(fmts.values()) < 3:
        print('round mix is not 16 documents / 7 results, 5 measures, 4 plans / >= 3 of each format'); bad += 1
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
