"""`measures-found`: a report with no measure is never a silent pass."""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import NOWHERE, Report  # a missing part of the document is nowhere in it


class MeasuresFoundCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        minimum = self.rule.minimum  # type: ignore[union-attr]
        if len(report.measures) >= minimum:
            return []
        return [Hit(NOWHERE, params={"found": len(report.measures), "minimum": minimum})]


CHECK = MeasuresFoundCheck
