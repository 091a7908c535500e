"""The idle check: a guest at work in a dialog is never taken for gone, and the question
"are you still there?" comes above everything, counts down, and can always be answered."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.shell.dialogs import MessageDialog
from kiosk.shell.window import ShellWindow
from tests.shell.conftest import LiveStore, type_code


class ManualClock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def open_session(qtbot: QtBot, shell: ShellWindow, live_store: LiveStore) -> ManualClock:
    clock = ManualClock()
    shell.clock = clock
    type_code(qtbot, shell, live_store.code(minutes=90))
    qtbot.waitUntil(lambda: shell.running is not None, timeout=30_000)
    return clock


def a_question(qtbot: QtBot, shell: ShellWindow) -> MessageDialog:
    """A question of the shell over the session, as a page or the documents ask them."""
    dialog = MessageDialog("Nom du document ?", answer="", cancel=True, parent=shell)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_typing_in_a_dialog_counts_as_activity(qtbot: QtBot, window: ShellWindow,
                                              live_store: LiveStore) -> None:
    clock = open_session(qtbot, window, live_store)
    dialog = a_question(qtbot, window)
    assert dialog.answer is not None
    qtbot.mouseClick(dialog.answer, Qt.MouseButton.LeftButton)  # into the field, then type
    for _ in range(4):  # 36 minutes in the dialog, typing now and then
        clock.advance(minutes=9)
        # A key pressed as the keyboard sends it: to the window, which gives it to the field.
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
        qtbot.wait(1200)  # the shell's one-second tick
    assert not window.idle_check.isVisible()
    assert window.running is not None
    assert dialog.answer.text() == "aaaa"  # the keys reached the field, as typed
    dialog.reject()


def test_the_idle_check_comes_above_an_open_dialog_and_counts_down(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    clock = open_session(qtbot, window, live_store)
    dialog = a_question(qtbot, window)
    clock.advance(minutes=10, seconds=5)
    qtbot.waitUntil(window.idle_check.isVisible, timeout=5_000)
    assert QApplication.activeModalWidget() is window.idle_check
    text = window.idle_check.countdown.text()
    assert text.startswith("Fin dans ")
    assert "Sans réponse, la session se termine" in window.idle_check.explanation.text()
    assert window.chime.requested >= 1  # a guest looking at a paper form hears it too
    seconds = int(re.search(r"(\d+) s", text).group(1))  # type: ignore[union-attr]
    assert 0 < seconds <= 60
    assert window.idle_check.countdown.accessibleName() == text
    clock.advance(seconds=20)
    qtbot.waitUntil(lambda: window.idle_check.countdown.text() != text, timeout=3_000)
    assert window.idle_check.continue_button.text() == "Je continue"
    assert window.idle_check.continue_button.height() >= 48
    qtbot.mouseClick(window.idle_check.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.idle_check.isVisible(), timeout=3_000)
    assert window.running is not None
    assert dialog.isVisible()  # the guest's question is still there, as they left it
    dialog.reject()


def test_without_an_answer_the_session_ends_and_the_check_goes(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    clock = open_session(qtbot, window, live_store)
    clock.advance(minutes=10, seconds=5)
    qtbot.waitUntil(window.idle_check.isVisible, timeout=5_000)
    with qtbot.waitSignal(window.wiped, timeout=30_000):
        clock.advance(minutes=2)
    assert not window.idle_check.isVisible()
    assert window.running is None
    assert window.last_wipe is not None
    assert window.last_wipe.other.get("dialogs", 0) == 0  # the shell's own check is not one
