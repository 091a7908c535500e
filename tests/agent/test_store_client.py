"""The station's client against a real store on loopback."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.agent.outbox import Outbox
from kiosk.agent.station import StationAgent
from kiosk.agent.store_client import StoreClient, StoreRefusal, StoreUnavailable
from kiosk.store.models import Event, Station
from tests.agent.conftest import LiveStore, free_port

HEALTH = {"cpu_percent": 3.0, "memory_percent": 41.0, "disk_percent": 20.0}


def test_enrol_heartbeat_and_a_session(live_store: LiveStore) -> None:
    with StoreClient(live_store.url) as client:
        enrolment = client.enrol(live_store.enrol_token("poste-1"))
        assert enrolment.station_name == "poste-1"
        assert enrolment.site["slug"] == "centre-nord"
        reply = client.heartbeat(health=HEALTH)
        assert reply["commands"] == []
        assert reply["codes"]["codes"] == []
        code = live_store.code(minutes=20)
        session = client.open_session(code)
        assert session["seconds_left"] == 20 * 60
        assert client.tick(session["session_id"], 3)["seconds_left"] == 20 * 60 - 3
        closed = client.close_session(session["session_id"], 90, "user")
        assert closed["ended"] is True


def test_refusals_carry_the_stores_words(live_store: LiveStore) -> None:
    with StoreClient(live_store.url) as client:
        with pytest.raises(StoreRefusal) as unknown_token:
            client.enrol("en_" + "x" * 40)
        assert unknown_token.value.code == "enrol-token-invalid"
        client.enrol(live_store.enrol_token("poste-1"))
        with pytest.raises(StoreRefusal) as wrong_code:
            client.open_session("K7M2-9QHX-T")
        assert wrong_code.value.status in (400, 404)
        assert "accueil" in wrong_code.value.detail
    with StoreClient(live_store.url) as anonymous, pytest.raises(StoreRefusal) as no_token:
        anonymous.heartbeat(health=HEALTH)
    assert no_token.value.code == "unauthenticated"


def test_an_absent_store_is_unavailable_not_a_refusal() -> None:
    with StoreClient(f"http://127.0.0.1:{free_port()}", token="st_x", timeout=2) as client, \
            pytest.raises(StoreUnavailable):
        client.heartbeat(health=HEALTH)


def test_the_outbox_reaches_the_store_once(live_store: LiveStore, tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    for site_id in ("caf", "ameli", "caf"):
        outbox.add("service_used", {"site_id": site_id})
    events = outbox.pending()
    with StoreClient(live_store.url) as client:
        client.enrol(live_store.enrol_token("poste-1"))
        assert client.send_events(events) == {}
        # The answer was lost on the way back, say: sending again stores nothing twice.
        assert client.send_events(events) == {}
        assert outbox.flush(client.send_events) == 3
    assert len(outbox) == 0
    assert live_store.db.scalar(select(func.count()).select_from(Event)) == 3
    live_store.db.rollback()


def test_a_bad_event_never_holds_back_the_outbox(live_store: LiveStore, tmp_path: Path) -> None:
    """An event the store cannot take (a newer station's field, a clock gone wrong) is set
    aside at the station, counted in its heartbeat and shown on the board; the rest drains."""
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    outbox.add("service_used", {"site_id": "caf"})
    bad = [outbox.add("scan", {"pages": 1, "file": "releve.pdf"}),
           outbox.add("scan", {"pages": 1}, occurred_at=datetime(1970, 1, 1, tzinfo=UTC))]
    outbox.add("service_used", {"site_id": "ameli"})
    with StoreClient(live_store.url) as client:
        client.enrol(live_store.enrol_token("poste-1"))
        agent = StationAgent(client=client, outbox=outbox, state_dir=tmp_path)
        assert agent.deliver()
        assert len(outbox) == 0
        assert [event["id"] for event in outbox.refused()] == bad
        assert agent.heartbeat(health=HEALTH) == []
        assert agent.deliver()  # nothing left to send, nothing sent twice
    db = live_store.db
    assert db.scalar(select(func.count()).select_from(Event)) == 2
    deadline = time.monotonic() + 10  # heartbeats reach the database within a second
    while db.scalar(select(Station.refused_events)) != len(bad):
        db.rollback()
        assert time.monotonic() < deadline
        time.sleep(0.1)
    db.rollback()
