"""`ita-lint serve` without a browser: the multipart parser, and the real server on a free port
answering real HTTP requests (tests/test_browser.py drives it from Chromium)."""

from __future__ import annotations

import contextlib
import html
import http.client
import os
import re
import subprocess
import sys
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_lint.output.labels import LABELS, PAGE_LABELS
from ita_lint.serve.app import FORM_OVERHEAD, ServeOptions, make_server, size_text
from ita_lint.serve.multipart import MultipartError, boundary_of, parse
from tests.conftest import ROOT, SAMPLES

STATUS = SAMPLES / "results-status-boxes.md"


def encode(fields: list[tuple[str, str | None, bytes]], boundary: str = "----b0undary") -> tuple[bytes, str]:
    """A multipart/form-data body as browsers send it: (name, filename or None, data)."""
    out = b""
    for name, filename, data in fields:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
        out += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode("utf-8")
        if filename is not None:
            out += b"Content-Type: application/octet-stream\r\n"
        out += b"\r\n" + data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


# --- the parser -------------------------------------------------------------------------------


def test_parts_come_back_exactly_with_a_thai_file_name():
    data = b"line\r\n--not-the-boundary\r\n\r\n\x00\xff\r\n--"
    body, ctype = encode([("lang", None, b"th"), ("file", "รายงานผล ๒๕๖๘.pdf", data)])
    parts = parse(body, boundary_of(ctype))
    assert [(p.name, p.filename) for p in parts] == [("lang", None), ("file", "รายงานผล ๒๕๖๘.pdf")]
    assert parts[0].data == b"th" and parts[1].data == data
    assert parts[1].content_type == "application/octet-stream"


def test_preamble_epilogue_quoted_boundary_and_rfc2231_file_name():
    body = (b"preamble\r\n--a:b\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''%E0%B8%81.md\r\n\r\n"
            b"data\r\n--a:b--\r\nepilogue")
    parts = parse(body, boundary_of('multipart/form-data; boundary="a:b"'))
    assert [(p.name, p.filename, p.data) for p in parts] == [("file", "ก.md", b"data")]


@pytest.mark.parametrize("body, problem", [
    (b"no boundary here", "does not start"),
    (b"--B\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\ndata cut short", "ends before"),
    (b"--B\r\nContent-Disposition: attachment; name=\"f\"\r\n\r\nx\r\n--B--", "not form-data"),
    (b"--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B--", "no name"),
    (b"--B\r\nbroken header\r\n\r\nx\r\n--B--", "no colon"),
    (b"--Bjunk\r\n\r\nx\r\n--B--", "followed by other text"),
])
def test_broken_bodies_are_refused_with_a_reason(body, problem):
    with pytest.raises(MultipartError, match=problem):
        parse(body, "B")


@pytest.mark.parametrize("ctype", ["text/plain", "multipart/form-data", "multipart/form-data; boundary=" + "x" * 71])
def test_a_content_type_without_a_usable_boundary_is_refused(ctype):
    with pytest.raises(MultipartError):
        boundary_of(ctype)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=300), min_size=1, max_size=4))
def test_any_bytes_survive_the_round_trip(chunks):
    boundary = "----WebKitFormBoundaryQ1w2E3r4T5y6U7i8"
    fields = [("file", f"f{i}.pdf", c) for i, c in enumerate(chunks) if boundary.encode() not in c]
    body, ctype = encode(fields, boundary)
    assert [p.data for p in parse(body, boundary_of(ctype))] == [c for _, _, c in fields]


def test_sizes_are_said_as_an_officer_reads_them():
    assert size_text(20 * 1024 * 1024) == "20 MB" and size_text(1536 * 1024) == "1.5 MB" and size_text(1000) == "1 KB"


# --- the server -------------------------------------------------------------------------------


@contextlib.contextmanager
def running(options: ServeOptions):
    srv = make_server("127.0.0.1", 0, options)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.fixture(scope="module")
def server():
    with running(ServeOptions(lang="th", max_bytes=200_000)) as srv:
        yield srv


def request(server, method="GET", path="/", body=None, headers=None):
    conn = http.client.HTTPConnection(*server.server_address[:2], timeout=60)
    conn.request(method, path, body=body, headers=headers or {})
    resp = conn.getresponse()
    text = resp.read().decode("utf-8")
    conn.close()
    return resp.status, text


def upload(server, name, data, **headers):
    body, ctype = encode([("file", name, data)])
    return request(server, "POST", "/check", body, {"Content-Type": ctype, **headers})


def alert(text: str) -> str:
    found = re.search(r'role="alert">([^<]*)<', text)
    return html.unescape(found.group(1)) if found else ""


def test_the_form_page(server):
    status, text = request(server)
    assert status == 200
    assert 'type="file"' in text and 'enctype="multipart/form-data"' in text
    assert PAGE_LABELS["th"]["upload_title"] in text and "195 KB" in text


def test_an_upload_gets_the_report_page(server):
    status, text = upload(server, "รายงานผล.md", STATUS.read_bytes())
    assert status == 200
    assert PAGE_LABELS["th"]["not_ready"] in text and 'class="matrix"' in text
    assert "data-path=\"รายงานผล.md\"" in text  # the file's own name, not a temporary path
    assert 'type="file"' in text  # the form again, to check another file


def test_an_over_size_upload_is_refused_from_its_content_length_with_a_thai_message(server):
    data = b"x" * (200_000 + FORM_OVERHEAD + 1)
    body, ctype = encode([("file", "big.pdf", data)])
    status, text = request(server, "POST", "/check", body, {"Content-Type": ctype})
    assert status == 413
    assert alert(text) == PAGE_LABELS["th"]["too_large"].format(size="195 KB", actual=size_text(len(body)))


def test_a_file_over_the_limit_within_the_form_allowance_is_refused_too(server):
    status, text = upload(server, "big.md", b"x" * 200_001)
    assert status == 413 and alert(text) == PAGE_LABELS["th"]["too_large_named"].format(
        name="big.md", actual="195 KB", size="195 KB")


def test_an_unknown_type_is_refused_with_a_thai_message(server):
    status, text = upload(server, "budget.xlsx", b"PK\x03\x04")
    assert status == 415
    assert alert(text).startswith("ไฟล์ budget.xlsx เป็นชนิดที่ตรวจไม่ได้")


def test_a_form_without_a_file(server):
    body, ctype = encode([("file", "", b"")])
    status, text = request(server, "POST", "/check", body, {"Content-Type": ctype})
    assert status == 400 and alert(text) == PAGE_LABELS["th"]["no_file"]


def test_a_broken_body_says_so(server):
    status, text = request(server, "POST", "/check", b"garbage", {"Content-Type": "multipart/form-data; boundary=zz"})
    assert status == 400 and alert(text).startswith("รับไฟล์ไม่สำเร็จ")


def test_a_file_that_cannot_be_read_gets_the_command_lines_line(server, tmp_path):
    (tmp_path / "report.docx").write_bytes(b"not a zip at all")
    cli = subprocess.run([sys.executable, "-m", "ita_lint", "check", "report.docx", "--no-cache"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert cli.returncode == 2
    line = next(l for l in cli.stdout.splitlines() if l.startswith("report.docx:"))
    status, text = upload(server, "report.docx", b"not a zip at all")
    assert status == 422
    assert alert(text) == line and LABELS["th"]["input_error"] in line


def test_requests_naming_another_host_are_refused(server):
    status, _ = request(server, headers={"Host": "attacker.example:80"})
    assert status == 400
    port = server.server_address[1]
    assert request(server, headers={"Host": f"localhost:{port}"})[0] == 200


def test_english_page():
    with running(ServeOptions(lang="en", max_bytes=1000)) as srv:
        status, text = upload(srv, "notes.doc", b"x")
        assert status == 415 and alert(text).startswith("notes.doc is a kind of file")
        status, text = upload(srv, "big.md", b"x" * 1001)
        assert alert(text) == PAGE_LABELS["en"]["too_large_named"].format(name="big.md", actual="1 KB", size="1 KB")


def test_nothing_is_written_while_checking(server, tmp_path, monkeypatch):
    """The upload is read from memory: neither the current folder nor the temporary folder gets a file."""
    import tempfile

    (tmp_path / "cwd").mkdir()
    (tmp_path / "tmp").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    status, _ = upload(server, "report.md", STATUS.read_bytes())
    assert status == 200
    assert list((tmp_path / "cwd").iterdir()) == [] and list((tmp_path / "tmp").iterdir()) == []


# --- the command ------------------------------------------------------------------------------


def start_serve(*args: str) -> tuple[subprocess.Popen, str]:
    """`ita-lint serve --port 0 --no-browser` in a subprocess, and the address it prints."""
    proc = subprocess.Popen([sys.executable, "-m", "ita_lint", "serve", "--port", "0", "--no-browser", *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    line = proc.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+/", line)
    if not found:
        proc.kill()
        raise AssertionError(f"no address printed: {line!r} {proc.stderr.read()!r}")
    return proc, found.group(0)


def test_the_command_prints_its_address_serves_and_stops_on_ctrl_c():
    import signal
    import urllib.request

    proc, url = start_serve()
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            assert resp.status == 200 and PAGE_LABELS["th"]["upload_title"] in resp.read().decode("utf-8")
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError(f"still running a minute after Ctrl+C; its stderr: {proc.stderr.read()[-2000:]!r}") from None
        assert code == 0


def test_a_port_in_use_is_one_line_and_exit_2():
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "ita_lint", "serve", "--port", str(port), "--no-browser"],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and f"127.0.0.1:{port}" in lines[0] and "Traceback" not in proc.stderr


SCANNED = ROOT / "tests" / "fixtures" / "pdf" / "results-2568-scanned.pdf"


def test_a_scanned_pdf_is_read_when_the_ocr_box_is_ticked():
    from ita_lint.readers import ocr

    with running(ServeOptions()) as srv:
        status, text = upload(srv, "scan.pdf", SCANNED.read_bytes())
        assert status == 422 and "ไม่มีชั้นข้อความ" in alert(text) and 'name="ocr"' in text
        if not ocr.available():
            pytest.skip("tesseract with Thai data is not installed")
        body, ctype = encode([("file", "scan.pdf", SCANNED.read_bytes()), ("ocr", None, b"1")])
        status, text = request(srv, "POST", "/check", body, {"Content-Type": ctype})
        assert status == 200 and 'class="matrix"' in text and "OCR" in text
        assert 'name="ocr" value="1" checked' in text  # kept ticked for the next file


def test_a_scanned_pdf_asks_for_the_pages_ocr_box_not_a_flag(monkeypatch):
    # the officer on the page has no command line: it names the page's own box (or, with no
    # OCR on the machine, what to do instead), never "--ocr"
    from ita_lint.readers import ocr

    monkeypatch.setattr(ocr, "available", lambda: True)
    with running(ServeOptions()) as srv:
        status, text = upload(srv, "scan.pdf", SCANNED.read_bytes())
    said = alert(text)
    assert status == 422 and "--ocr" not in said and "เป็นไฟล์สแกน (ภาพ)" in said and "ตรวจ" in said, said
    monkeypatch.setattr(ocr, "available", lambda: False)
    with running(ServeOptions(lang="en")) as srv:
        status, text = upload(srv, "scan.pdf", SCANNED.read_bytes())
    said = alert(text)
    assert status == 422 and "--ocr" not in said and "tesseract" in said and "exported from Word" in said, said


def test_the_command_opens_the_browser_at_its_address(tmp_path):
    opened = tmp_path / "opened.txt"
    browser = f"{sys.executable} -c \"import sys; open(sys.argv[1], 'w').write(sys.argv[2])\" {opened} %s"
    proc = subprocess.Popen([sys.executable, "-m", "ita_lint", "serve", "--port", "0"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                            env={**os.environ, "BROWSER": browser})
    try:
        url = re.search(r"http://127\.0\.0\.1:\d+/", proc.stdout.readline()).group(0)
        for _ in range(300):
            if opened.exists() and opened.read_text():
                break
            time.sleep(0.1)
        assert opened.read_text() == url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_bug_while_checking_is_one_line_on_the_page(monkeypatch, capsys):
    """No real input is known to break the checker, so one is made to fail."""
    with running(ServeOptions()) as srv:
        def broken(name, data, ocr):
            raise ZeroDivisionError("division by zero")

        monkeypatch.setattr(srv.RequestHandlerClass.checker, "check", broken)
        status, text = upload(srv, "a.md", b"x")
        assert status == 500
        assert alert(text) == PAGE_LABELS["th"]["internal_error"].format(
            name="a.md", detail="ZeroDivisionError: division by zero")
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("length", ["-5", "abc", None])
def test_a_missing_or_bad_content_length_is_refused(server, length):
    conn = http.client.HTTPConnection(*server.server_address[:2], timeout=30)
    conn.putrequest("POST", "/check")
    conn.putheader("Content-Type", "multipart/form-data; boundary=zz")
    if length is not None:
        conn.putheader("Content-Length", length)
    conn.endheaders()
    resp = conn.getresponse()
    text = resp.read().decode("utf-8")
    conn.close()
    assert resp.status == 411 and alert(text).startswith("รับไฟล์ไม่สำเร็จ")


def test_a_windows_path_as_the_file_name_is_cut_to_the_name(server):
    status, text = upload(server, "C:\\Users\\officer\\report.md", STATUS.read_bytes())
    assert status == 200 and 'data-path="report.md"' in text
