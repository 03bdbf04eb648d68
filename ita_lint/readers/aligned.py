"""Tables drawn without rules: text aligned in columns.

`pdftotext -layout` writes a PDF table as lines of text whose cells line up under
each other, separated by runs of spaces, a cell's words wrapped onto the lines
below; a PDF drawn without borders puts its cells at the same x on every line.
Both come here as lines of positioned segments, and leave as a grid:

1. A region is a run of lines several of which have three segments or more;
   lines that sit inside one column (a wrapped cell) belong to it, a long line
   across the columns or one standing alone between blank lines (a page number,
   a running header) ends it.
2. Columns are the x ranges the region's text occupies, split where a vertical
   gutter of spaces runs down (almost) every line.
3. A row starts on a line whose first column holds text; the lines under it with
   that column empty carry on its cells. A line of one or two characters (a vowel
   that extraction pushed down, "บ" of "ลำดับ") carries on the line above.

The grid goes to extract like any other table: which row is the header, and
which rows are measures, is decided there.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Optional

from ita_lint.model import Cell, Location, Row
from ita_lint.thai import join_wrapped

# A region needs this many lines of at least MIN_SEGMENTS segments, and columns.
MIN_TABULAR_LINES = 3
MIN_SEGMENTS = 3
MIN_COLUMNS = 3
# A position is a gutter when at most this share of the region's lines has text there.
GUTTER_SHARE = 0.12
# A bold header runs over at most this many lines.
MAX_HEADER_LINES = 3
# Text this short (without spaces) on a line of its own continues the line above.
FRAGMENT_CHARS = 2


@dataclass
class Segment:
    x0: float
    x1: float
    text: str


@dataclass
class PLine:
    """A line of positioned words (text between spaces); none for a blank line.
    `unit` is the width of one character: words further apart than a space of it
    belong to different segments (cells)."""

    words: list[Segment]
    location: Location = field(default_factory=Location)
    unit: float = 1.0
    gap: float = 0.0  # words further apart than this are in different cells (0: two `unit`s)
    bold: bool = False  # drawn in bold (PDF): a header line, which a plain line does not continue
    # a wider space than between the lines of one cell stands above it (PDF): where a row
    # starts when rows are spaced apart, their cells' lines centred at different heights
    gap_before: bool = False

    @property
    def blank(self) -> bool:
        return not self.words

    @property
    def segments(self) -> list[Segment]:
        runs: list[tuple[float, list]] = []  # (x0, words): joined once, as adding word by word is quadratic
        gap = self.gap or 2 * self.unit
        for w in self.words:
            if runs and w.x0 - runs[-1][1][-1].x1 < gap:
                runs[-1][1].append(w)
            else:
                runs.append((w.x0, [w]))
        return [Segment(x0, words[-1].x1, " ".join(w.text for w in words)) for x0, words in runs]


@dataclass
class Region:
    start: int  # index of the first line
    end: int  # index after the last line
    rows: list[Row]
    columns: list[tuple[float, float]] = field(default_factory=list)


def find_regions(lines: list[PLine], unit: float = 1.0) -> list[Region]:
    """The aligned tables among the lines, in order. `unit` is the width of a character
    (1 for text, about half the font size for PDF points)."""
    regions: list[Region] = []
    seen: list[str] = []  # the lines of the last multi-line header: its repeat on a later page
    i = 0
    while i < len(lines):
        if len(lines[i].segments) < MIN_SEGMENTS - 1:
            i += 1
            continue
        if _runs_across_next(lines, i) or _text_above(lines, i):
            i += 1
            continue
        start = i
        if i and not lines[i - 1].blank and len(lines[i - 1].segments) == 1 and _wraps_header(lines, i, i - 1) \
                and not (regions and regions[-1].end > i - 1):
            start = i - 1  # a header cell's first line above the header line ("การติดตามและ")
        end = _region_end(lines, start)
        tabular = sum(1 for line in lines[start:end] if len(line.segments) >= MIN_SEGMENTS)
        if tabular >= MIN_TABULAR_LINES:
            part = lines[start:end]
            texts = [line_key(line) for line in part[:len(seen)]]
            header = len(seen) if seen and texts == seen else _header_lines(part)
            columns = _anchored_columns(part, unit, header=header) or _columns(part, unit)
            rows = _grid(part, unit, columns, header=header)
            if header > 1:
                seen = [line_key(line) for line in part[:header]]
            if rows is not None:
                regions.append(Region(start, end, rows, columns))
                i = end
                continue
        i += 1
    return regions


def line_key(line: PLine) -> str:
    """The line's words as one text: how a repeated header line is known again."""
    return " ".join(w.text for w in line.words)


def _runs_across_next(lines: list[PLine], i: int) -> bool:
    """A line of few segments above a row of cells, one segment of which runs over two of
    the row's cells ("2. ผลการดำเนินการ … ณ วันที่ 30 ก.ย." over the header): a heading
    written with a wide space, not the table's first row."""
    segments = lines[i].segments
    if len(segments) >= MIN_SEGMENTS:
        return False
    nxt = next((x for x in lines[i + 1:i + 3] if len(x.segments) >= MIN_SEGMENTS), None)
    if nxt is None:
        return False
    starts = [s.x0 for s in nxt.segments]
    return any(sum(1 for x in starts if s.x0 < x < s.x1) >= 2 for s in segments)


def _text_above(lines: list[PLine], i: int) -> bool:
    """A line of few segments whose next line is no row of cells either: a numbered
    heading ("2.  ผลการดำเนินการ…") or a caption set with wide spaces over the table, not its
    first row. The table starts at the line of cells below."""
    if len(lines[i].segments) >= MIN_SEGMENTS:
        return False
    nxt = next((x for x in lines[i + 1:] if not x.blank), None)
    return nxt is not None and len(nxt.segments) < MIN_SEGMENTS


def _wraps_header(lines: list[PLine], header: int, k: int) -> bool:
    """Line `k`, of one segment next to the header line, holds part of a header cell
    centred over two or three lines: it starts right of the header's first cell, and
    rows of cells follow the header."""
    s = lines[k].segments[0]
    first = lines[header].segments[0]
    after = next((x for x in lines[max(header, k) + 1:] if not x.blank), None)
    return s.x0 > first.x1 and len(s.text.split()) <= 2 and after is not None \
        and len(after.segments) >= MIN_SEGMENTS - 1


def _group_between_blanks(lines: list[PLine], k: int, left: float) -> bool:
    """Line `k`, alone between blank lines, is a group's heading in the table ("ประเด็นที่ 1
    การเปิดเผยข้อมูล…", set at the table's left edge), not a page number or a running header:
    a row of cells opening with a row's number follows it after one blank line."""
    s = lines[k].segments[0]
    nxt = k + 2
    if s.x0 - left > 2 * lines[k].unit or nxt >= len(lines) or lines[nxt].blank:
        return False
    row = lines[nxt]
    return len(row.segments) >= MIN_SEGMENTS - 1 and bool(_ROW_NUMBER.fullmatch(row.segments[0].text.split()[0])) \
        and row.segments[0].x0 - left <= 2 * row.unit


def _region_end(lines: list[PLine], start: int) -> int:
    """Index after the last line of the region starting at `start`."""
    left = min(s.x0 for s in lines[start].segments)
    right = max(s.x1 for s in lines[start].segments)
    end = start + 1
    k = start + 1
    while k < len(lines):
        line = lines[k]
        if line.blank:
            # two blank lines, or a lone line between blanks (a page number, a running
            # header), end the table
            nxt = next((j for j in range(k + 1, len(lines)) if not lines[j].blank), None)
            if nxt is None or nxt - k >= 2:
                break
            if len(lines[nxt].segments) == 1 and (nxt + 1 >= len(lines) or lines[nxt + 1].blank) \
                    and not _group_between_blanks(lines, nxt, left):
                break
            k += 1
            continue
        segs = line.segments
        if len(segs) == 1 and k == start + 1 and _wraps_header(lines, start, k):
            pass  # the rest of a header cell wrapped under the header line ("รายงานผล")
        elif len(segs) == 1:
            s = segs[0]
            # a wrapped cell sits right of the table's left edge, inside its width; a
            # paragraph starts at the margin or runs across, unless the table goes on
            # under it (a row of one cell across the table, "มาตรการที่ ๑ …")
            inside = not (s.x0 <= left or s.x1 > right + 0.15 * (right - left) or s.x1 - s.x0 > 0.5 * (right - left))
            nxt = next((x for x in lines[k + 1:] if not x.blank), None)
            spanning = s.x1 <= right + 0.15 * (right - left) and nxt is not None and len(nxt.segments) >= MIN_SEGMENTS - 1
            if not inside and not spanning:
                break
        left = min(left, min(s.x0 for s in segs))
        right = max(right, max(s.x1 for s in segs))
        k += 1
        end = k
    return end


def _columns(lines: list[PLine], unit: float) -> list[tuple[float, float]]:
    """(x0, x1) of each column: runs of x where text stands, parted by gutters."""
    step = unit
    x_min = min(s.x0 for line in lines for s in line.segments)
    x_max = max(s.x1 for line in lines for s in line.segments)
    n = int((x_max - x_min) / step) + 2
    counts = [0] * n
    filled = [line for line in lines if not line.blank]
    for line in filled:
        # words, not segments: narrow columns stand one space apart
        for s in line.words:
            for k in range(int((s.x0 - x_min) / step), max(int((s.x0 - x_min) / step) + 1,
                                                         int(math.ceil((s.x1 - x_min) / step)))):
                counts[k] += 1
    limit = max(1, GUTTER_SHARE * len(filled))
    columns: list[tuple[float, float]] = []
    start: Optional[int] = None
    for k, c in enumerate(counts + [0]):
        if c > limit and start is None:
            start = k
        elif c <= limit and start is not None:
            columns.append((x_min + start * step, x_min + k * step))
            start = None
    return columns


def _across(s: Segment, columns: list[tuple[float, float]], tolerance: float = 2.0) -> bool:
    """The word runs over a boundary between two columns."""
    return any(s.x0 < x - tolerance < x + tolerance < s.x1 for x, _ in columns[1:])


def _word_columns(words: list[Segment], columns: list[tuple[float, float]], gap: float) -> list[int]:
    """The column of each word. A list mark ("1.", "-", "•") a word space before a word
    of the next column opens that word's text: no cell ends with a mark, though a space
    too narrow for a gutter may part it from the cell before. A mark a gutter apart from
    the next word is a cell of its own (a row's number)."""
    found = [_column_of(w, columns) for w in words]
    for k in range(len(words) - 1):
        if (_MARK_ONLY.fullmatch(words[k].text) and found[k + 1] == found[k] + 1
                and words[k + 1].x0 - words[k].x1 < gap):
            found[k] = found[k + 1]
    for k in range(1, len(words)):
        # a short word a single space after a word that fills its column to the edge
        # ("ชี้แจงเจ้าหน้าที่ 74"): the same cell, pushed over the edge by the Thai marks
        # `pdftotext` counts as characters — not the next cell, which stands a gutter away
        w, before = words[k], words[k - 1]
        if (found[k] == found[k - 1] + 1 and len(w.text) <= SPILL_CHARS and not _MARK_ONLY.fullmatch(w.text)
                and w.x0 - before.x1 <= 1.0 * (gap / 2) and before.x1 >= columns[found[k - 1]][1] - 1):
            found[k] = found[k - 1]
    return found


_MARK_ONLY = re.compile(r"\(?[0-9๐-๙]{1,2}[.)]|[-–•▪●○◦*]")
# A word this short may be the end of the cell before it, pushed over the column's edge.
SPILL_CHARS = 4


def _column_of(s: Segment, columns: list[tuple[float, float]]) -> int:
    """The column a segment starts in (the one after, when it starts in a gutter)."""
    return next((j for j, (_, x1) in enumerate(columns) if s.x0 < x1), len(columns) - 1)


def _occupancy(lines: list[PLine], unit: float) -> tuple[float, list[int]]:
    """(x of the first slot, how many lines have text in each slot of width `unit`)."""
    x_min = min(s.x0 for line in lines for s in line.words)
    x_max = max(s.x1 for line in lines for s in line.words)
    counts = [0] * (int((x_max - x_min) / unit) + 2)
    for line in lines:
        for s in line.words:
            first = int((s.x0 - x_min) / unit)
            for k in range(first, max(first + 1, int(math.ceil((s.x1 - x_min) / unit)))):
                counts[k] += 1
    return x_min, counts


_ROW_NUMBER = re.compile(r"[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*[.)]?")
# A header's cells wrapped over lines above the first row take at most this many lines.
WRAPPED_HEADER_LINES = 6
_RULE_RUN = re.compile(r"[-=_:+|]+")


def _header_lines(lines: list[PLine]) -> int:
    """How many lines the header takes in a numbered table: the lines above the first that
    opens with a row's number at the table's left edge ("ลำดั | มาตรการ | ขั้น" / "ตอนการ…
    ผู้รับผิด … การติดตามและ" / "บ | ชอบ | รายงานผล" over "1  เปิดเผยข้อมูล…"), one if
    no such line follows within a header's reach."""
    reach = WRAPPED_HEADER_LINES + 2  # and a group heading under it
    left = min((s.x0 for line in lines[:reach] for s in line.segments), default=0.0)
    for k, line in enumerate(lines[1:reach], start=1):
        if line.blank:
            # the header's cells wrapped onto short lines ("ลำดั" / "บ", "ประเมิน" / "ผล"), then a
            # blank line and the first numbered row: the header takes those lines
            nxt = next((x for x in lines[k + 1:] if not x.blank), None)
            if k > 1 and nxt is not None and _opens_row(nxt, left) \
                    and all(len(s.text.split()) <= 2 for x in lines[1:k] for s in x.segments):
                return k
            return 1
        if all(_RULE_RUN.fullmatch(w.text) for w in line.words):
            return k  # a rule under the header (pandoc's dashes) ends it
        first = line.segments[0]
        if _ROW_NUMBER.fullmatch(first.text.split()[0]) and first.x0 - left < 2 * line.unit:
            above = lines[k - 1]
            if k > 2 and len(above.segments) == 1 and above.segments[0].x0 - left < 2 * line.unit:
                return k - 1  # a group's heading across the table under the header ("ยุทธศาสตร์ที่ 1 …")
            return k
    return 1


def _opens_row(line: PLine, left: float) -> bool:
    """The line opens with a row's number at the table's left edge."""
    first = line.segments[0]
    return bool(_ROW_NUMBER.fullmatch(first.text.split()[0])) and first.x0 - left < 2 * line.unit


def _header_heads(lines: list[PLine], header: Optional[int] = None) -> list[Segment]:
    """The header's cells: the first line's segments, with those of the bold lines under
    it when the header is bold and runs over several lines ("No." centred between
    "มาตรการ" and "(Measure)"), overlapping segments made one."""
    heads = list(lines[0].segments)
    for line in lines[1:header or _header_lines(lines)]:
        heads += line.segments  # the header's cells wrapped over the lines above the first row
    if len(heads) == 1 and len(lines) > 1 and len(lines[1].segments) >= MIN_SEGMENTS:
        heads += lines[1].segments  # a cell's first line above the header line ("การติดตามและ")
    nxt = lines[len(heads) > len(lines[0].segments):][1:2]
    if nxt and len(nxt[0].segments) == 1 and nxt[0].segments[0].x0 > max(h.x1 for h in heads):
        heads += nxt[0].segments  # and its last line under it ("รายงานผล"), in a column of its own
        for line in lines[1:MAX_HEADER_LINES]:
            if line.blank or not line.bold:
                break
            heads += line.segments
    merged: list[Segment] = []
    for s in sorted(heads, key=lambda s: s.x0):
        if merged and s.x0 < merged[-1].x1:
            merged[-1] = Segment(merged[-1].x0, max(merged[-1].x1, s.x1), merged[-1].text + " " + s.text)
        else:
            merged.append(s)
    return merged


def _anchored_columns(lines: list[PLine], unit: float, heads: Optional[list[Segment]] = None,
                      header: Optional[int] = None) -> Optional[list[tuple[float, float]]]:
    """Columns from a first line that heads them, one segment per column: between two
    header cells the boundary is where the fewest lines have text (a header is often
    centred over a column that starts further left). `heads` from elsewhere: the header
    on the page before, over a body that goes on without it."""
    heads = heads or _header_heads(lines, header)
    if len(heads) < MIN_COLUMNS:
        return None
    step = unit / 4  # a gutter may be narrower than a letter
    x_min, counts = _occupancy([line for line in lines if not line.blank] + [PLine(heads)], step)
    cuts = []
    for left, right in zip(heads, heads[1:]):
        lo, hi = int((left.x1 - x_min) / step), int((right.x0 - x_min) / step)
        span = range(max(lo, 0), max(hi, lo + 1))
        best = min(span, key=lambda k: (counts[k] if k < len(counts) else 0, k))
        cuts.append(x_min + best * step)
    edges = [x_min] + cuts + [x_min + len(counts) * step]
    return list(zip(edges, edges[1:]))


def regrid(lines: list[PLine], columns: list[tuple[float, float]], spaced: Optional[bool] = None,
           header: Optional[int] = None) -> list[Row]:
    """The region's lines on columns known from elsewhere (the ruled header drawn above
    a table whose body has no rules, or shown on the page before); `spaced` as the rows
    were there, when this part is too short to tell; `header`: the lines the header takes."""
    return _grid(lines, 1.0, columns, known=True, spaced=spaced, header=header) or []


def columns_of(lines: list[PLine], unit: float) -> list[tuple[float, float]]:
    """The region's columns: anchored on its header line when it starts with one, else
    where the gutters run."""
    return _anchored_columns(lines, unit) or _columns(lines, unit)


def header_of(lines: list[PLine]) -> list[Segment]:
    """The header cells a region starts with (see `_header_heads`)."""
    return _header_heads(lines)


def under_header(lines: list[PLine], heads: list[Segment], unit: float,
                 tolerance: float) -> Optional[list[tuple[float, float]]]:
    """Columns for lines that go on under a header shown earlier (the page before), when
    their words stand within them, no more than a few across a boundary; else None."""
    columns = _anchored_columns(lines, unit, heads)
    return columns if columns and _fits(lines, columns, tolerance) else None


def _fits(lines: list[PLine], columns: list[tuple[float, float]], tolerance: float) -> bool:
    words = [w for line in lines for w in line.words]
    if not words or len(columns) < MIN_COLUMNS:
        return False
    left, right = columns[0][0] - tolerance, columns[-1][1] + tolerance
    crossing = sum(1 for w in words if w.x0 < left or w.x1 > right or _across(w, columns, tolerance))
    return crossing <= 0.05 * len(words)


def is_spaced(lines: list[PLine]) -> bool:
    """Rows stand apart: a gap starts each (two gaps at least, or the table is one row)."""
    return sum(1 for line in lines if line.gap_before) >= 2


def _grid(lines: list[PLine], unit: float, columns: Optional[list[tuple[float, float]]] = None,
          known: bool = False, spaced: Optional[bool] = None, header: Optional[int] = None) -> Optional[list[Row]]:
    columns = columns or columns_of(lines, unit)
    if len(columns) < MIN_COLUMNS:
        return None
    rows: list[list[list[str]]] = []
    locations: list[Location] = []
    bold: list[bool] = []
    if spaced is None:
        spaced = is_spaced(lines)
    if header is None:
        header = _header_lines(lines) if not known else 1
    for k, line in enumerate(lines):
        if line.blank:
            continue
        cells: list[list[str]] = [[] for _ in columns]
        segments = line.segments
        if (known and not any(_across(w, columns) for w in line.words)) or len(segments) > 1:
            # by word: words a space apart may still be in two cells
            for w, j in zip(line.words, _word_columns(line.words, columns, line.gap or 2 * line.unit)):
                cells[j].append(w.text)
        else:
            # one run of words: a cell, or a row of one cell across the table
            cells[_column_of(segments[0], columns)].append(segments[0].text)
        texts = [" ".join(c) for c in cells]
        fragment = sum(len(t.replace(" ", "")) for t in texts) <= FRAGMENT_CHARS
        # under a header of several lines the next line starts a row (the rest of one cut by the page)
        carries_on = k < header or (not (k == header > 1)
                                    and (not line.gap_before if spaced else (not texts[0] or fragment)))
        if rows and carries_on and bold[-1] == line.bold:
            for j, t in enumerate(texts):
                if t:
                    rows[-1][j].append(t)
            continue
        rows.append([[t] if t else [] for t in texts])
        locations.append(line.location)
        bold.append(line.bold)
    return [Row([Cell(join_cell_lines(parts)) for parts in row], loc, header=b)
            for row, loc, b in zip(rows, locations, bold)]


# "วิธีการ: …" at the start of a line: a label the author began on its own line
_LABEL_START = re.compile(r"^[^:：\s]{1,30}(?:\s[^:：\s]{1,30}){0,3}\s?[:：]")
_LIST_START = re.compile(r"^(?:[-–•▪●○◦*]\s|\(?[0-9๐-๙]{1,2}[.)]\s?|[☐☑])")


def join_cell_lines(parts: list[str]) -> str:
    """A cell's visual lines as its text: wrapped lines join back (readers draw no line
    breaks Thai did not have); a list item, a box or a label starts a line of its own."""
    lines: list[list[str]] = []
    for part in parts:
        if not lines or _LIST_START.match(part.strip()) or _LABEL_START.match(part.strip()):
            lines.append([part])
        else:
            lines[-1].append(part)
    return "\n".join(join_wrapped(line) for line in lines)
