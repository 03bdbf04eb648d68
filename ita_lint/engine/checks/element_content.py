"""`element-content`: a present element says something of substance (a content-quality warning).

An absent element is the `element` check's finding; this one reads what a present
one says. The value is read as `compact` text (spaces removed, Arabic digits), each
line's leading list number ("๑.", "(2)") dropped first, since a list number is no
figure. Then:

- `vague`: with every `filler` match removed nothing is left — "เจ้าหน้าที่ทุกคน" as
  the responsible party names no one;
- `no-evidence`: something is left, but the value matches none of `require` — an
  output with no figure, date, document or link;
- `only-status`: the filler is all the value says ("☑ ดำเนินการแล้วเสร็จ") and the rule
  names an `or_element`, which matches none of `require` either. A ticked status box is
  the whole output in the form most agencies use, whose details go in the outcome.

A value matching an `exempt` pattern is not judged (a measure not carried out has no
evidence to show). All patterns come from the rule; this module knows no Thai.
"""

from __future__ import annotations

import re
from typing import Optional

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Measure, Report
from ita_lint.thai import compact, squash

# how much of the value a message quotes
QUOTE_CHARS = 60


class ElementContentCheck(Check):
    unit = "measure"

    def __init__(self, rule, pack):
        super().__init__(rule, pack)
        self.filler = [re.compile(p) for p in rule.filler]
        self.require = [re.compile(p) for p in rule.require]
        self.exempt = [re.compile(p) for p in rule.exempt]

    def run(self, report: Report) -> list[Hit]:
        element = self.rule.element  # type: ignore[union-attr]
        hits = []
        for m in report.measures:
            value = m.elements.get(element)
            if value is None:
                continue
            case = self.judge(value.text, m)
            if case:
                hits.append(Hit(value.location, m.index, element, case, {"found": quote(value.text)}))
        return hits

    def judge(self, text: str, measure: Optional[Measure] = None) -> Optional[str]:
        """The case a value falls in, or None when it says enough."""
        c = self.read(text)
        if any(p.search(c) for p in self.exempt):
            return None
        left = c
        for p in self.filler:
            left = p.sub("", left)
        if not left:
            other = self.rule.or_element  # type: ignore[union-attr]
            if other is None:
                return "vague"
            if not self.require:
                return None
            value = measure.elements.get(other) if measure else None
            if value is not None and self._shows(self.read(value.text)):
                return None
            return "only-status"
        if self.require and not self._shows(c):  # the whole value: filler may hold a link's dots
            return "no-evidence"
        return None

    def read(self, text: str) -> str:
        lines = []
        for line in text.split("\n"):
            m = self.lex.numbered.match(line)
            lines.append(line[m.end():] if m else line)
        return compact("\n".join(lines))

    def _shows(self, c: str) -> bool:
        return any(p.search(c) for p in self.require)


def quote(text: str) -> str:
    flat = squash(text)
    return flat if len(flat) <= QUOTE_CHARS else flat[: QUOTE_CHARS - 1] + "…"


CHECK = ElementContentCheck
