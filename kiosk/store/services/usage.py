"""The daily figures, kept up as things happen: a session closes, events arrive, a guest
asks for help, someone is turned away.

The dashboard reads these small tables, never the raw events: a year of figures for a site
is a few thousand rows however many events made them. Every addition is one upsert that
adds to what is there, so two store processes adding at once lose nothing, and what is
added happens once: new events only (ingest is idempotent), each session when it closes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.core.hours import OpeningHours
from kiosk.core.occupancy import seconds_by_local_hour, seconds_open_between
from kiosk.store.models import DailyAggregate, HourlyOccupancy, MonthlyAggregate, Site

# Daily figure types besides the event types folded below.
SESSION = "session"                # key: end reason; total: seconds counted on the code
SESSION_OPEN = "session_open"      # total: seconds computers were taken during opening hours
STATION_USE = "station_use"        # key: station id; total: seconds counted
SESSION_MINUTES = "session_minutes"  # key: the length in whole minutes (4 figures): the median
TURNED_AWAY = "turned_away"        # key: reason
HELP_REQUEST = "help_request"      # key: help, more_time
# Events whose figures the dashboard shows.
FOLDED_EVENTS = frozenset({"service_used", "print_job", "scan", "blocked_navigation",
                           "code_failure", "satisfaction"})
SATISFACTION_ANSWERS = ("yes", "partly", "no", "skipped")

DayKey = tuple[int, date, str, str]
# Rows per upsert statement: well under SQLite's limit of bound values per statement.
UPSERT_ROWS = 1000


@dataclass(frozen=True)
class SiteClock:
    """What folding needs of a site: its local time and its opening hours."""

    zone: ZoneInfo
    hours: OpeningHours | None

    @classmethod
    def of(cls, site: Site) -> SiteClock:
        return cls.of_values(site.timezone, site.opening_hours)

    @classmethod
    def of_values(cls, timezone: str, opening_hours: Mapping[str, Any] | None) -> SiteClock:
        hours = OpeningHours.from_mapping(timezone, opening_hours) if opening_hours else None
        return cls(ZoneInfo(timezone), hours)

    def day(self, at: datetime) -> date:
        return at.astimezone(self.zone).date()


def aware(at: datetime) -> datetime:
    """A time read without the store's column type (migrations): UTC, made explicit."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def fold_event(type_: str, data: Mapping[str, Any]) -> tuple[str, int] | None:
    """(key, amount) an event adds to its day, or None for events the figures skip."""
    match type_:
        case "service_used":
            return str(data.get("site_id", ""))[:64], 1
        case "print_job":
            outcome = str(data.get("outcome", ""))
            pages = int(data.get("pages", 0)) * int(data.get("copies", 1))
            return outcome[:64], pages if outcome == "completed" else 0
        case "scan":
            return "", int(data.get("pages", 0))
        case "blocked_navigation":
            return str(data.get("host", ""))[:64], 1
        case "code_failure":
            return str(data.get("reason", ""))[:64], 1
        case "satisfaction":
            return str(data.get("answer", ""))[:64], 1
        case _:
            return None


def add_daily(db: Session, rows: Mapping[DayKey, tuple[int, int]]) -> None:
    """Add (count, total) to each (site, day, type, key), and to its month, creating the
    rows that are new."""
    if not rows:
        return
    monthly: dict[DayKey, list[int]] = defaultdict(lambda: [0, 0])
    for (site_id, day, type_, key), (count, total) in rows.items():
        bucket = monthly[(site_id, day.replace(day=1), type_, key)]
        bucket[0] += count
        bucket[1] += total
    for model, column, items in (
            (DailyAggregate, "day", sorted(rows.items())),
            (MonthlyAggregate, "month", sorted((k, (v[0], v[1])) for k, v in monthly.items()))):
        values = [{"site_id": site_id, column: day, "type": type_, "key": key,
                   "count": count, "total": total}
                  for (site_id, day, type_, key), (count, total) in items]
        for start in range(0, len(values), UPSERT_ROWS):
            statement = _insert(db)(model).values(values[start:start + UPSERT_ROWS])
            db.execute(statement.on_conflict_do_update(
                index_elements=["site_id", column, "type", "key"],
                set_={"count": model.count + statement.excluded.count,
                      "total": model.total + statement.excluded.total}))


def add_hourly(db: Session, rows: Mapping[tuple[int, date, int], int]) -> None:
    if not rows:
        return
    insert = _insert(db)
    values = [{"site_id": site_id, "day": day, "hour": hour, "seconds": seconds}
              for (site_id, day, hour), seconds in sorted(rows.items())]
    for start in range(0, len(values), UPSERT_ROWS):
        statement = insert(HourlyOccupancy).values(values[start:start + UPSERT_ROWS])
        db.execute(statement.on_conflict_do_update(
            index_elements=["site_id", "day", "hour"],
            set_={"seconds": HourlyOccupancy.seconds + statement.excluded.seconds}))


def _insert(db: Session) -> Any:  # noqa: ANN401 - the dialect's insert construct
    return postgresql.insert if db.get_bind().dialect.name == "postgresql" else sqlite.insert


@dataclass(frozen=True)
class ClosedSession:
    site_id: int
    station_id: int
    started_at: datetime
    ended_at: datetime
    used_seconds: int
    reason: str


def minutes_key(seconds: int) -> str:
    """A session's length in whole minutes, as the key of the lengths' histogram (sorted as
    text, it is sorted as numbers)."""
    return f"{min(round(seconds / 60), 9999):04d}"


def fold_sessions(sessions: Iterable[ClosedSession], clocks: Mapping[int, SiteClock]
                  ) -> tuple[dict[DayKey, tuple[int, int]], dict[tuple[int, date, int], int]]:
    """The daily and hourly figures closed sessions add. A session counts on the local day
    it started; its time taken counts in each hour it covered."""
    daily: dict[DayKey, list[int]] = defaultdict(lambda: [0, 0])
    hourly: dict[tuple[int, date, int], int] = defaultdict(int)
    for session in sessions:
        clock = clocks[session.site_id]
        day = clock.day(session.started_at)
        ended = max(session.ended_at, session.started_at)
        for key, amount in (((SESSION, session.reason), session.used_seconds),
                            ((STATION_USE, str(session.station_id)), session.used_seconds),
                            ((SESSION_MINUTES, minutes_key(session.used_seconds)), 0)):
            bucket = daily[(session.site_id, day, *key)]
            bucket[0] += 1
            bucket[1] += amount
        open_seconds = seconds_open_between(session.started_at, ended, clock.hours)
        bucket = daily[(session.site_id, day, SESSION_OPEN, "")]
        bucket[0] += 1
        bucket[1] += open_seconds
        for (hour_day, hour), seconds in seconds_by_local_hour(
                session.started_at, ended, clock.zone).items():
            hourly[(session.site_id, hour_day, hour)] += seconds
    return {k: (v[0], v[1]) for k, v in daily.items()}, dict(hourly)


def session_closed(db: Session, session: ClosedSession) -> None:
    clock = SiteClock.of(db.get_one(Site, session.site_id))
    daily, hourly = fold_sessions([session], {session.site_id: clock})
    add_daily(db, daily)
    add_hourly(db, hourly)


@dataclass(frozen=True)
class Happening:
    """An event as folding sees it."""

    type: str
    at: datetime
    data: Mapping[str, Any]


def fold_events(site_id: int, clock: SiteClock, events: Iterable[Happening]
                ) -> dict[DayKey, tuple[int, int]]:
    daily: dict[DayKey, list[int]] = defaultdict(lambda: [0, 0])
    for event in events:
        folded = fold_event(event.type, event.data)
        if folded is None:
            continue
        key, amount = folded
        bucket = daily[(site_id, clock.day(event.at), event.type, key)]
        bucket[0] += 1
        bucket[1] += amount
    return {k: (v[0], v[1]) for k, v in daily.items()}


def events_stored(db: Session, site_id: int, events: Iterable[Happening]) -> None:
    """Fold events just stored for the first time."""
    wanted = [e for e in events if e.type in FOLDED_EVENTS]
    if wanted:
        clock = SiteClock.of(db.get_one(Site, site_id))
        add_daily(db, fold_events(site_id, clock, wanted))


def counted(db: Session, *, site_id: int, at: datetime, type_: str, key: str) -> None:
    """One more of something counted per day (a person turned away, a help request)."""
    day = SiteClock.of(db.get_one(Site, site_id)).day(at)
    add_daily(db, {(site_id, day, type_, key): (1, 0)})
