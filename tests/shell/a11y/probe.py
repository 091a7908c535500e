"""The shell's screens in a real X session with Qt's AT-SPI bridge on: the lock screen, then
(after a line on stdin) a session with a message; the walker reads them as Orca would."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QStackedWidget

from kiosk.core.policy import load_policy
from kiosk.shell import i18n, theme
from kiosk.shell.lockscreen import LockScreen
from kiosk.shell.sessionview import SessionView
from kiosk.shell.tiles import HomeTiles

ROOT = Path(__file__).resolve().parents[3]


def main() -> None:
    app = QApplication(sys.argv)
    app.setApplicationName("kiosk-shell-probe")
    i18n.switch(app, "fr", cache=Path(sys.argv[1]))
    theme.apply(app)
    pages = QStackedWidget()
    pages.setWindowTitle("kiosk")
    lock = LockScreen()
    lock.set_place("Centre social Nord", "09:00-18:00")
    view = SessionView()
    view.body.addWidget(HomeTiles(load_policy(ROOT / "policies" / "default.toml").sites,
                                  view.body))
    view.show_time(timedelta(minutes=19, seconds=3))
    pages.addWidget(lock)
    pages.addWidget(view)
    pages.resize(1366, 768)
    pages.show()

    def next_state() -> None:
        line = sys.stdin.readline()
        if not line or line.strip() == "quit":
            app.quit()
            return
        pages.setCurrentWidget(view)
        view.toasts.show_toast("reception", "La salle ferme à 18 h.")
        print("ready", flush=True)  # noqa: T201 - the walker waits for it

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(next_state)
    print("ready", flush=True)  # noqa: T201 - the walker waits for it
    app.exec()


if __name__ == "__main__":
    main()
