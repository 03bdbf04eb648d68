"""The rule pack's vocabulary, compiled once for matching.

Matching runs on `compact` text (spaces removed, Arabic digits), because Thai
has no word spaces and extraction scatters stray ones ("ระยะเวลา ดำเนินการ").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ita_lint.engine.schema import Vocabulary
from ita_lint.extract.numbering import Numbering, bracketed_words
from ita_lint.model import Cell
from ita_lint.readers.common import NESTED_CELLS
from ita_lint.thai import Calendar, compact, fold

# A header cell longer than this (without spaces) is content, not a header.
MAX_HEADER_CHARS = 70
# A label before ":" longer than this is a sentence, not a label.
MAX_LABEL_CHARS = 40
# A paragraph that is only a label is this short.
MAX_ALONE_LABEL_CHARS = 30
_DIGIT = re.compile(r"[0-9๐-๙]")
# a field's number in a form: "๑.๒ ", "1.2) "
_FIELD_NUMBER = re.compile(r"^\s*\(?[0-9๐-๙]+(?:\.[0-9๐-๙]+)+[.)]?\s+")
# A label's English name in brackets after it ("ผลผลิต (Output)")
_TRANSLATED = re.compile(r"^\([A-Za-z][A-Za-z .&/-]{1,30}\)(?=\s|$)")
# What parts a page's title from the name of its site or space before it
_TITLE_PARTS = re.compile(r"\s[:|]\s")
# A form's field lettered in Thai before its label ("(ก) ขั้นตอน/วิธีการ", "ข) ผู้รับผิดชอบ  กองคลัง")
_FIELD_LETTER = re.compile(r"^\s*\(?[ก-ฮ][.)]\s+")

# A label ends at a colon, or at a dot leader (a form's "ผู้รับผิดชอบ..........กองช่าง.......");
# in a table's cell also at " | ", a row of a two-column table nested in the cell.
_LABEL_FORM = (r"^\s*(?:[-*•+]\s*)?(?P<label>[^:：{ends}\n]{{1,80}}?)\s*(?:[:：]{also}|(?P<leader>\.{{4,}}|…{{2,}}))"
               r"\s*(?P<value>.*)$")
_LABEL = re.compile(_LABEL_FORM.format(ends="", also=""))
_NESTED_LABEL = re.compile(_LABEL_FORM.format(ends="|", also=r"|\s\|(?:\s|$)"))  # "ผู้รับผิดชอบ |": left empty
# Elements a status box reports; in any other element's place, boxes are a to-do list.
REPORTED = ("output", "outcome")
_BULLET = re.compile(r"^\s*[-*•+]\s+")
# after a dot leader, a page number or letter alone: a table of contents' line, no label
_TOC_VALUE = re.compile(r"^[0-9๐-๙ก-ฮ]{1,3}$")
# the rest of a dot leader after a value, to the end of the line
_LEADER_END = re.compile(r"\s*(?:\.{4,}|…{2,})\s*$")


# A label's word stands at its start, give or take a bracket or a mark ("(๑) ผู้รับผิดชอบ").
LABEL_WORD_START = 3
# A measure's label is its word and little more ("มาตรการ/กิจกรรม", "มาตรการที่ ๑"): a longer
# name before the colon is the measure's own title.
MEASURE_LABEL_SLACK = 12
# a label set apart by spaces may run this many letters past its word ("…ดำเนินการ"), and
# be broken by an extractor's spaces into at most this many words ("ผู้ รับผิดชอบ")
SPACED_LABEL_TAIL = 12
SPACED_LABEL_WORDS = 3
_DASH_APART = re.compile(r"^[-–—]\s+")
# an icon or mark before a label ("👤 ผู้รับผิดชอบ", "▸ ระยะเวลา")
_LEAD_SYMBOLS = re.compile(r"^[^\w\s(\[\-*•+]+\s*")


_LONE_MARKS = re.compile(r"(?:(?<=\s)|^)[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+(?=\s|$)")
_TRAILING_REMARK = re.compile(r"\s*\([^()]*\)\s*$")


@dataclass
class Lexicon:
    vocabulary: Vocabulary
    calendar: Calendar
    kind: Optional[str] = None  # the document's kind, when known: its `extra_synonyms` count too

    def __post_init__(self) -> None:
        v = self.vocabulary
        self.kind_patterns = [(k.id, [re.compile(p) for p in k.title_patterns]) for k in v.kinds]
        lead = "|".join(re.escape(compact(w)) for w in sorted(v.title_lead_words, key=len, reverse=True))
        self.title_lead = re.compile(f"^(?:(?:{lead})[:：]?)+" if lead else "(?!)")
        extra = next((k.extra_synonyms for k in v.kinds if k.id == self.kind), {})
        self.activity_units = any(k.activity_units for k in v.kinds if k.id == self.kind)
        self.synonyms = [(element, fold(s)) for element, ev in v.elements.items()
                         for s in ev.synonyms + extra.get(element, [])]
        kind = next((k for k in v.kinds if k.id == self.kind), None)
        # (element, a word of this kind's own for it) over words for the elements it outranks
        self.outranks = {(element, fold(w)): set(others) for element, others in (kind.outranks if kind else {}).items()
                         for w in extra.get(element, [])}
        # each word as the pack spells it, for people ("ขั้นตอน", matched as "ขันตอน")
        self.spelling = {fold(s).rstrip("$"): s.rstrip("$") for ev in v.elements.values()
                         for s in ev.synonyms + [w for ws in extra.values() for w in ws]}
        # elements a "label: value" line over a group's table states for its measures
        self.table_wide = {e for e, ev in v.elements.items() if ev.table_wide}
        self.cues = {element: [re.compile(c) for c in ev.cues] for element, ev in v.elements.items() if ev.cues}
        self.cue_exclusions = {element: [re.compile(c) for c in ev.cue_exclusions]
                               for element, ev in v.elements.items() if ev.cue_exclusions}
        self.value_patterns = {element: [re.compile(c) for c in ev.value_patterns]
                               for element, ev in v.elements.items() if ev.value_patterns}
        self.empty = [re.compile(p) for p in v.empty_values]
        self.element_empty = {element: [re.compile(p) for p in ev.empty_values]
                              for element, ev in v.elements.items() if ev.empty_values}
        self.number_columns = {fold(w) for w in v.number_columns}
        own = {fold(s) for words in extra.values() for s in words}
        self.other_columns = [fold(w) for w in v.other_columns if fold(w) not in own]
        self.furniture = [re.compile(p) for p in v.page_furniture]
        self.period_columns = [re.compile(p) for p in v.period_columns]
        self.note_lead = re.compile("^\\s*(?:" + "|".join(map(re.escape, v.note_words)) + ")\\s*[:：.]?\\s*"
                                    if v.note_words else "(?!)")
        # the label alone in its cell, or before its dots or colon ("ลงชื่อ……", "ผู้รายงาน:"):
        # "ผู้ตรวจสอบภายในสุ่มตรวจ…" is a sentence, not a signature
        self.signature = re.compile("^(?:" + "|".join(map(re.escape, (compact(w) for w in v.signature_words)))
                                    + ")(?:[:：.…_]|$)" if v.signature_words else "(?!)", re.I)
        self.every_measure = re.compile("|".join(map(re.escape, (compact(w) for w in v.every_measure_words)))
                                        if v.every_measure_words else "(?!)", re.I)
        self.part_heading = re.compile("^(?:" + "|".join(map(re.escape, (compact(w) for w in v.part_words))) + ")"
                                       if v.part_words else "(?!)")
        names = sorted({compact(n) for ns in v.months.values() for n in ns}, key=len, reverse=True)
        # a column headed by a month ("ต.ค. ๖๘", "ตุลาคม") or a quarter lays out the period
        self._month_header = re.compile("(?:" + "|".join(map(re.escape, names)) + r")\d{0,4}")
        self.statuses = [compact(s) for s in v.statuses]
        self.group_rows = [re.compile(p) for p in v.group_row_patterns]
        # a numbered line: "๑.", "1)", "(1)", or a measure-number word and a number
        words = "|".join(r"\s*".join(map(re.escape, w)) for w in v.measure_number_words)
        # … "ก. …", "IV. …" (a letter or a roman numeral, its mark and a space), "มาตรการที่ IV"
        bare = bracketed_words(v.measure_number_words)  # "มาตรการ (๑)"
        units = "|".join(map(re.escape, v.quantity_units))
        quantity = rf"(?!\s*[0-9๐-๙.,]+\s*(?:{units}))" if units else ""
        self.numbered = re.compile(r"^" + quantity + r"\s*(?:[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]|\([0-9๐-๙]+\)|\(?[ก-ฮ][.)](?=\s)"
                                   r"|\(?(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[.)](?=\s)"
                                   + (rf"|(?:{words})\s*(?:[0-9๐-๙]+|[IVX]+\b)" if words else "")
                                   + (rf"|(?:{bare})\s*\([0-9๐-๙]+\)" if bare else "")
                                   + (rf"|\[\s*(?:{words}{'|' + bare if bare else ''})\s*[0-9๐-๙]+\s*\]" if words else "")
                                   + ")")
        self.numbering = Numbering(tuple(v.measure_number_words), tuple(v.quantity_units))
        # the bare words a measure's title may open with ("มาตรการ", "กิจกรรม"): no label set
        # apart by spaces, where "ชื่อมาตรการ  …" is one
        self._bare_measure_words = {fold(w[:-3]) for w in v.measure_number_words if w.endswith("ที่") and len(w) > 3}
        self.sections = {sid: [re.compile(p) for p in sv.patterns] for sid, sv in v.sections.items()}
        self.agencies = [re.compile(p) for p in v.agency_patterns]
        self.current_year = [re.compile(p) for p in v.current_year_markers]

    # --- kinds and elements --------------------------------------------------------------

    def kind_of(self, title: str, within: Optional[int] = None) -> Optional[str]:
        """The kind a title names; with `within`, only a kind named in the title's first
        `within` characters after its lead words ("เรื่อง ขออนุมัติมาตรการ…" is a title,
        "ตามที่ … ได้กำหนดมาตรการ…" is not)."""
        # a page's title after its site's or space's name ("ITA คณะ… : แนวทางและมาตรการ…",
        # Confluence; "หน้าแรก | มาตรการ…") leads as the whole does
        parts = [title] + (_TITLE_PARTS.split(title)[1:] if within is not None else [])
        for kind, patterns in self.kind_patterns:
            for part in parts:
                c = compact(part)
                if within is not None:
                    c = self.title_lead.sub("", c)
                if any((m := p.search(c)) and (within is None or m.start() <= within) for p in patterns):
                    return kind
        return None

    def element_of(self, header: str, max_chars: int = MAX_HEADER_CHARS) -> Optional[str]:
        """The element a column header or label names: the synonym that starts earliest wins.

        "สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม" is output (สรุปผล at 0), not
        measure (มาตรการ at 18); on a tie the longer synonym wins.
        """
        found = self.header_word(header, max_chars)
        return found[0] if found else None

    def header_word(self, header: str, max_chars: int = MAX_HEADER_CHARS) -> Optional[tuple[str, str, int]]:
        """(element, synonym, where it starts) for the synonym that starts earliest, or None."""
        c = fold(header)
        if not c or len(c) > max_chars:
            return None
        best: Optional[tuple[int, int, str, str]] = None
        found: list[tuple[str, str]] = []
        for element, syn in self.synonyms:
            word_alone = syn.endswith("$")
            if word_alone:
                # a word that names the element only standing alone ("ตัวชี้วัด", not
                # "ตัวชี้วัดการเปิดเผยข้อมูล"): the whole header, or one part of it
                word = syn[:-1]
                parts = re.split(r"[/:()]", c)
                if word not in parts:
                    continue
                pos = c.find(word)
                syn = word
            else:
                pos = c.find(syn)
            if pos < 0:
                continue
            found.append((element, syn + ("$" if word_alone else "")))
            key = (pos, -len(syn), element, syn)
            if best is None or key < best:
                best = key
        if best is not None:
            for element, syn in found:
                if best[2] in self.outranks.get((element, syn), ()):
                    word = syn.rstrip("$")
                    return element, word, c.find(word)
        return (best[2], best[3], best[0]) if best else None

    def label(self, line: str, alone: bool = False, in_cell: bool = False) -> tuple[Optional[str], str]:
        """(element, value) of a "label: value" line ("ผู้รับผิดชอบ: กองคลัง"), or (None, "").

        With `alone` (the line is a paragraph of its own), a short line that is nothing
        but a label ("ขั้นตอน/วิธีการดำเนินการ", set in bold above its value) is one too.
        """
        m = (_NESTED_LABEL if in_cell else _LABEL).match(self.note_lead.sub("", line, count=1))
        if not m and alone:
            line = _BULLET.sub("", line, count=1)  # "- วิธีดำเนินการ", a bullet of its own
            word = self.header_word(line, MAX_ALONE_LABEL_CHARS)
            if word and word[2] == 0 and not _DIGIT.search(line):
                return word[0], ""
            # "๑.๑ ขั้นตอนการดำเนินการ": a form's numbered field (a numbered measure's
            # title, "๑. มาตรการ…", names a measure, no field)
            field = _FIELD_NUMBER.sub("", line, count=1).strip()
            word = self.header_word(field, MAX_ALONE_LABEL_CHARS) if field != line.strip() else None
            if word and word[2] == 0 and word[0] != "measure" and not _DIGIT.search(field) \
                    and (self.numbering.style(line) or ("",))[1:2] == (2,):
                return word[0], ""
            field = _FIELD_LETTER.sub("", line, count=1).strip()
            word = self.header_word(field, MAX_ALONE_LABEL_CHARS) if field != line.strip() else None
            if word and word[2] == 0 and word[0] != "measure" and not _DIGIT.search(field):
                return word[0], ""
        if not m or (m.group("leader") and _TOC_VALUE.match(_LEADER_END.sub("", m.group("value").strip()))):
            return None, ""
        # a label starts the line: "๑. มาตรการ: …" is allowed, "ผลคือ … ได้แก่: …" is a sentence
        label = self.numbered.sub("", m.group("label").strip()).strip()
        word = self.header_word(label, MAX_LABEL_CHARS)
        # the label starts with its word: "จำนวนมาตรการ: 6 มาตรการ" counts measures, it names none
        if word is None or word[2] > LABEL_WORD_START:
            return None, ""
        if word[0] == "measure" and len(compact(label)) > len(word[1]) + MEASURE_LABEL_SLACK:
            return None, ""  # "๓.๔ มาตรการเสริมสร้างวัฒนธรรมสุจริต: อบรม…": a title with a colon in it
        # "ผู้รับผิดชอบ:: …": a Dataview inline field (Obsidian) doubles the colon
        value = m.group("value").strip().lstrip(":：").strip()
        # "กองช่าง........" is "กองช่าง"; a field of dots alone stays what it is, an unfilled value
        return word[0], _LEADER_END.sub("", value) or value

    def spaced_label(self, line: str) -> tuple[Optional[str], str]:
        """(element, value) of a label set apart from its value by spaces alone, no colon
        ("ผู้รับผิดชอบ  หัวหน้าหน่วย"), or (None, ""): the first words are an element's label
        and little more ("ระยะเวลาดำเนินการ"), and a value follows. The label may itself be
        broken by an extractor's space ("ผู้ รับผิดชอบ"): the fewest words that make one."""
        text = _BULLET.sub("", _LEAD_SYMBOLS.sub("", line.strip(), count=1), count=1)
        if (self.numbering.style(text) or ("", 0))[1] == 2:
            text = _FIELD_NUMBER.sub("", text, count=1).strip()  # "๑.๒ ผู้รับผิดชอบ   กองคลัง": a form's field
        text = _FIELD_LETTER.sub("", text, count=1)  # "(ข) ผู้รับผิดชอบ  กองคลัง"
        gaps = list(re.finditer(r"\s+", text))
        for m in gaps[:SPACED_LABEL_WORDS]:
            head, value = text[:m.start()], text[m.end():].strip()
            if value.startswith(NESTED_CELLS.strip()):  # "ผู้รับผิดชอบ | กองคลัง": a nested table's row
                value = value[1:].strip()
            if not value or _DIGIT.search(head):
                return None, ""
            word = self.header_word(head, MAX_ALONE_LABEL_CHARS)
            if word is None or word[2] != 0 or self._label_tail(head, word) > SPACED_LABEL_TAIL:
                continue
            if word[0] == "measure" and (fold(head) != word[1].rstrip("$") or fold(head) in self._bare_measure_words):
                continue  # "มาตรการ ส่งเสริม…" is a title; "ชื่อมาตรการ  การเปิดเผย…" a label
            if self.label(value, alone=True)[0]:
                return None, ""  # "สถานะ Status": a label and its translation, its value below
            # "ผู้รับผิดชอบ - ส่วนคลัง": a dash set between the label and its value parts them;
            # "ผลผลิต (Output)  …": the label's English name is the label's
            value = _TRANSLATED.sub("", value, count=1).strip() or value
            return word[0], _DASH_APART.sub("", value) or value
        return None, ""

    def _label_tail(self, head: str, word: tuple[str, str, int]) -> int:
        """How much of a label runs on past its element's word. Words of one element joined
        by a slash ("ขั้นตอน/วิธีการดำเนินการ") are one label: the tail is the last one's."""
        parts = head.split("/")
        if len(parts) > 1 and all((w := self.header_word(part, MAX_ALONE_LABEL_CHARS)) and w[0] == word[0]
                                  and w[2] == 0 for part in parts):
            head = parts[-1]
            word = self.header_word(head, MAX_ALONE_LABEL_CHARS)  # type: ignore[assignment]
        return len(fold(head)) - len(word[1].rstrip("$"))

    def looks_like(self, element: str, text: str) -> bool:
        """The text is a value of the element by its form (`value_patterns`)."""
        c = compact(text)
        return bool(c) and any(p.search(c) for p in self.value_patterns.get(element, ()))

    def is_number_column(self, header: str) -> bool:
        return fold(header).strip(".:()") in self.number_columns

    def other_column(self, header: str) -> Optional[str]:
        """The word that makes a header a known column naming no element ("หมายเหตุ"), or None."""
        c = fold(header)
        return next((w for w in self.other_columns if c.startswith(w)), None)

    def month_header(self, text: str) -> Optional[str]:
        """The month a column header names, when it names nothing else."""
        c = compact(text)
        if c and (self._month_header.fullmatch(c) or any(p.fullmatch(c) for p in self.period_columns)):
            return c
        return None

    def is_furniture(self, text: str) -> bool:
        """A page number or a line of its kind ("- ๓ -", "หน้า 2 จาก 5")."""
        c = compact(text)
        return bool(c) and any(p.fullmatch(c) for p in self.furniture)

    def is_empty(self, text: str, header: str = "", element: str = "") -> bool:
        """Says nothing: blank, "-", dots, "(ระบุ)", only the column header repeated, or
        what says nothing for this element ("อยู่ระหว่างดำเนินการ" as an outcome)."""
        # a Thai mark standing alone, set apart from its letter by the text extractor
        # ("...... ้"), is no text of the cell's own
        t = _LONE_MARKS.sub("", text).strip()
        if not t:
            return True
        if any(p.fullmatch(t) for p in self.empty):
            return True
        if len(t.split()) > 1 and all(any(p.fullmatch(w) for p in self.empty) for w in t.split()):
            return True  # "— (ระบุ)": a dash and a placeholder say no more than either
        if header and compact(t) == compact(header):
            return True
        own = self.element_empty.get(element)
        if own:
            flat = " ".join(t.split())
            # a remark in brackets after it says no more: "อยู่ระหว่างดำเนินการ (รอสรุปผลแบบทดสอบ)"
            bare = _TRAILING_REMARK.sub("", flat)
            # nor does a space a text extractor put inside a word ("อยู่ระหว่างดำเนิ นการ")
            joined = "".join(bare.split())
            if any(p.fullmatch(flat) or (bare and p.fullmatch(bare)) or (joined and p.fullmatch(joined))
                   for p in own):
                return True
        return False

    def cell_is_empty(self, cell: Cell, header: str = "", element: str = "") -> bool:
        if cell.checkboxes:
            # A list of boxes says something when one box is ticked, or text stands beside
            # them. Status boxes with none or several ticked say no status at all.
            other = [line for line in cell.text.split("\n") if line[:1] not in ("☐", "☑")]
            ticked = sum(1 for b in cell.checkboxes if b.checked)
            statuses = any(self.status_count(b.label) for b in cell.checkboxes)
            if ticked == 1 or (ticked and not statuses):
                return False
            if not statuses and element not in REPORTED:
                # a to-do list ("- [ ] ประกาศแผน…") under steps: its items are the steps
                return self.is_empty("\n".join(b.label for b in cell.checkboxes) + "\n" + "\n".join(other),
                                     header, element)
            return self.is_empty("\n".join(other), header, element)
        return self.is_empty(cell.text, header, element)

    def status_count(self, label: str) -> int:
        """How many distinct statuses a box label names ("…การดำเนินการดำเนินการแล้วเสร็จ" names two)."""
        c = compact(label)
        return sum(1 for s in self.statuses if s in c)


_CACHE: dict[tuple[int, Optional[str]], Lexicon] = {}


def lexicon_for(vocabulary: Vocabulary, calendar: Calendar, kind: Optional[str] = None) -> Lexicon:
    key = (id(vocabulary), kind)
    lex = _CACHE.get(key)
    if lex is None or lex.vocabulary is not vocabulary:
        lex = _CACHE[key] = Lexicon(vocabulary, calendar, kind)
    return lex
