"""The website gate: a small agency site served from a thread on 127.0.0.1.

No test reaches outside this machine: every host name the fetcher resolves goes
through `no_outside_network`, which answers only for 127.0.0.1 and localhost and
fails the lookup of any other name, as a resolver without network would. Every
server loop and every sleep on the server is bounded.
"""

from __future__ import annotations

import gzip
import importlib
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options
from ita_lint.web import USER_AGENT, WebOptions, check_urls, combine, is_url
from ita_lint.web import fetch as web_fetch
from ita_lint.web.dispatch import reader_for
from ita_lint.web.fetch import AddressPolicy, Refused, is_public
from ita_lint.web.sitemap import SitemapError, parse_sitemap
from ita_lint.web.urls import page_links, to_uri
from tests.conftest import ROOT, SAMPLES

PARITY = ROOT / "tests" / "fixtures" / "parity"
MD, HTML, PDF = "text/markdown; charset=utf-8", "text/html; charset=utf-8", "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FAST = dict(timeout=2.0, retries=0, backoff=0.01)  # local server: nothing should take long


def readable(fmt: str) -> bool:
    """Whether this checkout reads PDF/DOCX yet (their readers are written separately)."""
    try:
        importlib.import_module(f"ita_lint.readers.{fmt}")
        importlib.import_module({"pdf": "pypdfium2", "docx": "lxml"}[fmt])
    except ImportError:
        return False
    return True


# --- the site ------------------------------------------------------------------------------


class Site:
    """Routes, the requests received, and per-path counters (for the flaky endpoint)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.requests: list[tuple[str, str, str]] = []  # (path, host header, user agent)
        self.counts: dict[str, int] = {}
        self.port = 0

    def reset(self):
        with self.lock:
            self.requests.clear()
            self.counts.clear()

    def paths(self) -> list[str]:
        with self.lock:
            return [p for p, _, _ in self.requests]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def routes(self) -> dict:
        p, u = self.port, self.url
        index = f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ITA</title></head><body>
<nav><a href="/">หน้าแรก</a> <a href="/about">เกี่ยวกับเรา</a></nav>
<h1>การเปิดเผยข้อมูลสาธารณะ (ITA)</h1>
<ul>
<li><a href="reports/report.html">o26 (HTML)</a></li>
<li><a href="/reports/report.md#top">o26 (Markdown)</a></li>
<li><a href="{u('/reports/report.pdf')}">o26 (PDF)</a></li>
<li><iframe src="/reports/report.docx"></iframe></li>
<li><a href="/private/secret.md">ภายใน</a></li>
<li><a href="http://localhost:{p}/offhost.md">อีกโฮสต์หนึ่ง</a></li>
<li><a href="http://example.invalid/elsewhere.pdf">อีกเว็บไซต์</a></li>
<li><a href="/away">ย้ายไปแล้ว</a></li>
<li><a href="/download?id=7">ดาวน์โหลด</a></li>
<li><a href="mailto:saraban@example.invalid">อีเมล</a> <a href="/style.css">css</a> <img src="/logo.png"></li>
</ul></body></html>"""
        about = """<html><body><h1>เกี่ยวกับองค์การบริหารส่วนตำบลหนองบัว</h1><p>ที่ตั้งและหน้าที่</p>
<a href="/reports/deep.md">deeper</a></body></html>"""
        parity_html = (PARITY / "report.html").read_text(encoding="utf-8")
        tis = parity_html.replace('<meta charset="utf-8">', "").encode("cp874", errors="xmlcharrefreplace")
        complete = (SAMPLES / "results-complete.md").read_bytes()
        urlset = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{u('/ita/o26.md')}</loc></url>
<url><loc>{u('/reports/report.html')}</loc></url>
<url><loc>http://localhost:{p}/offhost.md</loc></url>
<url><loc>{u('/about')}</loc></url>
</urlset>"""
        return {
            "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
            "/": ("text/html; charset=utf-8", index.encode()),
            "/about": (HTML, about.encode()),
            "/reports/report.html": (HTML, (PARITY / "report.html").read_bytes()),
            "/reports/report.md": (MD, (PARITY / "report.md").read_bytes()),
            "/reports/report.pdf": (PDF, (PARITY / "report.pdf").read_bytes()),
            "/reports/report.docx": (DOCX, (PARITY / "report.docx").read_bytes()),
            "/reports/deep.md": (MD, complete),
            "/private/secret.md": (MD, complete),
            "/offhost.md": (MD, complete),
            "/moved.md": (MD, complete),
            "/ita/o26.md": (MD, (SAMPLES / "results-missing-outcome.md").read_bytes()),
            "/ita/o26-complete.md": (MD, complete),
            "/tis620.html": ("text/html; charset=tis-620", tis),
            "/frames.html": (HTML, b'<html><frameset cols="20%,80%"><frame src="/menu.html"><frame src="/main.html">'
                                   b'</frameset></html>'),
            "/menu.html": (HTML, '<html><body><a href="/about">เกี่ยวกับเรา</a></body></html>'.encode()),
            "/main.html": (HTML, '<html><body><h1>ITA</h1><a href="/reports/report.md">o26</a></body></html>'.encode()),
            "/soft.html": (HTML, b'<html><body><a href="/files/missing.pdf">o26</a></body></html>'),
            "/files/missing.pdf": (HTML, '<html><body><h1>ไม่พบหน้าที่ต้องการ</h1></body></html>'.encode()),
            "/offhost.html": (HTML, f'<html><body><a href="http://localhost:{p}/offhost.md">x</a></body></html>'.encode()),
            "/sitemap.xml": ("application/xml", f"""<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{u('/sitemap-pages.xml')}</loc></sitemap>
<sitemap><loc>{u('/sitemap-loop.xml')}</loc></sitemap>
<sitemap><loc>http://localhost:{p}/sitemap-other.xml</loc></sitemap>
</sitemapindex>""".encode()),
            "/sitemap-pages.xml": ("application/xml", urlset.encode()),
            "/sitemap-loop.xml": ("application/xml", f"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{u('/sitemap-loop.xml')}</loc></sitemap><sitemap><loc>{u('/sitemap.xml')}</loc></sitemap>
</sitemapindex>""".encode()),
            "/sitemap.xml.gz": ("application/gzip", gzip.compress(urlset.encode())),
            "/sitemap-evil.xml": ("application/xml", b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
                                                     b"<urlset><url><loc>&lol;</loc></url></urlset>"),
        }


SITE = Site()


class Handler(BaseHTTPRequestHandler):
    server_version = "agency-site/1"
    ROUTES: dict = {}

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        path = self.path
        with SITE.lock:
            SITE.requests.append((path, self.headers.get("Host", ""), self.headers.get("User-Agent", "")))
            SITE.counts[path] = SITE.counts.get(path, 0) + 1
            count = SITE.counts[path]
        try:
            self._serve(path, count)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading: what the byte limit does

    def _send(self, status: int, ctype: str, body: bytes, extra: dict | None = None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _serve(self, path: str, count: int):
        if path == "/away":
            self.send_response(302)
            self.send_header("Location", SITE.url("/moved.md", host="localhost"))
            self.end_headers()
        elif path == "/old-report":
            self.send_response(301)
            self.send_header("Location", "/reports/report.md")
            self.end_headers()
        elif path == "/download?id=7":
            body = (SAMPLES / "results-complete.md").read_bytes()
            self._send(200, "application/octet-stream", body, {"Content-Disposition": 'attachment; filename="o26.md"'})
        elif path == "/slow.md":
            time.sleep(1.5)  # bounded; the client gives up long before
            self._send(200, MD, b"# late\n")
        elif path == "/drip.md":
            self.send_response(200)
            self.send_header("Content-Type", MD)
            self.end_headers()
            for _ in range(30):  # at most 3 s
                self.wfile.write(b"x" * 100 + b"\n")
                time.sleep(0.1)
        elif path == "/huge.pdf":
            self.send_response(200)
            self.send_header("Content-Type", PDF)
            self.send_header("Content-Length", str(3 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(b"%PDF-1.4\n" + b"0" * 1024)
        elif path == "/huge-stream.pdf":
            self.send_response(200)  # no Content-Length: the body ends when the connection closes
            self.send_header("Content-Type", PDF)
            self.end_headers()
            for _ in range(48):  # 3 MB at most
                self.wfile.write(b"0" * 65536)
        elif path == "/gzipped.md":
            self._send(200, MD, gzip.compress((SAMPLES / "results-complete.md").read_bytes()), {"Content-Encoding": "gzip"})
        elif path == "/flaky.md":
            if count == 1:
                self._send(503, "text/plain", b"busy", {"Retry-After": "0"})
            else:
                self._send(200, MD, (SAMPLES / "results-complete.md").read_bytes())
        elif path in self.ROUTES:
            ctype, body = self.ROUTES[path]
            self._send(200, ctype, body)
        else:
            self._send(404, "text/html", b"<h1>404</h1>")


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    SITE.port = server.server_address[1]
    Handler.ROUTES = SITE.routes()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield SITE
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """The site is reached directly, whatever proxies the machine running the tests has
    (tests/test_web_network.py tests them)."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def no_outside_network(monkeypatch):
    """Resolve only this machine's names; any other lookup fails as without network."""
    real = web_fetch.resolve
    asked: list[str] = []

    def resolve(host, port):
        asked.append(host)
        if host in ("127.0.0.1", "localhost"):
            return [a for a in real(host, port) if a in ("127.0.0.1", "::1")]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known (tests: no outside network)")

    monkeypatch.setattr(web_fetch, "resolve", resolve)
    return asked


@pytest.fixture(autouse=True)
def fresh(site):
    site.reset()
    yield


@pytest.fixture(scope="module")
def pack():
    return load_pack("ita-2569")


def run(urls, pack, sitemap=None, log=None, **web):
    return check_urls(list(urls), pack, Options(lang="en"), WebOptions(**{**FAST, **web}), sitemap=sitemap, log=log)


def paths(result):
    return [r.report.document.path for r in result.documents]


# --- a site ---------------------------------------------------------------------------------


def test_index_page_checks_the_reports_it_links_to_and_nothing_else(site, pack, no_outside_network):
    notes = []
    result = run([site.url("/")], pack, log=lambda level, msg: notes.append((level, msg)))
    expected = {site.url("/reports/report.html"): "html", site.url("/reports/report.md"): "markdown",
                site.url("/download?id=7"): "markdown"}
    if readable("pdf"):
        expected[site.url("/reports/report.pdf")] = "pdf"
    if readable("docx"):
        expected[site.url("/reports/report.docx")] = "docx"
    assert paths(result) == sorted(expected)
    for doc in result.documents:
        assert doc.report.document.format == expected[doc.report.document.path]
        assert doc.report.kind == "results" and doc.report.fiscal_year == 2568
    assert result.errors == [] and result.passed
    requested = site.paths()
    assert requested[0] == "/robots.txt" and requested.count("/robots.txt") == 1
    # robots.txt, other hosts, a redirect to another host, assets and depth 2 are respected
    for never in ("/private/secret.md", "/offhost.md", "/moved.md", "/style.css", "/logo.png", "/reports/deep.md"):
        assert never not in requested
    assert "/away" in requested and "/about" in requested  # probed: no document extension
    assert all(host == f"127.0.0.1:{site.port}" for _, host, _ in site.requests)
    assert set(no_outside_network) == {"127.0.0.1"}  # example.invalid was never even looked up
    assert {ua for _, _, ua in site.requests} == {USER_AGENT}
    assert USER_AGENT.startswith("ita-lint/") and "ita-lint" in USER_AGENT
    assert any("robots.txt disallows" in m for _, m in notes)
    assert any("index page" in m for _, m in notes)


def test_findings_point_at_the_url(site, pack):
    url = site.url("/ita/o26.md")
    result = run([url], pack)
    [doc] = result.documents
    assert doc.report.document.path == url
    assert any(f.rule == "element-outcome" for f in doc.findings) and not result.passed
    from ita_lint.output import json as out_json

    data = json.loads(out_json.render(result))
    assert data["documents"][0]["path"] == url
    assert any(f["rule"] == "element-outcome" for f in data["documents"][0]["findings"])


def test_same_host_redirect_is_followed_and_the_final_url_named(site, pack):
    result = run([site.url("/old-report")], pack)
    assert paths(result) == [site.url("/reports/report.md")]


def test_redirect_to_another_host_is_refused(site, pack):
    result = run([site.url("/away")], pack)
    assert result.documents == []
    [error] = result.errors
    assert error.path == site.url("/away") and "another host" in error.message and "localhost" in error.message
    assert "/moved.md" not in site.paths()


def test_a_start_url_that_is_not_a_report_is_checked_not_passed(site, pack):
    result = run([site.url("/about")], pack, depth=0)
    [doc] = result.documents
    assert doc.report.kind == "unknown" and not doc.passed and not result.passed


def test_an_index_whose_links_hold_no_report_is_itself_checked(site, pack):
    result = run([site.url("/about")], pack, depth=0, max_documents=1)
    assert paths(result) == [site.url("/about")]


def test_depth_two_follows_a_page_to_its_documents(site, pack):
    result = run([site.url("/about")], pack, depth=2)
    assert paths(result) == [site.url("/reports/deep.md")]


def test_a_frameset_is_read_through_its_frames(site, pack):
    result = run([site.url("/frames.html")], pack)
    assert paths(result) == [site.url("/reports/report.md")] and result.errors == []
    # a frame is part of the page: its links are one step from the start URL, as the page's are
    assert {"/menu.html", "/main.html", "/about"} <= set(site.paths())
    assert "/reports/deep.md" not in site.paths()


def test_a_document_link_answered_with_a_page_is_an_error(site, pack):
    result = run([site.url("/soft.html")], pack)
    [error] = result.errors
    assert error.path == site.url("/files/missing.pdf") and "HTML page" in error.message


def test_http_charset_is_honoured_for_html(site, pack):
    result = run([site.url("/tis620.html")], pack)
    [doc] = result.documents
    assert doc.report.kind == "results" and doc.report.fiscal_year == 2568
    assert "หนองบัว" in (doc.report.agency or "")


def test_a_body_compressed_though_not_asked_for_is_read(site, pack):
    result = run([site.url("/gzipped.md")], pack)
    assert paths(result) == [site.url("/gzipped.md")] and result.passed


def test_results_do_not_depend_on_concurrency(site, pack):
    one = run([site.url("/"), site.url("/ita/o26.md")], pack, concurrency=1)
    four = run([site.url("/ita/o26.md"), site.url("/")], pack, concurrency=4)

    def summary(r):
        return [(d.report.document.path, d.score, [(f.rule, f.measure) for f in d.findings]) for d in r.documents]

    assert summary(one) == summary(four)
    assert [(e.path, e.message) for e in one.errors] == [(e.path, e.message) for e in four.errors]


# --- limits -----------------------------------------------------------------------------------


def test_robots_txt_is_respected_unless_told(site, pack):
    url = site.url("/private/secret.md")
    refused = run([url], pack)
    assert refused.documents == [] and "robots.txt" in refused.errors[0].message
    assert "/private/secret.md" not in site.paths()
    allowed = run([url], pack, respect_robots=False)
    assert paths(allowed) == [url] and allowed.passed


def test_private_addresses_are_refused_when_the_start_url_may_not_use_them(site, pack):
    result = run([site.url("/")], pack, allow_private=False)
    assert result.documents == []
    [error] = result.errors
    assert "private, loopback" in error.message
    assert site.paths() == []  # not one connection


def test_other_hosts_need_public_addresses_even_when_allowed(site, pack):
    # same_host off: the link to localhost is followed, but localhost is loopback and
    # only the start URL's host (127.0.0.1) may be on such an address
    result = run([site.url("/offhost.html")], pack, same_host=False)
    [error] = result.errors
    assert error.path == site.url("/offhost.md", host="localhost") and "loopback" in error.message
    assert "/offhost.md" not in site.paths()
    allowed = run([site.url("/offhost.html")], pack, same_host=False, allow_private=True)
    assert paths(allowed) == [site.url("/offhost.md", host="localhost")]


def test_timeout_with_retries_and_backoff(site, pack):
    started = time.monotonic()
    result = run([site.url("/slow.md")], pack, timeout=0.3, retries=1, backoff=0.05)
    elapsed = time.monotonic() - started
    [error] = result.errors
    assert "timed out" in error.message and "2 attempts" in error.message
    assert site.paths().count("/slow.md") == 2
    assert elapsed < 1.4  # two timeouts and a backoff, not the server's 1.5 s each


def test_a_dripping_server_is_cut_off_by_the_total_timeout(site, pack):
    started = time.monotonic()
    result = run([site.url("/drip.md")], pack, timeout=2, total_timeout=0.4)
    assert "longer than 0.4 s" in result.errors[0].message
    assert time.monotonic() - started < 2.5


def test_a_server_error_is_retried(site, pack):
    notes = []
    result = run([site.url("/flaky.md")], pack, retries=2, log=lambda level, msg: notes.append(msg))
    assert paths(result) == [site.url("/flaky.md")] and result.passed
    assert site.paths().count("/flaky.md") == 2
    assert any("HTTP 503" in m and "trying again" in m for m in notes)


def test_a_client_error_is_not_retried(site, pack):
    result = run([site.url("/missing.pdf")], pack, retries=2)
    assert result.errors[0].message.startswith("HTTP 404")
    assert site.paths().count("/missing.pdf") == 1


def test_declared_length_over_the_byte_limit_is_refused_before_reading(site, pack):
    result = run([site.url("/huge.pdf")], pack, max_bytes_per_document=1024 * 1024)
    assert "over the limit of 1 MB" in result.errors[0].message


def test_a_streamed_body_stops_at_the_byte_limit(site, pack):
    started = time.monotonic()
    result = run([site.url("/huge-stream.pdf")], pack, max_bytes_per_document=256 * 1024)
    assert "over the limit" in result.errors[0].message and "download stopped" in result.errors[0].message
    assert time.monotonic() - started < 5


def test_total_bytes_limit(site, pack):
    result = run([site.url("/")], pack, max_total_bytes=30_000, concurrency=1)
    assert any("--max-total-mb" in e.message for e in result.errors)
    assert len(result.documents) < 4


def test_maximum_documents(site, pack):
    notes = []
    result = run([site.url("/")], pack, max_documents=2, log=lambda level, msg: notes.append((level, msg)))
    # the index, then the first link with a document extension
    assert paths(result) == [site.url("/reports/report.md")]
    assert [(e.path, "--max-documents" in e.message) for e in result.errors] == [(site.url("/"), True)]
    assert len([p for p in site.paths() if p != "/robots.txt"]) == 2


def test_start_urls_over_the_maximum_are_errors(site, pack):
    result = run([site.url("/ita/o26.md"), site.url("/ita/o26-complete.md")], pack, max_documents=1)
    assert len(result.documents) == 1
    assert [e.path for e in result.errors] == [site.url("/ita/o26-complete.md")]


def test_bad_start_urls(pack):
    result = run(["ftp://example.invalid/x.pdf", "http://"], pack)
    assert [e.path for e in result.errors] == ["ftp://example.invalid/x.pdf", "http://"]
    assert result.documents == [] and not result.passed


def test_web_options_are_validated():
    with pytest.raises(ValueError):
        WebOptions(max_documents=0)
    with pytest.raises(ValueError):
        WebOptions(timeout=0)
    defaults = WebOptions()
    assert (defaults.max_documents, defaults.max_bytes_per_document, defaults.max_total_bytes, defaults.timeout,
            defaults.retries, defaults.concurrency) == (50, 20 * 1024 * 1024, 200 * 1024 * 1024, 20.0, 2, 4)
    assert defaults.respect_robots and defaults.same_host


def test_https_goes_through_the_address_check_and_verifies_certificates(tmp_path, pack):
    """A local HTTPS server with a self-signed certificate: refused as untrusted."""
    import shutil
    import ssl
    import subprocess

    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    made = subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                           "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)], capture_output=True, timeout=60)
    if made.returncode != 0:
        pytest.skip("openssl cannot make a certificate here")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}/ita/o26.md"
        result = run([url], pack, respect_robots=False)
        [error] = result.errors
        assert error.path == url and "TLS certificate not accepted" in error.message
        refused = run([url], pack, respect_robots=False, allow_private=False)
        assert "private, loopback" in refused.errors[0].message
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- sitemaps ---------------------------------------------------------------------------------


def test_sitemap_index_nested_and_bounded(site, pack):
    notes = []
    result = run([], pack, sitemap=site.url("/sitemap.xml"), log=lambda level, msg: notes.append(msg))
    # /about is a page of the site, not a report: not checked, but the report it links to
    # is; localhost is another host
    assert paths(result) == [site.url("/ita/o26.md"), site.url("/reports/deep.md"), site.url("/reports/report.html")]
    requested = site.paths()
    assert requested.count("/sitemap-loop.xml") == 1 and requested.count("/sitemap.xml") == 1
    assert "/sitemap-other.xml" not in requested and "/offhost.md" not in requested
    assert result.errors == []


def test_gzipped_sitemap_and_start_urls_together(site, pack):
    result = run([site.url("/ita/o26-complete.md")], pack, sitemap=site.url("/sitemap.xml.gz"))
    assert paths(result) == sorted([site.url("/ita/o26-complete.md"), site.url("/ita/o26.md"),
                                    site.url("/reports/report.html"), site.url("/reports/deep.md")])


def test_a_sitemap_with_entities_is_refused(site, pack):
    result = run([], pack, sitemap=site.url("/sitemap-evil.xml"))
    assert "declares a document type" in result.errors[0].message


def test_a_sitemap_with_no_report_is_an_error_not_a_pass(site, pack):
    Handler.ROUTES["/sitemap-about.xml"] = ("application/xml", f"<urlset><url><loc>{site.url('/about')}</loc></url></urlset>".encode())
    result = run([], pack, sitemap=site.url("/sitemap-about.xml"), depth=0)
    assert result.documents == [] and "no ITA report found" in result.errors[0].message and not result.passed


def test_parse_sitemap_formats():
    assert parse_sitemap(b"<urlset><url><loc> http://a/x </loc></url></urlset>") == (["http://a/x"], [])
    assert parse_sitemap(b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                         b"<sitemap><loc>http://a/s.xml</loc></sitemap></sitemapindex>") == ([], ["http://a/s.xml"])
    assert parse_sitemap(b"http://a/1\nhttps://a/2\n") == (["http://a/1", "https://a/2"], [])
    assert parse_sitemap(gzip.compress(b"<urlset><url><loc>http://a/z</loc></url></urlset>")) == (["http://a/z"], [])
    for bad in (b"<html></html>", b"<urlset>", b"just words"):
        with pytest.raises(SitemapError):
            parse_sitemap(bad)
    with pytest.raises(SitemapError):
        parse_sitemap(gzip.compress(b"<urlset>" + b" " * 5000 + b"</urlset>"), limit=1000)


# --- the pieces -------------------------------------------------------------------------------


def test_private_and_reserved_addresses():
    for address in ("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                    "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1",
                    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "2002:a00:1::", "not an address"):
        assert not is_public(address), address
    for address in ("8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"):
        assert is_public(address), address


def test_address_policy_refuses_before_connecting(monkeypatch):
    monkeypatch.setattr(web_fetch, "resolve", lambda host, port: {
        "intranet.test": ["10.1.2.3"], "mixed.test": ["10.0.0.1", "8.8.8.8"]}[host])

    def never(*args, **kwargs):
        raise AssertionError("connected")

    monkeypatch.setattr(socket, "create_connection", never)
    policy = AddressPolicy()
    with pytest.raises(Refused, match="private, loopback"):
        policy.create_connection(("intranet.test", 80), 1)
    assert policy.addresses("mixed.test", 80) == ["8.8.8.8"]  # only the checked address is dialled
    assert AddressPolicy(["intranet.test"]).addresses("intranet.test", 80) == ["10.1.2.3"]
    assert AddressPolicy(allow_all=True).addresses("mixed.test", 80) == ["10.0.0.1", "8.8.8.8"]


def test_page_links():
    html = """<html><head><base href="/ita/"></head><body>
    <a href="รายงาน ผล.pdf#p2">Thai name</a> <a href="report.docx">docx</a> <a href="report.docx">again</a>
    <iframe src="//cdn.example.invalid/v.html"></iframe> <embed src="/e.pdf"> <object data="o.pdf"></object>
    <frame src="f.htm"> <a href="mailto:x@y">m</a> <a href="javascript:void(0)">j</a> <a href="#top">t</a>
    <a href="ftp://h/x.pdf">ftp</a> <link href="/style.css"> <img src="/i.png"></body></html>"""
    assert page_links(html, "http://h.example/index.html") == [
        "http://h.example/ita/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%20%E0%B8%9C%E0%B8%A5.pdf",
        "http://h.example/ita/report.docx",
        "http://cdn.example.invalid/v.html",
        "http://h.example/e.pdf",
        "http://h.example/ita/o.pdf",
        "http://h.example/ita/f.htm",
    ]


def test_to_uri():
    assert to_uri("HTTP://Example.COM:80") == "http://example.com/"
    assert to_uri("https://a.example:8443/x?q=ไทย#f") == "https://a.example:8443/x?q=%E0%B9%84%E0%B8%97%E0%B8%A2"
    assert to_uri("http://a.example/a%20b.pdf") == "http://a.example/a%20b.pdf"  # escapes kept as they are
    assert to_uri("http://ตัวอย่าง.ไทย/").startswith("http://xn--")
    assert is_url("https://x") and is_url("HTTP://x") and not is_url("samples/x.md")


@pytest.mark.parametrize("ctype, url, disposition, data, expected", [
    ("application/pdf", "http://h/x", "", b"", "pdf"),
    (DOCX, "http://h/x", "", b"", "docx"),
    ("text/html; charset=tis-620", "http://h/x.pdf", "", b"", "html"),
    ("text/plain; charset=utf-8", "http://h/x.md", "", b"", "markdown"),
    ("text/plain", "http://h/x", "", b"", "text"),
    ("text/markdown", "http://h/x.txt", "", b"", "markdown"),
    ("application/octet-stream", "http://h/file.php?id=1", 'attachment; filename="o26.pdf"', b"", "pdf"),
    ("application/octet-stream", "http://h/files/%E0%B8%A3.docx", "", b"", "docx"),
    ("application/octet-stream", "http://h/get", "", b"%PDF-1.7\n", "pdf"),
    ("", "http://h/x.htm", "", b"", "html"),
    ("image/png", "http://h/x.pdf", "", b"", None),
    ("text/css", "http://h/x", "", b"", None),
    ("application/msword", "http://h/x.doc", "", b"\xd0\xcf\x11\xe0", None),
])
def test_reader_is_chosen_by_type_then_name_then_bytes(ctype, url, disposition, data, expected):
    found = reader_for(ctype, url, disposition, data)
    assert (found[0] if found else None) == expected


def test_combine_runs_sorts_and_scores(site, pack):
    a = run([site.url("/ita/o26-complete.md")], pack)
    b = run([site.url("/ita/o26.md")], pack)
    both = combine(b, a)
    assert paths(both) == sorted(paths(a) + paths(b))
    assert both.score == round((a.score + b.score) / 2, 2) and not both.passed


def test_command_line_checks_a_url_and_annotations_name_it_without_a_file(site):
    import subprocess
    import sys

    url = site.url("/ita/o26.md")
    proc = subprocess.run([sys.executable, "-m", "ita_lint", "check", url, "--format", "github", "--no-cache"],
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode in (0, 1), proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith("::")]
    assert lines and all("file=" not in line and line.split("::", 2)[2].startswith(url) for line in lines)
    proc = subprocess.run([sys.executable, "-m", "ita_lint", "check", site.url("/"), "--format", "json", "--no-cache",
                           "--max-documents", "0"], capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_a_document_over_its_deadline_is_an_error_and_the_others_are_checked(site, pack, monkeypatch):
    import time

    from ita_lint.limits import Limits
    from ita_lint.readers import ReadOptions
    from ita_lint.web import check as web_check

    checked = web_check.lint_report

    def slow_for_one(report, *args):
        if report.document.path.endswith("/o26.md"):
            time.sleep(60)  # a runaway check: the deadline interrupts it
        return checked(report, *args)

    monkeypatch.setattr(web_check, "lint_report", slow_for_one)
    started = time.monotonic()
    result = check_urls([site.url("/ita/o26.md"), site.url("/ita/o26-complete.md")], pack, Options(lang="en"),
                        WebOptions(**FAST), read_options=ReadOptions(limits=Limits(document_seconds=1)))
    assert time.monotonic() - started < 30
    assert paths(result) == [site.url("/ita/o26-complete.md")]
    [error] = result.errors
    assert error.path == site.url("/ita/o26.md") and "max-document-seconds" in error.message
