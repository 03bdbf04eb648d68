"""Dictionary-checked Thai repairs (rules 6-9 of the research note)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ita_lint import thai_dict
from ita_lint.thai import normalize

pytest.importorskip("pythainlp")

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.parametrize(
    "broken, fixed",
    [
        # rule 6: consonant + space + า — ำ or า by frequency
        ("น าขั้นตอน", "นำขั้นตอน"),
        ("ด าเนินการ", "ดำเนินการ"),
        ("จ านวน", "จำนวน"),
        ("น้ าท่วม", "น้ำท่วม"),
        ("ก ารประชุม", "การประชุม"),  # here า is right
        ("ส าน ักงาน", "สำนักงาน"),
        ("ํ า", "ำ"),  # ํ and า apart: ำ without asking the dictionary
        # rule 6b: ำ lost without a gap, inside a word the dictionary cannot read
        ("ฝาย อานวยการ", "ฝาย อำนวยการ"),  # the corpus case: ฝ่าย's tone stays lost
        # rule 7: Latin look-alikes inside a Thai word
        ("ผ่านการตรวจสoบ", "ผ่านการตรวจสอบ"),
        # rule 8: whitespace before a combining mark
        ("ส ิ่งที่", "สิ่งที่"),
        ("เจ้าหน้าท ี่", "เจ้าหน้าที่"),
        ("จ ัดทำ", "จัดทำ"),
        ("ส ำนักงาน", "สำนักงาน"),
        # rule 9: spaces inside words (OCR)
        ("สำนั กปลั ด", "สำนักปลัด"),
        ("รายงานผลการดำเนิ นการเพื่ อส่ งเสริ มคุ ณธรรม", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม"),
        ("หลัก เกณฑ์มาตรฐาน", "หลักเกณฑ์มาตรฐาน"),  # from the corpus
    ],
)
def test_repairs(broken, fixed):
    assert thai_dict.repair(normalize(broken)) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "ทาสี",  # า is right: ทำ|สี reads worse
        "ประชาชน เข้าถึง",  # a space between words is Thai's phrase separator
        "นาย สมชาย ใจดี",
        "กองคลัง งานพัสดุ",
        "ผลการประเมินITA ของปี",  # Latin that is no look-alike stays
        "No Gift Policy",
        "(Output) ร้อยละ ๙๒.๕๐",
        "องค์การบริหารส่วนตำบลสบป่อง",
        "ตามที องค์การ",  # ที่ lost its tone: ที is a word, nothing tells
        "",
        "plain ASCII text",
    ],
)
def test_leaves_alone(text):
    assert thai_dict.repair(text) == text


def test_what_cannot_be_fixed():
    # ฝ่าย written ฝาย is another word (a weir): its tone mark stays lost.
    assert thai_dict.repair("ฝาย อานวยการ").startswith("ฝาย ")


def test_clean_fixture_text_is_untouched():
    gen = _generator()
    for measure in gen.MEASURES:
        for cell in measure:
            for line in gen.cell_lines(cell):
                assert thai_dict.repair(line) == line, line


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")
def test_corpus_changes_are_only_the_artifacts():
    changed = []
    for path in sorted(CORPUS.glob("*.txt")):
        for line in normalize(path.read_text(encoding="utf-8")).splitlines():
            fixed = thai_dict.repair(line)
            if fixed != line:
                changed.append((line, fixed))
    # the two artifacts of the corpus and nothing else
    assert len(changed) == 2
    assert any("ฝาย อำนวยการ" in f for _, f in changed)
    assert any("หลักเกณฑ์มาตรฐาน" in f for _, f in changed)


def test_segment_and_first_word():
    words, unknown, _ = thai_dict.segment("ดำเนินการตามมาตรการ")
    assert "".join(words) == "ดำเนินการตามมาตรการ" and unknown == 0
    assert thai_dict.first_word("ผู้รับผิดชอบโครงการ") == "ผู้รับผิดชอบ"
    assert thai_dict.first_word("(Output) ผล") == "(Output)"
    assert thai_dict.known("อำนวยการ") and not thai_dict.known("อานวยการ")


def test_text_without_patterns_does_not_load_the_dictionary():
    code = (
        "import sys; from ita_lint import thai_dict;"
        "thai_dict.repair('ผลลัพธ์ที่ได้');"
        "print('pythainlp' in sys.modules)"
    )
    # rules 6b and 9 look at every Thai run with า or a space (so nearly every
    # real text loads the word list, 0.35 s once); a run with neither must not
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _generator():
    import importlib.util

    path = Path(__file__).parent / "fixtures" / "pdf" / "make_pdf_fixtures.py"
    spec = importlib.util.spec_from_file_location("make_pdf_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
