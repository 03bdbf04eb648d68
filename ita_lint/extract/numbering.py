"""The numbers a document gives its measures, and what their sequence says.

Reports number measures as "๑.", "1)", "(1)", "1.2", "ข้อ ๑" or "มาตรการที่ ๑" (the
words come from the rule pack), or in a column of their own. Findings name a
measure by that number, and a sequence that skips (๑ ๒ ๔) or repeats a number is
said out loud: it is either the document's slip or a measure the tool lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ita_lint.thai import THAI_DIGITS, to_arabic_digits

_DIGITS = r"[0-9๐-๙]{1,3}"
# a number that starts a line: "1.", "1.2", "1.2.", "1)", "(1)", "1 " (then text)
_LEADING = re.compile(rf"^\s*(?:[-•*]\s*)?\(?(?P<num>{_DIGITS}(?:\.{_DIGITS})*)(?:\.?\)|\.(?!\d)|(?=\s)|$)")
_STYLE = re.compile(rf"^\s*(?P<open>\()?(?P<num>{_DIGITS}(?:\.{_DIGITS})*)(?:(?P<close>\))|\.(?!\d)|(?=\s))")
# a cell holding nothing but a number: "1", "๑.", "(1)"
_BARE = re.compile(rf"^\s*\(?(?P<num>{_DIGITS}(?:\.{_DIGITS})*)\.?\)?\s*$")


@dataclass(frozen=True)
class Numbering:
    """Parses document numbers; `words` are the pack's measure-number words ("มาตรการที่")."""

    words: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        alternatives = "|".join(r"\s*".join(map(re.escape, w)) for w in sorted(self.words, key=len, reverse=True))
        pattern = rf"(?:{alternatives})\s*(?P<num>{_DIGITS}(?:\.{_DIGITS})*)" if alternatives else r"(?!)"
        object.__setattr__(self, "_worded", re.compile(r"^\s*" + pattern))
        object.__setattr__(self, "_named", re.compile(pattern))

    def leading(self, text: str) -> Optional[str]:
        """The number a line starts with ("๑. …" -> "1"), or None."""
        first = text.lstrip().split("\n", 1)[0]
        m = self._worded.match(first) or _LEADING.match(first)  # type: ignore[attr-defined]
        if not m:
            return None
        return _normal(m.group("num"))

    def style(self, text: str) -> Optional[tuple[str, int, bool]]:
        """How a line is numbered: its form — "dot" for "๑." and "๑.๑", "close" for "๑)",
        "paren" for "(๑)", "word" for "มาตรการที่ ๑" — its depth, and whether its digits are
        Thai. None when it is not numbered."""
        first = text.lstrip().split("\n", 1)[0]
        m = self._worded.match(first)  # type: ignore[attr-defined]
        kind = "word"
        if not m:
            m = _STYLE.match(first)
            if not m:
                return None
            kind = "paren" if m.group("open") else "close" if m.group("close") else "dot"
        num = m.group("num")
        return kind, depth(num), num[:1] in THAI_DIGITS

    def referenced(self, text: str) -> list[tuple[str, int]]:
        """(number, where) of each measure a text names by its words ("… มาตรการที่ ๗ …")."""
        return [(_normal(m.group("num")), m.end()) for m in self._named.finditer(text)]  # type: ignore[attr-defined]

    def bare(self, text: str) -> Optional[str]:
        """The number a cell holds when it holds nothing else, or None."""
        m = _BARE.match(text)
        return _normal(m.group("num")) if m else None


def _normal(num: str) -> str:
    return ".".join(str(int(part)) for part in to_arabic_digits(num).rstrip(".").split("."))


def top(number: Optional[str]) -> Optional[int]:
    """The first level of a number: "3.2" -> 3."""
    if not number:
        return None
    head = number.split(".", 1)[0]
    return int(head) if head.isdigit() else None


def depth(number: Optional[str]) -> int:
    return number.count(".") + 1 if number else 0


@dataclass
class Gap:
    after: str  # the number before the gap
    missing: list[str]  # the numbers skipped
    position: int  # index in the sequence of the number after the gap


@dataclass
class Repeat:
    number: str
    position: int


def sequence_problems(numbers: list[Optional[str]]) -> list[Gap | Repeat]:
    """Gaps and repeats in one run of measure numbers.

    Only numbers of the same depth as the run's first are compared; a return to 1
    starts a new run (each group of a table may number its measures from 1), and a
    sub-number ("2.1") after its parent is no gap.
    """
    problems: list[Gap | Repeat] = []
    numbered = [(i, n) for i, n in enumerate(numbers) if n]
    if not numbered:
        return problems
    level = depth(numbered[0][1])
    previous: Optional[list[int]] = None
    for i, n in numbered:
        if depth(n) != level:
            continue
        parts = [int(p) for p in n.split(".")]
        if previous is None or parts[-1] == 1 and parts[:-1] == previous[:-1] or parts[:-1] != previous[:-1]:
            previous = parts
            continue
        step = parts[-1] - previous[-1]
        if step == 0:
            problems.append(Repeat(n, i))
        elif step > 1:
            stem = ".".join(str(p) for p in parts[:-1])
            missing = [(stem + "." if stem else "") + str(k) for k in range(previous[-1] + 1, parts[-1])]
            problems.append(Gap(".".join(str(p) for p in previous), missing, i))
        previous = parts
    return problems
