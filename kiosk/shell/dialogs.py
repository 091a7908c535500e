"""Questions and messages inside the shell's window.

Nothing the guest answers opens a free window of the desktop: every dialog is frameless,
modal, parented to the shell, in large text, and closed by the wipe if still open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

READABLE_POINTS = 18


class ShellDialog(QDialog):
    """The frame every in-shell dialog shares."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setModal(True)
        font = QFont(self.font())
        font.setPointSize(READABLE_POINTS)
        self.setFont(font)
        self.setStyleSheet("ShellDialog { border: 3px solid #1d4ed8; background: white; }")


class MessageDialog(ShellDialog):
    """A message, a yes/no question, or a question with a line of text to type."""

    def __init__(self, text: str, *, cancel: bool = False, answer: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a page's words, never markup
        self.answer: QLineEdit | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        if answer is not None:
            self.answer = QLineEdit(answer, self)
            self.answer.setAccessibleName(self.tr("Your answer"))
            layout.addWidget(self.answer)
        buttons = QHBoxLayout()
        self.cancel_button: QPushButton | None = None
        if cancel:
            self.cancel_button = QPushButton(self.tr("Cancel"), self)
            self.cancel_button.clicked.connect(self.reject)
            buttons.addWidget(self.cancel_button)
        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        buttons.addWidget(self.ok_button)
        for button in (self.ok_button, self.cancel_button):
            if button is not None:
                button.setMinimumHeight(56)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)


class IdleCheck(ShellDialog):
    """"Are you still there?", over everything else the shell shows (a dialog included),
    with the seconds left before the session ends, counted down live."""

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._deadline: datetime | None = None
        self.question = QLabel(self.tr("Are you still there?"), self)
        big = QFont(self.font())
        big.setPointSize(26)
        big.setBold(True)
        self.question.setFont(big)
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("I am continuing"), self)
        self.continue_button.setFont(big)
        self.continue_button.setMinimumHeight(72)
        self.continue_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(20)
        layout.addWidget(self.question)
        layout.addWidget(self.countdown)
        layout.addWidget(self.continue_button)
        self.setMinimumWidth(560)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._show_seconds)

    def ask_until(self, deadline: datetime) -> None:
        """Show the question (without blocking) until `deadline`, or until answered."""
        self._deadline = deadline
        self._show_seconds()
        self._timer.start()
        self.open()  # modal, and opened last: above any dialog already open
        self.continue_button.setFocus()

    def withdraw(self) -> None:
        self._timer.stop()
        self._deadline = None
        if self.isVisible():
            self.accept()

    def _show_seconds(self) -> None:
        if self._deadline is None:
            return
        seconds = max(int((self._deadline - self._clock()).total_seconds() + 0.999), 0)
        text = self.tr("Without an answer, the session ends in %1 s and everything is "
                       "erased.").replace("%1", str(seconds))
        self.countdown.setText(text)
        self.countdown.setAccessibleName(text)


def close_open_dialogs(root: QWidget) -> int:
    """Close every dialog still open over the shell (before a wipe); how many were open."""
    closed = 0
    for dialog in root.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
            closed += 1
    return closed
