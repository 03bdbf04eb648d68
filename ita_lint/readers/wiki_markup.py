"""Confluence and Jira wiki markup, as their pages show it, rewritten as Markdown.

A page exported as wiki markup ("h2. …", "||head||head||" over "|cell|cell|", "# item",
"{info}…{info}") reads as the Markdown that shows the same thing: headings, a pipe table
with its header row, a numbered list; a macro's own lines show nothing of themselves and
"\\\\" in a cell is a line break. Only a text that is wiki markup is touched: a heading
"h1." to "h6." and a "||"-headed row or a macro line, one at least of each.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^h([1-6])\.\s+(.*)$")
_HEAD_ROW = re.compile(r"^\s*\|\|.*\|\|\s*$")
_ROW = re.compile(r"^\s*\|(?!\|).*\|\s*$")
_MACRO_LINE = re.compile(r"^\s*(?:\{[a-z]+(?::[^{}]*)?\}\s*)+$")
_INLINE_MACRO = re.compile(r"\{(?:color|anchor)(?::[^{}]*)?\}")
_STATUS = re.compile(r"\{status:[^{}]*?title=([^|{}]*)[^{}]*\}")
_LIST = re.compile(r"^(#+|\*+)\s+")
_USER = re.compile(r"\[~([^\]]+)\]")


def is_wiki_markup(lines: list[str]) -> bool:
    headings = sum(1 for line in lines if _HEADING.match(line))
    marks = sum(1 for line in lines if _HEAD_ROW.match(line) or _MACRO_LINE.match(line))
    return headings >= 1 and marks >= 1


def as_markdown(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """The lines as Markdown, each with the source line it came from."""
    if not is_wiki_markup(lines):
        return lines, numbers
    out: list[str] = []
    where: list[int] = []
    for line, n in zip(lines, numbers):
        shown = _USER.sub(r"\1", _INLINE_MACRO.sub("", _STATUS.sub(r"\1", line)))
        heading = _HEADING.match(shown)
        if _MACRO_LINE.match(line):
            shown = ""
        elif heading:
            shown = "#" * int(heading.group(1)) + " " + heading.group(2)
        elif _HEAD_ROW.match(shown):
            cells = [c.strip() for c in shown.strip().strip("|").split("||")]
            out.append("| " + " | ".join(cells) + " |")
            where.append(n)
            shown = "|" + "---|" * len(cells)  # the delimiter row Markdown wants under its header
        elif _ROW.match(shown):
            shown = shown.replace("\\\\", "<br>")
        else:
            m = _LIST.match(shown)
            if m:
                depth = len(m.group(1))
                mark = "1." if m.group(1)[0] == "#" else "-"
                shown = "   " * (depth - 1) + mark + " " + shown[m.end():]
            shown = shown.replace("\\\\", "")
        out.append(shown)
        where.append(n)
    return out, where
