"""Messages to the guest during a session: information, success, warning, error, and messages
from the reception, each in its own box under the top bar.

A box says what kind of message it is in words as well as in colour ("C'est fait",
"Attention"…), is read out by screen readers when it appears, and has a large ✕. Information
and success go by themselves after a while; warnings and errors stay until closed; a message
from the reception stays until the guest says they read it. A few boxes at most show at once:
a new one pushes out the oldest that may go.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.shell import theme

KINDS = ("info", "success", "warning", "error", "reception")
LASTING_SECONDS = {"info": 15, "success": 15}  # the others stay until closed
MAX_SHOWN = 2  # more would push the page off a 768-pixel-high screen


def kind_label(kind: str) -> str:
    """The kind of a message in words, shown before it (colour is never the only sign)."""
    labels = {
        "info": QCoreApplication.translate("Toast", "Information"),
        "success": QCoreApplication.translate("Toast", "Done"),
        "warning": QCoreApplication.translate("Toast", "Warning"),
        "error": QCoreApplication.translate("Toast", "Problem"),
        "reception": QCoreApplication.translate("Toast", "Message from the reception"),
    }
    return labels[kind]


class Toast(QFrame):
    closed = Signal()

    def __init__(self, kind: str, text: str,
                 actions: Sequence[tuple[str, Callable[[], None]]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(kind)
        self.kind = kind
        theme.set_tone(self, kind)
        self.heading = QLabel(kind_label(kind), self)
        self.heading.setProperty("heading", kind)  # its colour, without a box of its own
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a name from a page, never markup
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.buttons: list[QPushButton] = []
        for label, action in actions:
            button = QPushButton(label, self)
            button.clicked.connect(action)
            button.clicked.connect(self.dismiss)
            self.buttons.append(button)
        if kind == "reception":
            self.close_button = QPushButton(self.tr("I have read it"), self)
            theme.set_kind(self.close_button, "primary")
        else:
            self.close_button = QPushButton("✕", self)
            self.close_button.setAccessibleName(f"✕ {self.tr('Close this message')}")
        self.close_button.clicked.connect(self.dismiss)
        words = QHBoxLayout()  # the kind, then the message: one line when it is short
        words.setSpacing(theme.space(1))
        words.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignTop)
        words.addWidget(self.text, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.space(2), theme.space(1), theme.space(1),
                                  theme.space(1))
        layout.addLayout(words, 1)
        for button in (*self.buttons, self.close_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(f"{kind_label(kind)} : {text}")
        self.setAccessibleDescription(text)
        seconds = LASTING_SECONDS.get(kind)
        self.timer: QTimer | None = None
        if seconds is not None:
            self.timer = QTimer(self)
            self.timer.setSingleShot(True)
            self.timer.setInterval(seconds * 1000)
            self.timer.timeout.connect(self.dismiss)

    @property
    def may_go(self) -> bool:
        """Whether a newer message may push this one out (never the reception's)."""
        return self.kind != "reception"

    def announce(self) -> None:
        if self.timer is not None:
            self.timer.start()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def dismiss(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        self.hide()
        self.closed.emit()
        self.deleteLater()


class ToastArea(QWidget):
    """The column of messages, newest at the bottom, just under the top bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(theme.space(1))
        self.toasts: list[Toast] = []
        self.hide()

    def show_toast(self, kind: str, text: str,
                   actions: Sequence[tuple[str, Callable[[], None]]] = ()) -> Toast:
        for toast in self.toasts:
            if toast.text.text() == text and toast.kind == kind:
                toast.dismiss()  # the same message again: shown once, as the newest
                break
        while len(self.toasts) >= MAX_SHOWN:
            oldest = next((toast for toast in self.toasts if toast.may_go), None)
            if oldest is None:
                break
            oldest.dismiss()
        toast = Toast(kind, text, actions, self)
        toast.closed.connect(lambda: self._forget(toast))
        self.toasts.append(toast)
        self._layout.addWidget(toast)
        toast.show()  # a child added to a shown widget stays hidden until told
        self.show()
        toast.announce()
        return toast

    def _forget(self, toast: Toast) -> None:
        if toast in self.toasts:
            self.toasts.remove(toast)
            self._layout.removeWidget(toast)
        self.setVisible(bool(self.toasts))

    def clear(self) -> None:
        """Every message goes (the session ended)."""
        for toast in list(self.toasts):
            toast.dismiss()
