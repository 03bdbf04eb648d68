"""Sitemaps (sitemaps.org): `urlset` pages and `sitemapindex` lists of sitemaps,
XML or gzipped XML, or a plain list of URLs one a line."""

from __future__ import annotations

import gzip
import io
import re
import xml.etree.ElementTree as ET
import zlib

_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)


class SitemapError(ValueError):
    """A sitemap that cannot be read; the message is one line for the user."""


def _gunzip(data: bytes, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise SitemapError(f"damaged gzip sitemap: {exc}") from None
    if len(out) > limit:
        raise SitemapError(f"sitemap over {limit // (1024 * 1024)} MB once uncompressed")
    return out


def parse_sitemap(data: bytes, limit: int = 50 * 1024 * 1024) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs), each in file order.

    A document type or entity declaration is refused: sitemaps never need one,
    and refusing it keeps entity expansion attacks out of the XML parser.
    """
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, limit)
    head = data.lstrip()[:1]
    if head != b"<" and not data.startswith(b"\xef\xbb\xbf<"):
        # sitemaps.org's text format: one URL a line
        text = data.decode("utf-8", errors="replace")
        urls = [ln.strip() for ln in text.splitlines() if ln.strip().lower().startswith(("http://", "https://"))]
        if not urls and text.strip():
            raise SitemapError("not a sitemap: neither XML nor a list of URLs")
        return urls, []
    if _DECLARATION.search(data[:65536]):
        raise SitemapError("sitemap refused: it declares a document type or entities")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise SitemapError(f"sitemap is not well-formed XML ({exc})") from None
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise SitemapError(f"not a sitemap: the root element is <{kind}>, not <urlset> or <sitemapindex>")
    urls: list[str] = []
    for entry in root:
        if _local(entry.tag) not in ("url", "sitemap"):
            continue
        for child in entry:
            if _local(child.tag) == "loc" and child.text and child.text.strip():
                urls.append(child.text.strip())
                break
    return (urls, []) if kind == "urlset" else ([], urls)


def _local(tag) -> str:
    tag = str(tag)
    return tag.rsplit("}", 1)[-1].lower()
