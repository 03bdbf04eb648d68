"""`weakness-coverage`: each weakness the analysis names should be taken up by some measure.

The weaknesses section is cut into items (`ita_lint.trace.weaknesses`); an item
whose words resemble no measure's — its name, each of its texts, or all of them
together, rapidfuzz's token-set ratio over Thai words (`ita_lint.words`) — below
the rule's `threshold` is a hit at the item, naming the nearest measure.
Documents without the section (another rule says so) or without measures give
no hit, and pythainlp's tokeniser is loaded only when there is something to compare.
"""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Report


class WeaknessCoverageCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        from ita_lint.trace.weaknesses import uncovered_weaknesses

        hits = []
        for issue, nearest, score in uncovered_weaknesses(report, self.lex, self.pack, self.rule.threshold):  # type: ignore[union-attr]
            params = {"issue": _quote(issue.text), "score": f"{score:.0f}",
                      "nearest": _quote(nearest.title) if nearest is not None else "-",
                      "nearest_number": nearest.label if nearest is not None else "-"}
            hits.append(Hit(issue.location, params=params))
        return hits


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


CHECK = WeaknessCoverageCheck
