"""Measures from tables.

A measure table has a header row naming the `measure` column and at least one
other element. A table split over pages is one table: a part that repeats the
header, or has none but the same number of columns, continues the previous
part; a row whose leading cells are empty continues the row above it (a row
cut by the page break), so its empty cells are not "missing".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ita_lint.extract.lexicon import MAX_HEADER_CHARS, Lexicon
from ita_lint.model import Block, Cell, ElementValue, Measure, Row
from ita_lint.thai import compact, squash

# Blocks this short between two table parts are page furniture ("- 2 -", "หน้า ๓").
PAGE_FURNITURE_CHARS = 20
TITLE_CHARS = 60

_NUMBERING = re.compile(r"^\s*(?:[-•*]\s*)?(?:\(?[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]?\s+|[0-9๐-๙]+\.\s*)")


def short_title(text: str) -> str:
    first = next((line for line in text.split("\n") if line.strip()), "")
    first = _NUMBERING.sub("", first).lstrip("-•* ").strip()
    first = first.lstrip("☑☐ ")
    first = squash(first)
    return first if len(first) <= TITLE_CHARS else first[: TITLE_CHARS - 1] + "…"


def header_mapping(row: Row, lex: Lexicon) -> dict[int, str]:
    mapping = {}
    for i, cell in enumerate(row.cells):
        element = lex.element_of(cell.text)
        if element:
            mapping[i] = element
    return mapping


def is_header(row: Row, mapping: dict[int, str]) -> bool:
    if len(set(mapping.values())) < 2:
        return False
    return all(len(compact(c.text)) <= MAX_HEADER_CHARS and not c.checkboxes for c in row.cells)


@dataclass
class _Table:
    mapping: dict[int, str]
    headers: list[str]
    columns: int
    rows_seen: list[Measure] = field(default_factory=list)


def measures_from_tables(blocks: list[Block], lex: Lexicon) -> list[tuple[int, Measure]]:
    """(block index, measure) for every measure row of every measure table."""
    found: list[tuple[int, Measure]] = []
    table: Optional[_Table] = None
    adjacent = False
    for bi, block in enumerate(blocks):
        if block.type != "table":
            if len(compact(block.text)) > PAGE_FURNITURE_CHARS:
                adjacent = False
            continue
        rows = block.rows
        header_at = None
        for hi, row in enumerate(rows[:2]):
            mapping = header_mapping(row, lex)
            if is_header(row, mapping):
                header_at = hi
                break
        if header_at is not None and "measure" in mapping.values():
            continued = table is not None and adjacent and table.mapping == mapping
            if not continued:  # a new table; the same header again means the next page of this one
                table = _Table(mapping, [c.text for c in rows[header_at].cells], len(rows[header_at].cells))
            body = rows[header_at + 1:]
        elif header_at is None and table is not None and adjacent and rows and len(rows[0].cells) == table.columns:
            continued = True
            body = rows  # continued on the next page without its header
        else:
            table = None
            adjacent = False
            continue
        for ri, row in enumerate(body):
            if all(c.is_blank for c in row.cells):
                continue
            mapping = header_mapping(row, lex)
            if is_header(row, mapping):
                continue  # the header repeated mid-table
            if _is_group_row(row, lex):
                continue
            if table.rows_seen and (_is_continuation(row, table)
                                    or (continued and ri == 0 and _is_cut_numbered_row(row, table))):
                _fill(table.rows_seen[-1], row, table, lex)
                continue
            measure = _new_measure(row, table, lex, len(found) + 1)
            table.rows_seen.append(measure)
            found.append((bi, measure))
        adjacent = True
    return found


def _cell(row: Row, i: int) -> Cell:
    return row.cells[i] if i < len(row.cells) else Cell("")


def _is_continuation(row: Row, table: _Table) -> bool:
    measure_cols = [i for i, e in table.mapping.items() if e == "measure"]
    first_blank = _cell(row, 0).is_blank
    measure_blank = all(_cell(row, i).is_blank for i in measure_cols)
    return first_blank and measure_blank


def _measure_text(row: Row, table: _Table) -> str:
    return "\n".join(_cell(row, i).text for i, e in table.mapping.items() if e == "measure").strip()


def _is_cut_numbered_row(row: Row, table: _Table) -> bool:
    """The top row of a page whose measure cell carries on a sentence, in a table whose
    measures are numbered: the rest of the row cut by the page break, not a new measure."""
    if _NUMBERING.match(_measure_text(row, table) + " "):
        return False
    return all(_NUMBERING.match(_measure_source(m) + " ") for m in table.rows_seen)


def _measure_source(measure: Measure) -> str:
    return next((text for element, text, _ in measure.texts if element == "measure"), "")


def _is_group_row(row: Row, lex: Lexicon) -> bool:
    """A row with one filled cell naming a group ("ด้านที่ ๑ …"): a heading inside the table."""
    filled = [c for c in row.cells if not c.is_blank]
    return len(row.cells) >= 3 and len(filled) == 1 and any(p.search(compact(filled[0].text)) for p in lex.group_rows)


def value_text(cell: Cell) -> str:
    if cell.checkboxes and any(b.checked for b in cell.checkboxes):
        # the ticked status is what the cell says; unticked options are the form
        lines = [line for line in cell.text.split("\n") if not line.startswith("☐")]
        return "\n".join(lines)
    return cell.text


def _add(measure: Measure, element: str, text: str, row: Row) -> None:
    current = measure.elements.get(element)
    if current:
        current.text = current.text + "\n" + text
    else:
        measure.elements[element] = ElementValue(text, row.location, "column")


def _new_measure(row: Row, table: _Table, lex: Lexicon, index: int) -> Measure:
    title_cell = next((_cell(row, i) for i, e in table.mapping.items() if e == "measure" and not _cell(row, i).is_blank), None)
    if title_cell is None:  # no measure named: the first cell that is more than a row number
        title_cell = next((c for c in row.cells if not c.is_blank and not _NUMBERING.sub("", c.text + " ").strip() == ""
                           and not c.text.strip().isdigit()), Cell(""))
    measure = Measure(index=index, title=short_title(title_cell.text), location=row.location)
    _fill(measure, row, table, lex)
    return measure


def _fill(measure: Measure, row: Row, table: _Table, lex: Lexicon) -> None:
    for i, cell in enumerate(row.cells):
        element = table.mapping.get(i, "")
        if cell.is_blank:
            continue
        measure.texts.append((element, cell.text, row.location))
        if cell.checkboxes:
            measure.checkbox_groups.append((cell.checkboxes, row.location))
        if element and not lex.cell_is_empty(cell, table.headers[i] if i < len(table.headers) else ""):
            _add(measure, element, value_text(cell), row)
