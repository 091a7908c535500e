"""The station agent with a real store that goes away and comes back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.agent.offline import OFFLINE_CODES_FILE
from kiosk.agent.outbox import Outbox
from kiosk.agent.station import SessionRefused, StationAgent
from kiosk.agent.store_client import StoreClient
from kiosk.core.codes import generate_code
from kiosk.store.models import Code, Event, GuestSession
from tests.agent.conftest import LiveStore, free_port

HEALTH = {"cpu_percent": 2.0, "memory_percent": 30.0, "disk_percent": 40.0}


CLIENTS: list[StoreClient] = []


@pytest.fixture
def agent(live_store: LiveStore, tmp_path: Path) -> Iterator[StationAgent]:
    client = StoreClient(live_store.url)
    CLIENTS.append(client)
    client.enrol(live_store.enrol_token("poste-1"))
    station = StationAgent(client=client, outbox=Outbox(tmp_path / "outbox.sqlite3"),
                           state_dir=tmp_path)
    yield station
    while CLIENTS:
        CLIENTS.pop().close()
    station.outbox.close()


def store_goes_away(agent: StationAgent) -> StoreClient:
    """A network cut: the agent's requests now meet a closed port."""
    live = agent.client
    agent.client = StoreClient(f"http://127.0.0.1:{free_port()}", token="st_unused", timeout=2)
    CLIENTS.append(agent.client)
    return live


def test_an_online_session(live_store: LiveStore, agent: StationAgent) -> None:
    code = live_store.code(minutes=30)
    now = datetime.now(UTC)
    session = agent.open_session(code, now)
    assert not session.offline
    assert session.seconds_left == 30 * 60
    agent.close_session(session, used_seconds=2, reason="user", now=now + timedelta(seconds=2))
    assert agent.outbox.deliveries() == []
    live_store.db.expire_all()
    row = live_store.db.get(GuestSession, session.session_id)
    assert row is not None
    assert row.end_reason == "user"
    live_store.db.rollback()


def test_the_store_away_during_a_session_loses_nothing_and_doubles_nothing(
        live_store: LiveStore, agent: StationAgent, tmp_path: Path) -> None:
    code = live_store.code(minutes=30)
    assert agent.heartbeat(health=HEALTH) == []
    assert (tmp_path / OFFLINE_CODES_FILE).is_file()

    live_client = store_goes_away(agent)
    started = datetime.now(UTC)
    session = agent.open_session(code, started)
    assert session.offline
    assert session.seconds_left == 30 * 60
    agent.outbox.add("service_used", {"site_id": "caf"})
    agent.outbox.add("print_job", {"pages": 1, "copies": 2, "outcome": "completed"})
    agent.close_session(session, used_seconds=300, reason="user",
                        now=started + timedelta(minutes=5), print_pages=2)
    assert agent.heartbeat(health=HEALTH) is None
    assert len(agent.outbox.deliveries()) == 1
    assert len(agent.outbox) == 2

    agent.client = live_client  # the store is back
    assert agent.heartbeat(health=HEALTH) == []
    assert agent.outbox.deliveries() == []
    assert len(agent.outbox) == 0
    assert agent.deliver() is True

    db = live_store.db
    db.expire_all()
    charged = db.scalar(select(Code).where(Code.id == session.offline_code_id))
    assert charged is not None
    assert (charged.used_seconds, charged.print_used) == (300, 2)
    assert db.scalar(select(func.count()).select_from(Event)
                     .where(Event.type.in_(["service_used", "print_job"]))) == 2
    db.rollback()
    # Sent again (the answer was lost, say): recorded once.
    again = agent.client.record_offline_session({
        "id": session.session_id, "code_id": session.offline_code_id,
        "started_at": started.isoformat(),
        "ended_at": (started + timedelta(minutes=5)).isoformat(), "used_seconds": 300,
        "reason": "user", "print_pages": 2, "scan_pages": 0})
    assert again == {"recorded": False, "seconds_left": 25 * 60}


def test_codes_that_cannot_open(live_store: LiveStore, agent: StationAgent) -> None:
    now = datetime.now(UTC)
    with pytest.raises(SessionRefused) as typo:
        agent.open_session("K7M2-9QHX-?", now)
    assert typo.value.code == "code-malformed"
    with pytest.raises(SessionRefused) as unknown:
        agent.open_session(generate_code(), now)
    assert unknown.value.code == "code-unknown"
    assert "accueil" in unknown.value.detail
    store_goes_away(agent)
    with pytest.raises(SessionRefused) as offline_unknown:
        agent.open_session(generate_code(), now)
    assert offline_unknown.value.code == "code-unknown-offline"
