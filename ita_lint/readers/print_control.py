"""A line printer's file with ASA carriage control, saved as text.

A mainframe's report (a COBOL or FORTRAN program's print file) opens every line with a
character that tells the printer where to print it: "1" on a new page, " " on the next
line, "0" after a blank line, "-" after two, "+" over the line before (printed twice to
look bold, or underlined with "___"). Read as text, those characters would stand before
every heading and value ("-มาตรการที่ : 001"), and each bold line would be there twice.
The file is read as the printed page shows it: the control characters gone, the blank
lines they stand for put in, and a line printed over another merged into it.
"""

from __future__ import annotations

import re

_CODES = frozenset("10-+ ")
_RULE = re.compile(r"[=\-]{10,}")
# blank lines a code prints before its line; a new page parts text as a blank line does
_SKIP = {"0": 1, "-": 2, "1": 1}
# A print file has this many lines at least, a page start among them and a code other
# than " ": otherwise lines that happen to open with these characters are plain text.
MIN_LINES = 5


def as_printed(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """The lines as printed, with the source line of each; unchanged when the text is no
    print file."""
    filled = [line for line in lines if line.strip()]
    if len(filled) < MIN_LINES or any(line[0] not in _CODES for line in filled) \
            or not any(line[0] == "1" for line in filled) or not any(line[0] in "0-+" for line in filled):
        return lines, numbers
    out: list[str] = []
    out_numbers: list[int] = []
    for line, n in zip(lines, numbers):
        if not line.strip():
            out.append("")
            out_numbers.append(n)
            continue
        code, text = line[0], line[1:]
        if code == "+" and out:
            out[-1] = _overprinted(out[-1], text)
            continue
        skip = _SKIP.get(code, 0)
        # a rule of "=" or "-" across the page parts the printout; under a line it is no
        # heading's underline, as Markdown would read it
        out += [""] * skip + ["" if _RULE.fullmatch(text.strip()) else text]
        out_numbers += [n] * (skip + 1)
    return out, out_numbers


def _overprinted(below: str, above: str) -> str:
    """What a line printed over another shows: the same text again (bold) or a rule
    ("____", an underline) adds nothing; other characters fill the blanks below."""
    chars = list(below.ljust(len(above)))
    for i, ch in enumerate(above):
        if ch not in " _" and chars[i] == " ":
            chars[i] = ch
    return "".join(chars).rstrip()
