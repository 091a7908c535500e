"""Opening hours of a place: weekly intervals in its time zone, and closed dates."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["WEEKDAYS", "Interval", "OpeningHours", "parse_interval"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_INTERVAL = re.compile(r"([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)")
_MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True, slots=True)
class Interval:
    """From `start` to `end` minutes after local midnight; `end` may be 1440 (24:00)."""

    start: int
    end: int

    def __str__(self) -> str:
        return f"{_clock(self.start)}-{_clock(self.end)}"


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_interval(text: str) -> Interval:
    """Parse "HH:MM-HH:MM"; raise ValueError with a plain explanation."""
    match = _INTERVAL.fullmatch(text.replace(" ", ""))
    if match is None:
        raise ValueError(f'{text!r} is not an interval like "09:00-12:30"')
    start_h, start_m, end_h, end_m = (int(g) for g in match.groups())
    start, end = start_h * 60 + start_m, end_h * 60 + end_m
    if end > _MINUTES_PER_DAY:
        raise ValueError(f"{text!r} ends after 24:00")
    if end <= start:
        raise ValueError(f"{text!r} ends before it starts")
    return Interval(start, end)


@dataclass(frozen=True, slots=True)
class OpeningHours:
    timezone: str
    weekly: tuple[tuple[Interval, ...], ...]  # seven entries, Monday first, sorted
    closed_dates: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if len(self.weekly) != 7:
            raise ValueError("opening hours need one entry per weekday")
        for intervals in self.weekly:
            for before, after in itertools.pairwise(intervals):
                if after.start < before.end:
                    raise ValueError(f"intervals {before} and {after} overlap")

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def intervals_on(self, day: date) -> tuple[Interval, ...]:
        """The opening intervals of a local calendar day (none on a closed date)."""
        if day in self.closed_dates:
            return ()
        return self.weekly[day.weekday()]

    def current_interval(self, now: datetime) -> tuple[datetime, datetime] | None:
        """The opening and closing instants around `now`, or None when the place is closed."""
        local = now.astimezone(self.zone)
        minute = local.hour * 60 + local.minute + local.second / 60
        for interval in self.intervals_on(local.date()):
            if interval.start <= minute < interval.end:
                midnight = datetime.combine(local.date(), time(0), tzinfo=self.zone)
                return (midnight + timedelta(minutes=interval.start),
                        midnight + timedelta(minutes=interval.end))
        return None

    def closing_time(self, now: datetime) -> datetime | None:
        """When the current opening ends, or None when the place is closed at `now`."""
        interval = self.current_interval(now)
        return None if interval is None else interval[1]

    def is_open(self, now: datetime) -> bool:
        return self.current_interval(now) is not None

    def to_mapping(self) -> dict[str, list[str]]:
        """The JSON form: weekday names to "HH:MM-HH:MM" lists, and ISO closed dates."""
        mapping = {day: [str(i) for i in intervals]
                   for day, intervals in zip(WEEKDAYS, self.weekly, strict=True)}
        mapping["closed_dates"] = sorted(d.isoformat() for d in self.closed_dates)
        return mapping

    @classmethod
    def from_mapping(cls, timezone: str, mapping: Mapping[str, object]) -> OpeningHours:
        """Read the JSON form; raise ValueError saying what is wrong."""
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {timezone!r}") from None
        unknown = set(mapping) - {*WEEKDAYS, "closed_dates"}
        if unknown:
            raise ValueError(f"unknown key {sorted(unknown)[0]!r} in opening hours")
        weekly = []
        for day in WEEKDAYS:
            texts = mapping.get(day, [])
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                raise ValueError(f"{day} must be a list of intervals like \"09:00-12:00\"")
            weekly.append(tuple(sorted((parse_interval(t) for t in texts),
                                       key=lambda i: i.start)))
        dates = mapping.get("closed_dates", [])
        if not isinstance(dates, list) or not all(isinstance(d, str) for d in dates):
            raise ValueError("closed_dates must be a list of dates like \"2026-12-25\"")
        try:
            closed = frozenset(date.fromisoformat(d) for d in dates)
        except ValueError:
            raise ValueError("closed_dates must be a list of dates like \"2026-12-25\"") from None
        return cls(timezone, tuple(weekly), closed)
