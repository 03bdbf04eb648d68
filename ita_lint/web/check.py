"""`check_urls`: fetch pages, the report documents they link to, or a sitemap's
pages, and check each one as `check_paths` checks files.

What is checked: a start URL always (a URL that is not a report is never a
silent pass) unless it served as an index, i.e. some report was found through
its links; every other page or document only when it is recognised as a report
(measures, results or plan) — a site's other pages and PDFs are not reports.

What is an error (an `InputError`, exit 2 on the command line): a start URL, a
sitemap or a link whose extension says it is a document (.pdf .docx .html .htm
.md .txt) that cannot be fetched or read. A link without such an extension is
probed (downloaded only if its Content-Type is a document type) and a failure
there is only logged. Downloads run in parallel; reading and checking run in
the calling thread, in a fixed order, so results never depend on timing.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Optional
from urllib.parse import urlsplit

from ita_lint.engine.loader import LoadedPack
from ita_lint.engine.run import Options, lint_report
from ita_lint.extract import extract
from ita_lint.lint import _finish
from ita_lint.model import DocumentResult, InputError, Report, RunResult
from ita_lint.deadline import deadline
from ita_lint.readers import FORMATS, LimitError, ReadError, ReadOptions
from ita_lint.web.dispatch import is_document_type, read_fetched
from ita_lint.web import fetch as _fetch
from ita_lint.web.fetch import AddressPolicy, FetchError, Fetcher, Response, is_public
from ita_lint.web.options import MB, WebOptions
from ita_lint.web.sitemap import SitemapError, parse_sitemap
from ita_lint.web.urls import DOCUMENT_EXTENSIONS, SKIPPED_EXTENSIONS, BadURL, extension, host_of, page_links_framed, to_uri

Log = Callable[[str, str], None]  # (level "info" | "warning", message)

MAX_SITEMAP_DEPTH = 3
_FIRST = (".pdf", ".docx", ".md", ".markdown", ".txt")  # fetched before pages when the budget is short


@dataclass
class _Item:
    url: str
    origin: str  # the start URL or sitemap it was reached from
    depth: int
    start: bool = False  # named by the user
    expected: bool = True  # a failure is an error, not only a log line
    probe: bool = False  # download only if the Content-Type is a document type


def _no_log(level: str, message: str) -> None:
    pass


def _policy(urls: list[str], web: WebOptions) -> AddressPolicy:
    """Private addresses are allowed for the hosts whose start URL is on one."""
    if web.allow_private is not None:
        return AddressPolicy(allow_all=web.allow_private)
    private: set[str] = set()
    for url in urls:
        host = host_of(url)
        if host in private:
            continue
        parts = urlsplit(url)
        try:
            found = _fetch.resolve(host, parts.port or (443 if parts.scheme == "https" else 80))
        except (OSError, ValueError):
            continue  # the fetch says so, with the host name
        if any(not is_public(a) for a in found):
            private.add(host)
    return AddressPolicy(private)


def combine(*runs: RunResult) -> RunResult:
    """One RunResult from several (files and URLs checked in one command)."""
    return _finish([d for r in runs for d in r.documents], [e for r in runs for e in r.errors],
                   [s for r in runs for s in r.skipped])


class _Run:
    def __init__(self, pack: LoadedPack, options: Options, web: WebOptions, read_options: ReadOptions,
                 fetcher: Fetcher, log: Log):
        self.pack, self.options, self.web, self.read_options = pack, options, web, read_options
        self.fetcher, self.log = fetcher, log
        self.results: list[DocumentResult] = []
        self.errors: list[InputError] = []
        self.seen: set[str] = set()
        self.left = web.max_documents
        self.fetched = 0
        # start pages not recognised as reports (None: no text), decided at the end
        self.pending: dict[str, tuple[Optional[Report], _Item]] = {}
        self.reported: set[str] = set()  # origins through which a report was found

    # --- bookkeeping -----------------------------------------------------------------

    def fail(self, item: _Item, message: str) -> None:
        if item.expected:
            self.errors.append(InputError(item.url, message))
        else:
            self.log("info", f"{item.url}: {message}")

    def allowed(self, items: list[_Item]) -> list[_Item]:
        """Items robots.txt allows; a start URL it forbids is an error."""
        out = []
        for item in items:
            reason, refused = self.fetcher.robots.verdict(item.url)
            if reason is None:
                out.append(item)
            elif item.start or (refused and item.expected):
                self.errors.append(InputError(item.url, reason))
            else:
                self.log("warning", f"{item.url}: not fetched: {reason}")
        return out

    def budgeted(self, items: list[_Item]) -> list[_Item]:
        take, over = items[: self.left], items[self.left :]
        self.left -= len(take)
        if over:
            for item in over:
                if item.start:
                    self.errors.append(InputError(item.url, f"not fetched: over the limit of {self.web.max_documents} "
                                                            "documents (--max-documents)"))
            rest = [i for i in over if not i.start]
            if rest:  # an incomplete check is no pass: the run exits 2, with the documents it did check
                self.errors.append(InputError(rest[0].origin, f"{len(rest)} more links not followed: the limit of "
                                              f"{self.web.max_documents} documents was reached (--max-documents)"))
        return take

    # --- the steps -------------------------------------------------------------------

    def sitemap_items(self, sitemap: str) -> list[_Item]:
        pages: list[str] = []
        queue: list[tuple[str, int]] = [(sitemap, 0)]
        done: set[str] = set()
        while queue and len(done) < self.web.max_sitemaps:
            url, depth = queue.pop(0)
            if url in done:
                continue
            done.add(url)
            reason = self.fetcher.robots.check(url)
            if reason:
                self.errors.append(InputError(url, reason))
                continue
            try:
                resp = self.fetcher.get(url)
                found, nested = parse_sitemap(resp.data, self.web.max_bytes_per_document)
            except (FetchError, SitemapError) as exc:
                self.errors.append(InputError(url, str(exc)))
                continue
            for link in nested:
                try:
                    link = to_uri(link, url)
                except BadURL:
                    continue
                if self.web.same_host and host_of(link) != host_of(sitemap):
                    self.log("info", f"{link}: sitemap on another host, not read")
                elif depth + 1 > MAX_SITEMAP_DEPTH:
                    self.log("warning", f"{link}: sitemaps nested over {MAX_SITEMAP_DEPTH} deep, not read")
                elif link not in done:
                    queue.append((link, depth + 1))
            for link in found:
                try:
                    pages.append(to_uri(link, url))
                except BadURL:
                    self.log("info", f"{url}: not an http(s) URL: {link[:200]}")
        unread = {u for u, _ in queue if u not in done}
        if unread:
            self.log("warning", f"{len(unread)} more sitemaps not read: the limit of {self.web.max_sitemaps} was reached")
        items = []
        for page in pages:
            if page in self.seen:
                continue
            if self.web.same_host and host_of(page) != host_of(sitemap):
                self.log("info", f"{page}: on another host than the sitemap, not fetched")
                continue
            claimed = self._claim(page)
            if claimed:
                _, documentish = claimed
                items.append(_Item(page, origin=sitemap, depth=0, expected=documentish, probe=not documentish))
        return items

    def _claim(self, url: str) -> Optional[tuple[str, bool]]:
        """Take a URL for fetching: its extension and whether it names a document; None for
        an asset (image, style sheet). The caller has checked that it is new and on an allowed host."""
        ext = extension(url)
        if ext in SKIPPED_EXTENSIONS:
            return None
        self.seen.add(url)
        return ext, ext in DOCUMENT_EXTENSIONS

    def fetch_all(self, items: list[_Item]) -> list[tuple[Optional[Response], Optional[str]]]:
        def one(item: _Item):
            try:
                accept = (lambda media, final: is_document_type(media)) if item.probe else None
                return self.fetcher.get(item.url, accept=accept), None
            except FetchError as exc:
                return None, str(exc)

        if not items:
            return []
        with ThreadPoolExecutor(max_workers=min(self.web.concurrency, len(items))) as pool:
            return list(pool.map(one, items))

    def process(self, item: _Item, resp: Response) -> list[tuple[str, bool]]:
        """Read and check one fetched resource, within the deadline of a document; the links
        of a page to follow next."""
        try:
            with deadline(self.read_options.limits.document_seconds):
                return self._process(item, resp)
        except LimitError as exc:  # the deadline (the readers' own limits are said inside): an error
            self.errors.append(InputError(item.url, str(exc)))  # even for a link only probed
            return []

    def _process(self, item: _Item, resp: Response) -> list[tuple[str, bool]]:
        self.fetched += 1
        final = resp.final_url
        if final != item.url:
            if final in self.seen:
                return []  # reached already through another link
            self.seen.add(final)
        if not resp.complete:
            self.log("info", f"{item.url}: not a document (Content-Type {resp.media_type or 'none'}), skipped")
            return []
        try:
            document = read_fetched(final, resp.data, resp.content_type, resp.disposition, self.read_options)
        except ReadError as exc:
            self.fail(item, str(exc))
            return []
        except Exception as exc:  # a reader's bug must not end a whole site's check
            self.fail(item, f"cannot read: {type(exc).__name__}: {exc}")
            return []
        wanted = extension(item.url)
        if wanted in (".pdf", ".docx") and document.format == "html":
            # a "soft 404": the server answers a missing file with a page
            self.fail(item, f"the link names a {wanted[1:].upper()} but the server sent an HTML page "
                            f"(Content-Type {resp.media_type or 'none'}): is the file missing?")
            return []
        links: list[tuple[str, bool]] = []
        if document.format == "html" and item.depth < self.web.depth:
            links = page_links_framed(_html_text(resp), final)
        if not any(b.plain_text().strip() for b in document.blocks):
            if item.start:
                self.pending[item.origin] = (None, item)  # a frameset, say: its frames may hold the report
            elif item.expected and not links:
                self.fail(item, "no text found in the document")
            return links
        report = extract(document, self.pack)
        if report.kind == "unknown":
            if item.start:
                self.pending[item.origin] = (report, item)
            else:
                self.log("info", f"{final}: not recognised as an ITA report, not checked")
            return links
        self.results.append(lint_report(report, self.pack, self.options))
        self.reported.add(item.origin)
        return links

    def next_level(self, pages: list[tuple[_Item, str, list[tuple[str, bool]]]]) -> list[_Item]:
        ranked: list[tuple[int, int, _Item]] = []
        other_hosts = 0
        for parent, final, links in pages:
            for link, framed in links:
                if link in self.seen:
                    continue
                if self.web.same_host and host_of(link) != host_of(final):
                    other_hosts += 1
                    continue
                claimed = self._claim(link)
                if not claimed:
                    continue
                ext, documentish = claimed
                rank = 0 if ext in _FIRST else 1 if documentish else 2
                depth = parent.depth if framed else parent.depth + 1
                item = _Item(link, origin=parent.origin, depth=depth, expected=documentish,
                             probe=not documentish and ext not in FORMATS)
                ranked.append((rank, len(ranked), item))
        if other_hosts:
            self.log("info", f"{other_hosts} links to other hosts not followed")
        return [item for _, _, item in sorted(ranked, key=lambda r: (r[0], r[1]))]

    def crawl(self, level: list[_Item]) -> None:
        while level:
            batch = self.budgeted(self.allowed(level))
            pages: list[tuple[_Item, str, list[tuple[str, bool]]]] = []
            for item, (resp, error) in zip(batch, self.fetch_all(batch)):
                if error is not None:
                    self.fail(item, error)
                    continue
                assert resp is not None
                links = self.process(item, resp)
                if links:
                    pages.append((item, resp.final_url, links))
            level = self.next_level(pages)

    def finish(self, first: str) -> RunResult:
        for origin, (report, item) in self.pending.items():
            if origin in self.reported:
                self.log("info", f"{item.url}: an index page (not itself a report); the reports it links to were checked")
            elif report is None:
                self.errors.append(InputError(item.url, "no text found in the page, and no report through its links"))
            else:
                try:
                    with deadline(self.read_options.limits.document_seconds):
                        self.results.append(lint_report(report, self.pack, self.options))
                except LimitError as exc:
                    self.errors.append(InputError(item.url, str(exc)))
        if not self.results and not self.errors:
            self.errors.append(InputError(first, f"no ITA report found: {self.fetched} pages and documents fetched, "
                                                 "none is a measures, results or plan report"))
        self.log("info", f"{self.fetched} pages and documents fetched ({self.fetcher.budget.used / MB:.1f} MB); "
                         f"{len(self.results)} checked")
        self.errors.sort(key=lambda e: (e.path, e.message))
        return _finish(self.results, self.errors)  # sorted as check_paths sorts, the same score


def _html_text(resp: Response) -> str:
    try:
        from ita_lint.readers.html import decode_html
    except ImportError:  # pragma: no cover - the HTML reader ships with ita-lint
        return resp.data.decode("utf-8", errors="replace")
    return decode_html(resp.data, resp.content_type or None)[0]


def check_urls(urls: list[str], pack: LoadedPack, options: Options = Options(), web_options: WebOptions = WebOptions(),
               sitemap: Optional[str] = None, read_options: ReadOptions = ReadOptions(),
               log: Optional[Log] = None) -> RunResult:
    """Check web pages, the reports they link to and a sitemap's pages.

    Returns what `check_paths` returns, with each document's path the URL it was
    fetched from (after same-host redirects) and each URL that could not be
    fetched or read an `InputError` naming it. `log(level, message)` hears what
    was skipped and why ("warning" for limits and robots.txt, "info" otherwise).
    """
    log = log or _no_log
    errors: list[InputError] = []
    starts: list[str] = []
    for raw in urls:
        try:
            uri = to_uri(raw)
        except BadURL as exc:
            errors.append(InputError(raw, str(exc)))
            continue
        if uri not in starts:
            starts.append(uri)
    sitemap_uri: Optional[str] = None
    if sitemap:
        try:
            sitemap_uri = to_uri(sitemap)
        except BadURL as exc:
            errors.append(InputError(sitemap, str(exc)))
    fetcher = Fetcher(web_options, _policy(starts + ([sitemap_uri] if sitemap_uri else []), web_options), log=log)
    run = _Run(pack, options, web_options, read_options, fetcher, log)
    run.errors.extend(errors)
    run.seen.update(starts)
    level = [_Item(u, origin=u, depth=0, start=True) for u in starts]
    if sitemap_uri:
        level += run.sitemap_items(sitemap_uri)
    run.crawl(level)
    first = sitemap_uri or (starts[0] if starts else (urls[0] if urls else "(no URL)"))
    return run.finish(first)
