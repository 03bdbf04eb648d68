"""Inline waivers: a finding waived inside the report itself, as markdownlint's disable
comments, Vale's `<!-- vale off -->` and ruff's `# noqa` do.

    Markdown, HTML   <!-- ita-lint-disable placeholder -->  …  <!-- ita-lint-enable -->
                     <!-- ita-lint-disable-next-line element-outcome, status -->
    YAML             # ita-lint: disable responsible-vague
    DOCX             a Word comment "ita-lint: disable placeholder" on a paragraph or table cell

A waiver names rule ids or categories (comma- or space-separated). Readers find them
(`Document.waivers`), each with the lines or the DOCX place it covers:

- `disable` covers from its line to the next `enable` (which may name the rules it ends;
  bare, it ends them all); never re-enabled, it covers the rest of the document and its
  document-level findings (those without a line) too;
- `disable-next-line` covers the next line that is not blank;
- in YAML a comment after a value covers its line, a comment on a line of its own the
  next line; either also covers the lines indented under that one (a measure's fields)
  and, inside a list item, the item's own line (where a measure's findings are);
- a DOCX comment covers the paragraph or the table row it is anchored on.

The engine (engine/run.py) drops the hits a waiver covers before scoring, and a waiver
that suppresses nothing — it names no rule, a rule the pack does not have, or a rule
that found nothing where it points — is itself a warning, `unused-waiver`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ita_lint.model import Location

_NAMES = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_HTML = re.compile(r"<!--\s*ita-lint-(disable-next-line|disable|enable)(?![\w-])(.*?)-->", re.S)
_YAML = re.compile(r"(?:^|\s)#\s*ita-lint:\s*disable(?![\w-])(.*)$")
_DOCX = re.compile(r"^\s*ita-lint:\s*disable(?![\w-])(.*)$", re.S)


@dataclass
class InlineWaiver:
    """One waiver as written, and what it covers."""

    names: tuple[str, ...]  # rule ids or categories; empty: it names none
    location: Location  # where it is written
    text: str  # as written, for messages
    first: Optional[int] = None  # first line covered
    last: Optional[int] = None  # last line covered; None: to the end of the document
    place: Optional[Location] = None  # DOCX: the paragraph or table row it is anchored on
    used: set = field(default_factory=set)  # the names that waived a hit in this run

    def covers(self, location: Location) -> bool:
        if self.place is not None:  # DOCX
            if self.place.table is not None:
                return location.table == self.place.table and location.row == self.place.row
            return location.paragraph is not None and location.paragraph == self.place.paragraph
        if location.line is None or location.page is not None:
            return self.last is None and self.first is not None  # document-level: only a range to the end
        return self.first is not None and self.first <= location.line and (self.last is None or location.line <= self.last)


def _names(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_NAMES.findall(text)))


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def from_comments(text: str) -> list[InlineWaiver]:
    """Waivers in the HTML comments of a Markdown or HTML source (lines as the readers count them)."""
    if "ita-lint-" not in text:
        return []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    text = "\n".join(lines)
    found: list[InlineWaiver] = []
    open_ranges: list[InlineWaiver] = []
    for m in _HTML.finditer(text):
        what, names, line = m.group(1), _names(m.group(2)), _line_at(text, m.start())
        written = " ".join(m.group(0).split())
        if what == "enable":
            ending = [w for w in open_ranges if not names or set(w.names) & set(names)]
            for w in ending:
                w.last = line
                open_ranges.remove(w)
            continue
        waiver = InlineWaiver(names, Location(line=line), written)
        if what == "disable":
            waiver.first = line
            open_ranges.append(waiver)
        else:
            end = _line_at(text, m.end())
            target = next((k for k in range(end + 1, len(lines) + 1) if lines[k - 1].strip()), None)
            waiver.first = waiver.last = target if target is not None else end + 1
        found.append(waiver)
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def from_yaml(text: str) -> list[InlineWaiver]:
    """Waivers in the `# ita-lint: disable …` comments of a YAML report."""
    if "ita-lint:" not in text:
        return []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found: list[InlineWaiver] = []
    for k, line in enumerate(lines, 1):
        m = _YAML.search(line)
        if not m:
            continue
        own_line = not line[:m.start()].strip()
        content = [j for j in range(k + 1 if own_line else k, len(lines) + 1)
                   if lines[j - 1].strip() and not lines[j - 1].lstrip().startswith("#")]
        first = content[0] if content else k
        last = first
        base = _indent(lines[first - 1])
        for j in content[1:]:  # the lines indented under it: a list item's fields
            if _indent(lines[j - 1]) <= base:
                break
            last = j
        if not lines[first - 1].lstrip().startswith("- "):  # a field of a list item: the item too
            item = next((j for j in range(first - 1, 0, -1)
                         if lines[j - 1].strip() and _indent(lines[j - 1]) < base), None)
            if item is not None and lines[item - 1].lstrip().startswith("- "):
                first = item
        found.append(InlineWaiver(_names(m.group(1)), Location(line=k), line[m.start():].strip(), first, last))
    return found


def from_docx_comment(text: str, place: Location) -> Optional[InlineWaiver]:
    """The waiver a Word comment holds, anchored on `place`; None for any other comment."""
    m = _DOCX.match(text)
    if not m:
        return None
    return InlineWaiver(_names(m.group(1)), place, " ".join(text.split()), place=place)
