"""`unused-waiver`: a waiver written in the report that suppresses nothing (as ruff's unused-noqa).

Whether a waiver was used is known only once every other rule has run, so the engine
(engine/run.py) runs this rule last and hands it what the waivers suppressed; run on
its own, before the others, it finds nothing. Weight 0: it never moves the score.
"""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Report


class UnusedWaiverCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        return []

    def unused(self, report: Report, known: set[str], checked: set[str]) -> list[Hit]:
        """A hit per waiver that suppressed nothing. `known`: the pack's rule ids and categories;
        `checked`: those that ran on this document (a waiver of a rule that did not run is left alone)."""
        hits = []
        for w in report.document.waivers:
            params = {"waiver": w.text, "place": w.location}
            if not w.names:
                hits.append(Hit(w.location, case="unnamed", params=params))
                continue
            unknown = [n for n in w.names if n not in known]
            idle = [n for n in w.names if n in checked and n not in w.used]
            if unknown:
                hits.append(Hit(w.location, case="unknown", params={**params, "names": ", ".join(unknown)}))
            if idle:
                hits.append(Hit(w.location, case="unused", params={**params, "names": ", ".join(idle)}))
        return hits


CHECK = UnusedWaiverCheck
