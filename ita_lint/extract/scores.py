"""Score figures: score tables, "ตัวชี้วัดที่ N … คะแนน" sentences, and stated results.

Only gathered here; whether they agree is the score-consistency check's business.
Text read by OCR is skipped: OCR misreads Thai digits too often (research note).
"""

from __future__ import annotations

import re
from typing import Optional

from ita_lint.engine.schema import ScoreVocabulary
from ita_lint.extract.lexicon import Lexicon
from ita_lint.model import BandStatement, Block, Location, ScoreFigure, ScoreRow
from ita_lint.thai import be_year, compact, parse_number, to_arabic_digits

_YEAR = re.compile(r"(?<!\d)(2[45]\d\d)(?!\d)")
# how far back a sentence may name IIT/EIT before its figure and still be about that part
PARTIAL_REACH = 60
# how far back "ITA" or "ผลการประเมิน" must stand for a figure to be the assessment's score
CONTEXT_REACH = 200


class _Compiled:
    def __init__(self, v: ScoreVocabulary):
        self.indicator = [re.compile(p) for p in v.indicator_patterns]
        self.total = [re.compile(p) for p in v.total_patterns]
        self.band = [re.compile(p) for p in v.band_patterns]
        self.partial = v.partial_markers
        self.context = v.context_markers
        self.score_words = [compact(w).lower() for w in v.score_column_words]
        self.total_words = [compact(w) for w in v.total_row_words]
        self.change_words = [compact(w).lower() for w in v.change_words]


_CACHE: dict[int, _Compiled] = {}


def _compiled(v: ScoreVocabulary) -> _Compiled:
    c = _CACHE.get(id(v))
    if c is None:
        c = _CACHE[id(v)] = _Compiled(v)
    return c


def find_scores(blocks: list[Block], lex: Lexicon, fiscal_year: Optional[int]):
    vocab = _compiled(lex.vocabulary.score)
    figures: list[ScoreFigure] = []
    rows: list[ScoreRow] = []
    bands: list[BandStatement] = []
    context_year = fiscal_year
    for block in blocks:
        if block.from_ocr:
            continue
        if block.type == "table":
            _table(block, vocab, figures, rows, context_year)
            continue
        text = to_arabic_digits(block.text)
        mentions = lex.calendar.fiscal_years(text) + lex.calendar.era_years(text)
        totals_here: list[tuple[int, float]] = []
        for pattern in vocab.indicator:
            for m in pattern.finditer(text):
                year = _year_before(mentions, m.start()) or context_year
                figures.append(ScoreFigure(int(m.group("indicator")), year, float(m.group("value")),
                                           _line_of(block, text, m.start())))
        seen: set[int] = set()
        for pattern in vocab.total:
            for m in pattern.finditer(text):
                if m.start("value") in seen:
                    continue  # the same figure, found by another wording
                before = text[max(0, m.start() - PARTIAL_REACH): m.start()]
                if any(marker in before for marker in vocab.partial):
                    continue
                if vocab.context and not any(c in text[max(0, m.start() - CONTEXT_REACH): m.end()] for c in vocab.context):
                    continue
                seen.add(m.start("value"))
                year = _year_before(mentions, m.start()) or context_year
                value = float(m.group("value"))
                figures.append(ScoreFigure(None, year, value, _line_of(block, text, m.start())))
                totals_here.append((m.start(), value))
        said: set[int] = set()
        for pattern in vocab.band:
            for m in pattern.finditer(text):
                if not totals_here or m.start("band") in said:
                    continue
                said.add(m.start("band"))
                _, score = min(totals_here, key=lambda t: abs(t[0] - m.start()))
                year = _year_before(mentions, m.start()) or context_year
                bands.append(BandStatement(m.group("band"), score, year, _line_of(block, text, m.start())))
        if mentions:
            context_year = max(mentions, key=lambda d: d.start).year
    return figures, rows, bands


def _year_before(mentions, pos: int) -> Optional[int]:
    before = [d for d in mentions if d.start < pos]
    return max(before, key=lambda d: d.start).year if before else None


def _line_of(block: Block, text: str, pos: int) -> Location:
    return block.located_lines()[text.count("\n", 0, pos)][1]


def _table(block: Block, vocab: _Compiled, figures: list[ScoreFigure], rows: list[ScoreRow],
           context_year: Optional[int]) -> None:
    if len(block.rows) < 2:
        return
    header = block.rows[0].cells
    year_cols: dict[int, int] = {}
    change_col: Optional[int] = None
    for i, cell in enumerate(header):
        c = compact(cell.text)
        years = [y for y in (be_year(t) for t in _YEAR.findall(c)) if y]
        if len(years) == 1:
            year_cols[i] = years[0]
        elif any(w in c.lower() for w in vocab.change_words):
            change_col = i
    if not year_cols:
        _total_row(block, vocab, figures, context_year)
        return
    for row in block.rows[1:]:
        if not row.cells:
            continue
        first = compact(row.cells[0].text)
        number = parse_number(row.cells[0].text)
        if number is not None and number.is_integer() and 1 <= number <= 99:
            indicator: Optional[int] = int(number)
        elif any(first.startswith(w) for w in vocab.total_words):
            indicator = None
        else:
            continue
        values = {}
        for col, year in year_cols.items():
            if col < len(row.cells):
                v = parse_number(row.cells[col].text)
                if v is not None:
                    values[year] = v
                    figures.append(ScoreFigure(indicator, year, v, row.location))
        change = parse_number(row.cells[change_col].text) if change_col is not None and change_col < len(row.cells) else None
        if len(values) == 2:
            rows.append(ScoreRow(indicator, values, change, row.location))


def _total_row(block: Block, vocab: _Compiled, figures: list[ScoreFigure], year: Optional[int]) -> None:
    """A score table without years ("แบบวัด | คะแนน"): its total row is a total of the year
    the text around it speaks of."""
    header = [compact(c.text).lower() for c in block.rows[0].cells]
    col = next((i for i, h in enumerate(header) if any(h.startswith(w) for w in vocab.score_words)), None)
    if col is None or year is None:
        return
    for row in block.rows[1:]:
        first = compact(row.cells[0].text) if row.cells else ""
        if col < len(row.cells) and any(first.startswith(w) for w in vocab.total_words):
            value = parse_number(row.cells[col].text)
            if value is not None and 0 <= value <= 100:
                figures.append(ScoreFigure(None, year, value, row.location))
