"""Text set in two columns (a newsletter's layout, or two pages printed on one sheet),
read column by column.

A PDF page's lines are found by baseline across the whole width, so two columns of
the same font merge their lines side by side: "๑. บทนำ ระยะเวลา : ตุลาคม…". A run of
lines that all leave one vertical band near the middle of the page free (the gutter),
where many lines have text on both sides and the text on each side fills its column
(lines wrap at the column's edge), is two columns: its left column is read first, then
its right. A two-column table without rules is not: its left cells (labels, numbers)
do not fill their column, or the columns are far from even. Columns of even width where
only one side fills (running text beside a column of "label : value" lines) are columns
too, when each line holds one stretch of text a side, as no table's row does.
"""

from __future__ import annotations

from statistics import median
from typing import Callable, Optional, Sequence

# Two-sided lines (text on both sides of the gutter) a column layout needs at least.
MIN_TWO_SIDED = 5
# The gutter is at least this many letter heights wide, and lies in the middle of the page.
MIN_GUTTER = 1.0
MIDDLE = (0.3, 0.7)
# Each column's lines reach to within this many letter heights of its edge, most of them.
FILL_REACH = 4.0
FILL_SHARE = 0.5
# The narrower column is at least this share of the wider.
MIN_EVENNESS = 0.6
# Columns this even are a page's layout grid: one of them filling its width is enough, when
# this share of the lines hold one stretch of text on each side.
EVEN_COLUMNS = 0.85
WHOLE_SHARE = 0.8
# Two pages printed on one sheet leave this share of its width either side of the middle free,
# and each holds at least this many lines.
HALF_BAND = 0.015
MIN_HALF_LINES = 3
# Two pages on one sheet meet within this share of the width from its middle.
HALF_TOLERANCE = 0.03


def columns(lines: list, width: float, regroup: Callable[[list], list], sheet: bool = False) -> list:
    """The lines again, each run set in two columns replaced by its left column's lines
    then its right column's (regrouped from their characters by `regroup`), those lines
    marked with `column` 1 or 2 and `region` (the run's top). `sheet`: the page is a
    landscape sheet that no table crosses in the middle, perhaps two pages printed on it."""
    if sheet and _halves(lines, width):
        top = max(ln.base + ln.size for ln in lines)
        out: list = []
        for number, chars in enumerate(([c for ln in lines for c in ln.chars if _centre(c) < width / 2],
                                        [c for ln in lines for c in ln.chars if _centre(c) >= width / 2]), start=1):
            for ln in regroup(chars):
                ln.column, ln.region = number, top
                out.append(ln)
        return out
    if len(lines) < MIN_TWO_SIDED:
        return lines
    size = median(ln.size for ln in lines) or 1.0
    band = _gutter(lines, width, size)
    if band is None:
        return lines
    g0, g1 = band
    mid = (g0 + g1) / 2
    out: list = []
    k = 0
    while k < len(lines):
        if _crosses(lines[k], g0, g1):
            out.append(lines[k])
            k += 1
            continue
        j = k
        while j < len(lines) and not _crosses(lines[j], g0, g1):
            j += 1
        run = lines[k:j]
        if _is_columns(run, g0, g1, size):
            top = run[0].base + run[0].size
            sides = ([c for ln in run for c in ln.chars if _centre(c) < mid],
                     [c for ln in run for c in ln.chars if _centre(c) >= mid])
            for number, chars in enumerate(sides, start=1):
                for ln in regroup(chars):
                    ln.column, ln.region = number, top
                    out.append(ln)
        else:
            out.extend(run)
        k = j
    return out


def _ink(line) -> list[tuple[float, float]]:
    return sorted((c.x0, c.x1) for c in line.chars if not c.ch.isspace())


def _segments(line, min_gap: float) -> list[tuple[float, float]]:
    """The line's ink as stretches with no gap of `min_gap` or more inside."""
    out: list[list[float]] = []
    for x0, x1 in _ink(line):
        if out and x0 - out[-1][1] < min_gap:
            out[-1][1] = max(out[-1][1], x1)
        else:
            out.append([x0, x1])
    return [(a, b) for a, b in out]


def _halves(lines: Sequence, width: float) -> bool:
    """Two pages printed on one sheet ("2 pages per sheet"): no line crosses the middle of
    the sheet, and each half holds lines of its own. Each half is then read whole, the left
    first, however little its lines fill it (a cover's centred title)."""
    band = (width / 2 - HALF_BAND * width, width / 2 + HALF_BAND * width)
    if any(_crosses(ln, *band) for ln in lines):
        return False
    left = sum(1 for ln in lines if all(x1 <= band[0] for _, x1 in _ink(ln)))
    return left >= MIN_HALF_LINES and len(lines) - left >= MIN_HALF_LINES


def _centre(c) -> float:
    return (c.x0 + c.x1) / 2


def _crosses(line, g0: float, g1: float) -> bool:
    return any(x0 < g1 and x1 > g0 for x0, x1 in _ink(line))


def _gutter(lines: Sequence, width: float, size: float) -> Optional[tuple[float, float]]:
    """The free band most lines have text on both sides of, widened to where the text of
    every line that leaves it free stops: None if there is none."""
    segments = [_segments(ln, MIN_GUTTER * size) for ln in lines]
    lo, hi = MIDDLE[0] * width, MIDDLE[1] * width
    best: tuple[int, int, float] = (0, 0, 0.0)
    x = lo
    while x <= hi:
        # most lines with text on both sides; of those places, the one most lines leave free
        count = sum(1 for segs in segments if _two_sided(segs, x))
        free = sum(1 for segs in segments if not any(a <= x <= b for a, b in segs))
        best = max(best, (count, free, -x))
        x += max(size / 2, 1.0)
    count, _, x = best[0], best[1], -best[2]
    if count < MIN_TWO_SIDED:
        return None
    free = [segs for segs in segments if not any(a <= x <= b for a, b in segs)]
    g0 = max((b for segs in free for a, b in segs if b < x), default=x)
    g1 = min((a for segs in free for a, b in segs if a > x), default=x)
    return (g0, g1) if g1 - g0 >= MIN_GUTTER * size / 2 else None


def _two_sided(segments: list[tuple[float, float]], x: float) -> bool:
    return any(b < x for _, b in segments) and any(a > x for a, _ in segments) \
        and not any(a <= x <= b for a, b in segments)


def _is_columns(run: Sequence, g0: float, g1: float, size: float) -> bool:
    left_ends = [max(x1 for _, x1 in left) for ln in run if (left := [i for i in _ink(ln) if i[1] <= g0])]
    right_ends = [max(x1 for _, x1 in right) for ln in run if (right := [i for i in _ink(ln) if i[0] >= g1])]
    two_sided = sum(1 for ln in run if any(i[1] <= g0 for i in _ink(ln)) and any(i[0] >= g1 for i in _ink(ln)))
    if two_sided < MIN_TWO_SIDED:
        return False
    left_start = min(i[0] for ln in run for i in _ink(ln) if i[1] <= g0)
    right_end = max(right_ends)
    widths = sorted((g0 - left_start, right_end - g1))
    if widths[0] < MIN_EVENNESS * widths[1]:
        return False

    def filled(ends: list[float], edge: float) -> bool:
        return sum(1 for e in ends if e >= edge - FILL_REACH * size) >= FILL_SHARE * len(ends)

    left_full, right_full = filled(left_ends, max(left_ends)), filled(right_ends, right_end)
    if left_full and right_full:
        return True
    # columns of even width (a page's layout grid), one of them running text: the other may
    # hold short lines (a column of "label : value" fields, a photo's caption). A table's
    # side holds cells apart on its lines; a column of text, one stretch a line.
    whole = sum(1 for ln in run if all(len([s for s in _segments(ln, MIN_GUTTER * size) if side(s)]) <= 1
                                       for side in (lambda s: s[1] <= g0, lambda s: s[0] >= g1)))
    return widths[0] >= EVEN_COLUMNS * widths[1] and (left_full or right_full) and whole >= WHOLE_SHARE * len(run)
