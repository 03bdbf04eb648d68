"""Benchmark the report page: how long `--format html` takes to build, against the terminal view.

    python bench/bench_html.py

The page is built with the standard library (html.escape, string.Template); this is the
measurement behind not taking a template engine for it (README, "Dependencies and why").
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def best_of(render, n: int = 20) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        render()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.run import Options
    from ita_lint.lint import check_paths
    from ita_lint.output import html, terminal

    run = check_paths([str(ROOT / "samples")], load_pack("ita-2569"), Options())
    page = html.render(run)
    html_ms = best_of(lambda: html.render(run)) * 1000
    terminal_ms = best_of(lambda: terminal.render(run)) * 1000
    print(f"{len(run.documents)} documents: HTML page {html_ms:.1f} ms ({len(page) / 1024:.0f} kB), "
          f"terminal view {terminal_ms:.1f} ms")


if __name__ == "__main__":
    main()
