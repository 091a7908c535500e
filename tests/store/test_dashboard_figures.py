"""The dashboard's figures, from a history written through the API, equal what plain
arithmetic on that history gives (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kiosk.core import periods
from kiosk.store.models import Site
from kiosk.store.services import events, reports
from kiosk.store.services.reports import SiteScope
from tests.store.conftest import World
from tests.store.usage_history import History, write_history

WEEK = periods.containing("week", date(2026, 11, 24))  # Monday 23 to Sunday 29
TODAY = date(2026, 11, 30)


@pytest.fixture
def history(world: World) -> History:
    return write_history(world)


def scopes(world: World, *slugs: str) -> list[SiteScope]:
    world.db.expire_all()
    rows = world.db.scalars(select(Site).where(Site.slug.in_(slugs)).order_by(Site.slug))
    return [SiteScope.of(site) for site in rows]


def test_the_overview_of_a_week_is_the_arithmetic_of_its_history(
        world: World, history: History) -> None:
    nord = scopes(world, "centre-nord")
    figures = reports.overview(world.db, nord, WEEK, TODAY)
    expected = history.expected("centre-nord", WEEK.first, WEEK.last)
    assert figures.sessions == expected["sessions"] == 3
    assert figures.codes == expected["codes"] == 2  # the first code came back on Wednesday
    assert figures.seconds == expected["seconds"] == (20 + 45 + 40) * 60
    assert figures.average_seconds == round(expected["seconds"] / 3)
    assert figures.median_seconds == expected["median"] == 40 * 60
    assert figures.pages_printed == expected["printed"] == 6  # the failed job prints nothing
    assert figures.pages_scanned == expected["scanned"] == 3
    assert figures.turned_away == expected["turned_away"] == 1
    assert figures.help_requests == expected["help"] == 1
    assert figures.satisfaction == dict(expected["satisfaction"]) == {"yes": 1, "partly": 1}
    # Two computers, enrolled on Tuesday, open 08:00-20:00 Tuesday to Saturday.
    capacity = 2 * 12 * 3600 * 5
    assert figures.capacity_seconds == capacity
    assert figures.occupancy == pytest.approx(expected["seconds"] / capacity)
    services = {key: count for key, count, _ in
                reports.counts_by_key(world.db, nord, WEEK, "service_used")}
    assert services == dict(expected["services"]) == {"caf": 2, "ameli": 1,
                                                     "france-travail": 1}
    hosts = reports.counts_by_key(world.db, nord, WEEK, "blocked_navigation")
    assert [(host, count) for host, count, _ in hosts] == expected["refused"].most_common()
    endings = {key: count for key, count, _ in
               reports.counts_by_key(world.db, nord, WEEK, "session")}
    assert endings == dict(expected["reasons"])


def test_the_previous_period_and_the_other_site_stay_apart(
        world: World, history: History) -> None:
    nord, both = scopes(world, "centre-nord"), scopes(world, "centre-nord", "centre-sud")
    next_week = periods.containing("week", TODAY)
    assert next_week.previous() == WEEK
    after = reports.overview(world.db, nord, next_week, TODAY)
    assert (after.sessions, after.seconds, after.pages_printed) == (1, 50 * 60, 1)
    everything = reports.overview(world.db, both, WEEK, TODAY)
    expected_sud = history.expected("centre-sud", WEEK.first, WEEK.last)
    assert everything.sessions == 3 + expected_sud["sessions"]
    assert everything.codes == 2 + expected_sud["codes"]
    assert reports.overview(world.db, scopes(world, "centre-sud"), WEEK,
                            TODAY).pages_printed == 0


def test_the_daily_lines_and_the_busy_hours(world: World, history: History) -> None:
    nord = scopes(world, "centre-nord")
    lines = {line.day: line for line in reports.daily(world.db, nord, WEEK)}
    assert len(lines) == 7
    tuesday, wednesday = lines[date(2026, 11, 24)], lines[date(2026, 11, 25)]
    assert (tuesday.sessions, tuesday.seconds, tuesday.pages_printed, tuesday.pages_scanned,
            tuesday.turned_away, tuesday.help_requests) == (2, 65 * 60, 6, 2, 1, 1)
    assert (wednesday.sessions, wednesday.seconds, wednesday.pages_scanned) == (1, 2400, 1)
    assert sum(line.sessions for line in lines.values()) == 3
    heat = reports.heat_map(world.db, nord, WEEK, TODAY).rates
    # Tuesday 10 h: 20 minutes on one computer and 30 on the other, out of 2 times 60.
    assert heat[1][10] == pytest.approx(50 / 120)
    assert heat[1][11] == pytest.approx(15 / 120)
    assert heat[2][17] == pytest.approx(20 / 120)
    assert heat[2][18] == pytest.approx(20 / 120)
    assert heat[1][9] == 0.0
    assert heat[6][10] is None  # closed on Sunday
    assert heat[1][7] is None  # not open yet at 7


def test_the_session_list_is_anonymous_and_in_local_time(
        world: World, history: History) -> None:
    lines = list(reports.session_list(world.db, scopes(world, "centre-nord"), WEEK))
    assert [(line.station, line.started_at.strftime("%d %H:%M"), line.seconds, line.end_reason)
            for line in lines] == [("poste-1", "24 10:00", 1200, "user"),
                                   ("poste-2", "24 10:30", 2700, "time_up"),
                                   ("poste-1", "25 17:40", 2400, "closing")]
    assert not any(hasattr(line, "code") for line in lines)


def test_the_figures_stay_when_the_raw_events_are_purged(
        world: World, history: History) -> None:
    nord = scopes(world, "centre-nord")
    before = reports.overview(world.db, nord, WEEK, TODAY)
    world.db.rollback()
    deleted, turned = events.purge(world.db, retention_days=1, now=world.clock())
    world.db.commit()
    assert deleted > 0
    assert turned == 1
    after = reports.overview(world.db, nord, WEEK, TODAY)
    assert after == before


def test_a_period_without_anything(world: World) -> None:
    nord = scopes(world, "centre-nord")
    empty = periods.containing("year", date(2024, 5, 1))
    figures = reports.overview(world.db, nord, empty, TODAY)
    assert (figures.sessions, figures.codes, figures.median_seconds, figures.average_seconds,
            figures.occupancy) == (0, 0, None, None, None)
    assert reports.overview(world.db, [], WEEK, TODAY).sessions == 0
    future = periods.containing("month", date(2027, 3, 1))
    assert reports.overview(world.db, nord, future, TODAY).capacity_seconds == 0
