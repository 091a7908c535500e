"""The figures of the staff dashboard, read from the daily and hourly figures (services/
usage.py) and, for what sums cannot give (the median length, the distinct codes, the list
of sessions), from the sessions of the period by their (site, start) index.

Everything here is for one or more sites and a period of local days; "today" bounds what
can have happened, so a month in progress is compared fairly and its empty future days
lower no rate.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session

from kiosk.core.hours import OpeningHours
from kiosk.core.occupancy import opening_seconds_by_hour, opening_seconds_on
from kiosk.core.periods import Period
from kiosk.core.policy import PolicyError, load_policy
from kiosk.paths import default_policy_path
from kiosk.store.models import (
    DailyAggregate,
    GuestSession,
    HourlyOccupancy,
    MonthlyAggregate,
    Site,
    Station,
)
from kiosk.store.services import policies, usage

END_REASONS = ("time_up", "user", "idle", "closing", "staff", "crash_recovered")


@dataclass(frozen=True)
class SiteScope:
    id: int
    slug: str
    name: str
    zone: ZoneInfo
    hours: OpeningHours | None

    @classmethod
    def of(cls, site: Site) -> SiteScope:
        clock = usage.SiteClock.of(site)
        return cls(site.id, site.slug, site.name, clock.zone, clock.hours)

    def bounds(self, period: Period) -> tuple[datetime, datetime]:
        """The UTC instants of the period's first local midnight and the one after it."""
        start = datetime.combine(period.first, time(0), tzinfo=self.zone)
        end = datetime.combine(period.last + timedelta(days=1), time(0), tzinfo=self.zone)
        return start.astimezone(UTC), end.astimezone(UTC)


@dataclass
class Overview:
    sessions: int = 0
    codes: int = 0
    seconds: int = 0
    median_seconds: int | None = None
    pages_printed: int = 0
    pages_scanned: int = 0
    turned_away: int = 0
    help_requests: int = 0
    occupied_open_seconds: int = 0
    capacity_seconds: int = 0
    satisfaction: dict[str, int] = field(default_factory=dict)

    @property
    def average_seconds(self) -> int | None:
        return round(self.seconds / self.sessions) if self.sessions else None

    @property
    def occupancy(self) -> float | None:
        """Share of the computers' opening time they were taken, from 0 to 1."""
        if not self.capacity_seconds:
            return None
        return min(self.occupied_open_seconds / self.capacity_seconds, 1.0)


def _sites_clause(column: InstrumentedAttribute[int], scopes: Sequence[SiteScope]
                  ) -> ColumnElement[bool]:
    return column.in_([s.id for s in scopes])


def _totals(db: Session, scopes: Sequence[SiteScope], period: Period, types: Sequence[str]
            ) -> dict[tuple[str, str], tuple[int, int]]:
    """Sums by (type, key) over the period: whole months from the monthly figures, the days
    at its ends from the daily ones."""
    months, edges = period.whole_months()
    parts = []
    if months:
        parts.append(select(MonthlyAggregate.type, MonthlyAggregate.key,
                            MonthlyAggregate.count, MonthlyAggregate.total)
                     .where(_sites_clause(MonthlyAggregate.site_id, scopes),
                            MonthlyAggregate.month.in_(months),
                            MonthlyAggregate.type.in_(types)))
    if edges:
        parts.append(select(DailyAggregate.type, DailyAggregate.key, DailyAggregate.count,
                            DailyAggregate.total)
                     .where(_sites_clause(DailyAggregate.site_id, scopes),
                            or_(*(DailyAggregate.day.between(first, last)
                                  for first, last in edges)),
                            DailyAggregate.type.in_(types)))
    rows = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    query = (select(rows.c.type, rows.c.key, func.sum(rows.c.count), func.sum(rows.c.total))
             .group_by(rows.c.type, rows.c.key))
    return {(type_, key): (int(count or 0), int(total or 0))
            for type_, key, count, total in db.execute(query)}


def _sessions_in(scopes: Sequence[SiteScope], period: Period) -> ColumnElement[bool]:
    """Closed sessions that started within the period, in each site's local days."""
    ranges = []
    for scope in scopes:
        start, end = scope.bounds(period)
        ranges.append(and_(GuestSession.site_id == scope.id, GuestSession.started_at >= start,
                           GuestSession.started_at < end))
    return and_(or_(*ranges), GuestSession.ended_at.is_not(None))


OVERVIEW_TYPES = (usage.SESSION, usage.SESSION_OPEN, usage.SESSION_MINUTES, "print_job", "scan",
                  usage.TURNED_AWAY, usage.HELP_REQUEST, "satisfaction")


def overview(db: Session, scopes: Sequence[SiteScope], period: Period, today: date
             ) -> Overview:
    result = Overview()
    if not scopes:
        return result
    lengths: dict[int, int] = {}  # minutes: sessions
    for (type_, key), (count, total) in _totals(db, scopes, period, OVERVIEW_TYPES).items():
        match type_:
            case usage.SESSION:
                result.sessions += count
                result.seconds += total
            case usage.SESSION_OPEN:
                result.occupied_open_seconds += total
            case "print_job":
                result.pages_printed += total
            case "scan":
                result.pages_scanned += total
            case usage.TURNED_AWAY:
                result.turned_away += count
            case usage.HELP_REQUEST:
                result.help_requests += count
            case "satisfaction":
                result.satisfaction[key] = result.satisfaction.get(key, 0) + count
            case usage.SESSION_MINUTES:
                lengths[int(key)] = lengths.get(int(key), 0) + count
    result.median_seconds = _median_minutes(lengths)
    if result.sessions:
        # Codes used in several periods, or on several days, count once: read from the
        # sessions' index, which holds the code of each.
        result.codes = int(db.scalar(select(func.count(func.distinct(GuestSession.code_id)))
                                     .where(_sessions_in(scopes, period))) or 0)
    result.capacity_seconds = capacity_seconds(db, scopes, period, today)
    return result


def _median_minutes(lengths: dict[int, int]) -> int | None:
    """The median session length, in seconds of whole minutes, from how many sessions lasted
    each number of minutes (the lengths' histogram)."""
    count = sum(lengths.values())
    if count == 0:
        return None
    wanted = sorted({(count - 1) // 2, count // 2})
    found: list[int] = []
    seen = 0
    for minutes in sorted(lengths):
        seen += lengths[minutes]
        while len(found) < len(wanted) and wanted[len(found)] < seen:
            found.append(minutes)
    return round(sum(found) / len(found) * 60)


def _enrolment_days(db: Session, scopes: Sequence[SiteScope]) -> dict[int, list[date]]:
    """The local days the stations of each site were enrolled (those not revoked)."""
    enrolled: dict[int, list[datetime]] = defaultdict(list)
    for site_id, at in db.execute(select(Station.site_id, Station.enrolled_at).where(
            _sites_clause(Station.site_id, scopes), Station.revoked.is_(False))):
        enrolled[site_id].append(at)
    return {scope.id: sorted(at.astimezone(scope.zone).date() for at in enrolled[scope.id])
            for scope in scopes}


def _stations_on(enrolled: list[date], day: date) -> int:
    return bisect_right(enrolled, day)


def capacity_seconds(db: Session, scopes: Sequence[SiteScope], period: Period, today: date
                     ) -> int:
    """Computer-seconds of opening time in the period up to today: each day's opening time
    times the stations enrolled by then and not revoked."""
    past = period.until(today)
    if past is None:
        return 0
    enrolled = _enrolment_days(db, scopes)
    total = 0
    for scope in scopes:
        for day in past.each_day():
            stations = _stations_on(enrolled[scope.id], day)
            if stations:
                total += stations * opening_seconds_on(day, scope.hours)
    return total


@dataclass(frozen=True)
class DayFigures:
    day: date
    sessions: int = 0
    seconds: int = 0
    pages_printed: int = 0
    pages_scanned: int = 0
    turned_away: int = 0
    help_requests: int = 0


DAILY_COLUMNS = ("sessions", "seconds", "pages_printed", "pages_scanned", "turned_away",
                 "help_requests")


def daily(db: Session, scopes: Sequence[SiteScope], period: Period) -> list[DayFigures]:
    """One line per day of the period, days without anything included."""
    return _lines(db, scopes, period, monthly=False)


def monthly(db: Session, scopes: Sequence[SiteScope], period: Period) -> list[DayFigures]:
    """One line per month (dated its first day) of a period made of whole months."""
    return _lines(db, scopes, period, monthly=True)


LINE_TYPES = (usage.SESSION, "print_job", "scan", usage.TURNED_AWAY, usage.HELP_REQUEST)


def _lines(db: Session, scopes: Sequence[SiteScope], period: Period, *, monthly: bool
           ) -> list[DayFigures]:
    if monthly:
        months, edges = period.whole_months()
        if edges:
            raise ValueError("monthly lines need a period of whole months")
        firsts = months
        table: type[DailyAggregate] | type[MonthlyAggregate] = MonthlyAggregate
        column = MonthlyAggregate.month
    else:
        firsts = list(period.each_day())
        table, column = DailyAggregate, DailyAggregate.day
    figures: dict[date, dict[str, int]] = {first: dict.fromkeys(DAILY_COLUMNS, 0)
                                           for first in firsts}
    if scopes:
        query = (select(column, table.type, func.sum(table.count), func.sum(table.total))
                 .where(_sites_clause(table.site_id, scopes), column >= period.first,
                        column <= period.last, table.type.in_(LINE_TYPES))
                 .group_by(column, table.type))
        for day, type_, count_sum, total_sum in db.execute(query):
            line = figures[day]
            count, total = int(count_sum or 0), int(total_sum or 0)
            match type_:
                case usage.SESSION:
                    line["sessions"] += count
                    line["seconds"] += total
                case "print_job":
                    line["pages_printed"] += total
                case "scan":
                    line["pages_scanned"] += total
                case usage.TURNED_AWAY:
                    line["turned_away"] += count
                case usage.HELP_REQUEST:
                    line["help_requests"] += count
    return [DayFigures(day, **line) for day, line in sorted(figures.items())]


def counts_by_key(db: Session, scopes: Sequence[SiteScope], period: Period, type_: str
                  ) -> list[tuple[str, int, int]]:
    """(key, count, total) of one kind of figure over the period, the largest count first."""
    if not scopes:
        return []
    rows = _totals(db, scopes, period, (type_,))
    return sorted(((key, count, total) for (_t, key), (count, total) in rows.items()),
                  key=lambda row: (-row[1], row[0]))


@dataclass(frozen=True)
class HeatMap:
    """Average share of the computers taken for each weekday (Monday first) and hour."""

    rates: tuple[tuple[float | None, ...], ...]  # [weekday][hour]; None: never open/no days



def heat_map(db: Session, scopes: Sequence[SiteScope], period: Period, today: date) -> HeatMap:
    """The share of the computers taken in each weekday and hour of the period, against the
    opening time of that weekday and hour (None where the places are never open then)."""
    seconds = [[0] * 24 for _ in range(7)]
    capacity = [[0] * 24 for _ in range(7)]
    past = period.until(today)
    if not scopes or past is None:
        return HeatMap(tuple(tuple(None for _ in range(24)) for _ in range(7)))
    query = (select(HourlyOccupancy.day, HourlyOccupancy.hour,
                    func.sum(HourlyOccupancy.seconds))
             .where(_sites_clause(HourlyOccupancy.site_id, scopes),
                    HourlyOccupancy.day >= period.first, HourlyOccupancy.day <= period.last)
             .group_by(HourlyOccupancy.day, HourlyOccupancy.hour))
    for day, hour, total in db.execute(query):
        seconds[day.weekday()][hour] += int(total or 0)
    enrolled = _enrolment_days(db, scopes)
    for scope in scopes:
        for day in past.each_day():
            stations = _stations_on(enrolled[scope.id], day)
            if stations:
                for hour, open_seconds in enumerate(opening_seconds_by_hour(day, scope.hours)):
                    capacity[day.weekday()][hour] += stations * open_seconds
    return HeatMap(tuple(
        tuple(min(seconds[w][h] / capacity[w][h], 1.0) if capacity[w][h] else None
              for h in range(24))
        for w in range(7)))


@dataclass(frozen=True)
class StationUse:
    id: int
    name: str
    site: str
    last_seen_at: datetime | None
    out_of_order: bool
    revoked: bool
    health: dict[str, object]
    policy_version: str | None
    outbox_backlog: int
    sessions: int
    seconds: int
    published_policy: str | None  # the digest its site publishes; None: none published

    @property
    def policy_behind(self) -> bool:
        """It has not run its site's published policy yet (it takes it between sessions)."""
        return self.published_policy is not None and self.policy_version != (
            self.published_policy)


def stations(db: Session, scopes: Sequence[SiteScope], period: Period) -> list[StationUse]:
    if not scopes:
        return []
    use = {int(key) if key.isdigit() else -1: (count, total)
           for key, count, total in counts_by_key(db, scopes, period, usage.STATION_USE)}
    names = {s.id: s.name for s in scopes}
    published = policies.published_digests(db, site_ids=[s.id for s in scopes])
    rows = db.scalars(select(Station).where(_sites_clause(Station.site_id, scopes))
                      .order_by(Station.site_id, Station.name))
    return [StationUse(s.id, s.name, names[s.site_id], s.last_seen_at, s.out_of_order,
                       s.revoked, dict(s.health or {}), s.policy_version, s.outbox_backlog,
                       *use.get(s.id, (0, 0)), published.get(s.site_id))
            for s in rows]


@dataclass(frozen=True)
class SessionLine:
    """One session of the anonymous list: when, where, how long, how it ended; never the
    code or anything of the guest."""

    site: str
    station: str
    started_at: datetime
    ended_at: datetime
    seconds: int
    end_reason: str


def session_list(db: Session, scopes: Sequence[SiteScope], period: Period
                 ) -> Iterator[SessionLine]:
    if not scopes:
        return
    zones = {s.id: s.zone for s in scopes}
    names = {s.id: s.name for s in scopes}
    query = (select(GuestSession.site_id, Station.name, GuestSession.started_at,
                    GuestSession.ended_at, GuestSession.used_seconds, GuestSession.end_reason)
             .join(Station, Station.id == GuestSession.station_id)
             .where(_sessions_in(scopes, period))
             .order_by(GuestSession.started_at))
    for site_id, station, started, ended, used, reason in db.execute(query).yield_per(5000):
        zone = zones[site_id]
        yield SessionLine(names[site_id], station, started.astimezone(zone),
                          (ended or started).astimezone(zone), int(used), reason or "")


@cache
def service_titles() -> dict[str, str]:
    """The titles of the services of the shipped policy, by their id; a service unknown
    here is shown by its id."""
    try:
        policy = load_policy(default_policy_path())
    except (OSError, PolicyError):
        return {}
    return {site.id: site.title for site in policy.sites}
