"""The store under faults: a database locked by another program, a full disk, PostgreSQL
restarted under it, several processes counting wrong codes at once. Never a 500, never a
freeze: a 503 problem with Retry-After, and /health answers all along."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from kiosk.core.codes import generate_code
from kiosk.store.config import StoreSettings
from kiosk.store.db import make_engine, make_sessionmaker, migrate
from kiosk.store.embedded import free_port, store_in_thread
from kiosk.store.models import Event, RateLimit
from kiosk.store.services import codes, sites, stations
from tests.store.conftest import POSTGRES_URL, SECRET, postgresql_schema

HEALTH_BUDGET = 0.1  # seconds: /health answers this fast while the database is locked
WAIT = 1.0  # the store's database_wait_seconds in these tests


@dataclass
class Store:
    """A store served over loopback with one site, its enrolled stations and a valid code."""

    url: str
    site_id: int
    tokens: list[str]
    code: str

    def post(self, path: str, station: int = 0, **body: Any) -> httpx.Response:
        return httpx.post(f"{self.url}/api/v1{path}", json=body, timeout=30,
                          headers={"Authorization": f"Bearer {self.tokens[station]}"})

    def heartbeat(self, station: int = 0) -> httpx.Response:
        return self.post("/stations/heartbeat", station,
                         health={"cpu_percent": 1, "memory_percent": 1, "disk_percent": 1})

    def health(self) -> tuple[int, float]:
        started = time.perf_counter()
        status = httpx.get(f"{self.url}/api/v1/health", timeout=5).status_code
        return status, time.perf_counter() - started


def prepare(url: str, count: int = 2) -> tuple[StoreSettings, int, list[str], str]:
    """A site, enrolled stations and one valid code, made as an administrator would."""
    settings = StoreSettings(secret_key=SECRET, database_url=url, offline_hash_iterations=1000,
                             database_wait_seconds=WAIT)
    engine = make_engine(url)
    now = datetime.now(UTC)
    tokens = []
    with make_sessionmaker(engine)() as db:
        site = sites.add_site(db, slug="centre-nord", name="Centre social Nord", now=now)
        for number in range(count):
            enrol_token, _ = stations.create_enrol_token(
                db, settings=settings, site=site, station_name=f"poste-{number}", now=now)
            tokens.append(stations.enrol(db, token=enrol_token, now=now)[1])
        made = codes.make_codes(settings=settings, site=site, count=1)
        issued = codes.issue_codes(db, site=site, new_codes=made, minutes=60, print_quota=0,
                                   scan_quota=0, valid_until=None, now=now, by=None)
        db.commit()
        site_id = site.id
    engine.dispose()
    return settings, site_id, tokens, issued[0].code


@contextlib.contextmanager
def serving(url: str, count: int = 2) -> Iterator[Store]:
    settings, site_id, tokens, code = prepare(url, count)
    engine = make_engine(url)
    try:
        with store_in_thread(settings, engine) as base:
            yield Store(base, site_id, tokens, code)
    finally:
        engine.dispose()


def sqlite_store(folder: Path) -> str:
    url = f"sqlite:///{folder / 'store.sqlite3'}"
    migrate(url)
    return url


def assert_busy(response: httpx.Response, code: str) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code
    assert int(response.headers["Retry-After"]) >= 1


# -- a database locked by another program -------------------------------------------------


def test_a_locked_database_answers_503_in_bounded_time_and_health_keeps_answering(
        tmp_path: Path) -> None:
    url = sqlite_store(tmp_path)
    with serving(url) as store:
        assert store.heartbeat().status_code == 200
        # A backup or a second program holds SQLite's write lock, as `BEGIN IMMEDIATE` does.
        locker = sqlite3.connect(tmp_path / "store.sqlite3", isolation_level=None)
        locker.execute("BEGIN IMMEDIATE")
        try:
            with ThreadPoolExecutor(4) as pool:
                started = time.perf_counter()
                writes = [pool.submit(store.post, "/sessions", code=store.code)
                          for _ in range(3)]
                time.sleep(0.2)  # the writes are waiting on the lock now
                health = [store.health() for _ in range(10)]
                heartbeat = store.heartbeat()
                answers = [write.result() for write in writes]
                elapsed = time.perf_counter() - started
        finally:
            locker.rollback()
            locker.close()
        assert all(status == 200 for status, _ in health)
        assert max(seconds for _, seconds in health) < HEALTH_BUDGET, health
        assert heartbeat.status_code == 200  # answered from memory
        for answer in answers:
            assert_busy(answer, "database-busy")
        assert elapsed < 3 * WAIT + 2  # bounded: queue wait, then SQLite's own timeout
        # The lock gone, the same request goes through.
        opened = store.post("/sessions", code=store.code)
        assert opened.status_code == 201, opened.text


def test_reads_go_on_while_another_program_holds_the_write_lock(tmp_path: Path) -> None:
    url = sqlite_store(tmp_path)
    with serving(url) as store:
        locker = sqlite3.connect(tmp_path / "store.sqlite3", isolation_level=None)
        locker.execute("BEGIN IMMEDIATE")
        try:
            # An unknown station token is looked up in the database: a read.
            response = httpx.post(f"{store.url}/api/v1/stations/heartbeat", timeout=10,
                                  json={"health": {"cpu_percent": 1, "memory_percent": 1,
                                                   "disk_percent": 1}},
                                  headers={"Authorization": "Bearer st_unknown-token-000000"})
            first_contact = store.heartbeat(1)  # a station not yet seen: read, then memory
        finally:
            locker.rollback()
            locker.close()
        assert response.status_code == 401
        assert first_contact.status_code == 200


# -- a full disk ------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB file system of its own, which the test can fill."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs",
                             str(mount)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    # Unbuffered: the write that finds the disk full raises, and nothing is left in a buffer
    # for closing the file to fail on.
    with filler.open("wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 65536)
    return filler


def scan_events(count: int) -> list[dict[str, Any]]:
    return [{"id": str(uuid.uuid4()), "type": "scan", "data": {"pages": 1},
             "occurred_at": datetime.now(UTC).isoformat()} for _ in range(count)]


def test_a_full_disk_answers_503_and_the_station_sends_again_later(small_disk: Path) -> None:
    url = sqlite_store(small_disk)
    with serving(url) as store:
        assert store.heartbeat().status_code == 200
        filler = fill(small_disk)
        batch = scan_events(200)
        refused = [store.post("/events", events=batch) for _ in range(3)]
        health = store.health()
        filler.unlink()
        accepted = store.post("/events", events=batch)
    for answer in refused:
        assert_busy(answer, "database-full")
    assert health[0] == 200
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["accepted"] == 200  # nothing half-stored, nothing lost


# -- PostgreSQL -------------------------------------------------------------------------


@pytest.fixture
def postgresql() -> Iterator[str]:
    """A schema of its own in the test PostgreSQL, migrated."""
    if not POSTGRES_URL:
        pytest.skip("KIOSK_TEST_DATABASE_URL is not set (the test command sets it)")
    with postgresql_schema() as url:
        migrate(url)
        yield url


def local_cluster() -> tuple[str, str] | None:
    """(version, name) of the local PostgreSQL cluster the tests use, when root runs them."""
    if os.geteuid() != 0 or shutil.which("pg_ctlcluster") is None:
        return None
    versions = sorted((path.name for path in Path("/etc/postgresql").iterdir()),
                      key=lambda v: [int(p) for p in v.split(".")])
    return (versions[-1], "main") if versions else None


def test_postgresql_restarted_under_a_running_store_gives_no_server_error(
        postgresql: str) -> None:
    cluster = local_cluster()
    if cluster is None:
        pytest.skip("the suite does not administer the PostgreSQL cluster (not root)")
    with serving(postgresql) as store:
        for _ in range(5):  # connections in the pool
            assert store.post("/sessions/offline", **offline_session(store)).status_code == 200
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", *cluster, "restart"],
                       check=True, capture_output=True)
        statuses = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            response = store.post("/sessions/offline", **offline_session(store))
            statuses.append(response.status_code)
            if response.status_code == 503:
                assert_busy(response, "database-unavailable")
                time.sleep(0.2)
                continue
            if statuses[-3:] == [200, 200, 200]:
                break
    assert set(statuses) <= {200, 503}, statuses
    assert statuses[0] == 200, statuses  # the pool's dead connections were checked first
    assert statuses[-3:] == [200, 200, 200]


def offline_session(store: Store) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    return {"id": str(uuid.uuid4()), "code_id": 1, "started_at": now, "ended_at": now,
            "used_seconds": 60, "reason": "user"}


def test_wrong_codes_counted_by_two_store_processes_are_all_counted(
        postgresql: str, tmp_path: Path) -> None:
    settings, site_id, tokens, _code = prepare(postgresql, count=24)
    port = free_port()
    environment = {**os.environ, "KIOSK_CONFIG": str(tmp_path / "absent.toml"),
                   "KIOSK_SECRET_KEY": SECRET, "KIOSK_DATABASE_URL": postgresql,
                   "KIOSK_ACCESS_LOG": "false"}
    log = tmp_path / "store.log"
    with log.open("wb") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "store", "serve", "--port", str(port),
             "--workers", "2"], env=environment, stdout=output, stderr=subprocess.STDOUT)
    store = Store(f"http://127.0.0.1:{port}", site_id, tokens, "")
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if store.health()[0] == 200:
                    break
            assert time.monotonic() < deadline, "the store did not start"
            assert server.poll() is None, log.read_text()
            time.sleep(0.2)
        with ThreadPoolExecutor(24) as pool:
            answers = list(pool.map(
                lambda n: store.post("/sessions", n, code=generate_code()).status_code,
                range(24)))
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert answers == [404] * 24
    engine = make_engine(postgresql)
    with make_sessionmaker(engine)() as db:
        counted = db.get(RateLimit, f"code:site:{site_id}")
        events = db.scalars(select(Event).where(Event.type == "code_failure")).all()
    engine.dispose()
    assert counted is not None
    assert counted.failures == 24
    assert len(events) == 24
    assert settings.site_code_attempts == 30
