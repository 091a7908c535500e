"""Report periods: a day, a week, a month, a year or custom dates, and the period before.

Activity reports compare a period with the one before it ("evolution"), so each period
knows its predecessor: the previous calendar week, month or year, or, for custom dates, as
many days just before.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

PeriodKind = Literal["day", "week", "month", "year", "custom"]
PERIOD_KINDS: tuple[PeriodKind, ...] = ("day", "week", "month", "year", "custom")
# A custom period longer than this is refused: reports are yearly at most, with margin.
MAX_CUSTOM_DAYS = 3 * 366


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    first: date
    last: date  # included

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("a period ends on or after the day it starts")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def each_day(self) -> Iterator[date]:
        for offset in range(self.days):
            yield self.first + timedelta(days=offset)

    def previous(self) -> Period:
        match self.kind:
            case "day" | "week" | "custom":
                return Period(self.kind, self.first - timedelta(days=self.days),
                              self.first - timedelta(days=1))
            case "month":
                return containing("month", self.first - timedelta(days=1))
            case "year":
                return containing("year", date(self.first.year - 1, 1, 1))

    def whole_months(self) -> tuple[list[date], list[tuple[date, date]]]:
        """The months the period covers whole (their first days), and the stretches of
        days left at its ends: sums over the period read months where they can."""
        months: list[date] = []
        edges: list[tuple[date, date]] = []
        cursor = self.first
        while cursor <= self.last:
            month = containing("month", cursor)
            end = min(month.last, self.last)
            if cursor == month.first and end == month.last:
                months.append(month.first)
            else:
                edges.append((cursor, end))
            cursor = end + timedelta(days=1)
        return months, edges

    def until(self, today: date) -> Period | None:
        """The part of the period up to `today` included, or None when it has not begun."""
        if self.first > today:
            return None
        return Period(self.kind, self.first, min(self.last, today))


def containing(kind: PeriodKind, day: date) -> Period:
    """The day, the Monday-to-Sunday week, the month or the year that holds `day`."""
    match kind:
        case "day" | "custom":
            return Period(kind, day, day)
        case "week":
            monday = day - timedelta(days=day.weekday())
            return Period(kind, monday, monday + timedelta(days=6))
        case "month":
            last = calendar.monthrange(day.year, day.month)[1]
            return Period(kind, day.replace(day=1), day.replace(day=last))
        case "year":
            return Period(kind, date(day.year, 1, 1), date(day.year, 12, 31))


def custom(first: date, last: date) -> Period:
    """Dates chosen by hand; raise ValueError when they are the wrong way round or too far
    apart."""
    if last < first:
        raise ValueError("the end date comes before the start date")
    if (last - first).days + 1 > MAX_CUSTOM_DAYS:
        raise ValueError(f"a period is at most {MAX_CUSTOM_DAYS} days long")
    return Period("custom", first, last)


def parse_kind(text: str | None) -> PeriodKind:
    for kind in PERIOD_KINDS:
        if text == kind:
            return kind
    return "month"
