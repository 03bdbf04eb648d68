"""Benchmark the core pipeline: start-up, and documents per second on the samples.

    python bench/bench_core.py

Prints ratios measured in this one run (absolute times vary between machines):
`--version` against a full `check` of one report, and the per-stage share of a run.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").glob("*.md") if p.name != "README.md")


def wall(cmd: list[str], n: int = 7) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.run import Options, lint_report
    from ita_lint.extract import extract
    from ita_lint.readers import read_document

    version = wall([sys.executable, "-m", "ita_lint", "--version"])
    check_one = wall([sys.executable, "-m", "ita_lint", "check", str(SAMPLES[0])])
    python = wall([sys.executable, "-c", "pass"])
    print(f"start-up: `--version` {version * 1000:.0f} ms, bare python {python * 1000:.0f} ms, "
          f"`check` of one report {check_one * 1000:.0f} ms  (check/version = {check_one / version:.1f}x)")

    pack = load_pack("ita-2569")
    docs = [read_document(p) for p in SAMPLES]
    rounds = 20
    t_read = t_extract = t_rules = 0.0
    for _ in range(rounds):
        for p in SAMPLES:
            t0 = time.perf_counter()
            doc = read_document(p)
            t1 = time.perf_counter()
            report = extract(doc, pack)
            t2 = time.perf_counter()
            lint_report(report, pack, Options())
            t3 = time.perf_counter()
            t_read += t1 - t0
            t_extract += t2 - t1
            t_rules += t3 - t2
    total = t_read + t_extract + t_rules
    n = rounds * len(docs)
    print(f"pipeline: {n / total:.0f} documents/s in process over {len(docs)} samples "
          f"(read {t_read / total:.0%}, extract {t_extract / total:.0%}, rules {t_rules / total:.0%})")


if __name__ == "__main__":
    main()
