"""`kind`: the title must say which kind of report the document is."""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Report


class KindCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        if report.kind_source in ("title", "declared"):
            return []
        case = "inferred" if report.kind_source == "content" else "unknown"
        return [Hit(report.title_location, case=case)]


CHECK = KindCheck
