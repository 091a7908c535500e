"""The lock screen: where a guest types the code from their slip.

Large text, a field that formats the code as it is typed (`K7M2-9QHX-T`), and an on-screen
keypad for touch screens: the code's 32 symbols, Erase and OK. Every control can be reached
with the keyboard and has a name for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.codes import ALPHABET, format_partial_code

_KEYS_PER_ROW = 8
GOODBYE_SECONDS = 15


class LockScreen(QWidget):
    code_submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.place = QLabel(self)
        self.title = QLabel(self.tr("Enter your access code"), self)
        self.field = QLineEdit(self)
        self.message = QLabel(self)
        self.hours = QLabel(self)
        self.help = QLabel(self.tr("The code is on the slip the reception gave you. "
                                   "Ask at the reception if you need help."), self)
        self.keys: dict[str, QPushButton] = {}
        self._closed = False
        self._checking = False
        self._build()

    def _build(self) -> None:
        big = QFont(self.font())
        big.setPointSize(28)
        huge = QFont(big)
        huge.setPointSize(40)
        huge.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        readable = QFont(self.font())
        readable.setPointSize(18)
        for label in (self.place, self.title):
            label.setFont(big)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.message, self.hours, self.help):
            label.setFont(readable)
        self.help.setWordWrap(True)
        self.help.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        self.hours.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.field.setFont(huge)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setMaxLength(11)
        self.field.setPlaceholderText("XXXX-XXXX-X")
        self.field.setAccessibleName(self.tr("Access code"))
        self.field.textEdited.connect(self._reformat)
        self.field.returnPressed.connect(self.submit)

        keypad = QGridLayout()
        for index, symbol in enumerate(ALPHABET):
            key = self._key(symbol, symbol)
            key.clicked.connect(lambda _checked=False, s=symbol: self.type_symbol(s))
            keypad.addWidget(key, index // _KEYS_PER_ROW, index % _KEYS_PER_ROW)
        erase = self._key(self.tr("Erase"), self.tr("Erase the last symbol"))
        erase.clicked.connect(self.erase)
        ok = self._key(self.tr("OK"), self.tr("Open my session"))
        ok.clicked.connect(self.submit)
        ok.setDefault(True)
        rows = len(ALPHABET) // _KEYS_PER_ROW
        keypad.addWidget(erase, rows, 0, 1, _KEYS_PER_ROW // 2)
        keypad.addWidget(ok, rows, _KEYS_PER_ROW // 2, 1, _KEYS_PER_ROW // 2)
        self.keys["erase"], self.keys["ok"] = erase, ok

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.place, self.title, self.field, self.message):
            layout.addWidget(widget)
        layout.addLayout(keypad)
        layout.addWidget(self.hours)
        layout.addWidget(self.help)
        layout.addStretch(1)

    def _key(self, text: str, accessible: str) -> QPushButton:
        key = QPushButton(text, self)
        key.setAccessibleName(accessible)
        key.setMinimumSize(64, 64)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = QFont(key.font())
        font.setPointSize(20)
        key.setFont(font)
        if len(text) == 1:
            self.keys[text] = key
        return key

    def _reformat(self, text: str) -> None:
        self.field.setText(format_partial_code(text))
        self.message.hide()

    def type_symbol(self, symbol: str) -> None:
        self._reformat(self.field.text() + symbol)
        self.field.setFocus()

    def erase(self) -> None:
        symbols = self.field.text().replace("-", "")
        self._reformat(symbols[:-1])

    def submit(self) -> None:
        code = self.field.text()
        if code and not self.field.isReadOnly():  # read-only: a code is being checked
            self.code_submitted.emit(code)

    def set_place(self, name: str, hours_today: str, *, open_now: bool = True) -> None:
        """The place, today's hours, and whether a code can be typed now: when the place is
        closed, the screen says so at once, before anyone types a whole code for nothing."""
        self.place.setText(name)
        self.hours.setText(self.tr("Open today: %1").replace("%1", hours_today)
                           if hours_today else self.tr("Closed today"))
        self.title.setText(self.tr("Enter your access code") if open_now
                           else self.tr("The centre is closed now."))
        self._closed = not open_now
        self._enable_typing(open_now and not self._checking)

    def _enable_typing(self, enabled: bool) -> None:  # noqa: FBT001 - a state, internal
        self.field.setReadOnly(not enabled)
        for key in self.keys.values():
            key.setEnabled(enabled)

    def show_refusal(self, text: str) -> None:
        """Say why the code did not open a session; the field is kept for a correction."""
        self.set_checking(checking=False)
        # A refusal must not be missed: bold, dark red on a light background.
        self._say(text, "#8b0000")

    def set_checking(self, *, checking: bool) -> None:
        """While the code is checked (a second, or ten when the network is slow): say so,
        and take no other code meanwhile."""
        self._checking = checking
        self._enable_typing(not checking and not self._closed)
        if checking:
            self._say(self.tr("Checking the code…"), "#1d4ed8")
        elif self.message.text() == self.tr("Checking the code…"):
            self.message.hide()

    def say_goodbye(self, *, erased: bool) -> None:
        """After a session: tell the guest leaving that it is over (and, when the wipe
        checked it, that nothing of it is left), until the next guest types or a while."""
        self.clear()
        self._say(self.tr("Session ended — everything has been erased.") if erased
                  else self.tr("Session ended."), "#14532d")
        QTimer.singleShot(GOODBYE_SECONDS * 1000, self._end_goodbye)

    def _end_goodbye(self) -> None:
        if not self.field.text():  # nobody has started typing the next code
            self.message.hide()

    def _say(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        self.message.setText(text)
        self.message.setAccessibleName(text)  # read out whole, not as "Message"
        self.message.show()

    def clear(self) -> None:
        self.field.clear()
        self.message.hide()
