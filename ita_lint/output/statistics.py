"""`--statistics`: how many findings each rule has, most first, as ruff prints them, under a
heading and with the severity in the user's language:

    จำนวน  กฎ                   ความรุนแรง
        4  status-box           ข้อผิดพลาด
        2  fiscal-year-periods  คำเตือน

Unreadable files count under `input`. Nothing is printed for a clean run.
"""

from __future__ import annotations

from collections import Counter

from ita_lint.model import RunResult


def counts(run: RunResult) -> list[tuple[str, str, int]]:
    """(rule, severity, count), most findings first, then by rule id."""
    counter: Counter = Counter((f.rule, f.severity) for r in run.documents for f in r.findings)
    counter.update(("input", "error") for _ in run.errors)
    return sorted(((rule, sev, n) for (rule, sev), n in counter.items()), key=lambda c: (-c[2], c[0], c[1]))


HEADINGS = {"th": ("จำนวน", "กฎ", "ความรุนแรง"), "en": ("count", "rule", "severity")}


def render(run: RunResult, lang: str = "th") -> str:
    rows = counts(run)
    if not rows:
        return ""
    from ita_lint.output.labels import LABELS
    from ita_lint.wrap import cell_width as cells

    count, rule_word, severity = HEADINGS[lang]
    width = max(cells(rule) for rule in [rule_word] + [r for r, _, _ in rows])
    digits = max([cells(count)] + [len(str(n)) for _, _, n in rows])
    lines = [(count, rule_word, severity)] + [(str(n), rule, LABELS[lang][sev]) for rule, sev, n in rows]
    # padded by display cells: a Thai heading's marks above and below take no column
    return "".join(" " * (digits - cells(a)) + f"{a}  {b}{' ' * (width - cells(b))}  {c}\n" for a, b, c in lines)
