"""The gate on a thread of its own, and the Chromium flags that send QtWebEngine through it.

The shell starts the gate before QtWebEngine reads its flags (they are read once, when the
engine starts), and checks it is serving before every session: no gate, no session.
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import threading
from concurrent.futures import Future

from kiosk.core.policy import Policy
from kiosk.gate.proxy import PROBE_AUTHORITY, FilteringProxy, RefusalHook

log = logging.getLogger("kiosk.gate")

# Flags that would send Chromium around the gate, or decide how WebRTC reaches the network:
# removed from what the environment gives before the gate's own are added.
_NETWORK_FLAGS = ("--proxy-server", "--proxy-bypass-list", "--proxy-pac-url",
                  "--no-proxy-server", "--proxy-auto-detect",
                  "--force-webrtc-ip-handling-policy", "--webrtc-ip-handling-policy",
                  "--host-resolver-rules", "--host-rules")


def chromium_flags(port: int) -> list[str]:
    """Every connection through the gate on loopback, loopback itself included; WebRTC only
    through it too, so STUN and TURN cannot reach the network by UDP; and no name looked up
    by the engine itself (the gate resolves what it lets through), since WebRTC resolves its
    STUN and TURN servers' names, and a DNS query alone can carry data out."""
    return [f"--proxy-server=http://127.0.0.1:{port}",
            "--proxy-bypass-list=<-loopback>",
            "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
            '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"']


# One flag as QtWebEngine reads QTWEBENGINE_CHROMIUM_FLAGS: split on spaces, except inside
# double quotes.
_FLAG = re.compile(r'(?:"[^"]*"?|[^ "])+')


def with_gate_flags(existing: str, port: int) -> str:
    """`existing` (QTWEBENGINE_CHROMIUM_FLAGS) with its network flags replaced by the gate's."""
    kept = [flag for flag in _FLAG.findall(existing)
            if flag.split("=", 1)[0] not in _NETWORK_FLAGS]
    return " ".join([*kept, *chromium_flags(port)])


def answers_as_gate(host: str, port: int, timeout: float = 2.0) -> bool:
    """Whether a filtering gate answers there: it must refuse a name no policy can list.
    Anything else listening on the port (or nothing) is not a gate."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as connection:
            connection.settimeout(timeout)
            connection.sendall(f"CONNECT {PROBE_AUTHORITY} HTTP/1.1\r\n"
                               f"Host: {PROBE_AUTHORITY}\r\n\r\n".encode())
            return connection.recv(64).startswith(b"HTTP/1.1 403 ")
    except OSError:
        return False


class GateThread:
    """Runs a `FilteringProxy` on a daemon thread with its own event loop."""

    def __init__(self, proxy: FilteringProxy, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.proxy = proxy
        self.host = host
        self.port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> int:
        """Listen (on the same port as before after a restart); return the port."""
        if self.running:
            return self.port
        ready: Future[int] = Future()
        loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                port = loop.run_until_complete(self.proxy.start(self.host, self.port))
            except BaseException as error:  # noqa: BLE001 - handed to the starting thread
                ready.set_exception(error)
                loop.close()
                return
            ready.set_result(port)
            loop.run_forever()
            loop.run_until_complete(self.proxy.close())
            # Connections cut by close() end their tasks; any other is cancelled.
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name="kiosk-gate", daemon=True)
        self._thread.start()
        self.port = ready.result(timeout)
        log.info("the network gate listens on %s:%s", self.host, self.port)
        return self.port

    def stop(self, timeout: float = 10.0) -> None:
        """Stop listening and cut every open connection."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        self._loop = self._thread = None

    @property
    def running(self) -> bool:
        thread = self._thread
        return (thread is not None and thread.is_alive() and self.proxy.serving
                and answers_as_gate(self.host, self.port))

    def use_policy(self, policy: Policy) -> None:
        self.proxy.policy = policy  # one reference replaced: the next decision uses it

    def watch_refusals(self, hook: RefusalHook | None) -> None:
        """`hook(host, reason)` for each refusal, called on the gate's thread."""
        self.proxy.on_refused = hook

    def ensure_running(self) -> bool:
        """True when the gate answers, restarting it on its port when it stopped."""
        if self.running:
            return True
        log.error("the network gate was not running: starting it again")
        self.stop()
        try:
            self.start()
        except (OSError, TimeoutError):
            log.exception("the network gate cannot start")
            return False
        return self.running


class ExternalGate:
    """A gate run as a service of its own (`kiosk gate serve` under its own account, so the
    operating system's firewall can tell its connections from the guest's). It loads the
    policy itself and reports its refusals to its own log; the shell only checks it answers."""

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port

    @classmethod
    def parse(cls, address: str) -> ExternalGate:
        host, colon, port = address.rpartition(":")
        if not colon or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"{address!r}: a gate's address is written HOST:PORT")
        if host not in ("127.0.0.1", "localhost", "[::1]"):
            raise ValueError(f"{address!r}: the gate must listen on loopback")
        return cls(host.strip("[]"), int(port))

    def use_policy(self, policy: Policy) -> None:
        """The gate service reads the same policy file itself."""

    def watch_refusals(self, hook: RefusalHook | None) -> None:
        """The gate service logs its refusals; the shell counts those its engine sees."""

    def ensure_running(self) -> bool:
        running = answers_as_gate(self.host, self.port)
        if not running:
            log.error("no network gate answers at %s:%s", self.host, self.port)
        return running

    def stop(self) -> None:
        """The service belongs to the system, not to the shell."""
