"""Table cells and paragraphs as exported by PDF-to-text tools: HTML fragments and boxes.

Cells hold `<p>`, `<ul>/<li>`, `<br>` and `<input type="checkbox"/>` (ticked with
`checked`); plain text holds ☐ ☑ ☒ or Markdown's `[ ]`/`[x]`. Both become lines of
text, with every status box written as "☑ label"/"☐ label" and listed as a
`Checkbox`, so later stages read one shape whatever the source.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ita_lint.model import Cell, Checkbox
from ita_lint.readers.common import TICKED, UNTICKED, split_boxes
from ita_lint.thai import squash


_BLOCK_TAGS = {"p", "div", "li", "br", "tr", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section"}
_HAS_TAG = re.compile(r"</?(?:p|div|ul|ol|li|br|input|span|b|strong|i|em|u|table|tr|td|th|h[1-6]|a|font|sup|sub|summary|details|aside|section|article|small|mark|center|label)\b[^>]*>", re.I)

class _FragmentParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []

    def _break(self) -> None:
        line = squash("".join(self.current))
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag == "input":
            a = {k.lower(): v for k, v in attrs}
            if (a.get("type") or "").lower() == "checkbox":
                # every box starts its own line: "<p>☐ a ☐ b ☑ c</p>" is three options
                self._break()
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
        self.current.append(data)

    def close(self):
        super().close()
        self._break()


def fragment_lines(text: str) -> list[str]:
    """The lines of a cell or paragraph that may hold HTML fragments."""
    if _HAS_TAG.search(text):
        parser = _FragmentParser()
        parser.feed(text)
        parser.close()
        lines = parser.lines
    else:
        lines = [squash(line) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        line = _clean_list_marker(line)
        out.extend(split_boxes(line)[0])
    return [line for line in out if line]


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
