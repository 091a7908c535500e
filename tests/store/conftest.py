"""Fixtures of the store tests: a real database (a SQLite file, and PostgreSQL when
KIOSK_TEST_DATABASE_URL is set), migrated from empty, and the application over it."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from kiosk.store.app import create_app
from kiosk.store.config import StoreSettings
from kiosk.store.db import make_engine, make_sessionmaker, migrate
from kiosk.store.models import Site, StaffToken, StaffUser
from kiosk.store.security import STAFF_TOKEN_PREFIX, hash_password, new_token
from kiosk.store.services import sites, stations

POSTGRES_URL = os.environ.get("KIOSK_TEST_DATABASE_URL")
SECRET = "test-secret-" + "x" * 40
PASSWORD = "correct horse battery"
PASSWORD_HASH = hash_password(PASSWORD)


@pytest.fixture(autouse=True)
def _no_user_configuration(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The store's settings must not read this machine's configuration during tests."""
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "absent.toml"))
    for name in list(os.environ):
        if name.startswith("KIOSK_") and name not in ("KIOSK_CONFIG", "KIOSK_TEST_DATABASE_URL"):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated from empty; each test works on a copy of it."""
    path = tmp_path_factory.mktemp("template") / "store.sqlite3"
    migrate(f"sqlite:///{path}")
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path,
                 migrated_sqlite: Path) -> Iterator[str]:
    if request.param == "sqlite":
        copy = tmp_path / "store.sqlite3"
        shutil.copyfile(migrated_sqlite, copy)
        yield f"sqlite:///{copy}"
        return
    if not POSTGRES_URL:
        pytest.skip("KIOSK_TEST_DATABASE_URL is not set (the test command sets it)")
    with postgresql_schema() as url:
        yield url


@contextmanager
def postgresql_schema() -> Iterator[str]:
    """A schema of its own in the test database, dropped afterwards: its URL."""
    assert POSTGRES_URL
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def settings(database_url: str) -> StoreSettings:
    migrate(database_url)  # a no-op on the migrated SQLite copy
    return StoreSettings(secret_key=SECRET, database_url=database_url,
                         offline_hash_iterations=1000)


@pytest.fixture
def engine(settings: StoreSettings) -> Iterator[Engine]:
    engine = make_engine(settings.database_url)
    yield engine
    engine.dispose()


class Clock:
    """The store's clock in tests: it moves only when a test moves it."""

    def __init__(self) -> None:
        # A Tuesday, 10:00 in Paris.
        self.now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(engine: Engine) -> Iterator[Session]:
    with make_sessionmaker(engine)() as session:
        yield session


@pytest.fixture
def client(settings: StoreSettings, engine: Engine, clock: Clock) -> Iterator[TestClient]:
    app = create_app(settings, engine=engine, clock=clock)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@dataclass
class World:
    """Two sites, their staff and an enrolled station each, made the way an admin would."""

    client: TestClient
    db: Session
    settings: StoreSettings
    clock: Clock
    site: Site
    other_site: Site
    tokens: dict[str, str]

    def headers(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}

    def post(self, path: str, who: str | None = None, **json: Any) -> Any:
        headers = self.headers(who) if who else {}
        return self.client.post(f"/api/v1{path}", json=json, headers=headers)

    def get(self, path: str, who: str | None = None, **params: Any) -> Any:
        headers = self.headers(who) if who else {}
        return self.client.get(f"/api/v1{path}", params=params, headers=headers)

    def relogin(self, *names: str) -> None:
        """Log in again, as staff do each morning (their tokens last hours, not days)."""
        for name in names:
            self.tokens[name] = login(self.client, name)

    def enrol(self, name: str, site: Site | None = None) -> str:
        token, _ = stations.create_enrol_token(self.db, settings=self.settings,
                                               site=site or self.site, station_name=name,
                                               now=self.clock())
        self.db.commit()
        response = self.post("/stations/enrol", token=token)
        assert response.status_code == 200, response.text
        station_token: str = response.json()["station_token"]
        self.tokens[name] = station_token
        self.heartbeat(name)
        return station_token

    def heartbeat(self, who: str, **fields: Any) -> Any:
        body = {"health": {"cpu_percent": 5, "memory_percent": 40, "disk_percent": 30}}
        return self.post("/stations/heartbeat", who, **{**body, **fields})

    def issue(self, who: str = "accueil", **fields: Any) -> dict[str, Any]:
        response = self.post("/codes", who, **{"minutes": 30, **fields})
        assert response.status_code == 201, response.text
        issued: dict[str, Any] = response.json()[0]
        return issued


def login(client: TestClient, name: str) -> str:
    response = client.post("/api/v1/auth/login", json={"login": name, "password": PASSWORD})
    assert response.status_code == 200, response.text
    token: str = response.json()["token"]
    return token


@pytest.fixture
def world(client: TestClient, db: Session, settings: StoreSettings, clock: Clock) -> World:
    now = clock()
    site = sites.add_site(db, slug="centre-nord", name="Centre social Nord",
                          timezone="Europe/Paris", now=now,
                          hours={day: ["08:00-20:00"] for day in
                                 ("monday", "tuesday", "wednesday", "thursday", "friday",
                                  "saturday")})
    other = sites.add_site(db, slug="centre-sud", name="Centre social Sud", now=now)
    # Accounts are made directly with one password hash computed once: Argon2 is slow on
    # purpose, and the log-in path itself is tested in test_access.
    for login_name, role, site_id in (("accueil", "secretariat", site.id),
                                      ("accueil-sud", "secretariat", other.id),
                                      ("coordination", "coordinator", site.id),
                                      ("admin", "admin", None)):
        db.add(StaffUser(login=login_name, password_hash=PASSWORD_HASH, role=role,
                         site_id=site_id, created_at=now))
    db.commit()
    world = World(client, db, settings, clock, site, other, {})
    world.relogin("accueil")
    for name in ("accueil-sud", "coordination", "admin"):
        user = db.scalar(select(StaffUser).where(StaffUser.login == name))
        assert user is not None
        token, digest = new_token(STAFF_TOKEN_PREFIX)
        db.add(StaffToken(user_id=user.id, token_hash=digest, created_at=now,
                          expires_at=now + timedelta(hours=settings.staff_token_hours)))
        world.tokens[name] = token
    db.commit()
    world.enrol("poste-1")
    world.enrol("poste-2")
    world.enrol("poste-sud", site=other)
    return world

