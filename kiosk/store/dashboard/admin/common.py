"""What the administration pages share: who may read, who may change, which place, the
form's fields."""

from __future__ import annotations

from fastapi import Request
from starlette.datastructures import FormData

from kiosk.store.dashboard.i18n import N_
from kiosk.store.dashboard.web import (
    Refused,
    Viewer,
    viewer,
)
from kiosk.store.dbwork import DatabaseWork
from kiosk.store.models import Site


def work_of(request: Request) -> DatabaseWork:
    work: DatabaseWork = request.app.state.work
    return work


async def reader(request: Request) -> Viewer:
    who = await viewer(request)
    if not who.sees_figures:
        raise Refused(403, N_("This page is for coordinators and administrators."))
    return who


async def changer(request: Request) -> Viewer:
    who = await viewer(request)
    if not who.is_admin:
        raise Refused(403, N_("Only an administrator can change this."))
    return who


def site_of(who: Viewer, slug: str | None) -> Site:
    """The site asked for, within the account's scope (its only site, or the first)."""
    if not who.sites:
        raise Refused(404, N_("There is no place yet."))
    if not slug:
        return who.sites[0]
    for site in who.sites:
        if site.slug == slug:
            return site
    raise Refused(403, N_("Your account does not give access to this place."))


def int_of(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() and len(text) < 9 else None


def text_field(form: FormData, name: str, limit: int) -> str:
    value = form.get(name, "")
    text = value if isinstance(value, str) else ""
    return text.replace("\r\n", "\n")[:limit]


async def administrator(request: Request) -> Viewer:
    who = await viewer(request)
    if not who.is_admin:
        raise Refused(403, N_("This page is for administrators."))
    return who
