"""The waiting line: when every computer is busy, the reception hands out numbered tickets
instead of codes; a computer that frees up is called for the oldest ticket; the ticket is
then served (its holder gets a code) or gone (counted as a person not received).

The estimated wait of each ticket comes from the board: the n-th ticket waits for the n-th
computer to free up (the ones free now first, then the sessions in use by their end).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.store.errors import StoreError
from kiosk.store.models import Site, Station, Ticket
from kiosk.store.services.common import audit
from kiosk.store.services.events import record_turned_away
from kiosk.store.services.stations import BoardRow

OUTCOMES = ("served", "gone")


@dataclass(frozen=True)
class LineTicket:
    id: int
    number: int
    issued_at: datetime
    state: str
    station_id: int | None
    station: str | None
    called_at: datetime | None
    estimated_minutes: int | None  # waiting tickets only; None when the board cannot say


def _day_start(site: Site, now: datetime) -> datetime:
    zone = ZoneInfo(site.timezone)
    local = now.astimezone(zone)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def take_ticket(db: Session, *, site: Site, now: datetime, by: int | None) -> Ticket:
    since = _day_start(site, now)
    last = db.scalar(select(func.max(Ticket.number)).where(
        Ticket.site_id == site.id, Ticket.issued_at >= since))
    ticket = Ticket(site_id=site.id, number=(last or 0) + 1, issued_at=now, state="waiting")
    db.add(ticket)
    db.flush()
    audit(db, now=now, user_id=by, site_id=site.id, action="ticket.take",
          target=str(ticket.number))
    return ticket


def estimates(waiting: int, board: list[BoardRow], now: datetime) -> list[int | None]:
    """Minutes each of `waiting` tickets should wait, in order, from the board's stations."""
    free = sum(row.state == "free" for row in board)
    ends = sorted(row.ends_at for row in board if row.state == "in_use" and row.ends_at)
    result: list[int | None] = []
    for position in range(waiting):
        if position < free:
            result.append(0)
        elif position - free < len(ends):
            left = ends[position - free] - now
            result.append(max(0, int(left / timedelta(minutes=1) + 0.999)))
        else:
            result.append(None)
    return result


def line(db: Session, *, site: Site, board: list[BoardRow], now: datetime) -> list[LineTicket]:
    """Today's tickets still waiting or called, oldest first, with their estimated waits."""
    rows = db.execute(
        select(Ticket, Station.name).outerjoin(Station, Station.id == Ticket.station_id)
        .where(Ticket.site_id == site.id, Ticket.issued_at >= _day_start(site, now),
               Ticket.state.in_(("waiting", "called")))
        .order_by(Ticket.number)).all()
    # A called ticket already has its computer: the others wait for the rest.
    held = {ticket.station_id for ticket, _ in rows if ticket.state == "called"}
    waits = estimates(sum(ticket.state == "waiting" for ticket, _ in rows),
                      [row for row in board if row.id not in held], now)
    result = []
    position = 0
    for ticket, station in rows:
        wait = None
        if ticket.state == "waiting":
            wait = waits[position]
            position += 1
        result.append(LineTicket(ticket.id, ticket.number, ticket.issued_at, ticket.state,
                                 ticket.station_id, station, ticket.called_at, wait))
    return result


def call(db: Session, *, site: Site, ticket_id: int, station_id: int, now: datetime,
         by: int | None) -> Ticket:
    ticket = db.get(Ticket, ticket_id)
    if ticket is None or ticket.site_id != site.id:
        raise StoreError("ticket-unknown")
    station = db.get(Station, station_id)
    if station is None or station.site_id != site.id or station.revoked:
        raise StoreError("station-unknown")
    if ticket.state != "waiting":
        raise StoreError("ticket-not-waiting")
    ticket.state, ticket.station_id, ticket.called_at = "called", station.id, now
    audit(db, now=now, user_id=by, site_id=site.id, action="ticket.call",
          target=str(ticket.number), station=station.name)
    return ticket


def finish(db: Session, *, site: Site, ticket_id: int, outcome: str, now: datetime,
           by: int | None) -> Ticket:
    """The ticket's holder got a code ("served"), or left or could not be served ("gone",
    counted as a person not received)."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    ticket = db.get(Ticket, ticket_id)
    if ticket is None or ticket.site_id != site.id:
        raise StoreError("ticket-unknown")
    if ticket.state not in ("waiting", "called"):
        raise StoreError("ticket-not-waiting")
    ticket.state, ticket.done_at = outcome, now
    if outcome == "gone":
        record_turned_away(db, site_id=site.id, reason="no_free_station", now=now, by=by)
    audit(db, now=now, user_id=by, site_id=site.id, action=f"ticket.{outcome}",
          target=str(ticket.number))
    return ticket
