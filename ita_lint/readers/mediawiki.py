"""MediaWiki source (a wiki page's text, saved as .txt): its tables and headings.

A table runs from "{|" to "|}": "|+" its caption, "|-" between rows, "!" header cells and
"|" data cells, several to a line apart by "!!" or "||", or one to a line with the cell's
text running on over the lines below it (a "# item" list). A cell may open with its
attributes ('colspan="7" style="…" | text'). "== Heading ==" is a heading, '''bold''' is
text, a template ("{{…}}") and a footnote ("<ref>…</ref>") show nothing in the page's body.
"""

from __future__ import annotations

import re
from typing import Optional

from ita_lint.model import Cell, Location, Row

_START = re.compile(r"^\s*\{\|")
_END = re.compile(r"^\s*\|\}")
_ATTRIBUTES = re.compile(r"""^\s*((?:[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s|]+)\s*)+)\|(?!\|)""")
_SPAN = re.compile(r"""(col|row)span\s*=\s*["']?(\d+)""")
_HEADING = re.compile(r"^(={1,6})\s*([^=\s].*?)\s*\1\s*$")
_BOLD = re.compile(r"'{2,3}")
_REF = re.compile(r"<ref[^>/]*>.*?</ref>|<ref[^>]*/>", re.S)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_LINK = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]")
_MAGIC = re.compile(r"^__[A-Z]+__$")


def is_mediawiki(lines: list[str]) -> bool:
    return any(_START.match(line) for line in lines) and any(_END.match(line) for line in lines) \
        or sum(1 for line in lines if _HEADING.match(line) and line.startswith("==")) >= 2


def as_markdown(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """Headings as Markdown's, templates, footnotes and bold marks away; tables left as
    they are, for `rows` to read."""
    if not is_mediawiki(lines):
        return lines, numbers
    out: list[str] = []
    depth = 0  # inside a template "{{ … }}" over several lines
    for line in lines:
        opened, closed = line.count("{{"), line.count("}}")
        if depth or (opened > closed and line.lstrip().startswith("{{")):
            depth += opened - closed
            out.append("")
            continue
        shown = re.sub(r"\{\{[^{}]*\}\}", "", _REF.sub("", line))
        heading = _HEADING.match(shown)
        if heading:
            shown = "#" * len(heading.group(1)) + " " + heading.group(2)
        elif _MAGIC.match(shown.strip()):
            shown = ""
        out.append(_inline(shown) if not _START.match(shown) and not _table_line(shown) else shown)
    return out, numbers


def _table_line(line: str) -> bool:
    return line.lstrip().startswith(("|", "!"))


def _inline(text: str) -> str:
    return _LINK.sub(r"\1", _BOLD.sub("", text))


def table_end(lines: list[str], i: int) -> Optional[int]:
    depth = 0
    for k in range(i, len(lines)):
        if _START.match(lines[k]):
            depth += 1
        elif _END.match(lines[k]):
            depth -= 1
            if depth == 0:
                return k
    return None


def rows(lines: list[str], i: int, end: int) -> list[Row]:
    """The table's rows, spans laid out on the grid."""
    parsed: list[tuple[int, list[tuple[str, int, int, bool]]]] = []  # (line, [(text, colspan, rowspan, header)])
    current: Optional[list[tuple[str, int, int, bool]]] = None
    row_line = i + 1
    for k in range(i + 1, end):
        line = lines[k]
        stripped = line.strip()
        if stripped.startswith("|+"):
            continue  # the caption
        if stripped.startswith("|-"):
            if current:
                parsed.append((row_line, current))
            current, row_line = None, k + 2
            continue
        if stripped.startswith(("|", "!")):
            header = stripped.startswith("!")
            body = stripped[1:]
            parts = re.split(r"!!|\|\|", body) if header else body.split("||")
            if current is None:
                current, row_line = [], k + 1
            for part in parts:
                current.append(_cell(part, header))
            continue
        if current:
            text, colspan, rowspan, header = current[-1]
            current[-1] = ((text + "\n" + stripped).strip(), colspan, rowspan, header)
    if current:
        parsed.append((row_line, current))
    return _laid_out(parsed)


def _cell(part: str, header: bool) -> tuple[str, int, int, bool]:
    colspan = rowspan = 1
    m = _ATTRIBUTES.match(part)
    if m:
        for kind, n in _SPAN.findall(m.group(1)):
            if kind == "col":
                colspan = int(n)
            else:
                rowspan = int(n)
        part = part[m.end():]
    return part.strip(), colspan, rowspan, header


def _laid_out(parsed: list[tuple[int, list[tuple[str, int, int, bool]]]]) -> list[Row]:
    grid: list[dict[int, Cell]] = []
    carried: dict[int, tuple[int, Cell]] = {}
    headers: list[bool] = []
    for _, cells in parsed:
        row: dict[int, Cell] = {c: Cell(v.text, span="left" if v.span == "left" else "up") for c, (_, v) in carried.items()}
        carried = {c: (left - 1, v) for c, (left, v) in carried.items() if left - 1 > 0}
        col = 0
        for text, colspan, rowspan, _ in cells:
            while col in row:
                col += 1
            value = Cell(_text(text))
            for k in range(colspan):
                here = value if k == 0 else Cell("", span="left")
                row[col + k] = here
                if rowspan > 1:
                    carried[col + k] = (rowspan - 1, here)
            col += colspan
        grid.append(row)
        headers.append(bool(cells) and all(h for *_, h in cells))
    width = max((max(r) + 1 for r in grid if r), default=0)
    return [Row([r.get(c) or Cell("") for c in range(width)], Location(line=line), header=header)
            for r, (line, _), header in zip(grid, parsed, headers)]


def _text(text: str) -> str:
    # "1) …<br />2) …" and "# item" lines: a line each; '''bold''' marks are no text
    lines = _BREAK.sub("\n", _inline(text)).split("\n")
    return "\n".join(line.strip() for line in lines if line.strip())
