"""Hostile input, as an attacker or unlucky real life would supply it: each input is made here,
and each test shows one clear line, exit 2, a bounded time, and the rest of the run checked."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import SAMPLES

GOOD = "results-complete.md"  # checked beside every hostile input: the run must go on
TIMEOUT = 120  # generous: a hang is minutes, never this


# the terminal's words read in English (an English locale); JSON's messages are English anyway
ENGLISH = {"LANG": "en_US.UTF-8"}


def ita(*args, cwd=None, timeout=TIMEOUT, env=None):
    """ita-lint as a subprocess; a hang fails the test (TimeoutExpired) instead of blocking it."""
    return subprocess.run([sys.executable, "-m", "ita_lint", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", errors="backslashreplace", cwd=cwd, timeout=timeout,
                          env={**os.environ, "NO_COLOR": "1", **(env or {})})


def _tree(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(SAMPLES / GOOD, reports / GOOD)
    return reports


def _checked(proc) -> list[str]:
    return [os.path.basename(d["path"]) for d in json.loads(proc.stdout)["documents"]]


def _errors(proc) -> dict[str, str]:
    return {os.path.basename(e["path"]): e["message"] for e in json.loads(proc.stdout)["errors"]}


# --- files that are not regular files of the tree ----------------------------------------------


def test_a_symlink_out_of_the_tree_is_one_line_and_its_content_never_read(tmp_path):
    reports = _tree(tmp_path)
    secret = tmp_path / "secret.md"
    secret.write_text("# รายงานผลการดำเนินการ TOPSECRET-42\n", encoding="utf-8")
    (reports / "passwd.md").symlink_to("/etc/passwd")
    (reports / "secret.md").symlink_to(secret)
    (reports / "inside.md").symlink_to(reports / GOOD)  # inside the tree: followed
    proc = ita("check", reports, "--format", "json", "--no-cache")
    assert proc.returncode == 2
    errors = _errors(proc)
    assert "outside the checked folder" in errors["passwd.md"] and "outside" in errors["secret.md"]
    assert sorted(_checked(proc)) == ["inside.md", GOOD]
    assert "TOPSECRET" not in proc.stdout + proc.stderr and "root:" not in proc.stdout + proc.stderr
    # named on the command line, the link is refused just the same
    named = ita("check", reports / "passwd.md", reports / GOOD, "--no-cache", env=ENGLISH)
    assert named.returncode == 2 and "root:" not in named.stdout + named.stderr
    assert "passwd.md" in named.stdout and "outside the checked folder" in named.stdout


def test_a_fifo_and_a_device_do_not_hang_the_run(tmp_path):
    reports = _tree(tmp_path)
    os.mkfifo(reports / "pipe.md")
    os.mkfifo(reports / "pipe2.html")
    (reports / "zero.md").symlink_to("/dev/zero")
    proc = ita("check", reports, "--format", "json", "--no-cache", timeout=60)
    assert proc.returncode == 2
    errors = _errors(proc)
    assert "FIFO" in errors["pipe.md"] and "FIFO" in errors["pipe2.html"] and "zero.md" in errors
    assert _checked(proc) == [GOOD]
    named = ita("check", reports / "pipe.md", reports / GOOD, "--no-cache", timeout=60, env=ENGLISH)
    assert named.returncode == 2 and "FIFO" in named.stdout


def test_reading_refuses_a_fifo_without_blocking(tmp_path):
    from ita_lint.readers import ReadError, read_bytes

    os.mkfifo(tmp_path / "pipe.md")
    with pytest.raises(ReadError, match="not a regular file"):
        read_bytes(tmp_path / "pipe.md")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_is_an_error_not_a_skip(tmp_path):
    reports = _tree(tmp_path)
    locked = reports / "locked"
    locked.mkdir()
    shutil.copy(SAMPLES / GOOD, locked / "hidden.md")
    locked.chmod(0)
    try:
        proc = ita("check", reports, "--format", "json", "--no-cache")
    finally:
        locked.chmod(0o755)
    assert proc.returncode == 2 and "cannot read folder" in _errors(proc)["locked"]
    assert _checked(proc) == [GOOD]


def test_a_folder_the_system_refuses_to_list_is_an_error(tmp_path, monkeypatch):
    """The same as above where the tests run as root (who can list any folder): the kernel's
    refusal is made by hand, and discovery must say so."""
    from ita_lint.discover import discover

    reports = _tree(tmp_path)
    (reports / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, errors = discover([str(reports)])
    assert [os.path.basename(f) for f in files] == [GOOD]
    assert [(os.path.basename(e.path), e.message) for e in errors] == [("locked", "cannot read folder: Permission denied")]


def test_file_names_that_are_not_utf8_work_everywhere(tmp_path):
    reports = _tree(tmp_path)
    raw = os.fsencode(reports) + b"/r\xff\xfe-" + b"\xe0\xb8.md"  # Latin-1 and a cut Thai letter
    shutil.copy(SAMPLES / "results-status-boxes.md", raw)
    cache = tmp_path / "cache"
    outs = []
    for _ in range(2):  # fresh, then from the cache
        proc = ita("check", reports, "--format", "json", "--cache-dir", cache)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
        outs.append(proc.stdout)
        paths = [d["path"] for d in json.loads(proc.stdout)["documents"]]
        assert os.fsdecode(raw) in paths  # \udcXX escapes read back as the same name
    assert outs[0] == outs[1]
    for fmt in ("terminal", "sarif", "junit", "github", "gitlab", "markdown", "concise", "html"):
        proc = ita("check", reports, "--format", fmt, "--no-cache")
        assert proc.returncode == 1 and "Traceback" not in proc.stderr and "internal error" not in proc.stderr


# --- exits that mean something -------------------------------------------------------------------


def _with_fault(target: str, *args):
    """ita-lint with a bug put in by hand: `target` (module:function) raises for any file named boom*."""
    module, name = target.split(":")
    code = (f"import sys, importlib\nm = importlib.import_module({module!r})\nreal = getattr(m, {name!r})\n"
            "def broken(*a, **k):\n"
            "    if 'boom' in repr(a):\n        raise ZeroDivisionError('injected')\n"
            "    return real(*a, **k)\n"
            f"setattr(m, {name!r}, broken)\n"
            "from ita_lint.cli import main\nsys.argv = ['ita-lint', *sys.argv[1:]]\nmain()\n")
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=TIMEOUT, env={**os.environ, "NO_COLOR": "1"})


def test_a_bug_on_one_document_is_its_error_line_and_the_others_are_checked(tmp_path):
    reports = _tree(tmp_path)
    shutil.copy(SAMPLES / GOOD, reports / "boom.md")
    proc = _with_fault("ita_lint.lint:_lint_one", "check", reports, "--format", "json", "--no-cache")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert _checked(proc) == [GOOD]
    message = _errors(proc)["boom.md"]
    assert "bug in ita-lint" in message and "/issues" in message and "ZeroDivisionError: injected" in message
    verbose = _with_fault("ita_lint.lint:_lint_one", "check", reports, "--no-cache", "--verbose")
    assert verbose.returncode == 2 and "Traceback" in verbose.stderr and "ZeroDivisionError" in verbose.stderr


def test_a_bug_outside_any_document_is_one_line_exit_2(tmp_path):
    reports = _tree(tmp_path)
    proc = _with_fault("ita_lint.lint:find_inputs", "check", reports / "boom", "--no-cache")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert "ข้อบกพร่องของโปรแกรม ไม่ใช่ปัญหาของรายงาน" in line and "/issues" in line  # in Thai, the default
    assert "Traceback" in _with_fault("ita_lint.lint:find_inputs", "check", reports / "boom", "-v").stderr


def test_a_broken_configuration_fails_its_own_files_and_the_rest_is_reported(tmp_path):
    reports = _tree(tmp_path)
    broken = reports / "broken"
    broken.mkdir()
    shutil.copy(SAMPLES / GOOD, broken / "other.md")
    (broken / ".ita-lint.yaml").write_text("lang: [\n", encoding="utf-8")
    proc = ita("check", reports, "--format", "json", "--no-cache")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert _checked(proc) == [GOOD]
    assert ".ita-lint.yaml: invalid YAML" in _errors(proc)["other.md"]


def test_random_bytes_named_html_are_not_a_report(tmp_path):
    reports = _tree(tmp_path)
    (reports / "noise.html").write_bytes(bytes(range(256)) * 40 + os.urandom(4096))
    proc = ita("check", reports, "--format", "json", "--no-cache")
    assert proc.returncode == 2 and _checked(proc) == [GOOD]
    assert "not an HTML document" in _errors(proc)["noise.html"]


# --- a checked tree's configuration does not control the gate ------------------------------------


def _failing_tree(tmp_path):
    reports = _tree(tmp_path)
    shutil.copy(SAMPLES / "results-missing-outcome.md", reports / "failing.md")
    return reports


@pytest.mark.parametrize("where", ["/etc", "../outside", "inside-link"])
def test_rule_dirs_out_of_the_configs_folder_are_refused(tmp_path, where):
    reports = _failing_tree(tmp_path)
    (tmp_path / "outside").mkdir()
    (reports / "inside-link").symlink_to(tmp_path / "outside", target_is_directory=True)
    sub = reports / "sub"
    sub.mkdir()
    shutil.copy(SAMPLES / GOOD, sub / "other.md")
    (sub / ".ita-lint.yaml").write_text(f"rule-dirs: ['{where if where != 'inside-link' else '../inside-link'}']\n",
                                        encoding="utf-8")
    proc = ita("check", reports, "--format", "json", "--no-cache")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "rule-dirs" in _errors(proc)["other.md"] and "outside the configuration's folder" in _errors(proc)["other.md"]
    assert _checked(proc) == ["failing.md", GOOD]  # the rest of the run is checked


def test_a_hostile_configuration_is_said_and_isolated_ignores_it(tmp_path):
    reports = _failing_tree(tmp_path)
    own = reports / "own-rules"
    own.mkdir()
    # the tree's config turns every element rule off, lowers a severity, and replaces a bundled rule by id
    rule = (SAMPLES.parent / "rules" / "common" / "elements.yaml").read_text(encoding="utf-8")
    start = rule.index("  - id: element-outcome")
    end = rule.find("\n  - id:", start + 1)
    weak = rule[start:end if end > 0 else len(rule)].replace("severity: error", "severity: info")
    (own / "weak.yaml").write_text("rules:\n" + weak, encoding="utf-8")
    (reports / ".ita-lint.yaml").write_text(
        "ignore: [missing-element]\nseverity: {status-box: info}\nrule-dirs: [own-rules]\n", encoding="utf-8")
    proc = ita("check", reports / "failing.md", "--format", "json", "--no-cache", "--lang", "en")
    findings = json.loads(proc.stdout)["documents"][0]["findings"]
    (notice,) = [f for f in findings if f["rule"] == "config-weakened"]
    assert notice["severity"] == "warning" and ".ita-lint.yaml" in notice["message"]
    for said in ("every element rule is turned off", "status-box error→info", "replaced by rule-dirs: element-outcome"):
        assert said in notice["message"]
    terminal = ita("check", reports / "failing.md", "--no-cache")
    assert "config-weakened" in terminal.stdout and "ไฟล์ตั้งค่าที่ใช้" in terminal.stdout
    # a gate that runs --isolated reads no configuration from the tree: the report fails as it should
    isolated = ita("check", reports / "failing.md", "--format", "json", "--no-cache", "--isolated")
    assert isolated.returncode == 1
    rules = {f["rule"] for f in json.loads(isolated.stdout)["documents"][0]["findings"]}
    assert "element-outcome" in rules and "config-weakened" not in rules
    # and --config pins the gate's own file, wherever the checked files lie
    pinned = tmp_path / "gate.yaml"
    pinned.write_text("fail-under: 99\n", encoding="utf-8")
    proc = ita("check", reports / "failing.md", "--format", "json", "--no-cache", "--config", pinned)
    assert proc.returncode == 1 and "config-weakened" not in proc.stdout


# --- bounded work -------------------------------------------------------------------------------


def _peak_mb(*args, timeout=TIMEOUT) -> tuple[subprocess.CompletedProcess, float]:
    """ita-lint in a child of a fresh interpreter, and the peak memory of that child (MB)."""
    code = ("import json, resource, subprocess, sys\n"
            "p = subprocess.run([sys.executable, '-m', 'ita_lint', *sys.argv[1:]], capture_output=True, text=True,"
            " encoding='utf-8', errors='backslashreplace')\n"
            "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
            "print(json.dumps([p.returncode, p.stdout, p.stderr, peak]))\n")
    out = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                         encoding="utf-8", timeout=timeout, env={**os.environ, "NO_COLOR": "1"})
    returncode, stdout, stderr, peak = json.loads(out.stdout)
    return subprocess.CompletedProcess(args, returncode, stdout, stderr), peak


HEAD = "<h1>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2568</h1>"


def test_an_html_span_bomb_is_refused_within_bounded_memory(tmp_path):
    reports = _tree(tmp_path)
    rows = "".join("<tr>" + "<td colspan=1000 rowspan=65534>x</td>" * 3 + "</tr>" for _ in range(100))
    (reports / "spans.html").write_text(f"<html><body>{HEAD}<table>{rows}</table></body></html>", encoding="utf-8")
    assert (reports / "spans.html").stat().st_size < 30_000
    proc, peak = _peak_mb("check", reports, "--format", "json", "--no-cache")
    assert proc.returncode == 2 and _checked(proc) == [GOOD]
    message = _errors(proc)["spans.html"]
    assert "max-table-cells" in message and "--limit max-table-cells=N" in message
    assert peak < 400, f"peak {peak:.0f} MB"
    # the bound is a setting: a 10 × 1000 table reads by default, and not under a lower bound
    rows = "".join(f"<tr><td>{k}</td><td colspan=999>x</td></tr>" for k in range(10))
    (reports / "wide.html").write_text(f"<html><body>{HEAD}<table>{rows}</table></body></html>", encoding="utf-8")
    assert "max-table-cells" not in ita("check", reports / "wide.html", "--format", "json", "--no-cache").stdout
    lowered = ita("check", reports / "wide.html", "--format", "json", "--no-cache", "--limit", "max-table-cells=5000")
    assert lowered.returncode == 2 and "rows × 1,000 columns" in _errors(lowered)["wide.html"]


def _docx(path, document_xml_edit):
    import zipfile

    from tests.test_fuzz_readers import SEEDS

    import io

    src = zipfile.ZipFile(io.BytesIO(SEEDS[".docx"]))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = document_xml_edit(data)
            out.writestr(info.filename, data)


def test_a_docx_grid_bomb_is_refused_within_bounded_memory(tmp_path):
    reports = _tree(tmp_path)

    def million_columns(xml: bytes) -> bytes:
        at = xml.index(b"<w:tblGrid>") + len(b"<w:tblGrid>")
        return xml[:at] + b'<w:gridCol w:w="1"/>' * 1_000_000 + xml[at:]

    def wide_spans(xml: bytes) -> bytes:  # 2000 rows of one cell spanning 1000 columns, merged down
        row = b'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000"/><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>'
        at = xml.index(b"</w:tbl>")
        return xml[:at] + row * 2000 + xml[at:]

    _docx(reports / "grid.docx", million_columns)
    _docx(reports / "spans.docx", wide_spans)
    assert (reports / "grid.docx").stat().st_size < 200_000
    proc, peak = _peak_mb("check", reports, "--format", "json", "--no-cache")
    assert proc.returncode == 2 and _checked(proc) == [GOOD]
    errors = _errors(proc)
    assert "gridCol" in errors["grid.docx"] and "max-table-cells" in errors["grid.docx"]
    assert "max-table-cells" in errors["spans.docx"] or "max-document-cells" in errors["spans.docx"]
    assert peak < 800, f"peak {peak:.0f} MB"


def test_a_docx_part_over_its_bound_is_refused(tmp_path):
    reports = _tree(tmp_path)
    _docx(reports / "big.docx", lambda xml: xml.replace(b"</w:body>", b"<w:p/>" * 1_000_000 + b"</w:body>"))
    proc = ita("check", reports, "--format", "json", "--no-cache", "--limit", "max-docx-part-bytes=4000000")
    assert proc.returncode == 2 and _checked(proc) == [GOOD]
    assert "word/document.xml" in _errors(proc)["big.docx"] and "--limit max-docx-part-bytes=N" in _errors(proc)["big.docx"]


def test_ocr_lowers_the_resolution_of_a_huge_page():
    from ita_lint.readers.ocr import DPI, page_dpi

    a4 = (595, 842)
    assert page_dpi(*a4, DPI, 40_000_000) == DPI
    huge = page_dpi(200 * 72, 200 * 72, DPI, 40_000_000)  # 200 × 200 inches
    assert huge < DPI and (200 * huge) ** 2 <= 40_000_000


def _team_rule(reports, rule_id: str, pattern: str) -> None:
    """A rule of the checked tree's own (rule-dirs), finding `pattern`, and a file of 'a's for it."""
    (reports / "team-rules").mkdir()
    (reports / "team-rules" / "team.yaml").write_text(f"""rules:
  - id: {rule_id}
    type: existence
    patterns: ['{pattern}']
    category: placeholder
    severity: error
    weight: 1
    summary: {{th: x, en: x}}
    message: {{th: x, en: x}}
    fix: {{th: x, en: x}}
    reference: {{source: team, confirmed: false}}
    examples: {{pass: ['# c'], fail: ['# ab']}}
""", encoding="utf-8")
    (reports / ".ita-lint.yaml").write_text("rule-dirs: [team-rules]\n", encoding="utf-8")


def test_a_user_rule_with_a_nested_quantifier_is_refused_at_load(tmp_path):
    reports = _tree(tmp_path)
    _team_rule(reports, "team-catastrophic", "(a+)+$")
    (reports / "aaa.md").write_text("# รายงาน\n\n" + "a" * 40 + "!\n", encoding="utf-8")
    proc = ita("check", reports, "--no-cache", timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stdout + proc.stderr
    assert "team-catastrophic" in proc.stdout and "(a+)+" in proc.stdout and "exponential" in proc.stdout


def test_the_placeholder_rule_is_not_quadratic_on_a_long_line(tmp_path):
    reports = _tree(tmp_path)
    title = "# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2568\n\n1. มาตรการ "
    (reports / "dots.md").write_text(title + "." * 480_000 + "\n", encoding="utf-8")
    (reports / "spaced.md").write_text(title + ". " * 240_000 + "\n", encoding="utf-8")
    (reports / "signed.md").write_text(title + "ลงชื่อ ..... " * 40_000 + "\n", encoding="utf-8")
    proc = ita("check", reports, "--format", "json", "--no-cache", timeout=300)  # was hours; now seconds a file
    assert proc.returncode == 1 and sorted(_checked(proc)) == sorted([GOOD, "dots.md", "spaced.md", "signed.md"])
    findings = {os.path.basename(d["path"]): {f["rule"] for f in d["findings"]} for d in json.loads(proc.stdout)["documents"]}
    assert "placeholder" in findings["dots.md"]


def _drip_server(body_kind: str):
    """A server that answers robots.txt at once and then drips: its headers one byte at a time
    ("headers"), or good headers and then a chunk-size line one byte at a time ("chunks")."""
    import socket
    import threading
    import time

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    stop = threading.Event()

    def serve(conn):
        with conn:
            request = conn.recv(65536)
            try:
                if b"/robots.txt" in request.split(b"\r\n", 1)[0]:
                    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    return
                drip = b"HTTP/1.1 200 OK\r\nContent-Type: text/markdown\r\n" + b"X-Slow: " + b"a" * 10_000
                if body_kind == "chunks":
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/markdown\r\nTransfer-Encoding: chunked\r\n\r\n")
                    drip = b"0" * 60_000
                for byte in drip:
                    if stop.is_set():
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(0.2)
            except OSError:
                return

    def accept():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return server, stop


@pytest.mark.parametrize("kind", ["headers", "chunks"])
def test_a_server_that_drips_is_cut_off_by_a_total_deadline(tmp_path, kind):
    import time

    reports = _tree(tmp_path)
    server, stop = _drip_server(kind)
    url = f"http://127.0.0.1:{server.getsockname()[1]}/report.md"
    try:
        started = time.monotonic()
        proc = ita("check", url, reports, "--format", "json", "--no-cache", "--timeout", "1", "--retries", "0",
                   "--limit", "max-response-seconds=3", timeout=60)
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        server.close()
    assert proc.returncode == 2 and _checked(proc) == [GOOD]
    message = _errors(proc)["report.md"]
    assert "longer than 3 s" in message and "--limit max-response-seconds=N" in message
    assert elapsed < 40


# --- a deadline per document, and documents checked in parallel -------------------------------

def _slow_tree(tmp_path):
    # no nested repeat, so the loader takes the rule, yet polynomial: a 3,000-letter line takes hours
    reports = _tree(tmp_path)
    _team_rule(reports, "team-slow", "a*a*a*a*a*b")
    (reports / "slow.md").write_text("# รายงาน\n\n" + "a" * 3000 + "!\n", encoding="utf-8")
    return reports


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_over_its_deadline_is_cut_off_and_the_others_checked(tmp_path, jobs):
    import time

    reports = _slow_tree(tmp_path)
    started = time.monotonic()
    proc = ita("check", reports, "--format", "json", "--no-cache", "--jobs", jobs,
               "--limit", "max-document-seconds=3", timeout=90)
    assert time.monotonic() - started < 60
    assert proc.returncode == 2 and "Traceback" not in proc.stdout + proc.stderr
    assert _checked(proc) == [GOOD]
    line = _errors(proc)["slow.md"]
    assert "\n" not in line and "3 seconds" in line and "--limit max-document-seconds=N" in line


def test_the_deadline_is_said_in_thai_by_default(tmp_path):
    reports = _slow_tree(tmp_path)
    proc = ita("check", reports / "slow.md", "--no-cache", "--limit", "max-document-seconds=2", timeout=60)
    assert proc.returncode == 2 and "ใช้เวลาเกิน 2 วินาที" in proc.stdout
    assert "--limit max-document-seconds=N" in proc.stdout


def test_jobs_give_the_same_output_as_one_process(tmp_path):
    from tests.conftest import SAMPLES as samples

    reports = tmp_path / "reports"
    shutil.copytree(samples, reports)
    (reports / "broken.html").write_bytes(b"\x00\x01\x02" * 100)
    outputs = [ita("check", reports, "--format", "json", "--no-cache", "--jobs", jobs, env=ENGLISH)
               for jobs in ("1", "2", "2", "1")]
    assert {p.returncode for p in outputs} == {outputs[0].returncode} and outputs[0].returncode in (1, 2)
    assert len({p.stdout for p in outputs}) == 1 and len(json.loads(outputs[0].stdout)["documents"]) > 3
