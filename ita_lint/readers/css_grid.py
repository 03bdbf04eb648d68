"""Tables drawn with CSS grid: a `<div>` whose style says `display: grid` with N column
tracks (`grid-template-columns`), its child `<div>`s the cells, N to a row, with no row
element and no `<table>` at all, as page builders and hand-made sites draw them.

Only the page's own style sheets and inline styles count, top-level rules only: a
narrow screen's `@media` rule that stacks the cells in one column is not the page an
assessor reads on a desktop. A grid is a table when its first N children read as column
names (short text, no block of their own); a grid of cards (a heading and paragraphs in
each) is the page's layout, read as text.
"""

from __future__ import annotations

import re
from typing import Optional

# A column name is at most this long.
MAX_HEAD_CHARS = 60
# A grid of fewer columns than this is a page's layout (a menu beside the content).
MIN_COLUMNS = 3

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"[\w-]*\.([\w-]+)")
_DISPLAY = re.compile(r"(?:^|;)\s*display\s*:\s*(?:inline-)?grid\b", re.I)
_COLUMNS = re.compile(r"(?:^|;)\s*grid-template-columns\s*:\s*([^;]+)", re.I)
_COLUMN = re.compile(r"(?:^|;)\s*grid-column\s*:\s*([^;]+)", re.I)
_REPEAT = re.compile(r"repeat\(\s*(\d+)\s*,(.*)\)$", re.I)
_BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "table", "ul", "ol", "section", "article"})


def class_rules(root) -> dict[str, str]:
    """Class name -> its declarations, from the page's top-level style rules."""
    text = " ".join(style.text or "" for style in root.iter("style"))
    rules: dict[str, str] = {}
    for m in _RULE.finditer(_without_at_rules(text)):
        for selector in m.group(1).split(","):
            found = _CLASS_SELECTOR.fullmatch(selector.strip())
            if found:
                rules[found.group(1)] = rules.get(found.group(1), "") + ";" + m.group(2)
    return rules


def _without_at_rules(css: str) -> str:
    """The style sheet without its @media, @supports … blocks (braces nested in them)."""
    out, i = [], 0
    while i < len(css):
        at = css.find("@", i)
        if at < 0:
            out.append(css[i:])
            break
        out.append(css[i:at])
        brace, semi = css.find("{", at), css.find(";", at)
        if brace < 0 or 0 <= semi < brace:  # "@import …;", "@charset …;"
            i = semi + 1 if semi >= 0 else len(css)
            continue
        depth, k = 0, brace
        while k < len(css):
            depth += {"{": 1, "}": -1}.get(css[k], 0)
            k += 1
            if depth == 0:
                break
        i = k
    return "".join(out)


def _style(el, rules: dict[str, str]) -> str:
    """The element's declarations: its classes' rules, then its own style (which wins)."""
    return ";".join(rules.get(c, "") for c in (el.get("class") or "").split()) + ";" + (el.get("style") or "")


def grid_columns(el, rules: dict[str, str]) -> Optional[int]:
    """How many column tracks the element's grid has (None: no grid, or a count the
    style does not fix, such as repeat(auto-fill, …))."""
    style = _style(el, rules)
    if not _DISPLAY.search(style):
        return None
    tracks = _COLUMNS.findall(style)
    return _count_tracks(tracks[-1].strip()) if tracks else None


def _count_tracks(value: str) -> Optional[int]:
    count, depth, token = 0, 0, ""
    for ch in value + " ":
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch.isspace() and depth == 0:
            if token:
                if token.startswith("["):  # a line's name, no track
                    pass
                elif (m := _REPEAT.match(token)) is not None:
                    inner = _count_tracks(m.group(2).strip())
                    if inner is None:
                        return None
                    count += int(m.group(1)) * inner
                elif token.lower().startswith("repeat("):
                    return None  # auto-fill / auto-fit: as many as fit the screen
                else:
                    count += 1
            token = ""
        else:
            token += ch
    return count or None


def column_span(el, rules: dict[str, str], width: int) -> int:
    """How many columns a cell takes: `grid-column: span 3`, `1 / -1` (the whole row), `2 / 4`."""
    found = _COLUMN.findall(_style(el, rules))
    if not found:
        return 1
    value = found[-1].strip().lower()
    if m := re.fullmatch(r"(?:\d+\s*/\s*)?span\s+(\d+)", value):
        return max(1, min(int(m.group(1)), width))
    if m := re.fullmatch(r"(-?\d+)\s*/\s*(-?\d+)", value):
        start, end = int(m.group(1)), int(m.group(2))
        start = start if start > 0 else width + 2 + start
        end = end if end > 0 else width + 2 + end
        return max(1, min(end - start, width))
    return 1


def looks_like_a_table(cells: list, width: int) -> bool:
    """Enough cells for a header and a row, and the first `width` read as column names."""
    if width < MIN_COLUMNS or len(cells) < 2 * width:
        return False
    for cell in cells[:width]:
        text = " ".join("".join(cell.itertext()).split())
        if not text or len(text) > MAX_HEAD_CHARS:
            return False
        if any(isinstance(d.tag, str) and d.tag.lower() in _BLOCKS for d in cell.iterdescendants()):
            return False
    return True
