"""A table whose cells came out as a run of lines: text extracted from a PDF in reading
order (`pdftotext -raw`, a copy and paste) writes a header line of column names, then
each row's cells one after another, the cells' own line breaks kept:

    ข้อ มาตรการ ขั้นตอน/วิธีการดำเนินการ ผู้รับผิดชอบ ระยะเวลา การติดตามและ
    ก. มาตรการเปิดเผยข้อมูล
    การจัดสรรเงินอุดหนุน
    ๑) ประกาศหลักเกณฑ์…
    กลุ่มศาสนสมบัติ ต.ค. ๒๕๖๘
    – ก.ย. ๒๕๖๙

Without any layout (`pdftotext` in its default mode) each cell comes out as lines of its
own, so the header is a run of short lines, one column name each ("ที่", "มาตรการ",
"ผู้รับผิดชอบ", …), and a row starts with its number alone on a line.

Where one cell ends and the next begins is lost, so the rows are found by their numbers
(the first numbered line under the header sets the style: "ก.", "1.") and each element
by its form in the row's text: steps as a numbered list, a unit's name as the
responsible party, a date as the period (`value_patterns`), monitoring by its cues.
The finding says so (note `table-flattened`): the officer checks by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Container, Optional

from ita_lint.extract.cues import find_cue
from ita_lint.extract.layout import preview
from ita_lint.extract.lexicon import Lexicon
from ita_lint.extract.tables import short_title
from ita_lint.model import Block, ElementValue, Location, Measure, Note, Placed

# A header line names at least this many elements, and most of its words are column names.
MIN_HEADER_ELEMENTS = 3
MAX_HEADER_WORDS = 80  # more words on one line are prose, never a row of column names
HEADER_WORD_SHARE = 0.6
# A line that carries on the header ("รายงานผล" under "การติดตามและ") has no more words than this.
HEADER_TAIL_WORDS = 2
# A column name on a line of its own has no more words than this.
HEADER_CELL_WORDS = 3
# A column name, as one word between spaces, is at most this long ("ผลการดำเนินงาน(Output)").
NAME_WORD_CHARS = 30
# A header wrapped over lines (a column name cut: "หน่วยงานรับ" / "ผิดชอบ") takes at most this many.
WRAPPED_HEADER_LINES = 6
# A piece of a word this short on a line of its own ends the word on the line above ("ลำดั" / "บ").
FRAGMENT_CHARS = 2
# The second line of a column name cut in two ("ผู้รับผิด" / "ชอบ") has at most this many characters.
CUT_NAME_CHARS = 5
# A line of a table's cell, in a narrow column, has no more words than this; prose has more.
CELL_LINE_WORDS = 8


@dataclass
class Flattened:
    measures: list[tuple[int, Measure]] = field(default_factory=list)
    items: list[Placed] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    used_blocks: set[int] = field(default_factory=set)


@dataclass
class _Line:
    text: str
    location: Location
    block: int
    furniture: bool = False  # printed on every page (kept: a row's number alone may look like a page number)


def flattened_measures(blocks: list[Block], lex: Lexicon, skip: Container[int] = ()) -> Flattened:
    out = Flattened()
    lines = _lines(blocks, skip)
    k = 0
    while k < len(lines):
        header_end = None if lines[k].furniture else _header_at(lines, k, lex)
        if header_end is None:
            scrambled = None if lines[k].furniture else _scrambled_header_at(lines, k, lex)
            if scrambled is not None:
                # the column names with a row's number among them: the cells came out column
                # by column, in an order no reading can follow, so no row is read from them
                out.notes.append(Note("table-scrambled", lines[k].location, {}))
                while scrambled < len(lines) and len(lines[scrambled].text.split()) <= CELL_LINE_WORDS:
                    scrambled += 1  # the cells' lines, down to the first line of prose
                out.used_blocks |= {line.block for line in lines[k:scrambled]}
            k = scrambled or k + 1
            continue
        rows, end = _rows(lines, k, header_end, lex)
        if rows:
            for row in rows:
                measure = _measure(row, lex)
                out.measures.append((row[0].block, measure))
                out.items.append(Placed(row[0].location, preview(row[0].text), "measure", "flattened-row", measure))
                out.used_blocks |= {line.block for line in row}
            out.notes.append(Note("table-flattened", lines[k].location, {"rows": len(rows)}))
            out.used_blocks.add(lines[k].block)
        k = max(end, k + 1)
    return out


def _lines(blocks: list[Block], furniture: Container[int]) -> list[_Line]:
    out = []
    for bi, block in enumerate(blocks):
        if block.type == "table":
            continue
        for text, loc in block.located_lines():
            if text.strip():
                out.append(_Line(text.strip(), loc, bi, bi in furniture))
    return out


def _header_elements(text: str, lex: Lexicon) -> set[str]:
    """The elements a line of column names names ("ข้อ มาตรการ ขั้นตอน … ระยะเวลา"), or none."""
    return _named_by(text.split(), lex)


def _named_by(words: list[str], lex: Lexicon) -> set[str]:
    if not MIN_HEADER_ELEMENTS <= len(words) <= MAX_HEADER_WORDS:
        return set()
    named = []
    for word in words:
        if len(word) > NAME_WORD_CHARS:
            continue  # "กองช่างรายงานผลต่อที่ประชุมสภาเทศบาล": a phrase that opens with a column's word
        found = lex.header_word(word)
        if found and found[2] == 0:
            named.append(found[0])
        elif lex.is_number_column(word):
            named.append("")
    elements = {e for e in named if e}
    if len(elements) < MIN_HEADER_ELEMENTS or len(named) < HEADER_WORD_SHARE * len(words) or "measure" not in elements:
        return set()
    return elements


def _header_at(lines: list[_Line], k: int, lex: Lexicon) -> Optional[int]:
    """Where the header starting at line `k` ends (the index after it), or None: one line of
    column names, or a run of lines holding one column name each."""
    if _header_elements(lines[k].text, lex):
        return k + 1
    wrapped = _wrapped_header_at(lines, k, lex)
    if wrapped is not None:
        return wrapped
    named: list[str] = []
    j = k
    while j < len(lines) and len(lines[j].text.split()) <= HEADER_CELL_WORDS \
            and not lex.numbering.style(lines[j].text) and not lex.numbering.bare(lines[j].text):
        found = lex.header_word(lines[j].text)
        if found and found[2] == 0:
            named.append(found[0])
        elif lex.is_number_column(lines[j].text):
            named.append("")
        elif j == k:
            return None  # a run starts with a column name
        j += 1
    elements = {e for e in named if e}
    if len(elements) < MIN_HEADER_ELEMENTS or "measure" not in elements or len(named) < HEADER_WORD_SHARE * (j - k):
        return None
    return j


def _scrambled_header_at(lines: list[_Line], k: int, lex: Lexicon) -> Optional[int]:
    """Where a run of column names, one a line, with a row's number among them ends, or None:
    `pdftotext` without layout reads a table column by column as far as the first row, so
    the number column's name is followed by the first row's number ("ที่" / "1" / "กิจกรรม"
    / "วิธีการ" / "ผู้รับผิด" / "ชอบ"). A column name cut over two lines counts once."""
    named: list[str] = []
    numbers = 0
    j = k
    while j < len(lines):
        text = lines[j].text
        if lex.numbering.bare(text) and named:
            numbers += 1
            j += 1
            continue
        if len(text.split()) > HEADER_CELL_WORDS or lex.numbering.style(text) or lex.numbering.bare(text):
            break
        found = lex.header_word(text)
        joined = lex.header_word(text + lines[j + 1].text) if j + 1 < len(lines) else None
        if not (found and found[2] == 0) and joined and joined[2] == 0 and len(lines[j + 1].text) <= CUT_NAME_CHARS:
            named.append(joined[0])
            j += 2
            continue
        if found and found[2] == 0:
            named.append(found[0])
        elif lex.is_number_column(text):
            named.append("")
        else:
            break
        j += 1
    elements = {e for e in named if e}
    if not numbers or len(elements) < MIN_HEADER_ELEMENTS or "measure" not in elements:
        return None
    return j


def _wrapped_header_at(lines: list[_Line], k: int, lex: Lexicon) -> Optional[int]:
    """Where a header of column names wrapped over several lines ends ("ลำดั" / "บ" /
    "มาตรการ/กิจกรรม ขั้นตอน/วิธีการ หน่วยงานรับ" / "ผิดชอบ" / "ระยะเวลา ผลการดำเนินการ …",
    as a browser's PDF viewer copies a table), or None. It opens with a column name, runs
    to the first numbered row, and its words name the elements as one header line would;
    a piece of two letters or fewer ends the word above it ("ลำดั" / "บ")."""
    if not (lex.header_word(lines[k].text) or lex.is_number_column(lines[k].text)
            or lex.is_number_column(lines[k].text + (lines[k + 1].text if k + 1 < len(lines) else ""))):
        return None
    words: list[str] = []
    found = None
    for j in range(k, min(len(lines), k + WRAPPED_HEADER_LINES)):
        text = lines[j].text
        if lex.numbering.style(text) or lex.numbering.bare(text):
            break
        for n, word in enumerate(text.split()):
            if n == 0 and words and len(word) <= FRAGMENT_CHARS and len(text.split()) == 1:
                words[-1] += word
            else:
                words.append(word)
        if _named_by(words, lex):
            found = j + 1
    return found


def _rows(lines: list[_Line], start: int, header_end: int, lex: Lexicon) -> tuple[list[list[_Line]], int]:
    """The rows under the header at `start`, each its lines, and where they end."""
    header = lines[start].text
    style: Optional[str] = None
    rows: list[list[_Line]] = []
    k = header_end
    while k < len(lines):
        line = lines[k]
        if header_end - start > 1 and line.text == header:
            again = _header_at(lines, k, lex)  # the run of column names again, after a page break
            if again is not None:
                k = again
                continue
        # a number alone on its line is the next row when it is the next number (else a page number)
        bare = lex.numbering.bare(line.text)
        next_row = style in (None, "bare") and bare is not None and bare == str(len(rows) + 1)
        if not next_row and (line.text == header or line.furniture or lex.is_furniture(line.text)):
            # the header again after a page break, and the line that carries it on
            if line.text == header and k + 1 < len(lines) and len(lines[k + 1].text.split()) <= HEADER_TAIL_WORDS \
                    and not lex.numbering.style(lines[k + 1].text):
                k += 1
            k += 1
            continue
        if not rows and len(line.text.split()) <= HEADER_TAIL_WORDS and not lex.numbering.style(line.text) \
                and not lex.numbering.bare(line.text):
            k += 1  # the header's own second line
            continue
        kind = _row_style(line.text, lex)
        if kind == "bare" and not next_row:
            kind = ""
        leading = lex.numbering.leading(line.text)
        if kind and kind != "bare" and rows and leading is not None and leading.isdigit() \
                and leading != str(len(rows) + 1):
            kind = ""  # "30 วันหลังได้รับงบ…", "8 เรื่อง": a figure at a cell line's start, not the next row
        if style is None:
            if not kind:
                break  # the first line under a header is a numbered row, or this is no table
            style = kind
        if kind == style:
            rows.append([line])
        elif rows:
            rows[-1].append(line)
        k += 1
    return rows, k


def _row_style(text: str, lex: Lexicon) -> str:
    """How a line is numbered ("dot", "close", …; "bare": a number alone on its line), or ""."""
    style = lex.numbering.style(text)
    return style[0] if style else ("bare" if lex.numbering.bare(text) else "")


def _measure(row: list[_Line], lex: Lexicon) -> Measure:
    first = row[0]
    number = lex.numbering.leading(first.text) or lex.numbering.bare(first.text)
    title_lines = [first.text]
    for line in row[1:]:
        if lex.numbering.style(line.text) or _element_by_form(line.text, lex):
            break
        title_lines.append(line.text)
    title = " ".join(title_lines)
    sub = _sub_list_start(title, lex)
    if sub is not None:
        title = title[:sub]
    measure = Measure(index=0, title=short_title(title, lex), location=first.location, number=number)
    measure.elements["measure"] = ElementValue(measure.title, first.location, "label")
    measure.texts.append(("", "\n".join(line.text for line in row[len(title_lines):]), first.location))
    # the steps: a list numbered otherwise than the rows ("๑)" under "1.", "1." under a bare "1")
    own = _row_style(first.text, lex)
    steps = [line.text for line in row[1:]
             if _is_sub_item(line.text, lex) or own == "bare" and _row_style(line.text, lex) not in ("", "bare")]
    if sub is not None:
        steps.insert(0, " ".join(title_lines)[sub:])
    if steps:
        measure.elements["steps"] = ElementValue("\n".join(steps), first.location, "cue")
    for line in row[1:]:
        element = _element_by_form(line.text, lex)
        if element and element not in measure.elements:
            measure.elements[element] = ElementValue(line.text, line.location, "cue")
    # the row's text after its title: on the title's own line the cells may run on
    rest = "\n".join(([" ".join(title_lines)[sub:]] if sub is not None else [])
                     + [line.text for line in row[len(title_lines):]])
    for element in lex.cues:
        if element not in measure.elements:
            found = find_cue(rest, element, lex)
            if found:
                measure.elements[element] = ElementValue(found, first.location, "cue")
    return measure


def _element_by_form(text: str, lex: Lexicon) -> Optional[str]:
    text = _EMPTY_CELLS.sub("", text)  # "- กลุ่มศาสนสถาน": an empty cell ("-") before a unit's name
    return next((e for e in lex.value_patterns if lex.looks_like(e, text)), None)


_EMPTY_CELLS = re.compile(r"^(?:[-–—]\s+)+")


def _is_sub_item(text: str, lex: Lexicon) -> bool:
    style = lex.numbering.style(text)
    return bool(style) and style[0] in ("close", "paren")


def _sub_list_start(text: str, lex: Lexicon) -> Optional[int]:
    """Where a step list ("๑) …") begins inside a title line the cells ran together on."""
    for pos in range(1, len(text)):
        if text[pos - 1] == " " and _is_sub_item(text[pos:], lex):
            return pos
    return None
