"""Check every label: shape, seven elements, measures-only sections, that each labelled title occurs in its document
(whitespace and Thai combining marks ignored; for PDF via pdftotext, for DOCX via python-docx) and in document order,
that the number of labelled measures equals the number counted from the document's own structure (COUNTERS), that
the title wording and fiscal year are visible, and for every PDF that no source word was lost, fonts are embedded and
every page has text and renders to a non-blank page (pdftoppm)."""
import glob, os, re, subprocess, sys, unicodedata, html
import yaml

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ELEMS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']


def doc_text(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        return subprocess.run(['pdftotext', path, '-'], capture_output=True).stdout.decode()
    if ext == 'xlsx':
        import openpyxl
        ws = openpyxl.load_workbook(path).active
        return '\n'.join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    if ext == 'docx':
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return '\n'.join(parts)
    s = open(path, encoding='utf-8-sig').read()
    if ext == 'html':
        s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    return s


def norm(s):
    s = s.replace('<br>', '')
    return ''.join(ch for ch in s if not ch.isspace() and not unicodedata.combining(ch)
                   and unicodedata.category(ch) != 'Mn')


def in_order(title, text):
    """Title words found in order within a window (cells wrapped and interleaved by layout extraction)."""
    toks = [norm(w) for w in title.split()]
    toks = [w for w in toks if w]
    # split long Thai tokens into 6-char pieces: wrapped cells break words anywhere
    pieces = []
    for w in toks:
        pieces += [w[i:i + 6] for i in range(0, len(w), 6)]
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


# ---- measure counts: each document's own structure, counted independently of its label -------------------------
def _docx_rows(path, rx, col=0):
    import docx
    d = docx.Document(path)
    n = 0
    for t in d.tables:
        for r in t.rows:
            if re.fullmatch(rx, r.cells[col].text.strip()):
                n += 1
    return n


def _docx_heading2(path, prefix):
    import docx
    return sum(1 for p in docx.Document(path).paragraphs
               if p.style.name == 'Heading 2' and p.text.strip().startswith(prefix))


def _html_first_cells(path, rx, after=''):
    s = open(path, encoding='utf-8').read()
    s = s[s.index(after):] if after else s
    n = 0
    for tr in re.findall(r'<tr[^>]*>(.*?)</tr>', s, re.S):
        m = re.search(r'<td[^>]*>(.*?)</td>', tr, re.S)
        if m and re.fullmatch(rx, html.unescape(re.sub(r'<[^>]+>', '', m.group(1))).strip()):
            n += 1
    return n


def _rx(path, rx, normalise=False, flags=re.M):
    t = doc_text(path)
    if normalise:
        t = norm(t)
    return len(re.findall(rx, t, flags))


def _raw(path, rx):
    return len(re.findall(rx, open(path, encoding='utf-8').read()))


def _b(name):
    return os.path.join(OUT, 'make', 'build', name)


TD = '[๐-๙]+'
COUNTERS = {
    'r01_dlt_thanthong_results_2568.pdf': lambda f: _docx_rows(_b('r01_dlt_thanthong_results_2568.docx'), r'\d+'),
    'r02_ago_silathong_results_2568.docx': lambda f: _docx_rows(f, r'มาตรการที่ [๐-๙]+ .+'),
    'r03_tt_huafai_results_2568.html': lambda f: _html_first_cells(f, r'\d+'),
    'r04_probation_bungkan_results_2569.md': lambda f: _raw(f, r'<td(?: rowspan="\d+")?>\d+\. มาตรการ'),
    'r05_rd_suwannakhet_results_2568.txt': lambda f: _docx_rows(_b('r05_rd_suwannakhet_results_2568.docx'), r'\d+'),
    'r06_bcn_thanudom_results_2568.html': lambda f: _html_first_cells(f, r'\d+', after='id="tblItaResult"'),
    'r07_obt_nakhamyai_results_2568.pdf': lambda f: _rx(f, norm('มาตรการที่') + '[๐-๙]', normalise=True),
    'r08_epi_ecotourism_results_2567.docx': lambda f: _docx_rows(f, r'\d+'),
    'r09_drr_phanomwari_measures_2570.docx': lambda f: _docx_heading2(f, 'มาตรการที่'),
    'r10_skr_lamphupha_measures_2569.html': lambda f: _raw(f, r'<section class="measure"'),
    'r11_tkul_university_measures_2570.pdf': lambda f: _docx_rows(_b('r11_tkul_university_measures_2570.docx'), r'\d\.\d'),
    'r12_school_sribunrueang_measures_2569.md': lambda f: _rx(f, r'^\| \([๐-๙]+\) '),
    'r13_dld_khiriwong_measures_2570.txt': lambda f: _rx(f, r'^<p>[๐-๙]+</p>\t'),
    'r14_moc_maerawi_measures_2569.docx': lambda f: _docx_rows(f, TD),
    'r15_obt_huainamrin_plan_2570.md': lambda f: _rx(f, r'^\| \d+ \| '),
    'r16_hosp_nakaeo_plan_2569.pdf': lambda f: _docx_rows(_b('r16_hosp_nakaeo_plan_2569.docx'), TD),
    'r17_ddpm_srikhot_plan_2570.html': lambda f: _raw(f, r'<td class="c15"'),
    'r18_spm_lamnamphong_plan_2570.txt': lambda f: _rx(f, r'^ {0,6}[๐-๙] {2,}\S'),
}


def order_ok(titles, text):
    """Labelled titles occur in document order (searching on from the previous hit; a TOC may list them earlier)."""
    pos = 0
    for t in titles:
        k = norm(t)[:12]
        nxt = text.find(k, pos)
        if nxt < 0:
            return False
        pos = nxt + 1
    return True


def pdf_pages_ok(pdf):
    """Every page has text, and renders to a page that is neither blank nor black."""
    bad = []
    info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    n = int(re.search(r'Pages:\s+(\d+)', info).group(1))
    fonts = subprocess.run(['pdffonts', pdf], capture_output=True, text=True).stdout
    if ' no ' in ''.join(l[-20:] for l in fonts.splitlines()[2:] if len(l) > 60):
        bad.append('a font is not embedded')
    for pg in range(1, n + 1):
        t = subprocess.run(['pdftotext', '-f', str(pg), '-l', str(pg), pdf, '-'], capture_output=True).stdout.decode()
        if len(norm(t)) < 20:
            bad.append('page %d has almost no text' % pg)
        img = subprocess.run(['pdftoppm', '-f', str(pg), '-l', str(pg), '-r', '24', '-gray', pdf],
                             capture_output=True).stdout
        # binary PGM: P5\n<w> <h>\n255\n<data>
        hdr = img.split(b'\n', 3)
        data = hdr[3]
        dark = sum(1 for b in data if b < 160) / max(1, len(data))
        if not 0.001 < dark < 0.35:
            bad.append('page %d renders with %.1f%% dark pixels' % (pg, 100 * dark))
    return n, bad



def main():
    bad = 0
    files = sorted(glob.glob(os.path.join(OUT, '*.truth.yaml')))
    kinds, fmts = {}, {}
    for f in files:
        y = yaml.safe_load(open(f, encoding='utf-8'))
        keys = list(y)
        exp = ['file', 'kind', 'fiscal_year', 'agency', 'unit', 'measures'] + (['sections'] if y['kind'] == 'measures' else []) + ['problems', 'notes']
        if keys != exp:
            print(f, 'keys', keys); bad += 1
        doc = os.path.join(OUT, y['file'])
        if not os.path.exists(doc):
            print('missing doc', doc); bad += 1; continue
        kinds[y['kind']] = kinds.get(y['kind'], 0) + 1
        ext = y['file'].rsplit('.', 1)[1]; fmts[ext] = fmts.get(ext, 0) + 1
        text = norm(doc_text(doc))
        base = y['file'].rsplit('.', 1)[0]
        src = [os.path.join(OUT, 'make', 'build', base + e) for e in ('.docx', '.html', '.xlsx')]
        src = [p for p in src if os.path.exists(p)]
        stext = norm(doc_text(src[0])) if src else ''
        for m in y['measures']:
            if list(m['elements']) != ELEMS or any(v not in ('present', 'missing') for v in m['elements'].values()):
                print(f, 'elements', m); bad += 1
            if m['number'] is not None and not isinstance(m['number'], str):
                print(f, 'number type', m); bad += 1
            t = norm(m['title'])
            if t not in text and not in_order(m['title'], text):
                if stext and t in stext and t[:6] in text:
                    continue  # wrapped/interleaved in the layout; present in the source it was made from
                print(f, 'title not found:', m['title']); bad += 1
        if y['kind'] == 'measures' and set(y['sections']) != {'weaknesses', 'improvements'}:
            print(f, 'sections'); bad += 1
        # the title (kind wording + declared fiscal year) must be visible in the document text itself
        starts = {'results': ['รายงานผลการดำเนินการ'], 'measures': ['มาตรการส่งเสริมคุณธรรม', 'การวิเคราะห์ผล'],
                  'plan': ['แผนการขับเคลื่อน', 'แผนปฏิบัติการ', 'แนวทางและมาตรการ']}[y['kind']]
        if not any(norm(st) in text for st in starts):
            print(f, 'title wording not found'); bad += 1
        if y['fiscal_year']:
            fy = str(y['fiscal_year'])
            if fy not in text and fy.translate(str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')) not in text:
                print(f, 'fiscal year not found'); bad += 1
        if ext == 'pdf' and src:
            # every word of the source must be somewhere in the PDF text (nothing clipped or lost in export)
            words = set(w for w in re.split(r'\s+', doc_text(src[0])) if len(norm(w)) >= 4)
            raw = norm(subprocess.run(['pdftotext', '-raw', doc, '-'], capture_output=True).stdout.decode())
            lost = [w for w in words if norm(w) not in raw]
            # a cell cut by a page break puts the page footer/header between the two halves of a word
            lost = [w for w in lost if not any(norm(w)[:k] in raw and norm(w)[k:] in raw for k in range(2, len(norm(w)) - 1))]
            if lost:
                print(f, 'PDF lacks %d source words, e.g.' % len(lost), lost[:5]); bad += 1
        n = len(y['measures'])
        if y['file'] in COUNTERS:
            c = COUNTERS[y['file']](doc)
            if c != n:
                print(f, 'label has %d measures, document structure has %d' % (n, c)); bad += 1
        else:
            print(f, 'no measure counter defined'); bad += 1
        if not order_ok([m['title'] for m in y['measures']], text) and not (stext and order_ok([m['title'] for m in y['measures']], stext)):
            print(f, 'labelled titles are not in document order'); bad += 1
        kind_in_name = {'results': '_results_', 'measures': '_measures_', 'plan': '_plan_'}[y['kind']]
        if kind_in_name not in y['file'] or (y['fiscal_year'] and str(y['fiscal_year']) not in y['file']):
            print(f, 'file name does not match kind/fiscal year'); bad += 1
        if y['unit'] not in ('measure', 'activity', 'project'):
            print(f, 'unit', y['unit']); bad += 1
        if ext == 'pdf':
            pages, pbad = pdf_pages_ok(doc)
            for b in pbad:
                print(f, 'PDF:', b); bad += 1
        miss = sum(v == 'missing' for m in y['measures'] for k, v in m['elements'].items() if k not in ('output',))
        print('%-45s %-8s %s %2d measures' % (y['file'], y['kind'], y['fiscal_year'], n))
    print('kinds', kinds, 'formats', fmts, 'problems', bad)
    if len(files) != 18 or kinds != {'results': 8, 'measures': 6, 'plan': 4} or min(fmts.values()) < 3 or len(fmts) != 5:
        print('round mix is not 18 documents / 8 results, 6 measures, 4 plans / >= 3 of each format'); bad += 1
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
