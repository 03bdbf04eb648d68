"""The pre-commit hook, run by the real pre-commit framework in a throwaway git repository.

The hook repository is a snapshot of this checkout's working tree (its tracked and
new files as they are on disk; outside a git work tree, the package, the rule packs,
pyproject.toml, README.md and .pre-commit-hooks.yaml) committed to a temporary git
repository. `try-repo` on the checkout itself would take HEAD plus changes to tracked
files only, so a new, not yet added file would be missing; the snapshot tests the
code as it is on disk, and works from an sdist too. pre-commit installs ita-lint from it into its own
virtualenv with pip, which needs PyPI (as every pre-commit user's first run does).

Two ways a team uses it, both tested:
- `pre-commit try-repo HOOK_REPO ita-lint --files …`, the way to try a hook before
  adding it (try-repo always builds in a fresh temporary store);
- a `.pre-commit-config.yaml` naming the hook repository and `pre-commit run`, with
  PRE_COMMIT_HOME shared by the session so the hook's environment is built once.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SAMPLES

GIT = shutil.which("git")
HAS_PRE_COMMIT = importlib.util.find_spec("pre_commit") is not None or shutil.which("pre-commit") is not None

pytestmark = [
    pytest.mark.skipif(GIT is None, reason="git is not installed"),
    pytest.mark.skipif(not HAS_PRE_COMMIT, reason="pre-commit is not installed (pip install '.[test]')"),
]

# What the snapshot holds when the checkout is not a git work tree (an sdist): what pip needs.
SNAPSHOT = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "ita_lint", "rules")
HOOK_TIMEOUT = 600  # seconds: the first run builds a virtualenv and installs ita-lint from PyPI deps


def _env(home: Path | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k not in ("PRE_COMMIT_HOME", "SKIP")}
    env.update({
        "GIT_AUTHOR_NAME": "ita-lint tests", "GIT_AUTHOR_EMAIL": "tests@example.invalid",
        "GIT_COMMITTER_NAME": "ita-lint tests", "GIT_COMMITTER_EMAIL": "tests@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1", "PYTHONUTF8": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    })
    if home is not None:
        env["PRE_COMMIT_HOME"] = str(home)
    return env


def _git(*args, cwd: Path) -> str:
    proc = subprocess.run([GIT, "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args], cwd=cwd,
                          env=_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout.strip()


def _pre_commit(*args, cwd: Path, home: Path | None = None) -> tuple[int, str]:
    if importlib.util.find_spec("pre_commit") is not None:
        cmd = [sys.executable, "-m", "pre_commit", *args]
    else:
        cmd = [shutil.which("pre-commit") or "pre-commit", *args]
    proc = subprocess.run(cmd, cwd=cwd, env=_env(home), capture_output=True, timeout=HOOK_TIMEOUT)
    out = (proc.stdout + proc.stderr).decode("utf-8", errors="replace")
    return proc.returncode, out


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory) -> tuple[Path, str]:
    """This checkout's working tree, committed to a fresh git repository: (path, commit)."""
    repo = tmp_path_factory.mktemp("hook-repo")
    listed = subprocess.run([GIT, "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, timeout=60)
    if listed.returncode == 0 and listed.stdout:
        # tracked and new files as they are on disk, deleted ones left out, ignored ones too
        for name in listed.stdout.decode("utf-8", errors="surrogateescape").split("\0"):
            src = ROOT / name
            if name and src.is_file():
                (repo / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, repo / name)
    else:
        for name in SNAPSHOT:
            src = ROOT / name
            if src.is_dir():
                shutil.copytree(src, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*cache*"))
            else:
                shutil.copy2(src, repo / name)
    _git("init", "-q", cwd=repo)
    _git("add", "-A", cwd=repo)
    _git("commit", "-q", "-m", "snapshot of the ita-lint checkout", cwd=repo)
    return repo, _git("rev-parse", "HEAD", cwd=repo)


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory) -> Path:
    """One pre-commit store for the session: the hook's virtualenv is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def _project(tmp_path: Path, *samples: str) -> Path:
    """A team's repository with the given sample reports staged under reports/."""
    project = tmp_path / "project"
    (project / "reports").mkdir(parents=True)
    _git("init", "-q", cwd=project)
    for name in samples:
        shutil.copy2(SAMPLES / name, project / "reports" / name)
    (project / "README.md").write_text("# รายงาน ITA ของหน่วยงาน\n\nไม่ใช่รายงาน\n", encoding="utf-8")
    _git("add", "-A", cwd=project)
    return project


def _configure(project: Path, hook_repo: tuple[Path, str]) -> None:
    repo, rev = hook_repo
    config = {"repos": [{"repo": str(repo), "rev": rev, "hooks": [{"id": "ita-lint"}]}]}
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git("add", ".pre-commit-config.yaml", cwd=project)


def test_hook_definition():
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "ita-lint" and hook["language"] == "python" and hook["entry"] == "ita-lint check"
    assert hook["pass_filenames"] is True and hook["require_serial"] is False
    import re

    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])

    def picked(path: str) -> bool:  # how pre-commit filters: re.search on the repo-relative path
        return bool(files.search(path)) and not exclude.search(path)

    # reports by their folder or their name, in every format ita-lint reads
    for path in ("reports/o26.md", "o26.txt", "reports/2568/REPORT.PDF", "ita/measures.docx", "oit/x.htm",
                 "report/x.html", "ITA-2568-measures.yaml", "O26-results.yml", "รายงานผล 2568.docx",
                 "docs/ita/มาตรการ.json", "รายงาน2568/x.pdf", "reports/o26.rtf", "แผน ITA 2570.RTF", "reports/o36-mail.eml"):
        assert picked(path), path
    # what a website's or a docs repository's other files are called, and words that merely contain "ita"
    for path in ("README.md", "docs/readme.txt", "CHANGELOG.md", "LICENSE.txt", ".pre-commit-config.yaml",
                 ".github/workflows/ci.yml", "a/.hidden/x.md", "logo.png", "old.doc", "book.xlsx",
                 "package.json", "mkdocs.yml", "docs/index.md", "capital.md", "hospital.html", "o123.md",
                 "reports/readme.md", "reports/logo.png"):
        assert not picked(path), path
    import identify.identify

    tags = identify.identify.ALL_TAGS  # a tag pre-commit does not know would break every user's config
    assert set(hook["types_or"]) <= tags


def test_readme_and_hook_name_a_version_the_changelog_and_package_give():
    from ita_lint import __version__

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"rev: v{__version__}" in readme and f"rev: v{__version__}" in hooks
    assert f"## {__version__} " in changelog or f"## [{__version__}]" in changelog


def test_try_repo_refuses_an_incomplete_report(tmp_path, hook_repo):
    project = _project(tmp_path, "results-missing-outcome.md")
    repo, _ = hook_repo
    code, out = _pre_commit("try-repo", str(repo), "ita-lint", "--color", "never",
                            "--files", "reports/results-missing-outcome.md", cwd=project)
    assert code != 0, out
    assert "Failed" in out and "element-outcome" in out and "ผลลัพธ์" in out, out
    assert "มาตรการที่ 2" in out, out  # the measure that lacks it


def test_configured_hook_refuses_an_incomplete_report(tmp_path, hook_repo, pre_commit_home):
    project = _project(tmp_path, "results-missing-outcome.md")
    _configure(project, hook_repo)
    code, out = _pre_commit("run", "ita-lint", "--color", "never", "--files", "reports/results-missing-outcome.md",
                            cwd=project, home=pre_commit_home)
    assert code == 1, out
    assert "Failed" in out and "ผลลัพธ์" in out and "มาตรการที่ 2" in out, out


def test_configured_hook_passes_a_complete_report_and_skips_the_readme(tmp_path, hook_repo, pre_commit_home):
    project = _project(tmp_path, "results-complete.md")
    _configure(project, hook_repo)
    code, out = _pre_commit("run", "ita-lint", "--color", "never", "--verbose",
                            "--files", "reports/results-complete.md", "README.md", cwd=project, home=pre_commit_home)
    assert code == 0, out
    assert "Passed" in out and "results-complete.md" in out, out
    assert "README" not in out.split("Passed", 1)[1], out  # excluded: never handed to ita-lint


def test_configured_hook_passes_a_repository_with_a_website_beside_its_reports(tmp_path, hook_repo, pre_commit_home):
    """The default `files` pattern: package.json, mkdocs.yml and docs/index.md are not reports."""
    project = _project(tmp_path, "results-complete.md")
    (project / "package.json").write_text('{"name": "agency-site", "version": "1.0.0"}\n', encoding="utf-8")
    (project / "mkdocs.yml").write_text("site_name: เว็บไซต์หน่วยงาน\nnav:\n  - index.md\n", encoding="utf-8")
    (project / "docs").mkdir()
    (project / "docs" / "index.md").write_text("# ยินดีต้อนรับ\n\nหน้าแรกของเว็บไซต์\n", encoding="utf-8")
    _git("add", "-A", cwd=project)
    _configure(project, hook_repo)
    code, out = _pre_commit("run", "ita-lint", "--all-files", "--color", "never", "--verbose",
                            cwd=project, home=pre_commit_home)
    assert code == 0, out
    assert "Passed" in out and "results-complete.md" in out, out
    for name in ("package.json", "mkdocs.yml", "index.md"):
        assert name not in out, out
    # the same files handed to ita-lint itself would fail: the pattern is what keeps them out
    proc = subprocess.run([sys.executable, "-m", "ita_lint", "check", "--no-cache", "package.json", "mkdocs.yml",
                           "docs/index.md"], cwd=project, capture_output=True, env=_env())
    assert proc.returncode != 0


def test_configured_hook_refuses_an_rtf_report(tmp_path, hook_repo, pre_commit_home):
    """Rich Text has no pre-commit type tag: the hook still picks it by its extension."""
    from tests.test_reader_rtf import _rtf

    project = _project(tmp_path)
    (project / "reports" / "o26.rtf").write_bytes(_rtf(
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569", [
            ["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ผลผลิต"],
            ["1", "เปิดเผยข้อมูลการจัดซื้อ", "กองคลัง", "ครบ 12 เดือน"],
            ["2", "อบรมจริยธรรม", "-", "74 คน"]]))
    _git("add", "-A", cwd=project)
    _configure(project, hook_repo)
    code, out = _pre_commit("run", "ita-lint", "--all-files", "--color", "never", cwd=project, home=pre_commit_home)
    assert code == 1, out
    assert "Failed" in out and "o26.rtf" in out and "ผู้รับผิดชอบ" in out, out
