"""`element`: every measure must hold the element (a column, a label or a content cue)."""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Report


class ElementCheck(Check):
    unit = "measure"

    def run(self, report: Report) -> list[Hit]:
        element = self.rule.element  # type: ignore[union-attr]
        return [Hit(m.location, m.index, element) for m in report.measures if not m.has(element)]


CHECK = ElementCheck
