"""The network gate with real sockets: what it lets through, what it refuses, and that a
refusal never reaches anything (the recording test proxy and a local origin server)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import psutil
import pytest

from kiosk.core.policy import parse_policy
from kiosk.gate import FilteringProxy, GateProcess, Upstream, UpstreamError, answers_as_gate
from kiosk.gate.runner import ExternalGate, with_gate_flags
from tests.gate.proxythread import ProxyThread
from tests.waiting import wait_until
from tests.webproxy import WebProxy


class Origin:
    """A local server: echoes what a tunnel sends, and answers plain HTTP requests with what
    it received (so a test sees exactly what the gate passed on)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0), backlog=512)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.received: list[bytes] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            data = b""
            try:
                while chunk := client.recv(65536):
                    data += chunk
                    if data.startswith((b"GET ", b"POST ")):
                        if (b"\r\n0\r\n\r\n" in data if b"chunked" in data
                                else data.endswith(b"body!") if b"Content-Length" in data
                                else b"\r\n\r\n" in data):
                            with self._lock:
                                self.received.append(data)
                            reply = b"seen:" + data
                            client.sendall(b"HTTP/1.1 200 OK\r\nConnection: keep-alive\r\n"
                                           b"Content-Length: %d\r\n\r\n" % len(reply) + reply)
                            return
                    else:
                        client.sendall(chunk)  # a tunnel: echo
            except OSError:
                return

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def origin() -> Iterator[Origin]:
    server = Origin()
    yield server
    server.close()


def policy_for(port: int) -> str:
    return f"""
[policy]
name = "Gate"

[[site]]
id = "local"
title = "Local"
description = "A test origin"
home = "http://127.0.0.1:{port}/"
allow = ["http://127.0.0.1:{port}", "127.0.0.1:{port}", "rebind.example", "www.caf.fr",
         "http://www.caf.fr"]
"""


class Gate:
    def __init__(self, proxy: FilteringProxy, thread: ProxyThread) -> None:
        self.proxy = proxy
        self.thread = thread
        self.refused: list[tuple[str, str]] = []

    @property
    def port(self) -> int:
        return self.thread.port


@pytest.fixture
def gate(origin: Origin) -> Iterator[Gate]:
    async def resolve(host: str, _port: int) -> list[str]:
        # rebind.example is a whitelisted name whose DNS answers this computer.
        return ["127.0.0.1"] if host == "rebind.example" else []

    proxy = FilteringProxy(parse_policy(policy_for(origin.port)), resolve=resolve)
    thread = ProxyThread(proxy)
    made = Gate(proxy, thread)
    proxy.on_refused = lambda host, reason: made.refused.append((host, reason))
    thread.start()
    yield made
    thread.stop()


def ask(port: int, request: bytes, *, read_all: bool = True) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as client:
        client.sendall(request)
        answer = b""
        while chunk := client.recv(65536):
            answer += chunk
            if not read_all:
                break
        return answer


def tunnel(port: int, authority: str) -> socket.socket:
    client = socket.create_connection(("127.0.0.1", port), timeout=10)
    client.sendall(f"CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n\r\n".encode())
    return client


def read_head(client: socket.socket) -> bytes:
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = client.recv(1)
        if not chunk:
            break
        head += chunk
    return head


def test_an_allowed_tunnel_carries_data_both_ways(gate: Gate, origin: Origin) -> None:
    with tunnel(gate.port, f"127.0.0.1:{origin.port}") as client:
        assert read_head(client).startswith(b"HTTP/1.1 200 ")
        client.sendall(b"hello through the gate")
        assert client.recv(100) == b"hello through the gate"
    assert gate.proxy.counters.tunnels == 1
    assert gate.refused == []


@pytest.mark.parametrize(("authority", "reason"), [
    ("evil.example:443", "not-whitelisted"),
    ("127.0.0.1:22", "ip-literal"),  # another local port than the listed one
    ("localhost:8420", "localhost"),  # the store on this computer
    ("[::1]:443", "ip-literal"),
    ("www.caf.fr:8443", "not-whitelisted"),
    ("www.caf.fr.evil.example:443", "not-whitelisted"),
    ("exa!mple.fr:443", "malformed-host"),
])
def test_a_refused_tunnel_gets_403_and_reaches_nothing(gate: Gate, origin: Origin,
                                                       authority: str, reason: str) -> None:
    answer = ask(gate.port, f"CONNECT {authority} HTTP/1.1\r\n\r\n".encode())
    assert answer.startswith(b"HTTP/1.1 403 Forbidden\r\n")
    assert b"whitelist" in answer
    assert origin.connections == 0
    assert gate.refused == [(authority.rpartition(":")[0].lower()
                             if reason != "malformed-host" else "", reason)]
    assert gate.proxy.counters.refused == 1


def test_a_whitelisted_name_that_resolves_to_this_computer_is_refused(
        gate: Gate, origin: Origin) -> None:
    """DNS rebinding: a listed name whose DNS answers 127.0.0.1 must not reach local ports."""
    answer = ask(gate.port, f"CONNECT rebind.example:{origin.port} HTTP/1.1\r\n\r\n".encode())
    assert answer.startswith(b"HTTP/1.1 403 ")
    answer = ask(gate.port, b"CONNECT rebind.example:443 HTTP/1.1\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 403 ")
    assert gate.refused == [("rebind.example", "not-whitelisted"),
                            ("rebind.example", "local-address")]
    assert origin.connections == 0


def test_plain_http_is_decided_by_address_and_passed_on_cleanly(gate: Gate,
                                                                origin: Origin) -> None:
    answer = ask(gate.port, (
        f"GET http://127.0.0.1:{origin.port}/attestation?id=1 HTTP/1.1\r\n"
        f"Host: evil.example\r\nProxy-Connection: keep-alive\r\n"
        f"Proxy-Authorization: Basic c2VjcmV0\r\nAccept: */*\r\n\r\n").encode())
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"Connection: close\r\n" in answer
    assert b"keep-alive" not in answer
    sent = origin.received[0]
    assert sent.startswith(b"GET /attestation?id=1 HTTP/1.1\r\n")
    assert f"Host: 127.0.0.1:{origin.port}\r\n".encode() in sent  # not the client's
    assert b"Proxy-" not in sent
    assert b"Accept: */*\r\n" in sent
    assert b"Connection: close\r\n" in sent


def test_request_bodies_are_passed_whole_with_their_framing(gate: Gate, origin: Origin) -> None:
    answer = ask(gate.port, (
        f"POST http://127.0.0.1:{origin.port}/form HTTP/1.1\r\nContent-Length: 5\r\n\r\n"
        "body!").encode())
    assert answer.startswith(b"HTTP/1.1 200 ")
    assert origin.received[0].endswith(b"\r\n\r\nbody!")
    answer = ask(gate.port, (
        f"POST http://127.0.0.1:{origin.port}/form HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
        "\r\n5\r\nhello\r\n3;x=y\r\nabc\r\n0\r\n\r\n").encode())
    assert answer.startswith(b"HTTP/1.1 200 ")
    assert origin.received[1].endswith(b"\r\n\r\n5\r\nhello\r\n3;x=y\r\nabc\r\n0\r\n\r\n")


@pytest.mark.parametrize("request_text", [
    "GET http://evil.example/ HTTP/1.1\r\n\r\n",
    "GET http://127.0.0.1:1/ HTTP/1.1\r\n\r\n",
    "GET ftp://www.caf.fr/ HTTP/1.1\r\n\r\n",
    "GET http://www.caf.fr@evil.example/ HTTP/1.1\r\n\r\n",
    "GET http://0x7f.1:{port}/ HTTP/1.1\r\n\r\n",  # 127.0.0.1 spelled otherwise: still listed
])
def test_plain_http_to_a_refused_address_gets_403(gate: Gate, origin: Origin,
                                                  request_text: str) -> None:
    answer = ask(gate.port, request_text.format(port=origin.port).encode())
    if "0x7f" in request_text:
        assert answer.startswith(b"HTTP/1.1 200 ")  # the same address as the listed one
        return
    assert answer.startswith(b"HTTP/1.1 403 ")
    assert origin.connections == 0


@pytest.mark.parametrize("request_text", [
    "garbage\r\n\r\n",
    "GET / HTTP/1.1\r\nHost: www.caf.fr\r\n\r\n",  # not a proxy request
    "GET http://127.0.0.1:{port}/ HTTP/1.1\r\nContent-Length: 3\r\n"
    "Transfer-Encoding: chunked\r\n\r\n",  # smuggling
    "GET http://127.0.0.1:{port}/ HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
    "POST http://127.0.0.1:{port}/ HTTP/1.1\r\nContent-Length: 0\r\nContent-Length: 5\r\n\r\n"
    "body!",
    "POST http://127.0.0.1:{port}/ HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
    "GET http://127.0.0.1:{port}/ HTTP/1.1\r\n folded: header\r\n\r\n",
    "GET http://https://127.0.0.1:{port}/ HTTP/1.1\r\n\r\n",
    "GET https://127.0.0.1:{port}/ HTTP/1.1\r\n\r\n",  # https goes by CONNECT
])
def test_malformed_requests_get_400_and_reach_nothing(gate: Gate, origin: Origin,
                                                      request_text: str) -> None:
    answer = ask(gate.port, request_text.format(port=origin.port).encode())
    assert answer.startswith((b"HTTP/1.1 400 ", b"HTTP/1.1 403 "))
    assert origin.received == []


def test_an_oversized_head_is_refused(gate: Gate) -> None:
    answer = ask(gate.port, b"GET http://www.caf.fr/ HTTP/1.1\r\nX: " + b"a" * 100_000
                 + b"\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400 ")


def test_hundreds_of_tunnels_at_once(gate: Gate, origin: Origin) -> None:
    clients = [tunnel(gate.port, f"127.0.0.1:{origin.port}") for _ in range(300)]
    try:
        for client in clients:
            assert read_head(client).startswith(b"HTTP/1.1 200 ")

        def exchange(index: int) -> bytes:
            clients[index].sendall(b"tunnel %03d" % index)
            return clients[index].recv(100)

        with ThreadPoolExecutor(16) as pool:
            answers = list(pool.map(exchange, range(len(clients))))
        assert answers == [b"tunnel %03d" % i for i in range(len(clients))]
        assert gate.proxy.open_connections == 300
    finally:
        for client in clients:
            client.close()


def test_through_an_upstream_proxy(origin: Origin, web_proxy: WebProxy) -> None:
    web_proxy.serve("www.caf.fr", "/", "<title>CAF</title>")
    proxy = FilteringProxy(parse_policy(policy_for(origin.port)),
                           upstream=Upstream.parse(f"http://127.0.0.1:{web_proxy.port}"))
    thread = ProxyThread(proxy)
    thread.start()
    try:
        answer = ask(thread.port, b"GET http://www.caf.fr/ HTTP/1.1\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 200 ")
        assert answer.endswith(b"<title>CAF</title>")
        with tunnel(thread.port, "www.caf.fr:443") as client:
            assert read_head(client).startswith(b"HTTP/1.1 200 ")
        assert ask(thread.port, b"CONNECT evil.example:443 HTTP/1.1\r\n\r\n").startswith(
            b"HTTP/1.1 403 ")
        assert [(seen.method, seen.target) for seen in web_proxy.request_lines()] == [
            ("GET", "/"), ("CONNECT", "www.caf.fr:443")]
    finally:
        thread.stop()


def test_an_unreachable_upstream_is_a_502(origin: Origin) -> None:
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    proxy = FilteringProxy(parse_policy(policy_for(origin.port)),
                           upstream=Upstream("127.0.0.1", port))
    thread = ProxyThread(proxy)
    thread.start()
    try:
        answer = ask(thread.port, b"CONNECT www.caf.fr:443 HTTP/1.1\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 502 ")
    finally:
        thread.stop()


@pytest.mark.parametrize(("text", "problem"), [
    ("socks5://proxy:1080", "http://HOST:PORT"),
    ("http://user:secret@proxy:3128", "credentials"),
    ("http://proxy:port", "not a number"),
    ("proxy:3128", "http://HOST:PORT"),
])
def test_bad_upstream_addresses_are_explained(text: str, problem: str) -> None:
    with pytest.raises(UpstreamError, match=problem):
        Upstream.parse(text)


def test_upstream_port_defaults_to_3128() -> None:
    assert Upstream.parse("http://proxy.mairie.example") == Upstream("proxy.mairie.example", 3128)


def test_the_shells_gate_process_stops_restarts_on_its_port_and_reports(
        origin: Origin) -> None:
    gate = GateProcess(parse_policy(policy_for(origin.port)))
    refused: list[tuple[str, str]] = []
    gate.watch_refusals(lambda host, reason: refused.append((host, reason)))
    port = gate.start()
    try:
        assert gate.running
        assert ask(port, b"CONNECT evil.example:443 HTTP/1.1\r\n\r\n").startswith(
            b"HTTP/1.1 403 ")
        with tunnel(port, f"127.0.0.1:{origin.port}") as client:
            assert read_head(client).startswith(b"HTTP/1.1 200 ")
        gate.stop()
        assert not gate.running
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=2)
        assert gate.ensure_running()
        assert gate.port == port
        # A new policy applies from the next connection on.
        gate.use_policy(parse_policy(policy_for(origin.port + 1)))
        assert ask(port, f"CONNECT 127.0.0.1:{origin.port} HTTP/1.1\r\n\r\n".encode()
                   ).startswith(b"HTTP/1.1 403 ")
    finally:
        gate.stop()
    # the check that a gate answers is never a refusal
    assert refused == [("evil.example", "not-whitelisted"), ("127.0.0.1", "ip-literal")]


SHELL_STAND_IN = """
import sys
from kiosk.core.policy import parse_policy
from kiosk.gate import GateProcess
gate = GateProcess(parse_policy(sys.argv[1]))
print(gate.start(), gate.pid, flush=True)
sys.stdin.read()
"""


def test_the_gate_process_ends_with_its_shell(origin: Origin) -> None:
    """Killed shell, no gate left behind: its input ends, and so does it."""
    shell = subprocess.Popen([sys.executable, "-c", SHELL_STAND_IN, policy_for(origin.port)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert shell.stdout is not None
        port, pid = (int(word) for word in shell.stdout.readline().split())
        assert answers_as_gate("127.0.0.1", port)
        shell.kill()
        shell.wait()
        assert wait_until(lambda: not psutil.pid_exists(pid)
                   or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE, seconds=10)
        assert not answers_as_gate("127.0.0.1", port, timeout=0.5)
    finally:
        shell.kill()
        shell.wait()
        for stream in (shell.stdin, shell.stdout):
            if stream is not None:
                stream.close()


def test_stopping_cuts_open_tunnels(gate: Gate, origin: Origin) -> None:
    client = tunnel(gate.port, f"127.0.0.1:{origin.port}")
    assert read_head(client).startswith(b"HTTP/1.1 200 ")
    gate.thread.stop()
    assert not gate.thread.running
    client.settimeout(5)
    try:
        assert client.recv(10) == b""
    except ConnectionResetError:
        pass
    finally:
        client.close()


def test_something_else_on_the_port_is_not_a_gate() -> None:
    impostor = socket.create_server(("127.0.0.1", 0))
    try:
        port = impostor.getsockname()[1]
        assert not answers_as_gate("127.0.0.1", port, timeout=0.5)
        assert not ExternalGate("127.0.0.1", port).ensure_running()
    finally:
        impostor.close()


@pytest.mark.parametrize("address", ["10.0.0.1:8128", "127.0.0.1", "127.0.0.1:0",
                                     "127.0.0.1:x", "localhost:8128", "[::1]:8128"])
def test_an_external_gate_must_be_on_loopback_with_a_port(address: str) -> None:
    with pytest.raises(ValueError, match="gate"):
        ExternalGate.parse(address)


def test_flags_send_everything_through_the_gate() -> None:
    flags = with_gate_flags('--no-sandbox --proxy-server=http://elsewhere:1 '
                            '--host-resolver-rules="MAP evil.example 127.0.0.1" '
                            '--user-agent="A B"  --proxy-pac-url=http://x/p.pac '
                            '--no-proxy-server', 8128)
    assert flags == ('--no-sandbox --user-agent="A B" --proxy-server=http://127.0.0.1:8128 '
                     '--proxy-bypass-list=<-loopback> '
                     '--force-webrtc-ip-handling-policy=disable_non_proxied_udp '
                     '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"')
