"""Measures ↔ results traceability, across the documents of one run.

A results report of fiscal year Y reports on the measures of fiscal year Y: both
are published (the measures in assessment Y, the results in assessment Y+1), and
the manual asks the results report to report on the measures that were declared.
So, after every document of a run has been read, each measures document is paired
with the results report of the same agency and the same fiscal year — agencies
compared by name, normalised ("อบต." is "องค์การบริหารส่วนตำบล", spaces and
marks ignored); when either document names no agency, the two must be in the same
folder. A document that several could pair with goes with the one of the same
folder, then the one whose measures match best; each document is in one pair at
most. Documents without measures are not paired (`measures-found` says so).

The measures of a pair are matched by the words of their names (`trace.match`).
A declared measure without a result is a finding of rule type `traceability`,
side `declared-unreported`, and a result that matches no declared measure one of
side `reported-undeclared`; both go on the results report (it is the one to fix),
through the rule's selection, severity and waivers as that document's settings
say, naming both sides and the nearest candidate with its similarity. They are
computed on every run from the documents' results — never cached as part of one
document's result — and a document given an error this way no longer passes.

This package's `__init__` imports nothing heavy: the words module (pythainlp,
rapidfuzz) is loaded only when a pair has been found.
"""

from __future__ import annotations

import os
import re
import string
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from ita_lint.wrap import shorten
from ita_lint.model import NOWHERE, SEVERITIES, DocumentResult, Finding, Location, Measure, RunResult

# how a title is quoted in messages and the table
QUOTE_CHARS = 70


@dataclass(frozen=True)
class MeasureRef:
    """A measure as the pairing names it: its place in its document, its own number, its name."""

    index: int
    number: Optional[str]
    title: str
    location: Location = NOWHERE

    @property
    def label(self) -> str:
        return self.number or str(self.index)

    def as_dict(self) -> dict:
        return {"index": self.index, "number": self.number, "title": self.title, "location": self.location.as_dict()}


@dataclass(frozen=True)
class Pair:
    measure: MeasureRef
    result: MeasureRef
    score: float

    def as_dict(self) -> dict:
        return {"measure": self.measure.as_dict(), "result": self.result.as_dict(), "score": round(self.score, 1)}


@dataclass(frozen=True)
class Unmatched:
    """A measure left without a counterpart, and the nearest one on the other side (None: the
    other side has none at all)."""

    ref: MeasureRef
    nearest: Optional[MeasureRef]
    score: float

    def as_dict(self) -> dict:
        return {**self.ref.as_dict(), "nearest": self.nearest.as_dict() if self.nearest else None,
                "nearest_score": round(self.score, 1)}


@dataclass
class Traceability:
    """One measures document and the results report on it, their measures paired."""

    measures: str  # path of the measures document
    results: str  # path of the results report
    fiscal_year: int
    agency: Optional[str]
    threshold: float
    pairs: list[Pair] = field(default_factory=list)
    unmatched_measures: list[Unmatched] = field(default_factory=list)
    unmatched_results: list[Unmatched] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"measures": self.measures, "results": self.results, "fiscal_year": self.fiscal_year,
                "agency": self.agency, "threshold": self.threshold,
                "pairs": [p.as_dict() for p in self.pairs],
                "unmatched_measures": [u.as_dict() for u in self.unmatched_measures],
                "unmatched_results": [u.as_dict() for u in self.unmatched_results]}


# --- which documents go together ---------------------------------------------------------------

# Abbreviations of agency kinds, as titles and letterheads write them.
_AGENCY_ABBREVIATIONS = (
    (r"อบจ\.?", "องค์การบริหารส่วนจังหวัด"),
    (r"อบต\.?", "องค์การบริหารส่วนตำบล"),
    (r"ทน\.", "เทศบาลนคร"),
    (r"ทม\.", "เทศบาลเมือง"),
    (r"ทต\.", "เทศบาลตำบล"),
    (r"รพ\.สต\.", "โรงพยาบาลส่งเสริมสุขภาพตำบล"),
    (r"รพ\.", "โรงพยาบาล"),
)
_NOT_LETTER = re.compile(r"[^0-9A-Za-z\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]+")


def normalise_agency(name: Optional[str]) -> Optional[str]:
    """An agency's name for comparison: abbreviations of its kind spelt out, no spaces, dots,
    brackets, and Thai digits made Arabic. None for no name."""
    if not name or not name.strip():
        return None
    from ita_lint.thai import to_arabic_digits

    text = to_arabic_digits(name.strip())
    for pattern, full in _AGENCY_ABBREVIATIONS:
        text = re.sub("^" + pattern + r"\s*", full, text)
    text = _NOT_LETTER.sub("", text)
    return text.lower() or None


def _folder(result: DocumentResult) -> str:
    return os.path.dirname(os.path.abspath(result.report.document.path)) if "://" not in result.report.document.path \
        else result.report.document.path.rsplit("/", 1)[0]


def candidates(results: Iterable[DocumentResult]) -> list[tuple[DocumentResult, DocumentResult, int]]:
    """Every (measures document, results report, how well they belong together) that may pair:
    same fiscal year, same agency (2), or no agency on one side and the same folder (1); a
    measures document and a results report each with at least one measure."""
    docs = list(results)
    measures = [r for r in docs if r.report.kind == "measures" and r.report.fiscal_year and r.report.measures]
    reports = [r for r in docs if r.report.kind == "results" and r.report.fiscal_year and r.report.measures]
    out = []
    for m in measures:
        for r in reports:
            if m.report.fiscal_year != r.report.fiscal_year:
                continue
            a, b = normalise_agency(m.report.agency), normalise_agency(r.report.agency)
            if a and b:
                if a == b:
                    out.append((m, r, 2))
            elif _folder(m) == _folder(r):
                out.append((m, r, 1))
    return out


# --- the run's traceability ----------------------------------------------------------------------

RulesFor = Callable[[DocumentResult], tuple[object, object]]  # a document -> (its pack, its engine Options)


def trace_run(run: RunResult, rules_for: RulesFor) -> RunResult:
    """The run with its measures documents and results reports paired, `run.traceability` set,
    and the findings of unpaired measures added to the results reports (passed updated)."""
    edges = candidates(run.documents)
    if not edges:
        run.traceability = []
        return run
    from ita_lint.trace.match import MATCH_THRESHOLD
    from ita_lint.words import dictionary_for

    scored = []
    for m, r, belong in edges:
        pack, _ = rules_for(r)
        t = match_documents(m, r, dictionary_for(pack), MATCH_THRESHOLD)
        share = len(t.pairs) / max(len(m.report.measures), len(r.report.measures))
        scored.append(((belong, _folder(m) == _folder(r), share), m, r, t))
    # the best-belonging pairs first; among equals, document order (a stable sort keeps it)
    scored.sort(key=lambda x: (x[1].report.document.path, x[2].report.document.path))
    scored.sort(key=lambda x: x[0], reverse=True)
    used: set[int] = set()
    chosen = []
    for _, m, r, t in scored:
        if id(m) in used or id(r) in used:
            continue
        used.update((id(m), id(r)))
        chosen.append((m, r, t))
    chosen.sort(key=lambda x: (x[0].report.document.path, x[1].report.document.path))
    for m, r, t in chosen:
        pack, options = rules_for(r)
        _add_findings(r, m, t, pack, options)
    run.traceability = [t for _, _, t in chosen]
    run.passed = not run.errors and all(d.passed for d in run.documents)
    return run


def _ref(measure: Measure) -> MeasureRef:
    from ita_lint.trace.match import name_of

    return MeasureRef(measure.index, measure.number, _short(name_of(measure)), measure.location)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return shorten(text, QUOTE_CHARS)


def match_documents(measures_doc: DocumentResult, results_doc: DocumentResult, extra: frozenset[str],
                    threshold: float) -> Traceability:
    """The measures of the two documents paired one to one, and those left over."""
    from ita_lint.trace.match import assign, nearest, score_matrix, words_of

    left, right = measures_doc.report.measures, results_doc.report.measures
    lw, rw = words_of(left, extra), words_of(right, extra)
    # a measure without a name cannot be matched, nor said to be missing: element-measure says so
    li = [i for i, w in enumerate(lw) if w]
    ri = [j for j, w in enumerate(rw) if w]
    matrix = score_matrix([lw[i] for i in li], [rw[j] for j in ri])
    pairs = assign(matrix, threshold)
    paired_i = {p.measure for p in pairs}
    paired_j = {p.result for p in pairs}
    t = Traceability(measures_doc.report.document.path, results_doc.report.document.path,
                     measures_doc.report.fiscal_year or 0,
                     measures_doc.report.agency or results_doc.report.agency, threshold)
    t.pairs = [Pair(_ref(left[li[p.measure]]), _ref(right[ri[p.result]]), p.score) for p in pairs]
    for a in range(len(li)):
        if a not in paired_i:
            k, score = nearest(matrix, i=a)
            t.unmatched_measures.append(Unmatched(_ref(left[li[a]]), _ref(right[ri[k]]) if k is not None else None, score))
    for b in range(len(ri)):
        if b not in paired_j:
            k, score = nearest(matrix, j=b)
            t.unmatched_results.append(Unmatched(_ref(right[ri[b]]), _ref(left[li[k]]) if k is not None else None, score))
    return t


class _Format(string.Formatter):
    """str.format that leaves unknown fields as they are."""

    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "{" + str(key) + "}") if isinstance(key, str) else super().get_value(key, args, kwargs)


# said of every finding on a document read by OCR (as the engine does)
_OCR = {"th": " (ข้อความจาก OCR อาจอ่านผิด)", "en": " (text read by OCR; it may be misread)"}


def _add_findings(results_doc: DocumentResult, measures_doc: DocumentResult, t: Traceability, pack, options) -> None:
    lang = "en" if options.lang == "en" else "th"
    rules = {r.side: r for r in pack.rules if r.type == "traceability" and options.selection.wants(r)
             and (not r.kinds or "results" in r.kinds)}
    ocr = any(b.from_ocr for b in results_doc.report.document.blocks) or \
        any(f.message.endswith(_OCR[lang]) for f in results_doc.findings)
    base = {"measures_file": os.path.basename(t.measures), "results_file": os.path.basename(t.results),
            "fy": t.fiscal_year, "threshold": f"{t.threshold:.0f}"}
    new: list[Finding] = []
    fmt = _Format()

    def finding(rule, case: str, location: Location, measure: Optional[int], params: dict) -> Finding:
        params = {**base, **params}
        params["detail"] = fmt.format(rule.cases[case].get(lang), **params) if case in rule.cases else ""
        message = fmt.format(rule.message.get(lang), **params) + (_OCR[lang] if ocr else "")
        return Finding(rule.id, rule.category, options.selection.severity_of(rule), message, location, None, measure,
                       fmt.format(rule.fix.get(lang), **params))

    rule = rules.get("declared-unreported")
    if rule is not None:
        for u in t.unmatched_measures:
            params = {"number": u.ref.label, "title": u.ref.title,
                      "nearest_number": u.nearest.label if u.nearest else "", "nearest_title": u.nearest.title if u.nearest else "",
                      "score": f"{u.score:.0f}"}
            new.append(finding(rule, "nearest" if u.nearest else "none", NOWHERE, None, params))
    rule = rules.get("reported-undeclared")
    if rule is not None:
        for u in t.unmatched_results:
            params = {"number": u.ref.label, "title": u.ref.title,
                      "nearest_number": u.nearest.label if u.nearest else "", "nearest_title": u.nearest.title if u.nearest else "",
                      "score": f"{u.score:.0f}"}
            new.append(finding(rule, "nearest" if u.nearest else "none", u.ref.location, u.ref.index, params))
    if not new:
        return
    # each new finding goes where the engine's order puts it; the others keep their places
    for f in sorted(new, key=_order):
        key = _order(f)
        at = next((i for i, g in enumerate(results_doc.findings) if _order(g) > key), len(results_doc.findings))
        results_doc.findings.insert(at, f)
    failing = SEVERITIES.index(getattr(options, "fail_severity", "error"))
    if any(SEVERITIES.index(f.severity) >= failing for f in new):
        results_doc.passed = False


def _order(f: Finding) -> tuple:
    # the engine's order (engine/run.py): where, then measure, rule and message
    loc = f.location
    return (loc.page or 0, loc.line or 0, loc.table or 0, loc.row or 0, loc.paragraph or 0, f.measure or 0, f.rule, f.message)
