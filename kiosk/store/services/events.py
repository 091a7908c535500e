"""The usage record: idempotent ingest of station events, and retention with daily figures."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult, Result
from sqlalchemy.orm import Session

from kiosk.store.models import AuditEntry, Event, Site, TurnedAway
from kiosk.store.services import usage
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
    batch = list(events)
    rows = [{"id": e.id, "site_id": station.site_id, "station_id": station.id, "type": e.type,
             "occurred_at": e.occurred_at, "received_at": now, "data": e.data}
            for e in batch]
    if not rows:
        return 0, 0
    dialect = db.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # One statement for the batch; RETURNING names the rows that were new.
    statement = (insert(Event).values(rows).on_conflict_do_nothing(index_elements=["id"])
                 .returning(Event.id))
    new = {row_id for (row_id,) in db.execute(statement).all()}
    usage.events_stored(db, station.site_id, (
        usage.Happening(e.type, e.occurred_at, e.data) for e in batch if e.id in new))
    return len(new), len(rows) - len(new)


def purge(db: Session, *, retention_days: int, now: datetime, by: int | None = None
          ) -> tuple[int, int]:
    """Delete raw events and turned-away records older than each site's retention period
    (its own, else `retention_days`).

    Their figures stay: the daily figures were added to as each was recorded
    (services/usage.py). Returns (events deleted, turned-away records deleted).
    """
    events = turned = 0
    for site_id, desk in db.execute(select(Site.id, Site.desk)).all():
        days = int((desk or {}).get("retention_days") or retention_days)
        cutoff = now - timedelta(days=days)
        events += _deleted(db.execute(delete(Event).where(Event.site_id == site_id,
                                                          Event.occurred_at < cutoff)))
        turned += _deleted(db.execute(delete(TurnedAway).where(TurnedAway.site_id == site_id,
                                                               TurnedAway.at < cutoff)))
    audit(db, now=now, user_id=by, site_id=None, action="store.purge", events=events,
          turned_away=turned)
    return events, turned


def last_purge(db: Session) -> datetime | None:
    """When the purge last ran (it leaves an entry in the audit log each time)."""
    found: datetime | None = db.scalar(select(func.max(AuditEntry.at))
                                       .where(AuditEntry.action == "store.purge"))
    return found


def _deleted(result: Result[Any]) -> int:
    assert isinstance(result, CursorResult)
    return int(result.rowcount)


def record_turned_away(db: Session, *, site_id: int, reason: str, now: datetime,
                       by: int | None) -> TurnedAway:
    record = TurnedAway(site_id=site_id, at=now, recorded_by=by, reason=reason)
    db.add(record)
    db.flush()
    usage.counted(db, site_id=site_id, at=now, type_=usage.TURNED_AWAY, key=reason)
    audit(db, now=now, user_id=by, site_id=site_id, action="turned_away.add", reason=reason)
    return record


def turned_away_per_day(db: Session, *, site_id: int, since: datetime) -> list[tuple[str, int]]:
    day = func.date(TurnedAway.at)
    rows = db.execute(select(day, func.count()).where(TurnedAway.site_id == site_id,
                                                      TurnedAway.at >= since)
                      .group_by(day).order_by(day)).all()
    return [(str(d), int(n)) for d, n in rows]
