"""Check every round-15 truth file: parses, has the brief's shape, names an existing file, and its titles/kind/FY are visible."""
import os, re, sys, glob, html, zipfile, subprocess, unicodedata
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BUILD = os.path.join(HERE, 'build')
ELS = ['measure', 'steps', 'responsible', 'period', 'monitoring', 'output', 'outcome']
KIND_WORDS = {'measures': ['มาตรการส่งเสริมคุณธรรม', 'การวิเคราะห์ผลการประเมิน', 'การนำผลการประเมิน'],
              'results': ['รายงานผลการดำเนินการ'],
              'plan': ['แผนการขับเคลื่อน', 'แนวทางและมาตรการในการยกระดับ', 'แผนปฏิบัติการ']}
TH = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')

def docx_text(path):
    z = zipfile.ZipFile(path)
    x = z.read('word/document.xml').decode('utf-8')
    x = re.sub(r'</w:p>', '\n', x)
    return html.unescape(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', x.replace('\n', '<w:t>\n</w:t>'))))

def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        t = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
        src = os.path.join(BUILD, os.path.basename(path)[:-4] + '.docx')
        if os.path.exists(src):
            t += '\n' + docx_text(src)
        return t
    if ext == 'docx':
        return docx_text(path)
    raw = open(path, 'rb').read()
    try:
        s = raw.decode('utf-8')
    except UnicodeDecodeError:
        s = raw.decode('cp874')
    if ext == 'txt':
        m = os.path.join(BUILD, os.path.basename(path)[:-4] + '.docx')
        if os.path.exists(m):
            s += '\n' + docx_text(m)
    return html.unescape(re.sub(r'<[^>]+>', ' ', s))

def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u0e4d\u0e32', '\u0e33')
    return re.sub(r'[\s\u200b\xa0*|#`]+', '', s)

def main():
    bad = 0
    truths = sorted(glob.glob(os.path.join(OUT, '*.truth.yaml')))
    docs = [f for f in os.listdir(OUT) if os.path.isfile(os.path.join(OUT, f)) and not f.endswith('.truth.yaml') and f != 'INDEX.md']
    def err(t, msg):
        nonlocal bad
        bad += 1
        print('FAIL', os.path.basename(t), msg)
    for t in truths:
        try:
            d = yaml.safe_load(open(t, encoding='utf-8'))
        except Exception as e:
            err(t, 'yaml: %s' % e); continue
        f = os.path.join(OUT, str(d.get('file')))
        if not os.path.isfile(f):
            err(t, 'missing file %s' % d.get('file')); continue
        if os.path.splitext(d['file'])[0] != os.path.basename(t)[:-len('.truth.yaml')]:
            err(t, 'base name mismatch')
        kind = d.get('kind')
        if kind not in KIND_WORDS:
            err(t, 'kind'); continue
        if not (d.get('fiscal_year') is None or isinstance(d['fiscal_year'], int)):
            err(t, 'fiscal_year')
        if d.get('unit') not in ('measure', 'activity', 'project'):
            err(t, 'unit')
        if (kind == 'measures') != ('sections' in d):
            err(t, 'sections only for measures')
        if kind == 'measures':
            s = d['sections']
            if set(s) != {'weaknesses', 'improvements'} or any(v not in ('present', 'missing') for v in s.values()):
                err(t, 'sections shape')
        if not isinstance(d.get('problems'), list) or not isinstance(d.get('notes'), str):
            err(t, 'problems/notes')
        txt = text_of(f)
        nt = norm(txt)
        if not any(norm(w) in nt for w in KIND_WORDS[kind]):
            err(t, 'kind wording not visible')
        fy = d.get('fiscal_year')
        if fy and str(fy) not in txt.translate(TH):
            err(t, 'fiscal year not visible')
        pos = 0
        ms = d.get('measures') or []
        if not ms:
            err(t, 'no measures')
        for m in ms:
            num = m.get('number')
            if num is not None and not (isinstance(num, str) and re.fullmatch(r'\d+(\.\d+)*', num)):
                err(t, 'number %r' % num)
            el = m.get('elements', {})
            if list(el) != ELS or any(v not in ('present', 'missing') for v in el.values()):
                err(t, 'elements shape for %s' % num)
            if el.get('measure') != 'present':
                err(t, 'measure element missing for %s' % num)
            if kind != 'results' and el.get('output') == 'present':
                err(t, 'output present in %s' % kind)
            tt = norm(m['title'])
            i = nt.find(tt, pos)
            if i < 0:
                i = nt.find(tt)
                if i < 0:
                    err(t, 'title not visible: %s' % m['title'])
                else:
                    print('warn', os.path.basename(t), 'title out of order:', m['title'][:30])
            else:
                pos = i + len(tt)
        for f2 in [f]:
            if f2.endswith('.pdf'):
                fonts = subprocess.run(['pdffonts', f2], capture_output=True, text=True).stdout.splitlines()[2:]
                if any(' no ' in ln.split('Type')[-1][:40] and ln.split()[-5] == 'no' for ln in fonts if len(ln.split()) > 5):
                    err(t, 'PDF font not embedded')
                info = subprocess.run(['pdfinfo', f2], capture_output=True, text=True).stdout
                npages = int(re.search(r'Pages:\s+(\d+)', info).group(1))
                for p in range(1, npages + 1):
                    pt = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), f2, '-'], capture_output=True, text=True).stdout
                    if not pt.strip():
                        err(t, 'PDF page %d has no text' % p)
            if f2.endswith('.docx'):
                try:
                    import docx
                    docx.Document(f2)
                except Exception as e:
                    if 'strict' not in open(t, encoding='utf-8').read().lower():
                        err(t, 'docx does not open: %s' % e)
        print('ok  ', os.path.basename(t), kind, d.get('fiscal_year'), len(ms), 'units')
    named = {yaml.safe_load(open(t, encoding='utf-8'))['file'] for t in truths}
    for f in docs:
        if f not in named:
            print('FAIL no truth for', f); bad += 1
    print('%d truth files, %d problems' % (len(truths), bad))
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
