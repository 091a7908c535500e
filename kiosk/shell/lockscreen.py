"""The lock screen: where a guest chooses their language and types the code from their slip.

The languages come first, each named in itself; then the place, a field that formats the code
as it is typed (`K7M2-9QHX-T`), and an on-screen keypad for touch screens: the code's 32
symbols, Erase and OK. The keypad is the only keyboard a touch screen needs here: the code
field never calls the system's on-screen keyboard, which would cover the keypad. Every control
can be reached with the keyboard and has a name for screen readers that contains its label.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.codes import ALPHABET, format_partial_code
from kiosk.shell import i18n, theme
from kiosk.shell.languages import LANGUAGES
from kiosk.shell.satisfaction import SatisfactionQuestion

_KEYS_PER_ROW = 8
GOODBYE_SECONDS = 15
QUESTION_SECONDS = 45  # time to read the satisfaction question and answer, at ease
THANKS_SECONDS = 4


class LockScreen(QWidget):
    code_submitted = Signal(str)
    language_chosen = Signal(str)
    goodbye_ended = Signal()  # the goodbye went without anyone typing: ready for the next guest
    satisfaction_answered = Signal(str)  # yes, partly, no, skipped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.languages: dict[str, QPushButton] = {}
        self._language_group = QButtonGroup(self)
        for code, name in LANGUAGES.items():
            button = QPushButton(name, self)
            button.setCheckable(True)
            button.setAccessibleName(name)
            # Each name is read in its own language by a screen reader that can.
            button.setProperty("lang", code)
            button.clicked.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self._language_group.addButton(button)
            self.languages[code] = button
        self.place = theme.set_role(QLabel(self), "title")
        self.title = theme.set_role(QLabel(self), "title")
        self.field = QLineEdit(self)
        self.message = QLabel(self)
        # Moves while the code is checked: the screen has not frozen.
        self.spinner = QProgressBar(self)
        self.spinner.setRange(0, 0)
        self.spinner.setTextVisible(False)
        self.spinner.setFixedHeight(theme.space(1))
        self.spinner.hide()
        self.hours = QLabel(self)
        self.help = theme.set_role(QLabel(self), "muted")
        self.question = SatisfactionQuestion(self)
        self.question.hide()
        self.question.answered.connect(self._answer)
        self.keys: dict[str, QPushButton] = {}
        self._closed = False
        self._checking = False
        self._wait_until: float | None = None
        self._place_name = ""
        self._hours_today = ""
        self._message_kind: str | None = None  # "checking", "goodbye", "wait" or a refusal
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(250)
        self._wait_timer.timeout.connect(self._count_down)
        self._goodbye_timer = QTimer(self)
        self._goodbye_timer.setSingleShot(True)
        self._goodbye_timer.timeout.connect(self._end_goodbye)
        # How long the goodbye stays, with the question and after an answer (milliseconds).
        self.goodbye_ms = GOODBYE_SECONDS * 1000
        self.question_ms = QUESTION_SECONDS * 1000
        self.thanks_ms = THANKS_SECONDS * 1000
        self._build()
        self.show_language(i18n.current_language())
        self.retranslate()

    def _build(self) -> None:
        for label in (self.place, self.title, self.help, self.message, self.hours):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.message.hide()

        theme.set_role(self.field, "code")
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setMaxLength(11)
        self.field.setPlaceholderText("XXXX-XXXX-X")
        # Latin letters and figures whatever the language: the code reads left to right.
        self.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.field.textEdited.connect(self._reformat)
        self.field.returnPressed.connect(self.submit)
        # The keypad below is the touch keyboard of this field: the system's would cover it.
        self.field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)  # noqa: FBT003

        keypad = QGridLayout()
        keypad.setSpacing(theme.space(1))
        for index, symbol in enumerate(ALPHABET):
            key = self._key(symbol)
            key.setAccessibleName(symbol)
            key.clicked.connect(lambda _checked=False, s=symbol: self.type_symbol(s))
            keypad.addWidget(key, index // _KEYS_PER_ROW, index % _KEYS_PER_ROW)
        erase = self._key("")
        erase.clicked.connect(self.erase)
        ok = self._key("")
        theme.set_kind(ok, "primary")
        ok.clicked.connect(self.submit)
        ok.setDefault(True)
        rows = len(ALPHABET) // _KEYS_PER_ROW
        keypad.addWidget(erase, rows, 0, 1, _KEYS_PER_ROW // 2)
        keypad.addWidget(ok, rows, _KEYS_PER_ROW // 2, 1, _KEYS_PER_ROW // 2)
        self.keys["erase"], self.keys["ok"] = erase, ok
        # The code's symbols in the order of the slip, left to right, in every language.
        keypad_holder = QWidget(self)
        keypad_holder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        keypad_holder.setLayout(keypad)
        self.keypad = keypad_holder
        keypad.setContentsMargins(0, 0, 0, 0)

        languages = QHBoxLayout()
        languages.setSpacing(theme.space(1))
        languages.addStretch(1)
        for button in self.languages.values():
            languages.addWidget(button)
        languages.addStretch(1)

        column = QVBoxLayout()
        column.setSpacing(theme.space(1))
        column.addLayout(languages)
        column.addStretch(1)
        for widget in (self.place, self.title, self.field, self.spinner, self.message,
                       self.question, keypad_holder, self.hours, self.help):
            column.addWidget(widget)
        column.addStretch(1)
        # A column of readable width, centred, on wide screens.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.space(2), theme.space(2), theme.space(2),
                                  theme.space(2))
        layout.addStretch(1)
        layout.addLayout(column, 12)
        layout.addStretch(1)

    def _key(self, text: str) -> QPushButton:
        key = QPushButton(text, self)
        theme.set_kind(key, "key")
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if len(text) == 1:
            self.keys[text] = key
        return key

    def retranslate(self) -> None:
        self.field.setAccessibleName(self.tr("Access code"))
        self.keys["erase"].setText(self.tr("Erase"))
        self.keys["erase"].setAccessibleName(self.tr("Erase the last symbol"))
        self.keys["ok"].setText(self.tr("OK"))
        self.keys["ok"].setAccessibleName(self.tr("OK: open my session"))
        self.help.setText(self.tr("The code is on the slip the reception gave you. "
                                  "Ask at the reception if you need help."))
        self._show_place()
        if self._message_kind == "goodbye-erased":
            self._say(self.tr("Session ended — everything has been erased."), "success")
        elif self._message_kind == "goodbye":
            self._say(self.tr("Session ended."), "success")
        elif self._message_kind == "thanks":
            self._say(self.tr("Thank you for your answer."), "success")
        elif self._message_kind == "checking":
            self._say(self.tr("Checking the code…"), "info")
        elif self._message_kind == "wait":
            self._count_down()
        elif self._message_kind == "refusal":
            self.message.hide()  # said in the previous language: the guest types again
            self._message_kind = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_language(self, language: str) -> None:
        button = self.languages.get(language)
        if button is not None:
            button.setChecked(True)

    def _reformat(self, text: str) -> None:
        if text and self.question.isVisible():
            self._answer("skipped")  # the next guest is typing their code
        self.field.setText(format_partial_code(text))
        if self._message_kind != "wait":
            self._hide_message()

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
        self._place_name, self._hours_today = name, hours_today
        self._closed = not open_now
        self._show_place()
        self._enable_typing(self._may_type())

    def _show_place(self) -> None:
        self.place.setText(self._place_name)
        # The hours isolated as left-to-right: "09:00-12:00, 13:30-18:00" in an Arabic
        # sentence keeps its order.
        isolated = f"\u2066{self._hours_today}\u2069"
        self.hours.setText(self.tr("Open today: %1").replace("%1", isolated)
                           if self._hours_today else self.tr("Closed today"))
        self.title.setText(self.tr("The centre is closed now.") if self._closed
                           else self.tr("Enter your access code"))

    def _may_type(self) -> bool:
        return not (self._closed or self._checking or self._wait_until is not None)

    def _enable_typing(self, enabled: bool) -> None:  # noqa: FBT001 - a state, internal
        self.field.setReadOnly(not enabled)
        for name, key in self.keys.items():
            key.setEnabled(enabled or (name == "erase" and self._wait_until is not None))

    def show_refusal(self, text: str) -> None:
        """Say why the code did not open a session; the field is kept for a correction."""
        self.set_checking(checking=False)
        self._say(text, "error")
        self._message_kind = "refusal"

    def wait_before_retry(self, seconds: int) -> None:
        """Too many wrong codes: no code is taken for `seconds`, counted down on screen."""
        self.set_checking(checking=False)
        self._wait_until = time.monotonic() + max(seconds, 1)
        self._message_kind = "wait"
        self._enable_typing(self._may_type())
        self._count_down()
        self._wait_timer.start()

    def _count_down(self) -> None:
        if self._wait_until is None:
            return
        left = int(self._wait_until - time.monotonic() + 0.999)
        if left > 0:
            self._say(self.tr("Too many wrong codes on this computer. You can try again in "
                              "%1 s.").replace("%1", str(left)), "warning")
            return
        self._wait_timer.stop()
        self._wait_until = None
        self._say(self.tr("You can type a code again."), "info")
        self._message_kind = "refusal"
        self._enable_typing(self._may_type())

    @property
    def checking(self) -> bool:
        """A code is being checked: a session may be about to open."""
        return self._checking

    def set_checking(self, *, checking: bool) -> None:
        """While the code is checked (a second, or ten when the network is slow): say so,
        and take no other code meanwhile."""
        self._checking = checking
        self.spinner.setVisible(checking)
        self._enable_typing(self._may_type())
        if checking:
            self._goodbye_timer.stop()
            if self.question.isVisible():
                self._answer("skipped")
            self._say(self.tr("Checking the code…"), "info")
            self._message_kind = "checking"
        elif self._message_kind == "checking":
            self._hide_message()

    def say_goodbye(self, *, erased: bool, ask: bool = False) -> None:
        """After a session: tell the guest leaving that it is over (and, when the wipe
        checked it, that nothing of it is left), until the next guest types or a while.
        With `ask`, the site's satisfaction question shows meanwhile, instead of the keypad,
        and the goodbye lasts long enough to read it and answer."""
        self.clear()
        self._say(self.tr("Session ended — everything has been erased.") if erased
                  else self.tr("Session ended."), "success")
        self._message_kind = "goodbye-erased" if erased else "goodbye"
        if ask:
            self.keypad.hide()
            self.question.show()
            self.question.buttons["yes"].setFocus()
        self._goodbye_timer.start(self.question_ms if ask else self.goodbye_ms)

    def _answer(self, answer: str) -> None:
        if not self.question.isVisible():
            return
        self.question.hide()
        self.keypad.show()
        self.satisfaction_answered.emit(answer)
        if answer != "skipped":
            self._say(self.tr("Thank you for your answer."), "success")
            self._message_kind = "thanks"
            self._goodbye_timer.start(self.thanks_ms)

    def _end_goodbye(self) -> None:
        if self.question.isVisible():
            self._answer("skipped")  # the guest left without answering
        if not self.field.text():  # nobody has started typing the next code
            self._hide_message()
            self.goodbye_ended.emit()

    def _say(self, text: str, tone: str) -> None:
        theme.set_tone(self.message, tone)
        self.message.setText(text)
        self.message.setAccessibleName(text)  # read out whole, not as "Message"
        self.message.show()

    def _hide_message(self) -> None:
        self.message.hide()
        self._message_kind = None

    def clear(self) -> None:
        self.field.clear()
        self._hide_message()
