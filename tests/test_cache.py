"""The result cache: a second run reads results; output is byte-identical; edits invalidate."""

from __future__ import annotations

import shutil

from tests.conftest import SAMPLES
from tests.test_cli import run


def _tree(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("results-complete.md", "results-status-boxes.md", "measures-labelled-missing.md"):
        shutil.copy(SAMPLES / name, reports / name)
    return reports


def _entries(cache):
    return sorted(p.name for p in cache.rglob("*.json"))


def test_second_run_is_served_from_cache_byte_identical(tmp_path):
    reports, cache = _tree(tmp_path), tmp_path / "cache"
    for fmt in ("terminal", "json", "html"):
        fresh = run("check", reports, "--format", fmt, "--no-cache")
        first = run("check", reports, "--format", fmt, "--cache-dir", cache)
        entries = _entries(cache)
        assert len(entries) == 3
        second = run("check", reports, "--format", fmt, "--cache-dir", cache)
        assert first.stdout == second.stdout == fresh.stdout
        assert first.returncode == second.returncode == fresh.returncode == 1
        assert _entries(cache) == entries  # nothing recomputed
    assert (cache / "CACHEDIR.TAG").is_file()


def test_a_cached_result_is_really_used(tmp_path):
    """Tamper with a cache entry: the next run prints it, which shows the cache was read."""
    reports, cache = _tree(tmp_path), tmp_path / "cache"
    run("check", reports / "results-complete.md", "--format", "json", "--cache-dir", cache)
    (entry,) = cache.rglob("*.json")
    entry.write_text(entry.read_text(encoding="utf-8").replace('"score": 100.0', '"score": 12.5'), encoding="utf-8")
    assert '"score": 12.5' in run("check", reports / "results-complete.md", "--format", "json", "--cache-dir", cache).stdout
    assert '"score": 100.0' in run("check", reports / "results-complete.md", "--format", "json", "--no-cache").stdout


def test_editing_a_file_or_a_setting_invalidates(tmp_path):
    reports, cache = _tree(tmp_path), tmp_path / "cache"
    target = reports / "results-status-boxes.md"
    run("check", target, "--format", "json", "--cache-dir", cache)
    target.write_text(target.read_text(encoding="utf-8").replace("☐ ☐ ☐", "☐"), encoding="utf-8")
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    run("check", target, "--format", "json", "--cache-dir", cache)
    assert len(_entries(cache)) == 2
    run("check", target, "--format", "json", "--cache-dir", cache, "--ignore", "status")
    assert len(_entries(cache)) == 3
    run("check", target, "--format", "json", "--cache-dir", cache, "--lang", "en")
    assert len(_entries(cache)) == 4


def test_no_cache_writes_nothing(tmp_path):
    reports, cache = _tree(tmp_path), tmp_path / "cache"
    run("check", reports, "--no-cache", "--cache-dir", cache)
    assert not cache.exists()


def test_unwritable_cache_is_ignored(tmp_path):
    reports = _tree(tmp_path)
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    proc = run("check", reports / "results-complete.md", "--cache-dir", blocker / "cache")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
