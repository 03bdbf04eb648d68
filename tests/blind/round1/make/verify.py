"""Sanity checks: every label file parses, every labelled title occurs in the document's text."""
import glob, os, re, subprocess, html, yaml, docx, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    raw = open(path, "rb").read()
    enc = "cp874" if b"windows-874" in raw[:2000] else "utf-8"
    s = raw.decode(enc)
    if ext == "html":
        s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return re.sub(r"<[^>]+>", " ", s)

norm = lambda s: re.sub(r"\s+", "", s)
tot = collections.Counter()
for y in sorted(glob.glob(os.path.join(OUT, "*.truth.yaml"))):
    d = yaml.safe_load(open(y, encoding="utf-8"))
    doc = os.path.join(OUT, d["file"])
    assert os.path.exists(doc), doc
    t = norm(text_of(doc))
    miss = collections.Counter()
    bad = []
    for m in d["measures"]:
        key = norm(m["title"])[:18]
        if key not in t:
            bad.append(m["title"][:30])
        for e, v in m["elements"].items():
            assert v in ("present", "missing"), (y, m, e)
            if v == "missing":
                miss[e] += 1
        assert len(m["elements"]) == 7
    tot[d["kind"]] += 1
    print("%-45s %-8s %-5s %-8s n=%-2d missing=%s %s" % (d["file"], d["kind"], d["fiscal_year"], d["unit"], len(d["measures"]),
          dict(miss), ("TITLE-NOT-FOUND " + str(bad)) if bad else ""))
print(dict(tot))
