"""The limits of a website check, each one configurable from the command line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ita_lint import __version__

MB = 1024 * 1024

USER_AGENT = f"ita-lint/{__version__} (+https://pypi.org/project/ita-lint/)"


@dataclass(frozen=True)
class WebOptions:
    """How far and how hard `check_urls` may go.

    - `max_documents`: pages and documents fetched in one run (robots.txt and
      sitemaps not counted); links past it are dropped with a warning.
    - `max_bytes_per_document` / `max_total_bytes`: a body is streamed and the
      download stops as soon as either is passed (a declared Content-Length over
      the limit is refused before reading).
    - `timeout`: seconds for connecting and for each read; `total_timeout`: seconds
      for a whole download, so that a server dripping bytes cannot hold a run.
    - `retries` with exponential backoff (`backoff`, 2×`backoff`, …) after a
      timeout, a dropped connection, HTTP 429 or 5xx; never after a 4xx.
    - `concurrency`: downloads at once (reading and checking stay in one thread).
    - `depth`: link hops followed from a start URL (1: the documents a page links to).
    - `respect_robots`: obey robots.txt (RFC 9309) for the user agent's token.
    - `same_host`: never leave the host of the URL a link was found on (redirects
      included). Host names are compared, not ports, so http→https is fine.
    - `allow_private`: None (default) allows private, loopback, link-local and
      reserved addresses only for a host whose start URL resolves to one (a local
      build at http://127.0.0.1:8000/); False refuses them always, True allows them.
    - `ca_bundle`: a PEM file of certificates trusted besides the system's (an
      agency's own CA, or the intermediate a server does not send).
    - `lang`: the language of the advice given with a network error.
    """

    max_documents: int = 50
    max_bytes_per_document: int = 20 * MB
    max_total_bytes: int = 200 * MB
    timeout: float = 20.0
    total_timeout: float = 120.0
    retries: int = 2
    backoff: float = 1.0
    concurrency: int = 4
    depth: int = 1
    user_agent: str = USER_AGENT
    respect_robots: bool = True
    same_host: bool = True
    allow_private: Optional[bool] = None
    max_sitemaps: int = 20
    max_redirects: int = 5
    ca_bundle: Optional[str] = None
    lang: str = "th"

    def __post_init__(self) -> None:
        for name in ("max_documents", "max_bytes_per_document", "max_total_bytes", "concurrency", "max_sitemaps"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        for name in ("retries", "depth", "max_redirects"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        for name in ("timeout", "total_timeout"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive")
        if self.backoff < 0:
            raise ValueError("backoff must not be negative")
        if not self.user_agent.strip():
            raise ValueError("user_agent must not be empty")
        if self.ca_bundle:
            from ita_lint.web.fetch import tls_context

            tls_context(self.ca_bundle)  # a bundle that cannot be read is a usage error, before any fetch
