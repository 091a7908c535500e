"""The store's web application."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from fastapi import FastAPI
from sqlalchemy import Engine

from kiosk import __version__
from kiosk.store import dashboard
from kiosk.store.api import openapi, problems
from kiosk.store.api.guards import RefuseNulBytes
from kiosk.store.api.routes import router
from kiosk.store.config import StoreSettings
from kiosk.store.db import check_schema, make_engine
from kiosk.store.dbwork import DatabaseWork
from kiosk.store.directory import StationDirectory
from kiosk.store.retention import DailyPurge

API_PREFIX = "/api/v1"


def utc_now() -> datetime:
    return datetime.now(UTC)


def create_app(settings: StoreSettings, *, engine: Engine | None = None,
               clock: Callable[[], datetime] = utc_now) -> FastAPI:
    """Build the application; refuse a database that is not at the current schema.

    `engine` names the database (tests and the demo share theirs); the application opens
    its own connections to it, run by DatabaseWork.
    """
    if engine is None:
        engine = make_engine(settings.database_url)
        check_schema(engine)
        engine.dispose()
    else:
        check_schema(engine)
    work = DatabaseWork(engine.url, wait_seconds=settings.database_wait_seconds)
    directory = StationDirectory(work, settings)
    daily_purge = DailyPurge(work, settings, clock)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The store holds a connection per station (thousands of objects each minute of its
        # life) and little garbage: Python's full collection passes, walking everything
        # alive, paused every request for 100 ms at 5,000 stations (`kiosk bench store`).
        # What start-up made is set apart for good, and full passes come far less often.
        gc.freeze()
        gc.set_threshold(10_000, 50, 100)
        directory.start()
        daily_purge.start()
        try:
            yield
        finally:
            await daily_purge.stop()
            await directory.stop()
            work.close()

    app = FastAPI(
        lifespan=lifespan,
        # No telemetry: nothing about the stations' requests is exported, and checking
        # for it costs every request as much as answering a heartbeat.
        telemetry={"tracing": False, "metrics": False, "logs": False,
                   "operation_spans": False},
        title="kiosk store",
        version=__version__,
        description="Central store of the guest-workstation kiosk: access codes, sessions, "
        "stations and the anonymous usage record.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.work = work
    app.state.directory = directory
    app.state.clock = clock
    problems.install(app)
    openapi.install(app)
    app.add_middleware(RefuseNulBytes)
    app.include_router(router, prefix=API_PREFIX)
    dashboard.install(app)

    @app.get(f"{API_PREFIX}/health", tags=["meta"])
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return app


def app_from_environment() -> FastAPI:
    """The application of a worker process started by `kiosk store serve --workers N`:
    settings come from the environment and the configuration file, as for the parent."""
    return create_app(StoreSettings())
