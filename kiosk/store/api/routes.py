"""Routes of /api/v1, one small function per action over the services.

Routes are coroutines on the event loop; what they need of the database runs as one short
unit of work through DatabaseWork (`work.write(...)`, `work.read(...)`), off the loop and with
a bounded wait, so that a busy database never freezes the store. The heartbeat, the request
every station sends every few seconds, is answered from the StationDirectory in memory.
"""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import TypeAdapter, ValidationError
from sqlalchemy.orm import Session

from kiosk.store import schemas
from kiosk.store.api.deps import (
    AnyStaff,
    DirectoryDep,
    NowDep,
    Secretariat,
    SettingsDep,
    SiteQuery,
    StationDep,
    WorkDep,
    scoped_site,
    station_of_request,
)
from kiosk.store.api.openapi import for_staff, for_stations
from kiosk.store.api.problems import wrong_fields
from kiosk.store.directory import StationDirectory
from kiosk.store.errors import CATALOG, StoreError
from kiosk.store.models import Code, Site, Ticket
from kiosk.store.security import verify_password
from kiosk.store.services import (
    codes,
    events,
    help_requests,
    policies,
    sessions,
    sites,
    staff,
    stations,
    waiting_line,
)
from kiosk.store.services.common import audit
from kiosk.store.services.events import IncomingEvent
from kiosk.store.services.stations import Report, SiteView, StationIdentity

router = APIRouter()
CodeState = Literal["issued", "active", "exhausted", "revoked", "expired"]
SessionId = Annotated[str, Path(max_length=36)]
ReservationId = Annotated[str, Path(max_length=36)]
CodeId = Annotated[int, Path(ge=1, le=2**31 - 1)]  # the databases' INTEGER
StationId = Annotated[int, Path(ge=1, le=2**31 - 1)]
RequestId = Annotated[int, Path(ge=1, le=2**31 - 1)]
TicketId = Annotated[int, Path(ge=1, le=2**31 - 1)]
EVENT = TypeAdapter(schemas.EventIn)


def _site_out(site: SiteView) -> schemas.SiteOut:
    return schemas.SiteOut(slug=site.slug, name=site.name, timezone=site.timezone,
                           opening_hours=site.opening_hours,
                           satisfaction_question=site.satisfaction_question,
                           policy_version=site.policy_version, help_button=site.help_button)


def _ticket_out(ticket: Ticket) -> schemas.TicketOut:
    return schemas.TicketOut(id=ticket.id, number=ticket.number, issued_at=ticket.issued_at,
                             state=ticket.state, station_id=ticket.station_id,
                             called_at=ticket.called_at)


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


# -- the heartbeat, first: the most frequent request is the first route tried -----------------


@router.post("/stations/heartbeat", tags=["stations"], response_model=schemas.HeartbeatOut,
             **for_stations(**schemas.request_body("HeartbeatIn")))
async def heartbeat(request: Request) -> Response:
    """A station says it is alive and what it runs; the reply carries staff commands, the
    site's details and, when they changed, the codes it may open offline."""
    # The hot path of the store, every station every few seconds: answered from memory
    # unless there is something new; no dependency to resolve, the body read by the model
    # straight from its JSON and the reply written straight to JSON (the framework's
    # handling of each costs as much again as the work; `kiosk bench store` measures it).
    state = request.app.state
    directory: StationDirectory = state.directory
    now: datetime = state.clock()
    station = await station_of_request(request, directory)
    try:
        body = schemas.HeartbeatIn.model_validate_json(await request.body())
    except ValidationError as error:
        raise StoreError("invalid-request",
                         errors=wrong_fields(error.errors(), within=("body",))) from None
    health = body.health.model_dump()
    if body.policy_refused:
        health["policy_refused"] = body.policy_refused
    directory.report(station.id, Report(
        at=now, health=health,
        session_id=str(body.session_id) if body.session_id else None,
        outbox_backlog=body.outbox_backlog, refused_events=body.refused_events,
        policy_version=body.policy_version))
    site = await directory.site(station.site_id)
    commands = await directory.commands(station, now)
    offline = (await directory.offline_codes(site, now)
               if body.codes_revision != site.codes_revision else None)
    # Built from values the store made itself: no validation to run again.
    reply = schemas.HeartbeatOut.model_construct(
        server_time=now,
        commands=[schemas.CommandOut(**c) for c in commands],
        site=schemas.SiteOut.model_construct(**site.view.__dict__),
        codes=schemas.OfflineCodes(**offline) if offline else None,
    )
    return Response(reply.model_dump_json(), media_type="application/json")


@router.get("/stations/policy", tags=["stations"], **for_stations())
async def station_policy(station: StationDep, work: WorkDep) -> schemas.StationPolicyOut:
    """The whitelist policy published for the station's site: the station checks its digest
    against the one its heartbeat gave, validates it, and runs it from its next session."""
    def read(db: Session) -> schemas.StationPolicyOut:
        kept = policies.published(db, site_id=station.site_id)
        if kept is None:
            raise StoreError("policy-none")
        return schemas.StationPolicyOut(version=kept.version, digest=kept.digest,
                                        text=kept.text)

    return await work.read(read)


# -- staff ------------------------------------------------------------------------------------


@router.post("/auth/login", tags=["staff"])
async def login(
    body: schemas.LoginIn, request: Request, work: WorkDep, now: NowDep, settings: SettingsDep
) -> schemas.LoginOut:
    client = request.client.host if request.client else "unknown"
    user = await work.write(lambda db: staff.begin_login(
        db, settings=settings, login=body.login, client=client, now=now))
    # Argon2 takes a tenth of a second on purpose: off the event loop, outside any transaction.
    password_ok = await run_in_threadpool(
        verify_password, body.password, user.password_hash if user else None
    )

    def finish(db: Session) -> schemas.LoginOut:
        done = staff.finish_login(db, settings=settings, user=user, password_ok=password_ok,
                                  login=body.login, client=client, now=now)
        site = db.get(Site, done.user.site_id) if done.user.site_id else None
        db.commit()
        return schemas.LoginOut(token=done.token, expires_at=done.expires_at,
                                role=done.user.role, site=site.slug if site else None,
                                site_name=site.name if site else None,
                                desk=schemas.DeskSettingsOut(**sites.desk_settings(site))
                                if site else None)

    return await work.write(finish)


@router.post("/auth/logout", tags=["staff"], status_code=204, **for_staff())
async def logout(request: Request, user: AnyStaff, work: WorkDep) -> None:
    token = request.headers["authorization"].partition(" ")[2].strip()

    def end(db: Session) -> None:
        staff.logout(db, token=token)
        db.commit()

    await work.write(end)


# -- stations ---------------------------------------------------------------------------------


@router.post("/stations/enrol", tags=["stations"])
async def enrol(body: schemas.EnrolIn, work: WorkDep, directory: DirectoryDep,
                now: NowDep) -> schemas.EnrolOut:
    def trade(db: Session) -> tuple[int, str, str, int]:
        station, token = stations.enrol(db, token=body.token, now=now)
        db.commit()
        return station.id, station.name, token, station.site_id

    station_id, name, token, site_id = await work.write(trade)
    directory.station_changed(station_id)
    site = await directory.site(site_id)
    return schemas.EnrolOut(station_id=station_id, station_name=name, station_token=token,
                            site=_site_out(site.view))


# -- sessions ---------------------------------------------------------------------------------


@router.post("/sessions", tags=["sessions"], status_code=201, **for_stations())
async def open_session(
    body: schemas.OpenSessionIn,
    station: StationDep,
    work: WorkDep,
    now: NowDep,
    settings: SettingsDep,
) -> schemas.SessionOut:
    def open_(db: Session) -> schemas.SessionOut:
        status = sessions.open_session(db, settings=settings, station=station,
                                       typed_code=body.code, now=now)
        db.commit()
        return _session_out(status)

    return await work.write(open_)


@router.post("/sessions/offline", tags=["sessions"], **for_stations())
async def offline_session(
    body: schemas.OfflineSessionIn, station: StationDep, work: WorkDep, now: NowDep
) -> schemas.OfflineSessionOut:
    """A station reports a session it opened while the store was away."""
    def record(db: Session) -> schemas.OfflineSessionOut:
        recorded, seconds_left = sessions.record_offline_session(
            db, station=station, session_id=str(body.id), code_id=body.code_id,
            started_at=body.started_at, ended_at=body.ended_at, used_seconds=body.used_seconds,
            reason=body.reason, print_pages=body.print_pages, scan_pages=body.scan_pages,
            now=now)
        db.commit()
        return schemas.OfflineSessionOut(recorded=recorded, seconds_left=seconds_left)

    return await work.write(record)


@router.post("/sessions/{session_id}/tick", tags=["sessions"], **for_stations())
async def tick(
    session_id: SessionId, body: schemas.TickIn, station: StationDep, work: WorkDep,
    now: NowDep
) -> schemas.SessionOut:
    def count(db: Session) -> schemas.SessionOut:
        session = sessions.session_of_station(db, station=station, session_id=session_id)
        status = sessions.tick(db, session=session, used_seconds=body.used_seconds, now=now)
        db.commit()
        return _session_out(status)

    return await work.write(count)


@router.post("/sessions/{session_id}/close", tags=["sessions"], **for_stations())
async def close(
    session_id: SessionId, body: schemas.CloseIn, station: StationDep, work: WorkDep,
    now: NowDep
) -> schemas.SessionOut:
    def end(db: Session) -> schemas.SessionOut:
        session = sessions.session_of_station(db, station=station, session_id=session_id)
        status = sessions.close(db, session=session, used_seconds=body.used_seconds,
                                reason=body.reason, now=now)
        db.commit()
        return _session_out(status)

    return await work.write(end)


@router.post("/sessions/{session_id}/pages", tags=["sessions"], status_code=201, **for_stations())
async def reserve_pages(
    session_id: SessionId, body: schemas.ReserveIn, station: StationDep, work: WorkDep,
    now: NowDep
) -> schemas.ReservationOut:
    def reserve(db: Session) -> schemas.ReservationOut:
        session = sessions.session_of_station(db, station=station, session_id=session_id)
        reservation, status = sessions.reserve_pages(db, session=session, kind=body.kind,
                                                     pages=body.pages, now=now)
        db.commit()
        return schemas.ReservationOut(reservation_id=reservation.id,
                                      session=_session_out(status))

    return await work.write(reserve)


@router.post("/sessions/{session_id}/pages/{reservation_id}/commit", tags=["sessions"],
             **for_stations())
async def commit_pages(
    session_id: SessionId, reservation_id: ReservationId, station: StationDep, work: WorkDep
) -> schemas.SessionOut:
    return await work.write(functools.partial(
        _settle, session_id, reservation_id, station, "committed"))


@router.post("/sessions/{session_id}/pages/{reservation_id}/refund", tags=["sessions"],
             **for_stations())
async def refund_pages(
    session_id: SessionId, reservation_id: ReservationId, station: StationDep, work: WorkDep
) -> schemas.SessionOut:
    return await work.write(functools.partial(
        _settle, session_id, reservation_id, station, "refunded"))


def _settle(session_id: str, reservation_id: str, station: StationIdentity, outcome: str,
            db: Session) -> schemas.SessionOut:
    session = sessions.session_of_station(db, station=station, session_id=session_id)
    status = sessions.settle_pages(
        db, session=session, reservation_id=reservation_id, outcome=outcome
    )
    db.commit()
    return _session_out(status)


# -- events -----------------------------------------------------------------------------------


def _checked_events(raw: list[dict[str, Any]]
                    ) -> tuple[list[IncomingEvent], list[schemas.RefusedEvent]]:
    """Each event validated alone: one the store cannot take is refused, not the batch."""
    good: list[IncomingEvent] = []
    refused: list[schemas.RefusedEvent] = []
    status, detail = CATALOG["invalid-event"]
    for index, item in enumerate(raw):
        try:
            event = EVENT.validate_python(item)
        except ValidationError as error:
            event_id = item.get("id")
            refused.append(schemas.RefusedEvent(
                index=index, id=event_id[:36] if isinstance(event_id, str) else None,
                status=status, code="invalid-event", detail=detail,
                errors=wrong_fields(error.errors())))
            continue
        good.append(IncomingEvent(str(event.id), event.type, event.occurred_at,
                                  event.data.model_dump(mode="json")))
    return good, refused


@router.post("/events", tags=["events"], **for_stations())
async def ingest(
    body: schemas.EventsIn, station: StationDep, work: WorkDep, now: NowDep
) -> schemas.EventsOut:
    batch, refused = _checked_events(body.events)

    def store(db: Session) -> tuple[int, int]:
        counts = events.ingest(db, station=station, events=batch, now=now)
        db.commit()
        return counts

    accepted, duplicates = await work.write(store) if batch else (0, 0)
    return schemas.EventsOut(accepted=accepted, duplicates=duplicates, refused=refused)


# -- codes ------------------------------------------------------------------------------------


@router.post("/codes", tags=["codes"], status_code=201, **for_staff())
async def issue_codes(
    body: schemas.IssueCodesIn,
    user: Secretariat,
    work: WorkDep,
    directory: DirectoryDep,
    now: NowDep,
    settings: SettingsDep,
    site: SiteQuery = None,
) -> list[schemas.IssuedCodeOut]:
    if body.valid_until is not None and body.valid_until <= now:
        raise StoreError(
            "invalid-request", errors=[{"field": "valid_until", "problem": "in_the_past"}]
        )
    place = await work.read(lambda db: scoped_site(user, db, site))
    # Hashing codes is slow on purpose: done in a worker thread, outside any database work.
    made = await run_in_threadpool(
        functools.partial(codes.make_codes, settings=settings, site=place, count=body.count)
    )

    def issue(db: Session) -> list[schemas.IssuedCodeOut]:
        issued = codes.issue_codes(
            db, site=place, new_codes=made, minutes=body.minutes, print_quota=body.print_quota,
            scan_quota=body.scan_quota, valid_until=body.valid_until, now=now, by=user.id)
        db.commit()
        return [schemas.IssuedCodeOut(code=i.code, details=_code_out(i.row, now))
                for i in issued]

    issued = await work.write(issue)
    directory.site_changed(place.id)
    return issued


@router.get("/codes", tags=["codes"], **for_staff())
async def list_codes(
    user: AnyStaff,
    work: WorkDep,
    now: NowDep,
    site: SiteQuery = None,
    state: Annotated[CodeState | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> list[schemas.CodeOut]:
    def listing(db: Session) -> list[schemas.CodeOut]:
        place = scoped_site(user, db, site)
        return [_code_out(c, now)
                for c in codes.list_codes(db, site=place, now=now, state=state, limit=limit)]

    return await work.read(listing)


@router.get("/codes/{code_id}", tags=["codes"], **for_staff())
async def show_code(
    code_id: CodeId, user: AnyStaff, work: WorkDep, now: NowDep, site: SiteQuery = None
) -> schemas.CodeOut:
    def show(db: Session) -> schemas.CodeOut:
        place = scoped_site(user, db, site)
        return _code_out(codes.code_of_site(db, site=place, code_id=code_id), now)

    return await work.read(show)


@router.post("/codes/lookup", tags=["codes"], **for_staff())
async def lookup_code(
    body: schemas.LookupIn,
    user: Secretariat,
    work: WorkDep,
    now: NowDep,
    settings: SettingsDep,
    site: SiteQuery = None,
) -> schemas.CodeOut:
    """What a code typed from a slip has left (the plain code is never stored)."""
    def look_up(db: Session) -> schemas.CodeOut:
        place = scoped_site(user, db, site)
        code = codes.find_code(db, settings=settings, site=place, typed=body.code)
        if code is None:
            raise StoreError("code-unknown")
        return _code_out(code, now)

    return await work.read(look_up)


@router.post("/codes/{code_id}/revoke", tags=["codes"], **for_staff())
async def revoke_code(
    code_id: CodeId, user: Secretariat, work: WorkDep, directory: DirectoryDep, now: NowDep,
    site: SiteQuery = None
) -> schemas.CodeOut:
    def revoke(db: Session) -> tuple[int, schemas.CodeOut]:
        place = scoped_site(user, db, site)
        code = codes.code_of_site(db, site=place, code_id=code_id)
        codes.revoke_code(db, code=code, now=now, by=user.id)
        db.commit()
        return place.id, _code_out(code, now)

    site_id, answer = await work.write(revoke)
    directory.site_changed(site_id)
    return answer


@router.post("/codes/{code_id}/extend", tags=["codes"], **for_staff())
async def extend_code(
    code_id: CodeId,
    body: schemas.ExtendIn,
    user: Secretariat,
    work: WorkDep,
    directory: DirectoryDep,
    now: NowDep,
    site: SiteQuery = None,
) -> schemas.CodeOut:
    def extend(db: Session) -> tuple[int, schemas.CodeOut]:
        place = scoped_site(user, db, site)
        code = codes.code_of_site(db, site=place, code_id=code_id)
        codes.extend_code(db, code=code, minutes=body.minutes, valid_until=body.valid_until,
                          now=now, by=user.id)
        db.commit()
        return place.id, _code_out(code, now)

    site_id, answer = await work.write(extend)
    directory.site_changed(site_id)
    return answer


# -- board and commands -----------------------------------------------------------------------


@router.get("/board", tags=["board"], **for_staff())
async def board(
    user: AnyStaff, work: WorkDep, directory: DirectoryDep, now: NowDep, settings: SettingsDep,
    site: SiteQuery = None
) -> schemas.BoardOut:
    await directory.flush()  # the heartbeats this process holds, so the board is current

    def read(db: Session) -> schemas.BoardOut:
        place = scoped_site(user, db, site)
        rows, next_free = stations.board(db, settings=settings, site=place, now=now)
        alerts = sessions.code_alerts(db, site_id=place.id, settings=settings, now=now)
        waiting = help_requests.open_requests(db, site_id=place.id, now=now)
        tickets = waiting_line.line(db, site=place, board=rows, now=now)
        return schemas.BoardOut(
            stations=[schemas.BoardStation(**row.__dict__) for row in rows],
            free=sum(row.state == "free" for row in rows),
            next_free_at=next_free,
            alerts=[schemas.BoardAlert(**alert) for alert in alerts],
            requests=[schemas.BoardRequest(**request.__dict__) for request in waiting],
            tickets=[schemas.TicketOut(**ticket.__dict__) for ticket in tickets],
        )

    return await work.read(read)


@router.post("/stations/help", tags=["stations"], status_code=201, **for_stations())
async def ask_help(
    body: schemas.HelpIn, station: StationDep, work: WorkDep, now: NowDep
) -> schemas.HelpOut:
    """The guest pressed "Demander de l'aide" (or "plus de temps"): the desk sees it."""
    def ask(db: Session) -> schemas.HelpOut:
        request = help_requests.ask(db, station=station, need=body.need, now=now)
        db.commit()
        return schemas.HelpOut(id=request.id)

    return await work.write(ask)


@router.post("/help-requests/{request_id}/answer", tags=["board"], **for_staff())
async def answer_help(
    request_id: RequestId,
    body: schemas.HelpAnswerIn,
    user: Secretariat,
    work: WorkDep,
    directory: DirectoryDep,
    now: NowDep,
    site: SiteQuery = None,
) -> schemas.HelpOut:
    def answer(db: Session) -> tuple[int, int, schemas.HelpOut]:
        place = scoped_site(user, db, site)
        request = help_requests.answer(db, site=place, request_id=request_id,
                                       answer=body.answer, minutes=body.minutes, now=now,
                                       by=user.id)
        db.commit()
        return place.id, request.station_id, schemas.HelpOut(id=request.id)

    site_id, station_id, answered = await work.write(answer)
    directory.commands_sent(station_id)
    directory.site_changed(site_id)  # a granted extension changes the code
    return answered


@router.post("/stations/{station_id}/out-of-order", tags=["board"], status_code=204,
             **for_staff())
async def out_of_order(
    station_id: StationId, body: schemas.OutOfOrderIn, user: Secretariat, work: WorkDep,
    directory: DirectoryDep, now: NowDep, site: SiteQuery = None
) -> None:
    """Mark a computer out of order (no code opens a session on it) or back in order."""
    def mark(db: Session) -> None:
        place = scoped_site(user, db, site)
        station = stations.station_of_site(db, site=place, station_id=station_id)
        stations.set_out_of_order(db, station=station, out_of_order=body.out_of_order,
                                  now=now, by=user.id)
        db.commit()

    await work.write(mark)
    directory.station_changed(station_id)  # this process sees it at once, the others within 1 s


@router.post("/stations/{station_id}/commands", tags=["board"], status_code=201, **for_staff())
async def command(
    station_id: StationId,
    body: schemas.CommandIn,
    user: Secretariat,
    work: WorkDep,
    directory: DirectoryDep,
    now: NowDep,
    site: SiteQuery = None,
) -> schemas.CommandCreated:
    payload: dict[str, Any] = {}
    if body.kind == "extend":
        if body.minutes is None:
            raise StoreError("invalid-request", errors=[{"field": "minutes", "problem": "missing"}])
        payload["minutes"] = body.minutes
    elif body.kind == "message":
        if body.text is None:
            raise StoreError("invalid-request", errors=[{"field": "text", "problem": "missing"}])
        payload["text"] = body.text

    def send(db: Session) -> schemas.CommandCreated:
        place = scoped_site(user, db, site)
        station = stations.station_of_site(db, site=place, station_id=station_id)
        if body.kind == "extend":
            sessions.extend_running_session(db, station_id=station.id, minutes=payload["minutes"],
                                            now=now, by=user.id)
        created = stations.send_command(db, station=station, kind=body.kind, payload=payload,
                                        now=now, by=user.id)
        db.commit()
        return schemas.CommandCreated(id=created.id, kind=created.kind)

    created = await work.write(send)
    directory.commands_sent(station_id)
    return created


# -- turned away ------------------------------------------------------------------------------


@router.post("/turned-away", tags=["turned away"], status_code=201, **for_staff())
async def turned_away(
    body: schemas.TurnedAwayIn,
    user: Secretariat,
    work: WorkDep,
    now: NowDep,
    site: SiteQuery = None,
) -> schemas.TurnedAwayOut:
    def record(db: Session) -> schemas.TurnedAwayOut:
        place = scoped_site(user, db, site)
        added = events.record_turned_away(db, site_id=place.id, reason=body.reason, now=now,
                                          by=user.id)
        db.commit()
        return schemas.TurnedAwayOut(id=added.id, at=added.at)

    return await work.write(record)


@router.post("/waiting-line", tags=["waiting line"], status_code=201, **for_staff())
async def take_ticket(
    user: Secretariat, work: WorkDep, directory: DirectoryDep, now: NowDep,
    settings: SettingsDep, site: SiteQuery = None
) -> schemas.TicketOut:
    """Every computer is busy: a numbered ticket, with the wait the board suggests."""
    await directory.flush()  # the heartbeats this process holds: the estimate is current

    def take(db: Session) -> schemas.TicketOut:
        place = scoped_site(user, db, site)
        ticket = waiting_line.take_ticket(db, site=place, now=now, by=user.id)
        db.commit()
        rows, _ = stations.board(db, settings=settings, site=place, now=now)
        listed = next(t for t in waiting_line.line(db, site=place, board=rows, now=now)
                      if t.id == ticket.id)
        return schemas.TicketOut(**listed.__dict__)

    return await work.write(take)


@router.post("/waiting-line/{ticket_id}/call", tags=["waiting line"], **for_staff())
async def call_ticket(
    ticket_id: TicketId, body: schemas.TicketCallIn, user: Secretariat, work: WorkDep,
    now: NowDep, site: SiteQuery = None
) -> schemas.TicketOut:
    """A computer freed up: it is held for this ticket, whose number the screens show."""
    def call(db: Session) -> schemas.TicketOut:
        place = scoped_site(user, db, site)
        ticket = waiting_line.call(db, site=place, ticket_id=ticket_id,
                                   station_id=body.station_id, now=now, by=user.id)
        db.commit()
        return _ticket_out(ticket)

    return await work.write(call)


@router.post("/waiting-line/{ticket_id}/done", tags=["waiting line"], **for_staff())
async def finish_ticket(
    ticket_id: TicketId, body: schemas.TicketDoneIn, user: Secretariat, work: WorkDep,
    now: NowDep, site: SiteQuery = None
) -> schemas.TicketOut:
    """Served (its holder got a code) or gone (counted as a person not received)."""
    def finish(db: Session) -> schemas.TicketOut:
        place = scoped_site(user, db, site)
        ticket = waiting_line.finish(db, site=place, ticket_id=ticket_id,
                                     outcome=body.outcome, now=now, by=user.id)
        db.commit()
        return _ticket_out(ticket)

    return await work.write(finish)


@router.post("/printer-care", tags=["board"], status_code=204, **for_staff())
async def printer_care(
    body: schemas.PrinterCareIn,
    user: Secretariat,
    work: WorkDep,
    now: NowDep,
    site: SiteQuery = None,
) -> None:
    """The desk fixed a printer (it acts on CUPS itself): kept in the audit, with who did it."""
    def record(db: Session) -> None:
        place = scoped_site(user, db, site)
        detail = {"job": body.job} if body.job is not None else {}
        audit(db, now=now, user_id=user.id, site_id=place.id,
              action=f"printer.{body.action}", target=body.queue, **detail)
        db.commit()

    await work.write(record)


@router.get("/turned-away", tags=["turned away"], **for_staff())
async def turned_away_days(
    user: AnyStaff,
    work: WorkDep,
    now: NowDep,
    site: SiteQuery = None,
    days: Annotated[int, Query(ge=1, le=400)] = 30,
) -> list[schemas.TurnedAwayDay]:
    def read(db: Session) -> list[schemas.TurnedAwayDay]:
        place = scoped_site(user, db, site)
        rows = events.turned_away_per_day(db, site_id=place.id,
                                          since=now - timedelta(days=days))
        return [schemas.TurnedAwayDay(day=day, count=count) for day, count in rows]

    return await work.read(read)
