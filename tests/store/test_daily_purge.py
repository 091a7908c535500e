"""The store purges raw events by itself once a day, each site by its own retention."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from kiosk.store.dbwork import DatabaseWork
from kiosk.store.models import AuditEntry, Event, Station
from kiosk.store.retention import DailyPurge
from kiosk.store.services import events, sites
from tests.store.conftest import World


def an_event(world: World, station: str, at: datetime) -> None:
    row = world.db.scalars(select(Station).where(Station.name == station)).one()
    world.db.add(Event(id=str(uuid.uuid4()), site_id=row.site_id, station_id=row.id,
                       type="scan", occurred_at=at, received_at=at, data={"pages": 1}))


def test_the_store_purges_by_itself_once_it_has_settled(world: World) -> None:
    from fastapi.testclient import TestClient  # noqa: PLC0415

    from kiosk.store.app import create_app  # noqa: PLC0415

    def purges() -> int:
        count = len(world.db.scalars(select(AuditEntry).where(
            AuditEntry.action == "store.purge")).all())
        world.db.rollback()
        return count

    assert purges() == 0  # this test's store waits a minute before its first look
    eager = world.settings.model_copy(update={"purge_first_seconds": 0})
    app = create_app(eager, engine=world.db.get_bind().engine,  # type: ignore[union-attr]
                     clock=world.clock)
    with TestClient(app):
        deadline = time.monotonic() + 10
        while purges() == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
    assert purges() == 1


def test_the_daily_purge_keeps_each_sites_retention_and_runs_once_a_day(
        world: World) -> None:
    now = world.clock()
    sites.set_desk_settings(world.db, site=world.other_site, retention_days=30, now=now)
    for days in (10, 100, 500):
        an_event(world, "poste-1", now - timedelta(days=days))
        an_event(world, "poste-sud", now - timedelta(days=days))
    world.db.commit()
    work = DatabaseWork(world.db.get_bind().engine.url, wait_seconds=5)  # type: ignore[union-attr]
    clock = [now + timedelta(days=1, minutes=1)]
    purge = DailyPurge(work, world.settings, lambda: clock[0])
    try:
        deleted = asyncio.run(purge.run_if_due())
        # centre-nord keeps 396 days: the 500-day event goes; centre-sud keeps 30 days.
        assert deleted == (1 + 2, 0)
        assert asyncio.run(purge.run_if_due()) is None  # once a day
        clock[0] += timedelta(days=1)
        assert asyncio.run(purge.run_if_due()) == (0, 0)
    finally:
        work.close()
    world.db.expire_all()
    left = sorted((e.site_id == world.site.id, round((now - e.occurred_at).days))
                  for e in world.db.scalars(select(Event).where(Event.type == "scan")))
    assert left == [(False, 10), (True, 10), (True, 100)]
    last = events.last_purge(world.db)
    assert last == now + timedelta(days=2, minutes=1)
    world.db.rollback()


def test_a_purge_the_clock_does_not_call_for_does_nothing(world: World) -> None:
    work = DatabaseWork(world.db.get_bind().engine.url, wait_seconds=5)  # type: ignore[union-attr]
    purge = DailyPurge(work, world.settings, lambda: datetime.now(UTC))
    try:
        assert asyncio.run(purge.run_if_due()) is not None  # never run yet: runs
        assert asyncio.run(purge.run_if_due()) is None
    finally:
        work.close()
