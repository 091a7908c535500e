"""Room for the on-screen keyboard of a touch screen.

Qt's virtual keyboard slides up over the bottom of the screen when a text field takes the
focus. Left alone it covers what the guest is typing into, which on an administrative form is
often the last field of the page. While it shows, the shell gives up the strip it covers
(a bottom margin as tall as the keyboard), so the page's view gets shorter, and then asks the
page to bring its focused field into the middle of what is left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SETTLE_MS = 150  # the view's new size reaches the page before it scrolls


class KeyboardRoom(QObject):
    def __init__(self, window: QWidget, focused_into_view: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._focused_into_view = focused_into_view
        self.covered = 0  # pixels of the window's bottom the keyboard covers now
        method = QGuiApplication.inputMethod()
        method.keyboardRectangleChanged.connect(self._moved)
        method.visibleChanged.connect(self._moved)

    def _moved(self) -> None:
        method = QGuiApplication.inputMethod()
        keyboard = method.keyboardRectangle()
        covered = 0
        if method.isVisible() and not keyboard.isEmpty():
            # Window coordinates; the shell fills the screen.
            covered = max(0, round(self._window.height() - keyboard.top()))
        if covered == self.covered:
            return
        self.covered = covered
        layout = self._window.layout()
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, covered)
        if covered:
            QTimer.singleShot(SETTLE_MS, self._focused_into_view)
