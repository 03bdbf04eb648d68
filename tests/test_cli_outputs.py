"""The command line's outputs and the flags CI users reach for, as a subprocess: --format/-o
pairing, atomic files, --exit-zero, --quiet, --statistics, standard input, --extend-select/-ignore."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

STATUS = SAMPLES / "results-status-boxes.md"  # five errors
PERIODS = SAMPLES / "results-wrong-periods.md"  # two warnings, passes
COMPLETE = SAMPLES / "results-complete.md"


def run(*args, cwd=None, stdin: bytes | None = None, english: bool = False):
    env = {**os.environ, "NO_COLOR": "1", **({"LANG": "en_US.UTF-8"} if english else {})}  # an English locale
    proc = subprocess.run([sys.executable, "-m", "ita_lint", *map(str, args)], capture_output=True, input=stdin,
                          cwd=cwd, env=env)
    proc.stdout, proc.stderr = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    return proc


def _is_sarif(text: str) -> bool:
    return json.loads(text)["version"] == "2.1.0"


def _is_github(text: str) -> bool:
    return bool(text) and all(line.startswith("::") for line in text.splitlines())


# --- pairing formats with files -------------------------------------------------------------------


def test_readme_github_step_each_o_pairs_with_the_format_just_before_it(tmp_path):
    out = tmp_path / "ita.sarif"
    proc = run("check", STATUS, "--no-cache", "--format", "github", "--format", "sarif", "-o", out)
    assert proc.returncode == 1, proc.stderr
    assert _is_github(proc.stdout)  # the annotations on standard output ...
    assert _is_sarif(out.read_text(encoding="utf-8"))  # ... and the SARIF in its file


def test_name_colon_file_pairs_inside_the_format(tmp_path):
    sarif, xml = tmp_path / "ita.sarif", tmp_path / "ita.xml"
    proc = run("check", STATUS, "--no-cache", f"--format=sarif:{sarif}", "--output-format", "github",
               "--format", f"junit:{xml}")
    assert proc.returncode == 1, proc.stderr
    assert _is_github(proc.stdout) and _is_sarif(sarif.read_text(encoding="utf-8"))
    assert xml.read_text(encoding="utf-8").startswith("<?xml")


def test_ruff_style_single_pair_in_either_order_and_default_format(tmp_path):
    for args in (("--output-format", "json", "--output-file", tmp_path / "a.json"),
                 ("-o", tmp_path / "a.json", "--format", "json")):
        proc = run("check", STATUS, "--no-cache", *args)
        assert proc.returncode == 1 and proc.stdout == ""
        assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["schema"] == "ita-lint/report/v1"
    proc = run("check", STATUS, "--no-cache", "-o", tmp_path / "a.txt")  # no --format: the terminal view, uncoloured
    assert proc.stdout == "" and "มาตรการที่ 2" in (tmp_path / "a.txt").read_text(encoding="utf-8")
    assert "\x1b[" not in (tmp_path / "a.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("args,words", [
    (("--format", "json", "--format", "terminal"), "standard output"),
    (("-o", "x.json", "--format", "json", "--format", "github"), "before any --format"),
    (("--format", "json", "-o", "a.json", "-o", "b.json", "--format", "github"), "already has its file"),
    (("--format", "sarif:a.sarif", "-o", "b.sarif"), "already names its file"),
    (("--format", "yaml"), "is not one of"),
])
def test_ambiguous_pairings_are_usage_errors(tmp_path, args, words):
    proc = run("check", STATUS, "--no-cache", *args, cwd=tmp_path, english=True)
    assert proc.returncode == 2 and words in proc.stderr and "Traceback" not in proc.stderr
    assert not list(tmp_path.iterdir())  # nothing written


def test_output_file_is_replaced_atomically_and_readable(tmp_path):
    out = tmp_path / "ita.sarif"
    out.write_text("old", encoding="utf-8")
    os.chmod(out, 0o644)
    proc = run("check", STATUS, "--no-cache", "--format", "sarif", "-o", out)
    assert proc.returncode == 1
    assert _is_sarif(out.read_text(encoding="utf-8"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ita.sarif"]  # no temporary file left behind
    assert out.stat().st_mode & 0o044  # readable by the CI's other steps, not mkstemp's 0600
    proc = run("check", STATUS, "--no-cache", "--format", "sarif", "-o", tmp_path / "no-such-dir" / "x.sarif", english=True)
    assert proc.returncode == 2 and "cannot write" in proc.stderr and "Traceback" not in proc.stderr


def test_a_device_is_written_as_it_is():
    proc = run("check", STATUS, "--no-cache", "--format", "concise:/dev/stderr", "--format", "github")
    assert proc.returncode == 1 and len(proc.stderr.splitlines()) == 5 and _is_github(proc.stdout)


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    from ita_lint.output import targets

    out = tmp_path / "ita.sarif"
    out.write_text("old", encoding="utf-8")

    class Boom(Exception):
        pass

    def fail(*args):
        raise Boom()

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(Boom):
        targets.write_atomically(str(out), "new")
    assert out.read_text(encoding="utf-8") == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["ita.sarif"]


def test_gitlab_and_markdown_from_the_command_line(tmp_path):
    cq, md = tmp_path / "gl-code-quality-report.json", tmp_path / "summary.md"
    proc = run("check", STATUS, PERIODS, "--no-cache", "--format", f"gitlab:{cq}", "--format", f"markdown:{md}")
    assert proc.returncode == 1 and proc.stdout == ""  # every format went to its file
    issues = json.loads(cq.read_text(encoding="utf-8"))
    assert {i["severity"] for i in issues} == {"major", "minor"}
    assert md.read_text(encoding="utf-8").startswith("## ita-lint: ผ่าน 1 จาก 2 ไฟล์")


# --- flags -------------------------------------------------------------------------------------------


def test_exit_zero_keeps_output_but_exits_0_and_bad_input_still_2(tmp_path):
    proc = run("check", STATUS, "--no-cache", "--exit-zero", "--format", "concise")
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 5
    proc = run("check", STATUS, tmp_path / "missing.md", "--no-cache", "--exit-zero")
    assert proc.returncode == 2


def test_quiet_prints_the_findings_only():
    full = run("check", STATUS, PERIODS, COMPLETE, "--no-cache")
    quiet = run("check", STATUS, PERIODS, COMPLETE, "--no-cache", "--quiet")
    assert quiet.returncode == full.returncode == 1
    assert "สรุป: ตรวจ" in full.stdout and "คะแนน " in full.stdout
    assert "สรุป: ตรวจ" not in quiet.stdout and "คะแนน " not in quiet.stdout and "✓" not in quiet.stdout
    assert "results-complete.md" not in quiet.stdout  # a clean report says nothing
    assert quiet.stdout.count("[status-box]") == 3 and quiet.stdout.count("[fiscal-year-periods]") == 2
    assert run("check", COMPLETE, "--no-cache", "-q").stdout == ""


def test_statistics_counts_findings_per_rule(tmp_path):
    proc = run("check", STATUS, PERIODS, tmp_path / "missing.md", "--no-cache", "--statistics")
    assert proc.returncode == 2
    rows = [re.split(r"\s+", line.strip()) for line in proc.stdout.splitlines()]
    assert rows == [["จำนวน", "กฎ", "ความรุนแรง"], ["3", "status-box", "ข้อผิดพลาด"], ["2", "element-output", "ข้อผิดพลาด"],
                    ["2", "fiscal-year-periods", "คำเตือน"], ["1", "input", "ข้อผิดพลาด"]]
    assert "missing.md" in proc.stderr  # the unreadable file is still named
    out = tmp_path / "ita.sarif"  # the files are written as asked; the counts take standard output
    proc = run("check", STATUS, "--no-cache", "--statistics", "--format", "sarif", "-o", out, english=True)
    assert [line.split() for line in proc.stdout.splitlines()[:2]] == [["count", "rule", "severity"],
                                                                      ["3", "status-box", "error"]]
    assert _is_sarif(out.read_text("utf-8"))


def test_stdin_with_a_filename_decides_format_settings_and_locations(tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / ".ita-lint.yaml").write_text("ignore: [element-output]\n", encoding="utf-8")
    data = STATUS.read_bytes()
    proc = run("check", "-", "--stdin-filename", "reports/o26.md", "--format", "concise", "--no-cache",
               cwd=tmp_path, stdin=data)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 3 and all(line.startswith("reports/o26.md:") and " status-box " in line for line in lines)
    html = "<html><body>" + STATUS.read_text(encoding="utf-8") + "</body></html>"
    as_html = run("check", "-", "--stdin-filename", "page.html", "--format", "json", "--no-cache", cwd=tmp_path,
                  stdin=html.encode("utf-8"))
    assert json.loads(as_html.stdout)["documents"][0]["format"] == "html"
    plain = run("check", "-", "--format", "json", "--no-cache", stdin=COMPLETE.read_bytes())
    assert plain.returncode == 0 and json.loads(plain.stdout)["documents"][0]["path"] == "stdin.md"
    assert not (tmp_path / "reports" / "o26.md").exists()  # the name is a name; nothing is written


def test_stdin_bad_input_is_one_line_exit_2():
    proc = run("check", "-", "--stdin-filename", "report.odt", "--no-cache", stdin=b"x", english=True)
    assert proc.returncode == 2 and "report.odt" in proc.stdout + proc.stderr and "save it as .docx or PDF" in proc.stdout
    proc = run("check", "-", "--no-cache", stdin=b"")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_extend_select_and_extend_ignore_add_to_the_configuration(tmp_path):
    (tmp_path / ".ita-lint.yaml").write_text("select: [status-box]\nignore: [fiscal-year-periods]\n", encoding="utf-8")
    for sample in (STATUS, PERIODS):
        (tmp_path / sample.name).write_bytes(sample.read_bytes())

    def rules(*args):
        data = json.loads(run("check", *args, "--format", "json", "--no-cache", cwd=tmp_path).stdout)
        # a configuration that turns element rules off is said on every document (config-weakened)
        return sorted({f["rule"] for d in data["documents"] for f in d["findings"]} - {"config-weakened"})

    assert rules(STATUS.name) == ["status-box"]
    assert rules(STATUS.name, "--extend-select", "element-output") == ["element-output", "status-box"]
    assert rules(STATUS.name, "--select", "element-output") == ["element-output"]  # --select replaces
    assert rules(STATUS.name, "--extend-select", "missing-element", "--extend-ignore", "status-box") == ["element-output"]
    assert rules(PERIODS.name, "--select", "fiscal-year") == []  # the configuration's ignore still holds
    assert rules(PERIODS.name, "--select", "fiscal-year", "--ignore", "placeholder") == ["fiscal-year-periods"]
    proc = run("check", STATUS.name, "--extend-ignore", "no-such-rule", cwd=tmp_path)
    assert proc.returncode == 2 and "no-such-rule" in proc.stderr
    # the same keys in the configuration file
    (tmp_path / ".ita-lint.yaml").write_text("select: [status-box]\nextend-select: [element-output]\n"
                                             "extend-ignore: [status-box]\n", encoding="utf-8")
    assert rules(STATUS.name) == ["element-output"]
