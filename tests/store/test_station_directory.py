"""Heartbeats are answered from memory; what another store process (a second worker, a
command-line tool) changes still reaches the stations within one heartbeat."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from kiosk.store.app import create_app
from kiosk.store.config import StoreSettings
from kiosk.store.dbwork import DatabaseWork
from kiosk.store.directory import StationDirectory
from kiosk.store.models import Station
from kiosk.store.security import token_digest
from kiosk.store.services import stations
from tests.store.conftest import Clock, World

HEALTH = {"health": {"cpu_percent": 1, "memory_percent": 1, "disk_percent": 1}}


@pytest.fixture
def second_process(settings: StoreSettings, engine: Engine, clock: Clock
                   ) -> Iterator[TestClient]:
    """Another store process over the same database, as `--workers 2` runs them."""
    with TestClient(create_app(settings, engine=engine, clock=clock),
                    raise_server_exceptions=False) as other:
        yield other


def beat(client: TestClient, token: str) -> httpx.Response:
    return client.post("/api/v1/stations/heartbeat", json=HEALTH,
                       headers={"Authorization": f"Bearer {token}"})


def eventually(check: Callable[[], bool], seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "not within the time a heartbeat allows"
        time.sleep(0.1)


def test_a_command_sent_through_another_process_reaches_the_station(
        world: World, second_process: TestClient) -> None:
    token = world.tokens["poste-1"]
    assert beat(world.client, token).json()["commands"] == []  # known to the first process
    station_id = world.db.scalar(select(Station.id).where(Station.name == "poste-1"))
    world.db.rollback()
    sent = second_process.post(f"/api/v1/stations/{station_id}/commands",
                               json={"kind": "message", "text": "Bonjour"},
                               headers=world.headers("accueil"))
    assert sent.status_code == 201, sent.text
    received: list[Any] = []

    def delivered() -> bool:
        received.extend(beat(world.client, token).json()["commands"])
        return bool(received)

    eventually(delivered)
    assert [(c["kind"], c["text"]) for c in received] == [("message", "Bonjour")]
    assert beat(world.client, token).json()["commands"] == []  # once


def test_a_token_replaced_elsewhere_stops_working_within_a_heartbeat(
        world: World, second_process: TestClient) -> None:
    old = world.tokens["poste-1"]
    assert beat(world.client, old).status_code == 200
    # The PC is enrolled again through the other process (or the command line).
    enrol_token, _ = stations.create_enrol_token(world.db, settings=world.settings,
                                                 site=world.site, station_name="poste-1",
                                                 now=world.clock())
    world.db.commit()
    enrolled = second_process.post("/api/v1/stations/enrol", json={"token": enrol_token})
    assert enrolled.status_code == 200
    new = enrolled.json()["station_token"]
    eventually(lambda: beat(world.client, old).status_code == 401)
    assert beat(world.client, new).status_code == 200


def test_reports_reach_the_board_of_another_process(
        world: World, second_process: TestClient) -> None:
    assert beat(world.client, world.tokens["poste-2"]).status_code == 200
    world.post("/stations/heartbeat", "poste-2", outbox_backlog=7, **HEALTH)

    def on_the_board() -> bool:
        board = second_process.get("/api/v1/board", headers=world.headers("accueil")).json()
        poste = next(s for s in board["stations"] if s["name"] == "poste-2")
        return bool(poste["outbox_backlog"] == 7)

    eventually(on_the_board)


class HeldReads:
    """The store's database work, with each read held after it ran until let go: a read
    that began before a change and ends after it."""

    def __init__(self, work: DatabaseWork) -> None:
        self.work = work
        self.let_go = asyncio.Event()

    async def read(self, fn: Callable[[Any], Any]) -> Any:
        result = await self.work.read(fn)
        await self.let_go.wait()
        return result

    async def write(self, fn: Callable[[Any], Any]) -> Any:
        return await self.work.write(fn)


def test_a_read_overtaken_by_a_change_is_not_kept(world: World, settings: StoreSettings,
                                                  engine: Engine) -> None:
    """An administrator puts a computer back in order while a look-up of it is under way:
    the look-up's answer (still out of order) must not be remembered after the change."""
    digest = token_digest(world.tokens["poste-1"])
    station = world.db.scalars(select(Station).where(Station.name == "poste-1")).one()

    def set_out_of_order(value: bool) -> None:
        station.out_of_order = value
        world.db.commit()

    async def scenario() -> tuple[bool, bool]:
        work = DatabaseWork(engine.url, wait_seconds=5)
        held = HeldReads(work)
        directory = StationDirectory(held, settings)  # type: ignore[arg-type]
        try:
            set_out_of_order(True)
            looking = asyncio.create_task(directory.station(digest))
            await asyncio.sleep(0.5)  # the read ran: out of order
            set_out_of_order(False)
            directory.station_changed(station.id)
            held.let_go.set()
            overtaken = await looking
            fresh = await directory.station(digest)
            assert overtaken is not None
            assert fresh is not None
            return overtaken.out_of_order, fresh.out_of_order
        finally:
            work.close()

    assert asyncio.run(scenario()) == (True, False)
