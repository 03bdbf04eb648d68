"""A wall-clock deadline for one document: reading, extraction and every rule's regexes.

Why a timer signal (SIGALRM via setitimer) in the process doing the work: the handler
raises at the next Python bytecode, and `re` checks for signals while it matches, so a
runaway user regex (`a*a*a*a*b` on a long line of a's), a quadratic loop or a slow
parser is really stopped, not merely waited for; the process and the run's other
documents go on. A thread cannot be stopped at all, and killing a worker process on
timeout would mean a process started for every document (or a pool rebuilt after each
kill), a cost every run pays for what hostile input alone needs. A call into C that never checks for signals (libxml2,
pdfium) is bounded by the size limits instead (ita_lint.limits). The timer needs the
main thread of a POSIX process: with --jobs each worker process runs its documents in
its own main thread; elsewhere (a thread of `ita-lint serve`, Windows) there is no
deadline, and the other bounds still hold.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator


def message(seconds: float) -> str:
    from ita_lint.limits import message as limit_message

    return limit_message("document_seconds", f"reading and checking it took over {seconds:g} seconds", seconds)


class DeadlineExceeded(BaseException):
    """Raised inside the work by the timer; turned into a LimitError where the work is called. A
    BaseException, as KeyboardInterrupt is: a reader's `except Exception` must not swallow it."""


def available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Run the block for at most `seconds` of wall-clock time, else LimitError (one line naming
    max-document-seconds). Nested use keeps the outer timer's handler and restores it."""
    from ita_lint.readers import LimitError

    if not seconds or not available():
        yield
        return

    def expire(signum, frame):
        raise DeadlineExceeded()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    except DeadlineExceeded:  # in the work, or in the instant before the timer was stopped
        raise LimitError(message(seconds)) from None
