"""`fiscal-year-declared`: the title must declare the fiscal year."""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Report


class FiscalYearDeclaredCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        if report.fiscal_year_source == "title":
            return []
        case = "inferred" if report.fiscal_year is not None else "none"
        return [Hit(report.title_location, case=case)]


CHECK = FiscalYearDeclaredCheck
