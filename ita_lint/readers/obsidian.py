"""An Obsidian note (Markdown with Obsidian's own marks), as the note is shown.

A callout ("> [!example] มาตรการที่ 1 …", folded "[!tip]-") is a quote whose first line
names its kind: the kind is markup, its title and body are text. A Dataview field
("ผู้รับผิดชอบ:: กองคลัง") is a label and its value. "%% … %%" is a comment, shown nowhere;
"![[note]]" embeds another note, which is not in this file; "[[note|alias]]" shows its
alias; a block's id ("^m1") and a tag line ("#ITA2570") show nothing of the report.
"""

from __future__ import annotations

import re

_CALLOUT = re.compile(r"^(\s*(?:>\s*)+)\[![\w-]+\][+-]?\s*")
# "ผู้รับผิดชอบ:: …": a name that is no reStructuredText directive (".. note:: …")
_FIELD = re.compile(r"^(\s*(?:>\s*)*(?:[-*+]\s+)?)((?!\.\.)[^\s:\[\]`|][^:\n\[\]`|]{0,39}?)::[ \t]?")
_BLOCK_ID = re.compile(r"(?:^\s*(?:>\s*)*|\s)\^[A-Za-z0-9-]+\s*$")
_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")
_WIKILINK = re.compile(r"\[\[(?:[^|\]\n]*\|)?([^\]\n]*)\]\]")
_COMMENT = re.compile(r"%%.*?%%", re.S)
_TAGS = re.compile(r"^\s*(?:#[^\s#]+\s*)+$")


def is_obsidian(text: str) -> bool:
    return bool(re.search(r"^\s*>\s*\[![\w-]+\]", text, re.M) or re.search(r"%%.*?%%", text, re.S)
                or any(_FIELD.match(line) for line in text.split("\n")))


def as_markdown(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """The note's lines as Markdown shows them, one for one (a comment over several lines
    leaves them blank)."""
    text = "\n".join(lines)
    if not is_obsidian(text):
        return lines, numbers
    shown = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text).split("\n")
    out: list[str] = []
    kept: list[int] = []
    for line, before, number in zip(shown, lines, numbers):
        if before.strip() and not line.strip(" >\t"):
            continue  # a line that held only a comment is not there: the paragraph goes on
        line = _CALLOUT.sub(r"\1", line)
        line = _FIELD.sub(r"\1\2: ", line)
        line = _WIKILINK.sub(r"\1", _EMBED.sub("", line))
        line = _BLOCK_ID.sub("", line)
        out.append("" if _TAGS.match(line) else line)
        kept.append(number)
    return out, kept
