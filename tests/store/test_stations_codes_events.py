"""Enrolment, heartbeats, the board, staff commands, codes at the reception, the usage record."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.core.codes import normalise_code, offline_code_hash
from kiosk.store.models import Code, DailyAggregate, Event, Station
from kiosk.store.services import events, stations
from tests.store.conftest import World

# -- enrolment and heartbeats -------------------------------------------------------------


def test_enrolment_tokens_work_once_and_expire(world: World) -> None:
    token, _ = stations.create_enrol_token(world.db, settings=world.settings, site=world.site,
                                           station_name="poste-9", now=world.clock())
    late, _ = stations.create_enrol_token(world.db, settings=world.settings, site=world.site,
                                          station_name="poste-10", now=world.clock())
    world.db.commit()
    first = world.post("/stations/enrol", token=token)
    assert first.status_code == 200
    assert first.json()["station_name"] == "poste-9"
    assert first.json()["site"]["slug"] == "centre-nord"
    assert first.json()["station_token"].startswith("st_")
    again = world.post("/stations/enrol", token=token)
    assert again.status_code == 401
    assert again.json()["code"] == "enrol-token-invalid"
    world.clock.advance(hours=73)
    assert world.post("/stations/enrol", token=late).status_code == 401
    assert world.post("/stations/enrol", token="en_" + "x" * 40).status_code == 401


def test_enrolling_the_same_station_again_replaces_its_token(world: World) -> None:
    old = world.tokens["poste-1"]
    new = world.enrol("poste-1")
    assert new != old
    world.tokens["old"] = old
    assert world.heartbeat("old").status_code == 401
    assert world.heartbeat("poste-1").status_code == 200
    count = world.db.scalars(select(Station).where(Station.name == "poste-1")).all()
    assert len(count) == 1
    world.db.rollback()


def test_heartbeat_reports_health_and_gets_offline_codes_when_they_change(world: World) -> None:
    first = world.heartbeat("poste-1", outbox_backlog=3, refused_events=2,
                            policy_version="abc123").json()
    revision = first["codes"]["revision"]
    board = world.get("/board", "accueil").json()
    poste = next(s for s in board["stations"] if s["name"] == "poste-1")
    assert poste["outbox_backlog"] == 3
    assert poste["refused_events"] == 2
    assert poste["health"]["memory_percent"] == 40
    assert first["site"]["opening_hours"]["monday"] == ["08:00-20:00"]
    assert world.heartbeat("poste-1", codes_revision=revision).json()["codes"] is None
    issued = world.issue(minutes=45, print_quota=4)
    reply = world.heartbeat("poste-1", codes_revision=revision).json()
    offline = reply["codes"]
    assert offline["revision"] > revision
    (entry,) = offline["codes"]
    # The station can check a typed code offline, and the hash is useless without the salt.
    salt = bytes.fromhex(offline["salt"])
    canonical = normalise_code(issued["code"])
    assert entry["hash"] == offline_code_hash(canonical, salt, offline["iterations"])
    assert entry["seconds_left"] == 45 * 60
    assert entry["print_left"] == 4
    assert issued["code"] not in str(reply)


@pytest.mark.parametrize("fields", [
    {"refused_events": -1},
    {"health": {"cpu_percent": 101, "memory_percent": 1, "disk_percent": 1}},
    {"health": {"cpu_percent": 1, "memory_percent": 1}},
    {"outbox_backlog": -1},
    {"session_id": "not-a-uuid"},
    {"policy_version": "../../etc"},
    {"surprise": True},
])
def test_bad_heartbeats_are_refused(world: World, fields: dict[str, Any]) -> None:
    response = world.heartbeat("poste-1", **fields)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid-request"


def test_board_states_and_next_free_station(world: World) -> None:
    code = world.issue(minutes=20)["code"]
    world.post("/sessions", "poste-2", code=code)
    world.enrol("poste-3")
    world.db.execute(Station.__table__.update().where(Station.name == "poste-3")
                     .values(out_of_order=True))
    world.db.commit()
    world.clock.advance(minutes=2)
    world.heartbeat("poste-2")
    board = world.get("/board", "accueil").json()
    states = {s["name"]: s["state"] for s in board["stations"]}
    assert states == {"poste-1": "offline", "poste-2": "in_use", "poste-3": "out_of_order"}
    assert board["free"] == 0
    assert board["next_free_at"].startswith("2026-11-24T09:20:00")
    world.heartbeat("poste-1")
    assert world.get("/board", "accueil").json()["free"] == 1


def test_staff_commands_reach_the_station_once(world: World) -> None:
    code = world.issue(minutes=30)["code"]
    world.post("/sessions", "poste-1", code=code)
    board = world.get("/board", "accueil").json()
    station_id = next(s["id"] for s in board["stations"] if s["name"] == "poste-1")
    path = f"/stations/{station_id}/commands"
    assert world.post(path, "accueil", kind="message", text="La salle ferme à midi.")\
        .status_code == 201
    assert world.post(path, "accueil", kind="extend", minutes=15).status_code == 201
    assert world.post(path, "accueil", kind="extend").json()["code"] == "invalid-request"
    assert world.post(path, "accueil", kind="message").json()["code"] == "invalid-request"
    assert world.post(path, "accueil", kind="reboot").status_code == 422
    commands = world.heartbeat("poste-1").json()["commands"]
    assert [(c["kind"], c.get("text"), c.get("minutes")) for c in commands] == [
        ("message", "La salle ferme à midi.", None), ("extend", None, 15)]
    assert world.heartbeat("poste-1").json()["commands"] == []
    lookup = world.post("/codes/lookup", "accueil", code=code).json()
    assert lookup["seconds_left"] == 45 * 60
    other_id = next(s["id"] for s in board["stations"] if s["name"] == "poste-2")
    no_session = world.post(f"/stations/{other_id}/commands", "accueil", kind="extend",
                            minutes=5)
    assert no_session.json()["code"] == "session-unknown"


# -- codes at the reception ---------------------------------------------------------------


def test_codes_are_shown_once_then_only_summarised(world: World) -> None:
    response = world.post("/codes", "accueil", count=3, minutes=60, print_quota=5)
    assert response.status_code == 201
    batch = response.json()
    assert len({item["code"] for item in batch}) == 3
    assert all(item["details"]["state"] == "issued" for item in batch)
    assert batch[0]["details"]["valid_until"] == "2026-11-24T23:00:00Z"  # midnight in Paris
    listing = world.get("/codes", "accueil").json()
    assert len(listing) == 3
    assert "code" not in listing[0]
    rows = world.db.scalars(select(Code)).all()
    for item in batch:
        plain = item["code"]
        assert all(plain not in (row.code_hash + row.offline_hash) for row in rows)
        assert all(normalise_code(plain) not in (row.code_hash + row.offline_hash)
                   for row in rows)
    world.db.rollback()


def test_lookup_revoke_extend_and_filter(world: World) -> None:
    one = world.issue(minutes=30)
    two = world.issue(minutes=30)
    world.post("/sessions", "poste-1", code=one["code"])
    assert world.post("/codes/lookup", "accueil", code=one["code"]).json()["state"] == "active"
    assert world.post("/codes/lookup", "accueil", code="0000-0000-0").json()["code"] == \
        "code-unknown"
    assert world.post("/codes/lookup", "accueil", code="hello").json()["code"] == \
        "code-malformed"
    extended = world.post(f"/codes/{two['details']['id']}/extend", "accueil", minutes=15)
    assert extended.json()["minutes_total"] == 45
    revoked = world.post(f"/codes/{two['details']['id']}/revoke", "accueil").json()
    assert revoked["state"] == "revoked"
    assert [c["id"] for c in world.get("/codes", "accueil", state="revoked").json()] == \
        [two["details"]["id"]]
    assert [c["id"] for c in world.get("/codes", "accueil", state="active").json()] == \
        [one["details"]["id"]]
    assert world.get("/codes", "accueil", state="issued").json() == []
    assert world.get("/codes", "accueil", state="unknown").status_code == 422
    world.clock.advance(days=1)
    world.relogin("accueil")
    assert len(world.get("/codes", "accueil", state="expired").json()) == 1
    assert world.get("/codes/999999", "accueil").json()["code"] == "not-found"


@pytest.mark.parametrize("body", [
    {"minutes": 2}, {"minutes": 601}, {"minutes": 30, "count": 0}, {"minutes": 30, "count": 101},
    {"minutes": 30, "print_quota": -1}, {"minutes": 30, "valid_until": "2026-11-24T10:00:00"},
    {"minutes": "trente"}, {"minutes": 30, "valid_until": "9999-12-31T23:59:59-14:00"},
    {"minutes": 30, "valid_until": "0001-01-01T00:00:00+00:01"},
])
def test_bad_code_requests(world: World, body: dict[str, Any]) -> None:
    response = world.post("/codes", "accueil", **body)
    assert response.status_code == 422
    assert response.json()["detail"] == "La demande est incomplète ou mal formée."


def test_codes_cannot_be_issued_in_the_past(world: World) -> None:
    response = world.post("/codes", "accueil", minutes=30,
                          valid_until="2026-11-24T08:00:00+00:00")
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "valid_until", "problem": "in_the_past"}]


def test_turned_away_are_counted_per_day(world: World) -> None:
    for _ in range(3):
        assert world.post("/turned-away", "accueil").status_code == 201
    world.clock.advance(days=1)
    world.relogin("accueil", "coordination")
    world.post("/turned-away", "accueil", reason="closing_soon")
    days = world.get("/turned-away", "coordination").json()
    assert days == [{"day": "2026-11-24", "count": 3}, {"day": "2026-11-25", "count": 1}]


# -- the usage record ---------------------------------------------------------------------


def event(type_: str, data: dict[str, Any], at: datetime | None = None,
          id_: str | None = None) -> dict[str, Any]:
    return {"id": id_ or str(uuid.uuid4()), "type": type_,
            "occurred_at": (at or datetime(2026, 11, 24, 9, 0, tzinfo=UTC)).isoformat(),
            "data": data}


def test_ingest_is_idempotent(world: World) -> None:
    batch = [event("service_used", {"site_id": "caf"}),
             event("print_job", {"pages": 2, "copies": 3, "outcome": "completed"}),
             event("blocked_navigation", {"host": "evil.example"}),
             event("wipe_report", {"verified": True, "counts": {"files": 3, "cookies": 12}})]
    first = world.post("/events", "poste-1", events=batch)
    assert first.json() == {"accepted": 4, "duplicates": 0, "refused": []}
    again = world.post("/events", "poste-1", events=batch)
    assert again.json() == {"accepted": 0, "duplicates": 4, "refused": []}
    mixed = world.post("/events", "poste-1", events=[*batch[:2], event("scan", {"pages": 2})])
    assert mixed.json() == {"accepted": 1, "duplicates": 2, "refused": []}
    stored = world.db.scalars(select(Event).where(Event.type != "code_failure")).all()
    assert len(stored) == 5
    world.db.rollback()


@pytest.mark.parametrize("bad", [
    event("service_used", {"site_id": "CAF!"}),
    event("service_used", {"site_id": "caf", "url": "https://www.caf.fr/mon-compte"}),
    event("blocked_navigation", {"host": "evil.example/path?q=name"}),
    event("print_job", {"pages": 2, "copies": 0, "outcome": "completed"}),
    event("print_job", {"pages": 2, "copies": 1, "outcome": "completed",
                        "file": "releve.pdf"}),
    event("teleport", {}),
    {**event("scan", {"pages": 1}), "occurred_at": "2026-11-24T10:00:00"},
    {**event("scan", {"pages": 1}), "id": "not-a-uuid"},
    event("wipe_report", {"verified": True, "counts": {"File Names": 1}}),
    {**event("scan", {"pages": 1}), "occurred_at": "0001-01-01T00:00:00+00:01"},
    {**event("scan", {"pages": 1}), "occurred_at": "9999-12-31T23:59:59-00:01"},
    {**event("scan", {"pages": 1}), "occurred_at": "1970-01-01T00:00:00+00:00"},
    {"id": None, "type": "scan"},
    {},
])
def test_a_bad_event_is_refused_alone_and_the_rest_of_the_batch_stored(
        world: World, bad: dict[str, Any]) -> None:
    good = event("scan", {"pages": 1})
    response = world.post("/events", "poste-1", events=[good, bad, good])
    assert response.status_code == 200
    answer = response.json()
    assert (answer["accepted"], answer["duplicates"]) == (1, 1)
    [refused] = answer["refused"]
    assert refused["index"] == 1
    assert refused["status"] == 422
    assert refused["code"] == "invalid-event"
    assert refused["id"] == (bad.get("id") if isinstance(bad.get("id"), str) else None)
    assert refused["errors"]
    assert all(set(e) == {"field", "problem"} for e in refused["errors"])
    # The same batch again: the good event is a duplicate, the bad one refused again.
    again = world.post("/events", "poste-1", events=[good, bad]).json()
    assert (again["accepted"], again["duplicates"], len(again["refused"])) == (0, 1, 1)


def test_a_batch_that_is_not_a_batch_is_refused_whole(world: World) -> None:
    assert world.post("/events", "poste-1", events=[]).status_code == 422
    too_many = [event("scan", {"pages": 1}) for _ in range(501)]
    assert world.post("/events", "poste-1", events=too_many).status_code == 422
    assert world.post("/events", "poste-1", events=["scan"]).status_code == 422


def test_events_count_in_the_daily_figures_once_and_survive_the_purge(world: World) -> None:
    old = datetime(2025, 6, 2, 22, 30, tzinfo=UTC)  # 00:30 on 3 June in Paris
    recent = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    batch = [event("service_used", {"site_id": "caf"}, old),
             event("service_used", {"site_id": "caf"}, old),
             event("service_used", {"site_id": "ameli"}, old),
             event("print_job", {"pages": 2, "copies": 3, "outcome": "completed"}, old),
             event("print_job", {"pages": 5, "copies": 1, "outcome": "failed"}, old),
             event("scan", {"pages": 4}, old),
             event("station_health", {"cpu_percent": 1, "memory_percent": 2,
                                      "disk_percent": 3}, old),
             event("service_used", {"site_id": "caf"}, recent)]
    world.post("/events", "poste-1", events=batch)
    world.post("/events", "poste-1", events=batch[:2])  # sent again: counted once
    world.post("/events", "poste-1", events=[event("service_used", {"site_id": "caf"},
                                                   old + timedelta(minutes=5))])

    def figures() -> dict[tuple[str, str, str], tuple[int, int]]:
        return {(a.day.isoformat(), a.type, a.key): (a.count, a.total)
                for a in world.db.scalars(select(DailyAggregate))}

    expected = {
        ("2025-06-03", "service_used", "caf"): (3, 3),
        ("2025-06-03", "service_used", "ameli"): (1, 1),
        ("2025-06-03", "print_job", "completed"): (1, 6),
        ("2025-06-03", "print_job", "failed"): (1, 0),
        ("2025-06-03", "scan", ""): (1, 4),
        ("2026-11-20", "service_used", "caf"): (1, 1),
    }
    assert figures() == expected
    world.db.rollback()
    now = world.clock()
    assert events.purge(world.db, retention_days=396, now=now) == (8, 0)
    world.db.commit()
    assert events.purge(world.db, retention_days=396, now=now) == (0, 0)
    world.db.commit()
    assert figures() == expected  # the figures stay when the raw events go
    remaining = world.db.scalars(select(Event).where(Event.type == "service_used")).all()
    assert len(remaining) == 1
    world.db.rollback()
