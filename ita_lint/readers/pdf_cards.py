"""Text set in cards: boxes of one size drawn filled side by side (an infographic, a
poster, a slide of tiles), each holding one item's text.

A page's lines are found by baseline across the whole width, so the cards of one row
merge their lines side by side: "มาตรการที่ 1  มาตรการที่ 2  มาตรการที่ 3". Three or more
filled boxes of about one size that do not overlap, each with text in it, are cards:
each card's text is read as lines of its own, the cards of a row left to right and the
rows top to bottom (the lines marked, as columns are, with `column` and `region`).
"""

from __future__ import annotations

from typing import Callable, Sequence

# Cards: at least this many boxes, each within this share of the typical box's width and
# height, and holding at least this many letters.
MIN_CARDS = 3
SIZE_TOLERANCE = 0.1
MIN_LETTERS = 10
# A box this share of the page's area or more is a background, not a card.
MAX_PAGE_SHARE = 0.25


def cards(lines: list, fills: Sequence[tuple[float, float, float, float]], width: float, height: float,
          regroup: Callable[[list], list]) -> list:
    """The lines again, those in cards replaced by each card's own lines, in reading order."""
    boxes = _cards(lines, fills, width * height)
    if not boxes:
        return lines
    rows = _rows(boxes)
    out: list = []
    inside: list[list] = [[] for _ in boxes]
    for ln in lines:
        rest = []
        for c in ln.chars:
            k = next((k for k, b in enumerate(boxes) if _inside(c, b)), None)
            (inside[k] if k is not None else rest).append(c)
        if len(rest) == len(ln.chars):
            out.append(ln)
        elif rest:
            out.extend(regroup(rest))
    for row in rows:
        top = max(boxes[k][3] for k in row)
        for column, k in enumerate(row, start=1):
            for ln in regroup(inside[k]):
                ln.column, ln.region = column, top
                out.append(ln)
    return out


def _cards(lines: list, fills: Sequence[tuple[float, float, float, float]], area: float) -> list:
    chars = [c for ln in lines for c in ln.chars if not c.ch.isspace()]
    candidates = [f for f in fills if (f[2] - f[0]) * (f[3] - f[1]) < MAX_PAGE_SHARE * area
                  and sum(1 for c in chars if _inside(c, f)) >= MIN_LETTERS]
    # the boxes of the size most boxes share
    best: list = []
    for f in candidates:
        w, h = f[2] - f[0], f[3] - f[1]
        same = [g for g in candidates if abs((g[2] - g[0]) - w) <= SIZE_TOLERANCE * w
                and abs((g[3] - g[1]) - h) <= SIZE_TOLERANCE * h]
        if len(same) > len(best):
            best = same
    if len(best) < MIN_CARDS or any(_overlap(a, b) for i, a in enumerate(best) for b in best[i + 1:]):
        return []
    # a line whose letters are partly in a card and partly in no card crosses it: no cards
    for ln in lines:
        ink = [c for c in ln.chars if not c.ch.isspace()]
        held = [c for c in ink if any(_inside(c, b) for b in best)]
        if held and any(c.x0 < b[2] and c.x1 > b[0] and not _inside(c, b) and b[1] < (c.y0 + c.y1) / 2 < b[3]
                        for c in ink for b in best):
            return []
    return best


def _rows(boxes: list) -> list[list[int]]:
    """The boxes' indices, row by row from the top, each row left to right."""
    order = sorted(range(len(boxes)), key=lambda k: -boxes[k][3])
    rows: list[list[int]] = []
    for k in order:
        if rows and boxes[rows[-1][0]][1] < boxes[k][3] - 0.5 * (boxes[k][3] - boxes[k][1]):
            rows[-1].append(k)  # overlaps the row's first box by half its height: same row
        else:
            rows.append([k])
    return [sorted(row, key=lambda k: boxes[k][0]) for row in rows]


def _inside(c, box) -> bool:
    x, y = (c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
