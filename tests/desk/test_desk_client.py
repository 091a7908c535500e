"""The desk's calls to a real store: log-in, codes, the board, commands, people turned away."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from kiosk.agent.station import StationAgent
from kiosk.desk.client import DeskClient, StoreRefusal, StoreUnavailable
from kiosk.store.models import TurnedAway
from tests.desk.conftest import HEALTH, LOGIN, PASSWORD, LiveStore


def test_a_secretariat_logs_in_for_its_site(desk_client: DeskClient) -> None:
    login = desk_client.login(LOGIN, PASSWORD)
    assert login.role == "secretariat"
    assert login.site == "centre-nord"
    assert login.site_name == "Centre social Nord"
    assert login.expires_at > datetime.now(UTC)


def test_a_wrong_password_is_a_refusal(desk_client: DeskClient) -> None:
    with pytest.raises(StoreRefusal) as refused:
        desk_client.login(LOGIN, "pas le bon mot de passe")
    assert refused.value.status == 401


def test_codes_are_issued_looked_up_extended_and_revoked(desk_client: DeskClient) -> None:
    desk_client.login(LOGIN, PASSWORD)
    issued = desk_client.issue_codes(minutes=60, count=2, print_quota=5, scan_quota=3)
    assert len(issued) == 2
    first = issued[0]
    assert first.details.minutes_total == 60
    assert first.details.print_quota == 5
    assert first.details.scan_quota == 3
    looked_up = desk_client.lookup(first.code.lower())  # typed as read, in lower case
    assert looked_up.id == first.details.id
    assert looked_up.state == "issued"
    assert desk_client.extend_code(first.details.id, 15).minutes_total == 75
    assert desk_client.revoke(first.details.id).state == "revoked"
    assert {code.id for code in desk_client.codes()} >= {item.details.id for item in issued}


def test_the_board_shows_the_station_and_commands_reach_it(
        desk_client: DeskClient, station: StationAgent, desk_store: LiveStore) -> None:
    desk_client.login(LOGIN, PASSWORD)
    board = desk_client.board()
    assert [(s.name, s.state) for s in board.stations] == [("poste-1", "free")]
    code = desk_client.issue_codes(minutes=30)[0].code
    opened = station.open_session(code, datetime.now(UTC))
    station.heartbeat(health=HEALTH, session_id=opened.session_id)
    in_use = desk_client.board().stations[0]
    assert in_use.state == "in_use"
    assert in_use.ends_at is not None
    desk_client.command(in_use.id, "message", text="La salle ferme à 18 h.")
    desk_client.command(in_use.id, "end_session")
    commands = station.heartbeat(health=HEALTH, session_id=opened.session_id)
    assert [command["kind"] for command in commands or []] == ["message", "end_session"]


def test_a_person_turned_away_is_counted(desk_client: DeskClient,
                                         desk_store: LiveStore) -> None:
    desk_client.login(LOGIN, PASSWORD)
    desk_client.turned_away()
    desk_client.turned_away()
    desk_store.db.expire_all()
    records = desk_store.db.scalars(select(TurnedAway)).all()
    assert [(r.site_id, r.reason) for r in records] == [(desk_store.site.id,
                                                         "no_free_station")] * 2


def test_after_log_out_the_token_is_refused(desk_client: DeskClient) -> None:
    desk_client.login(LOGIN, PASSWORD)
    token = desk_client.token
    desk_client.logout()
    again = DeskClient(desk_client.base_url, token=token)
    with pytest.raises(StoreRefusal) as refused:
        again.board()
    assert refused.value.status == 401
    again.close()


def test_a_store_that_is_away_is_unavailable_not_an_error() -> None:
    with DeskClient("http://127.0.0.1:9", token="x" * 40, timeout=2) as client, \
            pytest.raises(StoreUnavailable):
        client.board()


def test_a_guest_asks_for_help_and_more_time_and_the_desk_answers(
        desk_client: DeskClient, station: StationAgent, desk_store: LiveStore) -> None:
    desk_client.login(LOGIN, PASSWORD)
    code = desk_client.issue_codes(minutes=30)[0].code
    opened = station.open_session(code, datetime.now(UTC))
    first = station.ask_help("help")
    assert station.ask_help("help") == first  # asked twice: one request
    more = station.ask_help("more_time")
    requests = desk_client.board().requests
    assert [(r.station, r.need) for r in requests] == [("poste-1", "help"),
                                                        ("poste-1", "more_time")]
    desk_client.answer_help(first, "coming")
    desk_client.answer_help(more, "granted", minutes=15)
    assert desk_client.board().requests == ()
    commands = station.heartbeat(health=HEALTH, session_id=opened.session_id) or []
    assert [(c["kind"], c.get("answer"), c.get("minutes")) for c in commands] == [
        ("help_answer", "coming", None), ("extend", None, 15),
        ("help_answer", "granted", 15)]
    assert desk_client.lookup(code).minutes_total == 45  # the store gave the minutes
    with pytest.raises(StoreRefusal) as answered:
        desk_client.answer_help(first, "coming")
    assert answered.value.code == "help-request-answered"


def test_more_time_needs_its_minutes_and_a_known_request(
        desk_client: DeskClient, station: StationAgent) -> None:
    desk_client.login(LOGIN, PASSWORD)
    request = station.ask_help("more_time")
    with pytest.raises(StoreRefusal) as missing:
        desk_client.answer_help(request, "granted")
    assert missing.value.status == 422
    with pytest.raises(StoreRefusal) as unknown:
        desk_client.answer_help(request + 1000, "refused")
    assert unknown.value.code == "help-request-unknown"
    desk_client.answer_help(request, "refused")  # the guest is told; nothing is extended


def test_the_waiting_line_numbers_estimates_calls_and_counts(
        desk_client: DeskClient, station: StationAgent, desk_store: LiveStore) -> None:
    desk_client.login(LOGIN, PASSWORD)
    code = desk_client.issue_codes(minutes=30)[0].code
    opened = station.open_session(code, datetime.now(UTC))
    station.heartbeat(health=HEALTH, session_id=opened.session_id)
    first = desk_client.take_ticket()
    second = desk_client.take_ticket()
    assert (first.number, second.number) == (1, 2)
    # One computer, busy for 30 minutes: the first ticket waits about that, the second
    # cannot be told.
    assert first.estimated_minutes in (29, 30)
    assert second.estimated_minutes is None
    board = desk_client.board()
    assert [(t.number, t.state) for t in board.tickets] == [(1, "waiting"), (2, "waiting")]
    # The session ends: the computer is called for ticket 1.
    station.close_session(opened, used_seconds=60, reason="user", now=datetime.now(UTC))
    station_id = board.stations[0].id
    called = desk_client.call_ticket(first.id, station_id)
    assert called.state == "called"
    tickets = desk_client.board().tickets
    assert [(t.number, t.state, t.station) for t in tickets] == [
        (1, "called", "poste-1"), (2, "waiting", None)]
    desk_client.finish_ticket(first.id, "served")
    desk_client.finish_ticket(second.id, "gone")  # left: a person not received
    assert desk_client.board().tickets == ()
    with pytest.raises(StoreRefusal) as again:
        desk_client.finish_ticket(second.id, "gone")
    assert again.value.code == "ticket-not-waiting"
    desk_store.db.expire_all()
    assert len(desk_store.db.scalars(select(TurnedAway)).all()) == 1
