"""The station service: it holds the token, relays the shell to the store on a socket the
guest's group may open, passes on only what a station may ask, and gives its gate the
policy the store published, never one the shell made up."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from kiosk.agent.offline import OFFLINE_CODES_FILE
from kiosk.agent.outbox import Outbox
from kiosk.agent.station import SessionRefused, StationAgent
from kiosk.agent.store_client import RELAY_URL, StoreClient, StoreUnavailable
from kiosk.cli import main as kiosk_main
from kiosk.core.codes import generate_code
from kiosk.store.services import policies
from tests.agent.conftest import LiveStore, free_port, live_store
from tests.testpolicy import CAF_AND_AMELI_POLICY, CAF_POLICY

__all__ = ["live_store"]

HEALTH = {"cpu_percent": 2.0, "memory_percent": 30.0, "disk_percent": 40.0}


class StationService:
    def __init__(self, state_dir: Path, policy: Path) -> None:
        self.state_dir = state_dir
        self.socket = state_dir.parent / "run" / "agent.sock"
        self.gate_port = free_port()
        self.policy = policy
        self.process: subprocess.Popen[str] | None = None

    def start(self, *extra: str) -> None:
        self.socket.unlink(missing_ok=True)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "station", "serve", "--state-dir",
             str(self.state_dir), "--socket", str(self.socket), "--listen",
             f"127.0.0.1:{self.gate_port}", "--policy", str(self.policy), *extra],
            stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"})
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(self.process.stderr.read())  # type: ignore[union-attr]
            if self.socket.exists() and self.gate_answers():
                return
            time.sleep(0.1)
        raise AssertionError("the station service did not start")

    def stop(self) -> str:
        assert self.process is not None
        self.process.terminate()
        _, errors = self.process.communicate(timeout=15)
        return errors

    def connect(self, authority: str) -> str:
        """What the gate answers a CONNECT to `authority`: its status line."""
        with socket.create_connection(("127.0.0.1", self.gate_port), timeout=10) as sock:
            sock.sendall(f"CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n\r\n".encode())
            return sock.recv(200).split(b"\r\n")[0].decode()

    def gate_answers(self) -> bool:
        try:
            return self.connect("gate-check.invalid:443").startswith("HTTP/1.1 403")
        except OSError:
            return False


@pytest.fixture
def station_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    folder = tmp_path / "kiosk-station"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def service(live_store: LiveStore, station_dir: Path, tmp_path: Path
            ) -> Iterator[StationService]:
    assert kiosk_main(["station", "enrol", "--store", live_store.url, "--token",
                       live_store.enrol_token("poste-1"), "--state-dir",
                       str(station_dir)]) == 0
    policy = tmp_path / "installed.toml"
    policy.write_text(CAF_POLICY, encoding="utf-8")
    running = StationService(station_dir, policy)
    running.start()
    yield running
    running.stop()


def publish(live_store: LiveStore, text: str) -> str:
    kept = policies.keep(live_store.db, site=live_store.site, text=text, now=datetime.now(UTC))
    policies.publish(live_store.db, site=live_store.site, version=kept.version,
                     now=datetime.now(UTC))
    live_store.db.commit()
    return kept.digest


def test_the_shell_reaches_the_store_through_the_relay_without_the_token(
        service: StationService, live_store: LiveStore, tmp_path: Path) -> None:
    mode = service.socket.stat().st_mode
    assert stat.S_ISSOCK(mode)
    assert stat.S_IMODE(mode) == 0o660
    token_file = service.state_dir / "station-token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    token = token_file.read_text(encoding="utf-8")
    client = StoreClient.through_relay(str(service.socket))
    station = client.station()
    assert station["station_name"] == "poste-1"
    assert station["site"]["name"] == "Centre social Nord"
    assert token not in json.dumps(station)
    shell_dir = tmp_path / "shell"
    shell_dir.mkdir()
    (shell_dir / OFFLINE_CODES_FILE).write_text("{}", encoding="utf-8")  # an older version's
    agent = StationAgent(client=client, outbox=Outbox(tmp_path / "outbox.sqlite3"),
                         state_dir=shell_dir)
    assert not (shell_dir / OFFLINE_CODES_FILE).exists()
    assert agent.heartbeat(health=HEALTH) == []
    # The offline list (the codes' hashes) stays with the service, never in the shell's folder.
    kept = service.state_dir / OFFLINE_CODES_FILE
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert not (shell_dir / OFFLINE_CODES_FILE).exists()
    # The place's hours, kept from the heartbeat for the power schedule.
    hours = service.state_dir / "site-hours.json"
    assert json.loads(hours.read_text(encoding="utf-8"))["timezone"] == "Europe/Paris"
    assert stat.S_IMODE(hours.stat().st_mode) == 0o600
    opened = agent.open_session(live_store.code(), datetime.now(UTC))
    assert not opened.offline
    assert opened.seconds_left > 0
    agent.close_session(opened, used_seconds=60, reason="user", now=datetime.now(UTC))
    assert agent.outbox.deliveries() == []
    assert len(agent.outbox) == 0
    client.close()
    agent.outbox.close()


def test_with_the_store_away_the_service_checks_codes_by_the_list_it_keeps(
        service: StationService, live_store: LiveStore, tmp_path: Path) -> None:
    code = live_store.code(minutes=30)
    client = StoreClient.through_relay(str(service.socket))
    agent = StationAgent(client=client, outbox=Outbox(tmp_path / "outbox.sqlite3"),
                         state_dir=tmp_path / "shell")
    assert agent.heartbeat(health=HEALTH) == []
    # The network goes: the service now meets a closed port on its way to the store.
    service.stop()
    service.start("--upstream-proxy", f"http://127.0.0.1:{free_port()}")
    assert agent.heartbeat(health=HEALTH) is None
    now = datetime.now(UTC)
    with pytest.raises(SessionRefused) as unknown:
        agent.open_session(generate_code(), now)
    assert unknown.value.code == "code-unknown-offline"
    with pytest.raises(SessionRefused) as typo:
        agent.open_session("K7M2-9QHX-?", now)
    assert typo.value.code == "code-malformed"
    opened = agent.open_session(code, now)
    assert opened.offline
    assert (opened.seconds_left, opened.print_left, opened.scan_left) == (30 * 60, 5, 5)
    # A guessing program is slowed down as the store would slow it.
    refusals = []
    for _ in range(7):
        with pytest.raises(SessionRefused) as guess:
            agent.open_session(generate_code(), now)
        refusals.append((guess.value.code, guess.value.retry_after))
    assert refusals[:6] == [("code-unknown-offline", None)] * 6
    assert refusals[6][0] == "rate-limited"
    assert refusals[6][1] >= 1
    client.close()
    agent.outbox.close()


def test_the_relay_passes_on_only_what_a_station_may_ask(
        service: StationService, live_store: LiveStore) -> None:
    transport = httpx.HTTPTransport(uds=str(service.socket))
    with httpx.Client(transport=transport, base_url=RELAY_URL) as http:
        for method, path in [("POST", "/api/v1/stations/enrol"), ("GET", "/api/v1/board"),
                             ("POST", "/api/v1/codes"), ("GET", "/dashboard/"),
                             ("GET", "/api/v1/sessions/../board"),
                             ("POST", "/api/v1/stations/7/commands")]:
            answer = http.request(method, path, json={})
            assert answer.status_code == 404, path
            assert "Bearer" not in answer.text
        # A body past the store's own limit stops here.
        assert http.post("/api/v1/events", content=b"x" * (5 * 1024 * 1024)
                         ).status_code == 413
        # The relay's own requests take a few bytes; more, or not JSON, is refused plainly.
        for local, field in (("/local/offline-code", "code"), ("/local/gate-policy", "digest")):
            for body in (json.dumps({field: "x" * 5000}).encode(), b"{", b"[]"):
                refused = http.post(local, content=body)
                assert refused.status_code == 400, (local, body[:10])
                assert refused.json()["code"] in ("code-malformed", "invalid-request")
        # Its own requests get the store's answer, the store's refusal included.
        refused = http.post("/api/v1/sessions", json={"code": "ABCD-EFGH-JK"})
        assert refused.status_code in (400, 404, 409, 422)
        assert refused.json()["code"]


def test_the_gate_takes_the_published_policy_and_only_that(
        service: StationService, live_store: LiveStore) -> None:
    assert service.connect("www.ameli.fr:443").startswith("HTTP/1.1 403")
    client = StoreClient.through_relay(str(service.socket))
    invented = hashlib.sha256(b"a policy the guest wrote").hexdigest()
    assert not client.gate_takes_policy(invented)  # nothing published
    digest = publish(live_store, CAF_AND_AMELI_POLICY)
    assert not client.gate_takes_policy(invented)
    assert service.connect("www.ameli.fr:443").startswith("HTTP/1.1 403")
    assert client.gate_takes_policy(digest)
    # Allowed now: the gate tries the site itself (unreachable here), no longer refuses.
    assert not service.connect("www.ameli.fr:443").startswith("HTTP/1.1 403")
    assert not service.connect("www.impots.gouv.fr:443").startswith("HTTP/1.1 200")
    kept = service.state_dir / "gate-policy.toml"
    assert kept.read_text(encoding="utf-8") == CAF_AND_AMELI_POLICY
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    # After a restart (a power cut), the gate starts on the policy it took.
    service.stop()
    service.start()
    assert not service.connect("www.ameli.fr:443").startswith("HTTP/1.1 403")
    client.close()


def test_the_store_away_is_said_as_the_store_away(
        station_dir: Path, tmp_path: Path) -> None:
    (station_dir / "station.json").write_text(json.dumps({
        "store_url": f"http://127.0.0.1:{free_port()}", "station_id": 1,
        "station_name": "poste-1", "site": {"name": "Centre"}}), encoding="utf-8")
    (station_dir / "station-token").write_text("t" * 40, encoding="utf-8")
    policy = tmp_path / "installed.toml"
    policy.write_text(CAF_POLICY, encoding="utf-8")
    running = StationService(station_dir, policy)
    running.start()
    try:
        client = StoreClient.through_relay(str(running.socket))
        with pytest.raises(StoreUnavailable):
            client.heartbeat(health=HEALTH)
        assert client.station()["station_name"] == "poste-1"
        client.close()
    finally:
        errors = running.stop()
    assert "t" * 40 not in errors


def test_a_station_not_enrolled_runs_its_gate_and_the_shell_says_so(
        station_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "installed.toml"
    policy.write_text(CAF_POLICY, encoding="utf-8")
    running = StationService(station_dir, policy)
    running.start()
    try:
        assert running.gate_answers()
        status = kiosk_main(["shell", "--station-socket", str(running.socket), "--state-dir",
                             str(tmp_path / "shell"), "--gate",
                             f"127.0.0.1:{running.gate_port}", "--policy", str(policy)])
    finally:
        errors = running.stop()
    assert status == 2
    assert "not enrolled" in capsys.readouterr().err
    assert "kiosk station enrol" in errors


def test_the_service_refuses_a_gate_off_loopback(station_dir: Path) -> None:
    assert kiosk_main(["station", "serve", "--state-dir", str(station_dir), "--listen",
                       "0.0.0.0:8128"]) == 2


def test_a_port_in_use_is_said_plainly(station_dir: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        status = kiosk_main(["station", "serve", "--state-dir", str(station_dir), "--socket",
                             str(tmp_path / "agent.sock"), "--listen", f"127.0.0.1:{port}"])
    assert status == 1
    said = capsys.readouterr().err
    assert f"the network gate cannot listen on 127.0.0.1:{port}" in said
    assert "Traceback" not in said
