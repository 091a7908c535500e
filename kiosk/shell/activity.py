"""The guest at work, wherever they are in the shell.

Presses, taps, wheel turns and keys in the shell's window or in any of its dialogs (the
scanner's, the print preview, the file picker, a page's question) count as activity, so
that a guest busy in a dialog is never taken for gone.

Input is watched where it enters, at the level of each window (the window system hands every
input event to the window before the widget under it): a filter on the whole application
would see every event of every object, QtWebEngine's included, for nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

INPUT = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress,
                   QEvent.Type.TouchBegin, QEvent.Type.Wheel})


class ActivityWatch(QObject):
    """Calls `on_activity` for every input that reaches the shell's windows."""

    def __init__(self, shell: QWidget, on_activity: Callable[[], None]) -> None:
        super().__init__(shell)
        self._shell = shell
        self._on_activity = on_activity
        self._windows: list[QWindow] = []
        # A dialog takes the focus when it opens: that is when its window is watched.
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.focusWindowChanged.connect(self._watch)
        shell.installEventFilter(self)  # for its Show, when its own window exists

    def _watch(self, window: QWindow | None) -> None:
        if window is None or window in self._windows or not self._belongs(window):
            return
        window.installEventFilter(self)
        self._windows.append(window)
        window.destroyed.connect(lambda: self._forget(window))

    def _forget(self, window: QWindow) -> None:
        if window in self._windows:
            self._windows.remove(window)

    def _belongs(self, window: QWindow) -> bool:
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is window:
                current: QWidget | None = widget
                while current is not None:
                    if current is self._shell:
                        return True
                    current = current.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in INPUT and isinstance(watched, QWindow):
            self._on_activity()
        elif kind == QEvent.Type.Show and watched is self._shell:
            self._watch(self._shell.windowHandle())
        return False  # only watched: every event goes on to its widget
