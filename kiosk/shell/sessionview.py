"""The screen of a session: the top bar (time left, Grand texte, End), the tools, the messages,
and under them the home tiles, a page, or a panel.

The time left and the End button have a row of their own, so that they always show in full,
from 1024 px wide up; the tools go on the row below. Everything here is created before the
content, so that Tab visits the top bar first.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.shell import theme
from kiosk.shell.dialogs import ShellDialog, panel_layout
from kiosk.shell.toasts import ToastArea


class EndConfirmation(ShellDialog):
    """"End your session?", with what it means, before anything is erased."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = theme.set_role(QLabel(self), "title")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.no = QPushButton(self)
        self.yes = QPushButton(self)
        theme.set_kind(self.yes, "danger")
        self.no.setDefault(True)  # Enter keeps the session: erasing is never the default
        layout = panel_layout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.no)
        buttons.addWidget(self.yes)
        layout.addLayout(buttons)
        self.no.clicked.connect(self.reject)
        self.yes.clicked.connect(self.accept)
        self.setMinimumWidth(min(700, theme.space(80)))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("End your session?"))
        self.text.setText(self.tr("Everything you did on this computer will be erased: pages, "
                                  "downloaded documents and scans."))
        self.text.setAccessibleName(self.text.text())
        self.no.setText(self.tr("No, continue"))
        self.yes.setText(self.tr("Yes, end and erase"))


class SessionView(QWidget):
    large_text_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._left: timedelta | None = None
        self.top_bar = QWidget(self)
        self.top_bar.setObjectName("topBar")
        # "Time left" small above the figures in large: narrow enough for the End button
        # beside it, even in "Grand texte" at 1024 px.
        self.time_caption = theme.set_role(QLabel(self.top_bar), "muted")
        self.time_left = theme.set_role(QLabel(self.top_bar), "time")
        # Calls someone of the reception to the computer (the desk sees it at once).
        self.call_reception = QPushButton(self.top_bar)
        self.end_button = QPushButton(self.top_bar)
        theme.set_kind(self.end_button, "primary")
        self.tool_buttons: dict[str, QPushButton] = {}
        for name in ("close_panel", "print", "scan", "documents", "help"):
            self.tool_buttons[name] = QPushButton(self.top_bar)
        self.large_text = QPushButton(self.top_bar)
        self.large_text.setCheckable(True)
        self.large_text.toggled.connect(self.large_text_changed)
        self.tool_buttons["close_panel"].hide()
        self.toasts = ToastArea(self)
        self.confirm = EndConfirmation(self)
        self.body = QStackedWidget(self)

        time_block = QVBoxLayout()
        time_block.setSpacing(0)
        time_block.addWidget(self.time_caption)
        time_block.addWidget(self.time_left)
        bar = QHBoxLayout()
        bar.addLayout(time_block)
        bar.addStretch(1)
        bar.addWidget(self.call_reception)
        bar.addWidget(self.end_button)
        tools = QHBoxLayout()
        for button in self.tool_buttons.values():
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.large_text)
        top = QVBoxLayout(self.top_bar)
        top.setContentsMargins(theme.space(2), theme.space(1), theme.space(2), theme.space(1))
        top.setSpacing(theme.space(1))
        top.addLayout(bar)
        top.addLayout(tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space(1))
        layout.addWidget(self.top_bar)
        toasts = QHBoxLayout()
        toasts.setContentsMargins(theme.space(2), 0, theme.space(2), 0)
        toasts.addWidget(self.toasts)
        layout.addLayout(toasts)
        layout.addWidget(self.body, 1)
        self.end_button.clicked.connect(self.confirm.open)
        self.tool_buttons["close_panel"].clicked.connect(self.close_panel)
        self._before_panel: QWidget | None = None
        self._panels: set[QWidget] = set()
        self.retranslate()

    # Names kept for the window and its tests: the confirmation's buttons.
    @property
    def confirm_yes(self) -> QPushButton:
        return self.confirm.yes

    @property
    def confirm_no(self) -> QPushButton:
        return self.confirm.no

    @property
    def confirm_text(self) -> QLabel:
        return self.confirm.text

    def retranslate(self) -> None:
        self.time_caption.setText(self.tr("Time left"))
        self.large_text.setText(self.tr("Large text"))
        self.large_text.setAccessibleName(self.tr("Large text"))
        self.end_button.setText(self.tr("End my session"))
        if self.call_reception.isEnabled():
            self.call_reception.setText(self.tr("Ask for help"))
        else:
            self.call_reception.setText(self.tr("Help is on its way"))
        texts = {"close_panel": self.tr("✕ Close"), "print": self.tr("Print"),
                 "scan": self.tr("Scan"), "documents": self.tr("My documents"),
                 "help": self.tr("Help")}
        for name, text in texts.items():
            self.tool_buttons[name].setText(text)
        self.tool_buttons["close_panel"].setAccessibleName(self.tr("✕ Close this panel"))
        if self._left is not None:
            self.show_time(self._left)
        self.confirm.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_panel(self, panel: QWidget) -> None:
        """A panel over the session (documents, help), closed back to what was shown."""
        self._panels.add(panel)
        self.body.addWidget(panel)

    def show_panel(self, panel: QWidget) -> None:
        current = self.body.currentWidget()
        if current not in self._panels:
            self._before_panel = current
        self.body.setCurrentWidget(panel)
        self.tool_buttons["close_panel"].show()

    def close_panel(self) -> None:
        before = self._before_panel
        if before is not None and self.body.indexOf(before) >= 0:
            self.body.setCurrentWidget(before)
        self._before_panel = None
        self.tool_buttons["close_panel"].hide()

    @property
    def showing_panel(self) -> QWidget | None:
        current = self.body.currentWidget()
        return current if current in self._panels else None

    def show_time(self, left: timedelta) -> None:
        self._left = left
        minutes, seconds = divmod(max(int(left.total_seconds()), 0), 60)
        value = (self.tr("%1 min %2 s").replace("%1", str(minutes))
                 .replace("%2", f"{seconds:02d}"))
        self.time_left.setText(value)
        # Read out whole: "Time left: 19 min 03 s".
        self.time_left.setAccessibleName(f"{self.time_caption.text()} : {value}")

    def reset(self) -> None:
        """As the next guest must find it: no message, no question, normal text size."""
        self.toasts.clear()
        if self.confirm.isVisible():
            self.confirm.reject()
        self.large_text.setChecked(False)
        self.call_reception.setEnabled(True)
        self.call_reception.setText(self.tr("Ask for help"))
        self.close_panel()
        self._left = None

