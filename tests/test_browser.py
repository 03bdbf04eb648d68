"""The report page and `ita-lint serve` in a real browser: Debian's Chromium driven by Playwright.

Skipped, with the reason, where /usr/bin/chromium is absent (.ci/run installs it).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ita_lint.output.labels import PAGE_LABELS
from ita_lint.serve.app import size_text
from tests.conftest import ROOT, SAMPLES
from tests.test_serve import start_serve

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
STATUS = SAMPLES / "results-status-boxes.md"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium "
                                                               "(apt-get install chromium; .ci/run does)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright  # the `test` extra: a missing one fails, not skips

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    tab = context.new_page()
    tab.problems = []  # console errors and uncaught exceptions
    tab.on("console", lambda msg: tab.problems.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: tab.problems.append(str(exc)))
    yield tab
    context.close()


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ita_lint", *args, "--no-cache"], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def report_file(tmp_path: Path, *paths: Path, lang: str = "th") -> Path:
    out = tmp_path / "report.html"
    proc = cli("check", *map(str, paths), "--lang", lang, "--format", "html", "-o", str(out))
    assert proc.returncode in (0, 1), proc.stderr
    return out


# --- the report page ----------------------------------------------------------------------------


def test_the_report_page_loads_without_console_errors_or_any_fetch(page, tmp_path):
    out = report_file(tmp_path, STATUS)
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.goto(out.as_uri())
    page.wait_for_load_state("load")
    assert page.locator(".verdict .word").inner_text() == PAGE_LABELS["th"]["not_ready"]
    # the popover of a missing cell opens on a tap, says what is missing, and Escape closes it
    cell = page.locator("td.cell.missing").first
    cell.locator("summary").click()
    pop = cell.locator(".pop")
    assert pop.is_visible() and PAGE_LABELS["th"]["missing"] in pop.inner_text()
    page.keyboard.press("Escape")
    assert not pop.is_visible()
    assert page.problems == []
    assert requests == [out.as_uri()]


def test_a_popover_stays_inside_a_phone_screen_and_one_is_open_at_a_time(browser, tmp_path):
    out = report_file(tmp_path, STATUS)
    context = browser.new_context(viewport={"width": 390, "height": 740}, has_touch=True, is_mobile=True)
    try:
        tab = context.new_page()
        tab.goto(out.as_uri())
        cells = tab.locator("tr[data-measure] td.cell")
        last = cells.nth(6)  # the last column: off screen until the table is scrolled sideways
        last.scroll_into_view_if_needed()
        last.locator("summary").tap()
        box = last.locator(".pop").bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["y"] >= 0
        cells.nth(1).locator("summary").tap()
        # the page closes the other popover on the toggle event: wait for it, as a person would
        from playwright.sync_api import expect

        expect(tab.locator("td.cell details[open]")).to_have_count(1)
    finally:
        context.close()


def test_the_matrix_agrees_with_the_json_output_element_by_element(page, tmp_path):
    proc = cli("check", str(SAMPLES), "--format", "json")
    data = json.loads(proc.stdout)
    out = report_file(tmp_path, SAMPLES)
    page.goto(out.as_uri())
    shown = page.evaluate("""() => Array.from(document.querySelectorAll('section.doc')).map(s => ({
        path: s.dataset.path,
        measures: Array.from(s.querySelectorAll('table.matrix tr[data-measure]')).map(tr => ({
            index: Number(tr.dataset.measure),
            cells: Array.from(tr.querySelectorAll('td.cell')).map(td => [td.dataset.element, td.dataset.state, td.title])
        }))
    }))""")
    assert [s["path"] for s in shown] == [d["path"] for d in data["documents"]]
    names = dict(zip(["measure", "steps", "responsible", "period", "monitoring", "output", "outcome"],
                     page.evaluate("() => Array.from(document.querySelector('table.matrix thead').querySelectorAll('th.el'))"
                                   ".map(th => th.firstChild.textContent)")))
    compared = 0
    for doc, seen in zip(data["documents"], shown):
        assert [m["index"] for m in seen["measures"]] == [m["index"] for m in doc["measures"]]
        for measure, row in zip(doc["measures"], seen["measures"]):
            assert [c[0] for c in row["cells"]] == list(measure["elements"])
            for (element, state, title) in row["cells"]:
                if measure["elements"][element] == "present":
                    assert state == "present"
                    assert title == f"{names[element]}: {measure['evidence'][element]}"
                else:
                    assert state == ("missing" if element in doc["required_elements"] else "absent")
                compared += 1
    assert compared > 300


# --- ita-lint serve -----------------------------------------------------------------------------


def test_serve_upload_through_the_file_input_shows_the_report(page):
    proc, url = start_serve()
    try:
        page.goto(url)
        page.set_input_files("input[type=file]", str(STATUS))
        page.click("form.upload button")
        page.wait_for_selector(".verdict")
        assert page.locator(".verdict .word").inner_text() == PAGE_LABELS["th"]["not_ready"]
        assert page.locator("section.doc h2").inner_text() == STATUS.name
        assert page.locator("td.cell.missing").count() == 2
        # and again, dropping the file on the box
        page.evaluate("""([name, text]) => {
            const dt = new DataTransfer();
            dt.items.add(new File([text], name, {type: 'text/markdown'}));
            const form = document.querySelector('form.upload');
            form.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
        }""", ["results-complete.md", (SAMPLES / "results-complete.md").read_text(encoding="utf-8")])
        page.click("form.upload button")
        page.wait_for_selector("section.doc h2:text('results-complete.md')")
        assert page.locator(".verdict .word").inner_text() == PAGE_LABELS["th"]["ready"]
        assert page.problems == []
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_pdf_uploaded_in_the_browser_gives_the_same_matrix_as_the_command_line(page):
    """Binary bytes through Chromium's multipart encoder and the server's parser, checked as `check` checks them."""
    pdf = ROOT / "tests" / "fixtures" / "pdf" / "results-2568.pdf"
    expected = json.loads(cli("check", str(pdf), "--format", "json").stdout)["documents"][0]
    proc, url = start_serve()
    try:
        page.goto(url)
        page.set_input_files("input[type=file]", str(pdf))
        page.click("form.upload button")
        page.wait_for_selector(".verdict")
        states = page.evaluate("() => Array.from(document.querySelectorAll('tr[data-measure]')).map(tr => "
                               "Array.from(tr.querySelectorAll('td.cell')).map(td => td.dataset.state))")
        assert states == [["present" if m["elements"][e] == "present" else
                           ("missing" if e in expected["required_elements"] else "absent") for e in m["elements"]]
                          for m in expected["measures"]]
        assert page.locator(".verdict .score b").inner_text() == f"{expected['score']:.1f}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_refuses_an_over_size_upload_with_the_thai_message(page, tmp_path):
    big = tmp_path / "รายงาน.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * 300_000)  # over the limit and the form's allowance: refused unread
    small = tmp_path / "report.md"
    small.write_bytes(STATUS.read_bytes() * 3)  # over the limit, within the allowance: refused once read
    proc, url = start_serve("--max-bytes", "10000")
    try:
        for upload in (big, small):
            page.goto(url)
            page.set_input_files("input[type=file]", str(upload))
            assert page.locator("form.upload .chosen").inner_text() == upload.name
            page.click("form.upload button")
            page.wait_for_selector("[role=alert]")
            message = page.locator("[role=alert]").inner_text()
            if upload is big:  # refused from its Content-Length, unread: its name is not known
                assert message.startswith("ไฟล์ที่ส่งมามีขนาด 29") and "ตรวจได้ไม่เกิน 10 KB ต่อไฟล์" in message
            else:
                assert message == PAGE_LABELS["th"]["too_large_named"].format(
                    name=upload.name, actual=size_text(upload.stat().st_size), size="10 KB")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# --- printing -----------------------------------------------------------------------------------


# Marks every table row (in each of its cells) and every finding with its number, at the start and the
# end, so that the pages each one's marks land on can be read from the PDF's text.
MARK = """() => {
  const pieces = [...document.querySelectorAll('table tbody tr'), ...document.querySelectorAll('ol.findings > li')];
  pieces.forEach((el, i) => (el.tagName === 'TR' ? Array.from(el.children) : [el]).forEach(part => {
    part.insertAdjacentText('afterbegin', ' qz' + i + 'zq ');
    part.insertAdjacentText('beforeend', ' qz' + i + 'zq ');
  }));
  return pieces.length;
}"""


def _cut_pieces(pdf: Path, pieces: int) -> tuple[int, list[int]]:
    """The number of pages of `pdf`, and the marked rows and findings whose marks are not all on one page."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    pages_of: dict[int, set[int]] = {}
    pages = text.decode("utf-8").split("\f")
    for number, page_text in enumerate(pages, 1):
        for mark in re.findall(r"qz(\d+)zq", page_text):
            pages_of.setdefault(int(mark), set()).add(number)
    assert set(pages_of) == set(range(pieces)), "a mark is missing from the PDF's text"
    return len([p for p in pages if p.strip()]), sorted(i for i, found in pages_of.items() if len(found) > 1)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is not installed")
def test_the_page_prints_on_a4_without_cutting_a_row_or_a_finding(page, tmp_path):
    out = report_file(tmp_path, SAMPLES)
    page.goto(out.as_uri())
    pdf = tmp_path / "report.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)  # as the page is, then marked
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Page size:.*pts \(A4\)", info)
    pieces = page.evaluate(MARK)
    assert pieces > 100
    page.pdf(path=str(pdf), format="A4", print_background=True)
    pages, cut = _cut_pieces(pdf, pieces)
    assert pages > 10 and cut == []
    # the check sees a cut: without the rules that keep rows and findings whole, some are cut
    page.add_style_tag(content="tr, ol.findings > li { break-inside: auto !important; page-break-inside: auto !important; }")
    page.pdf(path=str(pdf), format="A4", print_background=True)
    assert _cut_pieces(pdf, pieces)[1]
