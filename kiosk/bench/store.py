"""Load on the store: simulated stations heartbeating, opening and closing sessions.

The store runs as `kiosk store serve` in its own process on loopback (one uvicorn worker),
exactly as installed; this process plays the stations with an asynchronous HTTP client.
A bare FastAPI endpoint answering a constant is measured the same way, so the ratio shows
how close the store comes to the framework's own limit on the machine.

Two kinds of load: closed loop (each station sends again as soon as it is answered: the
throughput at saturation) and open loop (each station sends on its own schedule whatever
happens, as real stations do: latency is counted from when a request was due, so a store
that falls behind shows it).
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import random
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
    heartbeat: Phase  # closed loop, the best of ROUNDS
    baseline: Phase  # the bare endpoint, closed loop, in rounds alternating with the above
    sessions: Phase  # closed loop: opening and closing, alternately
    events: Phase  # closed loop: batches of 20
    real: Phase  # open loop: the real pattern, every station every 1/rate seconds
    open: Phase  # open loop: code openings (and closings) at a busy site's pace
    highest_rate: float  # open loop: the most heartbeats/s with p99 <= LATENCY_LIMIT_MS


LATENCY_LIMIT_MS = 50.0
# The heartbeat and the bare endpoint are measured in turn, this many times each, and the
# best of each kept: what slows a shared machine down for a moment then weighs on neither.
ROUNDS = 3
SEARCH_STEP = 1.5  # each step of the search for the highest rate sends this much more
SEARCH_STEPS = 12


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


def prepare(url: str, station_count: int, code_count: int | None = None
            ) -> tuple[list[str], list[str]]:
    """A site with enrolled stations and one code for each of the first `code_count` (all by
    default); returns their tokens and codes."""
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
        code_count = station_count if code_count is None else code_count
        for start in range(0, code_count, codes.MAX_BATCH):
            made = codes.make_codes(settings=settings, site=site,
                                    count=min(codes.MAX_BATCH, code_count - start))
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


Call = Callable[[Connection, int, int], Awaitable[bool]]


async def _open_loop(base: tuple[str, int], stations_count: int, rate: float,
                     seconds: float, one: Call, *, warm_up: Call) -> Phase:
    """Each of `stations_count` stations calls `one` every 1/`rate` seconds, starting at a
    random moment of its first interval; latency runs from when the call was due.

    Stations that have been running hold their connection from one request to the next
    (the store keeps it longer than their interval): each first calls `warm_up`, untimed,
    so that its connection is open and the store has seen it.
    """
    interval = 1.0 / rate
    latencies: list[float] = []
    errors = 0
    connections = [Connection(*base) for _ in range(stations_count)]
    for start in range(0, stations_count, 100):
        await asyncio.gather(*(warm_up(connections[i], i, 0)
                               for i in range(start, min(start + 100, stations_count))))
    phases = random.Random(stations_count)
    # This process's own garbage collection must not pause the stations it plays.
    gc.collect()
    gc.disable()
    begin = time.perf_counter() + 0.2
    end = begin + seconds

    async def station(index: int) -> None:
        nonlocal errors
        due = begin + phases.random() * interval
        n = 0
        while due < end:
            wait = due - time.perf_counter()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                ok = await one(connections[index], index, n)
            except HttpError:
                ok = False
            latencies.append((time.perf_counter() - due) * 1000)
            errors += not ok
            due += interval
            n += 1

    try:
        await asyncio.gather(*(station(i) for i in range(stations_count)))
    finally:
        gc.enable()
    for connection in connections:
        await connection.close()
    return Phase(len(latencies), errors, seconds, latencies)


def highest_rate(base: tuple[str, int], stations_count: int, start_rate: float,
                 seconds: float, one: Call) -> float:
    """The most requests/s (all stations together) answered with p99 <= LATENCY_LIMIT_MS and
    no error, raising the stations' rate step by step from `start_rate` (per station)."""
    best = 0.0
    rate = start_rate
    for _ in range(SEARCH_STEPS):
        phase = asyncio.run(_open_loop(base, stations_count, rate, seconds, one,
                                       warm_up=one))
        intended = stations_count * rate * seconds
        if (phase.errors or phase.percentile(0.99) > LATENCY_LIMIT_MS
                or phase.requests < 0.9 * intended):
            break
        best = phase.rps
        rate *= SEARCH_STEP
    return best


def run_store(url: str, *, stations_count: int, seconds: float, workers: int = 1,
              real_stations: int = 5000, rate: float = 0.1) -> StoreResult:
    tokens, plain_codes = prepare(url, max(stations_count, real_stations), stations_count)
    port = free_port()
    command = [sys.executable, "-m", "kiosk", "store", "serve", "--database", url,
               "--port", str(port), "--workers", str(workers)]
    # Like real stations, each sends back the revision of the code list it already holds.
    revisions: dict[int, int] = {}

    async def heartbeat(connection: Connection, station: int, _n: int) -> bool:
        body = {**HEALTH, "codes_revision": revisions.get(station)}
        status, reply = await connection.request("POST", "/api/v1/stations/heartbeat", body,
                                                 tokens[station])
        if status != 200:
            return False
        codes_list = json.loads(reply)["codes"]
        if codes_list is not None:
            revisions[station] = codes_list["revision"]
        return True

    opened: dict[int, str] = {}

    async def open_and_close(connection: Connection, station: int, n: int) -> bool:
        if n % 2 == 0:
            status, body = await connection.request(
                "POST", "/api/v1/sessions", {"code": plain_codes[station]}, tokens[station])
            if status != 201:
                return False
            opened[station] = json.loads(body)["session_id"]
            return True
        if station not in opened:
            return False
        status, _ = await connection.request(
            "POST", f"/api/v1/sessions/{opened.pop(station)}/close",
            {"used_seconds": 1, "reason": "user"}, tokens[station])
        return status == 200

    async def send_events(connection: Connection, station: int, _n: int) -> bool:
        now = datetime.now(UTC).isoformat()
        batch = [{"id": str(uuid.uuid4()), "type": "service_used", "occurred_at": now,
                  "data": {"site_id": "caf"}} for _ in range(20)]
        status, _ = await connection.request("POST", "/api/v1/events", {"events": batch},
                                             tokens[station])
        return status == 200

    bare_port = free_port()
    with running(command, port, "/api/v1/health"), \
            running(_baseline_command(bare_port), bare_port, "/"):
        where = ("127.0.0.1", port)
        bare = ("127.0.0.1", bare_port)
        asyncio.run(_drive(where, stations_count, 1.0, None, heartbeat))  # warm-up
        asyncio.run(_drive(bare, stations_count, 1.0, None, _constant))
        rounds = [(asyncio.run(_drive(where, stations_count, seconds / ROUNDS, None, heartbeat)),
                   asyncio.run(_drive(bare, stations_count, seconds / ROUNDS, None, _constant)))
                  for _ in range(ROUNDS)]
        sessions = asyncio.run(_drive(where, stations_count, None, 20, open_and_close))
        batches = asyncio.run(_drive(where, stations_count, None, 5, send_events))
        real = asyncio.run(_open_loop(where, real_stations, rate, seconds, heartbeat,
                                      warm_up=heartbeat))
        # A busy site: every station opens or closes a session every 5 s on average.
        opening = asyncio.run(_open_loop(where, stations_count, 0.2, seconds, open_and_close,
                                         warm_up=heartbeat))
        best = highest_rate(where, real_stations, rate, max(seconds / 2, 1), heartbeat)
    return StoreResult(max((store for store, _ in rounds), key=lambda phase: phase.rps),
                       max((bare for _, bare in rounds), key=lambda phase: phase.rps),
                       sessions, batches, real,
                       Phase(opening.requests, opening.errors, opening.seconds,
                             opening.latencies_ms[::2]), best)


HEALTH = {"health": {"cpu_percent": 12.5, "memory_percent": 41.0, "disk_percent": 33.0}}


async def _constant(connection: Connection, _worker: int, _n: int) -> bool:
    status, _ = await connection.request("POST", "/", HEALTH)
    return status == 200


def _baseline_command(port: int) -> list[str]:
    return [sys.executable, "-m", "uvicorn", "kiosk.bench.baseline_app:app", "--port",
            str(port), "--no-access-log", "--log-level", "warning",
            "--timeout-keep-alive", "30"]  # as `kiosk store serve`


def baseline_highest_rate(*, seconds: float, real_stations: int, rate: float) -> float:
    """The bare endpoint's highest open-loop rate with p99 <= LATENCY_LIMIT_MS."""
    port = free_port()
    with running(_baseline_command(port), port, "/"):
        return highest_rate(("127.0.0.1", port), real_stations, rate, max(seconds / 2, 1),
                            _constant)


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
    def ms(value: float) -> float:
        return round(value, 2)

    return {
        "heartbeat_rps": round(result.heartbeat.rps, 1),
        "baseline_rps": round(result.baseline.rps, 1),
        "heartbeat_ratio": round(result.heartbeat.rps / result.baseline.rps, 3)
        if result.baseline.rps else 0.0,
        "heartbeat_p50_ms": ms(result.heartbeat.percentile(0.5)),
        "heartbeat_p99_ms": ms(result.heartbeat.percentile(0.99)),
        "real_rps": round(result.real.rps, 1),
        "real_p50_ms": ms(result.real.percentile(0.5)),
        "real_p99_ms": ms(result.real.percentile(0.99)),
        "highest_rps_p99_50ms": round(result.highest_rate, 1),
        "open_p50_ms": ms(result.open.percentile(0.5)),
        "open_p99_ms": ms(result.open.percentile(0.99)),
        "sessions_ops_per_s": round(result.sessions.rps, 1),
        "events_batches_per_s": round(result.events.rps, 1),
        "errors": sum(phase.errors for phase in (result.heartbeat, result.sessions,
                                                  result.events, result.real, result.open)),
    }


def temporary_folder() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="kiosk-bench-")
