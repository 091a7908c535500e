"""Requests the database could not even be asked about, refused before any route.

A NUL byte in a path or a query parameter (`/board?site=a%00b`) is valid HTTP, but
PostgreSQL cannot take it in a text parameter: it would fail deep in a query. No name, slug
or identifier of the store contains one, so such a request is refused at the door with the
usual problem, on every database alike.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Receive, Scope, Send

from kiosk.store.api.problems import problem


class RefuseNulBytes:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (
                "\x00" in scope.get("path", "")
                or b"\x00" in unquote_to_bytes(scope.get("query_string", b""))):
            await problem("invalid-request")(scope, receive, send)
            return
        await self.app(scope, receive, send)
