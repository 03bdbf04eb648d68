"""AsciiDoc tables (`|===` … `|===`), as Asciidoctor lays them out.

A cell opens at a `|` that starts a line or follows a space, after an optional spec:
`8+^|` spans eight columns, `.2+|` two rows, `2.3+|` both, `3*|` repeats the cell,
`a|` holds AsciiDoc of its own (a list). Its text runs on over the following lines to
the next cell. Cells fill the grid row by row, as many to a row as the table has columns
(the `cols` attribute's count, else the first line's cells); the first line is the header
when `options="header"` says so or a blank line follows it (Asciidoctor's implicit header).
"""

from __future__ import annotations

import re
from typing import Optional

from ita_lint.model import Cell, Location, Row

DELIMITER = re.compile(r"^\s*[|!]===\s*$")
_ATTRIBUTES = re.compile(r"^\[(?P<body>.*)\]\s*$")
_SPEC = (r"(?:(?P<dup>\d+)\*)?(?:(?P<col>\d*)(?:\.(?P<row>\d+))?\+)?[<^>]?(?:\.[<^>])?(?P<style>[adehlmsv])?")
_START = re.compile(rf"(?:^|(?<=\s)){_SPEC}\|")


def table_end(lines: list[str], i: int) -> Optional[int]:
    """The closing delimiter's line of the table opened on line i, or None."""
    mark = lines[i].strip()
    return next((k for k in range(i + 1, len(lines)) if lines[k].strip() == mark), None)


def rows(lines: list[str], i: int, end: int, attributes: str = "") -> list[Row]:
    """The table's rows, spans laid out on the grid as the HTML reader lays them."""
    cells: list[tuple[int, int, int, str, int]] = []  # (colspan, rowspan, repeat, text, line)
    first_line_cells = 0
    first_line: Optional[int] = None
    implicit_header = False
    for k in range(i + 1, end):
        line = lines[k]
        starts = list(_START.finditer(line))
        if not starts:
            if cells and line.strip():
                cells[-1] = cells[-1][:3] + (cells[-1][3] + "\n" + line.strip(),) + cells[-1][4:]
            elif first_line is not None and not line.strip() and first_line_cells and len(cells) == first_line_cells \
                    and k == first_line + 1:
                implicit_header = True
            continue
        if cells and starts[0].start() > 0 and line[:starts[0].start()].strip():
            cells[-1] = cells[-1][:3] + (cells[-1][3] + "\n" + line[:starts[0].start()].strip(),) + cells[-1][4:]
        for n, m in enumerate(starts):
            stop = starts[n + 1].start() if n + 1 < len(starts) else len(line)
            text = line[m.end():stop].strip()
            cells.append((int(m.group("col") or 1), int(m.group("row") or 1), int(m.group("dup") or 1), text, k + 1))
        if first_line is None:
            first_line, first_line_cells = k, len(starts)
    width = _column_count(attributes) or first_line_cells
    header = "header" in _option(attributes, "options") or implicit_header
    return _laid_out(cells, width, header)


def _laid_out(cells: list[tuple[int, int, int, str, int]], width: int, header: bool) -> list[Row]:
    rows_out: list[Row] = []
    carried: dict[int, tuple[int, Cell]] = {}  # column -> (rows still to cover, value)

    def new_row() -> dict[int, Cell]:
        nonlocal carried
        # a row-spanned value belongs to every row it spans
        fresh = {c: Cell(v.text, span="left" if v.span == "left" else "up") for c, (_, v) in carried.items()}
        carried = {c: (left - 1, v) for c, (left, v) in carried.items() if left - 1 > 0}
        return fresh

    def close(row: dict[int, Cell], line: int) -> None:
        rows_out.append(Row([row.get(c) or Cell("") for c in range(width)], Location(line=line),
                            header=header and not rows_out))

    row: dict[int, Cell] = new_row()
    row_line: Optional[int] = None
    for colspan, rowspan, repeat, text, line in cells:
        for _ in range(repeat):
            while len(row) >= width:  # the row is full: the cell opens the next one
                if row_line is not None:
                    close(row, row_line)
                row, row_line = new_row(), None
            col = min(c for c in range(width) if c not in row)
            row_line = row_line or line
            value = Cell(_text(text))
            for k in range(max(1, min(colspan, width - col))):
                here = value if k == 0 else Cell("", span="left")
                row[col + k] = here
                if rowspan > 1:
                    carried[col + k] = (rowspan - 1, here)
    if row_line is not None:
        close(row, row_line)
    return rows_out


def _text(text: str) -> str:
    # "*ด้านที่ 1*": AsciiDoc's bold marks are no text; "* item" lines are a list's
    lines = [re.sub(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])", r"\1", line) for line in text.split("\n")]
    return "\n".join(line for line in lines if line.strip())


def _column_count(attributes: str) -> int:
    cols = _option(attributes, "cols")
    if not cols:
        return 0
    if cols.strip().isdigit():
        return int(cols)
    total = 0
    for part in cols.split(","):
        m = re.match(r"\s*(\d+)\*", part)
        total += int(m.group(1)) if m else 1
    return total


def _option(attributes: str, key: str) -> str:
    m = re.search(rf"""\b{key}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^,\]]*))""", attributes)
    return next((g for g in m.groups() if g is not None), "") if m else ""


def attributes_above(lines: list[str], i: int) -> str:
    """The block attribute line ("[cols=…, options="header"]") over the table on line i."""
    for k in range(i - 1, max(i - 3, -1), -1):
        m = _ATTRIBUTES.match(lines[k].strip())
        if m:
            return m.group("body")
        if not lines[k].startswith("."):
            break
    return ""
