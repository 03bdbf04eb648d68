"""Folding text to a width without cutting a Thai syllable.

Thai is written without spaces between words, so a line-breaker that only knows spaces
either overflows or cuts a run of Thai anywhere — before a vowel or tone mark, after a
leading vowel ("เ|ป็น"), leaving marks floating at the start of a line. Here a line breaks
at a space when it can; a Thai run longer than the line breaks between words (the
project's word splitter, loaded only when such a run needs it) and, failing that, only
between syllable clusters.

Widths are display cells: combining marks take none.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Optional

LEADING_VOWELS = frozenset("เแโใไ")
# spacing characters that belong to the consonant before them
FOLLOWING = frozenset("ะาำๅๆ")


def cell_width(text: str) -> int:
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def breakable(text: str, i: int) -> bool:
    """May a line end between text[i-1] and text[i] without splitting a syllable cluster?"""
    if i <= 0 or i >= len(text):
        return True
    before, after = text[i - 1], text[i]
    if _char_width(after) == 0 or after in FOLLOWING:
        return False  # a vowel or tone mark, or ะ า ำ, stays with its consonant
    if before in LEADING_VOWELS:
        return False  # a leading vowel stays with the consonant after it
    return True


def split_clusters(text: str) -> list[str]:
    """`text` cut at every point where `breakable` allows."""
    pieces, start = [], 0
    for i in range(1, len(text)):
        if breakable(text, i):
            pieces.append(text[start:i])
            start = i
    pieces.append(text[start:])
    return [p for p in pieces if p]


def _thai_words(run: str) -> Optional[list[str]]:
    try:
        from ita_lint.words import tokenize

        words = tokenize(run)
    except Exception:  # no dictionary at hand: syllable clusters will do
        return None
    return words if "".join(words) == run else None


_TOKEN = re.compile(r"\S+|\s+")


def wrap(text: str, width: int, indent: str = "", subsequent: Optional[str] = None,
         words: Callable[[str], Optional[list[str]]] = _thai_words) -> list[str]:
    """`text` (one paragraph) as lines of at most `width` cells, the first led by `indent` and
    the others by `subsequent` (default: `indent`)."""
    subsequent = indent if subsequent is None else subsequent
    lines: list[str] = []
    line, lead = indent, indent
    for token in _TOKEN.findall(text):
        if token.isspace():
            if line != lead:
                line += " " if "\n" in token else token  # spaces between words kept as written
            continue
        if cell_width(token) <= width - cell_width(line):
            line += token
            continue
        if line.strip() and cell_width(token) <= width - cell_width(subsequent):
            lines.append(line.rstrip())
            line = lead = subsequent
            line += token
            continue
        # a token longer than a line: cut it where words (or clusters) end
        for piece in _pieces(token, words):
            if cell_width(line) + cell_width(piece) > width and line.strip():
                lines.append(line.rstrip())
                line = lead = subsequent
            if cell_width(piece) > width - cell_width(line):
                for cluster in split_clusters(piece):
                    if cell_width(line) + cell_width(cluster) > width and line.strip():
                        lines.append(line.rstrip())
                        line = lead = subsequent
                    line += cluster
            else:
                line += piece
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _pieces(token: str, words: Callable[[str], Optional[list[str]]]) -> list[str]:
    """A long token as the words of its Thai runs and its other characters, in order."""
    out: list[str] = []
    for run in re.findall(r"[\u0e00-\u0e7f]+|[^\u0e00-\u0e7f]+", token):
        found = words(run) if "\u0e00" <= run[0] <= "\u0e7f" else None
        out.extend(found or split_clusters(run))
    return out


def click_wrap_text(text: str, width: int = 78, initial_indent: str = "", subsequent_indent: str = "",
                    preserve_paragraphs: bool = False) -> str:
    """click.formatting.wrap_text with Thai folded at clusters (help text: no dictionary, fast)."""
    def fold(paragraph: str, first: str, rest: str) -> str:
        return "\n".join(wrap(paragraph, width, first, rest, words=lambda run: None))

    if not preserve_paragraphs:
        return fold(text.expandtabs(), initial_indent, subsequent_indent)
    out = []
    for paragraph in re.split(r"\n\s*\n", text.expandtabs()):
        if paragraph.startswith("\b"):
            out.append("\n".join(initial_indent + line for line in paragraph[1:].lstrip("\n").split("\n")))
        else:
            out.append(fold(paragraph.strip(), initial_indent, subsequent_indent))
        initial_indent = subsequent_indent
    return "\n\n".join(out)


def shorten(text: str, chars: int) -> str:
    """`text` in at most `chars` characters, cut with "…" where no Thai syllable is split."""
    if len(text) <= chars:
        return text
    cut = chars - 1
    while cut > 0 and not breakable(text, cut):
        cut -= 1
    return text[:cut] + "…"


def clip(text: str, start: int, end: int) -> str:
    """text[start:end] widened to the nearest cluster ends, with "…" where text was left out."""
    start, end = max(0, start), min(len(text), end)
    while start > 0 and not breakable(text, start):
        start -= 1
    while end < len(text) and not breakable(text, end):
        end += 1
    return ("…" if start > 0 else "") + text[start:end] + ("…" if end < len(text) else "")
