"""A finding's line is the source line its text is on, in every format with lines.

An inline HTML fragment in a Markdown or text paragraph ("</table>", "<p>") breaks a line
where the source has none, a comment line inside a paragraph is skipped, a box splits a
line in two: counting a block's lines from its first one put findings lines below where
they are, even past the end of the file (the fuzz target's finding, bench/fuzz_readers.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options
from ita_lint.lint import _read, check_document
from ita_lint.readers import ReadError, ReadOptions
from ita_lint.thai import normalize, squash

PACK = load_pack("ita-2569")
TITLE = "# รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n\n"


def _placeholders(name: str, text: str) -> list[tuple[int, str]]:
    """(line, the blank quoted) of each placeholder finding."""
    result = check_document(_read(name, ReadOptions(), text.encode("utf-8")), PACK, Options(lang="en"))
    return sorted((f.location.line, re.search(r'"(.*)"', f.message).group(1))
                  for f in result.findings if f.rule == "placeholder")


@pytest.mark.parametrize("name", ["report.md", "report.txt"])
@pytest.mark.parametrize("text,lines", [
    # an inline tag breaks the paragraph's line: the blank after it is still on line 3
    (TITLE + "ผู้รับผิดชอบ </table> กองคลัง <p> ผลผลิต .....", [3]),
    (TITLE + "ผลลัพธ์: ก <p> ข\nผลผลิต: ค </table> (ระบุ)\nจบ", [4]),
    # a comment line inside a paragraph is skipped, not counted away
    (TITLE + "ผลลัพธ์: ก\n<!-- หมายเหตุ -->\n<!-- อีก -->\nผลผลิต: (ระบุ)", [6]),
    # status boxes split a line in two
    (TITLE + "☐ ไม่ได้ดำเนินการ ☐ อยู่ระหว่างดำเนินการ\nผลผลิต: xxx", [4]),
    # a tag's own line break far from the text after it
    (TITLE + "ก <p>\n\nข\nค .....", []),  # a blank line parts two paragraphs: "ค ....." is line 6
], ids=["tags-break-a-line", "two-lines", "comment-lines", "boxes", "blank-line-after-tag"])
def test_a_blank_after_an_inline_tag_is_on_its_own_line(name, text, lines):
    found = _placeholders(name, text)
    source = text.split("\n")
    if not lines:
        lines = [next(k + 1 for k, line in enumerate(source) if "....." in line)]
    assert [line for line, _ in found] == lines
    for line, blank in found:
        assert squash(blank) in squash(normalize(source[line - 1]))


def test_a_tag_in_the_last_line_never_puts_a_finding_past_the_end():
    text = TITLE + "ผลผลิต <p> ก <p> ข <p> ค </table> ......"
    assert _placeholders("report.md", text) == [(3, "......")]


def test_html_lines_split_by_br_on_one_source_line():
    html = ("<html><body><h1>รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</h1>\n"
            "<p>ผลลัพธ์<br>ก<br>ผลผลิต .....</p>\n<p>\n\n  ผู้รับผิดชอบ (ระบุ)</p></body></html>")
    assert [line for line, _ in _placeholders("report.html", html)] == [2, 5]


PIECES = ["มาตรการที่ 1", "ผู้รับผิดชอบ: กองคลัง", "ผลลัพธ์:", "ผลผลิต:", "☑ ดำเนินการแล้วเสร็จ", "☐", "......",
          "(ระบุ)", "xxx", "\n", "\n\n", " ", "# ", "- ", "1. ", "<p>", "</p>", "</table>", "<br>", "<div>", "<b>",
          "<!-- x -->", "<li>", "**", "[ ]", "[x]", "\t"]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(suffix=st.sampled_from([".md", ".txt", ".html"]),
       pieces=st.lists(st.one_of(st.sampled_from(PIECES), st.text("กขค ab.", max_size=6)), max_size=40))
def test_every_finding_is_on_a_line_of_the_input_holding_what_it_quotes(suffix, pieces):
    text = TITLE + "".join(pieces)
    try:
        document = _read("report" + suffix, ReadOptions(), text.encode("utf-8"))
    except ReadError:
        return
    result = check_document(document, PACK, Options(lang="en"))
    source = text.split("\n")
    for f in result.findings:
        line = f.location.line
        if line is None:
            continue
        assert 1 <= line <= len(source), f"{f.rule} at line {line} of {len(source)}"
        quoted = re.search(r'"(.*)"', f.message) if f.rule == "placeholder" else None
        # (in HTML a line break is a space: one line of text may run over several of the source)
        if quoted and suffix != ".html":
            # the line as shown: tags, comments and bold marks are not text
            shown = squash(re.sub(r"<[^<>]*>|\*\*|__", "", normalize(source[line - 1])))
            assert squash(quoted.group(1)) in shown, (f.rule, line, source[line - 1])


# inputs the fuzz target found (bench/fuzz_readers.py), kept: an inline tag in the last line, a
# form feed inside a line; each once put a finding past the end of its file
FOUND = sorted((Path(__file__).parent / "fixtures" / "fuzz-found").iterdir())


@pytest.mark.parametrize("found", FOUND, ids=lambda p: p.name)
def test_the_fuzz_targets_finds_are_on_lines_of_their_input(found):
    data = found.read_bytes()
    result = check_document(_read("report" + found.suffix, ReadOptions(), data), PACK, Options(lang="en"))
    lines = len(re.split(rb"\r\n|\r|\n", data))  # as an editor counts them
    assert result.findings and all(f.location.line is None or 1 <= f.location.line <= lines for f in result.findings)


def test_the_fuzz_targets_finds_are_kept():
    assert len(FOUND) >= 9


def test_a_page_break_is_not_a_line_of_the_source():
    # pdftotext writes a form feed before each page's first line, on that line: an editor counts
    # no line for it, so neither does a finding
    text = TITLE + "หน้าหนึ่ง\n\fหน้าสอง\n\fหน้าสาม .....\n"
    assert _placeholders("report.txt", text) == [(5, ".....")]
