"""Starting the gate, checking it answers, and the Chromium flags that send QtWebEngine
through it.

The shell starts its gate (or finds the station's) before QtWebEngine reads its flags (they
are read once, when the engine starts), and checks it answers before every session: no
gate, no session.
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

from kiosk.core.policy import Policy
from kiosk.gate.proxy import PROBE_AUTHORITY, RefusalHook

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


class GateProcess:
    """The shell's own gate: `kiosk gate serve --control` as a child process (its own
    interpreter, so the gate never waits on the shell's)."""

    def __init__(self, policy: Policy, *, upstream: str | None = None,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        self.policy = policy
        self.upstream = upstream
        self.host = host
        self.port = port
        self._hook: RefusalHook | None = None
        self._process: subprocess.Popen[str] | None = None
        self._answers: queue.Queue[dict[str, Any]] = queue.Queue()
        self._lock = threading.Lock()

    def start(self, timeout: float = 30.0) -> int:
        """Start the gate (on the same port as before after a restart); return the port.
        Raises `OSError` when it cannot listen or does not answer."""
        if self._alive():
            return self.port
        command = [sys.executable, "-m", "kiosk.gate", "--control",
                   "--listen", f"{self.host}:{self.port}"]
        if self.upstream:
            command += ["--upstream-proxy", self.upstream]
        self._answers = queue.Queue()
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and command
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self._process = process
        threading.Thread(target=self._read, args=(process, self._answers), daemon=True,
                         name="kiosk-gate-reader").start()
        listening = self._answer("listening", timeout)
        self.port = int(listening["listening"])
        self.use_policy(self.policy)
        log.info("the network gate listens on %s:%s", self.host, self.port)
        return self.port

    def _read(self, process: subprocess.Popen[str], answers: queue.Queue[dict[str, Any]]
              ) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "refused" in message:
                hook = self._hook
                if hook is not None:
                    hook(str(message["refused"]), str(message.get("reason", "")))
            else:
                answers.put(message)
        answers.put({"ended": process.wait()})

    def _answer(self, key: str, timeout: float) -> dict[str, Any]:
        try:
            message = self._answers.get(timeout=timeout)
        except queue.Empty:
            self.stop()
            raise OSError(f"the network gate did not answer in {timeout:g} s") from None
        if key not in message:
            self.stop()
            raise OSError(f"the network gate failed: {message}")
        return message

    def use_policy(self, policy: Policy) -> None:
        """Decide with `policy` from now on (the shell applies a new policy between two
        sessions); returns once the gate has taken it."""
        self.policy = policy
        process = self._process
        if process is None or process.stdin is None or not self._alive():
            return
        with self._lock:
            try:
                process.stdin.write(json.dumps({"policy": policy.text,
                                                "source": policy.source}) + "\n")
                process.stdin.flush()
            except OSError:
                return  # it stopped: ensure_running starts it again
            self._answer("policy", 10.0)

    def watch_refusals(self, hook: RefusalHook | None) -> None:
        """`hook(host, reason)` for each refusal, called on a reader thread."""
        self._hook = hook

    def _alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        """The gate's process: the shell's, never one of a session to stop at the wipe."""
        return self._process.pid if self._process is not None else None

    @property
    def running(self) -> bool:
        return self._alive() and answers_as_gate(self.host, self.port)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop it: the end of its input ends it; a gate that does not stop is killed."""
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(OSError):
            if process.stdin is not None:
                process.stdin.close()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def ensure_running(self) -> bool:
        """True when the gate answers, starting it again on its port when it stopped."""
        if self.running:
            return True
        log.error("the network gate was not running: starting it again")
        self.stop()
        try:
            self.start()
        except OSError:
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
        if host != "127.0.0.1":
            raise ValueError(f"{address!r}: the gate must listen on 127.0.0.1 (the browser "
                             "engine is pointed there)")
        return cls(host, int(port))

    pid = None  # the system's service, not a child of the shell

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


class RelayedGate(ExternalGate):
    """The gate of the station service (`kiosk station serve`). When the shell takes a
    policy the store published, the service's gate takes it too: the shell only names its
    digest, and the service fetches and checks the text itself, so the guest's account can
    never give the gate a policy of its own."""

    def __init__(self, host: str, port: int, take: Callable[[str], bool]) -> None:
        super().__init__(host, port)
        self._take = take
        self._taken: str | None = None
        self._lock = threading.Lock()

    @classmethod
    def relayed(cls, address: str, take: Callable[[str], bool]) -> RelayedGate:
        parsed = ExternalGate.parse(address)
        return cls(parsed.host, parsed.port, take)

    def use_policy(self, policy: Policy) -> None:
        digest = policy.digest
        with self._lock:
            if digest == self._taken:
                return
            self._taken = digest

        def ask() -> None:
            # Off the GUI thread: the service may have to ask the store first.
            if not self._take(digest):
                log.warning("the station service's gate did not take policy %s", digest[:12])
                with self._lock:
                    if self._taken == digest:
                        self._taken = None  # asked again before the next session

        threading.Thread(target=ask, name="gate-policy", daemon=True).start()
