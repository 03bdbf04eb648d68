"""--jobs: work on forked worker processes, results in the order of the items (ita_lint.jobs)."""

from __future__ import annotations

import os
import time

import pytest

from ita_lint.jobs import can_fork, run_each

pytestmark = pytest.mark.skipif(not can_fork(), reason="no fork on this system: the work runs in one process")


def _slow_first(n: int) -> tuple[int, int]:
    time.sleep(0.3 if n == 0 else 0)  # the first item finishes last
    return n * n, os.getpid()


def test_results_come_in_the_order_of_the_items_not_as_they_finish():
    done = []
    out = run_each(_slow_first, list(range(8)), 2, done=lambda k, item: done.append(k))
    assert [square for square, _ in out] == [n * n for n in range(8)] and done == list(range(8))
    assert len({pid for _, pid in out}) == 2 and os.getpid() not in {pid for _, pid in out}


def test_one_job_runs_in_this_process():
    assert {pid for _, pid in run_each(_slow_first, [1, 2, 3], 1)} == {os.getpid()}


def _dies_on_three(n: int) -> int:
    if n == 3:
        os._exit(9)  # a worker killed (out of memory, a signal)
    return n


def test_a_worker_that_dies_makes_the_items_not_done_broken_and_the_rest_stands():
    out = run_each(_dies_on_three, list(range(6)), 2, broken=lambda item, exc: ("broken", item))
    assert len(out) == 6 and out[3] == ("broken", 3)
    assert all(value in (n, ("broken", n)) for n, value in enumerate(out))
    assert out[0] in (0, ("broken", 0))
