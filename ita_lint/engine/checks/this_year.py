"""`this-year`: text that calls a fiscal year "this year" names the document's own (a warning).

A report copied from last year's keeps sentences such as "ในปีงบประมาณนี้ (พ.ศ. ๒๕๖๗)"
or "ปีงบประมาณ พ.ศ. ๒๕๖๗ นี้" in a report for FY 2568. Two sources of such phrases:

- the rule's `patterns` (a group `year`), for what puts the marker before the year,
  looked for everywhere: in every text of every measure and in the rest of the body;
- a fiscal year followed by the vocabulary's `current_year_markers`, looked for in the
  text outside the measures only — inside them `fiscal-year-periods` reports it already.

A text is inside a measure when it is one of the measure's texts or part of one. With
`earlier_only`, a later year is let be: a FY 2568 results report written in November
2568 rightly calls FY 2569 "this year".
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Location, Report
from ita_lint.thai import be_year, compact, squash


class ThisYearCheck(Check):
    def __init__(self, rule, pack):
        super().__init__(rule, pack)
        self.patterns = [re.compile(p) for p in rule.patterns]

    def run(self, report: Report) -> list[Hit]:
        fy = report.fiscal_year
        if fy is None:
            return []
        hits: list[Hit] = []
        seen: set[tuple[int, Location]] = set()  # one finding per year and place is enough to point at it

        def add(found: str, year: int, location: Location, measure: Optional[int]) -> None:
            if year == fy or (self.rule.earlier_only and year > fy):  # type: ignore[union-attr]
                return
            if (year, location) in seen:
                return
            seen.add((year, location))
            found = squash(found)
            where = ({"th": f"มาตรการที่ {label}", "en": f"Measure {label}"}
                     if (label := _label(report, measure)) else {"th": "เนื้อหา", "en": "Text"})
            hits.append(Hit(location, measure, None, None, {"found": found, "other": year, "where": where}))

        inside: list[str] = []
        for m in report.measures:
            for _element, text, location in m.texts:
                inside.append(compact(text))
                for found, year in self._marked_before(text):
                    add(found, year, location, m.index)
        for text, location in _body(report):
            c = compact(text)
            if len(c) >= 8 and any(c in t for t in inside):
                continue  # a measure's text: seen above
            for found, year in self._marked_before(text):
                add(found, year, location, None)
            if self.rule.vocabulary_markers:  # type: ignore[union-attr]
                for found, year in self._marked_after(text):
                    add(found, year, location, None)
        return hits

    def _marked_before(self, text: str) -> Iterator[tuple[str, int]]:
        for p in self.patterns:
            for m in p.finditer(text):
                year = be_year(m.group("year"))
                if year is not None:
                    yield m.group(0), year

    def _marked_after(self, text: str) -> Iterator[tuple[str, int]]:
        for d in self.lex.calendar.fiscal_years(text):
            marker = next((m for p in self.lex.current_year if (m := p.match(text, d.end))), None)
            if marker is not None:
                yield text[d.start:marker.end()], d.year


def _label(report: Report, index: Optional[int]) -> Optional[str]:
    if index is None:
        return None
    return next((m.label for m in report.measures if m.index == index), str(index))


def _body(report: Report) -> Iterator[tuple[str, Location]]:
    """Every line of text and every table cell, with where it is."""
    for block in report.document.blocks:
        if block.type == "table":
            for row in block.rows:
                for cell in row.cells:
                    if cell.text.strip() and cell.span != "left":
                        yield cell.text, row.location
            continue
        for line, loc in block.located_lines():
            if line.strip():
                yield line, loc


CHECK = ThisYearCheck
