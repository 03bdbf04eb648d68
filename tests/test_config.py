"""Configuration files: discovery (closest wins), keys, overrides, waivers, CLI precedence, errors."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from tests.conftest import SAMPLES
from tests.test_cli import run


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "reports" / "archive").mkdir(parents=True)
    shutil.copy(SAMPLES / "results-status-boxes.md", tmp_path / "reports" / "o26.md")
    shutil.copy(SAMPLES / "results-2567-title.md", tmp_path / "reports" / "archive" / "old.md")
    return tmp_path


def findings(proc):
    data = json.loads(proc.stdout)
    return {d["path"].rsplit("/", 1)[-1]: [f["rule"] for f in d["findings"]] for d in data["documents"]}, data


def test_pyproject_section_is_found_by_walking_up(tree):
    (tree / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.ita-lint]\nignore = ["status"]\n', encoding="utf-8")
    got, _ = findings(run("check", tree / "reports" / "o26.md", "--format", "json", "--no-cache"))
    assert got["o26.md"] == ["element-output", "element-output"]


def test_closest_config_wins_and_yaml_beats_pyproject(tree):
    (tree / "pyproject.toml").write_text('[tool.ita-lint]\nignore = ["status"]\n', encoding="utf-8")
    (tree / "reports" / ".ita-lint.yaml").write_text("ignore: [missing-element]\n", encoding="utf-8")
    got, _ = findings(run("check", tree / "reports" / "o26.md", "--format", "json", "--no-cache"))
    assert set(got["o26.md"]) == {"status-box", "config-weakened"}  # every element rule off: said


def test_pyproject_without_section_is_passed_over(tree):
    (tree / "reports" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (tree / ".ita-lint.yaml").write_text("select: [status-box]\n", encoding="utf-8")
    got, _ = findings(run("check", tree / "reports" / "o26.md", "--format", "json", "--no-cache"))
    assert set(got["o26.md"]) == {"status-box", "config-weakened"}


def test_overrides_by_glob_and_year(tree):
    (tree / ".ita-lint.yaml").write_text(
        "overrides:\n  - paths: ['reports/archive/**', 'reports/archive/*']\n    year: 2568\n", encoding="utf-8")
    got, data = findings(run("check", tree / "reports", "--format", "json", "--no-cache"))
    packs = {d["path"].rsplit("/", 1)[-1]: d["rulepack"] for d in data["documents"]}
    assert packs == {"old.md": "ita-2568", "o26.md": "ita-2569"}
    assert "fiscal-year-expected" not in got["old.md"]


def test_severity_override_and_fail_under_and_lang(tree):
    (tree / ".ita-lint.yaml").write_text(
        "severity: {status-box: warning, missing-element: warning}\nfail-under: 99\nlang: en\n", encoding="utf-8")
    proc = run("check", tree / "reports" / "o26.md", "--no-cache")
    assert proc.returncode == 1  # only warnings now, but the score is under 99
    assert "warning" in proc.stdout and "Measure 2" in proc.stdout
    proc = run("check", tree / "reports" / "o26.md", "--no-cache", "--fail-under", "50", "--lang", "th")
    assert proc.returncode == 0 and "คำเตือน" in proc.stdout  # CLI flags override the file


def test_extra_rule_dirs_are_validated_like_bundled_ones(tree):
    rules = tree / "team-rules"
    rules.mkdir()
    (rules / "team.yaml").write_text("""rules:
  - id: team-no-draft
    type: existence
    patterns: ['ร่าง']
    category: placeholder
    severity: error
    weight: 5
    summary: {th: ห้ามมีคำว่าร่าง, en: No draft marks}
    message: {th: 'พบคำว่า "{found}"', en: 'draft mark "{found}"'}
    fix: {th: ลบคำว่าร่าง, en: Remove the draft mark}
    reference: {source: team policy, confirmed: false}
    examples: {pass: ['# รายงาน'], fail: ['# ร่าง รายงาน']}
""", encoding="utf-8")
    (tree / ".ita-lint.yaml").write_text("rule-dirs: [team-rules]\nselect: [team-no-draft]\n", encoding="utf-8")
    (tree / "reports" / "o26.md").write_text("# ร่าง รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n", encoding="utf-8")
    got, _ = findings(run("check", tree / "reports" / "o26.md", "--format", "json", "--no-cache"))
    assert got["o26.md"] == ["config-weakened", "team-no-draft"]  # select: no element rule left
    (rules / "team.yaml").write_text("rules:\n  - id: team-no-draft\n    type: existence\n", encoding="utf-8")
    proc = run("check", tree / "reports" / "o26.md", "--no-cache")
    assert proc.returncode == 2 and "team.yaml" in proc.stdout + proc.stderr and "team-no-draft" in proc.stdout + proc.stderr


def test_waivers_and_expired_waiver(tree):
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    (tree / ".ita-lint.yaml").write_text(
        f"waivers:\n  - {{path: reports/o26.md, rule: status-box, reason: boxes fixed in print, expires: {future}}}\n",
        encoding="utf-8")
    got, _ = findings(run("check", tree / "reports" / "o26.md", "--format", "json", "--no-cache"))
    assert got["o26.md"] == ["element-output", "element-output"]
    (tree / ".ita-lint.yaml").write_text(
        "waivers:\n  - {path: reports/o26.md, rule: status-box, reason: boxes fixed in print, expires: 2020-01-01}\n",
        encoding="utf-8")
    got, _ = findings(run("check", tree / "reports" / "o26.md", "--format", "json", "--no-cache"))
    assert got["o26.md"][0] == "waiver-expired" and "status-box" in got["o26.md"]


@pytest.mark.parametrize("name,content,expect", [
    (".ita-lint.yaml", "fail-under: lots\n", "key 'fail-under'"),
    (".ita-lint.yaml", "selct: [status]\n", "key 'selct'"),
    (".ita-lint.yaml", "select: [no-such-rule]\n", "no-such-rule"),
    (".ita-lint.yaml", "year: 2501\n", "ita-2501"),
    (".ita-lint.yaml", "a: [\n", "invalid YAML"),
    ("pyproject.toml", "[tool.ita-lint]\nlang = 'fr'\n", "key 'lang'"),
    ("pyproject.toml", "[tool.ita-lint\n", "invalid TOML"),
])
def test_broken_config_is_exit_2_naming_file_and_key(tree, name, content, expect):
    (tree / name).write_text(content, encoding="utf-8")
    proc = run("check", tree / "reports" / "o26.md", "--no-cache", "--lang", "en")
    assert proc.returncode == 2, proc.stdout
    said = proc.stdout + proc.stderr  # the file's own error line, in the report
    assert expect in said and "Traceback" not in said
    if "key" in expect or "invalid" in expect:
        assert name in said


def test_config_command_prints_effective_settings(tree):
    (tree / ".ita-lint.yaml").write_text("ignore: [placeholder]\noverrides:\n  - {paths: ['reports/archive/*'], year: 2568}\n",
                                         encoding="utf-8")
    data = json.loads(run("config", tree / "reports" / "archive" / "old.md", "--format", "json").stdout)
    assert data["year"] == 2568 and data["rulepack"] == "ita-2568" and data["ignore"] == ["placeholder"]
    assert data["source"].endswith(".ita-lint.yaml")
