"""`kiosk shell --gate`: a station whose gate runs as a service of its own, as packaged. The
shell opens nothing without it, and its agent reaches the store through it, with the token."""

from __future__ import annotations

import secrets
import signal
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from kiosk.gate import answers_as_gate
from kiosk.store.models import Station
from tests.agent.conftest import LiveStore
from tests.cli.test_shell_cli import KIOSK, enrol
from tests.cli.test_shell_crash import environment, stop_group
from tests.waiting import wait_until


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


@pytest.fixture
def gate_service(live_store: LiveStore, tmp_path: Path) -> Iterator[tuple[int, Path]]:
    token = tmp_path / "gate-token"
    token.write_text(secrets.token_urlsafe(32), encoding="utf-8")
    port = free_port()
    service = subprocess.Popen(
        [KIOSK, "gate", "serve", "--listen", f"127.0.0.1:{port}", "--agent-endpoint",
         urlsplit(live_store.url).netloc, "--agent-token-file", str(token)],
        stderr=subprocess.DEVNULL, text=True)
    try:
        assert wait_until(lambda: answers_as_gate("127.0.0.1", port), 30)
        yield port, token
    finally:
        service.terminate()
        service.wait(10)


def heartbeats(live_store: LiveStore) -> list[object]:
    live_store.db.expire_all()
    seen = [station.last_seen_at for station in live_store.db.scalars(select(Station))]
    live_store.db.rollback()
    return [moment for moment in seen if moment is not None]


def enrolled_station(live_store: LiveStore, tmp_path: Path) -> Path:
    state = tmp_path / "station"
    result = enrol("--store", live_store.url, "--token", live_store.enrol_token("poste-9"),
                   "--state-dir", str(state))
    assert result.returncode == 0, result.stderr
    return state


def test_without_its_gate_the_shell_does_not_start(live_store: LiveStore,
                                                   tmp_path: Path) -> None:
    state = enrolled_station(live_store, tmp_path)
    result = subprocess.run([KIOSK, "shell", "--state-dir", str(state), "--gate",
                             f"127.0.0.1:{free_port()}"], env=environment(),
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert "no network gate answers" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("address", ["10.0.0.2:8128", "127.0.0.1"])
def test_a_gate_elsewhere_than_loopback_is_refused(live_store: LiveStore, tmp_path: Path,
                                                   address: str) -> None:
    state = enrolled_station(live_store, tmp_path)
    result = subprocess.run([KIOSK, "shell", "--state-dir", str(state), "--gate", address],
                            env=environment(), capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 2
    assert "gate" in result.stderr


@pytest.mark.parametrize("right_token", [True, False])
def test_the_agent_reaches_the_store_through_the_gate_with_its_token_only(
        live_store: LiveStore, tmp_path: Path, gate_service: tuple[int, Path],
        right_token: bool) -> None:
    port, token = gate_service
    if not right_token:
        token = tmp_path / "wrong-token"
        token.write_text(secrets.token_urlsafe(32), encoding="utf-8")
    state = enrolled_station(live_store, tmp_path)
    shell = subprocess.Popen(
        [KIOSK, "shell", "--windowed", "--state-dir", str(state), "--gate", f"127.0.0.1:{port}",
         "--gate-token-file", str(token)],
        env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    try:
        arrived = wait_until(lambda: bool(heartbeats(live_store)), 30 if right_token else 8)
        assert arrived is right_token
        assert shell.poll() is None  # a store out of reach is no reason to stop
        shell.send_signal(signal.SIGINT)
        _, errors = shell.communicate(timeout=60)
        assert shell.returncode == 0, errors
        assert "Traceback" not in errors
    finally:
        stop_group(shell)
