"""The large run of the report generator (tests/reportgen.py): accuracy by construction.

    python bench/generated.py                       # 10,000 reports in Markdown, text, CSV, HTML and DOCX
    python bench/generated.py --examples 500 --pdf 100   # and 100 of them as PDF (needs LibreOffice)
    python bench/generated.py --json bench/results/generated.json

For every report and format: is the measure count exact, is every element's state
exact, are the missing-element findings exactly the truth's. Failures are printed
with the seed-free report spec, so a failure can be turned into a test. The figures
go into ACCURACY.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--pdf", type=int, default=0, help="also convert this many of the DOCX reports to PDF")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--seed", type=int, default=2570, help="the same seed draws the same reports")
    parser.add_argument("--failures", type=Path, help="write every failing report spec here, one per line")
    args = parser.parse_args(argv)

    from hypothesis import HealthCheck, given, seed, settings

    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.run import Options, lint_report
    from ita_lint.extract import extract
    from ita_lint.model import ELEMENTS
    from ita_lint.readers import parse_bytes
    from tests.reportgen import EXTENSIONS, FORMATS, expected_missing, render, reports, truth

    pack = load_pack("ita-2569")
    stats: dict[str, Counter] = {fmt: Counter() for fmt in FORMATS + ("pdf",)}
    failures: list[tuple[str, str]] = []
    docx_for_pdf: list[tuple[bytes, object]] = []

    def check(fmt: str, data: bytes, spec) -> None:
        s = stats[fmt]
        s["documents"] += 1
        try:
            result = lint_report(extract(parse_bytes("generated" + EXTENSIONS[fmt], data), pack), pack, Options())
        except Exception as exc:  # counted, not raised: a crash is a failure like any other
            s["crashed"] += 1
            failures.append((fmt, f"{type(exc).__name__}: {exc}\n{spec!r}"))
            return
        want = truth(spec)
        got = [{e: m.has(e) for e in ELEMENTS} for m in result.report.measures]
        missing = {(f.rule, f.measure) for f in result.findings if f.category == "missing-element"}
        s["count_exact"] += len(got) == len(want)
        s["states_exact"] += got == want
        s["findings_exact"] += missing == expected_missing(spec)
        for g, w in zip(got, want):
            for e in ELEMENTS:
                s["tp"] += g[e] and w[e]
                s["fp"] += g[e] and not w[e]
                s["fn"] += w[e] and not g[e]
        s["fn"] += sum(w[e] for w in want[len(got):] for e in ELEMENTS)
        s["fp"] += sum(g[e] for g in got[len(want):] for e in ELEMENTS)
        if got != want or missing != expected_missing(spec):
            failures.append((fmt, repr(spec)))

    started = time.perf_counter()

    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @seed(args.seed)
    @given(reports())
    def run(spec):
        for fmt in FORMATS:
            data = render(spec, fmt)
            check(fmt, data, spec)
            if fmt == "docx" and len(docx_for_pdf) < args.pdf:
                docx_for_pdf.append((data, spec))

    run()
    if docx_for_pdf:
        _pdf_round(docx_for_pdf, check)
    elapsed = time.perf_counter() - started

    summary = {}
    for fmt, s in stats.items():
        if not s["documents"]:
            continue
        precision = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
        recall = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
        summary[fmt] = {
            "documents": s["documents"], "count_exact": s["count_exact"], "states_exact": s["states_exact"],
            "findings_exact": s["findings_exact"], "crashed": s["crashed"],
            "element_f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        }
        print(f"{fmt:9} {s['documents']:6} reports: counts exact {s['count_exact']}, element states exact "
              f"{s['states_exact']}, findings exact {s['findings_exact']}, crashed {s['crashed']}, "
              f"element F1 {summary[fmt]['element_f1']:.4f}")
    print(f"{elapsed:.0f} s; {len(failures)} failures")
    for fmt, spec in failures[:10]:
        print(f"--- {fmt}\n{spec}")
    if args.failures:
        lines = (fmt + "\t" + spec.replace("\n", " ") + "\n" for fmt, spec in failures)
        args.failures.write_text("".join(lines), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "failures": len(failures), "seconds": round(elapsed)},
                                        ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 1 if failures else 0


def _pdf_round(items, check) -> None:
    """DOCX reports through LibreOffice, all in one call, then read as PDF."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("no LibreOffice: PDF skipped", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for k, (data, _) in enumerate(items):
            (folder / f"r{k:05d}.docx").write_bytes(data)
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder)]
                       + [str(p) for p in sorted(folder.glob("*.docx"))], capture_output=True, timeout=3600)
        for k, (_, spec) in enumerate(items):
            pdf = folder / f"r{k:05d}.pdf"
            if pdf.exists():
                check("pdf", pdf.read_bytes(), spec)


if __name__ == "__main__":
    sys.exit(main())
