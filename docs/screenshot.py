"""Take docs/report-page.png: the report page of a sample as an officer sees it, one popover open.

    python docs/screenshot.py [SAMPLE] [--out docs/report-page.png] [--lang th]

Needs Chromium (Debian: apt-get install chromium) and Playwright for Python (the `test` extra).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sample", nargs="?", default="samples/results-status-boxes.md")
    parser.add_argument("--out", default=str(ROOT / "docs" / "report-page.png"))
    parser.add_argument("--lang", default="th", choices=["th", "en"])
    parser.add_argument("--width", type=int, default=1100)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "ita_lint", "check", args.sample, "--no-cache", "--lang", args.lang,
                        "--format", "html", "-o", str(report)], cwd=ROOT, check=False)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": 1400}, device_scale_factor=1)
            page.goto(report.as_uri())
            # open the first missing cell's popover, as a tap would
            missing = page.locator("td.cell.missing summary").first
            if missing.count():
                missing.click()
            page.screenshot(path=args.out)  # the top of the page: verdict, matrix, the first findings
            browser.close()
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
