"""`traceability`: a rule across documents, so nothing to find in one document alone.

A measures document and the results report on it are paired, and their measures
matched, after every document of a run has been read (`ita_lint.trace`, called by
`ita_lint.lint`); its findings go through the rule's selection, severity and
waivers there. Checked on its own, a document gives no hit, and the rule has
weight 0, so it never moves a document's score.
"""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Report


class TraceabilityCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        return []


CHECK = TraceabilityCheck
