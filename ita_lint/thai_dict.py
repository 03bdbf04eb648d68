"""Thai repairs that need a dictionary: rules 6-8 of the repair rules in README ("Thai text").

`ita_lint.thai.normalize` applies the repairs that are safe everywhere. The ones
here change letters only where a word list says the result is Thai, so they are
kept apart and applied to *extracted* text (PDF text layers, OCR), not to text a
person typed (a DOCX typo is the author's, and a finding, not ours to fix):

6.  consonant + space + า: the space is always wrong (า cannot start a
    syllable); Word's PDFs draw ำ as ํ + า and extractors drop the ํ and keep a
    gap. Choose ำ or า by word frequency: "น าขั้นตอน" → "นำขั้นตอน",
    "ก ารประชุม" → "การประชุม".
6b. the same loss without the gap: an unknown word whose า made ำ gives known
    words: "อานวยการ" → "อำนวยการ". Only inside a stretch the dictionary cannot
    read, so correct words are never touched.
7.  Latin letters inside a Thai word (OCR): a small table of look-alikes
    ("ong" → "อง"), accepted only if every resulting word is known.
8.  whitespace before a combining mark: removed, placing the mark on the letter
    before it or, if that reads worse, the letter after it.
9.  a space inside a Thai word (OCR splits words: "สำนั กปลั ด"): removed when
    the joined text reads far likelier than its pieces. Spaces between real
    words (Thai's phrase separator) stay.

What cannot be fixed: a dropped mark that leaves another real word. In the
corpus, "ฝาย อานวยการ" was "ฝ่ายอำนวยการ": rule 6b restores "อำนวยการ", but
"ฝาย" (a weir) is a word, so its lost tone mark stays lost, and the space
between two words is legitimate Thai, so it stays too.

The dictionary is pythainlp's word list joined with the Thai National Corpus
frequencies it ships (no download). pythainlp is imported on first need only;
text without any of the patterns above never loads it. Without pythainlp,
`repair` applies only the dictionary-free part of rule 8 and returns the rest
unchanged.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Optional

_CONSONANT = "\u0e01-\u0e2e"
_TONE = "\u0e48-\u0e4b"
# Marks that combine with the letter before them: ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎
_COMBINING = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_THAI_LETTER = "\u0e01-\u0e4e"

_SPACE_AA = re.compile("([" + _CONSONANT + "][" + _TONE + "]?)[ \u00a0]+\u0e32")
_NIKHAHIT_SPACE_AA = re.compile("\u0e4d[ \u00a0]*([" + _TONE + "]?)[ \u00a0]*\u0e32")
# ะ and ำ are not combining, but cannot start a syllable either.
_SPACE_MARK = re.compile("(?<=[" + _THAI_LETTER + "])[ \u00a0]+(?=[" + _COMBINING + "\u0e30\u0e33])")
_LATIN_IN_THAI = re.compile(
    "(?<=[" + _THAI_LETTER + "])[A-Za-z]{1,4}(?=[" + _THAI_LETTER + "]|(?![A-Za-z]))"
    "|(?<![A-Za-z])[A-Za-z]{1,4}(?=[" + _THAI_LETTER + "])"
)
_THAI_RUN = re.compile("[" + _THAI_LETTER + "]+")
_AA_AFTER_CONSONANT = re.compile("(?<=[" + _CONSONANT + "])([" + _TONE + "]?)\u0e32")

# Latin look-alikes that tesseract and old font encodings put for Thai letters.
# Each Latin piece maps to the Thai it may stand for; longest pieces first.
LATIN_LOOKALIKES: dict[str, tuple[str, ...]] = {
    "ong": ("อง",),
    "nn": ("ท", "ก"),
    "ll": ("แ",),
    "fl": ("ศ", "ฝ"),
    "u": ("น", "บ", "ข"),
    "U": ("บ", "ป"),
    "n": ("ก", "ท", "ห"),
    "a": ("ล", "ส"),
    "o": ("อ", "๐"),
    "O": ("อ", "๐"),
    "l": ("เ", "ไ"),
    "I": ("เ", "ไ"),
    "J": ("ง", "ว"),
    "j": ("ง",),
    "W": ("พ", "ฟ", "ฬ"),
    "w": ("ผ", "ฝ", "พ"),
    "S": ("ร", "ร"),
    "s": ("ร", "ะ"),
    "d": ("ด", "ค"),
    "H": ("ห",),
    "m": ("ม", "ฒ"),
    "v": ("ง", "ว"),
    "y": ("ย", "ษ"),
    "e": ("ะ", "อ"),
    "c": ("ถ", "ด"),
    "t": ("ต",),
    "r": ("ร", "ว"),
    "k": ("ค", "ฅ"),
    "q": ("ฤ", "ง"),
}

_UNKNOWN = 1_000  # cost of a character that is part of no known word
_MAX_WORD = 40


class _Dict:
    def __init__(self, words: set[str], freqs: dict[str, int]):
        self.words = words
        total = sum(freqs.values()) or 1
        floor = math.log(total)  # a word the corpus never saw
        self.cost = {w: floor - math.log(freqs.get(w, 0) + 0.5) for w in words}
        prefixes: set[str] = set()
        for w in words:
            for i in range(1, len(w)):
                prefixes.add(w[:i])
        self.prefixes = prefixes


@lru_cache(maxsize=1)
def _load() -> Optional[_Dict]:
    try:
        from pythainlp.corpus import thai_words
        from pythainlp.corpus import tnc
    except ImportError:  # pythainlp is optional for the dictionary rules
        return None
    only_thai = re.compile("[" + _THAI_LETTER + "\u0e2f\u0e46]+")
    freqs: dict[str, int] = {}
    for word, n in tnc.word_freqs():
        if only_thai.fullmatch(word) and len(word) <= _MAX_WORD:
            freqs[word] = freqs.get(word, 0) + int(n)
    words = {w for w in thai_words() if len(w) <= _MAX_WORD and only_thai.fullmatch(w)}
    words.update(w for w, n in freqs.items() if n >= 3)
    return _Dict(words, freqs)


def available() -> bool:
    """Whether the word list could be loaded (pythainlp is installed)."""
    return _load() is not None


def known(word: str) -> bool:
    d = _load()
    return d is not None and word in d.words


def segment(text: str) -> tuple[list[str], int, float]:
    """Best split of a Thai run into words: (words, unknown characters, cost).

    A unigram model: each known word costs -log of its corpus frequency, each
    character no word covers costs far more, so the split with fewest unknown
    characters wins, then the most frequent words.
    """
    d = _load()
    n = len(text)
    if d is None:
        return [text], n, float(n * _UNKNOWN)
    best: list[float] = [0.0] + [math.inf] * n
    unknown = [0] * (n + 1)
    back = [0] * (n + 1)
    words, prefixes, cost = d.words, d.prefixes, d.cost
    for i in range(n):
        if best[i] == math.inf:
            continue
        # one unknown character
        c = best[i] + _UNKNOWN
        if c < best[i + 1]:
            best[i + 1], back[i + 1], unknown[i + 1] = c, i, unknown[i] + 1
        j = i + 1
        while j <= n and j - i <= _MAX_WORD:
            piece = text[i:j]
            if piece in words:
                c = best[i] + cost[piece]
                if c < best[j]:
                    best[j], back[j], unknown[j] = c, i, unknown[i]
            if piece not in prefixes:
                break
            j += 1
    out = []
    j = n
    while j > 0:
        i = back[j]
        out.append(text[i:j])
        j = i
    out.reverse()
    return out, unknown[n], best[n]


def first_word(text: str) -> str:
    """The first word of a line, for line-wrap decisions: up to a space, or the
    first dictionary word of a Thai run."""
    text = text.lstrip()
    if not text:
        return ""
    m = _THAI_RUN.match(text)
    if not m:
        return text.split(" ", 1)[0]
    run = m.group(0)
    if _load() is None:
        return run[:4]
    words, _, _ = segment(run[:_MAX_WORD * 2])
    return words[0] if words else run


def _score(run: str) -> tuple[int, float]:
    _, unknown, cost = segment(run)
    return unknown, cost


def _thai_context(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of Thai letters (and the stray spaces being repaired) around [start, end)."""
    i = start
    while i > 0 and "\u0e01" <= text[i - 1] <= "\u0e4e":
        i -= 1
    j = end
    while j < len(text) and "\u0e01" <= text[j] <= "\u0e4e":
        j += 1
    return i, j


def _choose(text: str, start: int, end: int, candidates: list[str]) -> str:
    """The candidate for text[start:end] that makes its Thai run read best."""
    i, j = _thai_context(text, start, end)
    left, right = text[i:start], text[end:j]
    best = None
    for cand in candidates:
        s = _score(left + cand + right)
        if best is None or s < best[0]:
            best = (s, cand)
    return best[1]


def _rule6(text: str) -> str:
    # ํ ... า with only spaces between: certainly ำ, no dictionary needed.
    text = _NIKHAHIT_SPACE_AA.sub(lambda m: m.group(1) + "\u0e33", text)
    if not _SPACE_AA.search(text) or _load() is None:
        return text
    out = []
    pos = 0
    for m in _SPACE_AA.finditer(text):
        base = m.group(1)
        cand = _choose(text, m.start(), m.end(), [base + "\u0e33", base + "\u0e32"])
        out.append(text[pos:m.start()])
        out.append(cand)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


# Rule 6b changes a letter inside text that may be right, so it asks for much:
# the า must touch a word the corpus hardly knows (or no word), and the ำ reading
# must be at least e**6 (~400) times likelier. "อา|นวย|การ" (25.9) against
# "อำนวยการ" (11.3) passes; "ทาสี" (11.7) against "ทำ|สี" (12.9) does not.
_WEAK_WORD = 12.5
_MARGIN_6B = 6.0


def _rule6b(text: str) -> str:
    """า → ำ inside a Thai run that reads badly, when ำ makes it read far better."""
    if "\u0e32" not in text or _load() is None:
        return text
    out = []
    pos = 0
    for m in _THAI_RUN.finditer(text):
        run = m.group(0)
        if "\u0e32" not in run or len(run) > 400:
            continue
        fixed = _fix_lost_am(run)
        if fixed != run:
            out.append(text[pos:m.start()])
            out.append(fixed)
            pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _weak_positions(words: list[str]) -> set[int]:
    """Indexes of the characters in unknown or rare words of a split."""
    d = _load()
    out: set[int] = set()
    pos = 0
    for w in words:
        if d is None or d.cost.get(w, _WEAK_WORD + 1) >= _WEAK_WORD:
            out.update(range(pos, pos + len(w)))
        pos += len(w)
    return out


def _fix_lost_am(run: str) -> str:
    words, unknown, cost = segment(run)
    # One ํ at a time, the best first; repeat while it helps (a run may have
    # lost more than one).
    for _ in range(4):
        weak = _weak_positions(words)
        if not weak:
            break
        best = None
        for m in _AA_AFTER_CONSONANT.finditer(run):
            if not any(p in weak for p in range(m.start() - 1, m.end() + 1)):
                continue
            cand = run[:m.start()] + m.group(1) + "\u0e33" + run[m.end():]
            w, u, c = segment(cand)
            if u <= unknown and c < cost - _MARGIN_6B and (best is None or c < best[0]):
                best = (c, u, cand, w)
        if best is None:
            break
        cost, unknown, run, words = best
    return run


def _rule7(text: str) -> str:
    if not _LATIN_IN_THAI.search(text) or _load() is None:
        return text
    out = []
    pos = 0
    for m in _LATIN_IN_THAI.finditer(text):
        latin = m.group(0)
        i, j = _thai_context(text, m.start(), m.end())
        left, right = text[i:m.start()], text[m.end():j]
        if not left and not right:
            continue
        best = None
        for cand in _latin_readings(latin):
            words, unknown, cost = segment(left + cand + right)
            if unknown == 0 and (best is None or cost < best[0]):
                best = (cost, cand)
        if best is not None:
            out.append(text[pos:m.start()])
            out.append(best[1])
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _latin_readings(latin: str, limit: int = 256) -> list[str]:
    """Every Thai string the table lets `latin` stand for (empty if some letter has none)."""
    results = [""]
    i = 0
    while i < len(latin):
        for size in (3, 2, 1):
            piece = latin[i:i + size]
            if len(piece) == size and piece in LATIN_LOOKALIKES:
                results = [r + t for r in results for t in LATIN_LOOKALIKES[piece]][:limit]
                i += size
                break
        else:
            return []
    return results


def _rule8(text: str) -> str:
    if not _SPACE_MARK.search(text):
        return text
    if _load() is None:
        return _SPACE_MARK.sub("", text)
    out = []
    pos = 0
    for m in _SPACE_MARK.finditer(text):
        if m.start() < pos:
            continue
        # the mark (and any marks stacked after it)
        k = m.end()
        while k < len(text) and (text[k] in "\u0e30\u0e33" or "\u0e31" <= text[k] <= "\u0e3a"
                                 or "\u0e47" <= text[k] <= "\u0e4e"):
            k += 1
        marks = text[m.end():k]
        i, _ = _thai_context(text, m.start(), k)
        left = text[i:m.start()]
        # the run after the marks
        r = k
        while r < len(text) and "\u0e01" <= text[r] <= "\u0e4e":
            r += 1
        right = text[k:r]
        before = _score(left + marks + right)
        after = _score(left + right[:1] + marks + right[1:]) if right else None
        out.append(text[pos:m.start()])
        if after is not None and after < before:
            out.append(right[:1] + marks)
            pos = k + 1
        else:
            out.append(marks)
            pos = k
    out.append(text[pos:])
    return "".join(out)


_MARGIN_9 = 4.0
_SPACE_IN_THAI = re.compile("(?<=[" + _THAI_LETTER + "])[ \u00a0]+(?=[" + _THAI_LETTER + "])")


def _rule9(text: str) -> str:
    """A space inside a Thai word (OCR, loose PDFs): "สำนั กปลั ด" → "สำนักปลัด".

    Thai puts spaces between phrases, never inside a word, so a space is taken
    out only when the joined text reads far better than its two pieces (e**4,
    about 50 times likelier): two real words side by side cost the same joined
    or apart, so the spaces between them stay.
    """
    if not _SPACE_IN_THAI.search(text) or _load() is None:
        return text
    for _ in range(8):  # a word may be cut more than once
        changed = False
        out = []
        pos = 0
        for m in _SPACE_IN_THAI.finditer(text):
            if m.start() < pos:
                continue
            i, _ = _thai_context(text, m.start(), m.start())
            _, j = _thai_context(text, m.end(), m.end())
            left, right = text[i:m.start()], text[m.end():j]
            _, _, cl = segment(left)
            _, _, cr = segment(right)
            _, _, cj = segment(left + right)
            if cj < cl + cr - _MARGIN_9:
                out.append(text[pos:m.start()])
                pos = m.end()
                changed = True
        if not changed:
            break
        out.append(text[pos:])
        text = "".join(out)
    return text


def repair(text: str) -> str:
    """Apply rules 6, 6b, 7, 8 and 9 to extracted Thai text (already `thai.normalize`d)."""
    if not text or not any("\u0e01" <= ch <= "\u0e5b" for ch in text):
        return text
    text = _rule8(text)
    text = _rule6(text)
    text = _rule7(text)
    text = _rule9(text)
    text = _rule6b(text)
    return text
