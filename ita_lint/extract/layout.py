"""Layout: every table as a grid with its header, its columns and each row's fate.

Readers hand over tables as rows × columns with spans laid out (`Cell.span`) and
header rows marked where the format says so (`Row.header`). What follows is done
here once, the same for every format:

1. Page furniture — page numbers and running headers and footers, recognised as
   text repeated on most pages (or between the parts of a table when the format
   has no pages), whatever its length — is set aside, so it neither breaks the
   join of a table over pages nor reads as content.
2. A table's header rows are found by structure first (rows the format marks),
   then by vocabulary (leading rows made of header words, above the first
   numbered row), and merged column by column: the lowest header row that names
   an element decides a column ("ผลการดำเนินงาน" over "Output" and "Outcome").
3. The parts of a table split over pages are joined: a part that repeats the
   header, or has none but the same columns, continues the table before it when
   nothing but furniture stands between them.
4. Every body row gets exactly one fate — a measure, the continuation of the one
   above, a group heading, a repeated header (equal to this table's own header,
   not merely made of header words), furniture or blank — and the reason.

A table that is not a measure table keeps a role (label/value, scores, other);
one whose rows look like measures though no header names their columns is a
note, never silence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Optional

from ita_lint.wrap import shorten
from ita_lint.extract.lexicon import MAX_HEADER_CHARS, MAX_LABEL_CHARS, Lexicon
from ita_lint.extract.numbering import ordinal
from ita_lint.model import Block, Cell, Column, Location, Note, Placed, Row, TableView
from ita_lint.thai import compact, join_wrapped, squash

# A header has at most this many rows.
MAX_HEADER_ROWS = 4
# A header word starts its cell, give or take a bracket or a stray mark.
HEADER_WORD_START = 3
# At least this share of a header row's filled cells are header words.
HEADER_WORD_SHARE = 0.5
# A block this short between two parts of a table does not part them ("(ต่อ)").
MINOR_TEXT_CHARS = 20
# Repeated text longer than this is content, not a running header or footer.
MAX_FURNITURE_CHARS = 200
# A PDF line repeated on at least this share of the pages with text is furniture.
FURNITURE_PAGE_SHARE = 0.5
# A table repeated on most pages at their top or bottom is furniture when it has at most
# this many rows (a legend, a footer box); a measure table's parts differ from page to page.
RUNNING_TABLE_ROWS = 3
# Preview of a row or item in `ita-lint explain`.
PREVIEW_CHARS = 70
# A table that is not a measure table is said out loud when it has this many
# rows that look like measures (several cells filled, one with a sentence).
UNREAD_MIN_ROWS = 2
SENTENCE_CHARS = 20
# A card's badge ("มาตรการที่ 1", "Measure 2") has no more characters than this.
BADGE_CHARS = 16

_YEAR = re.compile(r"(?<!\d)2[45]\d\d(?!\d)")
YEAR_HEADER_CHARS = 16
_PARTS = re.compile(r"\n|\t|: ")  # a running footer's parts: "… ปี ๒๕๗๐<tab>หน้า ๑ / ๒"  # "ปีงบประมาณ2568", "คะแนนปี2567"
_SCORE = re.compile(r"-?\d{1,3}\.\d{1,2}%?")
_COLON_VALUE = re.compile(r"^[^:：]{1,40}[:：]\s*\S")


def preview(text: str) -> str:
    flat = squash(text.replace("\n", " / "))
    return shorten(flat, PREVIEW_CHARS)


def row_preview(row: Row) -> str:
    return preview(" | ".join(c.text.replace("\n", " ") for c in row.cells if c.text.strip() and c.span != "up"))


# --- page furniture ----------------------------------------------------------------------


# where a running header or footer carries the page number
MIN_RUNNING_CHARS = 20
_NUMBERED_END = re.compile(r"(?:ที่|ข้อ|No\.?)\s*[0-9๐-๙]{1,3}$")
_END_NUMBER = re.compile(r"(?:^|\s)[0-9๐-๙]{1,3}$|^[0-9๐-๙]{1,3}(?=\s)")
_PAGE_NUMBER = re.compile(r"(?:หน้า(?:ที่)?|[Pp]age|PAGE|[Pp]\.)[:：]?\d+(?:(?:/|จาก|of)\d+)?|\d+(?:/|จาก|of)\d+|[-–—]\d+[-–—]")
# a line that names its page ("… PAGE: 2", a printout's header; "… หน้า ๒"), spaces taken out
_NAMES_PAGE = re.compile(r"(?:หน้า(?:ที่)?|page)[:：]?[0-9๐-๙]+", re.I)


def _furniture_key(text: str) -> str:
    """The line without spaces and with its page number masked: "… หน้า ๒ จาก ๕" and
    "… หน้า ๓ จาก ๕" are one running footer; "มาตรการที่ ๑" and "มาตรการที่ ๒" are not."""
    # a number standing alone at either end of a running line is the page's: "… ปี 2570 3",
    # "4 | รายงาน…"; not a caption's own number ("มาตรการที่ 1")
    text = text.strip()
    if len(compact(text)) > MIN_RUNNING_CHARS and not _NUMBERED_END.search(text):
        text = _END_NUMBER.sub(" # ", text)
    return _PAGE_NUMBER.sub("#", compact(text))


def find_furniture(blocks: list[Block], lex: Lexicon) -> dict[int, str]:
    """Block index -> why it is page furniture. A block is furniture when every line of it
    is: a page number ("- ๒ -", "หน้า ๓ จาก ๕"), or a line repeated as running headers and
    footers are."""
    lines = [[line for line in b.text.split("\n") if line.strip()] if b.type != "table" else [] for b in blocks]
    pages = {b.location.page for b in blocks if b.location.page is not None}
    running = _repeated_on_pages(blocks, lines, pages) if len(pages) >= 2 else _repeated_between_tables(blocks, lines, lex)
    found: dict[int, str] = {}
    for i, block_lines in enumerate(lines):
        if not block_lines:
            continue
        # a label ("วิธีการดำเนินการ :") recurs on every page of measures written as prose:
        # the measures' own structure, never a running header
        kinds = ["page-number" if lex.is_furniture(line) else
                 "running-header" if _furniture_key(line) in running and not lex.label(line)[0] else ""
                 for line in block_lines]
        if all(kinds):
            found[i] = "running-header" if "running-header" in kinds else "page-number"
    if len(pages) >= 2:
        found.update({i: "running-table" for i in _tables_on_every_page(blocks, pages, lex)})
    return found


def _tables_on_every_page(blocks: list[Block], pages: set, lex: Lexicon) -> set[int]:
    """PDF: a small table at the top or bottom of its page, the same on most pages (a Gantt
    chart's legend, a form's footer box): page furniture, like a running footer. Not a
    header repeated over each page's part of a table, read as a table of its own."""
    on: dict[str, set[int]] = defaultdict(set)
    where: dict[str, list[int]] = defaultdict(list)
    for page, idx in _blocks_by_page(blocks, lambda i: True).items():
        for i in set(idx[:2] + idx[-2:]):
            if blocks[i].type == "table" and len(blocks[i].rows) <= RUNNING_TABLE_ROWS \
                    and not any(_header_like(r, lex) for r in blocks[i].rows):
                key = _furniture_key(" ".join(c.text for r in blocks[i].rows for c in r.cells))
                if key:
                    on[key].add(page)
                    where[key].append(i)
    return {i for key in _on_most_pages(on, pages) for i in where[key]}


def _repeated_on_pages(blocks: list[Block], lines: list[list[str]], pages: set) -> set[str]:
    """PDF: lines at the top or bottom of their page, repeated on most pages."""
    on: dict[str, set[int]] = defaultdict(set)
    for page, idx in _blocks_by_page(blocks, lambda i: bool(lines[i])).items():
        for i in set(idx[:2] + idx[-2:]) | {i for i in idx if blocks[i].margin}:
            for line in lines[i]:
                key = _furniture_key(line)
                if key and len(key) <= MAX_FURNITURE_CHARS:
                    on[key].add(page)
    return _on_most_pages(on, pages)


def _blocks_by_page(blocks: list[Block], kept: Callable[[int], bool]) -> dict[int, list[int]]:
    """The indices of the blocks `kept` on each page, in order."""
    by_page: dict[int, list[int]] = defaultdict(list)
    for i, b in enumerate(blocks):
        if b.location.page is not None and kept(i):
            by_page[b.location.page].append(i)
    return by_page


def _on_most_pages(on: dict[str, set[int]], pages: set) -> set[str]:
    """The keys seen on most pages (FURNITURE_PAGE_SHARE of them, two at least)."""
    need = max(2, FURNITURE_PAGE_SHARE * len(pages))
    return {key for key, seen in on.items() if len(seen) >= need}


def _repeated_between_tables(blocks: list[Block], lines: list[list[str]], lex: Lexicon) -> set[str]:
    """Formats without pages: a line repeated in the document that stands between two
    parts of a table, or next to a page number ("-๑-" over "สำนักงาน…"), at least once
    is a running header or footer a converter kept."""
    count: dict[str, int] = defaultdict(int)
    for block_lines in lines:
        for line in block_lines:
            count[_furniture_key(line)] += 1
    repeated = {k for k, n in count.items() if n >= 2 and k and len(k) <= MAX_FURNITURE_CHARS}

    def quiet(i: int) -> bool:  # a block of page numbers and repeated lines only
        return bool(lines[i]) and all(lex.is_furniture(x) or _furniture_key(x) in repeated for x in lines[i])

    def group(i: int) -> bool:  # a group heading standing alone
        return len(lines[i]) == 1 and any(p.search(compact(lines[i][0])) for p in lex.group_rows)

    running: set[str] = set()
    for i, block_lines in enumerate(lines):
        if not block_lines or not quiet(i):
            continue
        # a group heading between two parts ("ด้านการป้องกันการทุจริต") does not part them
        before = next((j for j in range(i - 1, -1, -1) if not quiet(j) and not group(j)), None)
        after = next((j for j in range(i + 1, len(blocks)) if not quiet(j) and not group(j)), None)
        between_tables = (before is not None and after is not None and blocks[before].type == "table"
                          and blocks[after].type == "table")
        # a page number beside it, in a block of its own or in this one ("- ๒ -" over "สำนักงาน…")
        by_page_number = any(0 <= j < len(lines) and lines[j] and all(lex.is_furniture(x) for x in lines[j])
                             for j in (i - 1, i + 1)) \
            or any(lex.is_furniture(x) or _NAMES_PAGE.search(compact(x)) for x in block_lines)
        if between_tables or by_page_number:
            running |= {_furniture_key(x) for x in block_lines if _furniture_key(x) in repeated}
    return running


# --- header rows ---------------------------------------------------------------------------


def _filled(row: Row) -> list[tuple[int, Cell]]:
    """The row's own filled cells: not blank, not a copy of the cell above."""
    return [(i, c) for i, c in enumerate(row.cells) if not c.is_blank and c.span != "up"]


def _is_column_numbers(row: Row, lex: Lexicon) -> bool:
    """A row that only numbers the columns: "(1) (2) (3) …"."""
    filled = _filled(row)
    if len(filled) < 2:
        return False
    numbers = [lex.numbering.bare(c.text) for _, c in filled]
    if any(n is None or "." in n for n in numbers):
        return False
    values = [ordinal(n) for n in numbers]  # type: ignore[arg-type]  # "(1) (2)" or "ก. ข."
    return values == sorted(values) and len(set(values)) == len(values)


_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")


def _header_text(cell: Cell) -> str:
    """A header cell's words: Thai lines where the cell has them, without the stray
    lines an OCR of a scanned header adds ("ae", "| “" around "ผู้รับผิด / ชอบ")."""
    lines = [line for line in cell.text.strip().split("\n") if line.strip()]
    if len(lines) > 1 and any(_THAI_LETTER.search(line) for line in lines):
        lines = [line for line in lines if _THAI_LETTER.search(line)]
    return join_wrapped(lines)


def _header_cell(cell: Cell, lex: Lexicon) -> Optional[tuple[str, str]]:
    """(element or "", word) when the cell reads as a column header; None for content."""
    if cell.checkboxes:
        return None
    cleaned = _header_text(cell)
    return _header_words(cell.text.strip(), lex) or (_header_words(cleaned, lex)
                                                     if cleaned != cell.text.strip() else None)


def _header_words(text: str, lex: Lexicon) -> Optional[tuple[str, str]]:
    if not text or len(compact(text)) > MAX_HEADER_CHARS or _COLON_VALUE.match(text):
        return None
    if lex.numbering.leading(text) is not None:
        return None
    if lex.is_number_column(text):
        return "", compact(text)
    word = lex.header_word(text)
    if word and word[2] <= HEADER_WORD_START:
        return word[0], word[1]
    month = lex.month_header(text)
    if month:
        return "period", month
    other = lex.other_column(text)
    if other:
        return "", other
    return None


def _column_element(cell: Cell, lex: Lexicon) -> Optional[tuple[str, str]]:
    """(element, word) a cell of a row already taken for the header names. Unlike
    `_header_cell`, which decides whether a row is a header at all, the word may
    stand anywhere in it ("สรุปลผลการดำเนินการ", a typo, is still output)."""
    found = _element_words(cell.text.strip(), lex)
    cleaned = _header_text(cell)
    return found or (_element_words(cleaned, lex) if cleaned != cell.text.strip() else None)


def _element_words(text: str, lex: Lexicon) -> Optional[tuple[str, str]]:
    if not text:
        return None
    word = lex.header_word(text)
    if word and (word[2] <= HEADER_WORD_START or not lex.other_column(text)):
        # "วัตถุประสงค์ของโครงการ" is an objectives column, though it names a project
        return word[0], word[1]
    for part in text.split("/")[1:]:
        # "ตัวชี้วัด/ผลที่คาดว่าจะได้รับ": a column for two things, one an element
        word = lex.header_word(part)
        if word and word[2] <= HEADER_WORD_START:
            return word[0], word[1]
    month = lex.month_header(text)
    return ("period", month) if month else None


def _plausible_header(row: Row, lex: Lexicon) -> bool:
    """Not plainly content: no boxes, no long text, no numbered cell, and not a group
    heading spanning the row ("ประเด็นที่ ๑ …" drawn in bold under the header)."""
    if any(c.checkboxes or len(compact(c.text)) > MAX_HEADER_CHARS or lex.numbering.leading(c.text)
           for c in row.cells):
        return False
    texts = {compact(c.text) for _, c in _filled(row)}
    return not (len(texts) == 1 and any(p.search(next(iter(texts))) for p in lex.group_rows))


def _header_like(row: Row, lex: Lexicon, strict: bool = False) -> bool:
    """Leading rows made of header words: no numbers, no boxes, no long text, and at least
    half of the cells header words (every one of them when `strict`)."""
    filled = [(i, c) for i, c in enumerate(row.cells) if not c.is_blank]
    if not _plausible_header(row, lex) or not filled:
        return False
    if any(lex.numbering.bare(c.text) for _, c in filled):
        return False
    words = [_header_cell(c, lex) for _, c in filled]
    if not any(w and w[0] for w in words):
        return False
    found = sum(1 for w in words if w)
    return found == len(filled) if strict else found >= HEADER_WORD_SHARE * len(filled)


def _more_header(row: Row, above: list[Row], lex: Lexicon) -> bool:
    """A row under the header rows that continues them. The first row may hold a word the
    vocabulary lacks; a row under it is more header only when each of its own cells is a
    header word, or sits under a header cell merged across columns ("เริ่มต้น | สิ้นสุด"
    under "ระยะเวลา"). Half the cells is not enough: "ไตรมาส ๑ – ๔" beside a title is content."""
    own = _filled(row)
    if not own or not _header_like(row, lex):
        return _sub_headers(row, above, lex)
    return all(_header_cell(c, lex) for _, c in own) or _sub_headers(row, above, lex)


def _sub_headers(row: Row, above: list[Row], lex: Lexicon) -> bool:
    own = _filled(row)
    if not own or not _plausible_header(row, lex) or any(lex.numbering.bare(c.text) for _, c in own):
        return False
    merged = {i for r in above for i, c in enumerate(r.cells) if c.span == "left"}
    merged |= {i - 1 for i in merged}
    return all(i in merged for i, _ in own)


def header_rows(rows: list[Row], lex: Lexicon) -> tuple[int, str]:
    """How many leading rows are the header, and how that was decided."""
    marked = 0
    # a marked row is a header unless it plainly holds content (a converter that must
    # write a header row promotes the first row of a part, measure and all)
    while marked < len(rows) and rows[marked].header and _plausible_header(rows[marked], lex):
        marked += 1
    if marked and len(set(_map(rows[:marked], lex)[0].values())) >= 1:
        # a marked header row that names no element at all is some other table's
        return marked + _column_number_rows(rows[marked:], lex), "structure"
    k = 0
    while k < min(len(rows), MAX_HEADER_ROWS) and (
            (_more_header(rows[k], rows[:k], lex) if k else
             _header_like(rows[k], lex) or (_parent_row(rows[k], lex) and len(rows) > 1 and _header_like(rows[1], lex)))
            or (k and (_is_column_numbers(rows[k], lex) or _header_tail(rows, k, lex)))):
        k += 1
    while k and _is_column_numbers(rows[k - 1], lex) and not _header_like(rows[k - 1], lex) and k == 1:
        k -= 1
    if k and len(set(_map(rows[:k], lex)[0].values())) >= 2:
        return k, "vocabulary"
    return 0, "none"


def _header_tail(rows: list[Row], k: int, lex: Lexicon) -> bool:
    """Row k, under the header and over the first numbered row, holds only the ends of
    header words wrapped onto a line of their own ("ลำดั" / "บ"): more header, no row."""
    own = _filled(rows[k])
    return (bool(own) and k + 1 < len(rows) and bool(_filled(rows[k + 1]))
            and lex.numbering.bare(_filled(rows[k + 1])[0][1].text) is not None
            and all(len(compact(c.text)) <= HEADER_TAIL_CHARS and lex.numbering.bare(c.text) is None
                    for _, c in own))


# The end of a header word wrapped alone onto the next line is at most this long ("บ", "ลา").
HEADER_TAIL_CHARS = 3


def _parent_row(row: Row, lex: Lexicon) -> bool:
    """A row of cells merged over several columns each, the rest blank ("พ.ศ. 2569 | พ.ศ. 2570"
    over the month columns of a sheet): the upper part of a header of two rows."""
    filled = _filled(row)
    if not filled or not _plausible_header(row, lex):
        return False
    merged_over = any(i + 1 < len(row.cells) and row.cells[i + 1].span == "left" for i, _ in filled)
    return merged_over and len(filled) * 2 <= len(row.cells)


def _title_rows(rows: list[Row], lex: Lexicon) -> int:
    """How many rows at the top hold one text across the table (a sheet's title and agency,
    typed in its first rows), or a short line of facts ("ผลการประเมิน ITA | 90.26 | ผ่าน"),
    over a header: text above the table, not its header."""
    k = 0
    while k < min(len(rows) - 1, MAX_HEADER_ROWS) and (
            (_across(rows[k]) or _facts_row(rows[k], lex)) and not _header_like(rows[k], lex)
            or k and all(c.is_blank for c in rows[k].cells)):
        k += 1
    return k if k and header_rows(rows[k:], lex)[0] else 0


def _facts_row(row: Row, lex: Lexicon) -> bool:
    """A short row of a few facts with a figure among them, no measure's number opening
    it: a sheet's score line ("ผลการประเมิน ITA ปี 2569 | 90.26 | คะแนน | ผ่าน")."""
    filled = _filled(row)
    return bool(filled) and lex.numbering.bare(filled[0][1].text) is None \
        and any(_FIGURE.search(c.text) for _, c in filled) \
        and sum(len(c.text) for _, c in filled) <= FACTS_ROW_CHARS


_FIGURE = re.compile(r"[0-9๐-๙]")


# A row of facts above a sheet's header holds at most this many characters.
FACTS_ROW_CHARS = 120


def with_title_rows(blocks: list[Block], lex: Lexicon) -> list[Block]:
    """The blocks with each table's title rows (a sheet's title typed in its first rows,
    above its header) also as paragraphs before it: where a document's title may stand."""
    out: list[Block] = []
    for block in blocks:
        if block.type == "table":
            rows = [r for r in block.rows if r.cells]
            for row in rows[:_title_rows(rows, lex)]:
                text = " ".join(c.text for _, c in _filled(row))
                if text:
                    out.append(Block("paragraph", text, row.location))
        out.append(block)
    return out


def _across(row: Row) -> bool:
    """One text across the top of a table, the row's other cells empty: a cell merged over
    the others, typed in the first cell of a sheet, or a caption centred over a PDF table
    ruled across only (its text falls into a middle column)."""
    return len(_filled(row)) == 1 and len(row.cells) > 2


def _column_number_rows(rows: list[Row], lex: Lexicon) -> int:
    return 1 if rows and _is_column_numbers(rows[0], lex) else 0


def _source_cell(row: Row, i: int) -> Cell:
    """The cell whose text covers slot i: itself, or the merged cell to its left."""
    j = i
    while j > 0 and row.cells[j].span == "left":
        j -= 1
    return row.cells[j]


def _map(header: list[Row], lex: Lexicon) -> tuple[dict[int, str], dict[int, str]]:
    """Column -> element, and column -> the header word that decided it; the lowest
    header row naming an element decides a column."""
    width = max((len(r.cells) for r in header), default=0)
    elements: dict[int, str] = {}
    words: dict[int, str] = {}
    for i in range(width):
        for row in reversed(header):
            if i >= len(row.cells):
                continue
            found = _column_element(_source_cell(row, i), lex)
            if found:
                elements[i], words[i] = found
                break
    return elements, words


def _second_element(texts: list[str], first: str, lex: Lexicon) -> Optional[str]:
    """The other element a header written "ผู้รับผิดชอบ/ระยะเวลา" names, if any."""
    for text in texts:
        for part in text.split("/")[1:]:
            word = lex.header_word(part)
            if word and word[2] <= HEADER_WORD_START and word[0] != first:
                return word[0]
    return None


def _columns(header: list[Row], lex: Lexicon, body: list[Row]) -> list[Column]:
    elements, words = _map(header, lex)
    width = max([len(r.cells) for r in header + body[:1]] or [0])
    columns = []
    for i in range(width):
        texts: list[str] = []
        for row in header:
            if i < len(row.cells):
                t = squash(_source_cell(row, i).text.replace("\n", " "))
                if t and t not in texts:
                    texts.append(t)
        text = " / ".join(texts)
        if any(lex.is_number_column(t) for t in texts):
            # checked first: "มาตรการที่" names the measure's number, though it starts with "มาตรการ"
            columns.append(Column(i, text, None, compact(texts[-1]), "number"))
        elif i in elements:
            columns.append(Column(i, text, elements[i], lex.spelling.get(words[i], words[i]), "header",
                                  _second_element(texts, elements[i], lex)))
        elif any(lex.other_column(t) for t in texts):
            columns.append(Column(i, text, None, next(w for t in texts if (w := lex.other_column(t))), "other"))
        else:
            columns.append(Column(i, text, None, "", "unknown" if text else "other"))
    measure_columns = [c for c in columns if c.element == "measure"]
    if len(measure_columns) > 1 and _mostly_numbers(body, measure_columns[0].index, lex):
        # "มาตรการ | ชื่อมาตรการ" over "มาตรการที่ 1 | เปิดเผย…": the first holds the numbers
        measure_columns[0].element, measure_columns[0].how = None, "number"
        measure_columns = measure_columns[1:]
    if len(measure_columns) > 1 and not any(c.element == "steps" for c in columns):
        # "มาตรการ | กิจกรรม/โครงการ": the activities carry the measure out, its steps
        for c in measure_columns[1:]:
            c.element = "steps"
    if not measure_columns:
        # the leftmost column of text that no header word claims holds the measures' names
        for c in columns:
            if c.how == "unknown" and _mostly_text(body, c.index, lex):
                c.element, c.how = "measure", "inferred"
                break
    if not any(c.how == "number" for c in columns) and columns and columns[0].element is None \
            and _mostly_numbers(body, 0, lex):
        columns[0].how = "number"
    number = next((c for c in columns if c.how == "number"), None)
    if number is not None and measure_columns and _row_ids(body, number.index, measure_columns[0].index, lex):
        number.how = "row-id"
    return columns


def _row_ids(body: list[Row], number: int, measure: int, lex: Lexicon) -> bool:
    """The number column counts the rows (a Gantt chart's task IDs, a sheet's row numbers)
    while the measure cells carry the document's own outline ("1 …", "1.1 …", "2 …"):
    the outline numbers the measures, not the count."""
    pairs = [(lex.numbering.bare(r.cells[number].text), lex.numbering.leading(r.cells[measure].text))
             for r in body if max(number, measure) < len(r.cells)]
    outlined = [(n, m) for n, m in pairs if m is not None]
    return len(outlined) >= 3 and 2 * len(outlined) >= len(pairs) and any("." in m for _, m in outlined) \
        and sum(1 for n, m in outlined if n != m) >= len(outlined) / 2


def _mostly_text(body: list[Row], i: int, lex: Lexicon) -> bool:
    cells = [r.cells[i].text for r in body if i < len(r.cells) and r.cells[i].text.strip()]
    return bool(cells) and sum(1 for t in cells if lex.numbering.bare(t) is None) > len(cells) / 2


def _mostly_numbers(body: list[Row], i: int, lex: Lexicon) -> bool:
    cells = [r.cells[i].text for r in body if i < len(r.cells) and r.cells[i].text.strip()]
    return bool(cells) and sum(1 for t in cells if lex.numbering.bare(t) is not None) > len(cells) / 2


def same_row(row: Row, other: Row) -> bool:
    """A row equal to another column by column (a header repeated on the next page)."""
    a = [compact(c.text) for c in row.cells]
    b = [compact(c.text) for c in other.cells]
    filled = [i for i, t in enumerate(b) if t]
    if not filled:
        return False
    equal = sum(1 for i in filled if i < len(a) and a[i] == b[i])
    extra = sum(1 for i, t in enumerate(a) if t and (i >= len(b) or not b[i]))
    # a cell may differ by a misread letter, not by more text: that is content run
    # into the repeated header ("วิธีการ/ขั้นตอน 3. คณะกรรมการ…"), never to be dropped
    longer = any(i < len(a) and len(a[i]) > len(b[i]) + MINOR_TEXT_CHARS for i in filled)
    return equal >= 0.8 * len(filled) and extra == 0 and not longer


# --- tables ----------------------------------------------------------------------------------


@dataclass
class MeasureTable:
    """A measure table being read: the view extract reports, and what row fates need."""

    view: TableView
    header: list[Row]
    columns: list[Column]
    width: int
    # each measure row with the rows that continue it, and their places in the view
    measures: list[list[Row]] = field(default_factory=list)
    placed: list[list[Placed]] = field(default_factory=list)
    numbers: list[Optional[str]] = field(default_factory=list)  # each measure's own number
    numbered: Optional[bool] = None
    parent: Optional[str] = None  # the number of a measure whose activities ("1.1", "1.2") follow
    below: list[Row] = field(default_factory=list)  # text typed under the table ("หมายเหตุ …")
    # the later parts joined to it: (block index, how many measures the parts before held)
    later_parts: list[tuple[int, int]] = field(default_factory=list)
    # what each measure's group row states for the measures under it ("หน่วยงานผู้รับผิดชอบ :
    # กองช่าง" across the table), element -> (value, where), one dict per measure
    group_stated: list[dict] = field(default_factory=list)
    stating: dict = field(default_factory=dict)  # what the last group row stated

    def element_columns(self, element: str) -> list[int]:
        return [c.index for c in self.columns if c.element == element]

    @property
    def number_column(self) -> Optional[int]:
        return next((c.index for c in self.columns if c.how == "number"), None)

    @property
    def outlined(self) -> bool:
        """Its rows are counted in a column of their own and numbered in an outline in the
        measure cells ("1 …", "1.1 …"): a Gantt chart's task list."""
        return any(c.how == "row-id" for c in self.columns)


@dataclass
class Layout:
    tables: list[TableView]
    measure_tables: list[tuple[int, MeasureTable]]  # (block index of the first part, table)
    label_tables: set[int]  # block indices of label/value tables, read with the prose
    furniture: dict[int, str]
    notes: list[Note]
    # one measure's details: a table whose header names its elements but no measure
    # ("ขั้นตอนการดำเนินการ | ระยะเวลา | ผู้รับผิดชอบ" under "มาตรการที่ ๑ …"), read with the
    # prose as labels: block index of the first part -> (column headers, body rows of all parts)
    details: dict[int, tuple[list[str], list[Row]]] = field(default_factory=dict)
    detail_parts: set[int] = field(default_factory=set)  # later parts of those tables
    detail_columns: dict[int, list[Column]] = field(default_factory=dict)  # their columns
    detail_views: dict[int, TableView] = field(default_factory=dict)  # and how explain shows them
    # a table of the measures' other columns by number ("ข้อ | Output | Outcome" after the
    # measures' own table): block index -> (its columns, body rows, view)
    by_number: dict[int, tuple[list[Column], list[Row], TableView]] = field(default_factory=dict)
    card_tables: set[int] = field(default_factory=set)  # measures side by side as cards, not read
    row_paragraphs: set[int] = field(default_factory=set)  # one-row paragraphs read as a table's rows


def lay_out(blocks: list[Block], lex: Lexicon) -> Layout:
    furniture = find_furniture(blocks, lex)
    furniture_keys = furniture_texts(blocks, furniture)  # the same for every table part
    layout = Layout([], [], set(), furniture, [])
    current: Optional[MeasureTable] = None
    details: Optional[tuple[int, int]] = None  # the open details table: (block index, width)
    adjacent = False
    page_mark = False  # a page number stands between this table and the last
    last_page: Optional[int] = None  # the page the last table part ends on
    for bi, block in enumerate(blocks):
        if bi in furniture:
            page_mark = True
            continue
        if block.type != "table" and block.rows and current is not None and adjacent \
                and not lex.label(block.rows[0].cells[0].text)[0] \
                and _row_paragraph_continues(current, blocks, bi, page_mark, lex):
            # one row of cells alone on the page after the table's: its last row, not a label
            # set with a tab stop; or the first row of the next part, taken for its title
            _join_part(current, bi, block.rows, "same-columns", lex, furniture_keys)
            layout.row_paragraphs.add(bi)
            continue
        if block.type != "table":
            # a caption such as "(ต่อ)" or a group heading between two parts does not part them
            text = compact(block.text)
            if len(text) > MINOR_TEXT_CHARS and not any(p.search(text) for p in lex.group_rows):
                adjacent = False
            page_mark = page_mark or any(lex.is_furniture(part) for part in _PARTS.split(block.text) if part.strip())
            continue
        rows = [r for r in block.rows if r.cells]
        while rows and all(c.is_blank for c in rows[0].cells):
            rows = rows[1:]  # empty rows above a header (a sheet's title rows, printed on another page)
        if not rows:
            continue
        # the page's running header read into the table's first row (a PDF table ruled
        # across only, whose columns the header's words also fall into); then a caption
        # over the header the part repeats ("ตารางที่ 1 (ต่อ)"): neither is a row
        running = 0
        while running < len(rows) - 1 and _row_key(rows[running]) in furniture_keys:
            running += 1
        caption = 1 if current is not None and running + 1 < len(rows) and _across(rows[running]) \
            and any(same_row(rows[running + 1], h) for h in current.header) else 0
        lead, rows = rows[:running + caption], rows[running + caption:]
        lead_rows = [Placed(r.location, row_preview(r), "furniture", "furniture-in-table") for r in lead[:running]] \
            + [Placed(r.location, row_preview(r), "text", "title-above-header") for r in lead[running:]]
        if _transposed(rows, lex):
            rows = _transpose(rows, block.location)
        joined = _continue(current, rows, lex) if current is not None and adjacent else None
        # a page number, or the page itself turning (a PDF's page), stands between the parts
        turned = page_mark or bool(block.location.page and last_page and block.location.page > last_page)
        if joined is None and current is not None and not adjacent and turned and _resumes_cut_row(current, rows, lex):
            # text the page put between them (a running header seen once) does not part a
            # table whose next part repeats its header and opens with the rest of a cut row
            joined = "repeats-header"
        last_page = block.location.page
        if joined is not None:
            current.view.rows += lead_rows  # type: ignore[union-attr]
            _join_part(current, bi, rows, joined, lex, furniture_keys)  # type: ignore[arg-type]
            adjacent = True
            continue
        page_mark = False
        titles = _title_rows(rows, lex)
        above, rows = rows[:titles], rows[titles:]
        count, how = header_rows(rows, lex)
        rows = _titles_as_column(rows, count, lex) or rows
        view = TableView(len(layout.tables) + 1, block.location, "other", how)
        layout.tables.append(view)
        if _side_by_side(rows, lex):
            # measures set side by side as cards (a poster, an infographic): the page's lines
            # run across them, so what each card states cannot be told apart; said, not guessed
            view.role = "cards"
            view.rows = [Placed(r.location, row_preview(r), "text", "table-cards") for r in above + rows]
            layout.notes.append(Note("table-cards", block.location, {"table": view.index}))
            layout.card_tables.add(bi)
            current, adjacent, details = None, False, None
            continue
        view.rows = lead_rows + [Placed(r.location, row_preview(r), "text", "title-above-header") for r in above]
        width = max(len(r.cells) for r in rows)
        if details is not None and adjacent and not count and width == details[1]:
            # the details table goes on over the page without its header
            layout.details[details[0]][1].extend(rows)
            layout.detail_parts.add(bi)
            view.role = "details"
            view.rows += [Placed(r.location, row_preview(r), "text", "table-details-continued") for r in rows]
            continue
        details = None
        if count:
            header, body = rows[:count], rows[count:]
            columns = _columns(header, lex, body)
            named = {c.element for c in columns if c.element}
            # no header names the measures, and a score stands in most rows: ITA scores
            # by indicator ("ตัวชี้วัด | ประเด็น | คะแนน"), not measures
            scores = not any(c.element == "measure" and c.how == "header" for c in columns) and _scores(rows)
            if "measure" in named and (len(named) >= 2 or how == "structure") and not scores:
                view.role, view.columns = "measures", columns
                current = MeasureTable(view, header, columns, len(columns))
                for row in header:
                    view.rows.append(Placed(row.location, row_preview(row), "header", "header-" + how))
                _fate_rows(current, body, "", lex, furniture_keys)
                layout.measure_tables.append((bi, current))
                adjacent = True
                for col in columns:
                    if col.how == "unknown":
                        layout.notes.append(Note("column-unrecognised", block.location,
                                                 {"column": col.header, "table": view.index}))
                continue
            if len(named) >= 2 and "measure" not in named and columns and columns[0].how == "number" \
                    and layout.measure_tables and not scores:
                # the measures' results in a table of their own, by the measures' numbers
                view.role, view.columns = "by-number", columns
                layout.by_number[bi] = (columns, list(body), view)
                current, adjacent = None, False
                continue
            if len(named) >= 2 and columns and columns[0].element and columns[0].how == "header" and not scores:
                view.role, view.columns = "details", columns
                layout.details[bi] = ([c.header for c in columns], list(body))
                layout.detail_columns[bi] = columns
                layout.detail_views[bi] = view
                details, current, adjacent = (bi, width), None, True
                view.rows += [Placed(r.location, row_preview(r), "text", "table-details") for r in rows]
                continue
        view.role = _other_role(rows, lex, layout, bi, blocks)
        for row in rows:
            view.rows.append(Placed(row.location, row_preview(row), "text", "table-" + view.role))
        # as wide as the measure table before it: a part of it that could not be joined
        # (text stands between them), so even one row that looks like a measure counts
        like_last = current is not None and max(len(r.cells) for r in rows) == current.width
        if view.role == "other" and _looks_like_measures(rows, count, lex, 1 if like_last else UNREAD_MIN_ROWS):
            layout.notes.append(Note("table-unread", block.location, {"rows": len(rows) - count, "table": view.index}))
        current, adjacent = None, False
    _attach_right_parts(layout)
    _attach_by_number(layout, lex)
    return layout


def _join_part(table: MeasureTable, bi: int, rows: list[Row], how: str, lex: Lexicon, furniture: set[str]) -> None:
    """Block `bi`'s rows carry on the open table, as its next part."""
    table.view.parts += 1
    table.later_parts.append((bi, len(table.measures)))
    _fate_rows(table, rows, how, lex, furniture)


def _attach_right_parts(layout: Layout) -> None:
    """A table too wide for the page, printed (as a spreadsheet prints) in its left columns
    first and its right columns on the pages after: parts whose header names elements the
    measure table before them lacks, and no measure, with one row for each of its measures,
    are those measures' other columns, row for row. A count that does not match is said."""
    for mt_bi, table in layout.measure_tables:
        later = sorted(bi for bi in layout.details if bi > mt_bi
                       and not any(mt_bi < other < bi for other, _ in layout.measure_tables))
        if not later:
            continue
        columns = layout.detail_columns[later[0]]
        named = {c.element for c in columns if c.element}
        if "measure" in named or named & {c.element for c in table.columns if c.element}:
            continue
        parts = [bi for bi in later if [c.header for c in layout.detail_columns.get(bi, [])]
                 == [c.header for c in columns]]
        rows = [r for bi in parts for r in layout.details[bi][1] if not all(c.is_blank for c in r.cells)]
        views = [layout.detail_views[bi] for bi in parts]
        if len(rows) != len(table.measures):
            layout.notes.append(Note("table-unread", views[0].location if views else table.view.location,
                                     {"rows": len(rows), "table": views[0].index if views else table.view.index}))
            continue
        offset = table.width
        table.columns += [Column(offset + c.index, c.header, c.element, c.word, c.how) for c in columns]
        table.width += len(columns)
        table.view.columns = table.columns
        for k, row in enumerate(rows):
            first = table.measures[k][0]
            padded = first.cells + [Cell("")] * (offset - len(first.cells))
            table.measures[k][0] = Row(padded + row.cells, first.location, first.header)
        for bi in parts:
            del layout.details[bi]
        for v in views:
            v.role = "right-part"
            v.rows = [Placed(p.location, p.text, "continuation", "right-part-of-row") for p in v.rows]



def _attach_by_number(layout: Layout, lex: Lexicon) -> None:
    """A table after the measure table whose header names elements and no measure, its
    rows numbered ("ข้อ | ผลการดำเนินการ | ผลลัพธ์" under "ส่วนที่ ๒"): each row gives its
    cells to the measure with the same number, as more columns of that measure's row.
    A row whose number no measure has is said, not dropped."""
    for bi, (columns, body, view) in sorted(layout.by_number.items()):
        table = next((t for mbi, t in reversed(layout.measure_tables) if mbi < bi), None)
        if table is None:
            continue
        offset = table.width
        table.columns += [Column(offset + c.index, c.header, c.element, c.word, c.how if c.how != "number" else "other")
                          for c in columns]
        table.width += len(columns)
        table.view.columns = table.columns
        view.rows = []
        unmatched = 0
        for row in body:
            if all(c.is_blank for c in row.cells):
                continue
            number = lex.numbering.bare(row.cells[0].text) if row.cells else None
            k = next((k for k, n in enumerate(table.numbers) if n is not None and n == number), None)
            if k is None:
                unmatched += 1
                view.rows.append(Placed(row.location, row_preview(row), "text", "by-number-unmatched"))
                continue
            first = table.measures[k][0]
            padded = first.cells + [Cell("")] * (offset - len(first.cells))
            table.measures[k][0] = Row(padded + row.cells, first.location, first.header)
            view.rows.append(Placed(row.location, row_preview(row), "continuation", "by-number-row"))
        if unmatched:
            layout.notes.append(Note("table-unread", view.location, {"rows": unmatched, "table": view.index}))


def _title_row(row: Row, lex: Lexicon) -> Optional[str]:
    """A row holding one text, across the table, that names a measure by its number
    ("มาตรการที่ ๑ …" in a merged row over the measure's details): that text."""
    filled = _filled(row)
    if len(filled) != 1 or len(row.cells) < 2:
        return None
    text = filled[0][1].text
    return text if _names_a_measure(row, lex) or lex.numbered.match(text) else None


def _titles_as_column(rows: list[Row], count: int, lex: Lexicon) -> Optional[list[Row]]:
    """A table whose header names elements but no measure, each measure a title row across
    the table over its detail rows: the titles moved into a measure column of their own,
    so each measure reads as one row (its later detail rows continue it, as a merged cell)."""
    if not count or any((_column_element(c, lex) or ("",))[0] == "measure" for r in rows[:count] for c in r.cells if c.text):
        return None
    body = [r for r in rows[count:] if not all(c.is_blank for c in r.cells)]
    titles = [_title_row(r, lex) for r in body]
    if not body or titles[0] is None or all(t is not None for t in titles):
        return None  # the first row of the body is a title, and some rows are details
    word = next((lex.spelling.get(s.rstrip("$"), s) for e, s in lex.synonyms if e == "measure"), "")
    out = [Row([Cell(word if k == 0 else "", span="" if k == 0 else "up")] + r.cells, r.location, r.header)
           for k, r in enumerate(rows[:count])]
    title: Optional[tuple[str, Location]] = None
    taken = True  # the current title already stands in a row
    for row, text in zip(body, titles):
        if text is not None:
            if not taken and title is not None:  # a title with no details under it
                out.append(Row([Cell(title[0])] + [Cell("") for _ in row.cells], title[1]))
            title, taken = (text, row.location), False
            continue
        assert title is not None
        out.append(Row([Cell(title[0], span="up" if taken else "")] + row.cells,
                       row.location if taken else title[1]))
        taken = True
    if not taken and title is not None:
        out.append(Row([Cell(title[0])] + [Cell("") for _ in body[-1].cells], title[1]))
    return out


def _side_by_side(rows: list[Row], lex: Lexicon) -> bool:
    """Measures named by number side by side in one row ("มาตรการที่ 1 | มาตรการที่ 2 |
    มาตรการที่ 3"), as cards of a poster stand: no table has two measures in a row."""
    return any(sum(1 for _, c in _filled(r) if len(compact(c.text)) <= BADGE_CHARS
                   and lex.numbering.worded(c.text)) >= 2 for r in rows)


def _transposed(rows: list[Row], lex: Lexicon) -> bool:
    """A table laid out one column per measure: its first column names the elements
    (at least three, the measure among them) and its first row is no header."""
    # two columns are one measure's "label | value" table, read with the prose
    if len(rows) < 3 or max(len(r.cells) for r in rows) < 3 or header_rows(rows, lex)[0]:
        return False
    named = [word[0] for r in rows if r.cells and (word := lex.header_word(r.cells[0].text)) and word[2] == 0]
    return len(set(named)) >= 3 and "measure" in named


def _transpose(rows: list[Row], location: Location) -> list[Row]:
    """Rows become columns: the element names head the table, each measure is a row."""
    width = max(len(r.cells) for r in rows)
    cells = [[r.cells[j] if j < len(r.cells) else Cell("") for r in rows] for j in range(width)]
    return [Row(column, location if j else rows[0].location, header=j == 0) for j, column in enumerate(cells)]


def _row_key(row: Row) -> str:
    """A row's text as one line, keyed as page furniture is."""
    return _furniture_key(" ".join(c.text for _, c in _filled(row)))


def furniture_texts(blocks: list[Block], furniture: dict[int, str]) -> set[str]:
    return {_furniture_key(blocks[i].text) for i in furniture}


def _continue(table: MeasureTable, rows: list[Row], lex: Lexicon) -> Optional[str]:
    """How a table part continues the open table ("" for not at all): it repeats the
    header, or has no header of its own and the same number of columns."""
    width = max(len(r.cells) for r in rows)
    if any(same_row(rows[0], h) for h in table.header):
        return "repeats-header"
    if _after_header(rows[0], table.header) is not None:
        return "header-and-cut-row"
    count, how = header_rows(rows, lex)
    if count:
        columns = _columns(rows[:count], lex, rows[count:])
        if [(c.element, c.how) for c in columns] == [(c.element, c.how) for c in table.columns]:
            return "same-header"
        # another header starts another table; but a row of this table's body that
        # happens to hold header words ("กำกับติดตามรายเดือน") is no header, nor is the
        # first row of a part that a converter had to mark as one (Markdown must)
        # (a header names the measures; "กันยายน ๒๕๖๙" alone under the period is a cut cell)
        named = set(_map(rows[:count], lex)[0].values())
        # … unless it is plainly a header of other elements ("ข้อ | Output | Outcome"): the
        # measures' results in a table of their own
        others = _header_like(rows[0], lex, strict=True) and len(named) >= 2 \
            and not named & {c.element for c in table.columns if c.element}
        promoted = how == "structure" and not others and (not _header_like(rows[0], lex) or "measure" not in named)
        if not promoted and (how == "structure" or width != table.width or _header_like(rows[0], lex, strict=True)):
            return None
    if width == table.width:
        return "same-columns"
    return None


def _row_paragraph_continues(table: MeasureTable, blocks: list[Block], bi: int, page_mark: bool,
                             lex: Lexicon) -> bool:
    """A paragraph that keeps the row it was read from continues the open table: as the
    first of the rows a reader took for a title over the table part that follows, when
    that part has no header of its own and the two together go on in the table's columns
    (a page cut the table, and the next part opens with a row whose later cells are
    empty); or, after a page number, in a run of such rows up to a whole row (a table's
    last rows alone on their page; rows with empty cells and no whole row after them are
    a title or a signer's lines)."""
    end = bi
    while end < len(blocks) and blocks[end].type != "table" and blocks[end].rows:
        end += 1
    rows = [r for b in blocks[bi:end] for r in b.rows]
    part = [r for r in blocks[end].rows if r.cells] if end < len(blocks) and blocks[end].type == "table" else []
    if part:
        return not header_rows(part, lex)[0] and _continue(table, rows + part, lex) == "same-columns"
    whole = next((k for k, r in enumerate(rows) if not any(c.is_blank for c in r.cells)), None)
    return page_mark and whole is not None and _continue(table, rows[:whole + 1], lex) is not None


def _resumes_cut_row(table: MeasureTable, rows: list[Row], lex: Lexicon) -> bool:
    """The part repeats the table's header, and its first row has no number and no measure
    — or, in a table whose rows are numbered, no number: the measure cell may hold the
    rest of a title cut by the page ("…การ" / "จ่ายเงินค่าตอบแทน…")."""
    if _continue(table, rows, lex) != "repeats-header":
        return False
    body = [r for r in rows if not any(same_row(r, h) for h in table.header)]
    first = next((r for r in body if not all(c.is_blank for c in r.cells)), None)
    if first is None:
        return False
    number_col = table.number_column
    if table.numbered and number_col is not None and number_col < len(first.cells):
        return first.cells[number_col].is_blank
    blank = [first.cells[i].is_blank for i in table.element_columns("measure") if i < len(first.cells)]
    if number_col is not None and number_col < len(first.cells):
        blank.append(first.cells[number_col].is_blank)
    return bool(blank) and all(blank)


def _after_header(row: Row, header: list[Row]) -> Optional[Row]:
    """The rest of a row that starts with this table's header: a converter that reads a
    page line by line runs the repeated header and the row cut by the page break into
    one ("ลำดับ | มาตรการ/แนวทางปฏิบัติบรรจุ แต่งตั้ง…"). None when it does not."""
    for h in header:
        rest = []
        longer = False
        for i, cell in enumerate(row.cells):
            head = compact(h.cells[i].text) if i < len(h.cells) else ""
            remainder = _without_prefix(cell.text, head)
            if remainder is None:
                break
            longer = longer or bool(remainder.strip())
            rest.append(Cell(remainder, cell.checkboxes if not head else []))
        else:
            if longer and sum(1 for c in h.cells if c.text.strip()) >= 2:
                return Row(rest, row.location)
    return None


def _without_prefix(text: str, prefix: str) -> Optional[str]:
    """`text` without `prefix` at its start (spaces aside), or None when it does not start so."""
    k = 0
    for j, ch in enumerate(text):
        if k == len(prefix):
            return text[j:].lstrip()
        if ch.isspace():
            continue
        if ch != prefix[k]:
            return None
        k += 1
    return "" if k == len(prefix) else None


def _scores(rows: list[Row]) -> bool:
    """A table of ITA scores: years heading its columns, or a score in most rows."""
    # a column headed by a year ("ปี 2567", "2568"), not a period in a cell ("ต.ค. 2569 – มี.ค. 2570")
    if any(_YEAR.search(t) and len(t) <= YEAR_HEADER_CHARS for t in (compact(c.text) for c in rows[0].cells)) \
            and len(rows) >= 2:
        return True
    scored = sum(1 for r in rows[1:] if any(_SCORE.fullmatch(compact(c.text)) for c in r.cells))
    return len(rows) >= 2 and scored >= (len(rows) - 1) / 2


def _other_role(rows: list[Row], lex: Lexicon, layout: Layout, bi: int, blocks: list[Block]) -> str:
    if _scores(rows):
        return "scores"
    widths = {sum(1 for c in r.cells if not c.is_blank) for r in rows}
    if max(len(r.cells) for r in rows) <= 3 and widths <= {1, 2}:
        # the label in the row's first filled cell: a tab that indents the line leaves the
        # first cell empty ("<TAB>ผู้รับผิดชอบ<TAB>…")
        firsts = [filled[0][1].text for r in rows if (filled := _filled(r))]
        labels = sum(1 for t in firsts if lex.element_of(t, MAX_LABEL_CHARS) or lex.label(t.split("\n", 1)[0])[0])
        # or the next page's part of one, under the same header row ("ภาษาไทย | English")
        repeats = labels and any(same_row(rows[0], blocks[k].rows[0]) for k in layout.label_tables)
        if labels >= 2 or repeats:
            layout.label_tables.add(bi)
            return "labels"
    return "other"


def _signed(row: Row, lex: Lexicon) -> bool:
    """A signer's row: a cell of it opens with a signature's label ("ผู้รายงาน", "ลงชื่อ……")."""
    return any(lex.signature.match(compact(c.text)) for _, c in _filled(row))


def _looks_like_measures(rows: list[Row], header_count: int, lex: Lexicon, minimum: int = UNREAD_MIN_ROWS) -> bool:
    """What a measure table's body looks like: rows with sentences in two cells or more
    (a measure and what was done), numbered or several."""
    if max(len(r.cells) for r in rows) < 3:
        return False
    body = rows[header_count:] if header_count else rows
    wordy = [r for r in body if sum(1 for _, c in _filled(r) if len(compact(c.text)) >= SENTENCE_CHARS) >= 2
             and not _signed(r, lex)]
    numbered = any(lex.numbering.leading(c.text) for r in wordy for _, c in _filled(r)[:2])
    return len(wordy) >= minimum and (numbered or len(wordy) >= 3 or minimum == 1)


# --- row fates -------------------------------------------------------------------------------


def _row_number(row: Row, table: MeasureTable, lex: Lexicon) -> Optional[str]:
    """The measure's own number: in the number column when there is one, else at the
    start of the measure cell. A merged cell's copy ("up") is the row above's number."""
    col = table.number_column
    if col is None:
        measures = table.element_columns("measure")
        col = measures[0] if measures else None
    if col is None or col >= len(row.cells) or row.cells[col].span == "up":
        return None
    text = row.cells[col].text
    return lex.numbering.bare(text) or lex.numbering.leading(text)


def _measure_cells(row: Row, table: MeasureTable) -> list[Cell]:
    return [row.cells[i] for i in table.element_columns("measure") if i < len(row.cells)]


def _group_reason(row: Row, table: MeasureTable, lex: Lexicon) -> Optional[str]:
    """Why a row heads a group of measures: one text in it, naming a group or spanning the table."""
    filled = _filled(row)
    texts = {compact(c.text) for _, c in filled}
    if len(texts) != 1:
        return None
    whole = next(iter(texts))
    text = compact(lex.numbered.sub("", whole))  # "1. ด้านการเปิดเผยข้อมูล"
    # (numbered by a group's own word: "แนวทางที่ 1 …" alone in its row)
    if any(p.search(text) or p.search(whole) for p in lex.group_rows):
        return "group-word"
    first = filled[0][0]
    spanned = sum(1 for c in row.cells[first + 1:] if c.span == "left")
    if spanned and spanned + 1 >= max(2, len(row.cells) // 2):
        return "group-spans-columns"
    return None


def _spans_written_out(rows: list[Row], table: MeasureTable) -> list[Row]:
    """Merged cells a converter wrote out in every row they covered (Docling, some
    PDF-to-Markdown tools): a row repeating the row above's number and measure cell word
    for word is that measure's next activity row, its repeated cells spans ("up")."""
    if table.number_column is None:
        return rows  # two measures may share a title; only their number tells one measure's copy
    keys = [table.number_column] + table.element_columns("measure")
    out: list[Row] = []
    above: Optional[Row] = None
    for row in rows:
        def text(r: Row, i: int) -> str:
            return r.cells[i].text.strip() if i < len(r.cells) else ""
        if above is not None and all(text(row, i) and text(row, i) == text(above, i) for i in keys) \
                and any(text(row, i) != text(above, i) for i in range(len(row.cells))):
            row = Row([Cell(c.text, c.checkboxes, "up") if i < len(above.cells) and c.text.strip()
                       and c.text.strip() == above.cells[i].text.strip() else c for i, c in enumerate(row.cells)],
                      row.location, row.header)
        else:
            above = row
        out.append(row)
    return out


def _fate_rows(table: MeasureTable, rows: list[Row], how: str, lex: Lexicon, furniture: set[str]) -> None:
    """Give each row of a table part its fate; `how` says how the part joined ("" for the first)."""
    body = rows
    if how == "header-and-cut-row":
        rest = _after_header(rows[0], table.header)
        table.view.rows.append(Placed(rows[0].location, row_preview(rows[0]), "repeated-header",
                                      "header-with-cut-row"))
        body = ([rest] if rest is not None else []) + rows[1:]
    if how in ("repeats-header", "same-header"):
        count = 0
        while count < len(rows) and (any(same_row(rows[count], h) for h in table.header)
                                     or (how == "same-header" and count < header_rows(rows, lex)[0])):
            table.view.rows.append(Placed(rows[count].location, row_preview(rows[count]), "repeated-header",
                                          "equals-header" if how == "repeats-header" else "header-same-columns"))
            count += 1
        body = rows[count:]
    body = _spans_written_out(body, table)
    first_of_part = bool(how)
    for k, row in enumerate(body):
        view_rows = table.view.rows
        if all(c.is_blank for c in row.cells):
            view_rows.append(Placed(row.location, "", "blank", "blank"))
            continue
        if any(same_row(row, h) for h in table.header):
            view_rows.append(Placed(row.location, row_preview(row), "repeated-header", "equals-header"))
            continue
        if _names_the_measure_column(row, table):
            # the header again on the next page, its other cells read otherwise (a scan's OCR)
            view_rows.append(Placed(row.location, row_preview(row), "repeated-header", "header-measure-cell"))
            continue
        if _is_column_numbers(row, lex) and not table.measures:
            view_rows.append(Placed(row.location, row_preview(row), "header", "column-numbers"))
            continue
        texts = {_furniture_key(c.text) for _, c in _filled(row)}
        if texts and texts <= furniture:
            view_rows.append(Placed(row.location, row_preview(row), "furniture", "furniture-in-table"))
            continue
        if _signed(row, lex):
            # "ผู้รายงาน | นายชาญวิทย์ … | พลังงานจังหวัด…" under the last measure: who signs, not
            # the rest of a row cut by a page
            view_rows.append(Placed(row.location, row_preview(row), "text", "signature-row"))
            continue
        if view_rows and view_rows[-1].fate == "blank" and _text_below(row, table, lex):
            # "ผู้รายงาน : …" typed into the sheet under the table, after an empty row
            view_rows.append(Placed(row.location, row_preview(row), "text", "text-below-table"))
            table.below.append(row)
            continue
        if _note_row(row, lex):
            # "หมายเหตุ ✓ = ช่วงเวลาดำเนินการ / ฝ่ายบริหารทั่วไปติดตามความก้าวหน้าทุกเดือน…"
            # typed across the table's last row: a note on every measure, not a group
            view_rows.append(Placed(row.location, row_preview(row), "text", "note-in-table"))
            table.below.append(row)
            continue
        number = _row_number(row, table, lex)
        if number is None and first_of_part and k == 0 and _split_off_cut_number(table, row, lex):
            # "มาตร" at the foot of one page, "การที่ 5 …" at the top of the next: one row,
            # measure 5's, cut through its number; the part above was no continuation
            view_rows.append(Placed(row.location, row_preview(row), "continuation", "number-cut-by-page"))
            table.measures[-1].append(row)
            table.placed[-1].append(view_rows[-1])
            continue
        group = _group_reason(row, table, lex)
        if group is None and number is None and (table.numbered or not table.measures and table.outlined) \
                and _opens_numbered_run(body, k, table, lex):
            # (in an outline, the first row too: a Gantt chart's project summary over "1", "1.1" …)
            group = "group-before-numbers"
        heads = number is not None and _heads_sub_measures(row, number, body, k, table, lex)
        if heads and _names_a_measure(row, lex) and not lex.activity_units:
            # "มาตรการที่ ๑ …" over rows "1.1 …", "1.2 …": the measure, and its activities
            # (a plan's activities are units of their own: the row heads their group)
            table.parent = number
        elif group is None and heads:
            group = "group-with-sub-measures"
        if group:
            view_rows.append(Placed(row.location, row_preview(row), "group", group))
            element, value = lex.label(_filled(row)[0][1].text)
            table.stating = {element: (value, row.location)} if element in lex.table_wide and value and not lex.is_empty(
                value, element=element or "") else {}
            continue
        if table.parent and number and number.startswith(table.parent + ".") and table.measures:
            placed = Placed(row.location, row_preview(row), "continuation", "activity-of-measure")
            table.measures[-1].append(row)
            table.placed[-1].append(placed)
            view_rows.append(placed)
            continue
        reason = _continues(row, number, table, first_of_part and k == 0) if table.measures else None
        if reason is None and number and table.measures and _step_of_last(row, number, table):
            reason = "step-of-measure"
        if reason:
            # the rest of an activity cut by the page: the activities of the measure go on
            placed = Placed(row.location, row_preview(row), "continuation", reason)
            table.measures[-1].append(row)
            table.placed[-1].append(placed)
            view_rows.append(placed)
            continue
        if not heads:
            table.parent = None
        if table.numbered is None:
            table.numbered = number is not None
        placed = Placed(row.location, row_preview(row), "measure", "numbered-row" if number else "row")
        view_rows.append(placed)
        _open_measure(table, row, placed, number)


def _open_measure(table: MeasureTable, row: Row, placed: Placed, number: Optional[str]) -> None:
    """Row opens the table's next measure, numbered `number`, under the group it stands in."""
    table.measures.append([row])
    table.placed.append([placed])
    table.numbers.append(number)
    table.group_stated.append(dict(table.stating))


def _split_off_cut_number(table: MeasureTable, row: Row, lex: Lexicon) -> bool:
    """When the first row of a part ends a number the last row of the part above began
    ("มาตร" / "การที่ 5"), that row, taken for the rest of the measure above it, is split off
    as a measure of its own, its number whole, for this row to go on; True when it was."""
    col = table.number_column
    if col is None or not table.measures or len(table.measures[-1]) < 2:
        return False
    cut = table.measures[-1][-1]
    if col >= len(cut.cells) or col >= len(row.cells) or cut.cells[col].is_blank or row.cells[col].is_blank:
        return False
    joined = cut.cells[col].text.strip() + row.cells[col].text.strip()
    number = lex.numbering.bare(joined)
    if number is None:
        return False
    whole = Row([Cell(joined) if i == col else c for i, c in enumerate(cut.cells)], cut.location, cut.header)
    placed = table.placed[-1].pop()
    table.measures[-1].pop()
    placed.fate, placed.reason = "measure", "numbered-row"
    _open_measure(table, whole, placed, number)
    return True


def _names_the_measure_column(row: Row, table: MeasureTable) -> bool:
    """The row's measure cell holds the header's own words for that column ("มาตรการ / กิจกรรม"):
    no measure is called so."""
    for i in table.element_columns("measure"):
        heads = {compact(h.cells[i].text) for h in table.header if i < len(h.cells) and h.cells[i].text.strip()}
        if i < len(row.cells) and compact(row.cells[i].text) in heads:
            return True
    return False


def _note_row(row: Row, lex: Lexicon) -> bool:
    """A row of one text that opens with a note word ("หมายเหตุ …")."""
    filled = _filled(row)
    return len({c.text for _, c in filled}) == 1 and bool(lex.note_lead.match(filled[0][1].text))


def _text_below(row: Row, table: MeasureTable, lex: Lexicon) -> bool:
    """A row that fills only columns naming no element, with words, not a number."""
    filled = _filled(row)
    return bool(filled) and all(i >= len(table.columns) or not table.columns[i].element for i, _ in filled) \
        and not any(lex.numbering.bare(c.text) for _, c in filled)


def _names_a_measure(row: Row, lex: Lexicon) -> bool:
    """The row's text calls itself a measure by number ("มาตรการที่ ๑ …")."""
    return any(lex.numbering.worded(c.text) for _, c in _filled(row))


def _heads_sub_measures(row: Row, number: str, body: list[Row], k: int, table: MeasureTable, lex: Lexicon) -> bool:
    """A numbered row holding only its title, followed by rows numbered under it
    ("1" before "1.1", "1.2"): the heading of the measures that follow."""
    number_col = table.number_column
    texts = [c for i, c in _filled(row) if i != number_col]
    if len(texts) > 1 or not texts and len(_filled(row)) != 1:
        return False
    nxt = next((r for r in body[k + 1:] if not all(c.is_blank for c in r.cells)), None)
    n = _row_number(nxt, table, lex) if nxt is not None else None
    return n is not None and n.startswith(number + ".")


def _opens_numbered_run(body: list[Row], k: int, table: MeasureTable, lex: Lexicon) -> bool:
    """An unnumbered row right before a row numbered 1 heads the group it opens."""
    nxt = next((r for r in body[k + 1:] if not all(c.is_blank for c in r.cells)), None)
    if nxt is None:
        return False
    n = _row_number(nxt, table, lex)
    return n is not None and n.split(".")[-1] == "1"


def _step_of_last(row: Row, number: str, table: MeasureTable) -> bool:
    """A row numbered under the open measure ("1.2" under "1"), where that measure's own row
    states more than its title (a Gantt chart's summary task with its dates and owners):
    one of the steps it is carried out by, not a measure of its own. Under a row holding
    only its title, rows so numbered are measures or activities (`_heads_sub_measures`)."""
    own = table.numbers[-1] if table.numbers else None
    if not own or not number.startswith(own + ".") or table.parent:
        return False
    first = table.measures[-1][0]
    measure = set(table.element_columns("measure"))
    return any(i not in measure and i != table.number_column for i, _ in _filled(first))


def _continues(row: Row, number: Optional[str], table: MeasureTable, first_of_part: bool) -> Optional[str]:
    """Why a row is the rest of the measure above it, or None."""
    cells = _measure_cells(row, table)
    if number is None and cells and all(c.is_blank for c in cells):
        return "measure-cell-empty"
    if number is None and cells and cells[0].span == "up":
        return "measure-cell-merged"
    if table.numbered and number is None:
        return "cut-row" if first_of_part else "unnumbered-row"
    return None
