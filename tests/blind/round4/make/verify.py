"""Check every label: shape, seven elements, measures-only sections, and that each labelled title occurs in its
document (whitespace and Thai combining marks ignored; for PDF via pdftotext, for DOCX via python-docx)."""
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
                if stext and t in stext and t[:8] in text:
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
        miss = sum(v == 'missing' for m in y['measures'] for k, v in m['elements'].items() if k not in ('output',))
        print('%-45s %-8s %s %2d measures' % (y['file'], y['kind'], y['fiscal_year'], n))
    print('kinds', kinds, 'formats', fmts, 'problems', bad)
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
