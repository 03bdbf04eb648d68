"""A PDF turned into HTML or Word with every piece of text placed by position
(poppler's `pdftohtml` and many online "PDF to HTML" converters: `<p style="position:
absolute;top:187px;left:64px">`; "PDF to Word" converters: each line a paragraph in a
frame placed on its page, `w:framePr`), no table at all. Read as the PDF reader reads a
page's lines: pieces on one baseline make a line, lines whose pieces line up make a
table (readers.aligned), the rest are paragraphs, page by page from the top.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from ita_lint.model import Block, Location, Row
from ita_lint.readers.aligned import PLine, Segment, find_regions, line_key, regrid
from ita_lint.readers.fragments import make_cell
from ita_lint.thai import normalize

_TOP = re.compile(r"\btop\s*:\s*(-?[\d.]+)px", re.I)
_LEFT = re.compile(r"\bleft\s*:\s*(-?[\d.]+)px", re.I)
_ABSOLUTE = re.compile(r"position\s*:\s*absolute", re.I)
_FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)px", re.I)
_LINE_HEIGHT = re.compile(r"line-height\s*:\s*([\d.]+)px", re.I)
_CLASS_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")

# A page of placed text: most of its text stands in absolutely placed pieces, and many of them.
MIN_PLACED_SHARE = 0.8
MIN_PLACED = 20
# Pieces whose tops differ by less than this share of the font size share a line.
SAME_LINE = 0.4
# A letter is about this share of the font size wide (Thai marks above and below take none).
LETTER_WIDTH = 0.45
DEFAULT_SIZE = 16.0


@dataclass
class Piece:
    page: int
    top: float
    left: float
    size: float
    text: str
    bold: bool


def placed_text(root) -> Optional[list[Block]]:
    """The page's blocks when its text is placed by position, else None."""
    # the style sheet's rules by class name: pdftohtml puts the font size in a class
    classes = {m.group(1): m.group(2) for style in root.iter("style") for m in _CLASS_RULE.finditer(style.text or "")}
    pieces: list[Piece] = []
    placed = 0
    page = 0
    for el in root.iter():
        tag = str(el.tag).lower()
        style = el.get("style") or ""
        if tag == "div" and "page" in (el.get("id") or "").lower():
            page += 1
        if tag not in ("p", "div", "span"):
            continue
        own = _own_text(el)
        if not own.strip() or not _ABSOLUTE.search(style) or not _TOP.search(style) or not _LEFT.search(style):
            continue
        placed += len(own.strip())
        css = style + ";" + " ".join(classes.get(c, "") for c in (el.get("class") or "").split())
        size = float(m.group(1)) if (m := _FONT_SIZE.search(css)) else DEFAULT_SIZE
        height = float(m.group(1)) if (m := _LINE_HEIGHT.search(css)) else size * 1.6
        top, left = float(_TOP.search(style).group(1)), float(_LEFT.search(style).group(1))  # type: ignore[union-attr]
        bold = "".join(t for b in el.iter("b", "strong") for t in b.itertext()).strip() == own.strip()
        for k, line in enumerate(_lines_of(el)):
            if line.strip():
                pieces.append(Piece(max(page, 1), top + k * height, left, size, normalize(line.replace("\xa0", " ").strip()), bold))
    # all the page's text, wherever it stands (table cells, headings), scripts and styles aside
    total = sum(len(t.strip()) for el in root.iter() if str(el.tag).lower() not in ("script", "style", "title")
                for t in (el.text, el.tail) if t)
    if len(pieces) < MIN_PLACED or placed < MIN_PLACED_SHARE * max(total, 1):
        return None
    return placed_blocks(pieces)


def placed_blocks(pieces: list[Piece]) -> list[Block]:
    """The blocks of text placed by position (in any unit, the font size in the same)."""
    blocks: list[Block] = []
    carry: dict = {}  # the last table's header line and columns, for its repeat on the next page
    for number in sorted({p.page for p in pieces}):
        blocks += _page_blocks([p for p in pieces if p.page == number], number, carry)
    return blocks


def _own_text(el) -> str:
    """The element's text, not counting placed elements inside it."""
    return "".join(el.itertext()) if not any(_ABSOLUTE.search(c.get("style") or "") for c in el.iter() if c is not el) \
        else (el.text or "")


def _lines_of(el) -> list[str]:
    """The element's text, a line for each <br>."""
    lines = [""]

    def walk(node) -> None:
        lines[-1] += node.text or ""
        for child in node:
            if str(child.tag).lower() == "br":
                lines.append("")
            else:
                walk(child)
            lines[-1] += child.tail or ""

    walk(el)
    return lines


def _width(text: str, size: float) -> float:
    letters = sum(1 for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Mn")
    return letters * LETTER_WIDTH * size


def _page_blocks(pieces: list[Piece], page: int, carry: dict) -> list[Block]:
    pieces.sort(key=lambda p: (p.top, p.left))
    rows: list[list[Piece]] = []
    for p in pieces:
        if rows and abs(p.top - rows[-1][0].top) < SAME_LINE * p.size:
            rows[-1].append(p)
        else:
            rows.append([p])
    size = sorted(p.size for p in pieces)[len(pieces) // 2]
    plines: list[PLine] = []
    owners: list[Optional[list[Piece]]] = []
    for k, row in enumerate(rows):
        row.sort(key=lambda p: p.left)
        if k and row[0].top - rows[k - 1][0].top > 2.2 * size:
            plines.append(PLine([], unit=0.5 * size))  # a gap as tall as a blank line
            owners.append(None)
        words = [Segment(p.left, p.left + _width(p.text, p.size), p.text) for p in row]
        plines.append(PLine(words, Location(page=page, line=k + 1), unit=0.5 * size, gap=0.6 * size,
                            bold=all(p.bold for p in row)))
        owners.append(row)
    out: list[tuple[int, Block]] = []
    taken: set[int] = set()
    for region in find_regions(plines, 0.5 * size):
        found = region.rows
        key = line_key(plines[region.start])
        if key == carry.get("key"):
            # the header again on the next page: its columns as they were found over the
            # longer part before (a short part's few rows cannot tell a centred header's columns)
            header = next((k for k, line in enumerate(plines[region.start:region.end]) if not line.bold), 0)
            found = regrid(plines[region.start:region.end], carry["columns"], header=header or None) or found
        elif region.columns:
            carry.update(key=key, columns=region.columns)
        if found:
            out.append((region.start, _table(found)))
            taken.update(range(region.start, region.end))
    if carry.get("key"):
        # the header repeated over a row or two (too few lines for a region of their own):
        # the table's next part, on the columns it had
        for start, line in enumerate(plines):
            if start in taken or line_key(line) != carry["key"]:
                continue
            end = next((k for k in range(start + 1, len(plines)) if plines[k].blank or k in taken), len(plines))
            found = regrid(plines[start:end], carry["columns"], header=1)
            if len(found) > 1:
                out.append((start, _table(found)))
                taken.update(range(start, end))
    para: list[int] = []

    def flush() -> None:
        if para:
            lines = [" ".join(p.text for p in owners[i]) for i in para]  # type: ignore[union-attr]
            heading = all(plines[i].bold for i in para)
            out.append((para[0], Block("heading" if heading else "paragraph", "\n".join(lines),
                                       plines[para[0]].location)))
            para.clear()

    for i, owner in enumerate(owners):
        if i in taken or owner is None:
            flush()
            continue
        if para and plines[i].bold != plines[para[-1]].bold:
            flush()
        para.append(i)
    flush()
    out.sort(key=lambda t: t[0])
    return [b for _, b in out]


def _table(rows: list[Row]) -> Block:
    """A table block of the grid's rows, each cell's text read for boxes and marks."""
    cells = [Row([make_cell(c.text) for c in r.cells], r.location, r.header) for r in rows]
    return Block("table", location=cells[0].location, rows=cells)


# --- SVG -------------------------------------------------------------------------------------

_NUMBER = re.compile(r"-?[\d.]+")
_TRANSLATE = re.compile(r"translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)")


def svg_pieces(svg) -> list[Piece]:
    """The text of an inline SVG drawing (a diagram exported from diagrams.net, a chart):
    each `<text>` and its `<tspan>` lines placed where they are drawn (x, y, dy; centred
    or right-aligned by `text-anchor`; moved by the groups' `translate`)."""
    pieces: list[Piece] = []
    for text in svg.iter("{*}text", "text"):
        dx, dy = 0.0, 0.0
        for g in text.iterancestors():
            m = _TRANSLATE.search(g.get("transform") or "")
            if m:
                dx, dy = dx + float(m.group(1)), dy + float(m.group(2) or 0)
            if g is svg:
                break
        size = _float(text.get("font-size"), DEFAULT_SIZE)
        anchor = (text.get("text-anchor") or "start").strip().lower()
        bold = (text.get("font-weight") or "").strip().lower() in ("bold", "700", "800", "900")
        x, y = _float(text.get("x"), 0.0), _float(text.get("y"), 0.0)
        spans = [t for t in text if isinstance(t.tag, str) and t.tag.split("}")[-1] == "tspan"]
        parts = [(x, y, text.text or "")] if (text.text or "").strip() or not spans else []
        for span in spans:
            x = _float(span.get("x"), x)
            shift = span.get("dy") or "0"
            y = _float(span.get("y"), y + _float(shift, 0.0) * (size if shift.strip().endswith("em") else 1))
            parts.append((x, y, "".join(span.itertext())))
        for px, py, line in parts:
            line = normalize(" ".join(line.split()))
            if line:
                width = _width(line, size)
                left = px - width / 2 if anchor == "middle" else px - width if anchor == "end" else px
                pieces.append(Piece(1, py + dy - size, left + dx, size, line, bold))
    return pieces


def _float(value, default: float) -> float:
    m = _NUMBER.match((value or "").strip())
    return float(m.group(0)) if m else default
