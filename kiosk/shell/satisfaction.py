"""The one question a site may ask a guest who leaves: "Could you do what you wanted?"

Three large answers and a way not to answer. It shows on the lock screen after the wipe, so
it never holds the wipe up, and goes by itself; the answer is counted, tied to nothing else
(no session, no code, no station's time finer than the event's).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.shell import theme

ANSWERS = ("yes", "partly", "no")


class SatisfactionQuestion(QWidget):
    answered = Signal(str)  # yes, partly, no, or skipped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("satisfaction")
        self.question = theme.set_role(QLabel(self), "title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(theme.space(2))
        for answer in (*ANSWERS, "skipped"):
            button = QPushButton(self)
            theme.set_kind(button, "choice" if answer != "skipped" else "key")
            button.clicked.connect(lambda _checked=False, a=answer: self.answered.emit(a))
            self.buttons[answer] = button
            row.addWidget(button, 2 if answer != "skipped" else 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.space(2), 0, theme.space(2))
        layout.setSpacing(theme.space(2))
        layout.addWidget(self.question)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Could you do what you wanted?"))
        self.question.setAccessibleName(self.question.text())
        for answer, label, name in (
                ("yes", self.tr("Yes"), self.tr("Yes, I could")),
                ("partly", self.tr("Partly"), self.tr("Partly")),
                ("no", self.tr("No"), self.tr("No, I could not")),
                ("skipped", self.tr("Skip"), self.tr("Skip: do not answer"))):
            self.buttons[answer].setText(label)
            self.buttons[answer].setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
