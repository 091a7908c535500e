"""What every dashboard page needs: who is logged in (a cookie), the CSRF check of forms,
the language, and rendering a template.

The log-in cookie holds a staff token like the desk's bearer token (same table, same
expiry, same revocation when an account is disabled); it is HttpOnly, SameSite=Lax, and
Secure when the store is reached over TLS. Forms carry a CSRF token that must equal the
one in a second, SameSite=Strict cookie (the double-submit pattern): another site can make
a browser send a form, never read the cookie to fill it in.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from kiosk import __version__
from kiosk.store.dashboard.i18n import LANGUAGES, N_, Formats, pick, translations
from kiosk.store.dbwork import DatabaseWork
from kiosk.store.models import Site, StaffUser
from kiosk.store.services.staff import user_for_token

SESSION_COOKIE = "kiosk_dashboard"
CSRF_COOKIE = "kiosk_csrf"
LANGUAGE_COOKIE = "kiosk_language"
PREFIX = "/dashboard"
TEMPLATES = Path(__file__).parent / "templates"


class LoginNeeded(Exception):  # noqa: N818 - a redirection, not an error
    """The page needs a logged-in account: go to the log-in page, then come back."""


class Refused(Exception):  # noqa: N818 - an answer, shown as a page
    """A page this account may not see, or a form that cannot be taken: shown as a page
    with a sentence of the catalogue."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def zone_named(name: str) -> ZoneInfo:
    """A time zone by name; UTC when the name is not one (a site's is checked when saved)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _environment(language: str) -> Environment:
    environment = Environment(loader=FileSystemLoader(TEMPLATES),
                              autoescape=select_autoescape(["html"]),
                              extensions=["jinja2.ext.i18n"], trim_blocks=True,
                              lstrip_blocks=True)
    environment.filters["zone"] = zone_named
    environment.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    return environment


ENVIRONMENTS = {language: _environment(language) for language in LANGUAGES}


def language_of(request: Request) -> str:
    return pick(request.cookies.get(LANGUAGE_COOKIE))


def gettext(request: Request) -> Formats:
    return Formats(language_of(request))


def secure(request: Request) -> bool:
    return request.url.scheme == "https"


def csrf_token(request: Request) -> str:
    """The form token of this browser: its cookie's, or a new one set with the page."""
    existing = request.cookies.get(CSRF_COOKIE, "")
    if len(existing) == 43:
        return existing
    token: str = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(32)
    request.state.new_csrf = token
    return token


async def checked_form(request: Request) -> FormData:
    """The form, when its CSRF token is this browser's and it comes from this store."""
    origin = request.headers.get("origin")
    if origin is not None and origin != f"{request.url.scheme}://{request.url.netloc}":
        raise Refused(403, N_("This form was sent from another site: it was refused."))
    form = await request.form()
    sent = form.get("csrf_token")
    kept = request.cookies.get(CSRF_COOKIE)
    if not isinstance(sent, str) or not kept or not hmac.compare_digest(sent, kept):
        raise Refused(403, N_("This form has expired. Load the page again, then send it "
                                 "again."))
    return form


@dataclass(frozen=True)
class Viewer:
    """The logged-in account, with the sites it may see."""

    user: StaffUser
    sites: tuple[Site, ...]  # the sites of its scope, by name

    @property
    def role(self) -> str:
        return self.user.role

    @property
    def sees_figures(self) -> bool:
        return self.user.role in ("coordinator", "admin")

    @property
    def is_admin(self) -> bool:
        return self.user.role == "admin"


async def viewer(request: Request) -> Viewer:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise LoginNeeded
    work: DatabaseWork = request.app.state.work
    now = request.app.state.clock()

    def read(db: Session) -> Viewer | None:
        user = user_for_token(db, token=token, now=now)
        if user is None:
            return None
        query = select(Site).order_by(Site.name)
        if user.site_id is not None:
            query = query.where(Site.id == user.site_id)
        return Viewer(user, tuple(db.scalars(query)))

    found = await work.read(read)
    if found is None:
        raise LoginNeeded
    return found


def render(request: Request, template: str, *, status: int = 200,
           viewer: Viewer | None = None, **context: Any) -> Response:  # noqa: ANN401
    language = language_of(request)
    page = ENVIRONMENTS[language].get_template(template).render(
        request=request, viewer=viewer, f=Formats(language), language=language,
        languages=LANGUAGES, csrf=csrf_token(request), prefix=PREFIX, version=__version__,
        **context)
    response = HTMLResponse(page, status_code=status)
    return finish(request, response)


def finish(request: Request, response: Response) -> Response:
    """Set the CSRF cookie a page's forms rely on, and keep pages out of shared caches."""
    new = getattr(request.state, "new_csrf", None)
    if new:
        response.set_cookie(CSRF_COOKIE, new, httponly=True, samesite="strict",
                            secure=secure(request), path=PREFIX)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'")
    return response


def redirect(request: Request, to: str) -> Response:
    return finish(request, RedirectResponse(to, status_code=303))
