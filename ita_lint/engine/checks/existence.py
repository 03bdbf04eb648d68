"""`existence` (after Vale's): every match of the rule's patterns is a finding.

Exemptions look at the text around the match: `exempt_before` at the text
before it, `exempt_after` at the text after it, on the same line (up to
EXEMPT_WINDOW characters on each side). In a table the
row is the line (a signature row "ลงชื่อ | …… | ผู้รายงาน" puts the blank in a
cell of its own); a line that holds nothing but the match takes the line above
it as the text before. Nothing under a heading that `exempt_under` names (a table
of contents) is looked at. Patterns are compiled once, when the rule is loaded.
"""

from __future__ import annotations

import re
from typing import Optional

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Location, Measure, Report
from ita_lint.thai import compact

EXEMPT_WINDOW = 160  # characters on either side of a match that its exemptions look at


class ExistenceCheck(Check):
    def __init__(self, rule, pack):
        super().__init__(rule, pack)
        self.patterns = [re.compile(p) for p in rule.patterns]
        self.before = [re.compile(p) for p in rule.exempt_before]
        self.after = [re.compile(p) for p in rule.exempt_after]
        self.under = [re.compile(p) for p in rule.exempt_under]

    def run(self, report: Report) -> list[Hit]:
        hits: list[Hit] = []
        measure_at = {m.location: m for m in report.measures}
        above = ""
        exempt = False  # under a heading such as "สารบัญ"
        for block in report.document.blocks:
            if block.type == "heading":
                exempt = any(p.search(compact(block.text)) for p in self.under)
            if exempt:
                continue
            if block.type == "table":
                for row in block.rows:
                    texts = [c.text.replace("\n", " ") for c in row.cells]
                    for k, cell in enumerate(row.cells):
                        self._scan(cell.text, row.location, measure_at.get(row.location), hits,
                                   "\t".join(texts[:k]), "\t".join(texts[k + 1:]))
                above = ""
            else:
                for line, loc in block.located_lines():
                    self._scan(line, loc, None, hits, above=above)
                    above = line
        return hits

    def _scan(self, text: str, location: Location, measure: Optional[Measure], hits: list[Hit],
              left: str = "", right: str = "", above: str = "") -> None:
        # exemptions speak of the words next to the match: looking further (or copying the rest
        # of the line) is quadratic on a long line of blanks ("ลงชื่อ ..... " a hundred thousand times)
        w = EXEMPT_WINDOW
        left, right, above = left[-w:], right[:w], above[-w:]
        for line in text.split("\n"):
            lead, end = len(line) - len(line.lstrip()), len(line.rstrip())
            for pattern in self.patterns:
                for m in pattern.finditer(line):
                    before = line[max(0, m.start() - w): m.start()]
                    if left:
                        before = (left + "\t" + before)[-w:]
                    elif m.start() <= lead and m.end() >= end and above:  # the match is the whole line
                        before = above
                    after = (line[m.end(): m.end() + w] + ("\t" + right if right else ""))[:w]
                    if any(p.search(before) for p in self.before) or any(p.search(after) for p in self.after):
                        continue
                    where = ({"th": f"มาตรการที่ {measure.label}", "en": f"Measure {measure.label}"} if measure
                             else {"th": "เนื้อหา", "en": "Text"})
                    hits.append(Hit(location, measure.index if measure else None, None, None,
                                    {"found": m.group(0), "where": where}))
                    break  # one finding per line and pattern is enough to point at it


CHECK = ExistenceCheck
