"""The rule pack's vocabulary, compiled once for matching.

Matching runs on `compact` text (spaces removed, Arabic digits), because Thai
has no word spaces and extraction scatters stray ones ("ระยะเวลา ดำเนินการ").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ita_lint.engine.schema import Vocabulary
from ita_lint.model import Cell
from ita_lint.thai import Calendar, compact

# A header cell longer than this (without spaces) is content, not a header.
MAX_HEADER_CHARS = 70
# A label before ":" longer than this is a sentence, not a label.
MAX_LABEL_CHARS = 40


@dataclass
class Lexicon:
    vocabulary: Vocabulary
    calendar: Calendar

    def __post_init__(self) -> None:
        v = self.vocabulary
        self.kind_patterns = [(k.id, [re.compile(p) for p in k.title_patterns]) for k in v.kinds]
        self.synonyms = [(element, compact(s).lower()) for element, ev in v.elements.items() for s in ev.synonyms]
        self.cues = {element: [re.compile(c) for c in ev.cues] for element, ev in v.elements.items() if ev.cues}
        self.empty = [re.compile(p) for p in v.empty_values]
        self.statuses = [compact(s) for s in v.statuses]
        self.group_rows = [re.compile(p) for p in v.group_row_patterns]
        # a numbered line: "๑.", "1)", "(1)", or a measure-number word and a number
        words = "|".join(r"\s*".join(map(re.escape, w)) for w in v.measure_number_words)
        self.numbered = re.compile(r"^\s*(?:[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]|\([0-9๐-๙]+\)"
                                   + (rf"|(?:{words})\s*[0-9๐-๙]+" if words else "") + ")")
        self.sections = {sid: [re.compile(p) for p in sv.patterns] for sid, sv in v.sections.items()}
        self.agencies = [re.compile(p) for p in v.agency_patterns]
        self.current_year = [re.compile(p) for p in v.current_year_markers]

    # --- kinds and elements --------------------------------------------------------------

    def kind_of(self, title: str) -> Optional[str]:
        c = compact(title)
        for kind, patterns in self.kind_patterns:
            if any(p.search(c) for p in patterns):
                return kind
        return None

    def element_of(self, header: str, max_chars: int = MAX_HEADER_CHARS) -> Optional[str]:
        """The element a column header or label names: the synonym that starts earliest wins.

        "สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม" is output (สรุปผล at 0), not
        measure (มาตรการ at 18); on a tie the longer synonym wins.
        """
        c = compact(header).lower()
        if not c or len(c) > max_chars:
            return None
        best: Optional[tuple[int, int, str]] = None
        for element, syn in self.synonyms:
            pos = c.find(syn)
            if pos < 0:
                continue
            key = (pos, -len(syn), element)
            if best is None or key < best:
                best = key
        return best[2] if best else None

    def is_empty(self, text: str, header: str = "") -> bool:
        """Says nothing: blank, "-", dots, "(ระบุ)", or only the column header repeated."""
        t = text.strip()
        if not t:
            return True
        if any(p.fullmatch(t) for p in self.empty):
            return True
        if header and compact(t) == compact(header):
            return True
        return False

    def cell_is_empty(self, cell: Cell, header: str = "") -> bool:
        if cell.checkboxes:
            # a list of boxes says something only when one is ticked, or text stands beside them
            other = [line for line in cell.text.split("\n") if line[:1] not in ("☐", "☑")]
            if any(b.checked for b in cell.checkboxes):
                return False
            return self.is_empty("\n".join(other), header)
        return self.is_empty(cell.text, header)

    def status_count(self, label: str) -> int:
        """How many distinct statuses a box label names ("…การดำเนินการดำเนินการแล้วเสร็จ" names two)."""
        c = compact(label)
        return sum(1 for s in self.statuses if s in c)


_CACHE: dict[int, Lexicon] = {}


def lexicon_for(vocabulary: Vocabulary, calendar: Calendar) -> Lexicon:
    key = id(vocabulary)
    lex = _CACHE.get(key)
    if lex is None or lex.vocabulary is not vocabulary:
        lex = _CACHE[key] = Lexicon(vocabulary, calendar)
    return lex
