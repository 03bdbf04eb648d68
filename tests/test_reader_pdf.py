"""The PDF reader on the fixtures of tests/fixtures/pdf (see make_pdf_fixtures.py)."""

from __future__ import annotations

import io
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")

from ita_lint.model import Block, Cell, Row  # noqa: E402
from ita_lint.readers import ReadError, ReadOptions, read_document  # noqa: E402
from ita_lint.thai import compact  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_pdf_fixtures", FIXTURES / "make_pdf_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _load_generator()
EXPECTED_ROWS = [["\n".join(GEN.cell_lines(c)) for c in m] for m in GEN.MEASURES]


@pytest.fixture(scope="module")
def results():
    return read_document(FIXTURES / "results-2568.pdf")


def tables(doc) -> list[Block]:
    return [b for b in doc.blocks if b.type == "table"]


def texts(row: Row) -> list[str]:
    return [c.text for c in row.cells]


_MEASURE_START = re.compile(r"^[0-9๐-๙]+\.")


def join_pages(blocks: list[Block]) -> list[Row]:
    """What the later stage does with per-page table blocks: a block whose first
    row repeats the first block's header continues it; its first body row, if its
    leading cells are empty (a row cut by a page break), is merged into the row
    before. A cut row whose first cell also continues has no empty leading cell;
    it is recognised here by its first cell not starting a numbered measure
    (a cue the later stage should use too)."""
    header = texts(blocks[0].rows[0])
    rows = list(blocks[0].rows)
    for block in blocks[1:]:
        body = block.rows
        if texts(body[0]) == header:
            body = body[1:]
        if body:
            first = body[0]
            cut = first.cells[0].is_blank or (
                not _MEASURE_START.match(first.cells[0].text) and _MEASURE_START.match(rows[-1].cells[0].text)
            )
            if cut:
                prev = rows[-1]
                merged = [
                    Cell("\n".join(t for t in (a.text, b.text) if t), a.checkboxes + b.checkboxes)
                    for a, b in zip(prev.cells, first.cells)
                ]
                rows[-1] = Row(merged, prev.location)
                body = body[1:]
        rows.extend(body)
    return rows


# --- the three-page table ---------------------------------------------------------------


def test_title_is_the_first_block(results):
    first = results.blocks[0]
    assert first.type == "heading"
    assert first.text == GEN.TITLE
    assert first.location.page == 1 and first.location.line == 1


def test_one_table_block_per_page_with_the_header_repeated(results):
    blocks = tables(results)
    assert [b.location.page for b in blocks] == [1, 2, 3]
    for b in blocks:
        assert texts(b.rows[0]) == GEN.HEADER
        assert all(len(r.cells) == 6 for r in b.rows)


def test_reading_order(results):
    kinds = [(b.type, b.location.page) for b in results.blocks]
    assert kinds.index(("table", 1)) > kinds.index(("paragraph", 1))  # the intro comes first
    last = results.blocks[-1]
    assert last.type == "paragraph" and last.text == GEN.CLOSING and last.location.page == 4


def test_row_cut_by_a_page_break_has_empty_leading_cells(results):
    page3 = tables(results)[2]
    cont = page3.rows[1]  # after the repeated header
    assert cont.cells[0].text == ""
    assert cont.cells[1].text and compact(GEN.MEASURES[3][1][-1]).endswith(compact(cont.cells[1].text))
    assert all(c.text == "" for c in cont.cells[2:])


def test_every_measure_once_with_every_cell(results):
    rows = join_pages(tables(results))
    assert texts(rows[0]) == GEN.HEADER
    assert texts(rows[1]) == [GEN.GROUP_ROW, "", "", "", "", ""]  # merged across all columns
    body = rows[2:]
    assert len(body) == len(EXPECTED_ROWS)
    for got, want in zip(body, EXPECTED_ROWS):
        for g, w in zip(texts(got), want):
            assert compact(g) == compact(w), (g, w)
    # Rows on one page come out exactly, line breaks included. (Measures 2 and 4
    # are cut by page breaks: their halves are joined above with a line break,
    # and their responsible cells hold two one-line paragraphs that look just
    # like one wrapped line: "สำนักปลัดงานการเจ้าหน้าที่".)
    for k in (0, 2, 4, 5, 6):
        assert texts(body[k]) == EXPECTED_ROWS[k]


def test_status_boxes(results):
    rows = join_pages(tables(results))[2:]
    for got, measure in zip(rows, GEN.MEASURES):
        output = got.cells[4]
        if isinstance(measure[4], tuple):
            ticked = measure[4][1]
            assert [(b.label, b.checked) for b in output.checkboxes] == [(s, s == ticked) for s in GEN.STATUSES]
            assert output.text.splitlines() == GEN.status_lines(ticked)
        else:
            assert output.checkboxes == []


def test_thai_text_is_clean(results):
    text = results.text()
    assert "ำา" not in text and "ํา" not in text
    assert "\uf700" not in text and "\ufffd" not in text
    assert "ดำเนินการ" in text and "สำนักปลัด" in text


def test_locations(results):
    for block in results.blocks:
        assert block.location.page is not None and block.location.line is not None
        for row in block.rows:
            assert row.location.page == block.location.page
            assert row.location.line >= 1
    page1 = tables(results)[0]
    lines = [r.location.line for r in page1.rows]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)


def test_page_numbers_are_not_text(results):
    assert not any(re.fullmatch(r"-\s*[0-9๐-๙]+\s*-", b.text) for b in results.blocks)


def test_owner_password_only_reads_like_the_plain_file(results):
    doc = read_document(FIXTURES / "owner-locked.pdf")
    assert doc.text() == results.text()


# --- merged cells ---------------------------------------------------------------------


def test_merged_cells_are_given_in_every_row_they_span():
    """A cell merged down rows gives its text in each of them, one merged across
    columns only in its first column, as the DOCX reader does (merged-cells.pdf
    is merged-cells.docx exported by LibreOffice)."""
    doc = read_document(FIXTURES / "merged-cells.pdf")
    [table] = tables(doc)
    assert texts(table.rows[0]) == GEN.HEADER
    body = table.rows[1:]
    assert [texts(r) for r in body] == GEN.merged_expected()
    # status boxes merged down two rows: in both, as copies
    a, b = body[3].cells[4], body[4].cells[4]
    assert [(x.label, x.checked) for x in a.checkboxes] == [(x.label, x.checked) for x in b.checkboxes]
    assert [x.checked for x in a.checkboxes] == [s == GEN.DONE for s in GEN.STATUSES]
    assert not any(x is y for x, y in zip(a.checkboxes, b.checkboxes))
    # each row's line is its own first line, not the repeated cell's
    lines = [r.location.line for r in table.rows]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)

    [docx_table] = tables(read_document(FIXTURES / "merged-cells.docx"))
    assert [texts(r) for r in docx_table.rows] == [texts(r) for r in table.rows]
    assert [[[(x.label, x.checked) for x in c.checkboxes] for c in r.cells] for r in docx_table.rows] == [
        [[(x.label, x.checked) for x in c.checkboxes] for c in r.cells] for r in table.rows
    ]


def test_vertical_merge_in_the_parity_report():
    """Measures 5 and 6 share one responsible cell, on one page."""
    doc = read_document(Path(__file__).parent / "fixtures" / "parity" / "report.pdf")
    rows = {r.cells[0].text[:2]: r for b in tables(doc) for r in b.rows}
    assert rows["๕."].cells[2].text == rows["๖."].cells[2].text == "กองยุทธศาสตร์และงบประมาณ"
    assert rows["๕."].location.line < rows["๖."].location.line


def _rules(lines):
    """Ruling lines (x0, y0, x1, y1; horizontal when y0 == y1) as the reader's."""
    from ita_lint.readers import pdf as reader

    return [
        reader._Rule(True, y0, x0, x1) if y0 == y1 else reader._Rule(False, x0, y0, y1) for x0, y0, x1, y1 in lines
    ]


def _drawn_blocks(rules, cells):
    """The blocks `layout` makes of ruling lines (see _rules) and texts (x, baseline,
    text), at 10 pt."""
    from ita_lint.readers import pdf as reader

    chars = []
    for x, base, text in cells:
        for ch in text:
            chars.append(reader._Char(ch, x, x + 5, base - 2, base + 7, base, 10.0, len(chars)))
            x += 6
    page = reader._Page(1, 300, 300)
    reader.layout(page, chars, _rules(rules))
    return reader._page_blocks(page, 10.0, [])


def _drawn_table(rules, cells):
    """The table blocks of _drawn_blocks."""
    return [b for b in _drawn_blocks(rules, cells) if b.type == "table"]


@pytest.mark.parametrize("middle_rule_from, want", [
    (250, ["all\ndown right", ""]),  # one cell across the whole width
    (150, ["all\ndown", "right"]),  # two tall cells side by side
])
def test_a_row_inside_tall_cells_is_not_given_twice(middle_rule_from, want):
    """A rule stub (here on the left border) makes a grid row boundary inside
    cells that span it: that grid row has no cell of its own and is no row."""
    from ita_lint.readers import pdf as reader

    rules = [(10, y, 210, y) for y in (280, 250, 150)] + [(10, 150, 10, 280), (210, 150, 210, 280)]
    rules += [(110, middle_rule_from, 110, 280), (10, 200, 16, 200)]  # the stub at y=200
    cells = [(15, 260, "head a"), (115, 260, "head b"), (15, 230, "all"), (15, 165, "down"), (115, 165, "right")]
    [table] = _drawn_table(rules, cells)
    assert [texts(r) for r in table.rows] == [["head a", "head b"], want]
    # the stub did make a grid row
    [grid] = reader._grids(_rules(rules))
    assert len(grid.ys) == 4


def test_the_end_of_a_word_past_its_cells_right_rule_stays_in_the_cell():
    """A header cell too narrow for its word: the last letters drawn past the table's right
    rule are the cell's, not a stray line of the page."""
    rules = [(10, y, 210, y) for y in (280, 250, 200)] + [(x, 200, x, 280) for x in (10, 110, 210)]
    [table] = _drawn_table(rules, [(15, 260, "head"), (115, 260, "ระยะเวลาการขอรายงาน"), (15, 230, "a"), (115, 230, "b")])
    assert [texts(r) for r in table.rows] == [["head", "ระยะเวลาการขอรายงาน"], ["a", "b"]]


def test_vertical_merge_in_a_drawn_table():
    """Column 0 merged down three grid rows, column 1 ruled between them: the
    merged text in each row, also in the row whose own cell is blank."""
    rules = [(10, y, 210, y) for y in (280, 250, 160)] + [(x, 160, x, 280) for x in (10, 110, 210)]
    rules += [(110, 220, 210, 220), (110, 190, 210, 190)]  # no rule under column 0 at 220 and 190
    [table] = _drawn_table(rules, [(15, 260, "h0"), (115, 260, "h1"), (15, 230, "tall"), (115, 230, "one"),
                                   (115, 170, "three")])
    assert [texts(r) for r in table.rows] == [["h0", "h1"], ["tall", "one"], ["tall", ""], ["tall", "three"]]
    assert table.rows[1].location.line == 2 and table.rows[3].location.line == 3



def test_a_mark_goes_with_its_letter_under_the_table_not_into_the_cell_its_box_reaches():
    """A signature line right under a table: the mark over "ช" in "ลงชื่อ" reaches above the
    table's bottom rule. It stays on its line; the number cell above keeps its number."""
    from ita_lint.readers import pdf as reader

    rules = [(10, y, 210, y) for y in (280, 250, 150)] + [(x, 150, x, 280) for x in (10, 110, 210)]
    chars = []
    for x, base, text in [(15, 260, "h0"), (115, 260, "h1"), (15, 160, "๓"), (115, 160, "row")]:
        for ch in text:
            chars.append(reader._Char(ch, x, x + 5, base - 2, base + 7, base, 10.0, len(chars)))
            x += 6
    for x, ch in [(15, "ล"), (21, "ง"), (27, "ช")]:
        chars.append(reader._Char(ch, x, x + 5, 138, 147, 140, 10.0, len(chars)))
    for ch in "ื่":  # drawn above the letter, their boxes inside the last row
        chars.append(reader._Char(ch, 27, 32, 151, 155, 140, 10.0, len(chars)))
    page = reader._Page(1, 300, 300)
    reader.layout(page, chars, _rules(rules))
    [table] = [b for b in reader._page_blocks(page, 10.0, []) if b.type == "table"]
    assert [texts(r) for r in table.rows] == [["h0", "h1"], ["๓", "row"]]
    assert [ln.text for ln in page.flow] == ["ลงชื่"]


def _flow(rows):
    """The page's flow lines `layout` makes of (x, baseline, text) runs (see _page)."""
    return [ln.text for ln in _page(rows).flow]


def test_words_line_numbers_in_the_margin_are_no_text():
    # Word's line numbering left on: 1 … 10 right-aligned in the margin, one a line
    rows = [(50 - 6 * (len(str(n)) - 1), 700 - 20 * n, str(n)) for n in range(1, 11)]
    texts = ["มาตรการที่ 1 เปิดเผยข้อมูล", "ขั้นตอนการดำเนินการ :", "1) ปรับปรุงข้อมูล", "ผู้รับผิดชอบ : กองคลัง"] * 3
    rows += [(90, 700 - 20 * n, texts[n - 1]) for n in range(1, 11)]
    assert _flow(rows) == texts[:10]


def test_a_page_with_one_numbered_line_loses_its_number_once_the_document_has_numbering():
    # a page a table fills: Word numbers its running header, not the table's rows
    from ita_lint.readers import pdf as reader

    page = _page([(50, 700, "1"), (90, 700, "องค์การบริหารส่วนตำบลหนองใส | รายงาน")])
    assert [ln.text for ln in page.flow] == ["1 องค์การบริหารส่วนตำบลหนองใส | รายงาน"]  # alone, not enough
    lines, found = reader._without_line_numbers(page.flow, reader.TEXT_SPACE_GAP, least=1)
    assert found and [ln.text for ln in lines] == ["องค์การบริหารส่วนตำบลหนองใส | รายงาน"]


def test_a_numbered_list_keeps_its_numbers():
    # numbers skip the line an item wraps onto, and a heading starts left of them
    rows = [(40, 700, "มาตรการส่งเสริมคุณธรรม")]
    n = 1
    for k in range(2, 12):
        if k % 3:
            rows += [(50, 700 - 20 * k, str(n)), (90, 700 - 20 * k, "กิจกรรม")]
            n += 1
        else:
            rows.append((90, 700 - 20 * k, "ต่อ"))
    assert _flow(rows)[1:5] == ["1 กิจกรรม", "ต่อ", "2 กิจกรรม", "3 กิจกรรม"]


def _page(rows, width: float = 600, height: float = 800):
    """A page `layout` makes of (x, baseline, text) runs, 10 pt letters 5 pt wide."""
    from ita_lint.readers import pdf as reader

    chars = []
    for x, base, text in rows:
        for ch in text:
            mark = reader._is_mark(ch)
            if ch != " ":
                at = x - 6 if mark else x
                chars.append(reader._Char(ch, at, at + 5, base - 2, base + 7, base, 10.0, len(chars)))
            x += 0 if mark else 6
    page = reader._Page(1, width, height)
    reader.layout(page, chars, [])
    return page


def _texts(page) -> list[str]:
    from ita_lint.readers import pdf as reader

    return [b.text for b in reader._page_blocks(page, 10.0, [])]


def test_a_line_set_in_under_a_full_line_starts_a_paragraph_and_a_running_header_joins_none():
    # a measure's title fills the line; its label, set in, is no continuation of it; the
    # running header at the top of the page is no first line of the title under it
    title = "มาตรการที่ ๒ ป้องกันผลประโยชน์ทับซ้อนในการจ้างจัดกิจกรรมประจำปีของหน่วยงานและสถานพยาบาลในสังกัด"
    rows = [(395, 740, "โรงพยาบาลหนองใส"), (40, 720, title), (60, 700, "วิธีการดำเนินการ"),
            (80, 680, "ประกาศแนวปฏิบัติ")]
    assert _texts(_page(rows)) == ["โรงพยาบาลหนองใส", title, "วิธีการดำเนินการ", "ประกาศแนวปฏิบัติ"]
    # a label's line set in, full to the edge, then the next measure's title at the margin
    label = "ผลที่คาดว่าจะได้รับ : รายได้ค่าบริการสนามตรวจสอบได้ครบถ้วนทุกรายการของหน่วยงานในสังกัด"
    rows = [(60, 720, label), (40, 700, "มาตรการที่ ๔ เสริมสร้างวัฒนธรรมองค์กร")]
    assert _texts(_page(rows)) == [label, "มาตรการที่ ๔ เสริมสร้างวัฒนธรรมองค์กร"]


def test_a_booklet_printed_for_folding_is_read_in_the_order_of_its_page_numbers():
    """A5 pages two to a landscape sheet, imposed for folding: sheet 1 holds pages 4 | 1,
    sheet 2 pages 2 | 3. Read 1, 2, 3, 4 by the numbers printed under the halves."""
    from ita_lint.readers import pdf as reader

    def sheet(left: str, right: str, numbers: str):
        rows = [(40, 500 - 20 * k, f"{left} บรรทัด {k}") for k in range(4)]
        rows += [(460, 500 - 20 * k, f"{right} บรรทัด {k}") for k in range(4)]
        rows += [(200, 30, numbers[0]), (620, 30, numbers[1])]
        return _page(rows, 842, 595)

    pages = [sheet("หน้าสี่", "หน้าหนึ่ง", "41"), sheet("หน้าสอง", "หน้าสาม", "23")]
    assert [p.half_numbers for p in pages] == [(4, 1), (2, 3)]
    firsts = [p.flow[0].text for p in reader._unfolded(pages)]
    assert firsts == ["หน้าหนึ่ง บรรทัด 0", "หน้าสอง บรรทัด 0", "หน้าสาม บรรทัด 0", "หน้าสี่ บรรทัด 0"]
    # sheets whose halves already run in order stay as they are
    plain = [sheet("หน้าหนึ่ง", "หน้าสอง", "12"), sheet("หน้าสาม", "หน้าสี่", "34")]
    assert reader._unfolded(plain) == plain

# --- prose ----------------------------------------------------------------------------


def test_prose_headings_and_label_lines():
    doc = read_document(FIXTURES / "prose-measures.pdf")
    assert doc.blocks[0].type == "heading" and doc.blocks[0].text == GEN.PROSE_TITLE
    body = [b.text for b in doc.blocks]
    for heading, lines in GEN.PROSE_MEASURES:
        assert heading in body
        for line in lines:
            assert line in body
    assert [b.type for b in doc.blocks if b.text.startswith("มาตรการที่")] == ["heading", "heading"]


# --- unreadable input -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name, message",
    [
        ("encrypted.pdf", "encrypted PDF"),
        ("truncated.pdf", "truncated"),
        ("many-pages.pdf", "501 pages, over the limit of 500 (--max-pages)"),
        ("results-2568-scanned.pdf", "no text layer — scanned PDF; try --ocr"),
    ],
)
def test_errors(name, message):
    with pytest.raises(ReadError) as err:
        read_document(FIXTURES / name)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_pages_that_draw_nothing_are_no_scan(tmp_path):
    """No text and no picture on any page (content missing, or written so that PDFium
    cannot read it: Chrome and Edge show such pages blank): OCR cannot help."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument.new()
    pdf.new_page(595, 842)
    path = tmp_path / "blank.pdf"
    pdf.save(str(path))
    with pytest.raises(ReadError, match=r"^its pages draw nothing \(no text, no picture\): damaged PDF or empty pages"):
        read_document(path)


def test_page_limit_is_checked_before_reading():
    with pytest.raises(ReadError, match=r"^4 pages, over the limit of 3 \(--max-pages\)$"):
        read_document(FIXTURES / "results-2568.pdf", ReadOptions(max_pages=3))


def test_not_a_pdf(tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"<html>not found</html>")
    with pytest.raises(ReadError, match="not a PDF"):
        read_document(bad)


def test_garbage_after_the_header(tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    with pytest.raises(ReadError, match="damaged PDF"):
        read_document(bad)


def test_import_is_light():
    """`ita-lint --version` must not pay for pdfium or pythainlp."""
    code = (
        "import sys, ita_lint.readers.pdf, ita_lint.readers.ocr, ita_lint.thai_dict;"
        "print(sorted(m for m in ('pypdfium2', 'pythainlp', 'PIL', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- OCR ------------------------------------------------------------------------------


def _tesseract():
    from ita_lint.readers import ocr

    return ocr.available()


@pytest.mark.skipif(not _tesseract(), reason="tesseract with Thai data is not installed")
def test_ocr_reads_the_scanned_page():
    doc = read_document(FIXTURES / "results-2568-scanned.pdf", ReadOptions(ocr=True))
    assert doc.blocks and all(b.from_ocr for b in doc.blocks)
    assert all(b.location.page == 1 for b in doc.blocks)
    text = compact(doc.text())
    assert "ำา" not in text and "ํา" not in text
    for phrase in ("รายงานผลการดำเนินการ", "ความโปร่งใส", "สำนักปลัด", "ผู้รับผิดชอบ", "ดำเนินการแล้วเสร็จ"):
        assert phrase in text, phrase
    # the ruled table is found in the picture: a table of six columns whose
    # first row is the header
    [table] = [b for b in doc.blocks if b.type == "table"]
    assert all(len(r.cells) == 6 for r in table.rows)
    header = [compact(c.text) for c in table.rows[0].cells]
    assert sum(h.endswith(compact(w)[-6:]) or compact(w)[:6] in h for h, w in zip(header, GEN.HEADER)) >= 4


def test_ocr_without_tesseract(monkeypatch):
    from ita_lint.readers import ocr

    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    with pytest.raises(ReadError, match=r"^--ocr needs tesseract with Thai data: apt-get install tesseract-ocr tesseract-ocr-tha$"):
        read_document(FIXTURES / "results-2568-scanned.pdf", ReadOptions(ocr=True))


def _shape(blocks):
    return [(b.type, b.plain_text(), b.location.line) for b in blocks]


def test_rotated_page_in_a_form_xobject_reads_like_the_original(results):
    """/Rotate 90 and content inside a Form XObject (as PDF merging tools store
    pages): same blocks, same lines as the original page 1."""
    doc = read_document(FIXTURES / "rotated.pdf")
    assert _shape(doc.blocks) == _shape([b for b in results.blocks if b.location.page == 1])


def test_a_page_turned_on_its_sheet_without_rotate_reads_like_the_original(results, tmp_path):
    """A landscape page printed onto portrait paper: its content turned a quarter, and no
    /Rotate to say so. Its letters run up the sheet, so it is read turned back."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(FIXTURES / "rotated.pdf"))
    pdf[0].set_rotation(0)
    pdf.save(str(tmp_path / "turned.pdf"))
    pdf.close()
    doc = read_document(tmp_path / "turned.pdf")
    assert _shape(doc.blocks) == _shape([b for b in results.blocks if b.location.page == 1])


def test_damaged_bytes_give_a_read_error_or_a_document(tmp_path):
    """Bytes changed inside the file: never a traceback, never a hang."""
    import random
    import time

    data = (FIXTURES / "results-2568.pdf").read_bytes()
    rng = random.Random(2568)
    for k in range(25):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            i = rng.randrange(200, len(mutated))
            mutated[i] = rng.randrange(256)
        path = tmp_path / f"m{k}.pdf"
        path.write_bytes(bytes(mutated))
        start = time.perf_counter()
        try:
            read_document(path)
        except ReadError as exc:
            assert "\n" not in str(exc)
        assert time.perf_counter() - start < 10


@pytest.mark.parametrize(
    "ch, font, box",
    [
        ("þ", "ABCDEF+Wingdings-Regular", "☑"),
        ("¨", "Wingdings", "☐"),
        ("\uf0fe", "Wingdings", "☑"),
        ("\uf0a8", "Wingdings", "☐"),
        ("R", "BCDEFG+Wingdings2", "☑"),
        ("£", "Wingdings 2", "☐"),
        ("R", "THSarabunPSK", None),
        ("o", "TH SarabunPSK", None),
    ],
)
def test_symbol_font_ballot_boxes(ch, font, box):
    from ita_lint.readers import pdf as reader

    assert reader._symbol_box(ch, font) == box


@pytest.mark.parametrize(
    "line, text, boxes",
    [
        ("☐ไม่สามารถดำเนินการได้", "☐ ไม่สามารถดำเนินการได้", [("ไม่สามารถดำเนินการได้", False)]),
        ("☐ ✓ ดำเนินการแล้วเสร็จ", "☑ ดำเนินการแล้วเสร็จ", [("ดำเนินการแล้วเสร็จ", True)]),
        ("☒ ดำเนินการแล้วเสร็จ ☐ อยู่ระหว่างการดำเนินการ", "☑ ดำเนินการแล้วเสร็จ ☐ อยู่ระหว่างการดำเนินการ",
         [("ดำเนินการแล้วเสร็จ", True), ("อยู่ระหว่างการดำเนินการ", False)]),
    ],
)
def test_box_lines(line, text, boxes):
    from ita_lint.readers import pdf as reader

    cleaned = reader._clean(line)
    assert cleaned == text
    assert [(b.label, b.checked) for b in reader._checkboxes([cleaned])] == boxes


def test_a_scanned_page_among_typed_ones_is_said():
    """A page that shows something but holds no text is not read: a note names it."""
    import pypdfium2 as pdfium

    from ita_lint.readers import parse_bytes

    fixtures = Path(__file__).parent / "fixtures" / "pdf"
    merged = pdfium.PdfDocument.new()
    merged.import_pages(pdfium.PdfDocument(str(fixtures / "results-2568.pdf")), [0])
    merged.import_pages(pdfium.PdfDocument(str(fixtures / "results-2568-scanned.pdf")), [0])
    out = io.BytesIO()
    merged.save(out)
    document = parse_bytes("mixed.pdf", out.getvalue())
    assert [(n.code, n.params["pages"]) for n in document.notes] == [("pages-without-text", "2")]


@pytest.fixture(scope="module")
def ocr_layered(tmp_path_factory) -> Path:
    """The scanned fixture as a scanner's software or ocrmypdf leaves it: the page picture
    with tesseract's text laid invisibly under it (tesseract's own `pdf` output)."""
    from ita_lint.readers import ocr

    if not ocr.available():
        pytest.skip("tesseract with Thai data is not installed")
    import pypdfium2 as pdfium

    folder = tmp_path_factory.mktemp("ocr-layer")
    pdf = pdfium.PdfDocument(str(FIXTURES / "results-2568-scanned.pdf"))
    try:
        _save_pgm(pdf[0], folder / "page.pgm")
    finally:
        pdf.close()
    subprocess.run(["tesseract", str(folder / "page.pgm"), str(folder / "layered"), "-l", "tha+eng",
                    "--dpi", "300", "pdf"], check=True, capture_output=True, timeout=300)
    return folder / "layered.pdf"


def _save_pgm(page, path: Path) -> None:
    bitmap = page.render(scale=300 / 72, grayscale=True)
    try:
        rows = b"".join(bytes(bitmap.buffer[y * bitmap.stride: y * bitmap.stride + bitmap.width])
                        for y in range(bitmap.height))
        path.write_bytes(b"P5\n%d %d\n255\n" % (bitmap.width, bitmap.height) + rows)
    finally:
        bitmap.close()


def test_a_scan_with_an_invisible_ocr_layer_reads_as_ocr(ocr_layered):
    # without --ocr: the layer is read, its letters joined back into Thai words, the
    # table's rules found in the picture, every block marked as OCR
    doc = read_document(ocr_layered)
    assert doc.blocks and all(b.from_ocr for b in doc.blocks)
    text = compact(doc.text())
    for phrase in ("รายงานผลการดำเนินการ", "ความโปร่งใส", "ผู้รับผิดชอบ"):
        assert phrase in text, phrase
    [table] = [b for b in doc.blocks if b.type == "table"]
    assert all(len(r.cells) == 6 for r in table.rows)


def test_a_browsers_echo_of_a_stacked_cluster_is_dropped():
    # Chromium's "Save as PDF" maps the glyph of "ั้" to the whole cluster "ตั้" again, drawn
    # small above the letter: "แต่งตั้งตั้ผู้…" without this
    from ita_lint.readers.pdf import _Char, _without_cluster_echoes

    def ch(c, x0, x1, y0=463.5, y1=468.5):
        return _Char(c, x0, x1, y0, y1, y0, 10.0, 0)

    chars = [ch("ต", 269.3, 270.6), ch("ั", 270.6, 271.9), ch("้", 271.9, 273.2), ch("ง", 274.4, 277.3),
             ch("ต", 271.8, 272.7, 471.6, 473.6), ch("ั", 272.7, 273.6, 471.6, 473.6), ch("้", 273.6, 274.6, 471.6, 473.6),
             ch("ผ", 278.9, 280.1)]
    assert "".join(c.ch for c in _without_cluster_echoes(chars)) == "ตั้งผ"
    # the same cluster written again at full size is text, not an echo ("ตั้งตั้ง")
    again = chars[:4] + [ch("ต", 278.0, 279.3), ch("ั", 279.3, 280.6), ch("้", 280.6, 281.9)]
    assert "".join(c.ch for c in _without_cluster_echoes(again)) == "ตั้งตั้"


def test_a_line_of_a_cell_that_opens_with_a_mark_ends_the_line_above():
    from ita_lint.readers.pdf import _marks_joined

    assert _marks_joined(["- ปรับปรุงหน้าเว็บไซต", "์“ITA/MOIT” ของโรงพยาบาล", "- ตรวจสอบ"]) == \
        ["- ปรับปรุงหน้าเว็บไซต์“ITA/MOIT” ของโรงพยาบาล", "- ตรวจสอบ"]


def _word(text: str, x: float, base: float, size: float = 10.0) -> list:
    from ita_lint.readers.pdf import _Char
    return [_Char(ch, x + k * 5.0, x + k * 5.0 + 4.5, base - 2, base + 7, base, size, 0) for k, ch in enumerate(text)]


@pytest.mark.parametrize("lines, parted", [
    # two lines of text each side of the missing rule, kept off it: two cells
    ([("ขั้นตอนหนึ่ง", 12, 60), ("ขั้นตอนสอง", 12, 48), ("กองคลัง", 103, 60), ("งานพัสดุ", 103, 48)], True),
    # one line each side, each at its cell's left edge: two cells
    ([("ขั้นตอนหนึ่ง", 12, 60), ("ตุลาคม", 103, 60)], True),
    # a title centred over the merged cells, a word's gap falling at the rule's place: one cell
    ([("ประจำปี", 60, 60), ("(1ตุลาคม)", 103, 60)], False),
    # a letter across the column's place: one cell
    ([("ข้อความยาวที่ข้ามเส้นแบ่งคอลัมน์ไป", 12, 60)], False),
])
def test_a_row_drawn_by_its_shading_alone_keeps_the_tables_columns(lines, parted):
    # a zebra-striped table: the middle row has no rule at x=100, the rows above and below do
    from ita_lint.readers.pdf import _Rule, _grid
    hs = [_Rule(True, y, 10, 200) for y in (90, 70, 40, 20)]
    vs = [_Rule(False, 10, 20, 90), _Rule(False, 200, 20, 90), _Rule(False, 100, 70, 90), _Rule(False, 100, 20, 40)]
    chars = [c for text, x, base in lines for c in _word(text, x, base)]
    grid = _grid(hs, vs, chars)
    assert (grid.region[1][0] != grid.region[1][1]) is parted


def test_cards_drawn_as_boxes_of_one_size_are_read_card_by_card():
    # an infographic: three filled boxes side by side, their lines on shared baselines
    from ita_lint.readers.pdf import _lines
    from ita_lint.readers.pdf_cards import cards
    boxes = [(10, 100, 190, 200), (210, 100, 390, 200), (410, 100, 590, 200)]
    chars = []
    for k, (x0, _, _, _) in enumerate(boxes, start=1):
        chars += _word(f"Measure{k}", x0 + 5, 180) + _word(f"Owner{k}", x0 + 5, 160)
    chars += _word("Signed", 10, 60)  # below the cards, in none
    for n, c in enumerate(chars):
        c.index = n
    lines = _lines(chars)
    assert len(lines) == 3  # each baseline runs across all three cards
    read = cards(lines, boxes + [(0, 0, 600, 800)], 600, 800, _lines)
    texts = [(ln.column, ln.text) for ln in read]
    assert texts[:1] == [(0, "Signed")]
    assert [t for col, t in texts if col] == ["Measure1", "Owner1", "Measure2", "Owner2", "Measure3", "Owner3"]
    assert [col for col, _ in texts if col] == [1, 1, 2, 2, 3, 3]


def test_paragraphs_of_one_line_each_set_alike_are_no_wrapped_lines():
    # every line of page 2 set the same distance apart: paragraph spacing, not a wrap; the
    # label's value that fills its line does not run on into "มาตรการที่ ๔ …" under it
    from tests.conftest import lint_text

    document = read_document(FIXTURES / "one-spacing.pdf")
    result = lint_text("", "ita-2569", document=document)
    assert [m.number for m in result.report.measures] == ["1", "2", "3", "4", "5"]
    assert "มาตรการที่" not in result.report.measures[2].elements["outcome"].text


def _pdf_line(text: str, x: float, base: float, size: float = 10.0):
    from ita_lint.readers.pdf import _Line
    chars = _word(text, x, base, size)
    return _Line(chars, text, chars[0].x0, chars[-1].x1, base, size)


@pytest.mark.parametrize("prev, nxt, opener, wrapped", [
    # a list item's line wraps under its own text…
    (("1.2 Measure text runs to the edge", 50), ("and goes on", 70), None, True),
    # …so a line set in from its number but out from its text is a line of its own
    (("1.2 Measure text runs to the edge", 50), ("Steps", 60), None, False),
    # a line set out from a list item but in from the margin: the next part
    (("runs on to the right edge of the column", 80), ("Owner - unit", 60), ("(3) item", 80), False),
    # a line set to the right (a running header) wraps into no line below it
    (("Agency name", 130), ("Title of the report", 20), "prev", False),
])
def test_a_lines_place_says_whether_the_line_above_wrapped_into_it(prev, nxt, opener, wrapped):
    from ita_lint.readers.pdf import _wrapped
    above, below = _pdf_line(prev[0], prev[1], 100), _pdf_line(nxt[0], nxt[1], 88)
    first = above if opener == "prev" else (_pdf_line(opener[0], opener[1], 112) if opener else above)
    right = above.x1 + 1  # the line above ends at the column's right edge
    assert _wrapped(above, below, right, 10.0, first) is wrapped


def test_a_grid_drawn_inside_another_grids_cell_keeps_its_own_letters():
    # a Wix page printed by Chromium (blind round 27): the page's content framed as one box,
    # the measures' cards boxed inside it; each card's letters belong to the card's cell
    from pathlib import Path

    from ita_lint.readers import read_document

    path = Path(__file__).parent / "blind" / "round27" / "r06_cc_yalaphirom_results_2569.pdf"
    document = read_document(path)
    cards = [b for b in document.blocks if b.type == "table" and b.location.page == 1
             and any("มาตรการที่ 1" in c.text for r in b.rows for c in r.cells)]
    [table] = cards
    texts = [c.text for c in table.rows[0].cells]
    assert texts[0].startswith("มาตรการที่ 1") and "มาตรการที่ 2" not in texts[0]
    assert texts[1].startswith("มาตรการที่ 2")


def test_text_run_over_a_sheets_gridlines_is_its_first_cells():
    """A spreadsheet printed with its gridlines: the title typed in A1 runs on over the
    empty cells to its right, its letters over the rules with no padding. It is A1's (a
    title row, read as the title); the cells of the next rows, each kept from the rules
    by its padding, stay apart."""
    rules = [(10, y, 290, y) for y in (280, 250, 220, 190)] + [(x, 190, x, 280) for x in (10, 100, 190, 290)]
    title = "รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ"  # from x=15 to past x=190
    blocks = _drawn_blocks(rules, [(15, 260, title), (15, 230, "aaaaaaaaaaaaa"), (105, 230, "b"), (195, 230, "c"),
                                   (15, 200, "d"), (105, 200, "e"), (195, 200, "f")])
    assert blocks[0].text == title
    [table] = [b for b in blocks if b.type == "table"]
    assert [texts(r) for r in table.rows] == [["aaaaaaaaaaaaa", "b", "c"], ["d", "e", "f"]]


# Two cards boxed side by side; the strip test's card is the left one.
_CARDS = [(10, y, 290, y) for y in (280, 150)] + [(x, 150, x, 280) for x in (10, 200, 290)]


def test_a_strip_of_named_columns_in_a_card_is_a_table_nested_in_its_cell():
    """A card: its title, then three names side by side with what each holds wrapped under
    it in its own column, then a line across the card after a wider gap."""
    lines = [(20, 260, "มาตรการ 1 เปิดเผยข้อมูล"),  # (a mark before a space: the helper gives it width)
             (20, 240, "คนรับงาน"), (80, 240, "ระยะเวลา"), (140, 240, "ติดตาม"),
             (20, 228, "กองคลัง"), (80, 228, "ต.ค. 69"), (140, 228, "รายงาน"),
             (140, 216, "ทุกเดือน"),
             (20, 196, "ตัวชี้วัด: ร้อยละ 90"),
             (210, 260, "มาตรการที่ 2")]
    [table] = _drawn_table(_CARDS, lines)
    assert texts(table.rows[0])[0].split("\n") == [
        "มาตรการ 1 เปิดเผยข้อมูล", "คนรับงาน | ระยะเวลา | ติดตาม", "กองคลัง | ต.ค. 69 | รายงาน",
        " |  | ทุกเดือน", "ตัวชี้วัด: ร้อยละ 90"]


def test_words_spread_over_a_cell_at_changing_places_are_no_strip():
    """Justified lines have wide gaps too, at other places on each line: prose."""
    lines = [(20, 260, "กขค"), (110, 260, "งจฉ"), (20, 248, "ชซ"), (50, 248, "ฌญฎฏฐฑฒณดตถท"), (210, 260, "x")]
    [table] = _drawn_table(_CARDS, lines)
    assert " | " not in texts(table.rows[0])[0]


def _run(text, x, base, size=10.0, start=0):
    """Letters 5 wide from x on one baseline; a mark over the letter before it."""
    from ita_lint.readers import pdf as reader

    out = []
    for k, ch in enumerate(text):
        if reader._is_mark(ch) and out:
            out.append(reader._Char(ch, out[-1].x0, out[-1].x1, base - 2, base + 7, base, size, start + k))
            continue
        out.append(reader._Char(ch, x, x + 5, base - 2, base + 7, base, size, start + k))
        x += 5
    return out


def test_a_long_run_pdfium_places_off_its_line_goes_back_into_the_gap_it_fits():
    """Chromium's /ActualText spans in an annotation's appearance drawn into the page:
    pdfium gives their letters without the form's transform, near the page's corner. A
    run as wide as the gap its neighbours leave on their line goes back into it; one that
    does not fit stays where it is (a jump to another place and back)."""
    from ita_lint.readers import pdf as reader

    chars = _run("แจ้งผล", 100, 500) + _run("แก่ผู้ร้องเรี", 0, 8, start=6) + _run("ยน", 165, 500, start=19)
    # "แจ้งผล" ends at x=125, the run is 40 wide: "ยน" at 165
    reader._place_strays(chars, None)
    assert [ln.text for ln in reader._lines(chars)] == ["แจ้งผลแก่ผู้ร้องเรียน"]
    apart = _run("แจ้งผล", 100, 500) + _run("หัวข้อที่อยู่ที่อื่นไกลออกไป", 0, 8, start=6) + _run("ยน", 165, 500, start=27)
    reader._place_strays(apart, None)
    assert [ln.text for ln in reader._lines(apart)] == ["แจ้งผล ยน", "หัวข้อที่อยู่ที่อื่นไกลออกไป"]


def test_text_typed_between_two_labels_drawn_as_one_run_reads_in_its_place():
    """A form's labels "มาตรการที่ …… ชื่อมาตรการ" drawn as one run, the number typed on
    the dotted line between them afterwards, a little above their baseline."""
    from ita_lint.readers import pdf as reader

    labels = _run("มาตรการที่", 10, 500) + _run("ชื่อ", 120, 500, start=10)
    chars = labels + _run("3", 80, 502, size=8.0, start=14)
    assert [ln.text for ln in reader._lines(chars)] == ["มาตรการที่ 3 ชื่อ"]
    # runs side by side, none in a gap of another, keep their order
    assert [ln.text for ln in reader._lines(_run("ก ข", 10, 500) + _run("ค", 60, 500, start=3))] == ["ก ข ค"]


def test_text_typed_over_a_form_with_acrobats_typewriter_is_read():
    """A blank form filled in with Acrobat's typewriter tool: each value a FreeText
    annotation over the dotted line, drawn into the page as a viewer shows it."""
    doc = read_document(Path(__file__).parent / "blind" / "round32" / "r06_pwa_phimaimani_results_2569.pdf")
    text = doc.text()
    assert "งานบริการลูกค้า" in text and "สรุปสถิติเรื่องร้องเรียนเสนอผู้จัดการทุกเดือน" in text


@pytest.mark.parametrize("name, named", [("aaaaaa+kinnari", True), ("thsarabunnew", True), ("baaaaa+garuda-oblique", True),
                                         ("f1", False), ("tt2", False), ("t3", False)])
def test_a_font_named_by_its_family_says_its_weight_in_its_name(name, named):
    """Kinnari regular's descriptor gives a weight of 704: a named font's weight is read
    from its name ("…-Bold"), a generated name's ("F1") from the weight."""
    from ita_lint.readers import pdf as reader

    assert bool(reader._NAMED_FONT.match(name)) is named


def test_a_watermark_across_the_page_is_left_out_and_said():
    """Large letters set at a slant over the page (Acrobat's "Add Watermark", a certified
    copy's "สำเนาถูกต้อง") are no line of the report; small slanted letters (a sheet's
    headers turned in narrow columns) are."""
    from ita_lint.readers import pdf as reader

    body = _run("ผู้รับผิดชอบ กองคลัง", 10, 500)
    mark = [reader._Char(ch, 100 + 20 * k, 130 + 20 * k, 300 + 20 * k, 340 + 20 * k, 300 + 20 * k, 40.0, 100 + k, 5.72)
            for k, ch in enumerate("สำเนา")]
    header = [reader._Char(ch, 10 + 5 * k, 15 + 5 * k, 600 + 5 * k, 609 + 5 * k, 600 + 5 * k, 10.0, 200 + k, 0.785)
              for k, ch in enumerate("ต.ค.")]
    kept, text = reader._without_watermark(body + mark + header)
    assert text == "สำเนา"
    assert kept == body + header
    assert reader._without_watermark(body) == (body, "")
    doc = read_document(Path(__file__).parent / "blind" / "round35" / "r03_dol_srikesawilai_results_2569.pdf")
    assert [(n.code, n.params["pages"]) for n in doc.notes if n.code == "watermark"] == [("watermark", "1, 2")]
    assert "ห้ามนำไปใช้" not in doc.text()
