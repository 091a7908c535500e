"""Guests asking the reception for help or for more time, and the reception's answers.

A request names the station and what is needed, never anything the guest wrote. It stays on
the desk's board until answered (or for `OPEN_MINUTES`); a station asking again meanwhile
does not make a second one. The answer reaches the station as a command at its next
heartbeat; "granted" also gives the session its minutes at the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.store.errors import StoreError
from kiosk.store.models import HelpRequest, Site, Station
from kiosk.store.services import usage
from kiosk.store.services.common import audit
from kiosk.store.services.sessions import extend_running_session
from kiosk.store.services.stations import StationIdentity, send_command

NEEDS = ("help", "more_time")
ANSWERS = ("coming", "granted", "refused")
OPEN_MINUTES = 30


@dataclass(frozen=True)
class OpenRequest:
    id: int
    station_id: int
    station: str
    need: str
    asked_at: datetime


def _open_since(now: datetime) -> datetime:
    return now - timedelta(minutes=OPEN_MINUTES)


def ask(db: Session, *, station: StationIdentity, need: str, now: datetime) -> HelpRequest:
    if need not in NEEDS:
        raise ValueError(f"unknown need {need!r}")
    waiting = db.scalar(select(HelpRequest).where(
        HelpRequest.station_id == station.id, HelpRequest.need == need,
        HelpRequest.answered_at.is_(None), HelpRequest.asked_at >= _open_since(now)))
    if waiting is not None:
        return waiting
    request = HelpRequest(site_id=station.site_id, station_id=station.id, need=need,
                          asked_at=now)
    db.add(request)
    db.flush()
    usage.counted(db, site_id=station.site_id, at=now, type_=usage.HELP_REQUEST, key=need)
    return request


def open_requests(db: Session, *, site_id: int, now: datetime) -> list[OpenRequest]:
    rows = db.execute(
        select(HelpRequest, Station.name).join(Station, Station.id == HelpRequest.station_id)
        .where(HelpRequest.site_id == site_id, HelpRequest.answered_at.is_(None),
               HelpRequest.asked_at >= _open_since(now))
        .order_by(HelpRequest.asked_at)).all()
    return [OpenRequest(request.id, request.station_id, name, request.need, request.asked_at)
            for request, name in rows]


def answer(db: Session, *, site: Site, request_id: int, answer: str, minutes: int | None,
           now: datetime, by: int | None) -> HelpRequest:
    if answer not in ANSWERS:
        raise ValueError(f"unknown answer {answer!r}")
    request = db.get(HelpRequest, request_id)
    if request is None or request.site_id != site.id:
        raise StoreError("help-request-unknown")
    if request.answered_at is not None:
        raise StoreError("help-request-answered")
    if answer == "granted" and not minutes:
        raise StoreError("invalid-request", errors=[{"field": "minutes", "problem": "missing"}])
    station = db.get_one(Station, request.station_id)
    if answer == "granted" and minutes:
        extend_running_session(db, station_id=station.id, minutes=minutes, now=now, by=by)
        send_command(db, station=station, kind="extend", payload={"minutes": minutes},
                     now=now, by=by)
    payload: dict[str, object] = {"answer": answer, "need": request.need}
    if answer == "granted":
        payload["minutes"] = minutes
    send_command(db, station=station, kind="help_answer", payload=payload, now=now, by=by)
    request.answer, request.answered_at, request.answered_by = answer, now, by
    request.minutes = minutes if answer == "granted" else None
    audit(db, now=now, user_id=by, site_id=site.id, action="help.answer",
          target=station.name, need=request.need, answer=answer)
    return request
