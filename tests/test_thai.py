"""Thai normalisation, digits, Buddhist Era years, dates and fiscal years."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_lint.engine.loader import load_pack
from ita_lint.thai import be_year, compact, fiscal_year_of, fiscal_year_span, normalize, parse_number, to_arabic_digits

CAL = load_pack("ita-2569").calendar


@pytest.mark.parametrize("raw,fixed", [
    ("สำานักงาน", "สำนักงาน"),          # ำ doubled by extraction
    ("น\u0e4d\u0e32", "นำ"),             # ํ + า
    ("ท\u0e49\u0e4d\u0e32", "ท้ำ"),      # ํ + tone + า -> tone + ำ
    ("ก\u0e48\u0e35", "กี่"),            # tone typed before its vowel
    ("เเละ", "และ"),
    ("ก\u200bข\u00adค\ufeff", "กขค"),    # zero-width and soft hyphen
    ("&amp;&nbsp;&#3585;", "&\xa0ก"),     # HTML entities
    ("\uf70aก", "่ก"),                   # private-use glyph form
    ("ກະ", "ກະ"),                        # Lao beside Lao stays
    ("กະ", "กะ"),                        # Lao look-alike beside Thai
])
def test_safe_repairs(raw, fixed):
    assert normalize(raw) == fixed


def test_normalize_keeps_lines_and_tabs_and_nfc_not_nfkc():
    assert normalize("ก\tข\nค") == "ก\tข\nค"
    assert normalize("ทำ") == "ทำ"  # NFKC would split ำ


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


def test_digits_and_numbers():
    assert to_arabic_digits("๒๕๖๘") == "2568"
    assert parse_number("๙๗.๓๐") == 97.3
    assert parse_number("-๐.๔๑") == -0.41
    assert parse_number("1,234.5") == 1234.5
    assert parse_number("คะแนน") is None
    assert compact("ระยะเวลา ดำเนินการ\n๖๘") == "ระยะเวลาดำเนินการ68"


@pytest.mark.parametrize("token,year", [("๒๕๖๘", 2568), ("2568", 2568), ("๖๘", 2568), ("2025", 2568), ("123", None), ("abc", None)])
def test_be_year(token, year):
    assert be_year(token) == year


def test_fiscal_year_arithmetic():
    assert fiscal_year_of(10, 2567) == 2568
    assert fiscal_year_of(9, 2568) == 2568
    assert fiscal_year_of(12, 2567) == 2568
    assert fiscal_year_of(1, 2568) == 2568
    assert fiscal_year_span(2568) == ((10, 2567), (9, 2568))


@pytest.mark.parametrize("text,expected", [
    ("ต.ค.๖๗ ถึง ก.ย. ๖๘", [(10, 2567), (9, 2568)]),
    ("ตุลาคม ๒๕๖๗ – กันยายน พ.ศ. 2568", [(10, 2567), (9, 2568)]),
    ("ตค 67", [(10, 2567)]),
    ("ต. ค. ๖๗", [(10, 2567)]),
    ("มี.ค.68", [(3, 2568)]),
    ("เดือน สิงหาคม ๒๕๖๖", [(8, 2566)]),
    ("ม.ค. 2569 และ ธ.ค. ๖๘", [(1, 2569), (12, 2568)]),
    ("ภายในปีงบประมาณ พ.ศ.๒๕๖๘", []),
])
def test_dates(text, expected):
    assert [(d.month, d.year) for d in CAL.dates(text)] == expected


def test_fiscal_year_mentions():
    assert [d.year for d in CAL.fiscal_years("ภายในปีงบประมาณ พ.ศ.๒๕๖๘ และปีงบประมาณ 67")] == [2568, 2567]
    assert [d.year for d in CAL.era_years("ประจำปี พ.ศ. ๒๕๖๘")] == [2568]
    assert [d.fiscal_year for d in CAL.dates("ต.ค. ๖๗")] == [2568]


def test_text_in_a_legacy_thai_font_is_read_back_through_tis620():
    # a font made before Unicode keeps each letter at its TIS-620 byte: the PDF's text
    # reads as Latin-1 ("à»Ô´à¼Â" for "เปิดเผย"); a line of such words is Thai again
    from ita_lint.thai import normalize

    legacy = "เปิดเผยข้อมูล การรับ-จ่ายเงิน ใน ๒๕๖๙".encode("cp874").decode("latin-1")
    assert normalize(legacy + " 12 รายการ") == "เปิดเผยข้อมูล การรับ-จ่ายเงิน ใน ๒๕๖๙ 12 รายการ"
    for kept in ("Café Müller ±5 °C", "ราคา ±5%", "Ã©"):  # a name, a symbol: no Thai in a legacy font
        assert normalize(kept) == kept
