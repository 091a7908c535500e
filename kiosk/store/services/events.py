"""The usage record: idempotent ingest of station events, and retention with daily figures."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.store.models import DailyAggregate, Event, Site, TurnedAway
from kiosk.store.services.common import audit
from kiosk.store.services.stations import StationIdentity


@dataclass(frozen=True)
class IncomingEvent:
    id: str
    type: str
    occurred_at: datetime
    data: dict[str, Any]


def ingest(db: Session, *, station: StationIdentity, events: Iterable[IncomingEvent], now: datetime
           ) -> tuple[int, int]:
    """Store a batch; an event already stored (same UUID) is skipped. Returns (new, duplicate)."""
    rows = [{"id": e.id, "site_id": station.site_id, "station_id": station.id, "type": e.type,
             "occurred_at": e.occurred_at, "received_at": now, "data": e.data}
            for e in events]
    if not rows:
        return 0, 0
    dialect = db.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # One statement for the batch; RETURNING names the rows that were new.
    statement = (insert(Event).values(rows).on_conflict_do_nothing(index_elements=["id"])
                 .returning(Event.id))
    inserted = len(db.execute(statement).all())
    return inserted, len(rows) - inserted


# How each event type folds into daily figures: (key, amount) from its data.
def _fold(event: Event) -> tuple[str, int]:
    data = event.data
    match event.type:
        case "service_used":
            return str(data.get("site_id", "")), 1
        case "print_job":
            outcome = str(data.get("outcome", ""))
            pages = int(data.get("pages", 0)) * int(data.get("copies", 1))
            return outcome, pages if outcome == "completed" else 0
        case "scan":
            return "", int(data.get("pages", 0))
        case "session_end":
            return str(data.get("reason", "")), int(data.get("seconds", 0))
        case "blocked_navigation":
            return str(data.get("host", ""))[:64], 1
        case "code_failure":
            return str(data.get("reason", "")), 1
        case _:
            return "", 1


def purge(db: Session, *, retention_days: int, now: datetime, by: int | None = None
          ) -> tuple[int, int]:
    """Fold raw events older than the retention period into daily figures, then delete them.

    Returns (events folded and deleted, turned-away records folded and deleted). Figures
    are added to what earlier purges folded, so running purge twice counts nothing twice.
    """
    cutoff = now - timedelta(days=retention_days)
    # Days are the sites' local days, as the people writing reports count them.
    zones = {site.id: ZoneInfo(site.timezone) for site in db.scalars(select(Site))}
    totals: dict[tuple[int, date, str, str], list[int]] = defaultdict(lambda: [0, 0])
    old_events = list(db.scalars(select(Event).where(Event.occurred_at < cutoff)))
    for event in old_events:
        key, amount = _fold(event)
        bucket = totals[(event.site_id, event.occurred_at.astimezone(zones[event.site_id]).date(),
                         event.type, key)]
        bucket[0] += 1
        bucket[1] += amount
    old_turned = list(db.scalars(select(TurnedAway).where(TurnedAway.at < cutoff)))
    for record in old_turned:
        bucket = totals[(record.site_id, record.at.astimezone(zones[record.site_id]).date(),
                         "turned_away", record.reason)]
        bucket[0] += 1
    for (site_id, day, type_, key), (count, total) in totals.items():
        row = db.get(DailyAggregate, (site_id, day, type_, key))
        if row is None:
            db.add(DailyAggregate(site_id=site_id, day=day, type=type_, key=key, count=count,
                                  total=total))
        else:
            row.count += count
            row.total += total
    db.execute(delete(Event).where(Event.occurred_at < cutoff))
    db.execute(delete(TurnedAway).where(TurnedAway.at < cutoff))
    audit(db, now=now, user_id=by, site_id=None, action="store.purge",
          events=len(old_events), turned_away=len(old_turned))
    return len(old_events), len(old_turned)


def record_turned_away(db: Session, *, site_id: int, reason: str, now: datetime,
                       by: int | None) -> TurnedAway:
    record = TurnedAway(site_id=site_id, at=now, recorded_by=by, reason=reason)
    db.add(record)
    db.flush()
    audit(db, now=now, user_id=by, site_id=site_id, action="turned_away.add", reason=reason)
    return record


def turned_away_per_day(db: Session, *, site_id: int, since: datetime) -> list[tuple[str, int]]:
    day = func.date(TurnedAway.at)
    rows = db.execute(select(day, func.count()).where(TurnedAway.site_id == site_id,
                                                      TurnedAway.at >= since)
                      .group_by(day).order_by(day)).all()
    return [(str(d), int(n)) for d, n in rows]
