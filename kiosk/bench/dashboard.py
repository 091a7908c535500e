"""The dashboard on a long history: a store filled with a year of events at several sites,
then every page and export timed over HTTP, beside a bare framework endpoint answering a
constant page, served and fetched the same way in the same run."""

from __future__ import annotations

import re
import secrets
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from kiosk.bench import history
from kiosk.store.config import StoreSettings
from kiosk.store.db import make_engine, make_sessionmaker, migrate
from kiosk.store.embedded import app_in_thread, store_in_thread
from kiosk.store.services import staff

# The benchmark's administrator, made for the run: its password lives as long as the process.
PASSWORD = secrets.token_urlsafe(18)
RUNS = 7
TARGET_MS = 300.0


@dataclass(frozen=True)
class Measured:
    events: int
    sessions: int
    fill_seconds: float
    timings_ms: dict[str, float]  # page or export name: median milliseconds


def pages(today: datetime) -> dict[str, str]:
    """What a coordinator opens, by name: pages first, then exports."""
    year = f"period=year&date={today.date().isoformat()}"
    month = f"period=month&date={today.date().isoformat()}"
    return {
        "overview_year": f"/dashboard/?{year}",
        "overview_year_one_site": f"/dashboard/?{year}&site=site-1",
        "overview_month": f"/dashboard/?{month}",
        "overview_day": "/dashboard/?period=day",
        "stations": f"/dashboard/stations?{year}",
        "refused": f"/dashboard/refused?{year}",
        "report_year": f"/dashboard/report?{year}",
        "audit": f"/dashboard/audit?{month}",
        "export_daily_csv": f"/dashboard/export/daily.csv?{year}",
        "export_daily_ods": f"/dashboard/export/daily.ods?{year}",
        "export_daily_xlsx": f"/dashboard/export/daily.xlsx?{year}",
        "export_sessions_month_csv": f"/dashboard/export/sessions.csv?{month}&site=site-1",
        "export_sessions_month_ods": f"/dashboard/export/sessions.ods?{month}&site=site-1",
        "export_sessions_month_xlsx": f"/dashboard/export/sessions.xlsx?{month}&site=site-1",
        "export_sessions_year_csv": f"/dashboard/export/sessions.csv?{year}&site=site-1",
        "export_sessions_year_ods": f"/dashboard/export/sessions.ods?{year}&site=site-1",
        "export_sessions_year_xlsx": f"/dashboard/export/sessions.xlsx?{year}&site=site-1",
    }


def fill_store(url: str, *, events: int, sites: int, stations: int,
               progress: Callable[[int], None] | None = None) -> tuple[int, int, float]:
    """A migrated store at `url` with a year of history; (events, sessions, seconds)."""
    migrate(url)
    engine = make_engine(url)
    started = time.perf_counter()
    now = datetime.now(UTC)
    try:
        with make_sessionmaker(engine)() as db:
            made, computers = history.make_sites(db, count=sites, stations_per_site=stations,
                                                 enrolled_at=now - timedelta(days=400))
            staff.add_user(db, login="bench-admin", password=PASSWORD, role="admin",
                           site_id=None, now=now)
            db.commit()
            written = history.fill(db, sites=made, stations=computers, events=events,
                                   end=now, progress=progress)
    finally:
        engine.dispose()
    return written.events, written.sessions, time.perf_counter() - started


def _median_ms(client: httpx.Client, path: str) -> float:
    response = client.get(path)  # the first one warms caches up, as a browser's would
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(path)
        response.read()
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
    return round(statistics.median(times), 1)


def _logged_in(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=120)
    page = client.get("/dashboard/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    if token is None:
        raise RuntimeError("the log-in page has no form token")
    done = client.post("/dashboard/login", data={"login": "bench-admin", "password": PASSWORD,
                                                  "csrf_token": token.group(1)})
    if "kiosk_dashboard" not in client.cookies:
        raise RuntimeError(f"log-in refused ({done.status_code})")
    return client


def measure(url: str, *, events: int, sites: int, stations: int,
            progress: Callable[[int], None] | None = None) -> Measured:
    written, sessions, seconds = fill_store(url, events=events, sites=sites,
                                            stations=stations, progress=progress)
    settings = StoreSettings(secret_key="benchmark-secret-" + "d" * 40, database_url=url)
    engine = make_engine(url)
    try:
        with store_in_thread(settings, engine) as base, closing(_logged_in(base)) as client:
            timings = {name: _median_ms(client, path)
                       for name, path in pages(datetime.now(UTC)).items()}
    finally:
        engine.dispose()
    return Measured(written, sessions, round(seconds, 1), timings)


BASELINE_PAGE = "<!doctype html><title>baseline</title>" + "<p>figure</p>" * 200


def baseline_ms() -> float:
    """A bare FastAPI endpoint answering a constant HTML page, fetched the same way."""
    app = FastAPI()

    @app.get("/")
    async def constant() -> HTMLResponse:
        return HTMLResponse(BASELINE_PAGE)

    with app_in_thread(app, name="baseline") as base, httpx.Client(base_url=base) as client:
        return _median_ms(client, "/")
