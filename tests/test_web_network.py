"""The website gate on networks as they are: a real forward/CONNECT proxy, HTTPS servers whose
certificates come from a CA made here (trustme), an incomplete certificate chain, robots.txt's
Crawl-delay. Every server runs in a thread on 127.0.0.1; names under `.invalid` never resolve
here, so a page named that way is reachable only through the proxy, whose table maps it."""

from __future__ import annotations

import http.client
import json
import os
import re
import select
import socket
import ssl
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import trustme  # the `test` extra: a missing one fails these tests rather than skipping them

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options
from ita_lint.web import WebOptions, check_urls
from ita_lint.web.fetch import tls_context
from tests.conftest import SAMPLES

AGENCY = "agency.ita.invalid"  # resolves nowhere but in the proxy's table
REPORT = (SAMPLES / "results-missing-outcome.md").read_bytes()
FAST = dict(timeout=5.0, retries=0, backoff=0.01)
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "no_proxy",
              "all_proxy", "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def pack():
    return load_pack("ita-2569")


# --- a small site --------------------------------------------------------------------------------


class Site(BaseHTTPRequestHandler):
    ROUTES: dict = {}
    seen: list = []  # (time, path)

    def do_GET(self):  # noqa: N802
        Site.seen.append((time.monotonic(), self.path))
        route = self.ROUTES.get(urlsplit(self.path).path)
        if route is None:
            self.send_error(404)
            return
        status, headers, body = route
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _serve(server) -> threading.Thread:
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def site():
    Site.seen = []
    Site.ROUTES = {
        "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
        "/ita/o26.md": (200, {"Content-Type": "text/markdown; charset=utf-8"}, REPORT),
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    _serve(server)
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


# --- a forward proxy: absolute-URI GETs and CONNECT tunnels, with its own name table -------------


class Proxy(BaseHTTPRequestHandler):
    TABLE: dict = {}  # (host, port) -> (host, port) the proxy's resolver gives
    seen: list = []  # (method, target)

    def _where(self, host: str, port: int):
        return self.TABLE.get((host, port), (host, port))

    def do_GET(self):  # noqa: N802
        Proxy.seen.append(("GET", self.path))
        parts = urlsplit(self.path)
        host, port = self._where(parts.hostname, parts.port or 80)
        conn = http.client.HTTPConnection(host, port, timeout=5)
        conn.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""),
                     headers={k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection", "connection")})
        resp = conn.getresponse()
        body = resp.read()
        self.send_response(resp.status)
        for key, value in resp.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        conn.close()

    def do_CONNECT(self):  # noqa: N802
        Proxy.seen.append(("CONNECT", self.path))
        host, _, port = self.path.rpartition(":")
        try:
            upstream = socket.create_connection(self._where(host, int(port)), timeout=5)
        except OSError:
            self.send_error(502)
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        sockets = [self.connection, upstream]
        deadline = time.monotonic() + 20
        try:
            while time.monotonic() < deadline:
                ready, _, _ = select.select(sockets, [], [], 0.5)
                for s in ready:
                    data = s.recv(65536)
                    if not data:
                        return
                    (upstream if s is self.connection else self.connection).sendall(data)
        finally:
            upstream.close()
            self.close_connection = True

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy():
    Proxy.seen = []
    Proxy.TABLE = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    _serve(server)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _check(urls, pack, **web):
    return check_urls(list(urls), pack, Options(lang="th"), WebOptions(**{**FAST, **web}))


def test_http_proxy_reaches_a_name_only_the_proxy_resolves(monkeypatch, pack, site, proxy):
    Proxy.TABLE = {(AGENCY, 80): ("127.0.0.1", site)}
    url = f"http://{AGENCY}/ita/o26.md"
    without = _check([url], pack)
    assert without.errors and "cannot resolve" in without.errors[0].message and Proxy.seen == []
    monkeypatch.setenv("HTTP_PROXY", proxy)
    result = _check([url], pack)
    assert not result.errors, result.errors
    assert [f.rule for f in result.documents[0].findings] == ["element-outcome", "element-outcome"]
    assert ("GET", url) in Proxy.seen and ("GET", f"http://{AGENCY}/robots.txt") in Proxy.seen


def test_no_proxy_goes_direct(monkeypatch, pack, site, proxy):
    monkeypatch.setenv("HTTP_PROXY", proxy)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    result = _check([f"http://127.0.0.1:{site}/ita/o26.md"], pack)
    assert not result.errors and result.documents
    assert Proxy.seen == []  # straight to the site
    monkeypatch.setenv("NO_PROXY", "example.invalid")
    _check([f"http://127.0.0.1:{site}/ita/o26.md"], pack)
    assert Proxy.seen  # this time through the proxy


def test_a_redirect_through_the_proxy_to_a_private_address_is_refused(monkeypatch, pack, site, proxy):
    """The address policy still holds behind a proxy, on every redirect."""
    Site.ROUTES["/away"] = (302, {"Location": f"http://127.0.0.1:{site}/ita/o26.md"}, b"")
    Proxy.TABLE = {(AGENCY, 80): ("127.0.0.1", site)}
    monkeypatch.setenv("HTTP_PROXY", proxy)
    result = _check([f"http://{AGENCY}/away"], pack, same_host=False)
    assert not result.documents
    [error] = result.errors
    assert "private, loopback or reserved" in error.message
    assert not any("127.0.0.1" in target for _, target in Proxy.seen)  # never asked of the proxy


# --- TLS: a CA made here, an incomplete chain, the agency's CA bundle -----------------------------


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    """A root CA, an intermediate, and a server certificate for 127.0.0.1 and AGENCY issued by the
    intermediate; files: the root alone, the root with the intermediate, the server's leaf and key."""
    folder = tmp_path_factory.mktemp("pki")
    root = trustme.CA()
    intermediate = root.create_child_ca()
    leaf = intermediate.issue_cert("127.0.0.1", AGENCY)
    files = {"root": folder / "root.pem", "bundle": folder / "agency-bundle.pem", "leaf": folder / "leaf.pem",
             "key": folder / "leaf.key", "chain": folder / "chain.pem"}
    files["root"].write_bytes(root.cert_pem.bytes())
    files["bundle"].write_bytes(root.cert_pem.bytes() + intermediate.cert_pem.bytes())
    files["leaf"].write_bytes(leaf.cert_chain_pems[0].bytes())  # the leaf only: the chain is incomplete
    files["chain"].write_bytes(b"".join(p.bytes() for p in leaf.cert_chain_pems))
    files["key"].write_bytes(leaf.private_key_pem.bytes())
    return files


def _https_site(pki, chain: bool):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(pki["chain" if chain else "leaf"]), str(pki["key"]))
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    _serve(server)
    return server


@pytest.fixture
def incomplete_site(pki, site):
    """An HTTPS server that sends its certificate without the intermediate, as misconfigured sites do."""
    server = _https_site(pki, chain=False)
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def _cli(*args, env=None):
    full = {k: v for k, v in os.environ.items() if k not in PROXY_VARS}
    full.update(env or {}, NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "ita_lint", "check", "--no-cache", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=full, timeout=120)


def test_incomplete_chain_is_explained_in_thai_and_a_ca_bundle_completes_it(pki, incomplete_site):
    url = f"https://127.0.0.1:{incomplete_site}/ita/o26.md"
    proc = _cli(url, "--retries", "0", "--ca-bundle", pki["root"], "--format", "json")  # the root alone
    assert proc.returncode == 2, proc.stdout + proc.stderr
    [error] = json.loads(proc.stdout)["errors"]
    assert error["path"] == url and "\n" not in error["message"] and "Traceback" not in proc.stderr
    assert "ใบรับรองกลาง" in error["message"] and "--ca-bundle" in error["message"]
    english = _cli(url, "--retries", "0", "--ca-bundle", pki["root"], "--lang", "en", "--format", "json")
    assert "intermediate certificate" in json.loads(english.stdout)["errors"][0]["message"]
    proc = _cli(url, "--ca-bundle", pki["bundle"], "--format", "concise")  # root + intermediate
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stdout.count("element-outcome") == 2


@pytest.mark.parametrize("variable", ["SSL_CERT_FILE", "REQUESTS_CA_BUNDLE"])
def test_the_standard_variables_name_a_bundle_too(pki, incomplete_site, variable):
    url = f"https://127.0.0.1:{incomplete_site}/ita/o26.md"
    proc = _cli(url, "--format", "concise", env={variable: str(pki["bundle"])})
    assert proc.returncode == 1 and proc.stdout.count("element-outcome") == 2, proc.stdout + proc.stderr


def test_a_bundle_that_is_not_pem_is_one_line_exit_2(tmp_path, site):
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate\n", encoding="utf-8")
    proc = _cli(f"http://127.0.0.1:{site}/ita/o26.md", "--ca-bundle", bad)
    assert proc.returncode == 2 and str(bad) in proc.stderr and "PEM" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stderr.strip().splitlines()[-1].startswith(f"ข้อผิดพลาด: {bad}")
    with pytest.raises(ValueError):
        tls_context(str(bad))


def test_https_through_a_connect_tunnel_with_the_agency_ca(monkeypatch, pack, pki, site, proxy):
    server = _https_site(pki, chain=True)
    try:
        Proxy.TABLE = {(AGENCY, 443): ("127.0.0.1", server.server_address[1])}
        monkeypatch.setenv("HTTPS_PROXY", proxy)
        url = f"https://{AGENCY}/ita/o26.md"
        refused = _check([url], pack)  # the system's CAs do not know this one
        assert refused.errors and "ใบรับรอง" in refused.errors[0].message
        result = _check([url], pack, ca_bundle=str(pki["root"]))
        assert not result.errors, result.errors
        assert [f.rule for f in result.documents[0].findings] == ["element-outcome", "element-outcome"]
        assert ("CONNECT", f"{AGENCY}:443") in Proxy.seen
    finally:
        server.shutdown()
        server.server_close()


# --- Crawl-delay --------------------------------------------------------------------------------


def test_crawl_delay_spaces_the_requests_to_a_site(pack, site):
    Site.ROUTES["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nCrawl-delay: 1\n")
    links = "".join(f'<a href="/ita/o26-{i}.md">o26 {i}</a>' for i in range(3))
    Site.ROUTES["/ita/"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                            f"<html><body><h1>ITA</h1>{links}</body></html>".encode())
    for i in range(3):
        Site.ROUTES[f"/ita/o26-{i}.md"] = Site.ROUTES["/ita/o26.md"]
    result = _check([f"http://127.0.0.1:{site}/ita/"], pack, concurrency=4)
    assert len(result.documents) == 3, result.errors
    times = [t for t, path in Site.seen if path != "/robots.txt"]
    assert len(times) == 4
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.95, gaps  # one at a time, a second apart, though four may run at once


# --- what CI reads from a website run -------------------------------------------------------------


def test_a_website_run_gives_valid_sarif_code_quality_and_annotations(tmp_path, site):
    import jsonschema

    from tests.test_output_formats import SCHEMA, _code_quality_errors

    url = f"http://127.0.0.1:{site}/ita/o26.md"
    sarif, quality = tmp_path / "ita.sarif", tmp_path / "gl-code-quality.json"
    proc = _cli(url, "--format", f"sarif:{sarif}", "--format", f"gitlab:{quality}", "--format", "github")
    assert proc.returncode == 1, proc.stderr
    log = json.loads(sarif.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(log)] == []
    run = log["runs"][0]
    assert run["originalUriBaseIds"]["WEBSITE"]["uri"] == f"http://127.0.0.1:{site}/"
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "ita/o26.md", "uriBaseId": "WEBSITE", "properties": {"url": url}}
    issues = json.loads(quality.read_text(encoding="utf-8"))
    assert _code_quality_errors(issues) == [] and {i["location"]["path"] for i in issues} == {url}
    lines = proc.stdout.splitlines()
    assert lines and all(re.fullmatch(r"::(error|warning|notice) title=[a-z-]+::" + re.escape(url) + " .+", line)
                         for line in lines)
    assert sum(line.startswith(f"::error title=element-outcome::{url} ") for line in lines) == 2
