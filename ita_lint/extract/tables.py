"""Measures from measure tables whose rows layout has already fated.

Each measure row starts a measure; the rows that continue it (cut by a page
break, sub-rows under a merged measure cell, wrapped lines) add their cells to
it, so their empty cells are not "missing". A cell's text counts for the
element its column names unless it says nothing (the pack's empty values).
"""

from __future__ import annotations

import re
from typing import Optional

from ita_lint.wrap import shorten
from ita_lint.extract.layout import MeasureTable
from ita_lint.extract.lexicon import Lexicon
from ita_lint.model import Cell, ElementValue, Measure, Row
from ita_lint.readers.common import nested_cells
from ita_lint.thai import join_wrapped, squash

TITLE_CHARS = 60

_NUMBERING = re.compile(r"^\s*(?:[-•*]\s*)?(?:\(?[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]?\s+|[0-9๐-๙]+\.\s*)")


_LEADERS = re.compile(r"^[.…\s]{4,}|[.…\s]{4,}$")


def short_title(text: str, lex: Optional[Lexicon] = None) -> str:
    """The first line without its number ("๑.", "1)", and with the lexicon "มาตรการที่ ๑"),
    cut to TITLE_CHARS."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    if lex is not None:
        first = lex.numbered.sub("", first, count=1)
    first = _NUMBERING.sub("", first).lstrip("-•*:：. ").strip()  # "ข้อ ๑. …" leaves its dot
    first = first.lstrip("☑☐ ")
    first = _LEADERS.sub("", first).strip()  # a form's "มาตรการที่ ๑..........ชื่อ........"
    first = squash(first)
    return shorten(first, TITLE_CHARS)


def measures_of(table: MeasureTable, lex: Lexicon) -> list[Measure]:
    """The table's measures, in order; each Placed row learns the measure it became."""
    out = []
    for k, (rows, placed, number) in enumerate(zip(table.measures, table.placed, table.numbers)):
        rows = _one_box_list(rows)
        measure = _new_measure(rows[0], table, lex, number)
        for row, p in zip(rows[1:], placed[1:]):
            _fill(measure, row, table, lex, steps=p.reason == "step-of-measure")
        for element, (value, where) in (table.group_stated[k] if k < len(table.group_stated) else {}).items():
            measure.elements.setdefault(element, ElementValue(value, where, "document"))
        wrapped = [row for row, p in zip(rows[1:], placed[1:]) if p.reason in ("unnumbered-row", "number-cut-by-page")]
        if wrapped:
            # a title wrapped over the lines of a table drawn line by line, or cut by the page
            # through its row's number, reads on
            measure.title = short_title(join_wrapped([_title_cell(rows[0], table).text]
                                                     + [_title_cell(r, table).text for r in wrapped]), lex)
        for p in placed:
            p.measure = measure
        out.append(measure)
    return out


def _one_box_list(rows: list[Row]) -> list[Row]:
    """A measure's rows with a list of boxes cut over two of them put back together: a
    page break through "☐ ไม่สามารถ… ☑ อยู่ระหว่าง…" / "☑ ดำเนินการแล้วเสร็จ" leaves one list,
    two boxes ticked, not two lists of one tick each. Rows that each hold a whole list
    (an activity's own status) stay apart: their labels repeat."""
    if len(rows) < 2:
        return rows
    rows = [Row(list(r.cells), r.location, r.header) for r in rows]
    width = max(len(r.cells) for r in rows)
    for i in range(width):
        holding = [r for r in rows if i < len(r.cells) and r.cells[i].checkboxes and r.cells[i].span != "up"]
        labels = [squash(b.label) for r in holding for b in r.cells[i].checkboxes]
        if len(holding) < 2 or len(set(labels)) < len(labels):
            continue
        first = holding[0]
        cells = [r.cells[i] for r in holding]
        first.cells[i] = Cell("\n".join(c.text for c in cells), [b for c in cells for b in c.checkboxes])
        for r in holding[1:]:
            r.cells[i] = Cell("")
    return rows


def _cell(row: Row, i: int) -> Cell:
    return row.cells[i] if i < len(row.cells) else Cell("")


def value_text(cell: Cell) -> str:
    if cell.checkboxes and any(b.checked for b in cell.checkboxes):
        # the ticked status is what the cell says; unticked options are the form
        lines = [line for line in cell.text.split("\n") if not line.startswith("☐")]
        return "\n".join(lines)
    return cell.text


def _add(measure: Measure, element: str, text: str, row: Row) -> None:
    current = measure.elements.get(element)
    if current:
        if text not in current.text.split("\n"):
            current.text = current.text + "\n" + text
    else:
        measure.elements[element] = ElementValue(text, row.location, "column")


def _title_cell(row: Row, table: MeasureTable) -> Cell:
    """The row's measure cell. Of two measure columns ("มาตรการ | กิจกรรม"), a column whose
    cells are merged down over several rows groups them: the row's own is the other one
    (the activity, not the measure it serves)."""
    columns = table.element_columns("measure")
    merged = {i for i in columns if any(_cell(r, i).span == "up" for rows in table.measures for r in rows)}
    filled = [i for i in columns if not _cell(row, i).is_blank]
    own = [i for i in filled if i not in merged] or filled
    return _cell(row, own[0]) if own else Cell("")


def _new_measure(row: Row, table: MeasureTable, lex: Lexicon, number) -> Measure:
    title_cell = _title_cell(row, table)
    if title_cell.is_blank:  # no measure named: the first cell that is more than a row number
        title_cell = next((c for c in row.cells if not c.is_blank and lex.numbering.bare(c.text) is None), Cell(""))
    measure = Measure(index=0, title=short_title(title_cell.text, lex), location=row.location, number=number)
    _fill(measure, row, table, lex)
    return measure


def _fill(measure: Measure, row: Row, table: MeasureTable, lex: Lexicon, steps: bool = False) -> None:
    """The row's cells as the measure's elements, by their columns; `steps`: the row is one
    of the measure's steps, its measure cell naming the step."""
    for i, cell in enumerate(row.cells):
        if cell.is_blank or cell.span == "left":
            continue
        column = table.columns[i] if i < len(table.columns) else None
        element = column.element if column and column.element else ""
        if steps and element == "measure":
            element = "steps"
        if cell.span == "up" and any(t == cell.text for _, t, _ in measure.texts):
            continue  # the merged cell above, already read
        measure.texts.append((element, cell.text, row.location))
        if column is not None and column.how == "unknown":
            measure.unrecognised.append((column.header, cell.text))
        if cell.checkboxes:
            measure.checkbox_groups.append((cell.checkboxes, row.location))
        if column is not None and column.also:
            cell = _second_element_lines(measure, cell, column.also, row, lex)
        own = _without_other_labels(cell, element, lex) if element else cell
        if element and not lex.cell_is_empty(own, column.header if column else "", element):
            _add(measure, element, value_text(own), row)
        _labelled_lines(measure, cell, element, row, lex)
        _nested_columns(measure, cell, element, row, lex)
        if element == "measure":
            _listed_steps(measure, cell, row, lex)


_LIST_LINE = re.compile(r"^\s*(?:[-–•*]\s|\(?[0-9๐-๙]{1,2}[.)]\s?)")


def _listed_steps(measure: Measure, cell: Cell, row: Row, lex: Lexicon) -> None:
    """A measure cell with its title, then a list ("- อบรม ๒ วัน", "๑) …"): the list is
    how the measure is carried out, its steps."""
    lines = [line for line in cell.text.split("\n") if line.strip()]
    if len(lines) < 2 or _LIST_LINE.match(lines[0]) or measure.has("steps"):
        return
    listed = [line for line in lines[1:] if _LIST_LINE.match(line)]
    # the other lines may be labels of their own ("ติดตามผล: …"), not prose
    if listed and all(_LIST_LINE.match(line) or lex.label(line)[0] or lex.label(line, alone=True)[0]
                      for line in lines[1:]):
        measure.elements["steps"] = ElementValue("\n".join(listed), row.location, "cue")

def _second_element_lines(measure: Measure, cell: Cell, element: str, row: Row, lex: Lexicon) -> Cell:
    """A cell under a header naming two elements ("ผู้รับผิดชอบ/ระยะเวลา"): its lines that
    have the second element's form ("ต.ค. 67 – ก.ย. 68") state that one; the cell
    without them states the first."""
    lines = cell.text.split("\n")
    second = [line for line in lines if lex.looks_like(element, line)]
    if not second:
        return cell
    _add(measure, element, "\n".join(second), row)
    return Cell("\n".join(line for line in lines if line not in second), cell.checkboxes, cell.span)


def _without_other_labels(cell: Cell, column_element: str, lex: Lexicon) -> Cell:
    """The cell as its own column's value: without the lines labelled as another element
    ("Outcome: …" under two ticked status boxes in the output column), which state that
    one (`_labelled_lines`), not this."""
    lines = cell.text.split("\n")
    kept = [line for line in lines if (lex.label(line, in_cell=True)[0] or column_element) == column_element]
    if len(kept) == len(lines):
        return cell
    return Cell("\n".join(kept), cell.checkboxes, cell.span)


def _labelled_lines(measure: Measure, cell: Cell, column_element: str, row: Row, lex: Lexicon) -> None:
    """"ระยะเวลา: ม.ค. – มี.ค. ๖๗" written inside another column's cell states the period;
    so does a line that is only a label ("ขั้นตอนการดำเนินการ", bold in Word) over the
    lines that follow it, up to the next label."""
    pending: Optional[str] = None
    values: list[str] = []

    def close() -> None:
        if pending and values and pending != column_element and pending not in measure.elements \
                and not lex.is_empty("\n".join(values), "", pending):
            measure.elements[pending] = ElementValue("\n".join(values), row.location, "label")

    for k, line in enumerate(cell.text.split("\n")):
        element, value = lex.label(line, in_cell=True)
        if element:
            close()
            pending, values = None, []
            if element != column_element and element not in measure.elements and not lex.is_empty(value, "", element):
                measure.elements[element] = ElementValue(value, row.location, "label")
            elif element != column_element and element not in measure.elements:
                # the field is there, left empty ("การติดตามผล |"): no cue elsewhere fills it
                measure.texts.append((element, value, row.location))
            continue
        alone = lex.label(line, alone=True)[0] if k else None  # the first line is the cell's own
        if alone:
            close()
            pending, values = alone, []
        elif pending and line.strip():
            values.append(line.strip())
    close()


def _nested_columns(measure: Measure, cell: Cell, column_element: str, row: Row, lex: Lexicon) -> None:
    """A table nested in the cell, its rows written "ขั้นตอน | ช่วงเวลา | ผู้ดำเนินการ" (the
    readers' NESTED_CELLS): each column whose header names another element states it,
    with the values its rows give."""
    lines = cell.text.split("\n")
    for k, line in enumerate(lines):
        heads = [lex.element_of(part) for part in nested_cells(line)]
        if len(heads) < 2 or sum(1 for h in heads if h) < 2:
            continue
        rows = [body for body in lines[k:] if "|" in body]
        if len(rows) > 1 and all(lex.element_of(nested_cells(body)[0]) for body in rows):
            return  # every row opens with an element's name: "label | value" rows (_labelled_lines)
        columns: list[list[str]] = [[] for _ in heads]
        for body in lines[k + 1:]:
            parts = nested_cells(body)
            if len(parts) != len(heads):
                break
            for i, part in enumerate(parts):
                columns[i].append(part)
        for head, values in zip(heads, columns):
            text = "\n".join(v for v in values if v and not lex.is_empty(v, "", head or ""))
            if head and head != column_element and head not in measure.elements and text:
                measure.elements[head] = ElementValue(text, row.location, "column")
        return
