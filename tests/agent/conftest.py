"""A real store on loopback for the station agent's tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from kiosk.store.config import StoreSettings
from kiosk.store.db import make_engine, make_sessionmaker, migrate
from kiosk.store.embedded import free_port, store_in_thread
from kiosk.store.models import Site
from kiosk.store.services import codes, sites, stations

__all__ = ["LiveStore", "free_port", "live_store"]


@dataclass
class LiveStore:
    url: str
    settings: StoreSettings
    db: Session
    site: Site

    def enrol_token(self, name: str) -> str:
        token, _ = stations.create_enrol_token(self.db, settings=self.settings, site=self.site,
                                               station_name=name, now=datetime.now(UTC))
        self.db.commit()
        return token

    def code(self, minutes: int = 30) -> str:
        made = codes.make_codes(settings=self.settings, site=self.site, count=1)
        issued = codes.issue_codes(self.db, site=self.site, new_codes=made, minutes=minutes,
                                   print_quota=5, scan_quota=5, valid_until=None,
                                   now=datetime.now(UTC), by=None)
        self.db.commit()
        return issued[0].code


@pytest.fixture
def live_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveStore]:
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "absent.toml"))
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    migrate(url)
    settings = StoreSettings(secret_key="agent-tests-" + "s" * 40, database_url=url,
                             offline_hash_iterations=1000)
    engine = make_engine(url)
    with store_in_thread(settings, engine) as base_url, make_sessionmaker(engine)() as db:
        site = sites.add_site(db, slug="centre-nord", name="Centre social Nord",
                              now=datetime.now(UTC))
        db.commit()
        yield LiveStore(base_url, settings, db, site)
    engine.dispose()
