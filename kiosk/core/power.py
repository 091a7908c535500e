"""When a station may power itself off, and when it should wake: from the place's opening
hours. Off outside opening hours (so PCs do not run, or start, on closed days), on again a
little before the place opens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from kiosk.core.hours import OpeningHours

__all__ = ["PowerPlan", "next_opening", "power_plan"]

# How far ahead the search for the next opening goes: beyond, the station stays off until
# someone presses its button (a place closed for a month in summer).
_LOOK_AHEAD_DAYS = 45


@dataclass(frozen=True, slots=True)
class PowerPlan:
    power_off: bool
    wake_at: datetime | None  # when the firmware's clock should start the PC again
    reason: str


def next_opening(hours: OpeningHours, now: datetime) -> datetime | None:
    """The next instant the place opens, strictly after `now` (None beyond the look-ahead)."""
    zone = hours.zone
    local = now.astimezone(zone)
    for offset in range(_LOOK_AHEAD_DAYS + 1):
        day = local.date() + timedelta(days=offset)
        midnight = datetime.combine(day, time(0), tzinfo=zone)
        for interval in hours.intervals_on(day):
            start = midnight + timedelta(minutes=interval.start)
            # An interval that continues one ending at midnight is no new opening.
            if start > now and not (interval.start == 0 and hours.is_open(start - timedelta(
                    minutes=1))):
                return start.astimezone(now.tzinfo)
    return None


def power_plan(hours: OpeningHours | None, now: datetime, *, uptime: timedelta,
               wake_before: timedelta = timedelta(minutes=10),
               grace: timedelta = timedelta(minutes=20),
               min_uptime: timedelta = timedelta(minutes=30),
               shortest_off: timedelta = timedelta(hours=3)) -> PowerPlan:
    """Power off when the place has been closed for `grace` and opens again no sooner than
    `shortest_off` from now (not for a lunch break), the PC having run `min_uptime` (someone
    who switched it on out of hours, to repair it, has time to work); wake it `wake_before`
    the next opening."""
    if hours is None:
        return PowerPlan(power_off=False, wake_at=None, reason="no opening hours: always on")
    if hours.is_open(now) or hours.is_open(now - grace):
        return PowerPlan(power_off=False, wake_at=None, reason="open, or just closed")
    opening = next_opening(hours, now)
    if opening is not None and opening - now < max(shortest_off, grace + wake_before):
        return PowerPlan(power_off=False, wake_at=None, reason="opens again soon")
    if uptime < min_uptime:
        return PowerPlan(power_off=False, wake_at=None,
                         reason="started recently (out of hours: someone may be working)")
    wake_at = None if opening is None else opening - wake_before
    return PowerPlan(power_off=True, wake_at=wake_at,
                     reason="closed" if wake_at else "closed beyond the look-ahead")
