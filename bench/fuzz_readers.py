"""Fuzz every reader and the website gate's parsers (hypothesis; outside the test run).

    python bench/fuzz_readers.py --examples 100000          # or --minutes 30
    python bench/fuzz_readers.py --examples 2000 --seed 7   # another stream of inputs

Each input is a damaged copy of a real report (bytes cut, replaced, truncated) in
every format, or text built from report-like pieces (Thai words, labels, table markup,
spans, boxes, dots). For each one:

- reading raises nothing but ReadError (a one-line message, LimitError included);
- a document read is checked: the score is within 0–100, and every finding's line
  or page exists in the input;
- every finding that quotes a blank (placeholder) in a Markdown or text file is on a
  source line holding that blank;
- reading and checking it again, in a worker of a two-process pool (ita_lint.jobs, as
  `--jobs 2` does) after the batch, gives the result of the first run in this process
  (as `--jobs 1`): no hidden state, no randomness, nothing lost between processes;
- no input takes longer than SLOW seconds (a deadline, as `max-document-seconds`);
- the website gate's sitemap and link parsers raise nothing but their own errors.

Failures are written to bench/results/fuzz-failures/ (input and traceback), and a
summary line is printed: inputs run, read, refused, failures. README "Security"
records the last long run.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_fuzz_readers import _mutate  # noqa: E402  (the same damage as the test suite's)

FIXTURES = ROOT / "tests" / "fixtures" / "parity"
FAILURES = ROOT / "bench" / "results" / "fuzz-failures"

SLOW = 30  # seconds an input of a few kilobytes may take to read and check, twice over
# PDFs are the costly format to read (two thirds of the time at equal weight): they are damaged
# as often as the others in their own right, but drawn less often (DAMAGED lists them once,
# every other format three times), so the run covers more inputs in its time
SEEDS = {
    ".md": (FIXTURES / "report.md").read_bytes(),
    ".txt": (ROOT / "samples" / "results-status-boxes.md").read_bytes(),
    ".html": (FIXTURES / "report.html").read_bytes(),
    ".docx": (FIXTURES / "report.docx").read_bytes(),
    ".pdf": (FIXTURES / "report.pdf").read_bytes(),
    ".yaml": b"kind: results\ntitle: x\nfiscal_year: 2568\nmeasures:\n  - {measure: a, output: b, outcome: c}\n",
    ".json": b'{"kind": "plan", "title": "x", "measures": [{"measure": "a", "period": "2568"}]}',
}
SITEMAP = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           b"<url><loc>https://x.go.th/ita/o26.pdf</loc></url><url><loc>/ita/</loc></url></urlset>")
PIECES = ["มาตรการที่ 1", "ผู้รับผิดชอบ: กองคลัง", "ระยะเวลา: ต.ค. 67 – ก.ย. 68", "ผลลัพธ์:", "ผลผลิต:",
          "รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "☑ ดำเนินการแล้วเสร็จ", "☐", "( / )", "......",
          "|", "| --- |", "\t", "\n", "\n\n", "# ", "**", "1.", "๑.", "<table>", "<tr>", "<td colspan=3>",
          "<td rowspan=0>", "</td>", "</tr>", "</table>", "<h1>", "<p>", "&nbsp;", "<!--", "-->", "(ระบุ)",
          "xxx", "การวิเคราะห์ผลการประเมิน", "จุดอ่อน", "ข้อ", "คะแนน 85.5", "ผ่าน", "\u200b", "ํา", "\ufffd", "\x00"]


class Stats:
    inputs = read = refused = 0
    failures: list[str] = []


DAMAGED = sorted([s for s in SEEDS if s != ".pdf"] * 3 + [".pdf"])
damaged = st.tuples(
    st.sampled_from(DAMAGED),
    st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 64), st.binary(max_size=24)), max_size=6),
    st.one_of(st.none(), st.integers(0, 10**7)),
).map(lambda t: (t[0], _cut(_mutate(SEEDS[t[0]], t[1]), t[2])))
built = st.tuples(
    st.sampled_from([".md", ".txt", ".html", ".yaml", ".json"]),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60),
).map(lambda t: (t[0], "".join(t[1]).encode("utf-8", "surrogatepass")))


def _cut(data: bytes, at) -> bytes:
    return data if at is None else data[: at % (len(data) + 1)]


def _lines(data: bytes) -> int:
    """Lines as an editor counts them: CR LF, CR and LF each end one (a form feed ends none)."""
    return len(re.split(rb"\r\n|\r|\n", data))


def _outcome(path: str, data: bytes, pack):
    """(result as data, or the refusal) for one input; raises on any property broken."""
    from ita_lint.deadline import deadline
    from ita_lint.readers import ReadError

    try:
        with deadline(SLOW):
            return _checked(path, data, pack)
    except ReadError as exc:
        message = str(exc)
        assert "max-document-seconds" not in message, f"over {SLOW} s"
        assert message and "\n" not in message, f"ReadError not one line: {message!r}"
        return ("refused", message)


def _checked(path: str, data: bytes, pack):
    from ita_lint.cache import to_dict
    from ita_lint.engine.run import Options
    from ita_lint.lint import _read, check_document
    from ita_lint.readers import ReadOptions
    from ita_lint.readers.decode import decode_text
    from ita_lint.thai import normalize

    document = _read(path, ReadOptions(), data)
    result = check_document(document, pack, Options(lang="en"))
    assert 0.0 <= result.score <= 100.0, f"score {result.score}"
    source = None
    for f in result.findings:
        loc = f.location
        if loc.line is not None and path.endswith((".md", ".txt", ".html", ".yaml", ".json")):
            assert 1 <= loc.line <= _lines(data), f"{f.rule} at line {loc.line} of {_lines(data)}"
        if loc.page is not None:
            assert 1 <= loc.page <= _pages(path, data, document), f"{f.rule} on page {loc.page}"
        quoted = re.search(r'"(.*)"', f.message) if f.rule == "placeholder" and loc.line else None
        if quoted and path.endswith((".md", ".txt")):
            if source is None:
                text = normalize(decode_text(data))
                source = re.split(r"\r\n|\r|\n", text)
            line = source[loc.line - 1] if loc.line <= len(source) else ""
            blank = _visible(quoted.group(1))
            assert blank in _visible(line), f"placeholder {quoted.group(1)!r} not on its line {loc.line}: {line!r}"
    return ("read", to_dict(result))


def _pages(path: str, data: bytes, document) -> int:
    """The pages of the input: a PDF's own count (a page without text has no block, yet a
    finding may name it: "page 7 has no text"), else the last page a block is on."""
    if path.endswith(".pdf"):
        import pypdfium2

        return len(pypdfium2.PdfDocument(data))
    return max((b.location.page or 1) for b in document.blocks)


def _visible(text: str) -> str:
    """What a blank is made of (dots, x, Thai letters, brackets), without the markup and spacing
    the reader takes out of a line (bold marks, tags, entities, runs of spaces)."""
    return re.sub(r"[^.…xXก-๙()]", "", text)


def _again(item):
    """An input's outcome from a worker process: (outcome, None) or (None, the traceback)."""
    path, data = item
    try:
        return _outcome(path, data, _PACK[0]), None
    except Exception:
        return None, traceback.format_exc()


_PACK: list = []  # the pack, loaded once before workers fork


def _web(data: bytes) -> None:
    from ita_lint.web.sitemap import SitemapError, parse_sitemap
    from ita_lint.web.urls import page_links_framed

    try:
        parse_sitemap(data)
    except SitemapError:
        pass
    page_links_framed(data.decode("utf-8", "replace"), "https://x.go.th/ita/")


def _failed(batch_seed: int, k: int, suffix: str, data: bytes, trace: str) -> None:
    FAILURES.mkdir(parents=True, exist_ok=True)
    name = f"{batch_seed}-{k}{suffix}"
    (FAILURES / name).write_bytes(data)
    (FAILURES / f"{name}.txt").write_text(trace, encoding="utf-8")
    Stats.failures.append(name)


def run_batch(batch_seed: int, examples: int, pack, jobs: int) -> None:
    batch: list[tuple[int, str, bytes, tuple]] = []  # inputs read or refused, for their second run

    @seed(batch_seed)
    @settings(max_examples=examples, database=None, deadline=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(case=st.one_of(damaged, built), web=st.lists(st.tuples(st.integers(0, 10**5), st.integers(0, 16),
                                                                   st.binary(max_size=12)), max_size=4))
    def one(case, web):
        suffix, data = case
        Stats.inputs += 1
        try:
            first = _outcome(f"fuzz{suffix}", data, pack)
            batch.append((Stats.inputs, suffix, data, first))
            _web(_mutate(SITEMAP, web))
        except Exception:  # recorded, not raised: the run goes on and reports every failure
            _failed(batch_seed, Stats.inputs, suffix, data, traceback.format_exc())

    one()
    from ita_lint.jobs import run_each

    # the second run of every input, on a pool of `jobs` processes, as `--jobs` checks files
    again = run_each(_again, [(f"fuzz{suffix}", data) for _, suffix, data, _ in batch], jobs)
    for (k, suffix, data, first), (second, trace) in zip(batch, again):
        if trace is None and second != first:
            trace = f"the run in a worker process differs from the first:\n{first!r}\n{second!r}"
        if trace is not None:
            _failed(batch_seed, k, suffix, data, trace)
            continue
        Stats.read += first[0] == "read"
        Stats.refused += first[0] == "refused"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=2000, help="inputs to run (stops earlier at --minutes)")
    parser.add_argument("--minutes", type=float, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for each input's second run")
    args = parser.parse_args()
    from ita_lint.engine.loader import load_pack

    pack = load_pack("ita-2569")
    _PACK.append(pack)
    started = time.monotonic()
    batch = args.seed * 1_000_003
    while Stats.inputs < args.examples:
        if args.minutes is not None and time.monotonic() - started > args.minutes * 60:
            break
        run_batch(batch, min(args.batch, args.examples - Stats.inputs), pack, args.jobs)
        batch += 1
        print(f"{Stats.inputs} inputs, {Stats.read} read, {Stats.refused} refused, {len(Stats.failures)} failures, "
              f"{time.monotonic() - started:.0f} s", flush=True)
    print(f"done: {Stats.inputs} inputs ({Stats.read} read and checked twice, {Stats.refused} refused in one line), "
          f"{time.monotonic() - started:.0f} s, "
          f"{len(Stats.failures)} failures" + (f": {', '.join(Stats.failures[:20])}" if Stats.failures else ""))


if __name__ == "__main__":
    main()
