"""The store purges raw events by itself once a day, each site by its own retention."""

from __future__ import annotations

import asyncio
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


def test_the_store_purged_once_as_it_started(world: World) -> None:
    entries = world.db.scalars(select(AuditEntry).where(
        AuditEntry.action == "store.purge")).all()
    assert len(entries) == 1
    world.db.rollback()


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
        # The store's own purge ran at start with the test clock; a day later it runs again.
        assert asyncio.run(purge.run_if_due()) is not None
        assert asyncio.run(purge.run_if_due()) is None
    finally:
        work.close()
