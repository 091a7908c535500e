"""The store's database work, run off the event loop with bounded waits.

Requests never wait on the database on the event loop: a locked SQLite file or a restarting
PostgreSQL would otherwise freeze every request, `/health` included. With SQLite, one thread
owns the only writing connection and takes the writes in turn (SQLite has one writer anyway,
and waiting on a queue wakes at once where SQLite's busy handler sleeps and polls), while a
few read-only connections answer reads beside it (WAL readers never wait for the writer).
With PostgreSQL, a bounded pool of threads with a pool of checked connections does both.

A request that waits too long for its turn, or finds the database locked, full or gone,
gets a 503 problem with `Retry-After`: stations treat it as "try again later".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker

from kiosk.store.db import make_engine, make_read_engine, make_sessionmaker
from kiosk.store.errors import StoreError

log = logging.getLogger("kiosk.store")
T = TypeVar("T")

SQLITE_READERS = 4
POSTGRESQL_THREADS = 8
# Seconds a station waits before it tries again, by what went wrong.
RETRY_BUSY, RETRY_UNAVAILABLE, RETRY_FULL = 2, 10, 60


def database_error(error: Exception) -> StoreError | None:
    """The problem a database failure is for the caller; None for a fault of the store."""
    if isinstance(error, PoolTimeout):
        return StoreError("database-busy", retry_after=RETRY_BUSY)
    if not isinstance(error, DBAPIError):
        return None
    message = str(error.orig).lower()
    sqlstate = getattr(error.orig, "sqlstate", None) or ""
    if "disk is full" in message or "disk full" in message or sqlstate.startswith("53"):
        log.error("the database cannot write: its disk is full")
        return StoreError("database-full", retry_after=RETRY_FULL)
    if "locked" in message or "busy" in message:
        return StoreError("database-busy", retry_after=RETRY_BUSY)
    if isinstance(error, OperationalError) or error.connection_invalidated:
        log.error("the database is unreachable: %s", type(error.orig).__name__)
        return StoreError("database-unavailable", retry_after=RETRY_UNAVAILABLE)
    return None


class DatabaseWork:
    """Where routes send their database work: `await work.write(fn)`, `await work.read(fn)`,
    `fn` taking a session and committing what it changes."""

    def __init__(self, url: URL, *, wait_seconds: float) -> None:
        self.wait_seconds = wait_seconds
        self.sqlite = url.get_backend_name() == "sqlite"
        if self.sqlite:
            self.write_engine = make_engine(url, busy_seconds=wait_seconds, pool_size=1)
            self.read_engine = make_read_engine(url, pool_size=SQLITE_READERS)
            self._writer = ThreadPoolExecutor(1, thread_name_prefix="kiosk-db-write")
            self._reader = ThreadPoolExecutor(SQLITE_READERS, thread_name_prefix="kiosk-db-read")
        else:
            self.write_engine = self.read_engine = make_engine(
                url, busy_seconds=wait_seconds, pool_size=POSTGRESQL_THREADS)
            self._writer = self._reader = ThreadPoolExecutor(
                POSTGRESQL_THREADS, thread_name_prefix="kiosk-db")
        self._write_sessions = make_sessionmaker(self.write_engine)
        self._read_sessions = make_sessionmaker(self.read_engine)

    async def write(self, work: Callable[[Session], T]) -> T:
        return await self._submit(self._writer, self._write_sessions, work)

    async def read(self, work: Callable[[Session], T]) -> T:
        return await self._submit(self._reader, self._read_sessions, work)

    async def _submit(self, executor: ThreadPoolExecutor, sessions: sessionmaker[Session],
                      work: Callable[[Session], T]) -> T:
        future = executor.submit(_run, sessions, work)
        waiting = asyncio.wrap_future(future)
        try:
            # asyncio.timeout, not wait_for: on Python 3.11, wait_for may swallow a
            # cancellation that comes as the work finishes, and the caller (the directory's
            # sync at shutdown) would then never stop.
            async with asyncio.timeout(self.wait_seconds):
                return await asyncio.shield(waiting)
        except TimeoutError:
            if future.cancel():  # still in the queue: it will not run
                raise StoreError("database-busy", retry_after=RETRY_BUSY) from None
            return await waiting  # running: bounded by the database's own timeouts
        except asyncio.CancelledError:  # the caller went away
            future.cancel()
            raise

    def close(self) -> None:
        self._writer.shutdown(wait=True, cancel_futures=True)
        self._reader.shutdown(wait=True, cancel_futures=True)
        engines: set[Engine] = {self.write_engine, self.read_engine}
        for engine in engines:
            engine.dispose()


def _run(sessions: sessionmaker[Session], work: Callable[[Session], T]) -> T:
    with sessions() as db:
        try:
            return work(db)
        except (DBAPIError, PoolTimeout) as error:
            problem = database_error(error)
            if problem is None:
                raise
            raise problem from None
