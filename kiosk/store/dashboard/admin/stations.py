"""A place's computers: enrolled (the one-time token and command shown once), renamed,
put out of order, moved to another place, removed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from kiosk.store.dashboard.admin.common import (
    changer,
    int_of,
    reader,
    site_of,
    text_field,
    work_of,
)
from kiosk.store.dashboard.i18n import N_
from kiosk.store.dashboard.web import (
    PREFIX,
    Refused,
    Viewer,
    checked_form,
    gettext,
    render,
    viewer,
)
from kiosk.store.errors import StoreError
from kiosk.store.models import Site, Station
from kiosk.store.services import stations

router = APIRouter(prefix=PREFIX + "/admin", include_in_schema=False)

STATION_ERRORS = {
    "station-unknown": N_("This computer does not exist (any more) at this place."),
    "station-name-taken": N_("Another computer of this place already has this name."),
    "station-busy": N_("A session is running on this computer: wait until it ends."),
}


async def _stations_page(request: Request, who: Viewer, site: Site, *, status: int = 200,
                         message: str | None = None, problem: str | None = None,
                         enrolled: dict[str, str] | None = None,
                         confirm: Station | None = None) -> Response:
    settings = request.app.state.settings
    now = request.app.state.clock()

    def read(db: Session) -> dict[str, Any]:
        rows = list(db.scalars(select(Station).where(Station.site_id == site.id)
                               .order_by(Station.revoked, Station.name)))
        return {"stations": rows}

    context = await work_of(request).read(read)
    online_after = now - timedelta(seconds=settings.station_offline_seconds)
    return render(request, "admin_stations.html", status=status, viewer=who, site=site,
                  message=message, problem=problem, enrolled=enrolled, confirm=confirm,
                  online_after=online_after, **context)


@router.get("/stations")
async def stations_page(request: Request) -> Response:
    who = await reader(request)
    return await _stations_page(request, who, site_of(who, request.query_params.get("site")))


@router.post("/stations/enrol")
async def enrol_station(request: Request) -> Response:
    who = await changer(request)
    form = await checked_form(request)
    site = site_of(who, str(form.get("site", "")))
    name = text_field(form, "name", 200).strip()
    settings = request.app.state.settings
    now = request.app.state.clock()
    f = gettext(request)
    if not name or len(name) > 100:
        return await _stations_page(request, who, site, status=422, problem=f.gettext(
            "Give the computer a name of 1 to 100 characters, such as poste-3."))

    def make(db: Session) -> tuple[str, datetime]:
        fresh = db.get_one(Site, site.id)
        token, expires = stations.create_enrol_token(db, settings=settings, site=fresh,
                                                     station_name=name, now=now,
                                                     by=who.user.id)
        db.commit()
        return token, expires

    token, expires = await work_of(request).write(make)
    store_url = str(request.base_url).rstrip("/")
    enrolled = {"name": name, "token": token,
                "command": f"sudo kiosk-station-enrol --store {store_url} --token {token}",
                "expires": f.moment(expires.astimezone(ZoneInfo(site.timezone)))}
    return await _stations_page(request, who, site, enrolled=enrolled)


async def _station_change(request: Request, change: Callable[[Session, Station, Site, FormData],
                                                             str]) -> Response:
    """Run one change on one of the site's computers, then show the page again, saying what
    was done or why not."""
    who = await changer(request)
    form = await checked_form(request)
    site = site_of(who, str(form.get("site", "")))
    station_id = int_of(str(form.get("station", "")))
    f = gettext(request)

    def run(db: Session) -> str:
        fresh = db.get_one(Site, site.id)
        if station_id is None:
            raise StoreError("station-unknown")
        station = stations.station_of_site(db, site=fresh, station_id=station_id)
        done = change(db, station, fresh, form)
        db.commit()
        return done

    try:
        done = await work_of(request).write(run)
    except StoreError as error:
        message = STATION_ERRORS.get(error.code)
        if message is None:
            raise
        return await _stations_page(request, who, site, status=error.status,
                                    problem=f.gettext(message))
    except ValueError:
        return await _stations_page(request, who, site, status=422, problem=f.gettext(
            "Give the computer a name of 1 to 100 characters, such as poste-3."))
    if station_id is not None:
        request.app.state.directory.station_changed(station_id)
    return await _stations_page(request, who, site, message=f.gettext(done))


@router.post("/stations/rename")
async def rename_station(request: Request) -> Response:
    now = request.app.state.clock()
    user = (await viewer(request)).user.id

    def change(db: Session, station: Station, _site: Site, form: FormData) -> str:
        stations.rename(db, station=station, name=text_field(form, "name", 200), now=now,
                        by=user)
        return N_("The computer is renamed.")

    return await _station_change(request, change)


@router.post("/stations/out-of-order")
async def station_out_of_order(request: Request) -> Response:
    now = request.app.state.clock()
    user = (await viewer(request)).user.id

    def change(db: Session, station: Station, _site: Site, form: FormData) -> str:
        broken = form.get("state") == "out"
        stations.set_out_of_order(db, station=station, out_of_order=broken, now=now, by=user)
        return N_("The computer is out of order: no code opens a session on it.") if broken \
            else N_("The computer is back in service.")

    return await _station_change(request, change)


@router.post("/stations/move")
async def move_station(request: Request) -> Response:
    who = await changer(request)
    now = request.app.state.clock()
    destinations = {site.slug: site.id for site in who.sites}

    def change(db: Session, station: Station, _site: Site, form: FormData) -> str:
        target = destinations.get(str(form.get("to", "")))
        if target is None:
            raise StoreError("station-unknown")
        stations.move(db, station=station, site=db.get_one(Site, target), now=now,
                      by=who.user.id)
        return N_("The computer now belongs to the other place.")

    return await _station_change(request, change)


@router.post("/stations/revoke")
async def revoke_station(request: Request) -> Response:
    who = await changer(request)
    now = request.app.state.clock()
    if (await request.form()).get("confirm") != "yes":
        # First the question, with what it means; the form of the question confirms.
        form = await checked_form(request)
        site = site_of(who, str(form.get("site", "")))
        station_id = int_of(str(form.get("station", "")))

        def find(db: Session) -> Station | None:
            station = db.get(Station, station_id) if station_id else None
            return station if station and station.site_id == site.id else None

        found = await work_of(request).read(find)
        if found is None:
            raise Refused(404, STATION_ERRORS["station-unknown"])
        return await _stations_page(request, who, site, confirm=found)

    def change(db: Session, station: Station, _site: Site, _form: FormData) -> str:
        stations.revoke(db, station=station, now=now, by=who.user.id)
        return N_("The computer is removed: its token no longer works. Enrolling it again "
                  "gives it a new one.")

    return await _station_change(request, change)
