"""Opening hours in the place's time zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.hours import Interval, OpeningHours, parse_interval

PARIS = ZoneInfo("Europe/Paris")
WEEKDAY = (Interval(9 * 60, 12 * 60), Interval(13 * 60 + 30, 18 * 60))
HOURS = OpeningHours("Europe/Paris", (WEEKDAY,) * 5 + ((Interval(9 * 60, 12 * 60),), ()),
                     frozenset({date(2026, 12, 25)}))


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)  # type: ignore[misc]


def test_parse_interval() -> None:
    assert parse_interval("09:00-12:30") == Interval(540, 750)
    assert parse_interval(" 00:00 - 24:00 ") == Interval(0, 1440)
    assert str(Interval(540, 750)) == "09:00-12:30"
    for bad in ("9:00-12:00", "09:00", "12:00-09:00", "09:00-09:00", "24:00-24:30", "x"):
        with pytest.raises(ValueError, match=r"interval|ends"):
            parse_interval(bad)


def test_open_and_closing_time() -> None:
    tuesday_morning = paris(2026, 11, 24, 10, 15)
    assert HOURS.is_open(tuesday_morning)
    assert HOURS.closing_time(tuesday_morning) == paris(2026, 11, 24, 12, 0)
    assert HOURS.current_interval(tuesday_morning) == (paris(2026, 11, 24, 9, 0),
                                                       paris(2026, 11, 24, 12, 0))
    assert not HOURS.is_open(paris(2026, 11, 24, 12, 0))  # the end is exclusive
    assert HOURS.closing_time(paris(2026, 11, 24, 12, 30)) is None
    assert HOURS.closing_time(paris(2026, 11, 24, 17, 59)) == paris(2026, 11, 24, 18, 0)
    assert not HOURS.is_open(paris(2026, 11, 29, 10, 0))  # Sunday
    assert not HOURS.is_open(paris(2026, 12, 25, 10, 0))  # closed date


def test_other_time_zones_are_converted() -> None:
    utc = datetime(2026, 11, 24, 16, 30, tzinfo=ZoneInfo("UTC"))  # 17:30 in Paris
    assert HOURS.closing_time(utc) == paris(2026, 11, 24, 18, 0)


def test_intervals_on_a_day() -> None:
    assert HOURS.intervals_on(date(2026, 11, 28)) == (Interval(540, 720),)
    assert HOURS.intervals_on(date(2026, 12, 25)) == ()


def test_until_midnight() -> None:
    late = OpeningHours("Europe/Paris", ((Interval(1200, 1440),),) * 7)
    assert late.closing_time(paris(2026, 11, 24, 23, 30)) == paris(2026, 11, 25, 0, 0)


def test_invalid_hours_are_refused() -> None:
    with pytest.raises(ValueError, match="one entry per weekday"):
        OpeningHours("UTC", ((),) * 6)
    with pytest.raises(ValueError, match="overlap"):
        OpeningHours("UTC", ((Interval(0, 600), Interval(500, 700)),) + ((),) * 6)


def test_mapping_round_trip() -> None:
    mapping = HOURS.to_mapping()
    assert mapping["monday"] == ["09:00-12:00", "13:30-18:00"]
    assert mapping["sunday"] == []
    assert mapping["closed_dates"] == ["2026-12-25"]
    assert OpeningHours.from_mapping("Europe/Paris", mapping) == HOURS


@pytest.mark.parametrize(
    ("timezone", "mapping", "message"),
    [
        ("Nowhere/City", {}, "unknown time zone"),
        ("UTC", {"lundi": []}, "unknown key 'lundi'"),
        ("UTC", {"monday": "09:00-12:00"}, "monday must be a list"),
        ("UTC", {"monday": ["9-12"]}, "is not an interval"),
        ("UTC", {"monday": ["09:00-12:00", "11:00-13:00"]}, "overlap"),
        ("UTC", {"closed_dates": "2026-12-25"}, "closed_dates must be a list"),
        ("UTC", {"closed_dates": ["Noël"]}, "closed_dates must be a list"),
    ],
)
def test_bad_mappings_are_explained(timezone: str, mapping: dict[str, object],
                                    message: str) -> None:
    with pytest.raises(ValueError, match=message):
        OpeningHours.from_mapping(timezone, mapping)
