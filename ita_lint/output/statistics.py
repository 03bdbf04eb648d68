"""`--statistics`: how many findings each rule has, most first, as ruff prints them.

       4  status-box          error
       2  fiscal-year-periods warning

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


def render(run: RunResult) -> str:
    rows = counts(run)
    if not rows:
        return ""
    width = max(len(rule) for rule, _, _ in rows)
    digits = max(len(str(n)) for _, _, n in rows)
    return "".join(f"{n:>{digits}}  {rule:<{width}}  {sev}\n" for rule, sev, n in rows)
