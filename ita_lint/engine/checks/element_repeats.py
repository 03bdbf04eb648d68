"""`element-repeats`: one element of a measure only repeats another (a content-quality warning).

An outcome that says what the output says ("จัดอบรมแล้ว ๑ ครั้ง" twice, or a ticked
"ดำเนินการแล้วเสร็จ" and an outcome "ดำเนินการแล้วเสร็จ") states no outcome. Both
values are compared `compact` (no spaces, Arabic digits) and in lower case, each
line's leading list number and every `ignore` match removed; a difflib ratio of at
least `similarity` is a finding — unless one holds the other whole and `more_chars`
more: an output cell holding "ผลผลิต: … ผลลัพธ์: …", whose labelled outcome extract also
took as the outcome, says more than its outcome. Measures lacking either element are
left to the `element` rules.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ita_lint.engine.checks import Check, Hit
from ita_lint.engine.checks.element_content import quote
from ita_lint.model import Report
from ita_lint.thai import compact


class ElementRepeatsCheck(Check):
    unit = "measure"

    def __init__(self, rule, pack):
        super().__init__(rule, pack)
        self.ignore = [re.compile(p) for p in rule.ignore]

    def run(self, report: Report) -> list[Hit]:
        rule = self.rule
        hits = []
        for m in report.measures:
            value, other = m.elements.get(rule.element), m.elements.get(rule.other)  # type: ignore[union-attr]
            if value is None or other is None:
                continue
            a, b = self.read(value.text), self.read(other.text)
            if not a or not b:
                continue
            longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
            if shorter in longer and len(longer) - len(shorter) >= rule.more_chars:  # type: ignore[union-attr]
                continue  # one says the other and more: a cell holding both, or an outcome adding to it
            forward = SequenceMatcher(None, a, b, autojunk=False)
            if forward.real_quick_ratio() < rule.similarity:  # type: ignore[union-attr]
                continue  # lengths too far apart to be alike: spare the full comparison
            # difflib's ratio may differ with the order; either order alike is alike
            ratio = max(forward.ratio(), SequenceMatcher(None, b, a, autojunk=False).ratio())
            if ratio >= rule.similarity:  # type: ignore[union-attr]
                hits.append(Hit(value.location, m.index, rule.element, None,  # type: ignore[union-attr]
                                {"found": quote(value.text), "other_text": quote(other.text),
                                 "similarity": f"{ratio:.0%}"}))
        return hits

    def read(self, text: str) -> str:
        lines = []
        for line in text.split("\n"):
            m = self.lex.numbered.match(line)
            lines.append(line[m.end():] if m else line)
        c = compact("\n".join(lines)).lower()
        for p in self.ignore:
            c = p.sub("", c)
        return c


CHECK = ElementRepeatsCheck
