"""No input makes ita-lint crash: every reader either reads bytes or says, in one line, why not."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options
from ita_lint.lint import _read, check_document
from ita_lint.readers import ReadError, ReadOptions

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = {
    ".md": (FIXTURES / "parity" / "report.md").read_bytes(),
    ".html": (FIXTURES / "parity" / "report.html").read_bytes(),
    ".docx": (FIXTURES / "parity" / "report.docx").read_bytes(),
    ".pdf": (FIXTURES / "parity" / "report.pdf").read_bytes(),
    # Word's Rich Text, uploaded as .txt (blind round 24)
    ".rtf": (Path(__file__).parent / "blind" / "round24" / "r02_ago_samutsakhonthara_results_2569.txt").read_bytes(),
    # an Outlook e-mail's source, quoted-printable Thai, uploaded as .txt (blind round 26)
    ".eml": (Path(__file__).parent / "blind" / "round26" / "r02_pwa_rayongkasem_results_2569.txt").read_bytes(),
    ".yaml": b"kind: results\ntitle: x\nmeasures:\n  - {measure: a, output: b, outcome: c}\n",
    ".json": b'{"kind": "plan", "title": "x", "measures": [{"measure": "a"}]}',
}


def _mutate(data: bytes, cuts: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for pos, length, junk in cuts:
        if not out:
            break
        pos %= len(out)
        out[pos:pos + length] = junk
    return bytes(out)


@pytest.mark.parametrize("suffix", sorted(SEEDS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cuts=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 64), st.binary(max_size=16)), max_size=4),
       truncate=st.one_of(st.none(), st.integers(0, 10**6)))
def test_damaged_files_are_read_or_refused_never_crash(tmp_path_factory, suffix, cuts, truncate):
    data = _mutate(SEEDS[suffix], cuts)
    if truncate is not None:
        data = data[: truncate % (len(data) + 1)]
    path = str(tmp_path_factory.mktemp("fuzz") / f"report{suffix}")
    pack = load_pack("ita-2569")
    try:
        document = _read(path, ReadOptions(), data)
    except ReadError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    result = check_document(document, pack, Options())
    assert 0.0 <= result.score <= 100.0


@pytest.mark.parametrize("letter", list("ฃฅฤฦ"))
@pytest.mark.parametrize("lead", ["ข้อ", "ข้อ ", "มาตรการที่ "])
def test_a_letter_no_list_counts_by_is_not_a_measure_number(lead, letter):
    # the fuzz target's "ข้อฤ": the number pattern took a letter its ordering does not know
    text = f"# รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. 2568\n\n{lead}{letter}\n\nดู{lead}{letter} ด้วย\n"
    result = check_document(_read("report.md", ReadOptions(), text.encode("utf-8")), load_pack("ita-2569"), Options())
    assert 0.0 <= result.score <= 100.0


def test_lettered_measures_with_one_unlabelled_are_counted_not_a_crash():
    # the fuzz target's damaged PDF: "ข." between labelled "ก." and "ค." reached int("ข")
    from ita_lint.extract import extract

    text = ("# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2568\n\n"
            "ก. จัดอบรมเจ้าหน้าที่\nผู้รับผิดชอบ: กองคลัง\nผลผลิต: อบรม 1 ครั้ง\nผลลัพธ์: เจ้าหน้าที่เข้าใจ\n\n"
            "ข. เผยแพร่ประกาศ\n\n"
            "ค. ตรวจสอบการจัดซื้อ\nผู้รับผิดชอบ: กองคลัง\nผลผลิต: ตรวจ 1 ครั้ง\nผลลัพธ์: ไม่พบการทุจริต\n")
    report = extract(_read("report.md", ReadOptions(), text.encode("utf-8")), load_pack("ita-2569"))
    assert [m.title for m in report.measures] == ["จัดอบรมเจ้าหน้าที่", "เผยแพร่ประกาศ", "ตรวจสอบการจัดซื้อ"]


def test_a_row_numbering_the_columns_by_letters_is_not_a_crash():
    # the same int() of a letter as above, found by reading the code after it: "ก. | ข. | ค." under a header
    text = ("# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2568\n\n"
            "| มาตรการ | ผู้รับผิดชอบ | ผลลัพธ์ |\n| --- | --- | --- |\n| ก. | ข. | ค. |\n| 1. จัดอบรม | กองคลัง | เข้าใจ |\n")
    result = check_document(_read("report.md", ReadOptions(), text.encode("utf-8")), load_pack("ita-2569"), Options())
    assert [m.title for m in result.report.measures] == ["จัดอบรม"]
