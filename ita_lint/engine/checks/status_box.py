"""`status-box`: a list of status boxes has exactly one box ticked, and its label names one status.

Only box lists whose labels name a status (vocabulary `statuses`) are status
lists; other ticked lists (an approval form's options) are left alone.
"""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Checkbox, Location, Report


class StatusBoxCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        hits: list[Hit] = []
        for measure in report.measures:
            for boxes, location in measure.checkbox_groups:
                hits.extend(self._group(boxes, location, measure.index, measure.label))
        return hits

    def _group(self, boxes: list[Checkbox], location: Location, measure: int, label: str) -> list[Hit]:
        if not any(self.lex.status_count(b.label) for b in boxes):
            return []
        where = {"th": f"มาตรการที่ {label}", "en": f"Measure {label}"}
        ticked = [b for b in boxes if b.checked]
        if not ticked:
            return [Hit(location, measure, "output", "none", {"where": where})]
        if len(ticked) > 1:
            return [Hit(location, measure, "output", "several",
                        {"where": where, "found": ", ".join(b.label for b in ticked)})]
        merged = self.lex.status_count(ticked[0].label)
        if merged > 1:
            return [Hit(location, measure, "output", "merged", {"where": where, "found": ticked[0].label,
                                                               "count": merged})]
        return []


CHECK = StatusBoxCheck
