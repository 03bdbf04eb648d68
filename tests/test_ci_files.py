"""The GitHub Action (action.yml) and the GitLab CI template (ci/gitlab-ita-lint.yml), run as
their platforms would: each `run:`/`script:` command, as written, with bash, in a temporary copy
of the samples, installing ita-lint from this checkout into a fresh virtualenv. The README shows
these files verbatim."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SAMPLES
from tests.test_output_formats import SCHEMA as SARIF_SCHEMA
from tests.test_output_formats import _code_quality_errors

ACTION = ROOT / "action.yml"
WORKFLOW = ROOT / "ci" / "github-workflow.yml"
GITLAB = ROOT / "ci" / "gitlab-ita-lint.yml"
INSTALL_TIMEOUT = 900  # a fresh virtualenv installs ita-lint and its dependencies


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A fresh virtualenv whose bin/ comes first on PATH, as a CI runner's Python does."""
    path = tmp_path_factory.mktemp("ci-venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True, timeout=300)
    return path


@pytest.fixture
def work(tmp_path) -> Path:
    """A repository of reports: the samples under reports/."""
    shutil.copytree(SAMPLES, tmp_path / "reports", ignore=shutil.ignore_patterns("README.md"))
    return tmp_path


def _bash(command: str, cwd: Path, venv: Path, env: dict) -> subprocess.CompletedProcess:
    full = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}", "NO_COLOR": "1",
            "PIP_DISABLE_PIP_VERSION_CHECK": "1", **env}
    full.pop("PYTHONPATH", None)
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", command], cwd=cwd, env=full,
                          capture_output=True, text=True, encoding="utf-8", timeout=INSTALL_TIMEOUT)


def _expand(value: str, inputs: dict) -> str:
    """GitHub's `${{ inputs.name }}` expressions, with the inputs' values."""
    return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: str(inputs[m.group(1)]), str(value))


def _sarif_errors(log: dict) -> list[str]:
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(log)]


def test_github_action_steps_run_as_written(work, venv):
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    inputs = {name: spec["default"] for name, spec in action["inputs"].items()}
    summary = work / "step-summary.md"
    summary.write_text("", encoding="utf-8")
    env = {"GITHUB_ACTION_PATH": str(ROOT), "GITHUB_STEP_SUMMARY": str(summary)}
    uses = []
    results = []
    for step in action["runs"]["steps"]:
        if "uses" in step:
            uses.append((step["uses"].split("@")[0], {k: _expand(v, inputs) for k, v in step.get("with", {}).items()}))
            continue
        assert step["shell"] == "bash"
        step_env = {**env, **{k: _expand(v, inputs) for k, v in step.get("env", {}).items()}}
        results.append(_bash(step["run"], work, venv, step_env))
    install, check = results
    assert install.returncode == 0, install.stdout + install.stderr
    assert check.returncode == 1, check.stderr  # the samples are incomplete on purpose: the gate fails
    annotations = check.stdout.splitlines()
    assert annotations and all(line.startswith("::") for line in annotations)
    assert any(line.startswith("::error file=reports/results-missing-outcome.md,line=10,") for line in annotations)
    log = json.loads((work / inputs["sarif-file"]).read_text(encoding="utf-8"))
    assert _sarif_errors(log) == [] and log["runs"][0]["results"]
    assert summary.read_text(encoding="utf-8").startswith("## ita-lint: ")
    # what the `uses:` steps are handed: the SARIF just written, to code scanning
    assert uses == [("actions/setup-python", {"python-version": "3.12"}),
                    ("github/codeql-action/upload-sarif", {"sarif_file": inputs["sarif-file"], "category": "ita-lint"})]


def test_github_workflow_example_grants_what_the_upload_needs():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert workflow["permissions"] == {"contents": "read", "security-events": "write"}
    [job] = workflow["jobs"].values()
    step = next(s for s in job["steps"] if s.get("uses", "").split("@")[0].endswith("/ita-lint"))
    action_inputs = yaml.safe_load(ACTION.read_text(encoding="utf-8"))["inputs"]
    assert set(step["with"]) <= set(action_inputs)
    from ita_lint import __version__

    assert step["uses"].endswith(f"@v{__version__}")


def test_gitlab_template_script_runs_as_written(work, venv):
    template = yaml.safe_load(GITLAB.read_text(encoding="utf-8"))
    job = template["ita-lint"]
    variables = {k: str(v) for k, v in job["variables"].items()}
    variables["ITA_LINT_INSTALL"] = str(ROOT)  # this checkout instead of the published package
    results = [_bash(command, work, venv, variables) for command in job["script"]]
    install, check = results
    assert install.returncode == 0, install.stdout + install.stderr
    assert check.returncode == 1, check.stderr
    assert "สรุป: ตรวจ" in check.stdout  # the job log: the terminal view
    artifacts = job["artifacts"]
    assert artifacts["when"] == "always"
    for path in artifacts["paths"]:
        assert (work / path).is_file(), path
    issues = json.loads((work / artifacts["reports"]["codequality"]).read_text(encoding="utf-8"))
    assert issues and _code_quality_errors(issues) == []
    assert {i["location"]["path"].split("/")[0] for i in issues} == {"reports"}
    suite = ET.parse(work / artifacts["reports"]["junit"]).getroot()
    assert all(len(case.findall("failure")) <= 1 for case in suite.iter("testcase"))


@pytest.mark.parametrize("path", [ACTION, WORKFLOW, GITLAB], ids=lambda p: p.name)
def test_readme_shows_the_file_verbatim(path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = "\n".join(("    " + line) if line else "" for line in path.read_text(encoding="utf-8").splitlines())
    assert block + "\n" in readme, f"README.md does not show {path.relative_to(ROOT)} as it is"


def _outputs(command: str) -> dict:
    """The file each format of an `ita-lint check` command line goes to (None: standard output)."""
    import shlex

    from ita_lint.output.targets import pair

    words, order = shlex.split(command), []
    for i, word in enumerate(words):
        if word in ("--format", "--output-format", "-o", "--output-file", "--output"):
            order.append(("format" if "format" in word else "output", words[i + 1]))
    return {fmt: path for fmt, path in pair(order)}


def test_the_website_gate_examples_write_each_artifact_in_its_format():
    """docs/: the artifact a job keeps is written in the format its platform reads."""
    gitlab = yaml.safe_load((ROOT / "docs" / "gitlab-ci.yml").read_text(encoding="utf-8"))["ita-lint"]
    [command] = [c for c in gitlab["script"] if c.startswith("ita-lint check")]
    assert _outputs(command) == {"junit": gitlab["artifacts"]["reports"]["junit"], "terminal": None}
    github = yaml.safe_load((ROOT / "docs" / "github-actions.yml").read_text(encoding="utf-8"))["jobs"]["ita-lint"]
    [command] = [s["run"] for s in github["steps"] if "ita-lint check" in s.get("run", "")]
    kept = next(s for s in github["steps"] if s.get("uses", "").startswith("actions/upload-artifact"))
    assert _outputs(command) == {"json": kept["with"]["path"], "github": None}
