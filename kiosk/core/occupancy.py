"""How long a computer was taken, cut into the local hours and days that reports count in.

A session from 10:40 to 11:20 gives 20 minutes to the 10 o'clock hour and 20 to the
11 o'clock one of the site's local day; its time inside the opening hours is what the
occupancy rate counts.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.hours import OpeningHours

HOUR = timedelta(hours=1)


def seconds_by_local_hour(start: datetime, end: datetime, zone: ZoneInfo
                          ) -> dict[tuple[date, int], int]:
    """Whole seconds between `start` and `end` in each (local day, local hour).

    Hours are cut at whole UTC hours, which are local hour boundaries in every zone whose
    offset is whole hours (all of France, overseas included, but for the Marquesas).
    """
    buckets: dict[tuple[date, int], float] = defaultdict(float)
    cursor = start.astimezone(UTC)
    end_utc = end.astimezone(UTC)
    while cursor < end_utc:
        boundary = cursor.replace(minute=0, second=0, microsecond=0) + HOUR
        step_end = min(boundary, end_utc)
        local = cursor.astimezone(zone)
        buckets[(local.date(), local.hour)] += (step_end - cursor).total_seconds()
        cursor = step_end
    return {key: round(value) for key, value in buckets.items() if round(value) > 0}


def _open_spans(hours: OpeningHours, day: date) -> list[tuple[datetime, datetime]]:
    midnight = datetime.combine(day, time(0), tzinfo=hours.zone)
    return [((midnight + timedelta(minutes=i.start)).astimezone(UTC),
             (midnight + timedelta(minutes=i.end)).astimezone(UTC))
            for i in hours.intervals_on(day)]


def seconds_open_between(start: datetime, end: datetime, hours: OpeningHours | None) -> int:
    """Seconds of [start, end) that fall within the opening hours (all of them when the
    place has no hours, that is, is always open)."""
    if end <= start:
        return 0
    if hours is None:
        return round((end - start).total_seconds())
    first = start.astimezone(hours.zone).date()
    last = end.astimezone(hours.zone).date()
    total = 0.0
    day = first
    while day <= last:
        for open_at, close_at in _open_spans(hours, day):
            overlap = (min(end, close_at) - max(start, open_at)).total_seconds()
            total += max(overlap, 0.0)
        day += timedelta(days=1)
    return round(total)


def opening_seconds_on(day: date, hours: OpeningHours | None) -> int:
    """How long the place is open on a local calendar day (24 hours when always open)."""
    if hours is None:
        return 86_400
    return round(sum((close_at - open_at).total_seconds()
                     for open_at, close_at in _open_spans(hours, day)))


def opening_seconds_by_hour(day: date, hours: OpeningHours | None) -> list[int]:
    """How long the place is open within each local hour of a day (0 to 23)."""
    if hours is None:
        return [3600] * 24
    seconds = [0] * 24
    for interval in hours.intervals_on(day):
        for hour in range(interval.start // 60, min((interval.end + 59) // 60, 24)):
            start, end = max(interval.start, hour * 60), min(interval.end, hour * 60 + 60)
            seconds[hour] += max(end - start, 0) * 60
    return seconds
