"""Sanity checks for round 2: labels parse, have the brief's shape, and each labelled title's start occurs in the
document's text (PDF via pdftotext -raw, DOCX via all w:t incl. text boxes / content controls)."""
import glob, os, re, subprocess, html, zipfile, collections, yaml

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EL = ["measure", "steps", "responsible", "period", "monitoring", "output", "outcome"]


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        return " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x))
    s = open(path, encoding="utf-8").read()
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


norm = lambda s: re.sub(r"[\s\u200b]+", "", s)
kinds, fmts = collections.Counter(), collections.Counter()
for y in sorted(glob.glob(os.path.join(OUT, "*.truth.yaml"))):
    d = yaml.safe_load(open(y, encoding="utf-8"))
    assert list(d)[:5] == ["file", "kind", "fiscal_year", "agency", "unit"], y
    doc = os.path.join(OUT, d["file"])
    assert os.path.exists(doc), doc
    assert d["kind"] in ("measures", "results", "plan")
    assert ("sections" in d) == (d["kind"] == "measures"), y
    t = norm(text_of(doc))
    miss = collections.Counter()
    bad = []
    for m in d["measures"]:
        assert list(m["elements"]) == EL, (y, m)
        assert all(v in ("present", "missing") for v in m["elements"].values())
        assert m["number"] is None or re.fullmatch(r"\d+(\.\d+)?", m["number"]), m["number"]
        key = norm(m["title"])[:10]
        if key not in t:
            bad.append(m["title"][:30])
        for e, v in m["elements"].items():
            if v == "missing":
                miss[e] += 1
    kinds[d["kind"]] += 1
    fmts[d["file"].rsplit(".", 1)[1]] += 1
    print("%-42s %-8s %s %-8s n=%-2d missing=%s %s" % (d["file"], d["kind"], d["fiscal_year"], d["unit"], len(d["measures"]),
          dict(miss), ("TITLE-NOT-FOUND " + str(bad)) if bad else ""))
print(dict(kinds), dict(fmts))
