"""A terminal that fits: the real width (COLUMNS honoured), a compact form when the matrix does
not fit, Thai never cut inside a syllable, NO_COLOR / FORCE_COLOR, a progress bar only on a
terminal."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

from ita_lint.wrap import FOLLOWING, LEADING_VOWELS, breakable, cell_width, split_clusters, wrap

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run(*args, env=None, **kw):
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    return subprocess.run([sys.executable, "-m", "ita_lint", *map(str, args)], capture_output=True, timeout=300,
                          env={**base, **(env or {})}, **kw)


def _is_mark(ch: str) -> bool:
    return cell_width(ch) == 0 and ch.strip() != ""


def split_clusters_in(line: str) -> list[str]:
    """Places where `line` (one printed line) cuts a Thai syllable cluster."""
    problems = []
    body = line.lstrip()
    if body and (_is_mark(body[0]) or body[0] in FOLLOWING):
        problems.append(f"starts with {body[0]!r}")
    if body and body.rstrip()[-1:] in LEADING_VOWELS:
        problems.append("ends with a leading vowel")
    for m in re.finditer("…", line):
        before, after = line[m.start() - 1:m.start()], line[m.end():m.end() + 1]
        if before in LEADING_VOWELS or (after and (_is_mark(after) or after in FOLLOWING)):
            problems.append(f"ellipsis cuts a cluster at {m.start()}")
    return problems


@pytest.fixture(scope="module", params=[80, 60])
def rendered(request):
    width = request.param
    proc = run("check", SAMPLES, "--no-cache", env={"COLUMNS": str(width)})
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return width, proc.stdout.decode("utf-8")


def test_every_sample_fits_the_width(rendered):
    width, text = rendered
    too_long = [(cell_width(line), line) for line in text.splitlines() if cell_width(line) > width]
    assert not too_long, too_long[:3]
    assert text.count("คะแนน") >= len(list(SAMPLES.glob("*.md"))) - 1  # every sample is there


def test_no_thai_cluster_is_split(rendered):
    _, text = rendered
    found = [(line, p) for line in text.splitlines() for p in split_clusters_in(line)]
    assert not found, found[:3]


def test_the_checker_of_splits_can_fail():
    assert split_clusters_in("  ่ต่อ") and split_clusters_in("ดำเ") and split_clusters_in("ภายในหน่วยงานเ…")
    assert not split_clusters_in("  มาตรการที่ 2: ไม่พบผลลัพธ์")


def test_narrow_windows_get_one_block_per_measure_wide_ones_the_table():
    narrow = run("check", SAMPLES / "results-missing-outcome.md", env={"COLUMNS": "60"}).stdout.decode()
    assert "มาตรการที่ 2" in narrow and "✗ ขาด: ผลลัพธ์" in narrow
    assert not re.search(r"^#\s+มาตรการ", narrow, re.M)
    wide = run("check", SAMPLES / "results-missing-outcome.md", env={"COLUMNS": "160"}).stdout.decode()
    header = next(line for line in wide.splitlines() if line.startswith("#"))
    assert "ผลการดำเนินการ" in header and "ผลลัพธ์" in header and "✗ ขาด:" not in wide
    assert max(cell_width(line) for line in wide.splitlines()) > 100  # the width is used, not 80


def test_color_follows_no_color_and_force_color():
    sample = SAMPLES / "results-missing-outcome.md"
    forced = run("check", sample, env={"FORCE_COLOR": "1"}).stdout.decode()
    assert ANSI.search(forced)
    plain = run("check", sample, env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout.decode()
    assert not ANSI.search(plain) and "มาตรการที่ 2" in plain
    assert not ANSI.search(run("check", sample).stdout.decode())  # piped: no colour
    assert ANSI.search(run("check", sample, "--color", env={"NO_COLOR": "1"}).stdout.decode())  # the flag wins


def _with_tty_stderr(*args):
    import tempfile

    master, slave = pty.openpty()
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    stdout = tempfile.TemporaryFile()  # a file, not a pipe: a long report never blocks the child
    proc = subprocess.Popen([sys.executable, "-m", "ita_lint", *map(str, args)], stdout=stdout,
                            stderr=slave, env=base)
    os.close(slave)
    err = b""
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            err += chunk
        elif proc.poll() is not None:
            break
    proc.wait(timeout=300)
    os.close(master)
    stdout.seek(0)
    out = stdout.read()
    return proc.returncode, out.decode("utf-8"), err.decode("utf-8", "replace")


def test_a_progress_bar_on_a_terminal_for_many_files():
    code, out, err = _with_tty_stderr("check", SAMPLES, "--no-cache")
    assert code == 1 and "กำลังตรวจ" in err and "━" in err, err[:300]
    assert "กำลังตรวจ" not in out and "สรุป:" in out


def test_no_progress_when_piped_or_machine_readable():
    piped = run("check", SAMPLES, "--no-cache")
    assert piped.stderr == b""
    code, out, err = _with_tty_stderr("check", SAMPLES, "--no-cache", "--format", "json")
    assert code == 1 and "กำลังตรวจ" not in err and out.lstrip().startswith("{")


# --- folding ---------------------------------------------------------------------------------

def test_breakable_keeps_clusters_whole():
    text = "เป็นที่น้ำ"
    assert not breakable(text, 1)  # after a leading vowel
    assert not breakable(text, 2)  # before ็
    assert not breakable(text, 6)  # before ่
    assert not breakable("น้ำ", 2)  # before ำ
    assert "".join(split_clusters(text)) == text and all(not _is_mark(p[0]) for p in split_clusters(text))


@pytest.mark.parametrize("width", [12, 20, 33, 60])
def test_wrap_stays_in_width_and_splits_between_words(width):
    text = ("มาตรการที่ 3: ไม่พบผลลัพธ์หรือความสำเร็จของการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส"
            "ภายในหน่วยงาน (Outcome) https://example.go.th/ita/o26-report-2568.pdf")
    lines = wrap(text, width, "  ", "    ")
    assert all(cell_width(line) <= width for line in lines), lines
    assert not [p for line in lines for p in split_clusters_in(line)], lines
    assert "".join(line.strip() for line in lines).replace(" ", "") == text.replace(" ", "")


def test_wrap_breaks_a_long_thai_run_at_word_ends():
    lines = wrap("ความสำเร็จของการดำเนินการเพื่อส่งเสริมคุณธรรม", 16)
    assert lines == ["ความสำเร็จของการ", "ดำเนินการเพื่อ", "ส่งเสริมคุณธรรม"], lines  # words, not syllables
