"""The local page of `ita-lint serve`: GET / is a form to drop or pick a report on; POST /check
checks the upload in memory and answers with the report page (ita_lint.output.html) under
the same form. Nothing is written to disk and nothing is kept after the answer.

An upload is refused with a message on the page, before any of it is read, when its
Content-Length is over the limit; after reading, when the file itself is over the limit
or of a type ita-lint does not read. A file that cannot be read gets the one-line message
the command line gives. Requests whose Host is not this machine are refused when serving
on a loopback address, so that another site cannot reach the page through DNS rebinding.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import PurePath
from typing import Optional

from ita_lint.i18n import say
from ita_lint.output.html import esc, heading, page, report_body
from ita_lint.output.labels import LABELS, PAGE_LABELS
from ita_lint.readers import FORMATS, ReadOptions
from ita_lint.serve.multipart import MultipartError, boundary_of, parse

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FORM_OVERHEAD = 64 * 1024  # what a form adds around the file: boundaries, headers, other fields
DRAIN_LIMIT = 1024 * 1024 * 1024  # an over-size body up to this is read and dropped, so the browser sees the answer
# what the file picker offers; the server still decides by the name's extension
ACCEPT = ",".join(sorted(FORMATS))
TYPES = "PDF, DOCX, HTML, Markdown (.md), TXT, YAML, JSON"

CSS = """
.upload { border: 2px dashed #8c959f; border-radius: .8rem; padding: 1.2rem; margin: 1rem 0; background: #f6f8fa;
          display: flex; flex-wrap: wrap; gap: .8rem; align-items: center; }
.upload.over { border-color: #0b57d0; background: #e8f0fe; }
.upload label.drop { flex: 1 1 18rem; cursor: pointer; font-size: 1.1rem; }
.upload input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; }
.upload label.drop { position: relative; }
.upload label.ocr { flex-basis: 100%; font-size: .95rem; cursor: pointer; }
.upload label.ocr input { width: 1.1rem; height: 1.1rem; vertical-align: middle; }
.upload .chosen { display: inline-block; margin-top: .4rem; padding: .2rem .7rem; border-radius: .4rem; background: #fff;
                  border: 1px solid #d0d4d9; font-weight: bold; }
.upload label.drop:focus-within { outline: 3px solid #0b57d0; outline-offset: 4px; }
.upload .types { color: #5f6368; font-size: .9rem; display: block; }
.upload button { font: inherit; font-size: 1.15rem; padding: .5rem 1.6rem; border: 0; border-radius: .5rem;
                 background: #0b57d0; color: #fff; cursor: pointer; }
.upload button[disabled] { background: #8c959f; }
.alert { border: 2px solid #b3261e; background: #fde8e6; color: #8c1d18; border-radius: .6rem; padding: .8rem 1rem;
         font-size: 1.1rem; font-weight: bold; }
@media print { .upload, .intro { display: none; } }
"""

# Dropping a file on the box puts it in the file input; the button says the check is running.
SCRIPT = """
(function () {
  var form = document.querySelector('form.upload'), input = form.querySelector('input[type=file]');
  ['dragenter', 'dragover'].forEach(function (t) { form.addEventListener(t, function (e) {
    e.preventDefault(); form.classList.add('over'); }); });
  ['dragleave', 'drop'].forEach(function (t) { form.addEventListener(t, function () { form.classList.remove('over'); }); });
  function showChosen() {
    if (input.files.length) { form.querySelector('.chosen').textContent = input.files[0].name; }
  }
  input.addEventListener('change', showChosen);
  form.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; showChosen(); }
  });
  form.addEventListener('submit', function () {
    var b = form.querySelector('button'); b.disabled = true; b.textContent = b.dataset.working;
  });
})();
"""


@dataclass(frozen=True)
class ServeOptions:
    lang: Optional[str] = None  # None: the configuration's, else Thai
    max_bytes: int = DEFAULT_MAX_BYTES
    year: Optional[int] = None
    ocr: bool = False  # the page's OCR box ticked to begin with
    config_path: Optional[str] = None


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def size_text(n: int) -> str:
    """A size as an officer reads it: "20 MB", "500 KB"."""
    mb = n / (1024 * 1024)
    if mb >= 1:
        return f"{mb:.1f}".removesuffix(".0") + " MB"
    return f"{max(1, round(n / 1024))} KB"


class Checker:
    """Checks one upload at a time with the settings in force in the folder serve was started in."""

    def __init__(self, options: ServeOptions):
        from ita_lint.config import effective_for

        self.options = options
        cli = {"lang": options.lang, "year": options.year}
        self.eff = effective_for(".", cli, options.config_path)
        self.lang = "en" if self.eff.lang == "en" else "th"
        self.lock = threading.Lock()  # one check at a time: it is CPU-bound, and the rule engine keeps caches

    def check(self, name: str, data: bytes, ocr: bool):
        from ita_lint.lint import check_bytes

        read_options = ReadOptions(max_bytes=self.options.max_bytes, max_pages=self.eff.max_pages or ReadOptions.max_pages,
                                   ocr=ocr)
        with self.lock:
            return check_bytes(name, data, self.eff, read_options)


def upload_form(lang: str, max_bytes: int, message: str = "", compact: bool = False, ocr: bool = False) -> str:
    words = PAGE_LABELS[lang]
    intro = "" if compact else (f"<h1>{esc(words['upload_title'])}</h1>"
                                f'<p class="intro">{esc(words["upload_intro"])}</p>')
    alert = f'<p class="alert" role="alert">{esc(message)}</p>' if message else ""
    title = words["upload_again"] if compact else words["upload_drop"]
    return (f'{intro}{alert}<form class="upload" method="post" action="/check" enctype="multipart/form-data">'
            f'<label class="drop">{esc(title)}'
            f'<span class="types">{esc(words["upload_types"].format(types=TYPES, size=size_text(max_bytes)))}</span>'
            f'<input type="file" name="file" accept="{ACCEPT}" required>'
            f'<span class="chosen">{esc(words["no_file_chosen"])}</span></label>'
            f'<label class="ocr"><input type="checkbox" name="ocr" value="1"{" checked" if ocr else ""}> '
            f'{esc(words["upload_ocr"])}</label>'
            f'<button type="submit" data-working="{esc(words["upload_working"])}">{esc(words["upload_button"])}</button>'
            f"</form>")


class Handler(BaseHTTPRequestHandler):
    server_version = "ita-lint"
    sys_version = ""
    timeout = 60  # a stalled upload does not hold a thread for ever
    checker: Checker  # set on the subclass `make_server` builds

    # --- answers ---------------------------------------------------------------------------

    def _send(self, status: int, body: str, close: bool = False) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _form_page(self, status: int, message: str = "", close: bool = False, ocr: Optional[bool] = None) -> None:
        checker = self.checker
        body = upload_form(checker.lang, checker.options.max_bytes, message,
                           ocr=checker.options.ocr if ocr is None else ocr)
        self._send(status, page(body, checker.lang, PAGE_LABELS[checker.lang]["upload_title"], CSS, SCRIPT), close)

    def _refuse(self, status: int, key: str, **params) -> None:
        words = PAGE_LABELS[self.checker.lang]
        self._form_page(status, words[key].format(**params), close=True)

    # --- requests --------------------------------------------------------------------------

    def _host_allowed(self) -> bool:
        host, port = self.server.server_address[:2]
        if not is_loopback(host):
            return True
        allowed = {f"{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]")}
        return (self.headers.get("Host") or "").lower() in allowed

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if not self._host_allowed():
            self._send(HTTPStatus.BAD_REQUEST, "bad host", close=True)
        elif self.path.split("?")[0] in ("/", "/check"):
            self._form_page(HTTPStatus.OK)
        elif self.path == "/favicon.ico":
            self.send_response(HTTPStatus.NO_CONTENT)
            self.end_headers()
        else:
            self._form_page(HTTPStatus.NOT_FOUND)

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        if not self._host_allowed():
            self._send(HTTPStatus.BAD_REQUEST, "bad host", close=True)
        elif self.path != "/check":
            self._send(HTTPStatus.NOT_FOUND, "not found", close=True)
        else:
            upload = self._receive()
            if upload is not None:
                self._check(*upload)

    def _receive(self) -> Optional[tuple[str, bytes, bool]]:
        """The uploaded file's name and bytes, and whether the OCR box is ticked; None when the
        upload is refused (the answer saying why is sent)."""
        limit = self.checker.options.max_bytes
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            length = -1
        if length < 0:
            self._refuse(HTTPStatus.LENGTH_REQUIRED, "bad_upload", detail="Content-Length")
            return None
        if length > limit + FORM_OVERHEAD:
            self._drain(length)
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large", size=size_text(limit), actual=size_text(length))
            return None
        body = self.rfile.read(length)
        try:
            if len(body) < length:
                raise MultipartError("upload cut short")
            parts = parse(body, boundary_of(self.headers.get("Content-Type", "")))
        except MultipartError as exc:
            self._refuse(HTTPStatus.BAD_REQUEST, "bad_upload", detail=str(exc))
            return None
        upload = next((p for p in parts if p.name == "file" and p.filename), None)
        if upload is None:
            self._refuse(HTTPStatus.BAD_REQUEST, "no_file")
            return None
        name = PurePath(upload.filename.replace("\\", "/")).name or "upload"  # a browser may send a whole path
        if PurePath(name).suffix.lower() not in FORMATS:
            self._refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "unknown_type", name=name, types=TYPES)
            return None
        if len(upload.data) > limit:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large_named", name=name, size=size_text(limit),
                         actual=size_text(len(upload.data)))
            return None
        return name, upload.data, any(p.name == "ocr" and p.data == b"1" for p in parts)

    def _check(self, name: str, data: bytes, ocr: bool) -> None:
        """Answer with the report page of one file, or the command line's line when it cannot be read."""
        lang = self.checker.lang
        try:
            run = self.checker.check(name, data, ocr)
        except Exception as exc:  # a bug of ours: said on the page in one line, as the command line does
            self._refuse(HTTPStatus.INTERNAL_SERVER_ERROR, "internal_error", name=name, detail=f"{type(exc).__name__}: {exc}")
            return
        if run.errors and not run.documents:
            error = run.errors[0]
            self._form_page(HTTPStatus.UNPROCESSABLE_ENTITY, _unread(error, lang), ocr=ocr)
            return
        body = upload_form(lang, self.checker.options.max_bytes, compact=True, ocr=ocr) + heading(lang) + report_body(run, lang)
        self._send(HTTPStatus.OK, page(body, lang, f"{name} — {PAGE_LABELS[lang]['title']}", CSS, SCRIPT))

    def _drain(self, length: int) -> None:
        """Read and drop an over-size body, so that the browser, still sending, gets the answer
        instead of a reset connection. Nothing of it is kept."""
        left = min(length, DRAIN_LIMIT)
        try:
            while left > 0:
                chunk = self.rfile.read(min(left, 1024 * 1024))
                if not chunk:
                    break
                left -= len(chunk)
        except OSError:
            pass

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        pass  # an officer's terminal shows the address, not a log of file names


def _unread(error, lang: str) -> str:
    """The line `check` prints for a file it cannot read; but what the command line asks of a flag
    (--ocr) the page asks of its own OCR box, since the officer has no command line."""
    from ita_lint.readers.ocr import MISSING, available
    from ita_lint.readers.pdf import SCANNED

    if error.message in (SCANNED, MISSING):  # ticking the box helps only where tesseract is installed
        scanned = error.message == SCANNED and available()
        return PAGE_LABELS[lang]["scanned" if scanned else "no_ocr"].format(name=error.path)
    return f"{error.path}: {LABELS[lang]['input_error']}: {say(error.message, lang)}"


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """A browser that goes away mid-answer is no error; anything else is one line, not a traceback."""
        import sys

        exc = sys.exc_info()[1]
        if not isinstance(exc, (ConnectionError, TimeoutError)):
            print(f"ita-lint: {type(exc).__name__}: {exc}", file=sys.stderr)


class _IPv6Server(_Server):
    address_family = socket.AF_INET6


def make_server(host: str, port: int, options: ServeOptions) -> ThreadingHTTPServer:
    """A server bound to host:port (port 0: a free one), not yet serving."""
    checker = Checker(options)
    handler = type("BoundHandler", (Handler,), {"checker": checker})
    server_class = _IPv6Server if ":" in host else _Server
    return server_class((host, port), handler)
