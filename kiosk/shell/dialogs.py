"""Questions and messages inside the shell's window.

Nothing the guest answers opens a free window of the desktop: every dialog is frameless,
modal, parented to the shell, in large text, and closed by the wipe if still open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.shell import theme
from kiosk.shell.sound import Chime


class ShellDialog(QDialog):
    """The modal panel every in-shell question shares: frameless, bordered in the theme's
    blue, roomy margins."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setModal(True)


def panel_layout(dialog: QDialog) -> QVBoxLayout:
    layout = QVBoxLayout(dialog)
    margin = theme.space(4)
    layout.setContentsMargins(margin, theme.space(3), margin, theme.space(3))
    layout.setSpacing(theme.space(2))
    return layout


class MessageDialog(ShellDialog):
    """A message, a yes/no question, or a question with a line of text to type."""

    def __init__(self, text: str, *, cancel: bool = False, answer: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a page's words, never markup
        self.text.setAccessibleName(text)
        self.answer: QLineEdit | None = None
        layout = panel_layout(self)
        layout.addWidget(self.text)
        if answer is not None:
            self.answer = QLineEdit(answer, self)
            self.answer.setAccessibleName(self.tr("Your answer"))
            layout.addWidget(self.answer)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button: QPushButton | None = None
        if cancel:
            self.cancel_button = QPushButton(self.tr("Cancel"), self)
            self.cancel_button.clicked.connect(self.reject)
            buttons.addWidget(self.cancel_button)
        self.ok_button = QPushButton(self.tr("OK"), self)
        theme.set_kind(self.ok_button, "primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(min(640, theme.space(70)))


class CountdownPanel(ShellDialog):
    """A modal panel with a title, the time left counted down live in large figures, a
    sentence, one large button, and a chime when it opens."""

    def __init__(self, clock: Callable[[], datetime], chime: Chime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._chime = chime
        self._deadline: datetime | None = None
        self.title = theme.set_role(QLabel(self), "title")
        self.countdown = theme.set_role(QLabel(self), "time")
        self.explanation = QLabel(self)
        for label in (self.title, self.countdown, self.explanation):
            label.setWordWrap(True)
        self.button = QPushButton(self)
        theme.set_kind(self.button, "primary")
        self.button.setDefault(True)
        self.button.clicked.connect(self.withdraw)
        layout = panel_layout(self)
        for widget in (self.title, self.countdown, self.explanation, self.button):
            layout.addWidget(widget)
        self.setMinimumWidth(min(640, theme.space(70)))
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._show_time)

    def texts(self) -> tuple[str, str, str]:
        """Title, explanation and button, in the language of the moment."""
        raise NotImplementedError

    def countdown_text(self, seconds: int) -> str:
        raise NotImplementedError

    def ask_until(self, deadline: datetime) -> None:
        """Show the panel (without blocking) until `deadline`, or until answered."""
        self._deadline = deadline
        title, explanation, button = self.texts()
        self.title.setText(title)
        self.explanation.setText(explanation)
        self.explanation.setAccessibleName(explanation)
        self.button.setText(button)
        self._show_time()
        self._timer.start()
        self.open()  # modal, and opened last: above any dialog already open
        self.button.setFocus()
        if self._chime is not None:
            self._chime.play()

    def withdraw(self) -> None:
        self._timer.stop()
        self._deadline = None
        if self.isVisible():
            self.accept()

    @property
    def asking(self) -> bool:
        return self._deadline is not None

    def _show_time(self) -> None:
        if self._deadline is None:
            return
        seconds = max(int((self._deadline - self._clock()).total_seconds() + 0.999), 0)
        text = self.countdown_text(seconds)
        self.countdown.setText(text)
        self.countdown.setAccessibleName(text)


class IdleCheck(CountdownPanel):
    """"Are you still there?", over everything else the shell shows (a dialog included),
    with the seconds left before the session ends, counted down live."""

    def texts(self) -> tuple[str, str, str]:
        return (self.tr("Are you still there?"),
                self.tr("Nobody has touched this computer for a while. Without an answer, the "
                        "session ends and everything is erased."),
                self.tr("I am continuing"))

    def countdown_text(self, seconds: int) -> str:
        return self.tr("Ends in %1 s").replace("%1", str(seconds))

    @property
    def continue_button(self) -> QPushButton:
        return self.button


class TimeWarning(CountdownPanel):
    """"Your session ends in 5 minutes": the time left, counted down, what to do now, and a
    way to ask the reception for more time."""

    more_time = Signal()

    def __init__(self, clock: Callable[[], datetime], chime: Chime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(clock, chime, parent)
        self.ask_button = QPushButton(self)
        self.ask_button.clicked.connect(self.more_time)
        self.ask_button.clicked.connect(self.withdraw)
        layout = self.layout()
        if layout is not None:
            layout.addWidget(self.ask_button)

    def ask_until(self, deadline: datetime) -> None:
        self.ask_button.setText(self.tr("Ask the reception for more time"))
        super().ask_until(deadline)

    def texts(self) -> tuple[str, str, str]:
        return (self.tr("Your session will end soon"),
                self.tr("Save or print what you need now. At the end, everything on this "
                        "computer is erased."),
                self.tr("I understand"))

    def countdown_text(self, seconds: int) -> str:
        minutes, rest = divmod(seconds, 60)
        return self.tr("Time left: %1 min %2 s").replace("%1", str(minutes)).replace(
            "%2", f"{rest:02d}")


def close_open_dialogs(root: QWidget) -> int:
    """Close every dialog still open over the shell (before a wipe); how many were open."""
    closed = 0
    for dialog in root.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
            closed += 1
    return closed
