"""The store's web application."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from fastapi import FastAPI
from sqlalchemy import Engine

from kiosk import __version__
from kiosk.store.api import problems
from kiosk.store.api.guards import RefuseNulBytes
from kiosk.store.api.routes import router
from kiosk.store.config import StoreSettings
from kiosk.store.db import check_schema, make_engine, make_sessionmaker

API_PREFIX = "/api/v1"


def utc_now() -> datetime:
    return datetime.now(UTC)


def create_app(settings: StoreSettings, *, engine: Engine | None = None,
               clock: Callable[[], datetime] = utc_now) -> FastAPI:
    """Build the application; refuse a database that is not at the current schema."""
    engine = engine or make_engine(settings.database_url)
    check_schema(engine)
    app = FastAPI(
        title="kiosk store",
        version=__version__,
        description="Central store of the guest-workstation kiosk: access codes, sessions, "
        "stations and the anonymous usage record.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = make_sessionmaker(engine)
    app.state.clock = clock
    problems.install(app)
    app.add_middleware(RefuseNulBytes)
    app.include_router(router, prefix=API_PREFIX)

    @app.get(f"{API_PREFIX}/health", tags=["meta"])
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return app


def app_from_environment() -> FastAPI:
    """The application of a worker process started by `kiosk store serve --workers N`:
    settings come from the environment and the configuration file, as for the parent."""
    return create_app(StoreSettings())
