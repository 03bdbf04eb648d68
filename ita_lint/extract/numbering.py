"""The numbers a document gives its measures, and what their sequence says.

Reports number measures as "๑.", "1)", "(1)", "1.2", "ข้อ ๑" or "มาตรการที่ ๑" (the
words come from the rule pack), or in a column of their own. Findings name a
measure by that number, and a sequence that skips (๑ ๒ ๔) or repeats a number is
said out loud: it is either the document's slip or a measure the tool lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from ita_lint.thai import THAI_DIGITS, to_arabic_digits

_DIGITS = r"[0-9๐-๙]{1,3}"
# Thai letters in the order lists use them (ฃ and ฅ are obsolete, ฆ left out), and roman numerals
THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
_LETTER = f"[{THAI_LETTERS}]"  # the letters THAI_LETTERS orders (not ฃ ฅ ฤ ฦ, which no list counts by)
_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
# a number that starts a line: "1.", "1.2", "1.2.", "1)", "(1)", "1 " (then text)
_LEADING = re.compile(rf"^\s*(?:[-•*]\s*)?\(?(?P<num>{_DIGITS}(?:\.{_DIGITS})*)(?:\.?\)|\.(?!\d)|(?=\s)|$)")
_STYLE = re.compile(rf"^\s*(?P<open>\()?(?P<num>{_DIGITS}(?:\.{_DIGITS})*)(?:(?P<close>\))|\.(?!\d)|(?=\s))")
# "ก. …", "ข) …", "IV. …": a letter or a roman numeral, its mark, then a space (not "ก.พ.")
_LETTERED = re.compile(rf"^\s*(?P<open>\()?(?P<num>{_LETTER}|(?=[IVX]){_ROMAN}(?<=[IVX]))(?:\.|(?P<close>\)))(?=\s)")
# a cell holding nothing but a number: "1", "๑.", "(1)", "ก.", "IV"
_BARE = re.compile(rf"^\s*(?:\(?(?P<num>{_DIGITS}(?:\.{_DIGITS})*)\.?\)?"
                   rf"|\(?(?P<mark>{_LETTER}|(?=[IVX]){_ROMAN}(?<=[IVX]))(?:\.|\)))\s*$")


def bracketed_words(words: Sequence[str]) -> str:
    """The measure-number words that end in "ที่" without it, as a pattern: "มาตรการ (๑)"
    numbers a measure as "มาตรการที่ ๑" does ("" when no word ends so)."""
    return "|".join(r"\s*".join(map(re.escape, w[:-3])) for w in words if w.endswith("ที่") and len(w) > 3)


@dataclass(frozen=True)
class Numbering:
    """Parses document numbers; `words` are the pack's measure-number words ("มาตรการที่")."""

    words: tuple[str, ...] = ()
    units: tuple[str, ...] = ()  # "84.62 คะแนน" is a score, "30 วัน" a time: figures, not numbers of items

    def __post_init__(self) -> None:
        quantity = "|".join(map(re.escape, sorted(self.units, key=len, reverse=True)))
        object.__setattr__(self, "_quantity", re.compile(rf"^\s*[0-9๐-๙.,]+\s*(?:{quantity})" if quantity else r"(?!)"))
        alternatives = "|".join(r"\s*".join(map(re.escape, w)) for w in sorted(self.words, key=len, reverse=True))
        # "มาตรการที่ ๑", and "มาตรการ (๑)": the word without its "ที่", the number in brackets
        bare = bracketed_words(self.words)
        bracketed = rf"|(?:{bare})\s*\((?={_DIGITS}\))" if bare else ""
        # "[กิจกรรม 1]": the word and its number in square brackets, with or without "ที่"
        bracketed += rf"|\[\s*(?:{alternatives}{'|' + bare if bare else ''})\s*(?={_DIGITS}\s*\])"
        pattern = (rf"(?:(?:{alternatives})\s*{bracketed})"
                   rf"(?P<num>{_DIGITS}(?:\.{_DIGITS})*|(?=[IVX]){_ROMAN}(?<=[IVX])\b|{_LETTER}(?![ก-๛]))"
                   if alternatives else r"(?!)")
        object.__setattr__(self, "_worded", re.compile(r"^\s*" + pattern))
        object.__setattr__(self, "_named", re.compile(pattern))

    def leading(self, text: str) -> Optional[str]:
        """The number a line starts with ("๑. …" -> "1"), or None."""
        first = text.lstrip().split("\n", 1)[0]
        m = self._worded.match(first) or _LEADING.match(first) or _LETTERED.match(first)  # type: ignore[attr-defined]
        if not m or not m.group("num") or self._quantity.match(first):  # type: ignore[attr-defined]
            return None
        return _normal(m.group("num"))

    def style(self, text: str) -> Optional[tuple[str, int, bool]]:
        """How a line is numbered: its form — "dot" for "๑." and "๑.๑", "close" for "๑)",
        "paren" for "(๑)", "word" for "มาตรการที่ ๑" — its depth, and whether its digits are
        Thai. None when it is not numbered."""
        first = text.lstrip().split("\n", 1)[0]
        if self._quantity.match(first):  # type: ignore[attr-defined]
            return None
        m = self._worded.match(first)  # type: ignore[attr-defined]
        kind = "word"
        if not m:
            m = _STYLE.match(first)
            if not m:
                m = _LETTERED.match(first)
                if not m or not m.group("num"):
                    return None
                kind = "letter" if m.group("num")[0] in THAI_LETTERS else "roman"
                return kind + ("-paren" if m.group("open") else "-close" if m.group("close") else ""), 1, False
            kind = "paren" if m.group("open") else "close" if m.group("close") else "dot"
        num = m.group("num")
        return kind, depth(num), num[:1] in THAI_DIGITS

    def worded(self, text: str) -> bool:
        """The line opens with a measure's worded number ("มาตรการที่ 1 …", "Measure V")."""
        return (self.style(text) or ("",))[0] == "word"

    def named_rest(self, text: str) -> str:
        """The text without its measure numbers ("มาตรการที่ 3 มาตรการที่ 4" leaves "")."""
        return self._named.sub("", text).strip()  # type: ignore[attr-defined]

    def referenced(self, text: str) -> list[tuple[str, int]]:
        """(number, where) of each measure a text names by its words ("… มาตรการที่ ๗ …")."""
        return [(_normal(m.group("num")), m.end()) for m in self._named.finditer(text)]  # type: ignore[attr-defined]

    def bare(self, text: str) -> Optional[str]:
        """The number a cell holds when it holds nothing else ("๓", "(ข)", "มาตรการที่ 3"), or None."""
        m = _BARE.match(text)
        num = m and (m.group("num") or m.group("mark"))
        if not num:
            worded = self._worded.match(text)  # type: ignore[attr-defined]
            num = worded and not text[worded.end():].strip(" .:)\n") and worded.group("num")
        return _normal(num) if num else None


def _normal(num: str) -> str:
    """"๑.๒" -> "1.2"; a roman numeral as its value ("IV" -> "4"); a Thai letter as itself."""
    if num[0] in THAI_LETTERS:
        return num
    if num[0] in "IVX":
        return str(_roman_value(num))
    return ".".join(str(int(part)) for part in to_arabic_digits(num).rstrip(".").split("."))


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for ch, nxt in zip(numeral, numeral[1:] + " "):
        v = values[ch]
        total += -v if nxt in values and values[nxt] > v else v
    return total


def ordinal(part: str) -> int:
    """Where a number part stands in its sequence: "3" -> 3, "ค" -> 3."""
    return THAI_LETTERS.index(part) + 1 if part in THAI_LETTERS else int(part)


def named_like(k: int, example: str) -> str:
    """The k-th number of the sequence `example` belongs to: 3 -> "3", or "ค" after a letter."""
    return THAI_LETTERS[k - 1] if example in THAI_LETTERS and 0 < k <= len(THAI_LETTERS) else str(k)


def top(number: Optional[str]) -> Optional[int]:
    """The first level of a number: "3.2" -> 3."""
    if not number:
        return None
    head = number.split(".", 1)[0]
    return int(head) if head.isdigit() else ordinal(head) if head in THAI_LETTERS else None


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
        names = n.split(".")
        parts = [ordinal(p) for p in names]
        if previous is None or parts[-1] == 1 and parts[:-1] == previous[:-1] or parts[:-1] != previous[:-1]:
            previous, previous_name = parts, n
            continue
        step = parts[-1] - previous[-1]
        if step == 0:
            problems.append(Repeat(n, i))
        elif step > 1:
            stem = ".".join(names[:-1])
            missing = [(stem + "." if stem else "") + named_like(k, names[-1]) for k in range(previous[-1] + 1, parts[-1])]
            problems.append(Gap(previous_name, missing, i))
        previous, previous_name = parts, n
    return problems
