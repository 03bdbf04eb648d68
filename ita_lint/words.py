"""Thai words, not characters: tokens and a similarity for matching measures and issues.

Comparing Thai text character by character mistakes shared syllables for shared
meaning ("การ", "ข้อมูล" are in everything), and Thai writes no spaces between
words. So texts are compared as words: pythainlp's `newmm` tokeniser with a
dictionary of pythainlp's own words plus the rule pack's domain words (element
synonyms, kind and section names, statuses, column words — collected from the
vocabulary), so "ผู้รับผิดชอบ" or "ตัวชี้วัด" stay one word instead of
"ผู้|รับผิดชอบ" or "ตัว|ชี้|วัด".

Before comparing, a text is normalised: Thai digits made Arabic, numbering
dropped ("มาตรการที่ 1", "1.", "(๑)", "ก."), punctuation dropped, Latin lower-cased;
then function words (`STOP_WORDS`) and the words every measure carries
(`MEASURE_WORDS`: มาตรการ, กิจกรรม, โครงการ) are left out, and a nominalising
"การ"/"ความ" is taken off a word that stands without it ("การเปิดเผย" →
"เปิดเผย"), since a results report writes "การเปิดเผยข้อมูล" where the
measures wrote "เปิดเผยข้อมูล".

`similarity` is rapidfuzz's token-set ratio over those words (0–100): how much
of the smaller text's words the two share, measured over the words'
characters, so a title reworded by adding or dropping a few words stays high
and two measures that share one common word ("จัดซื้อจัดจ้าง") stay low.

Loading is lazy: pythainlp's tokeniser and the word index are loaded on the
first call that needs them (about half a second), once per process and pack, so
`ita-lint --version` and a check that compares nothing never pay for them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ita_lint.thai import to_arabic_digits

# Function words and the boilerplate of ITA analysis that say nothing about which
# measure or issue a text is about.
STOP_WORDS: frozenset[str] = frozenset("""
และ หรือ ของ ใน ที่ ให้ กับ เพื่อ โดย การ ความ แก่ แต่ ต่อ จาก ด้วย ได้ เป็น มี ตาม ซึ่ง อย่าง ทุก ไป มา ยัง ว่า
นี้ นั้น จะ ต้อง ควร ไม่ ซึ่ง อัน เรื่อง ด้าน ทั้ง หรือไม่ ไว้ แล้ว เมื่อ ถึง ระหว่าง ข้อ ที่สุด ขึ้น ยิ่งขึ้น ดังนี้ เช่น
ได้แก่ รวมถึง ตลอดจน ภายใน ภายนอก บาง ส่วน บางส่วน เกี่ยวกับ สำหรับ ทั้งนี้ อื่น อื่นๆ ฯลฯ ฯ บน ผ่าน สู่ แห่ง
""".split())

# Words every measure's name may open with: they tell nothing about which one it is.
MEASURE_WORDS: frozenset[str] = frozenset({"มาตรการ", "กิจกรรม", "โครงการ", "แนวทาง"})

_NOMINALISERS = ("การ", "ความ")

# Numbering at the start of a text or a line: "มาตรการที่ 1", "1.", "1.2", "1.2 ", "(๑)", "๑)", "ก.", "ข)", "IV."
_NUMBERING = re.compile(
    r"(?m)^\s*(?:[-–•▪●*]\s*)?"
    r"(?:(?:มาตรการ|กิจกรรม|โครงการ|ข้อ|ประเด็น)ที่\s*\d+(?:\.\d+)*\s*[.:)]?"
    r"|\(\s*(?:\d{1,3}|[ก-ฮ])\s*\)"
    r"|\d{1,3}(?:\.\d{1,3})*\s*[.)](?!\d)"
    r"|\d{1,3}(?:\.\d{1,3})+(?=\s)"
    r"|[ก-ฮ][.)](?=\s)"
    r"|(?:[IVX]{1,5})[.)](?=\s))\s*"
)
# A measure named after its number inside a text: "มาตรการที่ 3"
_NUMBER_WORDS = re.compile(r"(?:มาตรการ|กิจกรรม|โครงการ|ข้อ|ประเด็น)ที่\s*\d+(?:\.\d+)*")
# The word a measure's name opens with ("มาตรการเปิดเผย…"): taken off before tokenising, or
# newmm may read "มาตร|การกำกับ" and keep half of it.
_LEADING_MEASURE_WORD = re.compile(r"(?m)^\s*(?:มาตรการ|กิจกรรม|โครงการ)\s*(?=\S)")
# What is not a letter, a digit or a Thai mark: punctuation, symbols, quotes.
_NOT_WORD = re.compile(r"[^0-9A-Za-z\u0e01-\u0e4e\s]+")
_THAI_ONLY = re.compile(r"[\u0e01-\u0e4e]+")
_SPACES = re.compile(r"\s+")
# A space before a mark that cannot start a syllable: a PDF's extraction ("ป้ องกัน", "รับฟั ง").
_SPACE_BEFORE_MARK = re.compile("(?<=[\u0e01-\u0e4e])[ \u00a0]+(?=[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e])")


def normalise(text: str) -> str:
    """Text as it is compared: Arabic digits, no numbering, no punctuation, Latin lower-cased,
    single spaces. Thai words are still unsplit."""
    text = _SPACE_BEFORE_MARK.sub("", to_arabic_digits(text or ""))
    text = _NUMBERING.sub(" ", text)
    text = _NUMBER_WORDS.sub(" ", text)
    text = _LEADING_MEASURE_WORD.sub("", text)
    text = _NOT_WORD.sub(" ", text).replace("ๆ", " ")
    return _SPACES.sub(" ", text).strip().lower()


# --- the dictionary -----------------------------------------------------------------------


def domain_words(vocabulary) -> frozenset[str]:
    """Thai words the rule pack's vocabulary names: element synonyms and names, kind and
    section names, statuses, column words. Phrases joined by และ/หรือ are left out: they
    are word pairs, not words."""
    raw: list[str] = []
    for element in vocabulary.elements.values():
        raw += element.synonyms
        raw.append(element.name.th)
    for kind in vocabulary.kinds:
        raw.append(kind.name.th)
        for words in kind.extra_synonyms.values():
            raw += words
    for section in vocabulary.sections.values():
        raw.append(section.name.th)
    raw += vocabulary.statuses + vocabulary.measure_number_words + vocabulary.number_columns
    raw += vocabulary.other_columns + vocabulary.title_lead_words + vocabulary.fiscal_words
    score = vocabulary.score
    raw += score.total_row_words + score.change_words + score.score_column_words
    out: set[str] = set()
    for entry in raw:
        entry = re.sub(r"\([^)]*\)", " ", entry).replace("$", " ")
        for piece in re.split(r"[\s/]+", entry):
            if _THAI_ONLY.fullmatch(piece) and 2 <= len(piece) <= 24 and not re.search("และ|หรือ", piece[1:]):
                out.add(piece)
    return frozenset(out)


@lru_cache(maxsize=4)
def _index(extra: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """pythainlp's words plus `extra`, and every proper prefix of them.

    A trie of all 62,000 words takes about a second to build in Python; newmm only ever
    looks up words that occur in the text it splits, so each text gets a trie of just
    those, found through these sets (under a millisecond a text; 0.4 s to build once),
    and splits exactly as with the whole dictionary."""
    from pythainlp.corpus.common import thai_words

    words = frozenset(w for w in set(thai_words()) | extra if w)
    return words, frozenset(w[:k] for w in words for k in range(1, len(w)))


def _trie(text: str, extra: frozenset[str]):
    """A newmm dictionary of the words that occur in `text`."""
    from pythainlp.util import Trie

    words, prefixes = _index(extra)
    found = set()
    n = len(text)
    for i in range(n):
        for j in range(i + 1, n + 1):
            piece = text[i:j]
            if piece in words:
                found.add(piece)
            if piece not in prefixes:
                break
    # never an empty trie: newmm reads one as "no dictionary given" and builds pythainlp's whole one
    return Trie(found or {"\x00"})


def known_word(word: str, extra: frozenset[str] = frozenset()) -> bool:
    return word in _index(extra)[0]


_PACK_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def dictionary_for(pack=None) -> frozenset[str]:
    """The domain words of a loaded pack (none without one), collected once per pack."""
    if pack is None:
        return frozenset()
    vocabulary = pack.vocabulary
    hit = _PACK_WORDS.get(id(vocabulary))
    if hit is None or hit[0] is not vocabulary:
        hit = _PACK_WORDS[id(vocabulary)] = (vocabulary, domain_words(vocabulary))
    return hit[1]


# --- tokens --------------------------------------------------------------------------------


def tokenize(text: str, extra: frozenset[str] = frozenset()) -> list[str]:
    """Words of a normalised text: newmm over pythainlp's words plus `extra`, no spaces."""
    if not text:
        return []
    from pythainlp.tokenize import word_tokenize

    return [t for t in word_tokenize(text, custom_dict=_trie(text, extra), engine="newmm", keep_whitespace=False)
            if t.strip()]


def _root(word: str, extra: frozenset[str]) -> str:
    """"การเปิดเผย" → "เปิดเผย" when the rest is a word of its own."""
    for prefix in _NOMINALISERS:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 2 and known_word(rest, extra):
            return rest
    return word


def content_words(text: str, extra: frozenset[str] = frozenset()) -> list[str]:
    """The words that say what a text is about, in order: tokens of the normalised text without
    stop words, measure words, bare numbers and single letters, nominalisers taken off."""
    words = tokenize(normalise(text), extra)
    out = []
    for w in words:
        w = _root(w, extra)
        if w in STOP_WORDS or w in MEASURE_WORDS or w.isdigit() or len(w) < 2:
            continue
        out.append(w)
    return out


def similarity(a: Iterable[str], b: Iterable[str]) -> float:
    """rapidfuzz's token-set ratio of two word lists, 0–100 (0 when either is empty)."""
    from rapidfuzz import fuzz

    a, b = list(a), list(b)
    if not a or not b:
        return 0.0
    return float(fuzz.token_set_ratio(" ".join(a), " ".join(b)))
