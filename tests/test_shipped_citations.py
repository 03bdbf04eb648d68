"""Shipped files cite only what a user can open: the manual and public sources, never working
notes or files outside the package (DESIGN.md, ../shared, a corpus checkout)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ita_lint.engine.loader import load_pack
from ita_lint.engine.packs import available_packs

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = [ROOT / "ita_lint", ROOT / "rules", ROOT / "README.md", ROOT / "docs"]
TEXT = {".py", ".yaml", ".yml", ".json", ".md", ".txt", ".html", ".css", ".toml"}
# what a user of the installed package cannot open
UNREACHABLE = re.compile(r"DESIGN\.md|\.\./shared|shared/corpus|corpus/[\w-]+\.(?:pdf|docx|md)|/work/|/home/\w+/|[A-Z]:\\\\Users")


def _shipped_files():
    for base in SHIPPED:
        paths = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in paths:
            if path.suffix in TEXT and "__pycache__" not in path.parts:
                yield path


def test_the_scan_sees_the_files_it_must():
    names = {p.relative_to(ROOT).as_posix() for p in _shipped_files()}
    assert {"README.md", "rules/common/elements.yaml", "ita_lint/cli.py"} <= names


@pytest.mark.parametrize("path", list(_shipped_files()), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_shipped_file_cites_what_a_user_cannot_open(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    found = [(n, m.group(0)) for n, line in enumerate(text.splitlines(), 1) for m in UNREACHABLE.finditer(line)]
    assert not found, f"{path.relative_to(ROOT)}: {found}"


def test_the_pattern_catches_what_it_is_for():
    for bad in ("see DESIGN.md", "../shared/corpus/o26.pdf", "corpus/report-12.pdf", "/work/main/rules"):
        assert UNREACHABLE.search(bad), bad


_MANUAL_YEAR = re.compile(r"คู่มือการประเมิน(?:คุณธรรม\S*)? ?ITA (?:ปี )?(\d{4})|ประจำปีงบประมาณ พ.ศ. (\d{4})|manual (\d{4})")


@pytest.mark.parametrize("pack_id", available_packs())
def test_every_rule_cites_the_manual_of_its_own_year(pack_id):
    pack = load_pack(pack_id)
    for rule in pack.rules:
        for lang in ("th", "en"):
            source = rule.reference.source_in(lang)
            assert "{" not in source, f"{rule.id}: unfilled citation {source!r}"
            for m in _MANUAL_YEAR.finditer(source):
                year = int(next(g for g in m.groups() if g))
                assert year == pack.assessment_year, f"{pack_id} {rule.id} cites the {year} manual: {source}"


def test_rule_command_cites_the_right_year_and_no_local_path():
    out = subprocess.run([sys.executable, "-m", "ita_lint", "rule", "element-steps", "--year", "2569"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "คู่มือการประเมิน ITA ปี 2569 ข้อ o25" in out.stdout
    assert str(ROOT) not in out.stdout and not UNREACHABLE.search(out.stdout)
