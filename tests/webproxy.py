"""A loopback web server that also answers as an HTTP proxy.

QtWebEngine is pointed at it with --proxy-server, so pages of real host names
(www.caf.fr, evil.example) come from here and the whitelist sees exactly what it would see
in production. Every request that arrives is recorded: a refused request must never arrive.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class WebProxy:
    def __init__(self) -> None:
        self.pages: dict[tuple[str, str], tuple[str, bytes, dict[str, str]]] = {}
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                host = (parts.hostname or self.headers.get("Host", "")).lower()
                path = parts.path or "/"
                with proxy._lock:
                    proxy.requests.append((host, path))
                    page = proxy.pages.get((host, path))
                if page is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                content_type, body, headers = page
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def serve(self, host: str, path: str, body: str | bytes, content_type: str = "text/html",
              headers: dict[str, str] | None = None) -> None:
        data = body.encode() if isinstance(body, str) else body
        with self._lock:
            self.pages[(host, path)] = (f"{content_type}; charset=utf-8", data, headers or {})

    def hosts_requested(self) -> set[str]:
        with self._lock:
            return {host for host, _ in self.requests}

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()
