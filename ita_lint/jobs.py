"""Documents checked in parallel (`--jobs N`): up to N worker processes, results in input order.

Why forked processes: checking is CPU-bound Python, so threads would only take turns; a
forked worker starts with what the parent has loaded (settings, rule packs, the cache
folder) and is given only the item to work on. Each worker does its documents in its own
main thread, so the per-document deadline (ita_lint.deadline) holds there as it does in
a run without workers. Results are taken in the order the items were given, never as
they finish, so the output never depends on timing (tested: identical across --jobs 1
and 2). Where processes cannot be forked (Windows, macOS's default) the work runs in
this process, one item after another.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Optional, Sequence

_WORK: Optional[Callable[[Any], Any]] = None  # what a forked worker applies, set before the pool forks


def _call(item: Any) -> Any:
    assert _WORK is not None
    return _WORK(item)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def run_each(work: Callable[[Any], Any], items: Sequence[Any], jobs: int,
             done: Callable[[int, Any], None] = lambda k, item: None,
             broken: Callable[[Any, BaseException], Any] = None) -> list[Any]:  # type: ignore[assignment]
    """[work(item) for item in items] on up to `jobs` processes, in the order of `items`.
    `work` returns what can be pickled and should raise nothing (outcomes, not exceptions);
    `done(k, item)` is called as item k's result is taken; a worker that dies (killed, out
    of memory) gives `broken(item, error)` for the items it left undone."""
    global _WORK
    if jobs <= 1 or len(items) <= 1 or not can_fork():
        out = []
        for k, item in enumerate(items):
            out.append(work(item))
            done(k, item)
        return out
    _WORK = work
    out = []
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(items)), mp_context=multiprocessing.get_context("fork")) as pool:
            try:
                for k, value in enumerate(pool.map(_call, items)):
                    out.append(value)
                    done(k, items[k])
            except BrokenProcessPool as exc:
                if broken is None:
                    raise
                for k in range(len(out), len(items)):
                    out.append(broken(items[k], exc))
                    done(k, items[k])
    finally:
        _WORK = None
    return out
