"""`kind`: the title must say which kind of report the document is."""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Report


class KindCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        return [Hit(report.title_location)] if report.kind == "unknown" else []


CHECK = KindCheck
