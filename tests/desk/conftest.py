"""The desk's tests: a real store on loopback with a secretariat account and an enrolled
station whose agent plays the station's side."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kiosk.agent.outbox import Outbox
from kiosk.agent.station import StationAgent
from kiosk.agent.store_client import StoreClient
from kiosk.desk import DESK_TRANSLATIONS
from kiosk.desk.client import DeskClient
from kiosk.shell import i18n
from kiosk.store.services import staff
from tests.agent.conftest import LiveStore, live_store
from tests.printing.conftest import cups_server, printers

__all__ = ["LiveStore", "cups_server", "live_store", "printers"]

LOGIN, PASSWORD = "accueil", "un mot de passe pour l'accueil"
HEALTH = {"cpu_percent": 3.0, "memory_percent": 40.0, "disk_percent": 20.0}


@pytest.fixture
def desk_french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The desk in French, as `kiosk desk` starts by default."""
    translator = i18n.install(qapp, "fr", tmp_path, sources=DESK_TRANSLATIONS, name="desk")
    assert translator is not None
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def desk_store(live_store: LiveStore) -> LiveStore:
    staff.add_user(live_store.db, login=LOGIN, password=PASSWORD, role="secretariat",
                   site_id=live_store.site.id, now=datetime.now(UTC))
    live_store.db.commit()
    return live_store


@pytest.fixture
def desk_client(desk_store: LiveStore) -> Iterator[DeskClient]:
    with DeskClient(desk_store.url) as client:
        yield client


@pytest.fixture
def station(desk_store: LiveStore, tmp_path: Path) -> Iterator[StationAgent]:
    """The station "poste-1" of the site, enrolled, as its agent runs it."""
    client = StoreClient(desk_store.url)
    client.enrol(desk_store.enrol_token("poste-1"))
    agent = StationAgent(client=client, outbox=Outbox(tmp_path / "station" / "outbox.sqlite3"),
                         state_dir=tmp_path / "station")
    agent.heartbeat(health=HEALTH)
    yield agent
    client.close()
    agent.outbox.close()
