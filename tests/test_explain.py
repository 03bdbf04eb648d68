"""`ita-lint explain`: how a file was read, for every format, as a person and as data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PARITY = Path(__file__).parent / "fixtures" / "parity"
BLIND = Path(__file__).parent / "blind"


def explain(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ita_lint", "explain", *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.mark.parametrize("name", ["report.md", "report.html", "report.docx", "report.pdf"])
def test_every_format_shows_its_table_rows_and_measures(name):
    run = explain(str(PARITY / name))
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "ตารางมาตรการ" in out and 'คอลัมน์ 3 "หน่วยงานผู้รับผิดชอบ" → ผู้รับผิดชอบ' in out
    assert "↳ แถวที่มีเลขลำดับ" in out
    assert "มาตรการที่อ่านได้: 6" in out
    assert "✓ ผู้รับผิดชอบ [คอลัมน์]" in out


@pytest.mark.parametrize("name", ["report.md", "report.docx", "report.pdf"])
def test_json_gives_the_same_reading_as_data(name):
    run = explain(str(PARITY / name), "--format", "json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert (data["kind"], data["fiscal_year"]) == ("results", 2568)
    assert len(data["measures"]) == 6
    table, = [t for t in data["tables"] if t["role"] == "measures"]
    assert [c["element"] for c in table["columns"]] == \
        ["measure", "steps", "responsible", "period", "output", "outcome"]
    assert all(m["elements"]["responsible"] == "present" for m in data["measures"])
    assert {r["fate"] for r in table["rows"]} >= {"header", "measure"}


def test_english_and_the_fates_of_prose():
    text = BLIND / "round4" / "r02_sp_khoksamran_results_2568.txt"
    run = explain(str(text), "--lang", "en")
    assert run.returncode == 0, run.stderr
    assert "a heading with label lines under it" in run.stdout
    assert "Measures read: 6" in run.stdout


def test_what_could_not_be_placed_is_listed():
    run = explain(str(BLIND / "round4" / "m05_buddhism_burinakhon_measures_2569.txt"))
    assert run.returncode == 0, run.stderr
    assert "table-flattened" in run.stdout and "อ่านจากเลขลำดับ" in run.stdout


def test_a_file_it_cannot_read_is_one_line_and_exit_2(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    run = explain(str(broken))
    assert run.returncode == 2
    assert run.stderr.count("\n") <= 1 and "broken.pdf" in run.stderr and "Traceback" not in run.stderr
