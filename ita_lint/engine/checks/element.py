"""`element`: every measure must hold the element (a column, a label or a content cue)."""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Report


class ElementCheck(Check):
    unit = "measure"

    def run(self, report: Report) -> list[Hit]:
        element = self.rule.element  # type: ignore[union-attr]
        hits = []
        for m in report.measures:
            if m.has(element):
                continue
            if m.unrecognised:
                # the element may sit in a column whose header the vocabulary does not know
                columns = ", ".join(dict.fromkeys(header for header, _ in m.unrecognised))
                hits.append(Hit(m.location, m.index, element, "unrecognised", {"column": columns}))
            else:
                hits.append(Hit(m.location, m.index, element))
        return hits


CHECK = ElementCheck
