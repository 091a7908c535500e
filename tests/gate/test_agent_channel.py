"""The station agent reaches the store through the gate (where the firewall lets the guest
account go nowhere else), with a token the browser engine never has."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from kiosk.agent.store_client import StoreClient, StoreUnavailable
from kiosk.core.policy import parse_policy
from kiosk.gate import FilteringProxy
from tests.agent.conftest import LiveStore, live_store
from tests.gate.proxythread import ProxyThread
from tests.gate.test_proxy import ask
from tests.testpolicy import CAF_POLICY

__all__ = ["live_store"]
TOKEN = secrets.token_urlsafe(32)


@pytest.fixture
def gate(live_store: LiveStore) -> Iterator[ProxyThread]:
    store = urlsplit(live_store.url)
    thread = ProxyThread(FilteringProxy(parse_policy(CAF_POLICY),
                                        agent_endpoints=frozenset({store.netloc}),
                                        agent_token=TOKEN))
    thread.start()
    yield thread
    thread.stop()


def test_the_agent_reaches_the_store_through_the_gate(gate: ProxyThread,
                                                      live_store: LiveStore) -> None:
    with StoreClient(live_store.url, gate=f"http://127.0.0.1:{gate.port}",
                     gate_token=TOKEN) as client:
        client.enrol(live_store.enrol_token("poste-1"))
        assert "commands" in client.heartbeat(health={"cpu_percent": 1.0, "memory_percent": 2.0,
                                                      "disk_percent": 3.0})
    assert gate.proxy.counters.requests == 2
    assert gate.proxy.counters.refused == 0


def test_without_the_token_the_store_is_just_another_refused_host(
        gate: ProxyThread, live_store: LiveStore) -> None:
    with StoreClient(live_store.url, gate=f"http://127.0.0.1:{gate.port}",
                     gate_token="not-the-token") as client, pytest.raises(StoreUnavailable):
        client.enrol(live_store.enrol_token("poste-1"))
    store = urlsplit(live_store.url).netloc
    # What a page could send: no token, or a token for another address.
    assert ask(gate.port, f"CONNECT {store} HTTP/1.1\r\n\r\n".encode()).startswith(
        b"HTTP/1.1 403 ")
    assert ask(gate.port, f"CONNECT evil.example:443 HTTP/1.1\r\nProxy-Authorization: "
                          f"Bearer {TOKEN}\r\n\r\n".encode()).startswith(b"HTTP/1.1 403 ")
    assert gate.proxy.counters.requests == 0
