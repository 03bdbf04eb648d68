"""`ita-lint serve`: a page on this machine where an officer drops a report and sees the report page.

The server listens on 127.0.0.1 unless told otherwise, prints its address, and
opens the browser there. Uploads are checked in memory and never kept (app.py).
"""

from __future__ import annotations

import threading
from typing import Callable

from ita_lint.serve.app import ServeOptions, is_loopback, make_server

__all__ = ["ServeOptions", "make_server", "serve"]


def serve(host: str, port: int, options: ServeOptions, open_browser: bool, say: Callable[[str], None]) -> None:
    """Serve until interrupted (Ctrl+C). OSError when the address cannot be listened on."""
    from ita_lint.output.labels import PAGE_LABELS

    server = make_server(host, port, options)
    words = PAGE_LABELS[server.RequestHandlerClass.checker.lang]
    bound_host, bound_port = server.server_address[:2]
    url = f"http://{'[' + bound_host + ']' if ':' in bound_host else bound_host}:{bound_port}/"
    if not is_loopback(host):
        say(words["not_loopback"].format(host=host))
    say(words["serving"].format(url=url))
    if open_browser:
        import webbrowser

        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
