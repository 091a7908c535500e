"""Questions and messages inside the shell's window.

Nothing the guest answers opens a free window of the desktop: every dialog is frameless,
modal, parented to the shell, in large text, and closed by the wipe if still open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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


def close_open_dialogs(root: QWidget) -> int:
    """Close every dialog still open over the shell (before a wipe); how many were open."""
    closed = 0
    for dialog in root.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
            closed += 1
    return closed
