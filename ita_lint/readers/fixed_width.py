"""Fixed-width exports: a sheet saved as Excel's "Formatted Text (Space delimited)" (.prn),
a mainframe or an accounting program's listing.

Each cell is padded with spaces, or cut, to its column's width counted in characters
(Thai vowels and tone marks above and below count as characters), so a full cell runs
straight into the next one with no space between ("…ผลิตภัณฑ์ไมประกาศราคา…"). Columns
are where the header's words start; every line under it is one row, sliced there.

Such a table is told from one typed or laid out by `pdftotext -layout` (read by
`aligned`) by that running together — there a gutter of spaces parts the cells, and a
cell pushed past a column's start is rare; here every row crosses a column's start
without a space, twice a row on average — and by every cell starting exactly at its
column's start.
"""

from __future__ import annotations

import re
from typing import Optional

from ita_lint.model import Location, Row
from ita_lint.readers.aligned import Region
from ita_lint.readers.fragments import make_cell

# A header has at least this many columns, and a table at least this many rows.
MIN_COLUMNS = 4
MIN_ROWS = 3
# A table is looked for in at most this many lines under its header, so that a file of
# long lines costs linear time (no report has a table this long; lines past it are read
# as the text they are).
MAX_ROWS = 300
# Every row runs a cell into the next one, this many times a row on average.
RUN_TOGETHER_PER_ROW = 2

_HEAD = re.compile(r"\S+(?: \S+)*")  # a header cell: words one space apart
_WORD_START = re.compile(r"(?:(?<= )|^)\S")
_LETTERS = re.compile(r"[^\W\d_]")
_NUMBER = re.compile(r"[0-9๐-๙]{1,3}[.)]?")


def fixed_width_tables(lines: list[str], hidden: set[int]) -> dict[int, Region]:
    """The fixed-width tables among the lines, by the line their header is on."""
    found: dict[int, Region] = {}
    i = 0
    while i < len(lines):
        region = _table_at(lines, i, hidden)
        if region is None:
            i += 1
            continue
        found[i] = region
        i = region.end
    return found


def _table_at(lines: list[str], i: int, hidden: set[int]) -> Optional[Region]:
    header = lines[i].rstrip()
    if i in hidden or "\t" in header or "|" in header:
        return None
    found = [m for m in _HEAD.finditer(header)
             if not header[:m.start()].strip() or header[m.start() - 2:m.start()] == "  "]
    if len(found) < MIN_COLUMNS - 1 or any(len(_LETTERS.findall(m.group(0))) < 2 for m in found):
        return None  # a header names its columns in words
    heads = [m.start() for m in found]
    end = i + 1
    while (end < len(lines) and end - i <= MAX_ROWS and end not in hidden and lines[end].strip()
           and "\t" not in lines[end] and len(lines[end].rstrip()) > heads[min(2, len(heads) - 1)]):
        if not _crossings(lines[end].rstrip(), heads):
            return None  # every row runs a cell into the next (said here, first: it is cheap)
        end += 1
    body = [line.rstrip() for line in lines[i + 1:end]]
    if len(body) < MIN_ROWS:
        return None
    starts = heads + _number_columns(header, heads, body)
    starts.sort()
    if len(starts) < MIN_COLUMNS:
        return None
    if not all(line[starts[0]:starts[1]].strip() for line in body):
        return None  # each line a record: its first cell is never blank (no wrapped cells)
    if sum(_crossings(line, starts) for line in body) < RUN_TOGETHER_PER_ROW * len(body) \
            or not _cut_at_starts(body, starts):
        return None
    rows = [Row([make_cell(line[a:b].strip()) for a, b in zip(starts, starts[1:] + [None])],
                Location(line=k + 1)) for k, line in zip(range(i, end), [header] + body)]
    return Region(i, end, rows, [(float(a), float(b or len(header))) for a, b in zip(starts, starts[1:] + [None])])


def _crossings(line: str, starts: list[int]) -> int:
    """How many column starts the line's text runs through without a space."""
    return sum(1 for s in starts if 0 < s < len(line) and line[s - 1] != " " and line[s] != " ")


def _cut_at_starts(body: list[str], starts: list[int]) -> bool:
    """Every cell starts exactly at its column's start: the cell before it is full (runs
    into it), or it is empty, or text stands right at the start. A table laid out by
    `pdftotext -layout` starts its cells a character or two off, where Thai marks moved
    them; a column of right-aligned numbers is the exception both allow."""
    for a, b in zip(starts[1:], starts[2:] + [None]):
        cells = [line[a:b] for line in body]
        if all(not c.strip() or _NUMBER.fullmatch(c.strip()) for c in cells):
            continue
        if any(c.strip() and c[0] == " " and line[a - 1] == " " for c, line in zip(cells, body)):
            return False
    return True


def _number_columns(header: str, heads: list[int], body: list[str]) -> list[int]:
    """Word starts inside a header cell that open a column: "ลำดับ มาตรการ/กิจกรรม" over
    "     1เปิดเผยข้อมูล…", the row's number right-aligned in a column of its own, one space
    from the next header word. Kept when every row holds a number (or nothing) there."""
    found = []
    for m in _WORD_START.finditer(header):
        s = m.start()
        if s in heads or s < heads[0]:
            continue
        left = max(h for h in heads if h < s)
        cells = [line[left:s].strip() for line in body]
        if any(cells) and all(not c or _NUMBER.fullmatch(c) for c in cells):
            found.append(s)
    return found
