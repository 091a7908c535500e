"""Stations open sessions with codes, count time, meter pages and close them."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from kiosk.core.codes import generate_code, normalise_code
from kiosk.store.db import make_sessionmaker
from kiosk.store.models import Code, Event, GuestSession
from kiosk.store.security import token_digest
from kiosk.store.services import sessions
from kiosk.store.services.stations import known_station
from tests.store.conftest import World


def test_a_guest_session_from_code_to_close(world: World) -> None:
    issued = world.issue(minutes=30, print_quota=10, scan_quota=5)
    code = issued["code"]
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]", code)
    opened = world.post("/sessions", "poste-1", code=code.lower().replace("-", " "))
    assert opened.status_code == 201, opened.text
    session = opened.json()
    assert session["seconds_left"] == 30 * 60
    assert session["print_left"] == 10
    assert session["scan_left"] == 5

    world.clock.advance(minutes=10)
    ticked = world.post(f"/sessions/{session['session_id']}/tick", "poste-1", used_seconds=600)
    assert ticked.json()["seconds_left"] == 20 * 60
    again = world.post(f"/sessions/{session['session_id']}/tick", "poste-1", used_seconds=600)
    assert again.json()["seconds_left"] == 20 * 60  # a repeated tick charges nothing

    world.heartbeat("poste-1", session_id=session["session_id"])
    world.heartbeat("poste-2")
    board = world.get("/board", "accueil").json()
    poste = next(s for s in board["stations"] if s["name"] == "poste-1")
    assert poste["state"] == "in_use"
    assert poste["ends_at"].startswith("2026-11-24T09:30:00")
    assert board["free"] == 1
    assert board["next_free_at"] == poste["ends_at"]

    world.clock.advance(minutes=5)
    closed = world.post(f"/sessions/{session['session_id']}/close", "poste-1",
                        used_seconds=900, reason="user")
    assert closed.status_code == 200
    assert closed.json()["ended"] is True
    assert closed.json()["seconds_left"] == 15 * 60

    # The rest of the budget can be used later, on another station.
    resumed = world.post("/sessions", "poste-2", code=code)
    assert resumed.status_code == 201
    assert resumed.json()["seconds_left"] == 15 * 60


def test_time_cannot_be_charged_faster_than_it_passes(world: World) -> None:
    code = world.issue(minutes=30)["code"]
    session_id = world.post("/sessions", "poste-1", code=code).json()["session_id"]
    world.clock.advance(minutes=1)
    ticked = world.post(f"/sessions/{session_id}/tick", "poste-1", used_seconds=3000)
    assert ticked.json()["seconds_left"] == 30 * 60 - 65


def test_a_code_runs_on_one_station_at_a_time(world: World) -> None:
    code = world.issue()["code"]
    assert world.post("/sessions", "poste-1", code=code).status_code == 201
    refused = world.post("/sessions", "poste-2", code=code)
    assert refused.status_code == 409
    assert refused.json()["code"] == "code-in-use"
    assert "autre poste" in refused.json()["detail"]


def test_a_code_opened_twice_at_once_opens_once(world: World) -> None:
    """Two stations send the same code at the same moment: exactly one session opens."""
    code = generate_code()
    world.issue()  # make sure codes exist; then one whose plain text we know
    from kiosk.store.services.codes import code_hash_for_site  # noqa: PLC0415

    row = world.db.scalars(select(Code)).first()
    assert row is not None
    row.code_hash = code_hash_for_site(world.settings, world.site, normalise_code(code))
    world.db.commit()
    station_tokens = [world.tokens["poste-1"], world.tokens["poste-2"]]
    station_tokens += [world.enrol(f"poste-{n}") for n in range(3, 9)]
    barrier = threading.Barrier(len(station_tokens))
    factory = make_sessionmaker(world.client.app.state.work.write_engine)  # type: ignore[attr-defined]

    def attempt(token: str) -> str:
        with factory() as db:
            known = known_station(db, digest=token_digest(token))
            assert known is not None
            station = known.identity()
            db.commit()  # hold no lock while waiting for the others
            barrier.wait()
            try:
                sessions.open_session(db, settings=world.settings, station=station,
                                      typed_code=code, now=world.clock())
                db.commit()
            except Exception as error:  # noqa: BLE001 - the outcome is what is counted
                db.rollback()
                return getattr(error, "code", type(error).__name__)
            return "opened"

    with ThreadPoolExecutor(len(station_tokens)) as pool:
        outcomes = list(pool.map(attempt, station_tokens))
    assert outcomes.count("opened") == 1, outcomes
    assert set(outcomes) == {"opened", "code-in-use"}, outcomes
    world.db.expire_all()
    open_sessions = world.db.scalars(select(GuestSession).where(
        GuestSession.ended_at.is_(None))).all()
    assert len(open_sessions) == 1
    world.db.rollback()


def test_a_session_left_open_by_a_crashed_station_is_recovered(world: World) -> None:
    code = world.issue()["code"]
    first = world.post("/sessions", "poste-1", code=code).json()["session_id"]
    # The same station opens again (it restarted): its old session is closed.
    second = world.post("/sessions", "poste-1", code=code)
    assert second.status_code == 201
    old = world.db.get(GuestSession, first)
    assert old is not None
    assert old.end_reason == "crash_recovered"
    world.db.rollback()  # a test must not hold SQLite's write lock between requests
    # Another station may take the code once the first has been silent for long.
    world.clock.advance(minutes=5)
    third = world.post("/sessions", "poste-2", code=code)
    assert third.status_code == 201


def test_codes_that_cannot_open(world: World) -> None:
    revoked = world.issue()
    world.post(f"/codes/{revoked['details']['id']}/revoke", "accueil")
    assert world.post("/sessions", "poste-1", code=revoked["code"]).json()["code"] == \
        "code-revoked"
    expired = world.issue(valid_until=datetime(2026, 11, 24, 9, 30, tzinfo=UTC).isoformat())
    world.clock.advance(hours=1)
    assert world.post("/sessions", "poste-1", code=expired["code"]).json()["code"] == \
        "code-expired"
    short = world.issue(minutes=5)
    session_id = world.post("/sessions", "poste-1", code=short["code"]).json()["session_id"]
    world.clock.advance(minutes=6)
    world.post(f"/sessions/{session_id}/close", "poste-1", used_seconds=300, reason="time_up")
    exhausted = world.post("/sessions", "poste-2", code=short["code"])
    assert exhausted.status_code == 403
    assert exhausted.json()["code"] == "code-exhausted"
    other_site = world.post("/sessions", "poste-sud", code=short["code"])
    assert other_site.json()["code"] == "code-unknown"


def test_the_site_must_be_open(world: World) -> None:
    code = world.issue()["code"]
    world.clock.advance(hours=12)  # 22:00 in Paris
    refused = world.post("/sessions", "poste-1", code=code)
    assert refused.status_code == 403
    assert refused.json()["code"] == "site-closed"


def test_wrong_codes_are_rate_limited_per_station_with_growing_delays(world: World) -> None:
    valid = world.issue()["code"]
    outcomes = []
    for _ in range(7):
        response = world.post("/sessions", "poste-1", code=generate_code())
        outcomes.append((response.status_code, response.json().get("retry_after")))
    assert outcomes[:5] == [(404, None)] * 5
    assert outcomes[5] == (404, 1)
    assert outcomes[6] == (429, 1)
    # Blocked: even the right code waits, and the answer says how long.
    blocked = world.post("/sessions", "poste-1", code=valid)
    assert blocked.status_code == 429
    assert blocked.headers["Retry-After"] == "1"
    assert blocked.json()["code"] == "rate-limited"
    # Another station is not held back by this one.
    assert world.post("/sessions", "poste-2", code=valid).status_code == 201
    world.clock.advance(seconds=2)
    refused = world.post("/sessions", "poste-1", code=generate_code())
    assert refused.json()["retry_after"] == 2  # the delay doubles
    failures = world.db.scalars(select(Event).where(Event.type == "code_failure")).all()
    assert len(failures) == 7  # the blocked attempt was not even checked
    assert {e.data["reason"] for e in failures} == {"code-unknown"}
    world.db.rollback()


def test_wrong_codes_across_a_site_raise_an_alert_and_never_lock_its_guests_out(
        world: World) -> None:
    """Three stations guessing codes trip the site-wide count: the reception sees an alert on
    its board, and a guest's valid code at another station still opens, every time."""
    valid = [world.issue()["code"] for _ in range(3)]
    for name in ("poste-3", "poste-4"):
        world.enrol(name)
    guessed = 0
    while guessed < world.settings.site_code_attempts:
        for attacker in ("poste-1", "poste-3", "poste-4"):
            response = world.post("/sessions", attacker, code=generate_code())
            if response.status_code == 404:
                guessed += 1
            else:
                assert response.json()["code"] == "rate-limited"
        world.clock.advance(seconds=20)
        if guessed == world.settings.site_code_attempts // 2:
            opened = world.post("/sessions", "poste-2", code=valid[0])
            assert opened.status_code == 201, opened.text
            world.post(f"/sessions/{opened.json()['session_id']}/close", "poste-2",
                       used_seconds=60, reason="user")
    world.relogin("accueil")
    board = world.get("/board", "accueil").json()
    [alert] = board["alerts"]
    assert alert["kind"] == "code_failures"
    assert alert["failures"] == world.settings.site_code_attempts
    assert alert["station"] in ("poste-1", "poste-3", "poste-4")
    # Past the site's count, a valid code at a station nobody is attacking opens at once.
    opened = world.post("/sessions", "poste-2", code=valid[1])
    assert opened.status_code == 201, opened.text
    # The attacked station itself is only slowed down, for a time it says.
    blocked = world.post("/sessions", "poste-1", code=valid[2])
    if blocked.status_code == 429:
        world.clock.advance(seconds=int(blocked.headers["Retry-After"]))
        blocked = world.post("/sessions", "poste-1", code=valid[2])
    assert blocked.status_code == 201, blocked.text
    # Board alerts pass once the attempt window has.
    world.clock.advance(seconds=world.settings.attempt_window_seconds + 1)
    world.relogin("accueil")
    assert world.get("/board", "accueil").json()["alerts"] == []


def test_a_typo_is_caught_by_the_check_symbol(world: World) -> None:
    code = world.issue()["code"]
    typo = code[:2] + ("A" if code[2] != "A" else "B") + code[3:]
    response = world.post("/sessions", "poste-1", code=typo)
    assert response.status_code == 400
    assert response.json()["code"] == "code-malformed"
    assert response.json()["reason"] == "check-failed"
    assert "Vérifiez le ticket" in response.json()["detail"]


def test_pages_are_reserved_then_committed_or_refunded(world: World) -> None:
    code = world.issue(print_quota=10, scan_quota=3)["code"]
    session_id = world.post("/sessions", "poste-1", code=code).json()["session_id"]
    base = f"/sessions/{session_id}/pages"
    job = world.post(base, "poste-1", kind="print", pages=4)
    assert job.status_code == 201
    assert job.json()["session"]["print_left"] == 6
    too_big = world.post(base, "poste-1", kind="print", pages=7)
    assert too_big.status_code == 409
    assert too_big.json()["code"] == "quota-exceeded"
    assert too_big.json()["pages_left"] == 6
    done = world.post(f"{base}/{job.json()['reservation_id']}/commit", "poste-1")
    assert done.json()["print_left"] == 6
    failed = world.post(base, "poste-1", kind="print", pages=6)
    refunded = world.post(f"{base}/{failed.json()['reservation_id']}/refund", "poste-1")
    assert refunded.json()["print_left"] == 6
    # Settling twice the same way is harmless; the other way is refused.
    assert world.post(f"{base}/{failed.json()['reservation_id']}/refund",
                      "poste-1").status_code == 200
    assert world.post(f"{base}/{failed.json()['reservation_id']}/commit",
                      "poste-1").json()["code"] == "reservation-settled"
    scan = world.post(base, "poste-1", kind="scan", pages=3)
    assert scan.json()["session"]["scan_left"] == 0
    # Closing the session refunds what was still reserved.
    closed = world.post(f"/sessions/{session_id}/close", "poste-1", used_seconds=60,
                        reason="user")
    assert closed.json()["scan_left"] == 3
    assert world.post(base, "poste-1", kind="print", pages=1).json()["code"] == "session-closed"


def test_concurrent_reservations_never_overspend(world: World) -> None:
    code = world.issue(print_quota=10)["code"]
    session_id = world.post("/sessions", "poste-1", code=code).json()["session_id"]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(
            lambda _: world.post(f"/sessions/{session_id}/pages", "poste-1", kind="print",
                                 pages=3).status_code, range(8)))
    assert results.count(201) == 3
    assert results.count(409) == 5


def test_sessions_belong_to_their_station(world: World) -> None:
    code = world.issue()["code"]
    session_id = world.post("/sessions", "poste-1", code=code).json()["session_id"]
    stolen = world.post(f"/sessions/{session_id}/tick", "poste-2", used_seconds=10)
    assert stolen.status_code == 404
    assert stolen.json()["code"] == "session-unknown"


def test_sessions_opened_offline_are_charged_once(world: World) -> None:
    issued = world.issue(minutes=30, print_quota=5)
    code_id = issued["details"]["id"]
    session_id = "3b6a1f0e-8c2d-4e5f-9a7b-1c2d3e4f5a6b"
    started = world.clock() - timedelta(minutes=12)
    body = {"id": session_id, "code_id": code_id, "started_at": started.isoformat(),
            "ended_at": (started + timedelta(minutes=10)).isoformat(), "used_seconds": 600,
            "reason": "user", "print_pages": 2}
    first = world.post("/sessions/offline", "poste-1", **body)
    assert first.status_code == 200, first.text
    assert first.json() == {"recorded": True, "seconds_left": 1200}
    assert world.post("/sessions/offline", "poste-1", **body).json() == {
        "recorded": False, "seconds_left": 1200}
    lookup = world.post("/codes/lookup", "accueil", code=issued["code"]).json()
    assert (lookup["seconds_left"], lookup["print_left"], lookup["state"]) == (1200, 3, "active")
    # Not another station's session, not another site's code, not a session out of time.
    assert world.post("/sessions/offline", "poste-2", **body).json()["code"] == "session-unknown"
    other = {**body, "id": "4c7b2a1f-9d3e-4f6a-8b7c-2d3e4f5a6b7c"}
    assert world.post("/sessions/offline", "poste-sud", **other).json()["code"] == "code-unknown"
    backwards = {**other, "ended_at": (started - timedelta(minutes=1)).isoformat()}
    assert world.post("/sessions/offline", "poste-1", **backwards).status_code == 422
