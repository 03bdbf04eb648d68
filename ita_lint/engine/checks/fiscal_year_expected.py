"""`fiscal-year-expected`: the declared fiscal year is the one this assessment year asks for."""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Report


class FiscalYearExpectedCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        expected = self.pack.meta.expected_fiscal_year.get(report.kind)  # type: ignore[arg-type]
        if expected is None or report.fiscal_year is None or report.fiscal_year == expected:
            return []
        return [Hit(report.title_location, params={"expected": expected})]


CHECK = FiscalYearExpectedCheck
