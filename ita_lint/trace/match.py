"""Pair the measures of two documents by the words of their names.

A measure's name is its title, or, where the title was cut short or is empty, the
first line of its measure text that says more than a number ("มาตรการที่ ๑" on a
line of its own is no name). Names become content words (`ita_lint.words`), and
every measure of one side is scored against every measure of the other with
rapidfuzz's token-set ratio. The pairing is one-to-one and greedy: the best
scoring pair first (ties: the one that adds fewer words, rapidfuzz's token-sort
ratio, then document order), then the best of what is left, and so on. A pair
scoring below `MATCH_THRESHOLD` is no pair: both its measures stay unmatched.

MATCH_THRESHOLD = 60 was measured on this project's reports (samples/ and the
blind rounds under tests/blind): a measure against the nearest *other* measure of
its own document — what an unreported measure meets among the results of its own
agency — scored 60 or more for 14 of 531 measures (4 of them 70 or more), while a
name reworded as agencies reword between their measures and their results report
(a word added or dropped, "เปิดเผย" for "เผยแพร่", "การ" in front, the agency's
name or channel added) scores 75–100; see the README, "Measures and results".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ita_lint.model import Measure
from ita_lint.words import content_words, normalise

MATCH_THRESHOLD = 60.0
# a name is read from at most this many characters of the measure's text
NAME_CHARS = 200
# the number a line of measure text opens with ("๑.", "1)", "(2)", "- "), not part of the name
_LEAD_NUMBER = re.compile(r"^\s*(?:[-•*]\s*)?(?:\(?[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]|\([0-9๐-๙]+\))?\s*")


def name_of(measure: Measure) -> str:
    """The measure's name as written: the title, or the first line of its measure text that
    says more than a number, when the title is empty or was cut short ("…")."""
    title = (measure.title or "").strip()
    text = measure.elements["measure"].text if "measure" in measure.elements else ""
    if title and not title.endswith("…"):
        return title
    stem = normalise(title.rstrip("…"))[:20]
    for line in text.split("\n"):
        if normalise(line) and (not stem or stem in normalise(line) or not title):
            return _LEAD_NUMBER.sub("", line.strip(), count=1)[:NAME_CHARS]
    return title.rstrip("…")


@dataclass
class Scored:
    measure: int  # index into the measures side
    result: int  # index into the results side
    score: float


def score_matrix(left: list[list[str]], right: list[list[str]]) -> list[list[tuple[float, float]]]:
    """(token-set ratio, token-sort ratio) of every name on the left against every one on the right."""
    from rapidfuzz import fuzz

    joined = [" ".join(r) for r in right]
    out = []
    for words in left:
        a = " ".join(words)
        out.append([(float(fuzz.token_set_ratio(a, b)), float(fuzz.token_sort_ratio(a, b))) if words and r else (0.0, 0.0)
                    for b, r in zip(joined, right)])
    return out


def assign(matrix: list[list[tuple[float, float]]], threshold: float = MATCH_THRESHOLD) -> list[Scored]:
    """One-to-one pairs, greedily by (score, tie-break), each at or above the threshold."""
    candidates = sorted(((s, t, -i, -j) for i, row in enumerate(matrix) for j, (s, t) in enumerate(row)), reverse=True)
    used_i: set[int] = set()
    used_j: set[int] = set()
    pairs = []
    for s, _, ni, nj in candidates:
        i, j = -ni, -nj
        if s < threshold:
            break
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        pairs.append(Scored(i, j, s))
    pairs.sort(key=lambda p: p.measure)
    return pairs


def nearest(matrix: list[list[tuple[float, float]]], i: Optional[int] = None, j: Optional[int] = None) -> tuple[Optional[int], float]:
    """The best counterpart of row `i` (or of column `j`) and its score; (None, 0) when there is none."""
    if i is not None:
        row = [s for s, _ in matrix[i]] if matrix else []
    else:
        row = [r[j][0] for r in matrix]
    if not row:
        return None, 0.0
    k = max(range(len(row)), key=lambda x: (row[x], -x))
    return k, row[k]


def words_of(measures: list[Measure], extra: frozenset[str]) -> list[list[str]]:
    return [content_words(name_of(m), extra) for m in measures]
