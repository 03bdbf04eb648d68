"""Run a pack's rules over a Report: findings, in the officer's language, and the score.

Score (documented in the README): every rule that applies to the document's
kind and has a weight contributes `weight × pass`, where `pass` is the share of
its units that passed — each measure for a per-measure rule (no measures at all
counts as one failed unit), the whole document otherwise. The score is
`100 × Σ weight·pass / Σ weight`, 0–100. Rules a kind does not require are left
out of both sums, not counted as passed.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field

from ita_lint.engine.checks import Check, Hit, check_for
from ita_lint.engine.loader import LoadedPack
from ita_lint.engine.schema import Rule
from ita_lint.model import SEVERITIES, DocumentResult, Finding, Location, Report


@dataclass(frozen=True)
class Selection:
    """Which rules run, ruff-style: ids or categories; `ignore` wins over `select`."""

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    severity: dict = field(default_factory=dict)  # rule id or category -> severity

    def wants(self, rule: Rule) -> bool:
        keys = {rule.id, rule.category}
        if keys & self.ignore:
            return False
        return not self.select or bool(keys & self.select)

    def severity_of(self, rule: Rule) -> str:
        return self.severity.get(rule.id) or self.severity.get(rule.category) or rule.severity


@dataclass(frozen=True)
class Options:
    lang: str = "th"
    selection: Selection = Selection()
    fail_under: float = 0.0
    fail_severity: str = "error"


class _Formatter(string.Formatter):
    """str.format that localises dict/Location values and leaves unknown fields as they are."""

    def __init__(self, lang: str):
        self.lang = lang

    def get_value(self, key, args, kwargs):
        if key not in kwargs:
            return "{" + str(key) + "}"
        value = kwargs[key]
        if isinstance(value, dict) and set(value) >= {"th", "en"}:
            return value[self.lang if self.lang in value else "th"]
        if isinstance(value, Location):
            return value.describe(self.lang) or "-"
        return value


def _message(rule: Rule, hit: Hit, report: Report, pack: LoadedPack, lang: str) -> tuple[str, str]:
    fmt = _Formatter(lang)
    measure = next((m for m in report.measures if m.index == hit.measure), None) if hit.measure else None
    kind_vocab = next((k for k in pack.vocabulary.kinds if k.id == report.kind), None)
    params = {
        # the document's own number for the measure, as the officer sees it
        "measure": measure.label if measure else (hit.measure or ""),
        "title": measure.title if measure else "",
        "element": pack.vocabulary.elements[hit.element].name.get(lang) if hit.element in pack.vocabulary.elements else "",
        "location": hit.location,
        "fy": report.fiscal_year or "?",
        "year": pack.assessment_year,
        "item": f" ({pack.meta.items[report.kind].code})" if report.kind in pack.meta.items else "",  # type: ignore[index]
        "kind_name": kind_vocab.name.get(lang) if kind_vocab else report.kind,
        **hit.params,
    }
    params["detail"] = fmt.format(rule.cases[hit.case].get(lang), **params) if hit.case in rule.cases else ""
    return fmt.format(rule.message.get(lang), **params), fmt.format(rule.fix.get(lang), **params)


def applicable(pack: LoadedPack, kind: str, selection: Selection) -> list[Rule]:
    return [r for r in pack.rules if selection.wants(r) and (not r.kinds or kind in r.kinds)]


_CHECKS: dict[tuple[str, str], Check] = {}


def _check(rule: Rule, pack: LoadedPack) -> Check:
    key = (pack.id, rule.id)
    check = _CHECKS.get(key)
    if check is None or check.rule is not rule:
        check = _CHECKS[key] = check_for(rule, pack)
    return check


# Said of every finding on a document whose text was read by OCR: its words may be misread.
OCR_NOTE = {"th": " (ข้อความจาก OCR อาจอ่านผิด)", "en": " (text read by OCR; it may be misread)"}


def lint_report(report: Report, pack: LoadedPack, options: Options = Options()) -> DocumentResult:
    findings: list[Finding] = []
    ocr_note = OCR_NOTE[options.lang] if any(b.from_ocr for b in report.document.blocks) else ""
    earned = total = 0.0
    rules = applicable(pack, report.kind, options.selection)
    waivers = report.document.waivers
    for waiver in waivers:
        waiver.used = set()
    # unused-waiver last: it needs to know what the others' waivers suppressed
    rules.sort(key=lambda r: r.type == "unused-waiver")
    checked: set[str] = set()
    for rule in rules:
        check = _check(rule, pack)
        if rule.type == "unused-waiver":
            known = {r.id for r in pack.rules} | {r.category for r in pack.rules}
            hits = check.unused(report, known, checked)  # type: ignore[attr-defined]
        else:
            hits = _unwaived(check.run(report), rule, waivers) if waivers else check.run(report)
            if rule.type != "traceability":  # its findings come later, across documents
                checked |= {rule.id, rule.category}
        severity = options.selection.severity_of(rule)
        for hit in hits:
            message, fix = _message(rule, hit, report, pack, options.lang)
            findings.append(Finding(rule.id, rule.category, severity, message + ocr_note, hit.location,  # type: ignore[arg-type]
                                    hit.element, hit.measure, fix))
        if rule.weight > 0:
            total += rule.weight
            earned += rule.weight * _pass_share(check.unit, hits, len(report.measures))
    score = round(100.0 * earned / total, 2) if total else 100.0
    findings.sort(key=_order)
    failing = SEVERITIES.index(options.fail_severity)
    passed = score >= options.fail_under and not any(SEVERITIES.index(f.severity) >= failing for f in findings)
    required = tuple(r.element for r in rules if r.type == "element")  # type: ignore[union-attr]
    return DocumentResult(report, pack.id, findings, score, passed, required)


def _unwaived(hits: list[Hit], rule: Rule, waivers: list) -> list[Hit]:
    """The hits no inline waiver covers; the waivers that cover one remember the name that did."""
    kept = []
    for hit in hits:
        waived = False
        for waiver in waivers:
            names = {rule.id, rule.category} & set(waiver.names)
            if names and waiver.covers(hit.location):
                waiver.used |= names
                waived = True
        if not waived:
            kept.append(hit)
    return kept


def _pass_share(unit: str, hits: list[Hit], measures: int) -> float:
    if unit == "measure":
        if measures == 0:
            return 0.0
        failed = len({h.measure for h in hits})
        return 1.0 - failed / measures
    return 0.0 if hits else 1.0


def _order(f: Finding) -> tuple:
    loc = f.location
    return (loc.page or 0, loc.line or 0, loc.table or 0, loc.row or 0, loc.paragraph or 0, f.measure or 0, f.rule, f.message)
