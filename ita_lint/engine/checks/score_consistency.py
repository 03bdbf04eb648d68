"""`score-consistency`: the score figures a report states agree with each other.

- a score-table row's change equals the difference of its two years;
- one indicator (or the total) has one figure per year wherever it is given;
- a stated result ("ผ่าน", "A") matches its score on that year's scale.
"""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Report


def _row(indicator):
    if indicator is None:
        return {"th": "คะแนนรวม/เฉลี่ย", "en": "the total"}
    return {"th": f"ตัวชี้วัดที่ {indicator}", "en": f"indicator {indicator}"}


def _fmt(v: float) -> str:
    return f"{v:.2f}"


class ScoreConsistencyCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        tol = self.rule.tolerance  # type: ignore[union-attr]
        hits: list[Hit] = []
        for row in report.score_rows:
            if row.change is None:
                continue
            (y1, v1), (y2, v2) = sorted(row.values.items())
            expected = v2 - v1
            if abs(expected - row.change) > tol and abs(-expected - row.change) > tol:
                hits.append(Hit(row.location, case="change", params={
                    "row": _row(row.indicator), "y1": y1, "v1": _fmt(v1), "y2": y2, "v2": _fmt(v2),
                    "expected": _fmt(expected), "found": _fmt(row.change)}))
        first: dict[tuple, object] = {}
        for fig in report.score_figures:
            if fig.year is None:
                continue
            key = (fig.indicator, fig.year)
            prior = first.get(key)
            if prior is None:
                first[key] = fig
            elif abs(prior.value - fig.value) > tol:  # type: ignore[attr-defined]
                hits.append(Hit(fig.location, case="conflict", params={
                    "row": _row(fig.indicator), "year": fig.year, "found": _fmt(fig.value),
                    "other": _fmt(prior.value), "other_location": prior.location}))  # type: ignore[attr-defined]
        for band in report.bands:
            year = band.year or report.fiscal_year
            if year is None:
                continue
            scale = next((s for s in self.pack.vocabulary.score.scales if s.from_year <= year <= s.to_year), None)
            if scale is None:
                continue
            stated = next((b for b in scale.bands if b.label == band.band), None)
            if stated is None or stated.minimum <= band.score <= stated.maximum:
                continue
            actual = next((b for b in scale.bands if b.confirmed and b.minimum <= band.score <= b.maximum), None)
            hits.append(Hit(band.location, case="band", params={
                "band": band.band, "found": _fmt(band.score), "expected": actual.label if actual else "?",
                "year": year}))
        return hits


CHECK = ScoreConsistencyCheck
