"""Report periods and the occupancy arithmetic: pure functions, pure tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.core import periods
from kiosk.core.hours import OpeningHours
from kiosk.core.occupancy import (
    opening_seconds_by_hour,
    opening_seconds_on,
    seconds_by_local_hour,
    seconds_open_between,
)

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(("kind", "day", "first", "last", "before"), [
    ("day", date(2026, 3, 1), date(2026, 3, 1), date(2026, 3, 1), (date(2026, 2, 28),) * 2),
    ("week", date(2026, 12, 2), date(2026, 11, 30), date(2026, 12, 6),
     (date(2026, 11, 23), date(2026, 11, 29))),
    ("month", date(2026, 3, 31), date(2026, 3, 1), date(2026, 3, 31),
     (date(2026, 2, 1), date(2026, 2, 28))),
    ("month", date(2026, 1, 15), date(2026, 1, 1), date(2026, 1, 31),
     (date(2025, 12, 1), date(2025, 12, 31))),
    ("year", date(2028, 2, 29), date(2028, 1, 1), date(2028, 12, 31),
     (date(2027, 1, 1), date(2027, 12, 31))),
])
def test_a_period_and_the_one_before(kind: periods.PeriodKind, day: date, first: date,
                                     last: date, before: tuple[date, date]) -> None:
    period = periods.containing(kind, day)
    assert (period.first, period.last) == (first, last)
    previous = period.previous()
    assert (previous.first, previous.last) == before
    assert previous.kind == kind


def test_custom_dates() -> None:
    period = periods.custom(date(2026, 1, 10), date(2026, 1, 19))
    assert period.days == 10
    assert period.previous() == periods.Period("custom", date(2025, 12, 31),
                                               date(2026, 1, 9))
    with pytest.raises(ValueError, match="before the start"):
        periods.custom(date(2026, 1, 10), date(2026, 1, 9))
    with pytest.raises(ValueError, match="at most"):
        periods.custom(date(2020, 1, 1), date(2026, 1, 1))
    assert periods.parse_kind("year") == "year"
    assert periods.parse_kind("fortnight") == "month"
    assert periods.parse_kind(None) == "month"


def test_whole_months_and_the_days_at_the_ends() -> None:
    year = periods.containing("year", date(2026, 5, 5))
    months, edges = year.whole_months()
    assert len(months) == 12
    assert edges == []
    months, edges = periods.custom(date(2026, 1, 20), date(2026, 4, 3)).whole_months()
    assert months == [date(2026, 2, 1), date(2026, 3, 1)]
    assert edges == [(date(2026, 1, 20), date(2026, 1, 31)), (date(2026, 4, 1),
                                                               date(2026, 4, 3))]
    assert periods.containing("day", date(2026, 1, 1)).whole_months() == (
        [], [(date(2026, 1, 1), date(2026, 1, 1))])


def test_a_period_up_to_today() -> None:
    month = periods.containing("month", date(2026, 12, 2))
    assert month.until(date(2026, 12, 2)) == periods.Period("month", date(2026, 12, 1),
                                                            date(2026, 12, 2))
    assert month.until(date(2026, 11, 30)) is None
    assert month.until(date(2027, 1, 5)) == month


HOURS = OpeningHours.from_mapping("Europe/Paris", {
    "monday": ["09:00-12:30", "13:30-18:00"], "sunday": [], "closed_dates": ["2026-12-25"]})


def test_time_taken_is_cut_into_local_hours() -> None:
    start = datetime(2026, 3, 2, 10, 40, tzinfo=PARIS)
    end = datetime(2026, 3, 2, 12, 5, tzinfo=PARIS)
    assert seconds_by_local_hour(start, end, PARIS) == {
        (date(2026, 3, 2), 10): 1200, (date(2026, 3, 2), 11): 3600,
        (date(2026, 3, 2), 12): 300}
    # Past midnight in Paris, which is still the day before in UTC.
    late = datetime(2026, 3, 2, 23, 50, tzinfo=PARIS)
    assert seconds_by_local_hour(late, late.replace(day=3, hour=0, minute=10), PARIS) == {
        (date(2026, 3, 2), 23): 600, (date(2026, 3, 3), 0): 600}
    assert seconds_by_local_hour(end, start, PARIS) == {}


def test_time_within_opening_hours() -> None:
    monday = datetime(2026, 12, 7, 12, 0, tzinfo=PARIS)
    # 12:00 to 14:00 on a Monday: open until 12:30, again from 13:30.
    assert seconds_open_between(monday, monday.replace(hour=14), HOURS) == 3600
    assert seconds_open_between(monday, monday.replace(hour=14), None) == 7200
    christmas = datetime(2026, 12, 25, 10, 0, tzinfo=PARIS)
    assert seconds_open_between(christmas, christmas.replace(hour=11), HOURS) == 0
    assert seconds_open_between(monday, monday, HOURS) == 0
    assert opening_seconds_on(date(2026, 12, 7), HOURS) == (3.5 + 4.5) * 3600
    assert opening_seconds_on(date(2026, 12, 25), HOURS) == 0
    assert opening_seconds_on(date(2026, 12, 25), None) == 86_400
    by_hour = opening_seconds_by_hour(date(2026, 12, 7), HOURS)
    assert by_hour[9] == 3600
    assert by_hour[12] == 1800
    assert by_hour[13] == 1800
    assert by_hour[8] == 0
    assert sum(by_hour) == opening_seconds_on(date(2026, 12, 7), HOURS)
    assert opening_seconds_by_hour(date(2026, 12, 7), None) == [3600] * 24


def test_a_utc_moment_is_a_paris_day() -> None:
    assert datetime(2026, 6, 2, 22, 30, tzinfo=UTC).astimezone(PARIS).date() == date(
        2026, 6, 3)
