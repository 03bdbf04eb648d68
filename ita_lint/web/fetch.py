"""Fetching with limits, using only the standard library.

Every direct connection goes through `AddressPolicy.create_connection`: the host
name is resolved there, each address is checked (private, loopback, link-local,
reserved and the like are refused unless allowed for that host) and the socket is
opened to the address that was checked, so a name that resolves differently the
second time (DNS rebinding) cannot slip through. Redirects are followed only to the
same host and only where robots.txt allows. Bodies are streamed and the download
stops at the per-document or run-wide byte limit, or when it takes too long.

Networks as they are: HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured (urllib's
ProxyHandler; HTTPS goes through a CONNECT tunnel). Through a proxy the connection is
the proxy's, which the user chose, and the policy checks each request's target host
instead — on every redirect too, since each goes through the handlers again; a name
only the proxy's resolver knows is let through. TLS trusts the system's certificates
(where OpenSSL looks for them: SSL_CERT_FILE, SSL_CERT_DIR) plus `--ca-bundle` or
REQUESTS_CA_BUNDLE, so an agency's own CA or the intermediate certificate a server
forgot to send can be added; an incomplete chain is explained in the officer's
language. robots.txt's Crawl-delay spaces the requests to its site.
"""

from __future__ import annotations

import email.utils
import http.client
import ipaddress
import os
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
import zlib
from dataclasses import dataclass
from typing import Callable, Iterable, Optional
from urllib.parse import urlsplit

from ita_lint.web.options import MB, WebOptions
from ita_lint.web.urls import host_of

Log = Callable[[str, str], None]


def _no_log(level: str, message: str) -> None:
    pass


class FetchError(Exception):
    """A URL could not be fetched; the message is one line for the user."""

    def __init__(self, message: str, retryable: bool = False, retry_after: Optional[float] = None,
                 refused: bool = False):
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after
        self.refused = refused  # the address policy said no: no use asking anything else of that host


class Refused(OSError):
    """A connection or redirect the limits forbid: never retried."""


class Unresolved(Refused):
    """A host name this machine cannot resolve."""


# --- addresses ----------------------------------------------------------------------------


def resolve(host: str, port: int) -> list[str]:
    """The addresses of a host name, in the resolver's order, each once."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    out: list[str] = []
    for info in infos:
        addr = str(info[4][0])
        if addr not in out:
            out.append(addr)
    return out


def is_public(address: str) -> bool:
    """Whether an IP address is a public (globally routable unicast) one."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return is_public(str(ip.ipv4_mapped))
        if ip.sixtofour is not None and not is_public(str(ip.sixtofour)):
            return False
        if ip.teredo is not None:
            return False
    return not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast
        or ip.is_unspecified or not ip.is_global
    )


class AddressPolicy:
    """Which addresses may be connected to: public ones always; the others only
    for the hosts in `private_hosts`, or for every host when `allow_all`."""

    def __init__(self, private_hosts: Iterable[str] = (), allow_all: bool = False):
        self.private_hosts = {h.rstrip(".").lower() for h in private_hosts}
        self.allow_all = allow_all

    def addresses(self, host: str, port: int) -> list[str]:
        """The addresses of `host` that may be connected to, or raise Refused."""
        try:
            found = resolve(host, port)
        except socket.gaierror as exc:
            raise Unresolved(f"cannot resolve host name {host} ({exc.strerror or exc})") from None
        if not found:
            raise Unresolved(f"cannot resolve host name {host}")
        if self.allow_all or host.rstrip(".").lower() in self.private_hosts:
            return found
        allowed = [a for a in found if is_public(a)]
        if not allowed:
            raise Refused(
                f"{host} resolves to a private, loopback or reserved address ({found[0]}); refused "
                "unless the start URL is on such an address (--allow-private to allow)"
            )
        return allowed

    def check_through_proxy(self, host: str, port: int) -> None:
        """A target reached through a proxy: refused when it resolves here to an address the policy
        forbids; a name only the proxy's resolver knows is let through (the proxy connects)."""
        try:
            self.addresses(host, port)
        except Unresolved:
            pass

    def create_connection(self, address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, *args, **kwargs):
        host, port = address
        last: Optional[OSError] = None
        for ip in self.addresses(str(host), int(port)):
            try:
                sock = socket.create_connection((ip, port), timeout, source_address)
            except OSError as exc:
                last = exc
                continue
            Deadline.watch(sock)
            return sock
        assert last is not None
        raise last


class Deadline:
    """A total deadline for one response, from the request to its last byte.

    A socket timeout bounds each read, not their sum: a server that sends its headers
    or chunk-size lines one byte at a time stays within it for ever. The connections
    opened for a response (redirects too) are registered here by the thread that opens
    them, and a timer shuts them down when the deadline passes, which ends any read.
    """

    _current = threading.local()

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    @classmethod
    def watch(cls, sock: socket.socket) -> None:
        deadline = getattr(cls._current, "value", None)
        if deadline is not None:
            with deadline._lock:
                deadline._sockets.append(sock)
                if deadline.expired:
                    _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def __enter__(self) -> "Deadline":
        Deadline._current.value = self
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()
        Deadline._current.value = None


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


# --- the opener ---------------------------------------------------------------------------


def _guarded(base: type, policy: AddressPolicy) -> type:
    class Guarded(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = policy.create_connection

    return Guarded


class _Proxies(urllib.request.ProxyHandler):
    """The environment's proxies (HTTPS_PROXY, HTTP_PROXY, NO_PROXY); marks a request sent through one."""

    def proxy_open(self, req, proxy, type):
        target = req.host
        result = super().proxy_open(req, proxy, type)
        if req.host != target:
            req.ita_target = target  # the host the request is for, now that req.host is the proxy
        return result


def _connection(req, direct: type, plain: type, policy: AddressPolicy) -> type:
    """The connection class for a request: through a proxy, the target is checked here and the
    socket goes to the proxy; otherwise every address is checked as the socket opens."""
    target = getattr(req, "ita_target", None)
    if target is None:
        return direct
    parts = urlsplit("//" + target)
    policy.check_through_proxy(parts.hostname or target, parts.port or (443 if req.type == "https" else 80))
    return plain


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, policy: AddressPolicy):
        super().__init__()
        self._policy = policy
        self._conn = _guarded(http.client.HTTPConnection, policy)

    def http_open(self, req):
        return self.do_open(_connection(req, self._conn, http.client.HTTPConnection, self._policy), req)


def tls_context(ca_bundle: Optional[str] = None) -> ssl.SSLContext:
    """The system's trusted certificates (OpenSSL's default paths; SSL_CERT_FILE, SSL_CERT_DIR), plus
    `ca_bundle` or REQUESTS_CA_BUNDLE. ValueError when the bundle cannot be read as PEM certificates."""
    context = ssl.create_default_context()
    extra = ca_bundle or os.environ.get("REQUESTS_CA_BUNDLE") or None
    if extra:
        try:
            context.load_verify_locations(cafile=extra)
        except (OSError, ssl.SSLError) as exc:
            source = "--ca-bundle" if ca_bundle else "REQUESTS_CA_BUNDLE"
            reason = (exc.reason if isinstance(exc, ssl.SSLError) else exc.strerror) or exc
            raise ValueError(f"{extra} ({source}): not a readable PEM certificate bundle ({reason})") from None
    return context


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, policy: AddressPolicy, context: ssl.SSLContext):
        super().__init__(context=context)
        self._policy = policy
        self._conn = _guarded(http.client.HTTPSConnection, policy)

    def https_open(self, req):
        kwargs = {"context": self._context}
        if getattr(self, "_check_hostname", None) is not None:  # Python < 3.12
            kwargs["check_hostname"] = self._check_hostname
        return self.do_open(_connection(req, self._conn, http.client.HTTPSConnection, self._policy), req, **kwargs)


class _Redirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, same_host: bool, max_redirects: int, robots_check: Callable[[str], Optional[str]]):
        super().__init__()
        self.same_host = same_host
        self.max_redirections = max_redirects
        self.robots_check = robots_check

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        def refuse(message: str):
            fp.close()
            raise FetchError(message)

        scheme = urlsplit(newurl).scheme.lower()
        if scheme not in ("http", "https"):
            refuse(f"HTTP {code} redirect to a non-http URL refused: {newurl[:200]}")
        if self.same_host and host_of(newurl) != host_of(req.full_url):
            refuse(f"HTTP {code} redirect to another host ({host_of(newurl)}) refused: check {newurl[:200]} itself if it is meant")
        reason = self.robots_check(newurl)
        if reason:
            refuse(f"HTTP {code} redirect to {newurl[:200]}: {reason}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


# --- responses ----------------------------------------------------------------------------


@dataclass
class Response:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str  # the header's whole value, "" when absent
    disposition: str  # Content-Disposition, "" when absent
    data: bytes
    complete: bool = True  # False: headers only (a probe whose type is not a document)

    @property
    def media_type(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()


class Budget:
    """The run-wide byte count, shared by the download threads."""

    def __init__(self, limit: int):
        self.limit = limit
        self.used = 0
        self._lock = threading.Lock()

    def take(self, n: int) -> None:
        with self._lock:
            self.used += n
            if self.used > self.limit:
                raise FetchError(f"stopped: the run downloaded over {self.limit / MB:g} MB in total (--max-total-mb)")


def _retry_after(value: Optional[str]) -> Optional[float]:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


# OpenSSL's verify codes for a chain that stops short of a trusted root
_CHAIN_INCOMPLETE = (2, 20, 21)  # the issuer's certificate is missing: the server did not send the intermediate
_CHAIN_UNTRUSTED = (18, 19)  # self-signed: an agency's own CA this machine does not trust
_TLS_ADVICE = {
    "incomplete": {
        "th": "ตรวจสอบสายใบรับรอง TLS ของเว็บไซต์ไม่ได้ เพราะเซิร์ฟเวอร์ไม่ได้ส่งใบรับรองกลาง (intermediate certificate) "
              "มาด้วย หรือใบรับรองออกโดย CA ที่เครื่องนี้ไม่รู้จัก: ให้แจ้งผู้ดูแลเว็บไซต์ติดตั้งสายใบรับรองให้ครบบนเซิร์ฟเวอร์ "
              "หรือระหว่างนี้เก็บใบรับรองกลางหรือใบรับรอง CA ของหน่วยงานเป็นไฟล์ PEM แล้วตรวจอีกครั้งด้วย --ca-bundle ไฟล์.pem",
        "en": "the site's TLS certificate chain cannot be verified: the server does not send its intermediate "
              "certificate, or a CA this machine does not know issued it; ask the site's administrators to install the "
              "full chain, or meanwhile save the intermediate (or the agency's CA) certificate as a PEM file and check "
              "again with --ca-bundle FILE.pem",
    },
    "untrusted": {
        "th": "ใบรับรอง TLS ของเว็บไซต์ลงนามด้วยตนเอง (self-signed) ซึ่งเครื่องนี้ไม่รู้จัก: ให้ขอไฟล์ใบรับรองของหน่วยงาน (PEM) "
              "แล้วตรวจอีกครั้งด้วย --ca-bundle ไฟล์.pem",
        "en": "the site's TLS certificate is self-signed, unknown to this machine: get the agency's certificate as a "
              "PEM file and check again with --ca-bundle FILE.pem",
    },
}


def _reason(exc: BaseException, lang: str = "th") -> tuple[str, bool]:
    """A one-line message for a network error, and whether trying again may help."""
    if isinstance(exc, urllib.error.URLError) and not isinstance(exc, urllib.error.HTTPError):
        inner = exc.reason
        if isinstance(inner, BaseException):
            return _reason(inner, lang)
        return f"cannot connect: {inner}", True
    if isinstance(exc, Refused):
        return str(exc), False
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "timed out", True
    if isinstance(exc, ssl.SSLCertVerificationError):
        advice = ("incomplete" if exc.verify_code in _CHAIN_INCOMPLETE else
                  "untrusted" if exc.verify_code in _CHAIN_UNTRUSTED else None)
        detail = f"TLS certificate not accepted: {exc.verify_message or exc}"
        if advice:
            return f"{_TLS_ADVICE[advice]['en' if lang == 'en' else 'th']} ({detail})", False
        return detail, False
    if isinstance(exc, ssl.SSLError):
        return f"TLS error: {exc.reason or exc}", True
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused", True
    if isinstance(exc, (ConnectionResetError, http.client.RemoteDisconnected, http.client.IncompleteRead, BrokenPipeError)):
        return "the server closed the connection", True
    if isinstance(exc, http.client.HTTPException):
        return f"bad HTTP response: {type(exc).__name__}", True
    if isinstance(exc, OSError):
        return f"network error: {exc.strerror or exc}", True
    return f"{type(exc).__name__}: {exc}", False


class Fetcher:
    """GET with the run's limits: address policy, same-host redirects, robots.txt,
    byte limits, timeouts and retries with exponential backoff."""

    def __init__(self, options: WebOptions, policy: AddressPolicy, budget: Optional[Budget] = None, log: Log = _no_log,
                 sleep: Callable[[float], None] = time.sleep):
        self.options = options
        self.policy = policy
        self.budget = budget or Budget(options.max_total_bytes)
        self.log = log
        self.sleep = sleep
        self.robots = Robots(self)
        self.tls = tls_context(options.ca_bundle)

    def _opener(self, check_robots: bool) -> urllib.request.OpenerDirector:
        robots_check = self.robots.check if (check_robots and self.options.respect_robots) else (lambda url: None)
        return urllib.request.build_opener(
            _Proxies(),  # the environment's, read at each run
            _HTTPHandler(self.policy),
            _HTTPSHandler(self.policy, self.tls),
            _Redirects(self.options.same_host, self.options.max_redirects, robots_check),
        )

    def get(self, url: str, *, accept: Optional[Callable[[str, str], bool]] = None, limit: Optional[int] = None,
            check_robots: bool = True) -> Response:
        """Fetch `url`, retrying what may pass on a second try, or raise FetchError.

        `accept(media_type, final_url)`: when given and false, only the headers are
        read (`complete=False`), so probing a link costs no body.
        """
        attempts = self.options.retries + 1
        if check_robots:
            self.robots.wait_turn(url)
        for attempt in range(attempts):
            try:
                return self._get_once(url, accept, limit or self.options.max_bytes_per_document, check_robots)
            except FetchError as exc:
                if not exc.retryable or attempt + 1 >= attempts:
                    if exc.retryable and attempts > 1:
                        raise FetchError(f"{exc} (after {attempts} attempts)") from None
                    raise
                delay = self.options.backoff * (2**attempt)
                if exc.retry_after is not None:
                    delay = max(delay, min(exc.retry_after, 30.0))
                self.log("info", f"{url}: {exc}; trying again in {delay:g} s")
                self.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _get_once(self, url, accept, limit: int, check_robots: bool) -> Response:
        o = self.options
        with Deadline(o.total_timeout) as deadline:
            try:
                response = self._response(url, accept, limit, check_robots)
            except FetchError:
                if not deadline.expired:
                    raise
            # a body cut off by the deadline can look complete: the deadline decides
            if not deadline.expired:
                return response
        from ita_lint.limits import message

        raise FetchError(message("response_seconds", f"the response took longer than {o.total_timeout:g} s in all",
                                 o.total_timeout))

    def _response(self, url, accept, limit: int, check_robots: bool) -> Response:
        o = self.options
        request = urllib.request.Request(url, headers={
            "User-Agent": o.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/pdf,"
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
                      "text/markdown,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Language": "th,en;q=0.8",
            "Accept-Encoding": "identity",
        })
        try:
            resp = self._opener(check_robots).open(request, timeout=o.timeout)
        except FetchError:
            raise
        except urllib.error.HTTPError as exc:
            exc.close()
            retryable = exc.code in (408, 425, 429, 500, 502, 503, 504)
            raise FetchError(f"HTTP {exc.code} {exc.reason}".rstrip(), retryable,
                             _retry_after(exc.headers.get("Retry-After") if exc.headers else None)) from None
        except (OSError, http.client.HTTPException, ValueError) as exc:
            message, retryable = _reason(exc, o.lang)
            inner = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            raise FetchError(message, retryable, refused=isinstance(inner, Refused)) from None
        with resp:
            final = resp.geturl()
            ctype = resp.headers.get("Content-Type", "") or ""
            disposition = resp.headers.get("Content-Disposition", "") or ""
            media = ctype.split(";", 1)[0].strip().lower()
            if accept is not None and not accept(media, final):
                return Response(url, final, resp.status, ctype, disposition, b"", complete=False)
            length = resp.headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > limit:
                raise FetchError(f"the server says it is {int(length) / MB:.1f} MB, over the limit of "
                                 f"{limit / MB:g} MB (--max-document-mb)")
            chunks: list[bytes] = []
            size = 0
            try:
                while True:
                    chunk = resp.read1(65536)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"over the limit of {limit / MB:g} MB (--max-document-mb); download stopped")
                    self.budget.take(len(chunk))
                    chunks.append(chunk)
            except FetchError:
                raise
            except (OSError, http.client.HTTPException, ValueError) as exc:
                message, retryable = _reason(exc, o.lang)
                raise FetchError(message, retryable) from None
            data = b"".join(chunks)
            encoding = (resp.headers.get("Content-Encoding") or "").strip().lower()
            if encoding in ("gzip", "x-gzip", "deflate"):
                data = _decompress(data, encoding, limit)
            return Response(url, final, resp.status, ctype, disposition, data)


def _decompress(data: bytes, encoding: str, limit: int) -> bytes:
    """A body sent compressed though not asked for (identity was), within the byte limit."""
    wbits = 31 if "gzip" in encoding else (15 if data[:1] == b"\x78" else -15)
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise FetchError(f"damaged {encoding} content: {exc}") from None
    if len(out) > limit:
        raise FetchError(f"over the limit of {limit / MB:g} MB once decompressed (--max-document-mb)")
    return out


# --- robots.txt ---------------------------------------------------------------------------

ROBOTS_MAX_BYTES = 512 * 1024
MAX_CRAWL_DELAY = 60.0  # seconds: a longer Crawl-delay is shortened to this, and said


class Robots:
    """robots.txt per origin, fetched once, read as RFC 9309 says: a 4xx means no
    restriction; a 5xx or an unreachable file means nothing may be fetched."""

    def __init__(self, fetcher: Fetcher):
        self.fetcher = fetcher
        self._cache: dict[str, tuple[Optional[urllib.robotparser.RobotFileParser], Optional[str], bool]] = {}
        self._lock = threading.Lock()
        self._turns: dict[str, tuple[threading.Lock, list]] = {}  # origin -> (lock, [time of its last request])

    def wait_turn(self, url: str) -> None:
        """Wait until robots.txt's Crawl-delay for our user agent has passed since the last request
        to `url`'s site (requests to one site are then one at a time)."""
        if not self.fetcher.options.respect_robots:
            return
        origin = _origin(url)
        self.verdict(url)  # robots.txt read (once per origin) before the first request
        parser = self._cache.get(origin, (None, None, False))[0]
        delay = parser.crawl_delay(self.fetcher.options.user_agent) if parser is not None else None
        if not delay:
            return
        delay = float(delay)
        if delay > MAX_CRAWL_DELAY:
            self.fetcher.log("warning", f"{origin}/robots.txt asks for {delay:g} s between requests; "
                                        f"waiting {MAX_CRAWL_DELAY:g} s")
            delay = MAX_CRAWL_DELAY
        with self._lock:
            lock, last = self._turns.setdefault(origin, (threading.Lock(), []))
        with lock:
            if last:
                wait = last[0] + delay - time.monotonic()
                if wait > 0:
                    self.fetcher.sleep(wait)
            last[:] = [time.monotonic()]

    def check(self, url: str) -> Optional[str]:
        """None when `url` may be fetched, else the reason it may not."""
        return self.verdict(url)[0]

    def verdict(self, url: str) -> tuple[Optional[str], bool]:
        """(the reason `url` may not be fetched or None, whether the reason is the
        address policy refusing the host rather than robots.txt)."""
        if not self.fetcher.options.respect_robots:
            return None, False
        origin = _origin(url)
        with self._lock:  # one fetch per origin; there are few
            if origin not in self._cache:
                self._cache[origin] = self._load(origin)
            parser, problem, refused = self._cache[origin]
        if problem:
            return problem, refused
        if parser is not None and not parser.can_fetch(self.fetcher.options.user_agent, url):
            return "robots.txt disallows it (--ignore-robots to check it anyway)", False
        return None, False

    def _load(self, origin: str):
        robots_url = origin + "/robots.txt"
        try:
            resp = self.fetcher.get(robots_url, limit=ROBOTS_MAX_BYTES, check_robots=False)
        except FetchError as exc:
            message = str(exc)
            if message.startswith("HTTP 4"):
                return None, None, False
            if exc.refused:
                return None, message, True
            self.fetcher.log("warning", f"{robots_url}: {message}")
            return None, f"robots.txt could not be read ({message}), so nothing is fetched from {origin} (RFC 9309)", False
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(resp.data.decode("utf-8", errors="replace").splitlines())
        return parser, None, False


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
