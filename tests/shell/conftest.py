"""Shared by the shell's tests: a shell window on a live store behind the test gate, and
French, the language guests get by default."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.agent.outbox import Outbox
from kiosk.agent.station import StationAgent
from kiosk.agent.store_client import StoreClient
from kiosk.core.policy import parse_policy
from kiosk.core.session import EndReason
from kiosk.gate import GateProcess
from kiosk.shell import i18n, theme
from kiosk.shell.dialogs import MessageDialog, ShellDialog
from kiosk.shell.window import ShellWindow
from tests.testpolicy import CAF_POLICY


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> None:
    """The shell's look, as `kiosk shell` sets it: sizes and targets depend on it."""
    theme.apply(qapp)


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    i18n.switch(qapp, "fr", cache=tmp_path)
    assert i18n.current_language() == "fr"
    yield
    i18n.switch(qapp, "en")


from tests.agent.conftest import LiveStore, live_store  # noqa: E402 - the agent tests' store
from tests.printing.conftest import cups_server, printers  # noqa: E402 - the real cupsd
from tests.webproxy import WebProxy  # noqa: E402


@pytest.fixture
def window(request: pytest.FixtureRequest, qtbot: QtBot, live_store: LiveStore,
           web_proxy: WebProxy, gate: GateProcess, tmp_path: Path,
           french: None) -> Iterator[ShellWindow]:
    """A shell on the test policy, or on the policy text given by indirect parametrisation."""
    web_proxy.serve("www.caf.fr", "/", "<html><head><title>CAF</title></head><body>ok</body>"
                                      "</html>")
    client = StoreClient(live_store.url)
    client.enrol(live_store.enrol_token("poste-1"))
    agent = StationAgent(client=client, outbox=Outbox(tmp_path / "state" / "outbox.sqlite3"),
                         state_dir=tmp_path / "state")
    policy = parse_policy(getattr(request, "param", CAF_POLICY))
    shell = ShellWindow(policy=policy, agent=agent, gate=gate,
                        session_root=tmp_path / "session", place_name="Centre social Nord")
    # Not given to qtbot.addWidget: pytest-qt would delete the window before this fixture
    # ends a session left open, and the wipe needs the window's event loop.
    shell.resize(1280, 800)
    shell.show()
    yield shell
    if shell.running is not None:
        shell.wipe_and_wait(EndReason.USER)
    shell.close()
    shell.deleteLater()
    # The window goes now, with any page left, rather than after the last test.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    client.close()
    agent.outbox.close()


def type_code(qtbot: QtBot, shell: ShellWindow, code: str) -> None:
    for symbol in code.replace("-", ""):
        qtbot.mouseClick(shell.lock.keys[symbol], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shell.lock.keys["ok"], Qt.MouseButton.LeftButton)


def run_js(qtbot: QtBot, shell: ShellWindow, script: str) -> object:
    tab = shell.running.browser.current() if shell.running else None
    assert tab is not None
    results: list[object] = []
    tab.page.runJavaScript(script, 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    return results[0]


def open_caf(qtbot: QtBot, shell: ShellWindow) -> None:
    qtbot.mouseClick(shell.tiles.tiles["caf"], Qt.MouseButton.LeftButton)
    running = shell.running
    assert running is not None
    qtbot.waitUntil(lambda: (tab := running.browser.current()) is not None
                    and tab.page.title() == "CAF", timeout=30_000)

def when_dialog_shown(shell: ShellWindow, act: Callable[[Any], None],
                      kind: type[ShellDialog] = MessageDialog) -> QTimer:
    """Act on the next dialog of this kind the shell shows. A dialog runs its own event loop,
    so the test answers it from a timer running inside that loop."""
    timer = QTimer(shell)

    def poll() -> None:
        for dialog in shell.findChildren(kind):
            if dialog.isVisible():
                timer.stop()
                act(dialog)
                return

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


__all__ = ["CAF_POLICY", "cups_server", "french", "live_store", "open_caf", "printers", "run_js",
           "type_code", "when_dialog_shown", "window"]


def toast_texts(shell: ShellWindow, kind: str | None = None) -> str:
    """What the session's messages say now (those of one kind when given), one per line."""
    return "\n".join(toast.text.text() for toast in shell.session_view.toasts.toasts
                     if toast.isVisible() and kind in (None, toast.kind))
