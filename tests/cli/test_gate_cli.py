"""`kiosk gate serve`, as the station's service runs it: refuses what would be unsafe, logs
its refusals, stops on SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.gate import answers_as_gate
from tests.waiting import wait_until

KIOSK = [str(Path(sys.executable).parent / "kiosk")]


def serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KIOSK, "gate", "serve", *args], capture_output=True, text=True,
                          timeout=60, check=False)


@pytest.mark.parametrize(("args", "message"), [
    (["--listen", "0.0.0.0:8128"], "loopback only"),
    (["--listen", "192.168.1.10:8128"], "open proxy"),
    (["--listen", "[::1]:8128"], "127.0.0.1:PORT"),
    (["--listen", "127.0.0.1"], "127.0.0.1:PORT"),
    (["--upstream-proxy", "socks5://proxy:1080"], "http://HOST:PORT"),
    (["--agent-endpoint", "store.example:443"], "needs --agent-token-file"),
    (["--policy", "/nonexistent/policy.toml"], "cannot read the file"),
])
def test_unsafe_or_wrong_settings_are_refused_with_a_reason(args: list[str],
                                                            message: str) -> None:
    result = serve("--listen", "127.0.0.1:0", *args) if "--listen" not in args else serve(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_short_agent_token_is_refused(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("short\n", encoding="utf-8")
    result = serve("--listen", "127.0.0.1:0", "--agent-endpoint", "store.example:443",
                   "--agent-token-file", str(token))
    assert result.returncode == 2
    assert "at least 32 characters" in result.stderr


def test_a_taken_port_is_said_plainly() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        result = serve("--listen", f"127.0.0.1:{taken.getsockname()[1]}")
    assert result.returncode == 1
    assert "cannot listen" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_service_logs_refusals_and_stops_on_sigterm() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    gate = subprocess.Popen([*KIOSK, "gate", "serve", "--listen", f"127.0.0.1:{port}"],
                            stderr=subprocess.PIPE, text=True)
    try:
        assert wait_until(lambda: answers_as_gate("127.0.0.1", port), seconds=30)
        with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
            client.sendall(b"CONNECT evil.example:443 HTTP/1.1\r\n\r\n")
            assert client.recv(100).startswith(b"HTTP/1.1 403 ")
        gate.send_signal(signal.SIGTERM)
        assert gate.wait(10) == 0
        assert gate.stderr is not None
        log = gate.stderr.read()
    finally:
        if gate.poll() is None:
            gate.kill()
            gate.wait()
        if gate.stderr is not None:
            gate.stderr.close()
    assert f"listens on 127.0.0.1:{port}" in log
    assert "refused evil.example (not-whitelisted)" in log
    assert "gate-check.invalid" not in log  # the check that it answers is not a refusal
