"""The staff dashboard: server-rendered pages under /dashboard of the store."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from kiosk.store.dashboard.admin import router as admin_router
from kiosk.store.dashboard.i18n import N_
from kiosk.store.dashboard.pages import router
from kiosk.store.dashboard.web import PREFIX, LoginNeeded, Refused, gettext, redirect, render

# What a page says for each error the store can meet (the API says it in JSON).
ERROR_MESSAGES = {
    404: N_("This page does not exist."),
    405: N_("This page does not exist."),
    422: N_("This page does not exist."),
    429: N_("Too many attempts. Wait a moment before trying again."),
    503: N_("The server cannot reach its database just now. Try again in a moment; if it "
            "goes on, tell your administrator."),
    500: N_("Something went wrong on the server. Try again in a moment; if it goes on, tell "
            "your administrator."),
}


def error_page(request: Request, status: int) -> Response:
    message = ERROR_MESSAGES.get(status, ERROR_MESSAGES[500])
    return render(request, "error.html", status=status,
                  message=gettext(request).gettext(message))


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.include_router(admin_router)
    app.mount(PREFIX + "/static", StaticFiles(directory=Path(__file__).parent / "static"),
              name="dashboard-static")
    app.state.html_error = error_page

    @app.exception_handler(LoginNeeded)
    async def login_needed(request: Request, _error: LoginNeeded) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return redirect(request, f"{PREFIX}/login?next={quote(target, safe='')}")

    @app.exception_handler(Refused)
    async def refused(request: Request, error: Refused) -> Response:
        return render(request, "error.html", status=error.status,
                      message=gettext(request).gettext(error.message))


__all__ = ["install"]
