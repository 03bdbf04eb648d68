"""The result cache: a second run reads results; output is byte-identical; edits invalidate."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import stat
import subprocess
import sys

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


def _signed(cache, k: str, body: bytes, key: bytes) -> bytes:
    mac = hmac.new(key, k.encode() + b"\0" + body, hashlib.sha256).hexdigest()
    return b"ita-lint-cache-2 " + mac.encode() + b"\n" + body


def test_a_cached_result_is_really_used(tmp_path):
    """An entry re-signed with the user's key is printed, which shows the cache was read."""
    reports, cache = _tree(tmp_path), tmp_path / "cache"
    run("check", reports / "results-complete.md", "--format", "json", "--cache-dir", cache)
    (entry,) = cache.rglob("*.json")
    head, body = entry.read_bytes().split(b"\n", 1)
    body = body.replace(b'"score": 100.0', b'"score": 12.5')
    entry.write_bytes(_signed(cache, entry.stem, body, (cache / "key").read_bytes()))
    assert '"score": 12.5' in run("check", reports / "results-complete.md", "--format", "json", "--cache-dir", cache).stdout
    assert '"score": 100.0' in run("check", reports / "results-complete.md", "--format", "json", "--no-cache").stdout


def test_a_tampered_or_malformed_entry_is_ignored_and_rewritten(tmp_path):
    reports, cache = _tree(tmp_path), tmp_path / "cache"
    target = reports / "results-status-boxes.md"
    fresh = run("check", target, "--format", "json", "--cache-dir", cache)
    (entry,) = cache.rglob("*.json")
    good = entry.read_bytes()
    forged = good.replace(b'"passed": false', b'"passed": true')
    assert forged != good
    for bad in (forged, b"{}", b"", _signed(cache, entry.stem, b'{"score": 100}', b"k" * 32)):
        entry.write_bytes(bad)
        again = run("check", target, "--format", "json", "--cache-dir", cache)
        assert again.stdout == fresh.stdout and again.returncode == 1
        assert entry.read_bytes() == good  # rewritten with the fresh result


def test_the_key_is_private_and_beside_the_entries(tmp_path):
    reports, cache = _tree(tmp_path), tmp_path / "cache"
    run("check", reports / "results-complete.md", "--cache-dir", cache)
    key = cache / "key"
    assert stat.S_IMODE(key.lstat().st_mode) == 0o600 and len(key.read_bytes()) == 32


def _user_env(tmp_path) -> dict:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "ITA_LINT_CACHE_DIR"}
    return {**env, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"), "NO_COLOR": "1"}


def _cli(*args, cwd, env):
    return subprocess.run([sys.executable, "-m", "ita_lint", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, env=env)


def test_a_forged_entry_committed_in_the_checked_tree_has_no_effect(tmp_path):
    """The old cache lived beside .ita-lint.yaml; an entry committed there decided the verdict."""
    from ita_lint.cache import key, pack_fingerprint, to_dict
    from ita_lint.config import effective_for
    from ita_lint.engine.packs import rules_root

    reports, env = _tree(tmp_path), _user_env(tmp_path)
    (reports / ".ita-lint.yaml").write_text("lang: th\n", encoding="utf-8")
    target = reports / "results-status-boxes.md"
    data = target.read_bytes()
    fresh = _cli("check", target.name, "--format", "json", cwd=reports, env=env)
    assert fresh.returncode == 1
    passing = json.loads(fresh.stdout)["documents"][0]
    eff = effective_for(str(target.name), {"year": None, "select": [], "ignore": [], "fail_under": None, "lang": None,
                                           "max_bytes": None, "max_pages": None}, None)
    k = key(data, target.name, pack_fingerprint(str(rules_root()), eff.rule_dirs) + "False", eff.fingerprint())
    from ita_lint.cache import from_dict  # a well-formed entry that says the report passed

    (cached,) = [p for p in (tmp_path / "home" / ".cache" / "ita-lint").rglob(f"{k}.json")]
    body = cached.read_bytes().split(b"\n", 1)[1]
    result = from_dict(json.loads(body))
    result.passed, result.findings, result.score = True, [], 100.0
    forged = json.dumps(to_dict(result)).encode()
    planted = reports / ".ita-lint-cache" / k[:2]
    planted.mkdir(parents=True)
    (planted / f"{k}.json").write_bytes(forged)
    (reports / ".ita-lint-cache" / "key").write_bytes(b"k" * 32)
    (planted.parent / "key").chmod(0o600)
    (planted / f"{k}.json").with_suffix(".sig").write_bytes(_signed(None, k, forged, b"k" * 32))
    before = sorted(p.relative_to(reports) for p in reports.rglob("*"))
    for _ in range(2):
        again = _cli("check", target.name, "--format", "json", cwd=reports, env=env)
        assert again.returncode == 1 and json.loads(again.stdout)["documents"][0] == passing
    assert sorted(p.relative_to(reports) for p in reports.rglob("*")) == before  # nothing written in the tree


def test_a_symlinked_cache_folder_is_refused_and_nothing_is_written_outside(tmp_path):
    reports, outside = _tree(tmp_path), tmp_path / "outside"
    outside.mkdir()
    link = tmp_path / "cache"
    link.symlink_to(outside, target_is_directory=True)
    proc = run("check", reports / "results-complete.md", "--cache-dir", link)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert list(outside.iterdir()) == []


def test_symlinks_inside_the_cache_are_refused(tmp_path):
    reports, cache, outside = _tree(tmp_path), tmp_path / "cache", tmp_path / "outside"
    outside.mkdir()
    target = reports / "results-status-boxes.md"
    fresh = run("check", target, "--format", "json", "--cache-dir", cache)
    (entry,) = cache.rglob("*.json")
    victim = outside / "victim.txt"
    victim.write_text("keep me\n")
    # the entry, CACHEDIR.TAG and .gitignore as symlinks to a file outside: replaced, never written through
    for name in (cache / "CACHEDIR.TAG", cache / ".gitignore", entry):
        name.unlink()
        name.symlink_to(victim)
    again = run("check", target, "--format", "json", "--cache-dir", cache)
    assert again.stdout == fresh.stdout and victim.read_text() == "keep me\n"
    assert not entry.is_symlink() and entry.read_bytes().startswith(b"ita-lint-cache-2 ")
    # a key that is a symlink to a key the attacker knows signs nothing
    known = outside / "known-key"
    known.write_bytes(b"k" * 32)
    known.chmod(0o600)
    (cache / "key").unlink()
    (cache / "key").symlink_to(known)
    body = entry.read_bytes().split(b"\n", 1)[1].replace(b'"passed": false', b'"passed": true')
    entry.write_bytes(_signed(cache, entry.stem, body, b"k" * 32))
    third = run("check", target, "--format", "json", "--cache-dir", cache)
    assert third.stdout == fresh.stdout and third.returncode == 1
    assert known.read_bytes() == b"k" * 32


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
