"""A touch screen with Qt's own on-screen keyboard: a long form whose last field is tapped.
Prints one JSON line: what the keyboard covers, and where the field is then."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kiosk.shell import app as shell_app

shell_app.prepare_environment(Path(sys.argv[1]), gate_port=9, offscreen=True, touch=True)

from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402 - after the environment
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from kiosk.shell.browser import FOCUSED_INTO_VIEW  # noqa: E402
from kiosk.shell.keyboard import KeyboardRoom  # noqa: E402

FORM = """<html><body style="margin:0">
<div style="height:1200px">Formulaire</div>
<input id="last" style="width:300px;height:40px;font-size:20px">
<div style="height:1200px"></div></body></html>"""

app = QApplication([])
window = QWidget()
view = QWebEngineView(window)
layout = QVBoxLayout(window)
layout.setContentsMargins(0, 0, 0, 0)
layout.addWidget(view)
room = KeyboardRoom(window, lambda: view.page().runJavaScript(FOCUSED_INTO_VIEW))
screen = QGuiApplication.primaryScreen().geometry()
window.resize(screen.width(), screen.height())
window.show()
window.activateWindow()
result: dict[str, object] = {"most_covered": 0, "keyboard": None}


def keyboard_moved() -> None:
    method = QGuiApplication.inputMethod()
    if method.isVisible() and not method.keyboardRectangle().isEmpty():
        result["keyboard"] = method.keyboardRectangle().top()
    result["most_covered"] = max(int(str(result["most_covered"])), room.covered)


QGuiApplication.inputMethod().visibleChanged.connect(keyboard_moved)


def where_is_the_field(then: str) -> None:
    script = ("(() => { const r = document.getElementById('last').getBoundingClientRect(); "
              "return JSON.stringify({top: r.top, bottom: r.bottom, height: window.innerHeight, "
              "focused: document.activeElement.id}); })()")
    view.page().runJavaScript(script, 0, lambda value: result.__setitem__(then, json.loads(
        str(value))))


def tap_the_field() -> None:
    # Scrolled by a finger until the field is near the bottom, then a tap on it.
    view.page().runJavaScript(
        "window.scrollTo(0, document.getElementById('last').offsetTop - window.innerHeight "
        "+ 80)", 0, lambda _done: QTimer.singleShot(300, tap))


def tap() -> None:
    def at(value: object) -> None:
        x, y = json.loads(str(value))
        result["top_when_tapped"] = y - 10
        target = view.focusProxy()
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(int(x), int(y)))
    view.page().runJavaScript(
        "(() => { const r = document.getElementById('last').getBoundingClientRect(); "
        "return JSON.stringify([r.left + 10, r.top + 10]); })()", 0, at)


def finish() -> None:
    result["window_height"] = window.height()
    print(json.dumps(result), flush=True)  # noqa: T201 - the test reads it
    app.quit()


view.loadFinished.connect(lambda _ok: QTimer.singleShot(300, tap_the_field))
view.setHtml(FORM)
QTimer.singleShot(4000, lambda: where_is_the_field("after"))
QTimer.singleShot(5000, finish)
QTimer.singleShot(30000, app.quit)
app.exec()
