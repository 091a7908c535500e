"""Load on the store: simulated stations heartbeating, opening and closing sessions.

The store runs as `kiosk store serve` in its own process on loopback (one uvicorn worker),
exactly as installed; this process plays the stations with an asynchronous HTTP client.
A bare FastAPI endpoint answering a constant is measured the same way, so the ratio shows
how close the store comes to the framework's own limit on the machine.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import text
from sqlalchemy.engine import make_url

from kiosk.bench.loadclient import Connection, HttpError
from kiosk.store.config import StoreSettings
from kiosk.store.db import make_engine, make_sessionmaker, migrate
from kiosk.store.embedded import free_port
from kiosk.store.services import codes, sites, stations

SECRET = "benchmark-secret-" + "b" * 40


@dataclass(frozen=True)
class Phase:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, fraction: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


@dataclass(frozen=True)
class StoreResult:
    heartbeat: Phase
    open: Phase
    events: Phase


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_CONFIG=os.devnull, KIOSK_SECRET_KEY=SECRET, KIOSK_ACCESS_LOG="false",
               KIOSK_OFFLINE_HASH_ITERATIONS="1000")
    return env


@contextmanager
def running(command: list[str], port: int, ready_path: str) -> Iterator[None]:
    """Start a server process and wait until it answers; stop it afterwards."""
    process = subprocess.Popen(command, env=_environment(), stdout=subprocess.DEVNULL,  # noqa: S603
                               stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.request("GET" if ready_path.endswith("health") else "POST",
                              base + ready_path, timeout=2)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    _, err = process.communicate(timeout=10)
                    raise RuntimeError(f"the server did not start: {err[-2000:]}") from None
                time.sleep(0.1)
        yield
    finally:
        process.terminate()
        process.communicate(timeout=30)


def prepare(url: str, station_count: int) -> tuple[list[str], list[str]]:
    """A site with enrolled stations and one code per station; returns their tokens and codes."""
    migrate(url)
    settings = StoreSettings(secret_key=SECRET, database_url=url, offline_hash_iterations=1000)
    engine = make_engine(url)
    now = datetime.now(UTC)
    tokens: list[str] = []
    plain_codes: list[str] = []
    with make_sessionmaker(engine)() as db:
        site = sites.add_site(db, slug="bench", name="Benchmark", now=now)
        for index in range(station_count):
            token, _ = stations.create_enrol_token(db, settings=settings, site=site,
                                                   station_name=f"poste-{index}", now=now)
            _, station_token = stations.enrol(db, token=token, now=now)
            tokens.append(station_token)
        # Codes are issued at most MAX_BATCH at a time, as the reception's desk does.
        for start in range(0, station_count, codes.MAX_BATCH):
            made = codes.make_codes(settings=settings, site=site,
                                    count=min(codes.MAX_BATCH, station_count - start))
            issued = codes.issue_codes(db, site=site, new_codes=made, minutes=120,
                                       print_quota=10, scan_quota=10, valid_until=None,
                                       now=now, by=None)
            plain_codes += [item.code for item in issued]
        db.commit()
    engine.dispose()
    return tokens, plain_codes


async def _drive(base: tuple[str, int], workers: int, seconds: float | None,
                 count: int | None, one: Callable[[Connection, int, int], Awaitable[bool]]
                 ) -> Phase:
    """Run `one(connection, worker, n)` in `workers` loops, for a time or a number of calls."""
    latencies: list[float] = []
    errors = 0
    connections = [Connection(*base) for _ in range(workers)]
    started = time.perf_counter()
    stop_at = started + seconds if seconds else None

    async def loop(worker: int) -> None:
        nonlocal errors
        n = 0
        while (count is None or n < count) and (stop_at is None
                                                  or time.perf_counter() < stop_at):
            begin = time.perf_counter()
            try:
                ok = await one(connections[worker], worker, n)
            except HttpError:
                ok = False
            latencies.append((time.perf_counter() - begin) * 1000)
            errors += not ok
            n += 1

    await asyncio.gather(*(loop(w) for w in range(workers)))
    elapsed = time.perf_counter() - started
    for connection in connections:
        await connection.close()
    return Phase(len(latencies), errors, elapsed, latencies)


def run_store(url: str, *, stations_count: int, seconds: float, workers: int = 1
              ) -> StoreResult:
    tokens, plain_codes = prepare(url, stations_count)
    port = free_port()
    command = [sys.executable, "-m", "kiosk", "store", "serve", "--database", url,
               "--port", str(port), "--workers", str(workers)]
    health = {"health": {"cpu_percent": 12.5, "memory_percent": 41.0, "disk_percent": 33.0}}

    # Like real stations, each sends back the revision of the code list it already holds.
    revisions: dict[int, int] = {}

    async def heartbeat(connection: Connection, worker: int, _n: int) -> bool:
        body = {**health, "codes_revision": revisions.get(worker)}
        status, reply = await connection.request("POST", "/api/v1/stations/heartbeat", body,
                                                 tokens[worker])
        if status != 200:
            return False
        codes_list = json.loads(reply)["codes"]
        if codes_list is not None:
            revisions[worker] = codes_list["revision"]
        return True

    opened: dict[int, str] = {}

    async def open_and_close(connection: Connection, worker: int, n: int) -> bool:
        if n % 2 == 0:
            status, body = await connection.request(
                "POST", "/api/v1/sessions", {"code": plain_codes[worker]}, tokens[worker])
            if status != 201:
                return False
            opened[worker] = json.loads(body)["session_id"]
            return True
        if worker not in opened:
            return False
        status, _ = await connection.request(
            "POST", f"/api/v1/sessions/{opened.pop(worker)}/close",
            {"used_seconds": 1, "reason": "user"}, tokens[worker])
        return status == 200

    async def send_events(connection: Connection, worker: int, _n: int) -> bool:
        now = datetime.now(UTC).isoformat()
        batch = [{"id": str(uuid.uuid4()), "type": "service_used", "occurred_at": now,
                  "data": {"site_id": "caf"}} for _ in range(20)]
        status, _ = await connection.request("POST", "/api/v1/events", {"events": batch},
                                             tokens[worker])
        return status == 200

    with running(command, port, "/api/v1/health"):
        where = ("127.0.0.1", port)
        asyncio.run(_drive(where, stations_count, 1.0, None, heartbeat))  # warm-up
        beat = asyncio.run(_drive(where, stations_count, seconds, None, heartbeat))
        sessions = asyncio.run(_drive(where, stations_count, None, 20, open_and_close))
        # The opening half of the session phase is the "code opening" figure.
        open_phase = Phase(sessions.requests, sessions.errors, sessions.seconds,
                           sessions.latencies_ms[::2])
        batches = asyncio.run(_drive(where, stations_count, None, 5, send_events))
    return StoreResult(beat, open_phase, batches)


def run_baseline(*, workers: int, seconds: float) -> Phase:
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "kiosk.bench.baseline_app:app", "--port",
               str(port), "--no-access-log", "--log-level", "warning"]
    health = {"health": {"cpu_percent": 12.5, "memory_percent": 41.0, "disk_percent": 33.0}}

    async def constant(connection: Connection, _worker: int, _n: int) -> bool:
        status, _ = await connection.request("POST", "/", health)
        return status == 200

    with running(command, port, "/"):
        where = ("127.0.0.1", port)
        asyncio.run(_drive(where, workers, 1.0, None, constant))
        return asyncio.run(_drive(where, workers, seconds, None, constant))


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'bench.sqlite3'}"


@contextmanager
def postgresql_schema(url: str) -> Iterator[str]:
    """A fresh schema in the given PostgreSQL database, dropped afterwards."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield scoped.render_as_string(hide_password=False)
    finally:
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def summary(result: StoreResult) -> dict[str, float | int]:
    return {
        "heartbeat_rps": round(result.heartbeat.rps, 1),
        "heartbeat_p50_ms": round(statistics.median(result.heartbeat.latencies_ms), 2),
        "heartbeat_p99_ms": round(result.heartbeat.percentile(0.99), 2),
        "open_p50_ms": round(statistics.median(result.open.latencies_ms), 2),
        "open_p99_ms": round(result.open.percentile(0.99), 2),
        "events_batches_per_s": round(result.events.rps, 1),
        "errors": result.heartbeat.errors + result.open.errors + result.events.errors,
    }


def temporary_folder() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="kiosk-bench-")
