"""A chat log saved as text (LINE's "Save chat history"), read as its messages.

LINE writes one line a message, "13:05<TAB>sender<TAB>text", a message of several lines
wrapped in double quotes, and a line for each day. A report posted into a group arrives
as such a message: what the page of the chat shows is the text of each message, one after
another, so each is read as a paragraph of its own, without its time, sender or quotes.
"""

from __future__ import annotations

import re

_MESSAGE = re.compile(r"^\d{1,2}:\d{2}\t[^\t]*\t(?P<text>.*)$")
# messages a log needs at least before it is read as one
MIN_MESSAGES = 3


def as_messages(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """The log's lines as its messages' text, each message set apart by a blank line."""
    if sum(1 for line in lines if _MESSAGE.match(line)) < MIN_MESSAGES:
        return lines, numbers
    out: list[str] = []
    where: list[int] = []
    quoted = False  # inside a message of several lines
    for line, n in zip(lines, numbers):
        m = None if quoted else _MESSAGE.match(line)
        if m:
            text = m.group("text")
            if text.startswith('"') and not (len(text) > 1 and text.endswith('"')):
                quoted, text = True, text[1:]
            elif len(text) > 1 and text.startswith('"') and text.endswith('"'):
                text = text[1:-1]
            out += ["", text]
            where += [n, n]
            continue
        if quoted and line.rstrip().endswith('"') and not line.rstrip().endswith('""'):
            quoted, line = False, line.rstrip()[:-1]
        out.append(line)
        where.append(n)
    return out, where
