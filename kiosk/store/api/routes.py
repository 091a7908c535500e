"""Routes of /api/v1, one small function per action over the services.

Routes are coroutines that call the (synchronous) services directly: each request's database
work is a few short statements, and running it on the event loop avoids a hop to a worker
thread and the contention between threads for the interpreter lock, which together cost
more than the work itself (`kiosk bench store` measures it). One store process therefore
runs one request at a time; several processes behind a load balancer scale out.
"""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.orm import Session

from kiosk.store import schemas
from kiosk.store.api.deps import (
    AnyStaff,
    NowDep,
    Secretariat,
    SessionDep,
    SettingsDep,
    SiteQuery,
    StationDep,
    StationToken,
    scoped_site,
)
from kiosk.store.errors import StoreError
from kiosk.store.models import Code, Site
from kiosk.store.security import verify_password
from kiosk.store.services import codes, events, sessions, staff, stations
from kiosk.store.services.events import IncomingEvent
from kiosk.store.services.stations import SiteView, StationIdentity

router = APIRouter()
CodeState = Literal["issued", "active", "exhausted", "revoked", "expired"]
SessionId = Annotated[str, Path(max_length=36)]
ReservationId = Annotated[str, Path(max_length=36)]
CodeId = Annotated[int, Path(ge=1, le=2**31 - 1)]  # the databases' INTEGER
StationId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _site_out(site: Site | SiteView) -> schemas.SiteOut:
    return schemas.SiteOut(
        slug=site.slug, name=site.name, timezone=site.timezone, opening_hours=site.opening_hours
    )


def _session_out(status: sessions.SessionStatus) -> schemas.SessionOut:
    return schemas.SessionOut(
        session_id=status.session.id,
        seconds_left=status.seconds_left,
        valid_until=status.valid_until,
        print_left=status.print_left,
        scan_left=status.scan_left,
        ended=status.ended,
    )


def _code_out(code: Code, now: datetime) -> schemas.CodeOut:
    return schemas.CodeOut(**codes.code_summary(code, now))


# -- staff ------------------------------------------------------------------------------------


@router.post("/auth/login", tags=["staff"])
async def login(
    body: schemas.LoginIn, request: Request, db: SessionDep, now: NowDep, settings: SettingsDep
) -> schemas.LoginOut:
    client = request.client.host if request.client else "unknown"
    user = staff.begin_login(db, settings=settings, login=body.login, client=client, now=now)
    # Argon2 takes a tenth of a second on purpose: off the event loop, outside any transaction.
    password_ok = await run_in_threadpool(
        verify_password, body.password, user.password_hash if user else None
    )
    done = staff.finish_login(
        db,
        settings=settings,
        user=user,
        password_ok=password_ok,
        login=body.login,
        client=client,
        now=now,
    )
    site = db.get(Site, done.user.site_id) if done.user.site_id else None
    db.commit()
    return schemas.LoginOut(
        token=done.token,
        expires_at=done.expires_at,
        role=done.user.role,
        site=site.slug if site else None,
    )


@router.post("/auth/logout", tags=["staff"], status_code=204)
async def logout(request: Request, user: AnyStaff, db: SessionDep) -> None:
    staff.logout(db, token=request.headers["authorization"].partition(" ")[2].strip())
    db.commit()


# -- stations ---------------------------------------------------------------------------------


@router.post("/stations/enrol", tags=["stations"])
async def enrol(body: schemas.EnrolIn, db: SessionDep, now: NowDep) -> schemas.EnrolOut:
    station, token = stations.enrol(db, token=body.token, now=now)
    site = db.get_one(Site, station.site_id)
    db.commit()
    return schemas.EnrolOut(
        station_id=station.id, station_name=station.name, station_token=token, site=_site_out(site)
    )


@router.post("/stations/heartbeat", tags=["stations"])
async def heartbeat(
    token: StationToken,
    body: schemas.HeartbeatIn,
    request: Request,
    now: NowDep,
    settings: SettingsDep,
) -> schemas.HeartbeatOut:
    # The hot path of the store: authenticated by its own update (see stations.heartbeat)
    # and with its session opened here, which spares two dependency resolutions a request.
    with request.app.state.sessionmaker() as db:
        reply = stations.heartbeat(
            db,
            settings=settings,
            token=token,
            now=now,
            health=body.health.model_dump(),
            session_id=str(body.session_id) if body.session_id else None,
            outbox_backlog=body.outbox_backlog,
            policy_version=body.policy_version,
            codes_revision=body.codes_revision,
        )
        if reply is None:
            raise StoreError("unauthenticated")
        db.commit()
    return schemas.HeartbeatOut(
        server_time=reply.server_time,
        commands=[schemas.CommandOut(**c) for c in reply.commands],
        site=_site_out(reply.site),
        codes=schemas.OfflineCodes(**reply.codes) if reply.codes else None,
    )


# -- sessions ---------------------------------------------------------------------------------


@router.post("/sessions", tags=["sessions"], status_code=201)
async def open_session(
    body: schemas.OpenSessionIn,
    station: StationDep,
    db: SessionDep,
    now: NowDep,
    settings: SettingsDep,
) -> schemas.SessionOut:
    status = sessions.open_session(
        db, settings=settings, station=station, typed_code=body.code, now=now
    )
    db.commit()
    return _session_out(status)


@router.post("/sessions/offline", tags=["sessions"])
async def offline_session(
    body: schemas.OfflineSessionIn, station: StationDep, db: SessionDep, now: NowDep
) -> schemas.OfflineSessionOut:
    """A station reports a session it opened while the store was away."""
    recorded, seconds_left = sessions.record_offline_session(
        db,
        station=station,
        session_id=str(body.id),
        code_id=body.code_id,
        started_at=body.started_at,
        ended_at=body.ended_at,
        used_seconds=body.used_seconds,
        reason=body.reason,
        print_pages=body.print_pages,
        scan_pages=body.scan_pages,
        now=now,
    )
    db.commit()
    return schemas.OfflineSessionOut(recorded=recorded, seconds_left=seconds_left)


@router.post("/sessions/{session_id}/tick", tags=["sessions"])
async def tick(
    session_id: SessionId, body: schemas.TickIn, station: StationDep, db: SessionDep, now: NowDep
) -> schemas.SessionOut:
    session = sessions.session_of_station(db, station=station, session_id=session_id)
    status = sessions.tick(db, session=session, used_seconds=body.used_seconds, now=now)
    db.commit()
    return _session_out(status)


@router.post("/sessions/{session_id}/close", tags=["sessions"])
async def close(
    session_id: SessionId, body: schemas.CloseIn, station: StationDep, db: SessionDep, now: NowDep
) -> schemas.SessionOut:
    session = sessions.session_of_station(db, station=station, session_id=session_id)
    status = sessions.close(
        db, session=session, used_seconds=body.used_seconds, reason=body.reason, now=now
    )
    db.commit()
    return _session_out(status)


@router.post("/sessions/{session_id}/pages", tags=["sessions"], status_code=201)
async def reserve_pages(
    session_id: SessionId, body: schemas.ReserveIn, station: StationDep, db: SessionDep, now: NowDep
) -> schemas.ReservationOut:
    session = sessions.session_of_station(db, station=station, session_id=session_id)
    reservation, status = sessions.reserve_pages(
        db, session=session, kind=body.kind, pages=body.pages, now=now
    )
    db.commit()
    return schemas.ReservationOut(reservation_id=reservation.id, session=_session_out(status))


@router.post("/sessions/{session_id}/pages/{reservation_id}/commit", tags=["sessions"])
async def commit_pages(
    session_id: SessionId, reservation_id: ReservationId, station: StationDep, db: SessionDep
) -> schemas.SessionOut:
    return _settle(session_id, reservation_id, station, db, "committed")


@router.post("/sessions/{session_id}/pages/{reservation_id}/refund", tags=["sessions"])
async def refund_pages(
    session_id: SessionId, reservation_id: ReservationId, station: StationDep, db: SessionDep
) -> schemas.SessionOut:
    return _settle(session_id, reservation_id, station, db, "refunded")


def _settle(
    session_id: str, reservation_id: str, station: StationIdentity, db: Session, outcome: str
) -> schemas.SessionOut:
    session = sessions.session_of_station(db, station=station, session_id=session_id)
    status = sessions.settle_pages(
        db, session=session, reservation_id=reservation_id, outcome=outcome
    )
    db.commit()
    return _session_out(status)


# -- events -----------------------------------------------------------------------------------


@router.post("/events", tags=["events"])
async def ingest(
    body: schemas.EventsIn, station: StationDep, db: SessionDep, now: NowDep
) -> schemas.EventsOut:
    batch = [
        IncomingEvent(str(e.id), e.type, e.occurred_at, e.data.model_dump(mode="json"))
        for e in body.events
    ]
    accepted, duplicates = events.ingest(db, station=station, events=batch, now=now)
    db.commit()
    return schemas.EventsOut(accepted=accepted, duplicates=duplicates)


# -- codes ------------------------------------------------------------------------------------


@router.post("/codes", tags=["codes"], status_code=201)
async def issue_codes(
    body: schemas.IssueCodesIn,
    user: Secretariat,
    db: SessionDep,
    now: NowDep,
    settings: SettingsDep,
    site: SiteQuery = None,
) -> list[schemas.IssuedCodeOut]:
    place = scoped_site(user, db, site)
    if body.valid_until is not None and body.valid_until <= now:
        raise StoreError(
            "invalid-request", errors=[{"field": "valid_until", "problem": "in_the_past"}]
        )
    # Hashing codes is slow on purpose: done in a worker thread, with no transaction open
    # (an open SQLite transaction would hold every other request while this one waits).
    db.commit()
    made = await run_in_threadpool(
        functools.partial(codes.make_codes, settings=settings, site=place, count=body.count)
    )
    issued = codes.issue_codes(
        db,
        site=place,
        new_codes=made,
        minutes=body.minutes,
        print_quota=body.print_quota,
        scan_quota=body.scan_quota,
        valid_until=body.valid_until,
        now=now,
        by=user.id,
    )
    db.commit()
    return [schemas.IssuedCodeOut(code=i.code, details=_code_out(i.row, now)) for i in issued]


@router.get("/codes", tags=["codes"])
async def list_codes(
    user: AnyStaff,
    db: SessionDep,
    now: NowDep,
    site: SiteQuery = None,
    state: Annotated[CodeState | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> list[schemas.CodeOut]:
    place = scoped_site(user, db, site)
    return [
        _code_out(c, now)
        for c in codes.list_codes(db, site=place, now=now, state=state, limit=limit)
    ]


@router.get("/codes/{code_id}", tags=["codes"])
async def show_code(
    code_id: CodeId, user: AnyStaff, db: SessionDep, now: NowDep, site: SiteQuery = None
) -> schemas.CodeOut:
    place = scoped_site(user, db, site)
    return _code_out(codes.code_of_site(db, site=place, code_id=code_id), now)


@router.post("/codes/lookup", tags=["codes"])
async def lookup_code(
    body: schemas.LookupIn,
    user: Secretariat,
    db: SessionDep,
    now: NowDep,
    settings: SettingsDep,
    site: SiteQuery = None,
) -> schemas.CodeOut:
    """What a code typed from a slip has left (the plain code is never stored)."""
    place = scoped_site(user, db, site)
    code = codes.find_code(db, settings=settings, site=place, typed=body.code)
    if code is None:
        raise StoreError("code-unknown")
    return _code_out(code, now)


@router.post("/codes/{code_id}/revoke", tags=["codes"])
async def revoke_code(
    code_id: CodeId, user: Secretariat, db: SessionDep, now: NowDep, site: SiteQuery = None
) -> schemas.CodeOut:
    place = scoped_site(user, db, site)
    code = codes.code_of_site(db, site=place, code_id=code_id)
    codes.revoke_code(db, code=code, now=now, by=user.id)
    db.commit()
    return _code_out(code, now)


@router.post("/codes/{code_id}/extend", tags=["codes"])
async def extend_code(
    code_id: CodeId,
    body: schemas.ExtendIn,
    user: Secretariat,
    db: SessionDep,
    now: NowDep,
    site: SiteQuery = None,
) -> schemas.CodeOut:
    place = scoped_site(user, db, site)
    code = codes.code_of_site(db, site=place, code_id=code_id)
    codes.extend_code(
        db, code=code, minutes=body.minutes, valid_until=body.valid_until, now=now, by=user.id
    )
    db.commit()
    return _code_out(code, now)


# -- board and commands -----------------------------------------------------------------------


@router.get("/board", tags=["board"])
async def board(
    user: AnyStaff, db: SessionDep, now: NowDep, settings: SettingsDep, site: SiteQuery = None
) -> schemas.BoardOut:
    place = scoped_site(user, db, site)
    rows, next_free = stations.board(db, settings=settings, site=place, now=now)
    return schemas.BoardOut(
        stations=[schemas.BoardStation(**row.__dict__) for row in rows],
        free=sum(row.state == "free" for row in rows),
        next_free_at=next_free,
    )


@router.post("/stations/{station_id}/commands", tags=["board"], status_code=201)
async def command(
    station_id: StationId,
    body: schemas.CommandIn,
    user: Secretariat,
    db: SessionDep,
    now: NowDep,
    site: SiteQuery = None,
) -> schemas.CommandCreated:
    place = scoped_site(user, db, site)
    station = stations.station_of_site(db, site=place, station_id=station_id)
    payload: dict[str, Any] = {}
    if body.kind == "extend":
        if body.minutes is None:
            raise StoreError("invalid-request", errors=[{"field": "minutes", "problem": "missing"}])
        payload["minutes"] = body.minutes
        sessions.extend_running_session(
            db, station_id=station.id, minutes=body.minutes, now=now, by=user.id
        )
    elif body.kind == "message":
        if body.text is None:
            raise StoreError("invalid-request", errors=[{"field": "text", "problem": "missing"}])
        payload["text"] = body.text
    created = stations.send_command(
        db, station=station, kind=body.kind, payload=payload, now=now, by=user.id
    )
    db.commit()
    return schemas.CommandCreated(id=created.id, kind=created.kind)


# -- turned away ------------------------------------------------------------------------------


@router.post("/turned-away", tags=["turned away"], status_code=201)
async def turned_away(
    body: schemas.TurnedAwayIn,
    user: Secretariat,
    db: SessionDep,
    now: NowDep,
    site: SiteQuery = None,
) -> schemas.TurnedAwayOut:
    place = scoped_site(user, db, site)
    record = events.record_turned_away(
        db, site_id=place.id, reason=body.reason, now=now, by=user.id
    )
    db.commit()
    return schemas.TurnedAwayOut(id=record.id, at=record.at)


@router.get("/turned-away", tags=["turned away"])
async def turned_away_days(
    user: AnyStaff,
    db: SessionDep,
    now: NowDep,
    site: SiteQuery = None,
    days: Annotated[int, Query(ge=1, le=400)] = 30,
) -> list[schemas.TurnedAwayDay]:
    place = scoped_site(user, db, site)
    rows = events.turned_away_per_day(db, site_id=place.id, since=now - timedelta(days=days))
    return [schemas.TurnedAwayDay(day=day, count=count) for day, count in rows]
