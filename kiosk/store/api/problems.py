"""Every error leaves the store as a JSON problem with a stable code and a French message."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from kiosk.store.errors import CATALOG, StoreError

log = logging.getLogger("kiosk.store")

_HTTP_CODES = {404: "not-found", 405: "method-not-allowed", 401: "unauthenticated",
               403: "forbidden"}


def wrong_fields(errors: Iterable[Mapping[str, Any]], *, within: tuple[str, ...] = ()
                 ) -> list[dict[str, object]]:
    """Which fields are wrong and how, never what was sent (it may be a code or a password)."""
    return [{"field": ".".join(str(p) for p in (*within, *e.get("loc", ()))),
             "problem": e.get("type")} for e in errors]


def problem(code: str, *, status: int | None = None,
            headers: Mapping[str, str] | None = None, **extra: object) -> JSONResponse:
    default_status, message = CATALOG[code]
    status = status or default_status
    body: dict[str, object] = {"type": "about:blank", "title": code.replace("-", " "),
                               "status": status, "code": code, "detail": message, **extra}
    headers = dict(headers or {})
    if "retry_after" in extra:
        headers["Retry-After"] = str(extra["retry_after"])
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(body, status_code=status, headers=headers,
                        media_type="application/problem+json")


def _page(request: Request, status: int) -> Response | None:
    """The dashboard's pages answer errors with a page, not JSON."""
    html_error = getattr(request.app.state, "html_error", None)
    if html_error is None or not request.url.path.startswith("/dashboard"):
        return None
    page: Response = html_error(request, status)
    return page


def install(app: FastAPI) -> None:
    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> Response:
        return _page(request, error.status) or problem(error.code, **error.extra)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return _page(request, 422) or problem("invalid-request",
                                              errors=wrong_fields(error.errors()))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        page = _page(request, error.status_code)
        if page is not None:
            return page
        # The framework's own headers stay (a 405's `Allow` says which methods there are).
        code = _HTTP_CODES.get(error.status_code)
        if code is None:
            return problem("invalid-request", status=error.status_code, headers=error.headers)
        return problem(code, headers=error.headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        log.error("unexpected error on %s %s: %s", request.method, request.url.path,
                  type(error).__name__, exc_info=error)
        return _page(request, 500) or problem("internal-error")
