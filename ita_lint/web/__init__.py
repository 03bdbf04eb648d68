"""Checking a website: `ita-lint check URL…` and `--sitemap URL`.

    from ita_lint.web import WebOptions, check_urls
    run = check_urls(["http://127.0.0.1:8000/ita/"], pack, options, WebOptions(max_documents=20))

Modules: `options` (WebOptions, the limits), `urls` (URIs, hosts, a page's
links), `fetch` (address policy, redirects, robots.txt, byte limits, retries;
standard library only), `sitemap`, `dispatch` (fetched bytes -> Document) and
`check` (the crawl and the checking). Importing this package stays light: the
pipeline is imported with `check_urls`.
"""

from __future__ import annotations

from ita_lint.web.options import USER_AGENT, WebOptions
from ita_lint.web.urls import is_url

__all__ = ["USER_AGENT", "WebOptions", "check_urls", "combine", "is_url"]


def __getattr__(name: str):
    if name in ("check_urls", "combine"):
        from ita_lint.web import check

        return getattr(check, name)
    raise AttributeError(name)
