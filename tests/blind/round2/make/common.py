"""Shared helpers for the round-2 blind documents: measure records, label (truth.yaml) writer."""
import os, re, html, yaml

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAKE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(MAKE, "build")
os.makedirs(BUILD, exist_ok=True)

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
AR = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def th(s):
    """Arabic -> Thai digits."""
    return str(s).translate(TH)


def ar(s):
    return str(s).translate(AR)


def plain(s):
    """Strip markup / box structures to the visible text."""
    if s is None:
        return ""
    if isinstance(s, Boxes):
        return s.text
    if isinstance(s, (list, tuple)):
        return "\n".join(plain(x) for x in s)
    s = re.sub(r"<[^>]+>", " ", str(s))
    return html.unescape(s)


PLACEHOLDER = re.compile(r"^[\s\-–—\.…·_]*$")
EMPTY_WORDS = {"ไม่มี", "(ระบุ)", "( ระบุ )", "ระบุ", "n/a", "N/A"}


def blank(s, outcome=False):
    t = plain(s).strip()
    if PLACEHOLDER.match(t):
        return True
    t2 = re.sub(r"[\s\-–\.…]", "", t)
    if t in EMPTY_WORDS or t2 in {"ไม่มี", "(ระบุ)"}:
        return True
    if outcome and t2.startswith("อยู่ระหว่างดำเนินการ") and len(t2) <= 25:
        return True
    return False


class Boxes:
    """A status check-box list. ticks = indexes of ticked boxes."""
    LABELS = ["ไม่สามารถดำเนินการได้", "อยู่ระหว่างการดำเนินการ", "ดำเนินการแล้วเสร็จ"]

    def __init__(self, *ticks, labels=None):
        self.ticks = set(ticks)
        self.labels = labels or self.LABELS

    @property
    def text(self):
        return " ".join(("☑ " if i in self.ticks else "☐ ") + l for i, l in enumerate(self.labels))

    def ok(self):
        return len(self.ticks) == 1


class M:
    """One measure (or activity) as written in a document.
    Fields hold what the document says; None = the document has no such slot for it.
    ovr = explicit element overrides {'monitoring': 'present', ...} with the reason in the doc's notes."""

    def __init__(self, num, title, steps=None, resp=None, period=None, mon=None, out=None, outc=None,
                 ovr=None, **extra):
        self.num, self.title = num, title
        self.steps, self.resp, self.period, self.mon, self.out, self.outc = steps, resp, period, mon, out, outc
        self.ovr = ovr or {}
        self.extra = extra

    def __getattr__(self, k):
        ex = self.__dict__.get("extra", {})
        if k in ex:
            return ex[k]
        raise AttributeError(k)

    def elements(self):
        e = {}
        e["measure"] = "present"
        e["steps"] = "missing" if blank(self.steps) else "present"
        e["responsible"] = "missing" if blank(self.resp) else "present"
        e["period"] = "missing" if blank(self.period) else "present"
        e["monitoring"] = "missing" if blank(self.mon) else "present"
        if isinstance(self.out, Boxes):
            e["output"] = "present" if self.out.ok() else "missing"
        else:
            e["output"] = "missing" if blank(self.out) else "present"
        e["outcome"] = "missing" if blank(self.outc, outcome=True) else "present"
        for k, v in self.ovr.items():
            assert k in e and v in ("present", "missing"), (k, v)
            e[k] = v
        return e


def clean_title(t, n=60):
    t = re.sub(r"<[^>]+>", "", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t[:n]


def write_truth(name, kind, fy, agency, unit, measures, problems, notes, sections=None):
    d = {"file": name, "kind": kind, "fiscal_year": fy, "agency": agency, "unit": unit, "measures": []}
    for m in measures:
        d["measures"].append({
            "number": None if m.num is None else ar(str(m.num)),
            "title": clean_title(m.title),
            "elements": m.elements(),
        })
    if kind == "measures":
        assert sections is not None
        d["sections"] = sections
    d["problems"] = problems
    d["notes"] = re.sub(r"\s+", " ", notes).strip()
    base = name.rsplit(".", 1)[0]
    with open(os.path.join(OUT, base + ".truth.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, allow_unicode=True, sort_keys=False, width=120)
    return d


def save_text(name, text, encoding="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=encoding, newline="") as f:
        f.write(text)


def esc(s):
    return html.escape(s, quote=False)
