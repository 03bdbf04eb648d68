"""`--format html` on runs of the real pipeline: what the page holds, read back with an HTML parser.
(tests/test_browser.py opens the same pages in Chromium.)"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options
from ita_lint.lint import check_paths
from ita_lint.model import Block, Cell, Document, Location, Row
from ita_lint.output import html as out_html
from ita_lint.output.excerpt import excerpt_at
from ita_lint.output.labels import LABELS, PAGE_LABELS
from tests.conftest import ROOT, SAMPLES

STATUS = SAMPLES / "results-status-boxes.md"
COMPLETE = SAMPLES / "results-complete.md"
PERIODS = SAMPLES / "results-wrong-periods.md"


class Page(HTMLParser):
    """The parts of a report page the tests look at: every element with its attributes and text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self._open: list[dict] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(element)
        if tag not in ("meta", "link", "br", "col", "input", "img", "wbr"):
            self._open.append(element)

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        for element in self._open:
            element["text"] += data

    def find(self, tag=None, cls=None, **attrs) -> list[dict]:
        out = []
        for e in self.elements:
            if tag and e["tag"] != tag:
                continue
            if cls and cls not in (e["attrs"].get("class") or "").split():
                continue
            if any(e["attrs"].get(k.replace("_", "-")) != v for k, v in attrs.items()):
                continue
            out.append(e)
        return out


def _run(*paths, lang="th"):
    return check_paths([str(p) for p in paths], load_pack("ita-2569"), Options(lang=lang))


def _render(*paths, lang="th") -> str:
    return out_html.render(_run(*paths, lang=lang), lang=lang)


def test_one_document_page_holds_verdict_score_facts_matrix_and_every_finding():
    run = _run(STATUS)
    result = run.documents[0]
    page = Page(out_html.render(run))
    words = PAGE_LABELS["th"]
    verdict = page.find("div", cls="verdict")[0]
    assert words["not_ready"] in verdict["text"] and f"{result.score:.1f}" in verdict["text"]
    assert "bad" in verdict["attrs"]["class"]
    assert not page.find("table", cls="summary-table")  # one document: no summary table
    assert result.report.agency in page.find("dl", cls="facts")[0]["text"]
    items = page.find("li", cls="error")
    assert len(items) == sum(1 for f in result.findings if f.severity == "error") == 5
    for item, finding in zip(items, result.findings):
        assert finding.message in item["text"] and finding.fix in item["text"]
        assert item["attrs"]["data-rule"] == finding.rule
    # each finding's place is quoted from the document, once per place
    quotes = page.find("blockquote")
    assert len(quotes) == len({f.location for f in result.findings})
    assert "ประกาศแนวปฏิบัติการขอยืมทรัพย์สินของทางราชการ" in quotes[0]["text"]
    assert PAGE_LABELS["th"]["same_excerpt"].format(n=1) in items[1]["text"]


def test_the_matrix_agrees_with_the_json_output_cell_by_cell():
    run = _run(STATUS, PERIODS)
    from ita_lint.output import json as out_json

    data = json.loads(out_json.render(run))
    page = Page(out_html.render(run))
    sections = page.find("section", cls="doc")
    assert [s["attrs"]["data-path"] for s in sections] == [d["path"] for d in data["documents"]]
    cells = page.find("td", cls="cell")
    expected = []
    for doc in data["documents"]:
        for m in doc["measures"]:
            for element, state in m["elements"].items():
                shown = "present" if state == "present" else ("missing" if element in doc["required_elements"] else "absent")
                expected.append((element, shown, m["evidence"].get(element)))
    assert len(cells) == len(expected)
    for cell, (element, state, evidence) in zip(cells, expected):
        assert (cell["attrs"]["data-element"], cell["attrs"]["data-state"]) == (element, state)
        if evidence is not None:
            assert cell["attrs"]["title"] == f"{LABELS['th']['elements'][element]}: {evidence}"
            assert evidence in cell["text"]  # the popover holds it too


def test_several_documents_get_a_summary_table_linking_to_each_and_the_unreadable_files(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip at all")
    run = _run(STATUS, COMPLETE, broken)
    page = Page(out_html.render(run))
    table = page.find("table", cls="summary-table")
    assert table
    links = [a["attrs"]["href"] for a in page.find("a") if a["attrs"].get("href", "").startswith("#doc-")]
    ids = [s["attrs"]["id"] for s in page.find("section", cls="doc")]
    assert links == ["#" + i for i in ids] and len(ids) == 2
    assert PAGE_LABELS["th"]["ready"] in table[0]["text"] and PAGE_LABELS["th"]["not_ready"] in table[0]["text"]
    error_line = f"{LABELS['th']['input_error']}: {run.errors[0].message}"
    assert error_line in table[0]["text"] and error_line in page.find("section", cls="errors")[0]["text"]


def test_a_passing_document_says_ready_to_publish():
    page = Page(_render(COMPLETE))
    verdict = page.find("div", cls="verdict")[0]
    assert PAGE_LABELS["th"]["ready"] in verdict["text"] and "ok" in verdict["attrs"]["class"]
    assert not page.find("ol", cls="findings")


def test_english_with_lang_en():
    text = _render(STATUS, lang="en")
    page = Page(text)
    assert page.find("html")[0]["attrs"]["lang"] == "en"
    assert PAGE_LABELS["en"]["not_ready"] in page.find("div", cls="verdict")[0]["text"]
    assert LABELS["en"]["elements"]["outcome"] in text
    assert PAGE_LABELS["th"]["not_ready"] not in text


def test_the_page_is_self_contained_printable_and_uses_the_thai_font_stack():
    text = _render(STATUS)
    page = Page(text)
    # nothing to fetch: no external source, link or stylesheet, and a policy forbidding any
    assert not [e for e in page.elements if e["attrs"].get("src") or e["tag"] == "link"]
    assert not [e for e in page.find("a") if not e["attrs"].get("href", "#").startswith("#")]
    csp = page.find("meta", http_equiv="Content-Security-Policy")[0]["attrs"]["content"]
    assert "default-src 'none'" in csp
    assert 'Sarabun, "TH Sarabun New", Tahoma, "Noto Sans Thai", Loma, sans-serif' in text
    assert re.search(r"@page\s*{\s*size:\s*A4", text)
    assert re.search(r"tr\s*{[^}]*break-inside:\s*avoid", text)
    assert "print-color-adjust: exact" in text


def test_everything_from_the_document_is_escaped(tmp_path):
    hostile = '<script>alert(1)</script> "quoted" & <b onmouseover=x>'
    report = tmp_path / "x.json"
    report.write_text(json.dumps({
        "kind": "measures", "title": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส " + hostile, "fiscal_year": 2569,
        "agency": "เทศบาล " + hostile,
        "measures": [{"measure": "เผยแพร่แผน " + hostile, "steps": hostile, "responsible": None,
                      "period": "ม.ค. 69", "monitoring": "ติดตามผล"}]}, ensure_ascii=False), encoding="utf-8")
    run = _run(report)
    text = out_html.render(run)
    assert "<script>alert(1)</script>" not in text and "<b onmouseover" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    page = Page(text)
    assert len(page.find("script")) == 1  # only the page's own
    # read back, the attributes and texts give the document's words as they were
    assert any(c["attrs"]["title"] == f"{LABELS['th']['elements']['steps']}: {hostile}" for c in page.find("td", cls="cell"))
    assert hostile in page.find("dl", cls="facts")[0]["text"]


def test_excerpt_of_a_table_row_a_line_inside_a_block_and_nowhere():
    doc = Document("x.md", "markdown", [
        Block("paragraph", "ย่อหน้าแรก\nบรรทัดที่สอง\nบรรทัดที่สาม", Location(line=1)),
        Block("table", rows=[Row([Cell("มาตรการ ๑"), Cell("กองคลัง"), Cell("", span="left")], Location(line=5)),
                             Row([Cell("มาตรการ ๒"), Cell("กองช่าง")], Location(line=6))], location=Location(line=5)),
    ])
    assert excerpt_at(doc, Location(line=6)) == "มาตรการ ๒ │ กองช่าง"
    assert excerpt_at(doc, Location(line=2)).startswith("ย่อหน้าแรก")  # a line inside the paragraph
    assert excerpt_at(doc, Location()) == ""
    assert excerpt_at(doc, Location(line=3, page=2)) == ""  # another page: nothing rather than a wrong text
    long = Document("y.md", "markdown", [Block("paragraph", "ก" * 1000, Location(line=1))])
    assert len(excerpt_at(long, Location(line=1))) == 400


def test_pdf_and_docx_findings_quote_their_page_or_table():
    run = _run(ROOT / "tests" / "fixtures" / "pdf" / "results-2568.pdf")
    result = run.documents[0]
    page = Page(out_html.render(run))
    placed = [f for f in result.findings if f.location.page]
    assert placed
    quotes = [q["text"] for q in page.find("blockquote")]
    assert any(placed[0].location.describe("th") in q for q in quotes)


def test_the_command_line_writes_the_page(tmp_path):
    out = tmp_path / "report.html"
    proc = subprocess.run([sys.executable, "-m", "ita_lint", "check", str(STATUS), "--no-cache", "--format", "html",
                           "-o", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 1, proc.stderr
    page = Page(out.read_text(encoding="utf-8"))
    assert PAGE_LABELS["th"]["not_ready"] in page.find("div", cls="verdict")[0]["text"]


def test_a_measures_document_and_its_results_report_get_the_pairing_table():
    run = _run(SAMPLES / "traceability")
    page = Page(out_html.render(run))
    trace = page.find("section", cls="trace")
    assert len(trace) == 1 and len(run.traceability) == 1
    unreported = run.traceability[0].unmatched_measures
    assert unreported and unreported[0].ref.title in trace[0]["text"]
    assert len(page.find("tr", cls="bad")) >= len(unreported)


def test_thai_and_english_page_words_have_the_same_keys():
    assert set(PAGE_LABELS["th"]) == set(PAGE_LABELS["en"])


def test_a_finding_about_a_measure_quotes_the_measure_whole_and_no_more():
    """A measure written as a title and labelled lines: its missing element is seen among its own lines."""
    run = _run(SAMPLES / "measures-labelled-missing.md")
    result = run.documents[0]
    finding = next(f for f in result.findings if f.rule == "element-responsible")
    measure = next(m for m in result.report.measures if m.index == finding.measure)
    after = next(m for m in result.report.measures if m.index == finding.measure + 1)
    item = next(li for li in Page(out_html.render(run)).find("li") if li["attrs"].get("data-rule") == finding.rule)
    quote = next(q for q in Page(out_html.render(run)).find("blockquote") if q["text"] in item["text"])
    assert measure.title in quote["text"] and "ระยะเวลาดำเนินการ" in quote["text"]
    assert after.title not in quote["text"]
