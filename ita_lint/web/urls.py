"""URLs: turning links as written (Thai file names, spaces, relative paths) into
URIs urllib can send, comparing hosts, and finding the links of an HTML page."""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from typing import Optional
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

# Links worth fetching because their extension says they are a report ita-lint reads.
DOCUMENT_EXTENSIONS = (".pdf", ".docx", ".md", ".markdown", ".txt", ".html", ".htm")
# Links never fetched: their extension says they are not a document ita-lint reads.
SKIPPED_EXTENSIONS = frozenset(
    """.css .js .mjs .map .json .xml .rss .atom .ico .png .jpg .jpeg .gif .webp .svg .bmp .tif .tiff .avif
    .heic .mp3 .mp4 .m4a .m4v .mov .avi .wmv .webm .ogg .ogv .wav .flv .mkv .zip .rar .7z .gz .tgz .bz2 .xz
    .tar .exe .msi .dmg .apk .iso .bin .woff .woff2 .ttf .otf .eot .doc .xls .xlsx .xlsm .ppt .pptx .pps
    .ppsx .odt .ods .odp .rtf .csv .dwg .kml .kmz .swf .jar .psd .ai .eps""".split()
)
_LINK_ATTRS = {"a": "href", "area": "href", "iframe": "src", "frame": "src", "embed": "src", "object": "data"}
MAX_LINKS_PER_PAGE = 5000

# Characters left as they are when percent-encoding a path or query (RFC 3986's
# reserved and unreserved sets, and "%" so that existing escapes survive).
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"


class BadURL(ValueError):
    """Not an http(s) URL that can be fetched; the message says why."""


def to_uri(url: str, base: Optional[str] = None) -> str:
    """An absolute http(s) URI: joined to `base`, fragment dropped, non-ASCII
    host names IDNA-encoded and non-ASCII paths percent-encoded."""
    url = url.strip()
    if base is not None:
        url = urljoin(base, url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise BadURL(f"not an http or https URL: {url[:200]}")
    try:
        host = parts.hostname
        port = parts.port
    except ValueError:
        raise BadURL(f"bad host or port in URL: {url[:200]}") from None
    if not host:
        raise BadURL(f"no host in URL: {url[:200]}")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise BadURL(f"bad host name in URL: {url[:200]}") from None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    default = {"http": 80, "https": 443}[scheme]
    netloc = host if port in (None, default) else f"{host}:{port}"
    path = quote(parts.path or "/", safe=_PATH_SAFE)
    query = quote(parts.query, safe=_QUERY_SAFE)
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    """The host name a URL names, lower case, without a trailing dot (ports ignored)."""
    return (urlsplit(url).hostname or "").rstrip(".").lower()


def extension(url: str) -> str:
    """The lower-case extension of a URL's path ("" when it has none)."""
    path = unquote(urlsplit(url).path)
    return posixpath.splitext(posixpath.basename(path))[1].lower()


def is_url(value: str) -> bool:
    """Whether a command-line argument is a URL rather than a path."""
    head = value[:8].lower()
    return head.startswith("http://") or head.startswith("https://")


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: Optional[str] = None
        self.links: list[tuple[str, bool]] = []  # (link as written, from a frame or iframe)

    def handle_starttag(self, tag, attrs):
        if len(self.links) >= MAX_LINKS_PER_PAGE:
            return
        if tag == "base" and self.base is None:
            href = dict(attrs).get("href")
            if href:
                self.base = href.strip()
            return
        attr = _LINK_ATTRS.get(tag)
        if attr is None:
            return
        value = dict(attrs).get(attr)
        if value and value.strip():
            self.links.append((value.strip(), tag in ("frame", "iframe")))

    handle_startendtag = handle_starttag


def page_links(html_text: str, page_url: str) -> list[str]:
    """The http(s) URIs a page links to (a, area, iframe, frame, embed, object), in
    document order, each once, honouring `<base href>`; others are left out."""
    return [uri for uri, _ in page_links_framed(html_text, page_url)]


def page_links_framed(html_text: str, page_url: str) -> list[tuple[str, bool]]:
    """`page_links`, each with whether it is a frame or iframe: a framed page is
    part of the page that frames it (an old site's frameset), not a step deeper."""
    parser = _LinkParser()
    try:
        parser.feed(html_text)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient
        pass
    base = page_url
    if parser.base:
        try:
            base = to_uri(parser.base, page_url)
        except BadURL:
            pass
    seen: set[str] = set()
    out: list[tuple[str, bool]] = []
    for link, framed in parser.links:
        if link.lower().startswith(("mailto:", "tel:", "javascript:", "data:", "#")):
            continue
        try:
            uri = to_uri(link, base)
        except BadURL:
            continue
        if uri not in seen:
            seen.add(uri)
            out.append((uri, framed))
    return out
