"""What ita-lint says when it fails by its own fault: one line, that it is a bug, where to report it.

A crash must never look like a verdict (exit 1 means findings) nor hide the rest of a
run, so a document that trips a bug is an error line of its own (exit 2) and the
other documents are still checked; `--verbose` adds the traceback.
"""

from __future__ import annotations

ISSUES_URL = "https://github.com/OWNER/ita-lint/issues"  # the same repository the pre-commit example names


def bug_message(exc: BaseException) -> str:
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
    return (f"internal error ({detail}) — this is a bug in ita-lint, not a problem of the report; please report it "
            f"at {ISSUES_URL} with the command you ran (--verbose shows where it happened)")
