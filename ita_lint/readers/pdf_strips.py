"""Columns set side by side inside one cell of a PDF table, with no rules between them.

A card drawn as a box (an infographic, a Canva or slide design) often sets a strip of
fields across its width: names on one line ("ผู้รับผิดชอบ   ระยะเวลา   ติดตามผล"), what
each holds under it, each wrapped within its own column. Read line by line, the strip
runs its columns together ("กลุ่มงานบริหาร ต.ค. 2569 – ก.ย. รายงานผลต่อผู้"). Found
here by where its words stand, each of its lines becomes a row of a table nested in the
cell: its columns' texts apart by NESTED_CELLS, an empty column kept in its place, so
that extract can read each name with what stands under it. Cards set side by side in
one frame, their numbers over them, are such a strip too: one card a column.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence

from ita_lint.readers.common import NESTED_CELLS

# Words further apart than this many font sizes stand in different columns.
COLUMN_GAP = 1.0
# A line further below the one above than this many font sizes starts another part.
LINE_STEP = 2.2
# A line further below the one above than this share of the strip's own line pitch
# (from the names to the first line under them) starts another part.
PITCH_SLACK = 1.3
# What stands under a name may start this many font sizes left of it (an icon before it).
ICON_REACH = 1.0
# A word may run this many font sizes past the next column's beginning (a kerning slip).
EDGE_SLACK = 0.5
# Words in two columns side by side stand at least this many font sizes apart: wider than
# a space between two words of one phrase.
GUTTER = 0.4

Words = Callable[[object], list[tuple[float, float, str]]]
Text = Callable[[list], str]


def strips(lines: Sequence, words_of: Words, text_of: Text) -> list[tuple[int, int, list[str]]]:
    """(start, end, row lines) of each strip of columns among a cell's lines (each with
    `chars`, `base`, `size` and `text`; `words_of(line)` gives its (x0, x1, text) words,
    `text_of(chars)` the text of some of its letters): a line of two or more segments,
    then lines whose words each stand within one of its columns, at least one of them in
    two columns or more. A wider gap than the strip's own line pitch ends it (the box of
    "ตัวชี้วัด: …" under the strip)."""
    segments = [_segments(words_of(ln), ln.size) for ln in lines]
    found: list[tuple[int, int, list[str]]] = []
    i = 0
    while i < len(lines):
        if len(segments[i]) < 2:
            i += 1
            continue
        bounds = _bounds(segments[i], lines[i].size)
        rows = [_placed(lines[i], words_of(lines[i]), bounds, text_of)]
        end = i + 1
        pitch = None  # from the names' line to the first line under them
        while end < len(lines):
            step = lines[end - 1].base - lines[end].base
            if step > (LINE_STEP * lines[end].size if pitch is None else PITCH_SLACK * pitch):
                break  # a wider gap: the next part of the card
            placed = _placed(lines[end], words_of(lines[end]), bounds, text_of)
            if placed is None:
                break
            pitch = pitch or step
            rows.append(placed)
            end += 1
        if rows[0] is not None and any(sum(1 for t in row if t) >= 2 for row in rows[1:]):
            found.append((i, end, [NESTED_CELLS.join(row) for row in rows]))  # type: ignore[arg-type]
            i = end
        else:
            i += 1
    return found


def _bounds(head: list[tuple[float, float, str]], size: float) -> list[float]:
    """Where each column begins: a little left of its name, for what stands under a name
    may start under the icon set before it ("👤 ผู้รับผิดชอบ"), yet right of the name before."""
    return [head[0][0] - ICON_REACH * size] + [
        max(before[1] + 0.5 * size, name[0] - ICON_REACH * size) for before, name in zip(head, head[1:])]


def _segments(words: list[tuple[float, float, str]], size: float) -> list[tuple[float, float, str]]:
    """The line's words joined into runs with no gap as wide as a column's between them."""
    out: list[tuple[float, float, str]] = []
    for x0, x1, text in words:
        if out and x0 - out[-1][1] < COLUMN_GAP * size:
            a0, _, t = out[-1]
            out[-1] = (a0, x1, f"{t} {text}")
        else:
            out.append((x0, x1, text))
    return out


def _placed(line, words: list[tuple[float, float, str]], bounds: list[float], text_of: Text) -> Optional[list[str]]:
    """The line's text column by column, or None when a word stands left of the first
    column or crosses into the next one."""
    slack = EDGE_SLACK * line.size
    placed: list[tuple[int, float, float]] = []
    for x0, x1, _ in words:
        column = _column(x0, bounds)
        if column is None or column + 1 < len(bounds) and x1 > bounds[column + 1] + slack:
            return None
        if placed and placed[-1][0] != column and x0 - placed[-1][2] < GUTTER * line.size:
            return None  # a phrase going on over a column's beginning, not two columns
        placed.append((column, x0, x1))
    letters: list[list] = [[] for _ in bounds]
    for c in line.chars:
        column = _column((c.x0 + c.x1) / 2, bounds)
        letters[column if column is not None else 0].append(c)
    return [text_of(cs).strip() if cs else "" for cs in letters]


def _column(x: float, bounds: list[float]) -> Optional[int]:
    return max((k for k, b in enumerate(bounds) if x >= b), default=None)
