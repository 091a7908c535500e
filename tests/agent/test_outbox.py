"""The durable outbox keeps every event until the store has it."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk.agent.outbox import Outbox
from kiosk.agent.store_client import StoreUnavailable


def test_events_survive_a_restart_and_leave_once_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "state" / "outbox.sqlite3"
    outbox = Outbox(path)
    first = outbox.add("service_used", {"site_id": "caf"},
                       occurred_at=datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    outbox.add("scan", {"pages": 2})
    outbox.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700

    reopened = Outbox(path)
    assert len(reopened) == 2
    pending = reopened.pending()
    assert pending[0] == {"id": first, "type": "service_used",
                          "occurred_at": "2026-11-24T10:00:00+00:00",
                          "data": {"site_id": "caf"}}
    reopened.acknowledge([first])
    assert [e["type"] for e in reopened.pending()] == ["scan"]
    reopened.close()


def test_the_same_event_is_queued_once(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    outbox.add("scan", {"pages": 1}, event_id="6f1c1a9e-2d3b-4c5d-8e9f-0a1b2c3d4e5f")
    outbox.add("scan", {"pages": 1}, event_id="6f1c1a9e-2d3b-4c5d-8e9f-0a1b2c3d4e5f")
    assert len(outbox) == 1


def test_flush_keeps_what_the_store_did_not_take(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    for pages in range(5):
        outbox.add("scan", {"pages": pages})
    batches: list[list[dict[str, Any]]] = []

    def send(events: list[dict[str, Any]]) -> dict[str, str]:
        if batches:
            raise StoreUnavailable("connection refused")
        batches.append(events)
        return {}

    with pytest.raises(StoreUnavailable):
        outbox.flush(send, batch=2)
    assert [e["data"]["pages"] for e in batches[0]] == [0, 1]
    assert [e["data"]["pages"] for e in outbox.pending()] == [2, 3, 4]
    assert outbox.flush(lambda events: {}, batch=2) == 3
    assert len(outbox) == 0


def test_an_event_refused_for_good_is_set_aside_and_the_rest_go(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    ids = [outbox.add("scan", {"pages": pages}) for pages in range(5)]

    def send(events: list[dict[str, Any]]) -> dict[str, str]:
        return {event["id"]: "invalid-event" for event in events if event["data"]["pages"] == 1}

    assert outbox.flush(send, batch=2) == 4
    assert len(outbox) == 0
    assert outbox.refused_count() == 1
    [kept] = outbox.refused()
    assert kept["id"] == ids[1]
    assert kept["data"] == {"pages": 1}
    assert kept["reason"] == "invalid-event"
    outbox.close()
    assert Outbox(tmp_path / "outbox.sqlite3").refused_count() == 1  # kept across restarts
