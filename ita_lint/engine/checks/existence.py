"""`existence` (after Vale's): every match of the rule's patterns is a finding.

Exemptions look at the same line around the match: `exempt_before` at the text
before it, `exempt_after` at the text after it. Patterns are compiled once,
when the rule is loaded.
"""

from __future__ import annotations

import re

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Location, Report


class ExistenceCheck(Check):
    def __init__(self, rule, pack):
        super().__init__(rule, pack)
        self.patterns = [re.compile(p) for p in rule.patterns]
        self.before = [re.compile(p) for p in rule.exempt_before]
        self.after = [re.compile(p) for p in rule.exempt_after]

    def run(self, report: Report) -> list[Hit]:
        hits: list[Hit] = []
        measure_at = {m.location: m.index for m in report.measures}
        for block in report.document.blocks:
            if block.type == "table":
                for row in block.rows:
                    for cell in row.cells:
                        self._scan(cell.text, row.location, measure_at.get(row.location), hits)
            else:
                for j, line in enumerate(block.text.split("\n")):
                    loc = block.location
                    if loc.line is not None and j:
                        loc = Location(line=loc.line + j, page=loc.page)
                    self._scan(line, loc, None, hits)
        return hits

    def _scan(self, text: str, location: Location, measure, hits: list[Hit]) -> None:
        for line in text.split("\n"):
            for pattern in self.patterns:
                for m in pattern.finditer(line):
                    before, after = line[: m.start()], line[m.end():]
                    if any(p.search(before) for p in self.before) or any(p.search(after) for p in self.after):
                        continue
                    where = ({"th": f"มาตรการที่ {measure}", "en": f"Measure {measure}"} if measure
                             else {"th": "เนื้อหา", "en": "Text"})
                    hits.append(Hit(location, measure, None, None, {"found": m.group(0), "where": where}))
                    break  # one finding per line and pattern is enough to point at it


CHECK = ExistenceCheck
