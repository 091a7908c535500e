"""Dependencies of the routes: the database session, the clock, who is calling."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session

from kiosk.store.config import StoreSettings
from kiosk.store.errors import StoreError
from kiosk.store.models import Site, StaffUser
from kiosk.store.security import STATION_TOKEN_PREFIX
from kiosk.store.services.common import site_by_slug
from kiosk.store.services.staff import user_for_token
from kiosk.store.services.stations import StationIdentity, station_for_token


async def get_db(request: Request) -> AsyncIterator[Session]:
    """A session per request; routes commit what they change, anything else is rolled back."""
    with request.app.state.sessionmaker() as db:
        yield db


# Every dependency is a coroutine: like the routes, it runs on the event loop thread.


async def get_now(request: Request) -> datetime:
    clock: Callable[[], datetime] = request.app.state.clock
    return clock()


async def get_settings(request: Request) -> StoreSettings:
    settings: StoreSettings = request.app.state.settings
    return settings


SessionDep = Annotated[Session, Depends(get_db)]
NowDep = Annotated[datetime, Depends(get_now)]
SettingsDep = Annotated[StoreSettings, Depends(get_settings)]


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise StoreError("unauthenticated")
    return token.strip()


async def station_bearer(request: Request) -> str:
    """A station's token, checked for its form only: it must not even look like a staff one."""
    token = bearer_token(request)
    if not token.startswith(STATION_TOKEN_PREFIX):
        raise StoreError("unauthenticated")
    return token


StationToken = Annotated[str, Depends(station_bearer)]


async def current_station(request: Request, db: SessionDep) -> StationIdentity:
    station = station_for_token(db, token=bearer_token(request))
    if station is None:
        raise StoreError("unauthenticated")
    return station


async def current_staff(request: Request, db: SessionDep, now: NowDep) -> StaffUser:
    user = user_for_token(db, token=bearer_token(request), now=now)
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
