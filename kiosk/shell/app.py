"""Starting the guest shell: environment, Qt application, window and heartbeat."""

from __future__ import annotations

import logging
import os
import signal
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from kiosk.agent.station import StationAgent
from kiosk.core.policy import Policy
from kiosk.core.session import EndReason
from kiosk.gate import ExternalGate, Gate, GateProcess, Upstream
from kiosk.gate.runner import with_gate_flags
from kiosk.shell.sessionfs import SessionFolder

log = logging.getLogger("kiosk.shell")
HEARTBEAT_SECONDS = 10


def start_gate(policy: Policy, upstream: str | None = None) -> GateProcess:
    """The shell's own network gate, listening on loopback before QtWebEngine starts.

    Raises `UpstreamError` for an upstream proxy address that cannot be used, `OSError`
    when it cannot listen."""
    if upstream:
        Upstream.parse(upstream)  # a bad address is said here, not in the gate's log
    gate = GateProcess(policy, upstream=upstream)
    gate.start()
    return gate


def external_gate(address: str) -> ExternalGate:
    """The gate service at `address` (HOST:PORT on loopback); raises ValueError if malformed."""
    return ExternalGate.parse(address)


def prepare_environment(session_root: Path, *, gate_port: int, offscreen: bool = False,
                        touch: bool = False) -> None:
    """Before Qt starts: every connection of the engine goes through the gate on
    `gate_port`; the engine's files go to the session folder; on a touch screen Qt's
    on-screen keyboard serves every text field, web forms included; as root (a developer's
    machine, never a station) Chromium needs its sandbox off."""
    keep_display_sockets()
    os.environ.update(SessionFolder(session_root).environment())
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if touch:
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if os.geteuid() == 0 and "--no-sandbox" not in flags:
        log.warning("running as root: Chromium's sandbox is off; stations must not run as root")
        flags = f"{flags} --no-sandbox"
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = with_gate_flags(flags, gate_port)


def keep_display_sockets() -> None:
    """The session's runtime folder replaces the user's: the compositor's and the sound
    server's sockets, which live in the user's, are named by their full paths first."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if not runtime:
        return
    display = os.environ.get("WAYLAND_DISPLAY")
    if display and not display.startswith("/"):
        os.environ["WAYLAND_DISPLAY"] = str(Path(runtime) / display)
    pulse = Path(runtime) / "pulse" / "native"
    if "PULSE_SERVER" not in os.environ and pulse.exists():
        os.environ["PULSE_SERVER"] = f"unix:{pulse}"


def make_application(language: str) -> Any:  # noqa: ANN401 - a QApplication
    from PySide6.QtCore import QCoreApplication, Qt  # noqa: PLC0415 - after the environment
    from PySide6.QtWebEngineCore import QWebEngineProfile  # noqa: F401, PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from kiosk.shell import i18n, theme  # noqa: PLC0415

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    i18n.switch(app, language)
    theme.apply(app)
    return app


def make_window(*, policy: Policy, agent: StationAgent, gate: Gate, session_root: Path,
                place_name: str, printer_queue: str | None = None,
                scanner: str | None = None) -> Any:  # noqa: ANN401 - a ShellWindow
    from kiosk.printing import Printer, default_queue  # noqa: PLC0415
    from kiosk.shell.window import ShellWindow  # noqa: PLC0415

    queue = printer_queue or default_queue()
    if queue is None:
        log.warning("no printer: no --printer given and CUPS has no default printer")
    return ShellWindow(policy=policy, agent=agent, gate=gate, session_root=session_root,
                       place_name=place_name, printer=Printer(queue) if queue else None,
                       scanner=scanner)


def start_heartbeat(window: Any, health: Callable[[], dict[str, float | str]]) -> Any:  # noqa: ANN401
    """Every few seconds, off the GUI thread: report, collect staff commands, deliver."""
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    from kiosk.gui.background import run_in_background  # noqa: PLC0415

    def beat() -> None:
        running = window.running
        used = int(window.rules.used(window.clock()).total_seconds())

        def work() -> list[dict[str, Any]] | None:
            if running is not None:
                window.agent.tick(running.opened, used)
            commands: list[dict[str, Any]] | None = window.agent.heartbeat(
                health=health(), session_id=running.opened.session_id if running else None,
                policy_version=window.policy.digest or None)
            return commands

        def done(commands: list[dict[str, Any]] | None) -> None:
            window.use_site(window.agent.site)
            window.take_new_policy()
            apply_commands(window, commands or [])

        run_in_background(work, done,
                          lambda error: log.warning("heartbeat failed: %s",
                                                    type(error).__name__))

    timer = QTimer(window)
    timer.setInterval(HEARTBEAT_SECONDS * 1000)
    timer.timeout.connect(beat)
    timer.start()
    beat()
    return timer


def apply_commands(window: Any, commands: list[dict[str, Any]]) -> None:  # noqa: ANN401
    """Staff commands from the reception, carried out by the session rules."""
    now = window.clock()
    for command in commands:
        kind = command.get("kind")
        if kind == "end_session":
            window.apply_effects(window.rules.end(now, EndReason.STAFF))
        elif kind == "extend":
            window.apply_effects(window.rules.extend(now, timedelta(
                minutes=int(command.get("minutes", 0)))))
        elif kind == "message" and window.running is not None:
            window.show_message(str(command.get("text", "")))
        elif kind == "help_answer":
            minutes = command.get("minutes")
            window.reception_answered(str(command.get("answer", "")),
                                      int(minutes) if minutes is not None else None)


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    """Run Qt's event loop until `condition` holds or `seconds` pass (for programs that drive
    the shell themselves: the demo's screenshots, the benchmark). A real event loop, unlike
    processEvents, also carries out the deletions the wipe asks for."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415

    deadline = time.monotonic() + seconds
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    return condition()


def station_health() -> dict[str, float | str]:
    import psutil  # noqa: PLC0415

    from kiosk import __version__  # noqa: PLC0415

    return {"cpu_percent": float(psutil.cpu_percent(interval=None)),
            "memory_percent": float(psutil.virtual_memory().percent),
            "disk_percent": float(psutil.disk_usage("/").percent),
            "software_version": __version__}


def quit_on_interrupt(app: Any) -> Any:  # noqa: ANN401
    """Ctrl+C in the terminal stops the shell cleanly (Qt would otherwise not notice)."""
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    signal.signal(signal.SIGINT, lambda *_: app.quit())
    timer = QTimer()
    timer.start(250)
    timer.timeout.connect(lambda: None)  # lets Python run its signal handlers
    return timer
