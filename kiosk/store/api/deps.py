"""Dependencies of the routes: the database work, the clock, who is calling.

Every dependency is a coroutine: like the routes, it runs on the event loop thread, and what
it needs of the database goes through DatabaseWork.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session

from kiosk.store.config import StoreSettings
from kiosk.store.dbwork import DatabaseWork
from kiosk.store.directory import StationDirectory
from kiosk.store.errors import StoreError
from kiosk.store.models import Site, StaffUser
from kiosk.store.security import STATION_TOKEN_PREFIX, token_digest
from kiosk.store.services.common import site_by_slug
from kiosk.store.services.staff import user_for_token
from kiosk.store.services.stations import KnownStation, StationIdentity


async def get_work(request: Request) -> DatabaseWork:
    work: DatabaseWork = request.app.state.work
    return work


async def get_directory(request: Request) -> StationDirectory:
    directory: StationDirectory = request.app.state.directory
    return directory


async def get_now(request: Request) -> datetime:
    clock: Callable[[], datetime] = request.app.state.clock
    return clock()


async def get_settings(request: Request) -> StoreSettings:
    settings: StoreSettings = request.app.state.settings
    return settings


WorkDep = Annotated[DatabaseWork, Depends(get_work)]
DirectoryDep = Annotated[StationDirectory, Depends(get_directory)]
NowDep = Annotated[datetime, Depends(get_now)]
SettingsDep = Annotated[StoreSettings, Depends(get_settings)]


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise StoreError("unauthenticated")
    return token.strip()


async def station_of_request(request: Request, directory: StationDirectory) -> KnownStation:
    """The calling station, from memory. A token that does not even look like a station's
    (a staff one, say) is refused before any look-up."""
    token = bearer_token(request)
    if not token.startswith(STATION_TOKEN_PREFIX):
        raise StoreError("unauthenticated")
    station = await directory.station(token_digest(token))
    if station is None:
        raise StoreError("unauthenticated")
    return station


async def current_station(request: Request, directory: DirectoryDep) -> StationIdentity:
    return (await station_of_request(request, directory)).identity()


async def current_staff(request: Request, work: WorkDep, now: NowDep) -> StaffUser:
    token = bearer_token(request)
    user = await work.read(lambda db: user_for_token(db, token=token, now=now))
    if user is None:
        raise StoreError("unauthenticated")
    return user


StationDep = Annotated[StationIdentity, Depends(current_station)]
StaffDep = Annotated[StaffUser, Depends(current_staff)]


def require(*roles: str) -> Callable[[StaffUser], Awaitable[StaffUser]]:
    async def check(user: StaffDep) -> StaffUser:
        if user.role not in roles:
            raise StoreError("forbidden")
        return user
    return check


Secretariat = Annotated[StaffUser, Depends(require("secretariat", "admin"))]
AnyStaff = Annotated[StaffUser, Depends(require("secretariat", "coordinator", "admin"))]
Admin = Annotated[StaffUser, Depends(require("admin"))]


def scoped_site(user: StaffUser, db: Session, slug: str | None) -> Site:
    """The site a staff request is about: theirs, or the one named when they may see several."""
    if user.site_id is not None:
        site = db.get_one(Site, user.site_id)
        if slug is not None and slug != site.slug:
            raise StoreError("forbidden-site")
        return site
    if slug is None:
        raise StoreError("site-required")
    return site_by_slug(db, slug)


SiteQuery = Annotated[str | None, Query(alias="site", max_length=64,
                                        description="the site, for accounts of several sites")]
