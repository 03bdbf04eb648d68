"""`fiscal-year-periods`: periods and dates inside measures fall in the document's fiscal year.

Three cases: a period naming another fiscal year or months outside this one;
a month-and-year elsewhere in a measure outside this fiscal year; and a fiscal
year spoken of as "this year" (vocabulary `current_year_markers`) that is not
this one. A bare mention of another year is not flagged: reports rightly cite
last year's assessment ("ผลการประเมิน ITA ปี ๒๕๖๗").
"""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Report
from ita_lint.thai import fiscal_year_span, squash


class FiscalYearPeriodsCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        fy = report.fiscal_year
        if fy is None:
            return []
        cal = self.lex.calendar
        (m1, y1), (m2, y2) = fiscal_year_span(fy)
        span = {"th": f"{cal_month(self, m1)} {y1} – {cal_month(self, m2)} {y2}",
                "en": f"Oct {y1} – Sep {y2}"}
        hits: list[Hit] = []
        for measure in report.measures:
            seen: set[tuple[str, str]] = set()
            for element, text, location in measure.texts:
                mentions = cal.dates(text)
                fiscal = cal.fiscal_years(text)
                for d in mentions + fiscal:
                    other = d.fiscal_year
                    if other == fy:
                        continue
                    if element == "period":
                        # one finding for the whole period, however many of its months are off
                        case, found = "period", squash(text)[:60]
                    elif d.fiscal:
                        marker = next((m for p in self.lex.current_year if (m := p.match(text, d.end))), None)
                        if marker is None:
                            continue
                        case, found = "this-year", text[d.start:marker.end()]
                    else:
                        case, found = "date", d.text
                    if (case, found) in seen:
                        continue
                    seen.add((case, found))
                    hits.append(Hit(location, measure.index, element or None, case,
                                    {"found": found.strip(), "other": other, "span": span}))
        return hits


def cal_month(check: Check, month: int) -> str:
    names = check.pack.vocabulary.months[month]
    return min(names, key=len)


CHECK = FiscalYearPeriodsCheck
