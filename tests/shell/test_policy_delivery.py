"""The policy the store publishes reaches the guest shell between two sessions: never
during one."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.shell.window import ShellWindow
from kiosk.store.services import policies
from tests.shell.conftest import LiveStore
from tests.shell.test_idle import open_session
from tests.testpolicy import CAF_AND_AMELI_POLICY


def test_policy_delivery_waits_for_the_session_to_end(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    from kiosk.shell.app import start_heartbeat, station_health  # noqa: PLC0415

    installed = window.policy.digest
    open_session(qtbot, window, live_store)
    assert list(window.tiles.tiles) == ["caf"]
    kept = policies.keep(live_store.db, site=live_store.site, text=CAF_AND_AMELI_POLICY,
                         now=datetime.now(UTC))
    policies.publish(live_store.db, site=live_store.site, version=kept.version,
                     now=datetime.now(UTC))
    live_store.db.commit()
    timer = start_heartbeat(window, station_health)
    try:
        qtbot.waitUntil(lambda: window.agent.policies.waiting, timeout=15_000)
        timer.timeout.emit()  # another heartbeat, mid-session: still nothing changes
        qtbot.wait(300)
        assert window.policy.digest == installed
        assert list(window.tiles.tiles) == ["caf"]
        # The guest ends the session: after the wipe, the next one runs the new policy.
        view = window.session_view
        qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(window.wiped, timeout=30_000):
            qtbot.mouseClick(view.confirm_yes, Qt.MouseButton.LeftButton)
        assert window.policy.digest == kept.digest
        assert list(window.tiles.tiles) == ["caf", "ameli"]
        assert not window.agent.policies.waiting
        open_session(qtbot, window, live_store)
        assert window.session_view.body.currentWidget() is window.tiles
        assert window.tiles.tiles["ameli"].isVisible()
    finally:
        timer.stop()
