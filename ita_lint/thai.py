"""Thai text: normalisation, digits, Buddhist Era years, dates and fiscal years.

Every reader passes its text through `normalize` once; everything after it may
assume NFC text with Arabic-convertible digits and the safe repairs (README,
"Thai text") applied. Month names are vocabulary and
come from the rule pack (`Calendar`), not from this module.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")

# Zero-width characters and the soft hyphen: invisible, and they break matching.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

# Legacy Thai fonts put shifted glyph forms in the private-use area (the TLWG
# fonts' glyph names give the table); map them back to the characters they draw.
_PUA = {
    0xF700: "ฐ", 0xF701: "ิ", 0xF702: "ี", 0xF703: "ึ", 0xF704: "ื", 0xF705: "่", 0xF706: "้",
    0xF707: "๊", 0xF708: "๋", 0xF709: "์", 0xF70A: "่", 0xF70B: "้", 0xF70C: "๊", 0xF70D: "๋",
    0xF70E: "์", 0xF70F: "ญ", 0xF710: "ั", 0xF711: "ํ", 0xF712: "็", 0xF713: "่", 0xF714: "้",
    0xF715: "๊", 0xF716: "๋", 0xF717: "์", 0xF718: "ุ", 0xF719: "ู", 0xF71A: "ฺ", 0xF71E: "ํ", 0xF71F: "ํ",
}
_PUA_TABLE = {k: v for k, v in _PUA.items()}

# Lao letters that look like Thai ones, seen in OCR output next to Thai letters.
_LAO_LOOKALIKE = {"ະ": "ะ", "າ": "า", "ິ": "ิ", "ີ": "ี", "ຸ": "ุ", "ູ": "ู", "ເ": "เ", "ແ": "แ", "ໂ": "โ", "ໃ": "ใ", "ໄ": "ไ", "່": "่", "້": "้"}
_LAO_NEAR_THAI = re.compile("(?<=[\u0e01-\u0e4f])[" + "".join(_LAO_LOOKALIKE) + "]|[" + "".join(_LAO_LOOKALIKE) + "](?=[\u0e01-\u0e4f])")

_TONES = "\u0e48\u0e49\u0e4a\u0e4b"  # ่ ้ ๊ ๋
_ABOVE_BELOW = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39"  # ั ิ ี ึ ื ุ ู
_NIKHAHIT = "\u0e4d"  # ํ
_SARA_AA = "\u0e32"  # า
_SARA_AM = "\u0e33"  # ำ

_AM_DOUBLED = re.compile(_SARA_AM + _SARA_AA)
_NIKHAHIT_AA = re.compile(_NIKHAHIT + "([" + _TONES + "]?)" + _SARA_AA)
_TONE_AA_NIKHAHIT = re.compile("([" + _TONES + "])" + _NIKHAHIT + _SARA_AA)
_TONE_BEFORE_VOWEL = re.compile("([" + _TONES + "])([" + _ABOVE_BELOW + "])")
_SARA_E_TWICE = re.compile("\u0e40\u0e40")
_HAS_PUA = re.compile("[\uf700-\uf71f]")
_HAS_LAO = re.compile("[\u0e80-\u0eff]")


def normalize(text: str) -> str:
    """The safe repairs, in the order that holds on real documents.

    NFC (never NFKC: it splits ำ into ํา), invisible characters, HTML entities,
    private-use glyph forms, Lao look-alikes, ำ written as ำา or ํา, a tone mark
    typed before its vowel, and เเ for แ. Line breaks and tabs are kept.
    """
    if not text:
        return text
    if "&" in text:
        text = html.unescape(text)
    if _HAS_LEGACY.search(text):
        text = "\n".join(_from_legacy_font(line) for line in text.split("\n"))
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    if _HAS_PUA.search(text):
        text = text.translate(_PUA_TABLE)
    if _HAS_LAO.search(text):
        text = _LAO_NEAR_THAI.sub(lambda m: _LAO_LOOKALIKE[m.group(0)], text)
    text = _AM_DOUBLED.sub(_SARA_AM, text)
    text = _NIKHAHIT_AA.sub(lambda m: m.group(1) + _SARA_AM, text)
    text = _TONE_AA_NIKHAHIT.sub(lambda m: m.group(1) + _SARA_AM, text)
    text = _TONE_BEFORE_VOWEL.sub(r"\2\1", text)
    text = _SARA_E_TWICE.sub("\u0e41", text)
    if "\u20e3" in text:
        text = _KEYCAP.sub(r"\1.", text)
    return text


# A legacy Thai font (one made before Unicode, or a PDF font without a proper ToUnicode map)
# stores each letter at its TIS-620 byte, so the text reads as Latin-1: "à»Ô´à¼Â" for
# "เปิดเผย". A line with several such words is read back through TIS-620; a "é" in a
# name or a "±" alone is not.
_HAS_LEGACY = re.compile("[\u00a1-\u00fb]{3}")
_LEGACY_RUN = re.compile("[\u00a1-\u00fb]+")
_LEGACY_CONSONANT = re.compile("[\u0e01-\u0e2e]")
LEGACY_WORDS = 2


def _from_legacy_font(line: str) -> str:
    runs = _LEGACY_RUN.findall(line)
    words = sum(1 for run in runs if len(run) >= 3 and _LEGACY_CONSONANT.search(_tis620(run)))
    if words < LEGACY_WORDS:
        return line
    return _LEGACY_RUN.sub(lambda m: _tis620(m.group(0)), line)


def _tis620(run: str) -> str:
    return run.encode("latin-1").decode("cp874", errors="replace")


# "1️⃣" (a digit, VS16, the keycap mark): a chat's way to number a list, "1."
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3")


def to_arabic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC)


_SPACE = re.compile(r"\s+")


def compact(text: str) -> str:
    """Text with every space removed and digits made Arabic: the form used for matching.

    Thai has no spaces between words, and extraction inserts stray ones and line
    breaks mid-phrase ("ระยะเวลา ดำเนินการ"), so vocabulary is matched against this.
    """
    return _SPACE.sub("", to_arabic_digits(text))


def join_wrapped(parts: list[str]) -> str:
    """Lines that one text was wrapped into, joined back: no space between Thai letters
    (Thai has none between words), one space otherwise."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and not (_is_thai_letter(out[-1]) and _is_thai_letter(part[0])):
            out += " "
        out += part
    return out


def _is_thai_letter(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e4e"


_TONE_MARKS = dict.fromkeys(map(ord, "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c"), None)


def fold(text: str) -> str:
    """`compact`, lower case, and without tone marks (่ ้ ๊ ๋ ็ ์): the form words are
    looked up in. PDF extraction displaces tone marks ("ขันตอนการด้ำเนินการ" for
    ขั้นตอนการดำเนินการ); without them both read the same."""
    return compact(text).lower().translate(_TONE_MARKS)


def squash(text: str) -> str:
    """Runs of whitespace folded to one space, ends stripped."""
    return _SPACE.sub(" ", text).strip()


_NUMBER = re.compile(r"[-−–]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def parse_number(text: str) -> Optional[float]:
    """The number a short cell holds ("๙๗.๓๐", "-๐.๔๑", "1,234.5"), or None."""
    t = to_arabic_digits(text).strip()
    m = _NUMBER.fullmatch(t)
    if not m:
        return None
    t = t.replace("−", "-").replace("–", "-").replace(" ", "").replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


# --- years, dates and fiscal years ------------------------------------------------------


def be_year(token: str, *, pivot: Optional[int] = None) -> Optional[int]:
    """A Buddhist Era year from "๒๕๖๘", "2568", "๖๘" (two digits mean 25xx) or a CE year.

    Returns None for anything that is not plausibly a year of an ITA report.
    """
    t = to_arabic_digits(token).strip()
    if not t.isdigit():
        return None
    n = int(t)
    if len(t) == 2:
        return 2500 + n
    if len(t) == 4:
        if 2400 <= n <= 2700:
            return n
        if 1900 <= n <= 2150:  # a Christian Era year
            return n + 543
    return None


def fiscal_year_of(month: int, year_be: int) -> int:
    """The fiscal year a month falls in: October to December belong to the next one."""
    return year_be + 1 if month >= 10 else year_be


def fiscal_year_span(fy: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """((month, year) of the first month, (month, year) of the last) of fiscal year `fy`."""
    return (10, fy - 1), (9, fy)


@dataclass(frozen=True)
class DateMention:
    """A month-and-year (or fiscal year) found in text."""

    start: int
    end: int
    text: str
    year: int  # BE
    month: Optional[int] = None  # None: a year on its own or a fiscal year
    fiscal: bool = False  # "ปีงบประมาณ 2568": the fiscal year itself

    @property
    def fiscal_year(self) -> int:
        if self.fiscal or self.month is None:
            return self.year
        return fiscal_year_of(self.month, self.year)


class Calendar:
    """Finds dates in Thai text, with month names taken from the rule pack.

    `months` maps 1..12 to the spellings of that month: full names and
    abbreviations ("ตุลาคม", "ต.ค."). Abbreviations match with or without their
    dots and with spaces anywhere ("ต. ค.", "ตค"), since extraction moves both.
    `fiscal_words` are the words that introduce a fiscal year ("ปีงบประมาณ").
    """

    def __init__(self, months: dict[int, Iterable[str]], fiscal_words: Iterable[str] = ("ปีงบประมาณ",),
                 era_words: Iterable[str] = ("พ.ศ.",)):
        names: list[tuple[str, int]] = []
        for number, spellings in months.items():
            for s in spellings:
                names.append((s, int(number)))
        names.sort(key=lambda x: -len(x[0]))  # longest first: "มกราคม" before "มค"
        self._month_of: dict[str, int] = {}
        alternatives = []
        for name, number in names:
            key = name.replace(".", "").replace(" ", "")
            self._month_of[key] = number
            letters = [re.escape(ch) for ch in name if ch not in ". "]
            alternatives.append(r"\.?\s*".join(letters) + (r"\.?" if "." in name else ""))
        era = "|".join(r"\s*".join(re.escape(ch) for ch in w if ch != " ") for w in era_words)
        year = r"(?P<year>[0-9๐-๙]{4}|[0-9๐-๙]{2})(?![0-9๐-๙])"
        self._date = re.compile(
            r"(?P<month>" + "|".join(alternatives) + r")\s*(?:(?:" + era + r")\s*)?" + year
        )
        fiscal = "|".join(r"\s*".join(re.escape(ch) for ch in w if ch != " ") for w in fiscal_words)
        self._fiscal = re.compile(
            # "ปีงบประมาณ พ.ศ. 2569", and a form's label and its field: "ปีงบประมาณ พ.ศ.: 2569"
            r"(?:" + fiscal + r")\s*(?:(?:" + era + r")\s*)?[:：]?\s*(?P<year>[0-9๐-๙]{4}|[0-9๐-๙]{2})(?![0-9๐-๙])"
        )
        self._era_year = re.compile(r"(?:" + era + r")\s*(?P<year>[0-9๐-๙]{4})(?![0-9๐-๙])")

    def month_number(self, name: str) -> Optional[int]:
        return self._month_of.get(name.replace(".", "").replace(" ", ""))

    def dates(self, text: str) -> list[DateMention]:
        """Month-and-year mentions: "ต.ค.๖๗", "ก.ย. 68", "ตุลาคม ๒๕๖๗"."""
        found = []
        for m in self._date.finditer(text):
            year = be_year(m.group("year"))
            month = self.month_number(m.group("month"))
            if year is None or month is None:
                continue
            found.append(DateMention(m.start(), m.end(), m.group(0), year, month))
        return found

    def fiscal_years(self, text: str) -> list[DateMention]:
        """Fiscal-year mentions: "ปีงบประมาณ พ.ศ. ๒๕๖๘", "ปีงบประมาณ 68"."""
        found = []
        for m in self._fiscal.finditer(text):
            year = be_year(m.group("year"))
            if year is not None:
                found.append(DateMention(m.start(), m.end(), m.group(0), year, None, fiscal=True))
        return found

    def era_years(self, text: str) -> list[DateMention]:
        """Years written after พ.ศ. on their own ("พ.ศ. ๒๕๖๘")."""
        found = []
        for m in self._era_year.finditer(text):
            year = be_year(m.group("year"))
            if year is not None:
                found.append(DateMention(m.start(), m.end(), m.group(0), year))
        return found
