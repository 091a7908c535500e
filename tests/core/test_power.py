"""When a station powers itself off and when it wakes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.hours import OpeningHours
from kiosk.core.power import next_opening, power_plan

PARIS = ZoneInfo("Europe/Paris")
HOURS = OpeningHours.from_mapping("Europe/Paris", {
    "monday": ["09:00-12:00", "14:00-18:00"], "tuesday": ["09:00-18:00"],
    "wednesday": ["09:00-12:00"], "thursday": [], "friday": ["22:00-24:00"],
    "saturday": ["00:00-02:00"], "closed_dates": ["2026-12-08"]})
LONG_UP = timedelta(hours=3)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=PARIS)  # 2026-12-07 is a Monday


def test_the_next_opening() -> None:
    assert next_opening(HOURS, at(7, 8)) == at(7, 9)
    assert next_opening(HOURS, at(7, 12, 30)) == at(7, 14)
    # Tuesday the 8th is a closed date: Wednesday morning comes next.
    assert next_opening(HOURS, at(7, 19)) == at(9, 9)
    # Friday 22:00 to Saturday 02:00 is one opening, not two.
    assert next_opening(HOURS, at(11, 23)) == at(14, 9)
    assert next_opening(HOURS, at(10, 12)) == at(11, 22)
    assert next_opening(OpeningHours.from_mapping("Europe/Paris", {}), at(7, 8)) is None


def test_the_station_stays_on_while_open_and_a_little_after() -> None:
    assert not power_plan(HOURS, at(7, 10), uptime=LONG_UP).power_off
    assert not power_plan(HOURS, at(7, 18, 10), uptime=LONG_UP).power_off
    assert not power_plan(None, at(7, 23), uptime=LONG_UP).power_off
    # Lunch: closed from 12:00 to 14:00, too short to be worth it.
    assert not power_plan(HOURS, at(7, 13), uptime=LONG_UP).power_off


def test_off_at_night_and_awake_before_the_next_opening() -> None:
    plan = power_plan(HOURS, at(7, 19), uptime=LONG_UP)
    assert plan.power_off
    assert plan.wake_at == at(9, 8, 50)  # past the closed Tuesday
    assert plan.wake_at.astimezone(UTC) == datetime(2026, 12, 9, 7, 50, tzinfo=UTC)


def test_switched_on_out_of_hours_it_waits_for_the_technician() -> None:
    plan = power_plan(HOURS, at(10, 15), uptime=timedelta(minutes=5))
    assert not plan.power_off
    assert power_plan(HOURS, at(10, 15), uptime=timedelta(minutes=40)).power_off


def test_a_place_closed_for_good_powers_off_without_waking() -> None:
    closed = OpeningHours.from_mapping("Europe/Paris", {"monday": ["09:00-12:00"],
                                                        "closed_dates": [
        (date(2026, 12, 7) + timedelta(days=7 * week)).isoformat() for week in range(10)]})
    plan = power_plan(closed, at(7, 13), uptime=LONG_UP)
    assert plan.power_off
    assert plan.wake_at is None
