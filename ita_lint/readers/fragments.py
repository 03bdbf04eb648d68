"""Table cells and paragraphs as exported by PDF-to-text tools: HTML fragments and boxes.

Cells hold `<p>`, `<ul>/<li>`, `<br>` and `<input type="checkbox"/>` (ticked with
`checked`); plain text holds ☐ ☑ ☒ or Markdown's `[ ]`/`[x]`. Both become lines of
text, with every status box written as "☑ label"/"☐ label" and listed as a
`Checkbox`, so later stages read one shape whatever the source.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Optional

from ita_lint.model import Cell, Checkbox
from ita_lint.readers.common import TICKED, UNTICKED, split_boxes
from ita_lint.thai import squash


_BLOCK_TAGS = {"p", "div", "li", "br", "tr", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section"}
_HAS_TAG = re.compile(r"</?(?:p|div|ul|ol|li|br|input|span|b|strong|i|em|u|table|tr|td|th|h[1-6]|a|font|sup|sub|summary|details|aside|section|article|small|mark|center|label)\b[^>]*>", re.I)

class _FragmentParser(HTMLParser):
    def __init__(self, keep_breaks: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.keep_breaks = keep_breaks  # a line break of the source ends a line (text's paragraphs)
        self.lines: list[tuple[str, int]] = []  # (line, the fragment's line it starts on, from 0)
        self.current: list[str] = []
        self.start: Optional[int] = None  # where the current line's first text is

    def _break(self) -> None:
        line = squash("".join(self.current))
        if line:
            self.lines.append((line, self.start if self.start is not None else self.getpos()[0] - 1))
        self.current = []
        self.start = None

    def _here(self, text: str = "") -> None:
        # a tag that breaks the line may stand far from the text after it ("<p>\n\ntext"):
        # a line is where its first visible character is
        if self.start is None and (not text or text.strip()):
            skipped = len(text) - len(text.lstrip())
            self.start = self.getpos()[0] - 1 + text.count("\n", 0, skipped)

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag == "input":
            a = {k.lower(): v for k, v in attrs}
            if (a.get("type") or "").lower() == "checkbox":
                # every box starts its own line: "<p>☐ a ☐ b ☑ c</p>" is three options
                self._break()
                self._here()
                self.current.append(TICKED if "checked" in a else UNTICKED)
                self.current.append(" ")
            return
        if tag in _BLOCK_TAGS:
            self._break()
            if tag == "li":
                self.current.append("- ")

    def handle_endtag(self, tag):
        if tag.lower() in _BLOCK_TAGS:
            self._break()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self.keep_breaks and "\n" in data:
            first, *rest = data.split("\n")
            if first:
                self._here(first)
                self.current.append(first)
            line = self.getpos()[0] - 1
            for part in rest:
                self._break()
                line += 1
                if part.strip():
                    self.start = line
                self.current.append(part)
            return
        self._here(data)
        self.current.append(data)

    def close(self):
        super().close()
        self._break()


def fragment_lines(text: str) -> list[str]:
    """The lines of a cell or paragraph that may hold HTML fragments."""
    return [line for line, _ in located_fragment_lines(text)]


def located_fragment_lines(text: str, keep_breaks: bool = False) -> list[tuple[str, int]]:
    """fragment_lines, each with the line of `text` it comes from (from 0): an inline tag
    ("<p>", "</table>") breaks a line where the source has none, so lines are not counted.
    `keep_breaks`: the text's own line breaks end lines, tags or not (a text paragraph's)."""
    if _HAS_TAG.search(text):
        parser = _FragmentParser(keep_breaks)
        parser.feed(text)
        parser.close()
        lines = parser.lines
    else:
        lines = [(squash(line), k) for k, line in enumerate(text.split("\n"))]
    out: list[tuple[str, int]] = []
    for line, k in lines:
        line = _clean_list_marker(line)
        out.extend((piece, k) for piece in split_boxes(line)[0])
    return [(line, k) for line, k in out if line]


def _clean_list_marker(line: str) -> str:
    # "- - item" arises when an <li> already starts with a dash
    return re.sub(r"^-\s+-\s+", "- ", line)


def boxes_of(lines: list[str]) -> list[Checkbox]:
    return [Checkbox(label=line[1:].strip(), checked=line[0] == TICKED)
            for line in lines if line[:1] in (TICKED, UNTICKED)]


def make_cell(raw: str) -> Cell:
    """A cell from already-normalised text that may hold HTML fragments."""
    lines = fragment_lines(raw)
    return Cell(text="\n".join(lines), checkboxes=boxes_of(lines))
