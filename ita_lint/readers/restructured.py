"""reStructuredText source (a Sphinx or Read the Docs page saved as .txt), as Markdown.

A directive (".. name:: argument", its ":option:" lines and its body indented under it)
runs until the first line set no deeper than its "..". A list table becomes the MyST list
table the text reader reads; a CSV table becomes a tab-separated one; an admonition, a
"table" or a "figure" shows its body; a comment ("..", not a directive), a target
(".. _name:"), a substitution and code, images and tables of contents show no text.
A title is underlined (and perhaps overlined) with one punctuation character; its level
is the order in which the document first uses that style. Inline markup (``literal``,
`text <url>`_, :role:`text`) shows its text; a docinfo field (":หน่วยงาน: …") is a label.
"""

from __future__ import annotations

import csv
import re
from typing import Optional

_DIRECTIVE = re.compile(r"^(?P<indent>\s*)\.\.\s+(?P<name>[A-Za-z][\w-]*)::(?P<argument>.*)$")
_EXPLICIT = re.compile(r"^(?P<indent>\s*)\.\.(?:\s|$)")  # a comment, target or substitution too
_OPTION = re.compile(r"^\s*:(?P<key>[\w-]+):(?P<value>.*)$")
_FIELD = re.compile(r"^:(?P<key>[^:`\s][^:`]*):\s+(?P<value>\S.*)$")
_ADORNMENT = re.compile(r"^([=\-`:'\"~^_*+#<>.])\1{3,}\s*$")
_AUTO_ITEM = re.compile(r"^(?P<indent>\s*)#\.\s+")
_LINE_BLOCK = re.compile(r"^(\s*)\|\s(?!.*\|\s*$)")
_INLINE = (
    (re.compile(r"``(.+?)``"), r"\1"),                          # ``literal``
    (re.compile(r":[\w:-]+:`([^`<]*?)\s*(?:<[^`>]*>)?`"), r"\1"),  # :role:`text` and :doc:`text <target>`
    (re.compile(r"`([^`<]+?)\s*<[^`>]+>`__?"), r"\1"),          # `text <url>`_
    (re.compile(r"`([^`]+)`__?"), r"\1"),                       # `reference`_
    (re.compile(r"\[[#*]?[\w-]*\]_"), ""),                       # a footnote's mark [1]_
)
# Directives whose body is read as the page shows it (its argument too, as a title).
_SHOWN = {"admonition", "attention", "caution", "container", "danger", "epigraph", "error", "figure",
          "highlights", "hint", "important", "note", "pull-quote", "rubric", "seealso", "sidebar",
          "table", "tip", "topic", "warning", "versionadded", "versionchanged", "deprecated", "compound"}
# Directives that show no text of the report: code, pictures, navigation, page furniture.
_HIDDEN = {"code", "code-block", "sourcecode", "literalinclude", "math", "image", "contents", "toctree",
           "sectnum", "section-numbering", "include", "meta", "header", "footer", "highlight", "role",
           "default-role", "title", "index", "only", "raw", "class", "target-notes", "graphviz", "mermaid"}


def is_restructured(lines: list[str]) -> bool:
    return any(_DIRECTIVE.match(line) for line in lines)


def as_markdown(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    if not is_restructured(lines):
        return lines, numbers
    out: list[str] = []
    out_numbers: list[int] = []
    styles: list[tuple[str, bool]] = []  # title adornments in the order first used
    auto: dict[int, int] = {}  # the next number of a "#." list, by its indentation
    i = 0
    while i < len(lines):
        line = lines[i]
        explicit = _EXPLICIT.match(line)
        if explicit:
            end = _block_end(lines, i, len(explicit.group("indent")))
            shown, body = _directive(lines, i, end)
            out.extend(shown)
            out_numbers.extend(numbers[min(i + j, end - 1)] for j in range(len(shown)))
            i = body if body is not None else end  # a body shown as the page shows it is read on
            continue
        title = _title(lines, i)
        if title:
            text, used, style = title
            if style not in styles:
                styles.append(style)
            out.extend(["#" * min(6, styles.index(style) + 1) + " " + _inline(text)] + [""] * (used - 1))
            out_numbers.extend(numbers[i:i + used])
            i += used
            continue
        item = _AUTO_ITEM.match(line)
        if item:
            depth = len(item.group("indent"))
            auto[depth] = auto.get(depth, 0) + 1
            line = f"{item.group('indent')}{auto[depth]}. " + line[item.end():]
        elif line.strip() and not line.startswith(" "):
            auto.clear()
        field = _FIELD.match(line)
        if field:
            line = f"{field.group('key')}: {field.group('value')}"
        out.append(_inline(_LINE_BLOCK.sub(r"\1", line)))
        out_numbers.append(numbers[i])
        i += 1
    return out, out_numbers


def _block_end(lines: list[str], i: int, indent: int) -> int:
    """The index after an explicit markup block: its lines and those set deeper under it."""
    k = i + 1
    while k < len(lines) and (not lines[k].strip() or len(lines[k]) - len(lines[k].lstrip()) > indent):
        k += 1
    while k > i + 1 and not lines[k - 1].strip():
        k -= 1  # the blank lines after it are the text's again
    return k


def _directive(lines: list[str], i: int, end: int) -> tuple[list[str], Optional[int]]:
    """What an explicit markup block shows, as lines the text reader reads, and where its
    body starts when that is read on as text (an admonition's, a figure's caption)."""
    m = _DIRECTIVE.match(lines[i])
    if not m:
        return [], None  # a comment, a target (".. _name:"), a substitution or a footnote's text
    name, argument = m.group("name").lower(), m.group("argument").strip()
    options, start = _options(lines, i + 1, end)
    body = _dedented(lines[start:end])
    if name == "list-table":
        # MyST's form of the same table, which the text reader reads
        fence = "```{list-table}" + (" " + argument if argument else "")
        return [fence] + [f":{k}: {v}" for k, v in options.items()] + [_inline(line) for line in body] + ["```"], None
    if name == "csv-table":
        return _csv_table(argument, options, body), None
    if name in _HIDDEN or (name not in _SHOWN and not any(line.strip() for line in body)):
        return [], None
    return ([_inline(argument)] if argument else []) + [""] * (start - i - bool(argument)), start


def _options(lines: list[str], k: int, end: int) -> tuple[dict[str, str], int]:
    """A directive's ":option: value" lines from k: the options, and where its body starts."""
    options: dict[str, str] = {}
    while k < end and _OPTION.match(lines[k]):
        option = _OPTION.match(lines[k])
        options[option.group("key").lower()] = option.group("value").strip()  # type: ignore[union-attr]
        k += 1
    return options, k


def _dedented(block: list[str]) -> list[str]:
    depth = min((len(line) - len(line.lstrip()) for line in block if line.strip()), default=0)
    return [line[depth:] for line in block]


def _csv_table(caption: str, options: dict[str, str], body: list[str]) -> list[str]:
    delimiter = {"tab": "\t", "space": " "}.get(options.get("delim", ","), options.get("delim", ",")[:1] or ",")
    rows = list(csv.reader([line for line in body if line.strip()], delimiter=delimiter, skipinitialspace=True))
    if "header" in options:
        rows.insert(0, next(csv.reader([options["header"]], skipinitialspace=True), []))
    shown = [_inline(caption), ""] if caption else []
    return shown + ["\t".join(_inline(cell).replace("\n", " ") for cell in row) for row in rows]


def _title(lines: list[str], i: int) -> Optional[tuple[str, int, tuple[str, bool]]]:
    """A section title at line i: (its text, lines used, its adornment style)."""
    over = _ADORNMENT.match(lines[i])
    if over and i + 2 < len(lines) and lines[i + 1].strip() and _ADORNMENT.match(lines[i + 2]) \
            and lines[i + 2].strip()[0] == over.group(1):
        return lines[i + 1].strip(), 3, (over.group(1), True)
    if lines[i].strip() and not lines[i].startswith(" ") and i + 1 < len(lines) and not over:
        under = _ADORNMENT.match(lines[i + 1])
        if under and (i == 0 or not lines[i - 1].strip()):
            return lines[i].strip(), 2, (under.group(1), False)
    return None


def _inline(text: str) -> str:
    for pattern, shown in _INLINE:
        text = pattern.sub(shown, text)
    return text
