"""PDF reader: text layer, ruled tables and (with --ocr) scanned pages, via pypdfium2.

Why pypdfium2 (Apache-2.0/BSD-3): on Thai it is as clean as PyMuPDF (AGPL)
and far cleaner than pdfminer/pdfplumber, which ignore the /ActualText spans
where Word and LibreOffice keep ำ ("สำานัก"); see the README's
library choices and bench/bench_pdf.py.

How a page is read:

1. Every character with its box, baseline and font size (pdfium's text page),
   in content-stream order, which keeps Thai marks with their letters. pdfium's
   own generated spaces and line breaks are dropped; spaces are put back where
   the gap between two letters is wide. Letters struck out by a line through
   their middle (a deletion shown by Word's tracked changes) are dropped. Text
   set vertically (a narrow header cell, Word's "btLr") is read in stream order,
   which is its reading order, not by baseline.
2. Tables from ruling lines: Word and LibreOffice draw table borders as thin
   lines or thin filled rectangles. Horizontal and vertical rules that touch
   make a grid; a grid boundary missing between two grid cells means they are
   merged. Each character goes to the cell whose box holds it (a mark follows
   its letter), so the lines of neighbouring cells never interleave.
   As in the DOCX reader, a cell merged across grid columns gives its text in
   its first column and "" in the others; a cell merged down several grid rows
   gives its text in every row it spans (within the page: a table's grid never
   crosses a page). A grid row in which no cell starts (all of it inside cells
   from the rows above) is no row of its own.
3. Lines: characters of one place (a cell, or the page outside tables) with the
   same baseline. A line that ends near its right edge, where the first word of
   the next line would not have fitted, was wrapped: the two are one logical
   line (joined without a space between Thai letters, as Thai has none between
   words). Everything else is a line break of the author's.
4. Blocks in reading order (top to bottom): headings (larger or bold short
   text), paragraphs, one table block per table per page. A table row cut by a
   page break comes out as it is drawn: the part on the next page is a row
   whose leading cells are empty, after that page's repeated header row. The
   join is a later stage's.

Locations: `page` is 1-based; `line` counts the text lines drawn on the page
from the top (a table row's line is that of its first text line).

All text passes through `ita_lint.thai.normalize` and `ita_lint.thai_dict.repair`.
"""

from __future__ import annotations

import ctypes
import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Optional, Sequence

from ita_lint.model import Block, Cell, Checkbox, Document, Location, Note, Row
from ita_lint.readers import ReadError, ReadOptions
from ita_lint.readers.common import SHADED, title_blocks, title_rows, typed_boxes
from ita_lint.readers.pdf_cards import cards
from ita_lint.readers.pdf_columns import columns
from ita_lint.readers.pdf_strips import strips
from ita_lint.thai import normalize, to_arabic_digits

# Hard bounds on what one page may cost, whatever the file holds.
MAX_CHARS_PER_PAGE = 200_000
MAX_PATHS_PER_PAGE = 50_000
MAX_SEGMENTS_PER_PATH = 16

_RULE_THICKNESS = 3.0  # a path thinner than this (pt) is a ruling line
_MIN_RULE = 4.0  # ... and at least this long
_SNAP = 2.0  # rules this close are the same rule

SCANNED = "no text layer — scanned PDF; try --ocr"
# pages that draw nothing at all, neither text nor pictures (a stamp or a comment over them
# aside): their content is missing, or written so that PDFium (and so Chrome's and Edge's
# viewers) cannot read it, and no OCR can help
BLANK = "its pages draw nothing (no text, no picture): damaged PDF or empty pages; export it again"
_SCAN_TEXT = 20


# --- characters -------------------------------------------------------------------------


def _is_mark(ch: str) -> bool:
    """Thai marks drawn on the letter before them (no advance of their own)."""
    return ch == "\u0e31" or "\u0e34" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e"


def _is_thai(ch: str) -> bool:
    """A Thai letter, vowel or mark (not a Thai digit: numbers stand apart)."""
    return "\u0e01" <= ch <= "\u0e4e"


@dataclass(slots=True)
class _Char:
    ch: str
    x0: float
    x1: float
    y0: float
    y1: float
    base: float  # baseline y
    size: float
    index: int  # in the text page, for font look-ups
    angle: float = 0.0  # of its text direction, radians: text set vertically is near ±π/2


# Word's symbol fonts (Wingdings, Wingdings 2) draw ballot boxes with ordinary
# codes; without a ToUnicode map they extract as these letters or as U+F0xx.
_WINGDINGS = {"þ": "☑", "ý": "☒", "x": "☒", "¨": "☐", "o": "☐", "q": "☐", "n": "☐"}
_WINGDINGS_2 = {"R": "☑", "Q": "☒", "T": "☒", "S": "☒", "£": "☐", "*": "☐"}
_SYMBOL_CANDIDATES = set(_WINGDINGS) | set(_WINGDINGS_2)


def _symbol_box(ch: str, font: str) -> Optional[str]:
    f = font.lower()
    code = ord(ch)
    if 0xF000 <= code <= 0xF0FF:
        ch = chr(code - 0xF000)
    at = f.find("wingdings")
    if at < 0:
        return None
    version = f[at + 9: at + 11].strip(" -_")[:1]  # "Wingdings2", "Wingdings-2", "Wingdings 2"
    if version == "3":
        return None
    return (_WINGDINGS_2 if version == "2" else _WINGDINGS).get(ch)


class _Fonts:
    """Font names of characters, looked up only when needed (bold, symbol fonts)."""

    def __init__(self, raw, textpage):
        self.raw = raw
        self.tp = textpage
        self.buf = ctypes.create_string_buffer(256)
        self.flags = ctypes.c_int()

    def name(self, index: int) -> str:
        n = self.raw.FPDFText_GetFontInfo(self.tp, index, self.buf, 256, ctypes.byref(self.flags))
        if n <= 0:
            return ""
        return self.buf.raw[: max(0, min(n, 256) - 1)].decode("utf-8", "replace")

    def bold(self, index: int) -> bool:
        name = self.name(index).lower()
        if "bold" in name or "black" in name or "heavy" in name or ",b" in name:
            return True
        if _NAMED_FONT.match(name):
            # a font named by its family ("AAAAAA+Kinnari") says its weight in its name;
            # the weight its descriptor gives may be any figure (704 for Kinnari regular)
            return False
        return self.raw.FPDFText_GetFontWeight(self.tp, index) >= 600


# A font's real name, its subset's tag before it or not ("AAAAAA+Kinnari", "THSarabunNew"),
# not a generated one ("F1", "T3", "TT2")
_NAMED_FONT = re.compile(r"^(?:[a-z]{6}\+)?(?![a-z]{1,2}[0-9]+$)[a-z][a-z0-9_-]{3,}")


class _Space:
    """Page coordinates to display coordinates (y up, origin at the crop box's
    bottom-left), undoing the page's /Rotate."""

    def __init__(self, box: tuple[float, float, float, float], rotation: int):
        self.l, self.b, r, t = box
        self.w, self.h = r - self.l, t - self.b
        self.rot = rotation % 360
        self.width, self.height = (self.h, self.w) if self.rot in (90, 270) else (self.w, self.h)

    def point(self, x: float, y: float) -> tuple[float, float]:
        x -= self.l
        y -= self.b
        if self.rot == 90:
            return y, self.w - x
        if self.rot == 180:
            return self.w - x, self.h - y
        if self.rot == 270:
            return self.h - y, x
        return x, y

    def rect(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        ax, ay = self.point(x0, y0)
        bx, by = self.point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _page_chars(raw, textpage, space: _Space, fonts: _Fonts) -> list[_Char]:
    n = min(raw.FPDFText_CountChars(textpage), MAX_CHARS_PER_PAGE)
    if n <= 0:
        return []
    l, r, b, t = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    get_unicode = raw.FPDFText_GetUnicode
    is_generated = raw.FPDFText_IsGenerated
    get_box = raw.FPDFText_GetCharBox
    # across, a character spans its advance ("loose" box), not its ink: in a typewriter
    # font a narrow letter's ink stands apart from the next letter's, the advance does not
    get_loose = raw.FPDFText_GetLooseCharBox
    loose = raw.FS_RECTF()
    get_origin = raw.FPDFText_GetCharOrigin
    get_size = raw.FPDFText_GetFontSize
    get_angle = getattr(raw, "FPDFText_GetCharAngle", None)
    rotated = space.rot != 0
    chars: list[_Char] = []
    for i in range(n):
        code = get_unicode(textpage, i)
        if code < 32 and code != 9:  # pdfium's \r\n, soft hyphen markers, NULs
            continue
        if code in (0xFFFE, 0xFFFD, 0xFFFF):
            continue
        if is_generated(textpage, i) == 1:  # pdfium's guessed spaces: we place our own
            continue
        ch = chr(code)
        if ch in _SYMBOL_CANDIDATES or 0xF000 <= code <= 0xF0FF:
            box = _symbol_box(ch, fonts.name(i))
            if box:
                ch = box
            elif code == 0xF0B7:  # Word's list bullet in Symbol
                ch = "•"
        get_box(textpage, i, l, r, b, t)
        get_origin(textpage, i, ox, oy)
        size = get_size(textpage, i) or 10.0
        left, right = l.value, r.value
        if get_loose(textpage, i, loose) and loose.right > loose.left and not _is_mark(ch):
            left, right = min(left, loose.left), max(right, loose.right)
        if rotated:
            x0, y0, x1, y1 = space.rect(left, b.value, right, t.value)
            _, base = space.point(ox.value, oy.value)
        else:
            x0, y0, x1, y1 = left - space.l, b.value - space.b, right - space.l, t.value - space.b
            base = oy.value - space.b
        angle = get_angle(textpage, i) if get_angle is not None else 0.0
        chars.append(_Char(ch, x0, x1, y0, y1, base, size, i, angle if angle > 0 else 0.0))
    chars = _without_cluster_echoes(chars)
    _place_strays(chars, space)
    if sum(1 for c in chars if _vertical(c)) * 2 > len(chars):
        # most of the page turned: a page rotated as a whole, read as such (not vertical text)
        for c in chars:
            c.angle = 0.0
    return chars


ECHO_REACH = 3  # clusters back that a browser's echo of one may stand


def _clusters(chars: list[_Char]) -> list[list[_Char]]:
    """Letters each with the marks drawn on it ("ตั้")."""
    out: list[list[_Char]] = []
    for c in chars:
        if out and _is_mark(c.ch):
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _without_cluster_echoes(chars: list[_Char]) -> list[_Char]:
    """Browsers' PDFs (Chromium's "Save as PDF") map a stacked mark's glyph to its whole
    cluster again: "ตั้" comes out twice, the second time small and over the first. An
    echo (the same letters, under half as tall, overlapping the cluster before) is dropped."""
    out: list[_Char] = []
    recent: list[list[_Char]] = []  # the last clusters kept: the echo may follow the next letter
    for cluster in _clusters(chars):
        text = "".join(c.ch for c in cluster)
        if len(cluster) > 1 and any(
                text == "".join(c.ch for c in prev)
                and max(c.y1 - c.y0 for c in cluster) < 0.5 * (prev[0].y1 - prev[0].y0)
                and prev[0].x0 - prev[0].size < cluster[0].x0 < prev[-1].x1 + prev[0].size for prev in recent):
            continue
        out += cluster
        recent = (recent + [cluster])[-ECHO_REACH:]
    return out


def _place_strays(chars: list[_Char], space: _Space) -> None:
    """pdfium places the characters of an /ActualText span (LibreOffice's ำ, ู่)
    without the transform of an enclosing Form XObject: off the page, or far
    from the line they belong to. Put such characters (up to four in a row) back
    between their neighbours in stream order when these sit side by side on one
    line (a jump to another cell and back is never side by side); a longer run
    (Chromium's spans, in an annotation's appearance drawn into the page) when
    the gap its neighbours leave is as wide as the run itself."""
    k = 1
    while k < len(chars) - 1:
        prev = chars[k - 1]
        j = k
        while (
            j < len(chars) - 1
            and j - k < MAX_STRAY_RUN
            and (not chars[j].ch.isspace() or j > k)  # a space inside a run moves with it
            and abs(chars[j].base - prev.base) > 2 * prev.size
        ):
            j += 1
        if j == k:
            # one character on the line but away from its neighbours, which
            # themselves sit side by side
            c = chars[k]
            if c.ch.isspace() or -2 * prev.size <= c.x0 - prev.x1 <= 2 * prev.size:
                k += 1
                continue
            j = k + 1
        if not all(_is_thai(chars[m].ch) or chars[m].ch.isspace() for m in range(k, j)):
            k += 1  # the span holds Thai vowels and marks; a number elsewhere is another cell's
            continue
        nxt = chars[j]
        gap = nxt.x0 - prev.x1
        on_line = abs(prev.base - nxt.base) <= 0.4 * prev.size
        if j - k > 4:
            left = min(chars[m].x0 for m in range(k, j))
            width = max(chars[m].x1 for m in range(k, j)) - left
            if on_line and abs(gap - width) <= 0.1 * width + 0.3 * prev.size:
                for m in range(k, j):  # the run as it is drawn, moved into the gap
                    c = chars[m]
                    chars[m] = _Char(c.ch, prev.x1 + c.x0 - left, prev.x1 + c.x1 - left, prev.y0, prev.y1,
                                     prev.base, prev.size, c.index)
                k = j
            else:
                k += 1
            continue
        if not (on_line and -0.5 * prev.size <= gap <= 1.5 * prev.size):
            k += 1
            continue
        x0 = prev.x1
        x1 = max(nxt.x0, x0)
        for m in range(k, j):
            c = chars[m]
            chars[m] = _Char(c.ch, x0, x1, prev.y0, prev.y1, prev.base, prev.size, c.index)
        k = j


# The longest run of letters put back between its neighbours.
MAX_STRAY_RUN = 40


# --- ruling lines and grids --------------------------------------------------------------


@dataclass
class _Rule:
    horizontal: bool
    pos: float  # y of a horizontal rule, x of a vertical one
    a: float  # extent along the rule
    b: float


def _is_white(raw, obj) -> bool:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    fill = ctypes.c_int()
    stroke = ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    colours = []
    if stroke.value:
        if raw.FPDFPageObj_GetStrokeColor(obj, r, g, b, a):
            colours.append((r.value, g.value, b.value, a.value))
    if fill.value:
        if raw.FPDFPageObj_GetFillColor(obj, r, g, b, a):
            colours.append((r.value, g.value, b.value, a.value))
    if not colours:
        return not (fill.value or stroke.value)
    return all(c[3] < 30 or min(c[:3]) >= 235 for c in colours)


def _is_filled(raw, obj) -> bool:
    fill = ctypes.c_int()
    stroke = ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    return bool(fill.value)


def _matrix(raw, obj):
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _mul(m1, m2):
    """m1 then m2 (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def _apply(m, x, y):
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _page_rules(raw, page, space: _Space, fills: Optional[list] = None) -> tuple[list[_Rule], int]:
    """Ruling lines of a page, in display space, and the number of image objects. Filled
    areas (a shaded cell, a bar across months) go into `fills` as display rectangles."""
    rules: list[_Rule] = []
    images = 0
    budget = [MAX_PATHS_PER_PAGE]
    l, b, r, t = (ctypes.c_float() for _ in range(4))

    def add_box(x0, y0, x1, y1):
        x0, y0, x1, y1 = space.rect(x0, y0, x1, y1)
        w, h = x1 - x0, y1 - y0
        if h <= _RULE_THICKNESS and w >= _MIN_RULE:
            rules.append(_Rule(True, (y0 + y1) / 2, x0, x1))
        elif w <= _RULE_THICKNESS and h >= _MIN_RULE:
            rules.append(_Rule(False, (x0 + x1) / 2, y0, y1))
        else:
            return False
        return True

    def walk(parent, is_form: bool, ctm):
        nonlocal images
        count = raw.FPDFFormObj_CountObjects(parent) if is_form else raw.FPDFPage_CountObjects(parent)
        for i in range(max(count, 0)):
            if budget[0] <= 0:
                return
            obj = raw.FPDFFormObj_GetObject(parent, i) if is_form else raw.FPDFPage_GetObject(parent, i)
            if not obj:
                continue
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_FORM:
                m = _matrix(raw, obj)
                walk(obj, True, m if ctm is None else _mul(m, ctm))
                continue
            if kind == raw.FPDF_PAGEOBJ_IMAGE:
                images += 1
                continue
            if kind != raw.FPDF_PAGEOBJ_PATH:
                continue
            budget[0] -= 1
            if not raw.FPDFPageObj_GetBounds(obj, l, b, r, t):
                continue
            x0, y0, x1, y1 = l.value, b.value, r.value, t.value
            if ctm is not None:
                pts = [_apply(ctm, x, y) for x, y in ((x0, y0), (x1, y1), (x0, y1), (x1, y0))]
                x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
                y0, y1 = min(p[1] for p in pts), max(p[1] for p in pts)
            if min(x1 - x0, y1 - y0) > _RULE_THICKNESS or max(x1 - x0, y1 - y0) < _MIN_RULE:
                _path_edges(raw, obj, ctm, space, rules)
                if fills is not None and _is_filled(raw, obj) and not _is_white(raw, obj):
                    fills.append(space.rect(x0, y0, x1, y1))
                continue
            if _is_white(raw, obj):
                continue
            add_box(x0, y0, x1, y1)

    walk(page, False, None)
    return rules, images


def _path_edges(raw, obj, ctm, space: _Space, rules: list[_Rule]) -> None:
    """Axis-aligned straight edges of a small path (a rectangle drawn as a cell
    border or shading), as rules."""
    n = raw.FPDFPath_CountSegments(obj)
    if n <= 1 or n > MAX_SEGMENTS_PER_PATH or _is_white(raw, obj):
        return
    m = _matrix(raw, obj)
    if ctm is not None:
        m = _mul(m, ctm)
    x, y = ctypes.c_float(), ctypes.c_float()
    pts = []
    for i in range(n):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        if not seg or not raw.FPDFPathSegment_GetPoint(seg, x, y):
            return
        kind = raw.FPDFPathSegment_GetType(seg)
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            return  # curves: a drawing, not a table
        px, py = space.point(*_apply(m, x.value, y.value))
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = (px, py)
            pts.append(None)
        pts.append((px, py))
        if raw.FPDFPathSegment_GetClose(seg) and pts:
            pts.append(start)
    # pages-sized frames and backgrounds are no tables
    xs = [p[0] for p in pts if p]
    ys = [p[1] for p in pts if p]
    if xs and (max(xs) - min(xs) > space.width * 0.95 and max(ys) - min(ys) > space.height * 0.95):
        return
    for p, q in zip(pts, pts[1:]):
        if p is None or q is None:
            continue
        if abs(p[1] - q[1]) < 0.5 and abs(p[0] - q[0]) >= _MIN_RULE:
            rules.append(_Rule(True, p[1], min(p[0], q[0]), max(p[0], q[0])))
        elif abs(p[0] - q[0]) < 0.5 and abs(p[1] - q[1]) >= _MIN_RULE:
            rules.append(_Rule(False, p[0], min(p[1], q[1]), max(p[1], q[1])))


def _merge_rules(rules: list[_Rule]) -> list[_Rule]:
    """Collinear rules that overlap or touch become one."""
    out: list[_Rule] = []
    for horizontal in (True, False):
        group = sorted((r for r in rules if r.horizontal == horizontal), key=lambda r: (r.pos, r.a))
        # cluster by position
        clusters: list[list[_Rule]] = []
        for r in group:
            if clusters and r.pos - clusters[-1][-1].pos <= _SNAP:
                clusters[-1].append(r)
            else:
                clusters.append([r])
        for cl in clusters:
            pos = sum(r.pos for r in cl) / len(cl)
            cl.sort(key=lambda r: r.a)
            cur = None
            for r in cl:
                if cur and r.a <= cur.b + _SNAP:
                    cur.b = max(cur.b, r.b)
                else:
                    if cur:
                        out.append(cur)
                    cur = _Rule(horizontal, pos, r.a, r.b)
            if cur:
                out.append(cur)
    return out


@dataclass
class _Grid:
    xs: list[float]  # column boundaries, left to right
    ys: list[float]  # row boundaries, top to bottom (descending y)
    region: list[list[int]]  # grid cell -> merged cell id
    spans: dict[int, tuple[int, int, int, int]]  # id -> (row0, col0, row1, col1) inclusive

    @property
    def top(self) -> float:
        return self.ys[0]

    @property
    def bottom(self) -> float:
        return self.ys[-1]

    def contains(self, x: float, y: float) -> bool:
        return self.xs[0] <= x <= self.xs[-1] and self.ys[-1] <= y <= self.ys[0]

    def cell_at(self, x: float, y: float) -> Optional[int]:
        if not self.contains(x, y):
            return None
        j = min(max(bisect_left(self.xs, x) - 1, 0), len(self.xs) - 2)
        # ys descending: search on negated
        neg = [-v for v in self.ys]
        i = min(max(bisect_left(neg, -y) - 1, 0), len(self.ys) - 2)
        return self.region[i][j]

    def rect(self, rid: int) -> tuple[float, float, float, float]:
        r0, c0, r1, c1 = self.spans[rid]
        return self.xs[c0], self.ys[r1 + 1], self.xs[c1 + 1], self.ys[r0]


def _cluster(values: list[float], tol: float) -> list[float]:
    values = sorted(values)
    out: list[list[float]] = []
    for v in values:
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _grids(rules: list[_Rule], chars: Sequence[_Char] = ()) -> list[_Grid]:
    rules = _merge_rules(rules)
    hs = [r for r in rules if r.horizontal]
    vs = [r for r in rules if not r.horizontal]
    if len(hs) < 2 or len(vs) < 2:
        return []
    # connected components of touching rules
    parent = list(range(len(rules)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = {id(r): k for k, r in enumerate(rules)}
    tol = _SNAP + 1
    vs_sorted = sorted(vs, key=lambda r: r.pos)
    vpos = [r.pos for r in vs_sorted]
    for h in hs:
        lo = bisect_left(vpos, h.a - tol)
        for v in vs_sorted[lo:]:
            if v.pos > h.b + tol:
                break
            if v.a - tol <= h.pos <= v.b + tol:
                a, b = find(index[id(h)]), find(index[id(v)])
                if a != b:
                    parent[a] = b
    comps: dict[int, list[_Rule]] = {}
    for k, r in enumerate(rules):
        comps.setdefault(find(k), []).append(r)
    grids = []
    for comp in comps.values():
        ch = [r for r in comp if r.horizontal]
        cv = [r for r in comp if not r.horizontal]
        if len(ch) < 2 or len(cv) < 2:
            continue
        g = _grid(ch, cv, chars)
        if g is not None:
            grids.append(g)
    grids.sort(key=lambda g: -g.top)
    return grids


def _spans(nrows: int, ncols: int, find) -> dict[int, tuple[int, int, int, int]]:
    """Each region's (row0, col0, row1, col1), inclusive, keyed by its root."""
    spans: dict[int, list[int]] = {}
    for i in range(nrows):
        for j in range(ncols):
            rid = find(i * ncols + j)
            s = spans.get(rid)
            if s is None:
                spans[rid] = [i, j, i, j]
            else:
                s[0], s[1], s[2], s[3] = min(s[0], i), min(s[1], j), max(s[2], i), max(s[3], j)
    return {k: tuple(v) for k, v in spans.items()}


def _apart(chars: Sequence[_Char], x: float, left: float, right: float, top: float, bottom: float) -> bool:
    """Whether the text between `left` and `right` in the row from `top` down to `bottom`
    stands apart at `x` as two cells' text does: no letter across x, each line's letters
    on both sides kept CELL_PAD away from it, and two lines or more with letters on both
    sides, or the text on each side starting at its cell's left edge (one line alone may be
    a title centred over merged cells, a word's gap falling at x)."""
    by_line: dict[int, list[_Char]] = {}
    for c in chars:
        if not c.ch.isspace() and bottom < (c.y0 + c.y1) / 2 < top and left <= c.x0 and c.x1 <= right:
            by_line.setdefault(round(c.base), []).append(c)
    both = 0
    for line in by_line.values():
        if any(c.x0 < x < c.x1 for c in line):
            return False
        before = [c.x1 for c in line if c.x1 <= x]
        after = [c.x0 for c in line if c.x0 >= x]
        if before and after:
            if x - max(before) < CELL_PAD or min(after) - x < CELL_PAD:
                return False
            both += 1
    if both >= 2:
        return True
    ink = [c for line in by_line.values() for c in line]
    starts = (min((c.x0 for c in ink if c.x1 <= x), default=None), min((c.x0 for c in ink if c.x0 >= x), default=None))
    return (both == 1 and None not in starts and starts[0] - left <= CELL_START  # type: ignore[operator]
            and starts[1] - x <= CELL_START)  # type: ignore[operator]


# Text in a cell keeps at least this far (points) from the cell's sides, and a cell's
# text set to the left starts no further than this from its left side.
CELL_PAD = 2.0
CELL_START = 8.0


def _grid(hs: list[_Rule], vs: list[_Rule], chars: Sequence[_Char] = ()) -> Optional[_Grid]:
    xs = _cluster([v.pos for v in vs], 3.0)
    ys = sorted(_cluster([h.pos for h in hs], 3.0), reverse=True)
    if len(xs) < 2 or len(ys) < 2:
        return None
    nrows, ncols = len(ys) - 1, len(xs) - 1
    if nrows * ncols > 5_000:
        return None  # no report table has this many cells: a drawing or a chart
    # the letters inside the grid, once: each missing rule looks at them (_apart)
    chars = [c for c in chars if xs[0] <= c.x0 and c.x1 <= xs[-1] and ys[-1] < (c.y0 + c.y1) / 2 < ys[0]]

    def v_covers(x: float, y_top: float, y_bot: float) -> bool:
        mid = (y_top + y_bot) / 2
        return any(abs(v.pos - x) <= 3.0 and v.a - 1 <= mid <= v.b + 1 for v in vs)

    def h_covers(y: float, x_left: float, x_right: float) -> bool:
        mid = (x_left + x_right) / 2
        return any(abs(h.pos - y) <= 3.0 and h.a - 1 <= mid <= h.b + 1 for h in hs)

    parent = list(range(nrows * ncols))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a, b):
        a, b = find(a), find(b)
        if a != b:
            parent[max(a, b)] = min(a, b)

    for i in range(nrows):
        for j in range(ncols):
            # a rule missing between two cells whose texts stand apart, where the column's
            # rule runs in other rows (a zebra-striped row drawn by its shading alone), parts them
            if j + 1 < ncols and not v_covers(xs[j + 1], ys[i], ys[i + 1]) and not (
                    chars and any(v_covers(xs[j + 1], ys[k], ys[k + 1]) for k in range(nrows) if k != i)
                    and _apart(chars, xs[j + 1], xs[j], xs[j + 2], ys[i], ys[i + 1])):
                union(i * ncols + j, i * ncols + j + 1)
            if i + 1 < nrows and not h_covers(ys[i + 1], xs[j], xs[j + 1]):
                union(i * ncols + j, (i + 1) * ncols + j)
    # A merged cell must be a rectangle: where rules are missing in odd places,
    # join whatever lies inside a region's bounding box (a few passes at most).
    for _ in range(10):
        spans = _spans(nrows, ncols, find)
        changed = False
        for rid, (r0, c0, r1, c1) in spans.items():
            for i in range(r0, r1 + 1):
                for j in range(c0, c1 + 1):
                    if find(i * ncols + j) != find(rid):
                        union(i * ncols + j, rid)
                        changed = True
        if not changed:
            break
    spans = _spans(nrows, ncols, find)
    region = [[find(i * ncols + j) for j in range(ncols)] for i in range(nrows)]
    if len(spans) < 2:
        return None  # a frame around text, not a table
    return _Grid(xs, ys, region, spans)


# --- lines ------------------------------------------------------------------------------


@dataclass
class _Line:
    chars: list[_Char]
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    base: float = 0.0
    size: float = 0.0
    ends_with_space: bool = False
    number: int = 0  # line on the page
    column: int = 0  # 1 or 2 in text set in two columns (readers.pdf_columns), else 0
    region: float = 0.0  # the top of those columns

    @property
    def first_index(self) -> int:
        return self.chars[0].index


# A watermark ("สำเนาถูกต้อง", "ฉบับร่าง" across the page): letters set at a slant (|sin| of
# their angle over SLANT_SIN, not upright) and this many times the size of the page's
# level letters. Headers set at a slant in a sheet's narrow columns stay: they are small.
SLANT_SIN = 0.2
WATERMARK_SIZE = 2.0


def _without_watermark(chars: list[_Char]) -> tuple[list[_Char], str]:
    """The page's letters without a watermark's, and the watermark's text."""
    level = sorted(c.size for c in chars if abs(math.sin(c.angle)) <= SLANT_SIN and not c.ch.isspace())
    if not level:
        return chars, ""
    body = level[len(level) // 2]
    kept: list[_Char] = []
    mark: list[_Char] = []
    for c in chars:
        slanted = SLANT_SIN < abs(math.sin(c.angle)) <= VERTICAL_SIN
        (mark if slanted and c.size >= WATERMARK_SIZE * body else kept).append(c)
    return (kept, normalize("".join(c.ch for c in mark)).strip()) if mark else (chars, "")


def _vertical(c: _Char) -> bool:
    return abs(math.sin(c.angle)) > VERTICAL_SIN and not c.ch.isspace()


# A letter whose text direction is this close to upright (|sin| of its angle) is set vertically.
VERTICAL_SIN = 0.9


def _vertical_lines(chars: list[_Char]) -> list[_Line]:
    """Text set vertically (a table header's narrow cell, Word's "btLr"): its letters in
    stream order, which is reading order; a new line where they move across by more than
    half a letter. Lines read left to right for text going up, right to left going down."""
    runs: list[list[_Char]] = []
    for c in chars:
        centre = (c.x0 + c.x1) / 2
        if runs and (_is_mark(c.ch) or c.ch.isspace() or abs(centre - (runs[-1][0].x0 + runs[-1][0].x1) / 2) <= 0.6 * max(c.size, 1.0)):
            runs[-1].append(c)
        else:
            runs.append([c])
    up = bool(chars) and math.sin(chars[0].angle) < 0  # pdfium's 3π/2: read from the bottom up
    runs.sort(key=lambda run: min(c.x0 for c in run) * (1 if up else -1))
    lines = []
    for run in runs:
        line = _Line(run, text=normalize("".join(c.ch for c in run)).strip(), x0=min(c.x0 for c in run),
                     x1=max(c.x1 for c in run), base=max(c.y1 for c in run), size=max(c.size for c in run))
        if line.text:
            lines.append(line)
    return lines


# A gap between letters wider than this share of the font size is a space (a text layer's
# letters sit 0.1 em apart, its spaces 0.3 em).
TEXT_SPACE_GAP = 0.22


def _lines(chars: list[_Char], space_gap: float = TEXT_SPACE_GAP) -> list[_Line]:
    """Characters of one place (stream order) grouped into lines, top to bottom."""
    if not chars:
        return []
    upright = [c for c in chars if _vertical(c)]
    if upright:
        # a mark, or a space between words, goes with the letter before it
        letters = {id(c) for c in upright}
        marks_of: list[_Char] = []
        rest: list[_Char] = []
        last_vertical = False
        for c in chars:
            if id(c) in letters or ((_is_mark(c.ch) or c.ch.isspace()) and last_vertical):
                marks_of.append(c)
                last_vertical = True
            else:
                rest.append(c)
                last_vertical = False
        return _vertical_lines(marks_of) + _lines(rest, space_gap)
    # runs: stream-order stretches on one baseline
    runs: list[list[_Char]] = []
    cur: list[_Char] = []
    for c in chars:
        if cur:
            last = cur[-1]
            tol = 0.4 * max(min(last.size, c.size), 1.0)
            if abs(c.base - last.base) > tol or (not _is_mark(c.ch) and c.x0 < last.x0 - 2 * c.size):
                runs.append(cur)
                cur = []
        cur.append(c)
    if cur:
        runs.append(cur)
    # runs on one baseline make a line; order the runs by x
    runs.sort(key=lambda run: -run[0].base)
    groups: list[list[list[_Char]]] = []
    for run in runs:
        if groups and abs(groups[-1][0][0].base - run[0].base) <= 0.4 * max(run[0].size, 1.0):
            groups[-1].append(run)
        else:
            groups.append([run])
    lines = []
    for group in groups:
        group.sort(key=lambda run: _run_x(run))
        if _interleaved(group):
            # text typed on a form's dotted line between two labels drawn as one run: the
            # line letter by letter across, each letter with its marks
            group = sorted((cl for run in group for cl in _clusters(run)), key=lambda cl: cl[0].x0)
        line = _Line([c for run in group for c in run])
        _compose(line, space_gap)
        if line.text:
            lines.append(line)
    return lines


def _interleaved(group: list[list[_Char]]) -> bool:
    """Whether a run of the line (runs ordered by x), set a little off the baseline of the
    run before it (typed over a form), starts inside that run's stretch, none of its
    letters over that run's letters: it stands in a gap of it. Runs on one baseline keep
    their order (a writer that steps back to draw a space is no form filled in)."""
    for before, run in zip(group, group[1:]):
        if abs(run[0].base - before[0].base) > OVERLAY_SHIFT * max(run[0].size, 1.0) \
                and min(c.x0 for c in run) < max(c.x1 for c in before) and not _overlap(run, before):
            return True
    return False


# Text typed over a form stands off the form's baseline by more than this share of its size.
OVERLAY_SHIFT = 0.1


def _overlap(run: list[_Char], other: list[_Char]) -> bool:
    """Whether a letter of one run stands over a letter of the other."""
    spans = sorted((c.x0, c.x1) for c in other if not c.ch.isspace() and not _is_mark(c.ch))
    for c in run:
        if c.ch.isspace() or _is_mark(c.ch):
            continue
        k = bisect_left(spans, (c.x1,))
        if any(x1 > c.x0 for _, x1 in spans[max(0, k - 8):k]):
            return True
    return False


def _run_x(run: list[_Char]) -> float:
    for c in run:
        if not _is_mark(c.ch) and not c.ch.isspace():
            return c.x0
    return run[0].x0


def _compose(line: _Line, space_gap: float = TEXT_SPACE_GAP) -> None:
    """The line's text, with spaces where the gap between letters is wider than
    `space_gap` of the font size (a text layer's letters sit 0.1 em apart, its
    spaces 0.3 em; OCR boxes are looser)."""
    out: list[str] = []
    prev: Optional[_Char] = None  # last base character (not a mark, not a space)
    pending_space = False
    sizes = []
    x0, x1 = math.inf, -math.inf
    for c in line.chars:
        if c.ch.isspace():
            pending_space = True
            continue
        if _is_mark(c.ch):
            out.append(c.ch)
            continue
        sizes.append(c.size)
        if prev is not None:
            gap = c.x0 - prev.x1
            if pending_space or gap > space_gap * max(c.size, prev.size):
                if out and out[-1] != " ":
                    out.append(" ")
        pending_space = False
        out.append(c.ch)
        prev = c
        x0 = min(x0, c.x0)
        x1 = max(x1, c.x1)
    line.text = "".join(out).strip()
    line.ends_with_space = pending_space
    if sizes:
        sizes.sort()
        line.size = sizes[len(sizes) // 2]
    else:
        line.size = line.chars[0].size
    line.x0, line.x1 = (x0, x1) if x0 != math.inf else (line.chars[0].x0, line.chars[0].x1)
    line.base = line.chars[0].base


_LIST_START = re.compile(r"^(?:[-–•▪●○◦*]|[0-9๐-๙]{1,3}[.)](?![0-9๐-๙])|[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})+\.?\s"
                         r"|\(?[0-9๐-๙]{1,3}\)|[ก-ฮ][.)]\s|[☑☐☒])")


def _advance(line: _Line) -> float:
    """Mean advance of a base character on the line."""
    n = sum(1 for c in line.chars if not _is_mark(c.ch) and not c.ch.isspace())
    return (line.x1 - line.x0) / max(n, 1)


def _first_word_width(line: _Line) -> float:
    """How wide the line's first word is drawn."""
    from ita_lint import thai_dict

    word = thai_dict.first_word(line.text)
    n = sum(1 for ch in word if not _is_mark(ch) and not ch.isspace())
    if n <= 0:
        return 0.0
    first = None
    k = 0
    for c in line.chars:
        if _is_mark(c.ch) or c.ch.isspace():
            continue
        if first is None:
            first = c
        k += 1
        if k == n:
            return max(c.x1 - first.x0, 0.0)
    return n * _advance(line)


# Thai abbreviations (พ.ศ., ต.ค.) stand after a space even where Thai has none.
_ABBREVIATION = re.compile(r"^[ก-ฮ]{1,3}\.")


def _needs_space(prev_text: str, prev_line: _Line, nxt: str) -> bool:
    a, b = prev_text[-1:], nxt[:1]
    if prev_line.ends_with_space or not (_is_thai(a) and _is_thai(b)):
        return True
    return bool(_ABBREVIATION.match(nxt))


# "ผู้รับผิดชอบ: …" at the start of a line: a label the author began on its own line
_LABEL_START = re.compile(r"^[^:：\s]{1,30}(?:\s[^:：\s]{1,30}){0,3}\s?[:：]")


# a table of contents' line: leader dots, then a page number (digits or Thai letters);
# or a form's field, filled to the end of the line with leader dots
_LEADER_END = re.compile(r"[.…]{3,}\s*[0-9๐-๙ก-ฮ]{1,3}$|\.{4,}\s*$")


# A line set in from the line above by this share of the font size or more starts anew.
INDENT_SHARE = 0.8
# A paragraph's first line starts no further in than this share of its column's width.
RIGHT_SET_SHARE = 0.5
# …and a list item's wrapped line starts no further out than this share of the font size
# left of the item's text
HANG_SHARE = 0.5


def _wrapped(prev: _Line, nxt: _Line, right: float, left: Optional[float] = None,
             opener: Optional[_Line] = None) -> bool:
    """Did `prev` end because the next word did not fit (so `nxt` continues it)? `opener`:
    the paragraph's first line; `left`: the column's left edge."""
    if _LIST_START.match(nxt.text) or _LABEL_START.match(nxt.text) or _LEADER_END.search(prev.text):
        return False
    if left is not None and opener is prev and prev.x0 - left > RIGHT_SET_SHARE * (right - left):
        return False  # a line set to the right (a running header, a date, a signature) wraps into none
    if opener is not None and left is not None and _LIST_START.match(opener.text) \
            and left + INDENT_SHARE * prev.size < nxt.x0 < opener.x0 - INDENT_SHARE * prev.size:
        # an item of a list wraps under its own text or to the margin; a line set out from
        # the item but in from the margin is the next part ("ผู้รับผิดชอบ  …" under the steps)
        return False
    if abs(prev.size - nxt.size) > 1.0:
        return False
    marker = _LIST_START.match(prev.text)
    if marker and nxt.x0 > prev.x0 + INDENT_SHARE * prev.size:
        # an item wraps under its own text (a hanging indent): a line set in from the item's
        # number but out from its text is a line of its own ("๔.๒ มาตรการ…" / "  วิธีการ…")
        ink = [c for c in prev.chars if not c.ch.isspace()]
        skip = len(re.sub(r"\s", "", marker.group(0)))
        if len(ink) > skip and nxt.x0 < ink[skip].x0 - HANG_SHARE * prev.size:
            return False
    centred = abs((prev.x0 + prev.x1) - (nxt.x0 + nxt.x1)) / 2 < prev.size  # a centred title's lines
    if nxt.x0 > prev.x0 + INDENT_SHARE * prev.size and not centred and not _LIST_START.match(prev.text):
        return False  # set in from the line above: a paragraph of its own (a label under a title)
    if nxt.x0 < prev.x0 - INDENT_SHARE * prev.size and _LABEL_START.match(prev.text):
        return False  # a label's line set in, then a line further out: the next part (a title)
    gap = right - prev.x1
    # ink extents: the layout engine also counted the side bearings
    need = _first_word_width(nxt) + 0.15 * prev.size
    if _needs_space(prev.text, prev, nxt.text):
        need += 0.25 * prev.size
    return gap < need


def _join(prev_text: str, prev_line: _Line, nxt: str) -> str:
    if not prev_text:
        return nxt
    if _needs_space(prev_text, prev_line, nxt):
        return prev_text + " " + nxt
    return prev_text + nxt


# --- text clean-up --------------------------------------------------------------------


_MARK_AFTER_BREAK = re.compile("\n(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")


def _marks_joined(lines: list[str]) -> list[str]:
    """A line that opens with a Thai mark ends the line above ("- ปรับปรุงหน้าเว็บไซต" /
    "์“ITA/MOIT” ของโรงพยาบาล"): the mark was pushed onto a line of its own."""
    out: list[str] = []
    for line in lines:
        if out and _MARK_AFTER_BREAK.match("\n" + line):
            out[-1] += line
        else:
            out.append(line)
    return out


def _clean(text: str) -> str:
    from ita_lint import thai_dict

    text = normalize(text)
    text = thai_dict.repair(text)
    text = _MARK_AFTER_BREAK.sub("", text)  # "เว็บไซต\n์" : a mark is never a line's first letter
    text = "\n".join(typed_boxes(line) for line in text.split("\n"))
    return _BOX_FIX.sub(_box_fix, text)


# ☐ overdrawn with a tick, or a box glued to its label
_BOX_FIX = re.compile(r"([☐☑☒□▢◻❏❑✅])[ \t]*([✓✔]?)[ \t]*")


def _box_fix(m: re.Match) -> str:
    box = m.group(1)
    ticked = box in "☑☒✅" or bool(m.group(2))
    return ("☑" if ticked else "☐") + " "


def _checkboxes(lines: list[str]) -> list[Checkbox]:
    boxes = []
    for line in lines:
        parts = re.split(r"([☑☐])", line)
        # parts: [before, box, label, box, label, ...]
        for k in range(1, len(parts) - 1, 2):
            label = parts[k + 1].strip()
            boxes.append(Checkbox(label=label, checked=parts[k] == "☑"))
    return boxes


def _logical_lines(lines: list[_Line], right: float) -> list[tuple[str, _Line]]:
    """Wrapped lines joined: (text, first visual line) for each logical line."""
    out: list[tuple[str, _Line]] = []
    prev: Optional[_Line] = None
    for line in lines:
        if prev is not None and out and _wrapped(prev, line, right) and prev.base - line.base < 2.6 * prev.size:
            text, first = out[-1]
            out[-1] = (_join(text, prev, line.text), first)
        else:
            out.append((line.text, line))
        prev = line
    return out


# --- pages ------------------------------------------------------------------------------


@dataclass
class _Page:
    number: int
    width: float
    height: float
    flow: list[_Line] = field(default_factory=list)
    tables: list[tuple[_Grid, dict[int, list[_Line]]]] = field(default_factory=list)
    text_chars: int = 0
    images: int = 0
    drawn: bool = False  # any path or image: something to OCR
    fonts_bold: dict[int, bool] = field(default_factory=dict)
    from_ocr: bool = False
    fills: list = field(default_factory=list)  # filled areas (x0, y0, x1, y1) in display space
    line_numbered: bool = False  # Word's line numbers were taken out of its margin
    half_numbers: tuple = ()  # a sheet of two pages: the page numbers printed under its halves
    watermark: str = ""  # large slanted text drawn across the page, left out of its lines


_PAGE_NUMBER = re.compile(r"^[-–—(\s]*(?:หน้า|page|Page)?\s*[0-9๐-๙]{1,4}(?:\s*(?:/|จาก|of)\s*[0-9๐-๙]{1,4})?[-–—)\s]*$")


def _text_turn(raw, textpage, sample: int = 400) -> Optional[int]:
    """How far to turn the page clockwise for its text to read across, when most of its
    letters run up the page (90) or down it (270); None when they read across already.
    A landscape page printed onto portrait paper is turned so with no /Rotate to say it;
    a page whose /Rotate turns it upright gives the same answer (its /Rotate)."""
    get_angle = getattr(raw, "FPDFText_GetCharAngle", None)
    n = min(raw.FPDFText_CountChars(textpage), sample)
    if get_angle is None or n <= 0:
        return None
    angles = [get_angle(textpage, i) for i in range(n) if raw.FPDFText_GetUnicode(textpage, i) > 32]
    up = sum(1 for a in angles if math.sin(a) < -VERTICAL_SIN)  # pdfium's angles turn clockwise
    down = sum(1 for a in angles if math.sin(a) > VERTICAL_SIN)
    if up > TURNED_SHARE * len(angles):
        return 90
    if down > TURNED_SHARE * len(angles):
        return 270
    return None


# A page whose letters run up or down the page in this share is turned as a whole.
TURNED_SHARE = 0.8


def _read_page(raw, page, number: int, max_pixels: int = 40_000_000) -> _Page:
    crop = page.get_cropbox()
    textpage = page.get_textpage()
    turn = _text_turn(raw, textpage.raw)
    space = _Space(crop, page.get_rotation() if turn is None else turn)
    try:
        fonts = _Fonts(raw, textpage.raw)
        chars, watermark = _without_watermark(_page_chars(raw, textpage.raw, space, fonts))
        fills: list = []
        rules, images = _page_rules(raw, page.raw, space, fills)
        out = _Page(number, space.width, space.height, images=images, drawn=bool(rules) or images > 0, fills=fills,
                    watermark=watermark)
        out.text_chars = sum(1 for c in chars if not c.ch.isspace())
        if not out.text_chars:
            out.drawn = out.drawn or raw.FPDFPage_CountObjects(page.raw) > 0
            return out
        if images and space.rot == 0 and _invisible(raw, textpage.raw, chars):
            # a scan with the text of its OCR laid invisibly under the picture (ocrmypdf,
            # a scanner's software): read as OCR. Its rules are in the picture, and
            # tesseract writes Thai as single letters each followed by a space
            from ita_lint.readers import ocr

            dpi = ocr.page_dpi(space.width, space.height, ocr.DPI, max_pixels)
            rules = rules + ocr.picture_rules(page, dpi).rules
            out.from_ocr = True
            layout(out, _without_letter_spaces(chars), rules, space_gap=OCR_SPACE_GAP)
            return out
        layout(out, chars, rules)
        # a line is bold when it starts and ends bold: "ผู้รับผิดชอบ:" in bold before
        # plain text is a label, not a heading
        cell_lines = [ln for _, cells in out.tables for lines in cells.values() for ln in lines]
        out.fonts_bold = {ln.first_index: fonts.bold(ln.first_index) and fonts.bold(_last_index(ln))
                          for ln in out.flow + cell_lines}
        if out.half_numbers:  # its lines may be parted into its two pages' (_unfolded)
            out.fonts_bold.update({c.index: fonts.bold(c.index) for ln in out.flow for c in ln.chars})
        return out
    finally:
        textpage.close()


# a share of the page's letters this large drawn invisibly (text render mode 3) is an OCR layer
INVISIBLE_SHARE = 0.8
# OCR's word boxes stand looser than a text layer's letters: a space is a wider gap (ocr.py)
OCR_SPACE_GAP = 0.45
_INVISIBLE = 3  # FPDF_TEXTRENDERMODE_INVISIBLE


def _invisible(raw, textpage, chars: list[_Char], sample: int = 400) -> bool:
    """Most of the page's letters are drawn invisibly: a text layer under a picture."""
    letters = [c for c in chars if not c.ch.isspace()][:sample]
    hidden = 0
    for c in letters:
        obj = raw.FPDFText_GetTextObject(textpage, c.index)
        hidden += bool(obj) and raw.FPDFTextObj_GetTextRenderMode(obj) == _INVISIBLE
    return bool(letters) and hidden >= INVISIBLE_SHARE * len(letters)


def _without_letter_spaces(chars: list[_Char]) -> list[_Char]:
    """The spaces between two Thai letters taken out ("แน ว ท า ง" is แนวทาง): Thai puts
    none between words, and an OCR layer has one after each of its letters. Where words
    really stand apart, their gap still says so."""
    out: list[_Char] = []
    for k, c in enumerate(chars):
        if c.ch.isspace() and out and _is_thai(out[-1].ch):
            nxt = next((d for d in chars[k + 1:] if not d.ch.isspace()), None)
            if nxt is not None and _is_thai(nxt.ch):
                continue
        out.append(c)
    return out


def _last_index(line: _Line) -> int:
    return next((c.index for c in reversed(line.chars) if not c.ch.isspace()), line.first_index)


_NO_CHAR_YET = object()


def layout(out: _Page, chars: list[_Char], rules: list[_Rule], space_gap: float = TEXT_SPACE_GAP) -> None:
    """Fill a page's tables, lines outside tables and line numbers from its
    characters (stream order) and ruling lines, all in display space."""
    chars = _unstruck(chars, rules)
    grids = _grids(rules, chars)
    flow_chars: list[_Char] = []
    per_cell: list[dict[int, list[_Char]]] = [dict() for _ in grids]
    last_dest: object = _NO_CHAR_YET
    last: Optional[_Char] = None
    for c in chars:
        if _is_mark(c.ch) and last_dest is not _NO_CHAR_YET:
            # a mark goes with the letter it sits on, in a cell or outside every table: its
            # own box, above or below the letter, may cross a cell's rule
            dest = last_dest
        else:
            cx, cy = (c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2
            if c.ch.isspace():
                cx, cy = c.x0, c.base + 0.3 * c.size
            dest = None
            area = None
            for k, g in enumerate(grids):
                rid = g.cell_at(cx, cy)
                if rid is not None:
                    # a grid drawn inside another's cell (cards on a page framed as one
                    # box) holds its own letters: the smallest cell around the letter wins
                    x0, y0, x1, y1 = g.rect(rid)
                    if area is None or abs((x1 - x0) * (y1 - y0)) < area:
                        dest, area = (k, rid), abs((x1 - x0) * (y1 - y0))
            if dest is None and last_dest not in (None, _NO_CHAR_YET) and last is not None \
                    and not c.ch.isspace() and abs(c.base - last.base) < 0.2 * c.size \
                    and -0.2 * c.size < c.x0 - last.x1 < 0.3 * c.size:
                # the end of a word that runs past its cell's right rule (a header cell too
                # narrow for "ผลที่คาดว่าจะได้รับ") is still that cell's
                dest = last_dest
            elif dest is not None and not out.from_ocr and _overflows(grids, last_dest, dest, last, c):
                # text run on over the gridlines into the empty cells to its right (a
                # spreadsheet's title in A1, printed with its gridlines) is its first cell's
                dest = last_dest
        if dest is None:
            flow_chars.append(c)
        else:
            per_cell[dest[0]].setdefault(dest[1], []).append(c)  # type: ignore[index]
        last_dest, last = dest, c
    for g, cells in zip(grids, per_cell):
        out.tables.append((g, {rid: _lines(cs, space_gap) for rid, cs in cells.items()}))
    out.flow, out.line_numbered = _without_line_numbers(_lines(flow_chars, space_gap), space_gap)
    middle = out.width / 2
    sheet = out.width > out.height and not any(g.xs[0] < middle < g.xs[-1] for g in grids)
    # drop page numbers in the top and bottom margins (on a sheet of two pages, each half's)
    margin = MARGIN_SHARE * out.height
    kept = []
    for ln in out.flow:
        if not (ln.base < margin or ln.base > out.height - margin):
            kept.append(ln)
            continue
        if _PAGE_NUMBER.match(ln.text):
            continue
        halves = [" ".join(t for x0, _, t in _words(ln) if (x0 < middle) == left) for left in (True, False)]
        if sheet and all(_PAGE_NUMBER.match(h) for h in halves):
            out.half_numbers = tuple(int(to_arabic_digits(_DIGITS.search(h).group(0))) for h in halves)  # type: ignore
            continue
        kept.append(ln)
    out.flow = kept
    out.flow = cards(out.flow, out.fills, out.width, out.height, lambda cs: _lines(cs, space_gap))
    out.flow = columns(out.flow, out.width, lambda cs: _lines(cs, space_gap), sheet)
    _number_lines(out)


_DIGITS = re.compile("[0-9๐-๙]+")


def _overflows(grids: list[_Grid], was, now, last: Optional[_Char], c: _Char) -> bool:
    """Whether letter `c`, in cell `now`, goes on the text of `last`, given to the cell
    `was` to its left in the same row of the same grid: a letter or a space after it, with
    a rule between them that one of the two touches or crosses. A drawn cell's text keeps
    its padding from the rules on both sides; text run on over the rules does not."""
    if was in (None, _NO_CHAR_YET) or last is None or was == now or was[0] != now[0]:
        return False
    if abs(c.base - last.base) > 0.2 * c.size or not -0.2 * c.size < c.x0 - last.x1 < OVERFLOW_GAP * c.size:
        return False
    grid = grids[now[0]]
    r0, c0, r1, _ = grid.spans[now[1]]
    w0, _, w1, wc1 = grid.spans[was[1]]
    if (r0, r1) != (w0, w1) or c0 <= wc1:
        return False
    between = [x for x in grid.xs if last.x0 < x < c.x1]
    # no rule between: both letters stand in the cell the run has already crossed into
    return not between or any(min(x - last.x1, c.x0 - x) < RULE_TOUCH * c.size for x in between)


# A letter or a space this many font sizes or less after the one before goes on its text.
OVERFLOW_GAP = 0.6
# A letter this close to a rule, or over it, touches it: no cell padding stands between.
RULE_TOUCH = 0.1


def _unfolded(pages: list[_Page]) -> list[_Page]:
    """A booklet printed for folding (A5 pages two to a sheet in imposition order: sheet 1
    holds pages 4 | 1, sheet 2 pages 2 | 3) read in the order of the numbers printed
    under its pages: each sheet parted into its two pages, put in that order. Sheets whose
    halves' numbers already run in order, or that carry none, stay as they are."""
    if len(pages) < 2 or not all(p.half_numbers for p in pages if p.text_chars):
        return pages
    order = [n for p in pages for n in p.half_numbers]
    if order == sorted(order) or sorted(order) != list(range(min(order), min(order) + len(order))):
        return pages
    halves: list[tuple[int, _Page]] = []
    for p in pages:
        middle = p.width / 2
        for number, left in zip(p.half_numbers, (True, False)):
            chars = [c for ln in p.flow for c in ln.chars if ((c.x0 + c.x1) / 2 < middle) == left]
            half = replace(p, flow=columns(_lines(sorted(chars, key=lambda c: c.index)), middle, _lines),
                           tables=[(g, cells) for g, cells in p.tables if (g.xs[0] < middle) == left])
            _number_lines(half)
            half.fonts_bold = {**p.fonts_bold, **{ln.first_index: p.fonts_bold.get(ln.first_index, False)
                                                  and p.fonts_bold.get(_last_index(ln), False) for ln in half.flow}}
            halves.append((number, half))
    return [half for _, half in sorted(halves, key=lambda t: t[0])]


# Word's line numbering: at least this many lines of a page, and this share of them, carry
# a number in the margin, one more than the line above's.
LINE_NUMBERS_MIN = 8
LINE_NUMBERS_SHARE = 0.7


def _without_line_numbers(lines: list[_Line], space_gap: float, least: int = LINE_NUMBERS_MIN
                          ) -> tuple[list[_Line], bool]:
    """Lines without the numbers Word's line numbering prints in the left margin (a page's
    lines 1, 2, 3 …, right-aligned left of all its text), and whether there were any: no
    part of the text, and no measure's number. A numbered list differs: its numbers skip
    the lines an item wraps onto, and text further left (a heading) stands beside them.
    `least`: how many numbered lines make a page's numbering (fewer on a short page, once
    the document's other pages showed it: its last, or one a table fills)."""
    numbered: dict[int, int] = {}  # line -> how many leading characters are its number
    values: list[int] = []
    for k, line in enumerate(lines):
        chars = line.chars
        n = 0
        while n < len(chars) and _DIGITS.fullmatch(chars[n].ch) and (
                not n or chars[n].x0 - chars[n - 1].x1 < 0.3 * chars[n].size):
            n += 1
        rest = next((c for c in chars[n:] if not c.ch.isspace()), None)
        if n and n <= 4 and (rest is None or rest.x0 - chars[n - 1].x1 > chars[0].size):
            numbered[k] = n
            values.append(int(to_arabic_digits("".join(c.ch for c in chars[:n]))))
    if not numbered or len(numbered) < max(least, LINE_NUMBERS_SHARE * len(lines)):
        return lines, False
    steps = sum(1 for a, b in zip(values, values[1:]) if b == a + 1)
    rights = [lines[k].chars[n - 1].x1 for k, n in numbered.items()]
    text_left = min((c.x0 for k, line in enumerate(lines) for c in line.chars[numbered.get(k, 0):]
                     if not c.ch.isspace()), default=math.inf)
    if steps < LINE_NUMBERS_SHARE * (len(values) - 1) or max(rights) - min(rights) > 2.0 or max(rights) >= text_left:
        return lines, False
    kept = []
    for k, line in enumerate(lines):
        if k in numbered:
            if all(c.ch.isspace() for c in line.chars[numbered[k]:]):
                continue
            line = replace(line, chars=line.chars[numbered[k]:])
            _compose(line, space_gap)
        kept.append(line)
    return kept, True


# A line through a letter between these shares of its size above the baseline strikes it
# out (a deletion shown with Word's tracked changes); an underline runs below the baseline.
STRIKE_BAND = (0.15, 0.55)


def _unstruck(chars: list[_Char], rules: list[_Rule]) -> list[_Char]:
    """The characters without those struck out: deleted text is no text of the document.
    A mark goes with its letter."""
    lines = sorted((r.pos, r.a, r.b) for r in rules if r.horizontal)
    if not lines:
        return chars
    positions = [pos for pos, _, _ in lines]
    out: list[_Char] = []
    struck = False
    for c in chars:
        if _is_mark(c.ch):
            if not struck:
                out.append(c)
            continue
        lo, hi = c.base + STRIKE_BAND[0] * c.size, c.base + STRIKE_BAND[1] * c.size
        middle = (c.x0 + c.x1) / 2
        struck = not c.ch.isspace() and any(
            a <= middle <= b for _, a, b in lines[bisect_left(positions, lo):bisect_left(positions, hi)])
        if not struck:
            out.append(c)
    return out


def _number_lines(page: _Page) -> None:
    every = list(page.flow)
    for _, cells in page.tables:
        for lines in cells.values():
            every.extend(lines)
    bases = sorted({round(ln.base, 1) for ln in every}, reverse=True)
    # baselines within a few points are one visual line
    numbers: dict[float, int] = {}
    n = 0
    prev = None
    for b in bases:
        if prev is None or prev - b > 3.0:
            n += 1
        numbers[b] = n
        prev = b
    for ln in every:
        ln.number = numbers[round(ln.base, 1)]


def _table_block(page: _Page, grid: _Grid, cells: dict[int, list[_Line]]) -> Optional[Block]:
    nrows, ncols = len(grid.ys) - 1, len(grid.xs) - 1
    texts: dict[int, tuple[list[str], int]] = {}
    for rid, lines in cells.items():
        x0, _, x1, _ = grid.rect(rid)
        # the cell's inner right edge: its border less the padding seen on the left
        pad = min(max(min((ln.x0 for ln in lines), default=x0) - x0, 1.0), 8.0)
        cleaned = _marks_joined([t for t in (_clean(t) for t in _cell_lines(lines, x1 - pad, page.from_ocr)) if t])
        first = min((ln.number for ln in lines), default=0)
        texts[rid] = (cleaned, first)
    rows: list[Row] = []
    for i in range(nrows):
        row_cells: list[Cell] = []
        line_no = None
        own_blank = True  # the cells that start in this row
        anything = False
        for j in range(ncols):
            rid = grid.region[i][j]
            r0, c0, _, _ = grid.spans[rid]
            if c0 != j:
                # a horizontal merge: its text is in its first column
                row_cells.append(Cell("", span="left"))
                continue
            lines, first = texts.get(rid, ([], 0))
            if not lines and _shaded(page, grid, rid):
                lines = [SHADED]
            cell = Cell("\n".join(lines), _checkboxes(lines))
            if r0 != i:
                # a vertical merge: its text in every row it spans (as the DOCX
                # reader gives it); the row's line is that of its own text
                cell.span = "up"
                row_cells.append(cell)
                continue
            anything = True
            own_blank = own_blank and cell.is_blank
            if first and (line_no is None or first < line_no):
                line_no = first
            row_cells.append(cell)
        if not anything:
            # every cell continues one from the row above (a rule stub made a
            # grid row inside a tall cell): that row was already given
            continue
        if own_blank:
            # an empty row still exists (a blank line of a form); keep it only
            # if it is not a sliver between double rules
            if grid.ys[i] - grid.ys[i + 1] < 6.0:
                continue
        if line_no is None:
            line_no = _line_below(page, grid.ys[i])
        own = [cells.get(grid.region[i][j], []) for j in range(ncols) if grid.spans[grid.region[i][j]][:2] == (i, j)]
        bold = [page.fonts_bold.get(ln.first_index, False) for lines in own for ln in lines]
        # a row drawn all in bold is a header row, as Word and LibreOffice draw them
        rows.append(Row(row_cells, Location(page=page.number, line=line_no or None), header=bool(bold) and all(bold)))
    if not rows:
        return None
    return Block(type="table", rows=rows, location=rows[0].location)


def _cell_lines(lines: list[_Line], right: float, from_ocr: bool = False) -> list[str]:
    """A cell's text lines: wrapped lines joined, and a strip of columns set side by side
    in it (a card's "ผู้รับผิดชอบ  ระยะเวลา  ติดตามผล" over what each holds) one nested row
    a line, its columns apart (readers.pdf_strips). OCR's word boxes are too loose to
    line up."""
    out: list[str] = []
    at = 0
    found = [] if from_ocr else strips(lines, _words, _letters_text)
    for start, end, rows in found + [(len(lines), len(lines), [])]:
        out += [t for t, _ in _logical_lines(lines[at:start], right)] + rows
        at = end
    return out


def _letters_text(chars: list[_Char]) -> str:
    """Some letters of one line as text, spaced as a line of them alone would be."""
    return " ".join(ln.text for ln in _lines(chars))


# A fill this much of a cell's area, no wider than this share of its table (a
# row's zebra stripe is no mark), shades it.
SHADE_COVER = 0.6
SHADE_MAX_WIDTH = 0.8


def _shaded(page: _Page, grid: _Grid, rid: int) -> bool:
    x0, y0, x1, y1 = grid.rect(rid)
    area = max((x1 - x0) * (y1 - y0), 1e-6)
    table_width = max(grid.xs) - min(grid.xs)
    for fx0, fy0, fx1, fy1 in page.fills:
        if fx1 - fx0 > SHADE_MAX_WIDTH * table_width:
            continue
        w, h = min(x1, fx1) - max(x0, fx0), min(y1, fy1) - max(y0, fy0)
        if w > 0 and h > 0 and w * h >= SHADE_COVER * area:
            return True
    return False


def _line_below(page: _Page, y: float) -> Optional[int]:
    best = None
    for ln in page.flow + [ln for _, cells in page.tables for lines in cells.values() for ln in lines]:
        if ln.base <= y and (best is None or ln.base > best.base):
            best = ln
    return best.number if best else None


def _flow_blocks(page: _Page, body_size: float, heading_sizes: list[float],
                 line_pitch: Optional[dict[int, float]] = None) -> list[tuple[tuple, Block]]:
    """Paragraphs and headings outside tables: (place, block), a place being the top y or,
    in text set in two columns, the columns' top, the column and the top y."""
    lines = page.flow
    if not lines:
        return []
    rights: dict[tuple, float] = {}
    lefts: dict[tuple, float] = {}
    body = [ln for ln in lines if not _in_margin(page, ln)] or lines
    for ln in body:  # a line is wrapped at the right edge of its column, or of the page's text
        key = (ln.region, ln.column)
        rights[key] = max(rights.get(key, 0.0), ln.x1)
        lefts[key] = min(lefts.get(key, ln.x0), ln.x0)
    for ln in lines:  # (a running header set wider than the text wraps into nothing)
        key = (ln.region, ln.column)
        rights.setdefault(key, ln.x1)
        lefts.setdefault(key, ln.x0)
    table_spans = [(g.top, g.bottom) for g, _ in page.tables]
    pitch = _pitches(lines)
    for key in _one_spacing(lines):
        # every line of the page set as far apart as the next (paragraphs of one line each):
        # that is the paragraphs' spacing; a wrapped line keeps the document's closer one
        pitch[key] = min(pitch[key], (line_pitch or {}).get(key, pitch[key]))
    out: list[tuple[tuple, Block]] = []
    para: list[_Line] = []
    text = ""

    def flush():
        nonlocal para, text
        if para:
            block = _paragraph_block(page, para, text, body_size, heading_sizes)
            if block is not None:
                first = para[0]
                top = first.base + first.size
                out.append(((-first.region, first.column, -top) if first.column else _place(top), block))
        para, text = [], ""

    for ln in lines:
        if para and (para[-1].region, para[-1].column) != (ln.region, ln.column):
            flush()  # the other column
        if para:
            prev = para[-1]
            right = rights[(prev.region, prev.column)]
            between_table = any(prev.base > bot and ln.base < top for top, bot in table_spans)
            gap = prev.base - ln.base
            normal = pitch.get(round(prev.size), 1.9 * prev.size)
            # a wrapped line keeps its font: a smaller heading under a larger one is no wrap
            same_style = page.fonts_bold.get(prev.first_index) == page.fonts_bold.get(ln.first_index) \
                and abs(prev.size - ln.size) <= 0.5
            if (
                not between_table
                and gap <= normal * 1.15 + 0.5
                and same_style
                and _in_margin(page, prev) == _in_margin(page, ln)  # a running header wraps into no text
                and _wrapped(prev, ln, right, lefts[(prev.region, prev.column)], para[0])
            ):
                text = _join(text, prev, ln.text)
                para.append(ln)
                continue
            flush()
        para = [ln]
        text = ln.text
    flush()
    return out


def _place(top: float) -> tuple:
    """Where a block goes in reading order: by its top, as are columns by theirs."""
    return (-top, 0, 0.0)


def _one_spacing(lines: list[_Line]) -> list[int]:
    """The font sizes whose consecutive lines on this page are all set the same distance
    apart (within ONE_SPACING), two gaps or more."""
    return [key for key, found in _line_gaps(lines).items() if len(found) >= 2 and max(found) <= ONE_SPACING * min(found)]


# Lines this close in spacing (as a ratio) are set the same distance apart.
ONE_SPACING = 1.08


def _pitches(lines: list[_Line]) -> dict[int, float]:
    """The usual distance between consecutive lines of each font size."""
    return {key: min(found) for key, found in _line_gaps(lines).items()}


def _line_gaps(lines: list[_Line]) -> dict[int, list[float]]:
    """The distances between consecutive lines of one font size, by that size."""
    gaps: dict[int, list[float]] = {}
    for a, b in zip(lines, lines[1:]):
        if abs(a.size - b.size) > 0.5:
            continue
        gap = a.base - b.base
        if gap < 0.8 * a.size or gap > 3 * a.size:  # no line spacing: a table or a page's middle lies between
            continue
        gaps.setdefault(round(a.size), []).append(gap)
    return gaps


def _paragraph_block(page, para: list[_Line], text: str, body: float, heading_sizes: list[float]) -> Optional[Block]:
    text = _clean(text)
    if not text:
        return None
    loc = Location(page=page.number, line=para[0].number)
    size = para[0].size
    bold = page.fonts_bold.get(para[0].first_index, False)
    kind = "paragraph"
    level = 0
    short = len(para) <= 3 and len(text) <= 250
    if page.from_ocr:
        # OCR gives no fonts and only rough sizes: a heading must stand out
        if short and size >= body * 1.25:
            kind, level = "heading", 1
        boxes = _checkboxes([text]) if kind == "paragraph" else []
        return Block(type=kind, text=text, location=loc, level=level, checkboxes=boxes)
    if short and size >= body + 1.5:
        kind = "heading"
        level = 1 + sum(1 for s in heading_sizes if s > size + 0.5)
    elif short and bold and size >= body - 0.5 and not _LIST_START.match(text):
        kind = "heading"
        level = 1 + len(heading_sizes)
    boxes = _checkboxes([text]) if kind == "paragraph" else []
    if kind == "paragraph" and _LIST_START.match(text) and not boxes:
        kind = "list_item"
    return Block(type=kind, text=text, location=loc, level=min(level, 6), checkboxes=boxes)


def _body_size(pages: list[_Page]) -> float:
    counts: dict[float, int] = {}
    for p in pages:
        for ln in p.flow:
            counts[round(ln.size)] = counts.get(round(ln.size), 0) + len(ln.text)
    if not counts:
        for p in pages:
            for _, cells in p.tables:
                for lines in cells.values():
                    for ln in lines:
                        counts[round(ln.size)] = counts.get(round(ln.size), 0) + len(ln.text)
    return float(max(counts, key=counts.get)) if counts else 12.0


# Flow lines further apart than this many line heights never share an unruled table.
FAR_APART = 6.0


def _aligned_blocks(page: _Page, carry: dict) -> list[tuple[float, Block]]:
    """Tables drawn without rules: flow lines whose words line up in columns
    (readers.aligned). Their lines leave the page's flow. `carry` keeps the columns of
    the last table with a header, for its body going on at the top of the next page."""
    from ita_lint.readers.aligned import PLine, Segment, find_regions, header_of, is_spaced, regrid, under_header

    if not page.flow or page.from_ocr:  # OCR's word boxes are too loose to line up
        return []
    plines: list[PLine] = []
    owners: list[Optional[_Line]] = []
    prev: Optional[_Line] = None
    pitch = _column_pitch(page.flow)
    body = [ln for ln in page.flow if not _in_margin(page, ln)] or page.flow
    left, right = min(ln.x0 for ln in body), max(ln.x1 for ln in body)
    for ln in page.flow:
        if _in_margin(page, ln) or ln.column:
            # running headers and footers are no rows, whatever they line up with; nor
            # is text set in columns
            plines.append(PLine([], unit=0.5 * ln.size))
            plines.append(PLine([], unit=0.5 * ln.size))
            owners += [None, None]
            prev = None
            continue
        gap = prev.base - ln.base if prev is not None else 0.0
        if prev is not None and gap > 2.2 * max(prev.size, ln.size):
            plines.append(PLine([], unit=0.5 * ln.size))  # a gap as tall as a blank line
            owners.append(None)
            if gap > FAR_APART * max(prev.size, ln.size):
                # far apart (a drawn table stands between): lines that line up across it are no table
                plines.append(PLine([], unit=0.5 * ln.size))
                owners.append(None)
        words = [Segment(x0, x1, text) for x0, x1, text in _words(ln)]
        # cells stand at least about half a letter's height apart; Thai words, a quarter;
        # a justified line of prose has its words spread evenly across the page: one run
        cell_gap = 0.6 * ln.size if not _justified(words, left, right, ln.size) else page.width
        plines.append(PLine(words, Location(page=page.number, line=ln.number), unit=0.5 * ln.size, gap=cell_gap,
                            bold=page.fonts_bold.get(ln.first_index, False),
                            gap_before=bool(pitch) and gap > 1.2 * pitch))
        owners.append(ln)
        prev = ln
    unit = 0.5 * (sorted(ln.size for ln in page.flow)[len(page.flow) // 2])
    out: list[tuple[float, Block]] = []
    taken: set[int] = set()

    def take(start: int, end: int, found: list) -> None:
        lines = [owners[k] for k in range(start, end) if owners[k] is not None]
        taken.update(id(ln) for ln in lines)
        rows = [Row([Cell(_clean(c.text), _checkboxes(c.text.split("\n"))) for c in r.cells], r.location, r.header)
                for r in found]
        if rows:
            out.append((lines[0].base + lines[0].size, Block("table", location=rows[0].location, rows=rows)))

    for grid, start, end in _bodies_under_headers(page, plines, owners):
        carry.clear()  # a ruled header is drawn again on every page it heads
        take(start, end, regrid(plines[start:end], list(zip(grid.xs, grid.xs[1:]))))
        plines[start:end] = [PLine([], unit=p.unit) for p in plines[start:end]]  # not found again below
    for k, region in enumerate(find_regions(plines, unit)):
        lines = plines[region.start:region.end]
        if lines[0].bold:  # a header of its own
            carry["heads"], carry["spaced"] = header_of(lines), is_spaced(lines)
        elif k == 0 and carry.get("heads"):
            # the table goes on from the page before: from the top of the page, the lines
            # of one cell above the first full row included (the rest of a cut row)
            start = region.start
            while start > 0 and owners[start - 1] is not None or (
                    start > 1 and plines[start - 1].blank and owners[start - 2] is not None):
                start -= 1  # over one blank line (a row's gap), not two (the page's margin)
            lines = plines[start:region.end]
            columns = under_header(lines, carry["heads"], unit, tolerance=unit)
            if columns:
                take(start, region.end, regrid(lines, columns, carry["spaced"] or None))
                continue
        take(region.start, region.end, region.rows)
    page.flow = [ln for ln in page.flow if id(ln) not in taken]
    return out


def _bodies_under_headers(page: _Page, plines: list, owners: list[Optional[_Line]]) -> list[tuple[_Grid, int, int]]:
    """(header grid, start, end) of each unruled table body under a ruled header: the lines
    from just under the header down to where the columns stop holding them. A cell's words
    stay inside its column, so a line with a word across a column boundary ends the body,
    unless it stands apart on its own with the table going on under it: a row of one cell
    across the table ("มาตรการที่ 1 …"). Rows may be spaced apart with their cells centred,
    so the lines of a row need not line up; the header's columns place them."""
    found: list[tuple[_Grid, int, int]] = []
    for grid, _ in page.tables:
        if len(grid.xs) < 4 or len(grid.ys) > 4:
            continue
        first = next((k for k, ln in enumerate(owners) if ln is not None
                      and 0 <= grid.bottom - (ln.base + ln.size) <= 3 * ln.size
                      and grid.xs[0] - ln.size <= ln.x0 and ln.x1 <= grid.xs[-1] + ln.size), None)
        if first is None or any(first < e and s <= first for _, s, e in found):
            continue
        end = _body_end(page, grid, plines, owners, first)
        body = [plines[k] for k in range(first, end) if not plines[k].blank]
        if any(len({_column_at(grid, w) for w in line.words}) >= 2 for line in body):
            found.append((grid, first, end))
    return found


def _column_at(grid: _Grid, word) -> int:
    return max(0, min(bisect_left(grid.xs, (word.x0 + word.x1) / 2) - 1, len(grid.xs) - 2))


def _crosses(grid: _Grid, line, tolerance: float) -> bool:
    """A word of the line runs across one of the grid's column boundaries, or out of it."""
    inner = grid.xs[1:-1]
    return any(w.x0 < grid.xs[0] - tolerance or w.x1 > grid.xs[-1] + tolerance
               or any(w.x0 < x - tolerance and w.x1 > x + tolerance for x in inner) for w in line.words)


def _body_end(page: _Page, grid: _Grid, plines: list, owners: list[Optional[_Line]], first: int) -> int:
    size = owners[first].size  # type: ignore[union-attr]
    end = first
    k = first
    blanks = 0
    prev: Optional[_Line] = None
    while k < len(plines):
        line, owner = plines[k], owners[k]
        if line.blank:
            blanks += 1
            if blanks >= 2:  # a page margin, or a gap of two blank lines
                break
            k += 1
            continue
        blanks = 0
        if owner is None or abs(owner.size - size) > 0.2 * size:
            break
        if prev is not None and any(prev.base > g.top > owner.base for g, _ in page.tables if g is not grid):
            break  # another ruled table stands between
        if _crosses(grid, line, 0.2 * size):
            apart = line.gap_before or (k and plines[k - 1].blank)
            nxt = next((j for j in range(k + 1, len(plines)) if not plines[j].blank), None)
            goes_on = (nxt is not None and owners[nxt] is not None and (plines[nxt].gap_before or plines[nxt - 1].blank)
                       and not _crosses(grid, plines[nxt], 0.2 * size))
            if not (apart and goes_on):
                break
        prev = owner
        k += 1
        end = k
    return end


def _justified(words: list, left: float, right: float, size: float) -> bool:
    """A line of justified prose: from margin to margin, its spaces stretched alike. A
    table's row has gutters much wider than the spaces between the words of a cell."""
    if len(words) < 4 or words[0].x0 > left + 2 * size or words[-1].x1 < right - 2 * size:
        return False
    gaps = sorted(b.x0 - a.x1 for a, b in zip(words, words[1:]))
    usual = gaps[len(gaps) // 2]
    # a header row of one word per column is spread evenly too, but a column apart
    return usual <= size and gaps[-1] <= 2.5 * max(usual, 0.25 * size)


def _column_pitch(lines: list[_Line]) -> float:
    """The usual distance from a line of text to the next line of the same paragraph or
    cell: from each word down to the next line with a word under it. Not the distance
    between consecutive lines: cells centred at different heights interleave their lines
    at fractions of it, and a row then starts wherever the gap exceeds it."""
    words = [_words(ln) for ln in lines]
    steps: list[float] = []
    for i, line in enumerate(lines):
        for x0, x1, _ in words[i]:
            for j in range(i + 1, min(i + 8, len(lines))):
                step = line.base - lines[j].base
                if step > 3 * line.size:
                    break
                if step > 0.5 * line.size and any(a < x1 and b > x0 for a, b, _ in words[j]):
                    steps.append(step)
                    break
    steps.sort()
    return steps[len(steps) // 2] if steps else 0.0


# The top and bottom of a page where running headers, footers and page numbers stand.
MARGIN_SHARE = 0.08


def _in_margin(page: _Page, line: _Line) -> bool:
    return line.base > (1 - MARGIN_SHARE) * page.height or line.base < MARGIN_SHARE * page.height


def _words(line: _Line) -> list[tuple[float, float, str]]:
    """(x0, x1, text) of each word of a line: its letters with no wide gap between them."""
    words: list[tuple[float, float, str]] = []
    start: Optional[_Char] = None
    last: Optional[_Char] = None
    text: list[str] = []
    for c in line.chars:
        if c.ch.isspace():
            if start is not None:
                words.append((start.x0, last.x1, "".join(text)))  # type: ignore[union-attr]
                start, text = None, []
            continue
        if _is_mark(c.ch):
            text.append(c.ch)
            continue
        if start is not None and c.x0 - last.x1 > 0.22 * max(c.size, last.size):  # type: ignore[union-attr]
            words.append((start.x0, last.x1, "".join(text)))  # type: ignore[union-attr]
            start, text = None, []
        if start is None:
            start = c
        text.append(c.ch)
        last = c
    if start is not None:
        words.append((start.x0, last.x1, "".join(text)))  # type: ignore[union-attr]
    return words


def _page_blocks(page: _Page, body: float, heading_sizes: list[float], carry: Optional[dict] = None,
                 line_pitch: Optional[dict[int, float]] = None) -> list[Block]:
    items = [(_place(y), b) for y, b in _aligned_blocks(page, {} if carry is None else carry)]
    items += _flow_blocks(page, body, heading_sizes, line_pitch)
    for grid, cells in page.tables:
        block = _table_block(page, grid, cells)
        if block is not None:
            titles, block.rows = title_rows(block.rows)
            # a title typed in the sheet above the table's header (a spreadsheet's print)
            items += [(_place(grid.top + 1 - k * 0.01), b) for k, b in enumerate(title_blocks(titles))]
            if block.rows:
                block.location = block.rows[0].location
                items.append((_place(grid.top), block))
    items.sort(key=lambda it: it[0])
    return [b for _, b in items]


# --- the document -------------------------------------------------------------------------


def _flattened(raw, page) -> bool:
    """Whether the page carries text typed over it as annotations (Acrobat's typewriter
    tool, a filled-in form field), now drawn into its content as a viewer shows it, so that
    its text is read where it stands. Other annotations (links, highlights, notes) are
    left as they are."""
    kinds = []
    for k in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, k)
        if annot:
            kinds.append(raw.FPDFAnnot_GetSubtype(annot))
            raw.FPDFPage_CloseAnnot(annot)
    if not any(kind in (raw.FPDF_ANNOT_FREETEXT, raw.FPDF_ANNOT_WIDGET) for kind in kinds):
        return False
    return raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY) == raw.FLATTEN_SUCCESS


def _pdfium():
    try:
        import pypdfium2
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover - a dependency
        raise ReadError("reading PDF needs pypdfium2: pip install pypdfium2") from None
    return pypdfium2, raw


def _open(pdfium, data: bytes):
    head = data[:1024]
    if b"%PDF" not in head:
        raise ReadError("not a PDF file (no %PDF header)")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == 4:  # FPDF_ERR_PASSWORD
            raise ReadError("encrypted PDF: it needs a password to open; publish it without one") from None
        if code == 6:  # FPDF_ERR_SECURITY
            raise ReadError("encrypted PDF with an unsupported security handler") from None
        if b"%%EOF" not in data[-4096:]:
            raise ReadError("damaged PDF: the file is truncated (no end-of-file marker); download or export it again") from None
        raise ReadError("damaged PDF: PDFium cannot parse it; export it again") from None


def read(path: str, data: bytes, fmt: str, options: ReadOptions) -> Document:
    """The PDF as a Document, or ReadError with a one-line message."""
    try:
        return _read(path, data, options)
    except ReadError:
        raise
    except Exception as exc:  # a damaged file must not end in a traceback
        raise ReadError(f"cannot read this PDF ({type(exc).__name__}: {exc}); please report it") from None


def _read(path: str, data: bytes, options: ReadOptions) -> Document:
    pdfium, raw = _pdfium()
    pdf = _open(pdfium, data)
    try:
        n = len(pdf)
        if n > options.max_pages:
            raise ReadError(f"{n} pages, over the limit of {options.max_pages} (--max-pages)")
        if n == 0:
            raise ReadError("the PDF has no pages")
        pages: list[_Page] = []
        for i in range(n):
            page = pdf[i]
            try:
                if _flattened(raw, page):
                    page.close()
                    page = pdf[i]  # a page loaded before flattening keeps its old content
                pages.append(_read_page(raw, page, i + 1, options.limits.ocr_page_pixels))
            except pdfium.PdfiumError:
                raise ReadError(f"damaged PDF: page {i + 1} cannot be read") from None
            finally:
                page.close()
        # a scan may carry a few characters stamped on by a PDF tool (a page
        # number): a page of pictures with under 20 characters is a scan
        textless = [p.number for p in pages if not p.text_chars or (p.images and p.text_chars < _SCAN_TEXT)]
        if len(textless) == n and not any(p.drawn for p in pages):
            raise ReadError(BLANK)
        if len(textless) == n and not options.ocr:
            raise ReadError(SCANNED)
        if options.ocr:
            to_ocr = [k for k in textless if pages[k - 1].drawn]
            if to_ocr:
                from ita_lint.readers import ocr

                for p in ocr.ocr_pages(pdf, to_ocr, max_pixels=options.limits.ocr_page_pixels):
                    pages[p.number - 1] = p
    except (MemoryError, RecursionError):
        raise ReadError("the PDF is too complex to read within the memory and time limits") from None
    finally:
        pdf.close()

    if any(p.line_numbered for p in pages):
        # a short page (the last, or one that holds a table, whose rows Word does not number)
        # has too few numbered lines to show its numbering by itself
        for p in pages:
            if not p.line_numbered:
                p.flow, p.line_numbered = _without_line_numbers(p.flow, TEXT_SPACE_GAP, least=1)
    pages = _unfolded(pages)
    text_pages = [p for p in pages if p.text_chars and not p.from_ocr] or [p for p in pages if p.text_chars]
    body = _body_size(text_pages)
    heading_sizes = sorted(
        {round(ln.size) for p in text_pages for ln in p.flow if ln.size >= body + 1.5}, reverse=True
    )
    blocks: list[Block] = []
    carry: dict = {}  # the columns of the last unruled table with a header
    line_pitch: dict[int, float] = {}  # each font size's closest line spacing in the document
    for p in text_pages:
        for key, gap in _pitches(p.flow).items():
            line_pitch[key] = min(gap, line_pitch.get(key, gap))
    for p in pages:
        page_blocks = _page_blocks(p, body, heading_sizes, carry, line_pitch)
        if p.from_ocr:
            for b in page_blocks:
                b.from_ocr = True
        blocks.extend(page_blocks)
    if not blocks and textless and not options.ocr:
        raise ReadError(SCANNED)
    document = Document(path=path, format="pdf", blocks=blocks)
    # pages that show something but hold no text (a scanned page among typed ones) were
    # not read: said, not skipped in silence
    unread = [p.number for p in pages if p.number in textless and p.drawn and not p.from_ocr]
    if unread:
        document.notes.append(Note("pages-without-text", Location(page=unread[0]),
                                   {"pages": ", ".join(map(str, unread))}))
    marked = [p for p in pages if p.watermark]
    if marked:
        document.notes.append(Note("watermark", Location(page=marked[0].number),
                                   {"pages": ", ".join(str(p.number) for p in marked), "text": marked[0].watermark}))
    return document
