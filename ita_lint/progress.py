"""A progress bar on standard error for long runs: many files, OCR, web pages.

Only when standard error is a terminal and no machine-readable output goes to standard
output; a piped or scripted run sees nothing extra. The bar is transient: it is gone when
the run ends, leaving the report alone on the screen.
"""

from __future__ import annotations

import sys
from typing import Optional

MANY_FILES = 3  # fewer files finish before a bar would help
MACHINE_FORMATS = frozenset({"json", "sarif", "junit", "github"})
LABEL = {"th": "กำลังตรวจ", "en": "checking"}


def wanted(stdout_formats: list[str], stream=None) -> bool:
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and not (set(stdout_formats) & MACHINE_FORMATS)


class Bar:
    """Called with (done, total, path) as a run goes; shows a bar once the run is long enough
    (MANY_FILES or more, or always when `long` — OCR, web pages)."""

    def __init__(self, lang: str = "th", long: bool = False, stream=None):
        self.label = LABEL.get(lang, LABEL["th"])
        self.long, self.stream = long, stream
        self._progress = None
        self._task = None

    def __call__(self, done: int, total: Optional[int], path: str = "") -> None:
        if self._progress is None:
            if not self.long and (total or 0) < MANY_FILES:
                return
            self._start(total)
        self._progress.update(self._task, completed=done, total=total, path=path)

    def _start(self, total: Optional[int]) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

        console = Console(file=self.stream or sys.stderr, stderr=self.stream is None)
        self._progress = Progress(SpinnerColumn(), TextColumn(self.label), BarColumn(), MofNCompleteColumn(),
                                  TextColumn("{task.fields[path]}", style="dim"), console=console, transient=True)
        self._progress.start()
        self._task = self._progress.add_task(self.label, total=total, path="")

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def __enter__(self) -> "Bar":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
