"""Shared helpers for building the round-1 blind test documents and their labels."""
import os, re, yaml

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
AR = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def th(s):
    """Arabic -> Thai digits."""
    return str(s).translate(TH)


def ar(s):
    return str(s).translate(AR)


EMPTY = {"", "-", "–", "ไม่มี", "(ระบุ)", "ระบุ", "n/a", "N/A"}
ELEMS = ["measure", "steps", "responsible", "period", "monitoring", "output", "outcome"]
FIELD = {"steps": "steps", "responsible": "resp", "period": "period",
         "monitoring": "mon", "output": "output", "outcome": "outcome", "measure": "title"}


def said(v, elem=None):
    """Does a value actually state something (label rules of the brief)?"""
    if v is None:
        return False
    if isinstance(v, (list, tuple)):
        return any(said(x, elem) for x in v)
    s = re.sub(r"<[^>]+>", "", str(v)).strip()
    s2 = s.strip(". …_").strip()
    if s2 in EMPTY or not s2:
        return False
    if elem == "outcome" and re.fullmatch(r"(อยู่ระหว่าง(การ)?ดำเนินการ|รอผล.*)", s2):
        return False
    return True


def elements(m):
    """Label for one measure record.  m may carry 'status' (list of ticked box indexes)
    and 'L' (explicit overrides, e.g. monitoring stated inside the steps text)."""
    out = {}
    for e in ELEMS:
        v = m.get(FIELD[e])
        ok = said(v, e)
        if e == "output" and not ok and "status" in m:
            ok = len(m["status"]) == 1
        out[e] = "present" if ok else "missing"
    for k, v in (m.get("L") or {}).items():
        out[k] = v
    return out


def write_truth(name, kind, fy, agency, unit, measures, problems, notes, sections=None, file=None):
    recs = []
    for m in measures:
        if m.get("group") or m.get("spill"):
            continue
        recs.append({
            "number": None if m.get("no") in (None, "") else ar(m["no"]),
            "title": re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", m.get("ltitle") or m["title"])).strip()[:60],
            "elements": elements(m),
        })
    d = {"file": file or name, "kind": kind, "fiscal_year": fy, "agency": agency, "unit": unit,
         "measures": recs}
    if kind == "measures":
        d["sections"] = sections
    d["problems"] = problems
    d["notes"] = notes
    base = os.path.splitext(file or name)[0]
    with open(os.path.join(OUT, base + ".truth.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=1000)
    return d


def checkbox_txt(opts, ticked, style="unicode"):
    """opts: list of labels; ticked: list of indexes."""
    res = []
    for i, o in enumerate(opts):
        if style == "unicode":
            res.append(("☑ " if i in ticked else "☐ ") + o)
        elif style == "html":
            res.append(('<input type="checkbox" checked=""/>' if i in ticked else '<input type="checkbox"/>') + " " + o)
    return res


STATUS3 = ["ไม่สามารถดำเนินการได้", "อยู่ระหว่างการดำเนินการ", "ดำเนินการแล้วเสร็จ"]


def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
