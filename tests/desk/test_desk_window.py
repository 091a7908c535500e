"""The desk as the reception uses it: typed log-in, one click for a code whose slip comes out
of a real CUPS queue, the live board, ending a session, and a store that goes away."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.agent.station import SessionRefused, StationAgent
from kiosk.desk.client import DeskClient, Login
from kiosk.desk.window import DeskSettings, DeskWindow
from kiosk.printing import Printer, PrintRequest
from kiosk.shell import theme
from kiosk.store.models import AuditEntry, Ticket, TurnedAway
from kiosk.store.services import sites
from tests.desk.conftest import HEALTH, LOGIN, PASSWORD, LiveStore
from tests.printing.conftest import Printers, write_pdf
from tests.shell.test_layout import check_layout, output_folder


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    document.load(str(path))
    return " ".join(document.getAllText(page).text() for page in range(document.pageCount()))


def make_desk(qtbot: QtBot, client: DeskClient, printer: Printer | None = None,
              logins: list[Login] | None = None,
              clock: Callable[[], datetime] | None = None) -> DeskWindow:
    theme.apply(QApplication.instance())  # type: ignore[arg-type]
    settings = DeskSettings(printer=printer)
    window = DeskWindow(client, settings,
                        on_login=(logins.append if logins is not None else None),
                        clock=clock or (lambda: datetime.now(UTC)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def log_in(qtbot: QtBot, window: DeskWindow) -> None:
    window.start(logged_in=False)
    qtbot.keyClicks(window.login_page.login, LOGIN)
    qtbot.keyClicks(window.login_page.password, PASSWORD)
    with qtbot.waitSignal(window.logged_in, timeout=10_000):
        qtbot.mouseClick(window.login_page.button, Qt.MouseButton.LeftButton)


def answer_next_question(button: QMessageBox.StandardButton) -> None:
    """Click `button` of the question the desk is about to ask (it blocks until answered)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def test_a_code_in_one_click_with_its_slip_from_the_printer(
        qtbot: QtBot, desk_client: DeskClient, station: StationAgent, printers: Printers,
        desk_french: None) -> None:
    logins: list[Login] = []
    window = make_desk(qtbot, desk_client, Printer("bureau", printers.server), logins)
    log_in(qtbot, window)
    assert logins[0].site_name == "Centre social Nord"
    assert window.place.text() == "Centre social Nord"
    qtbot.waitUntil(lambda: 1 in {t.station.id for t in window.board.tiles.values()} or
                    bool(window.board.tiles), timeout=10_000)
    tile = next(iter(window.board.tiles.values()))
    assert tile.state.text() == "Libre"
    assert window.board.summary.text() == "1 ordinateur(s) libre(s)"

    qtbot.mouseClick(window.codes.durations[60], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.codes.issued.text()), timeout=10_000)
    shown = window.codes.issued.text()
    assert len(shown) == 11  # K7M2-9QHX-T, as the lock screen shows it
    assert "60 min · impressions 5 pages · scans 5 pages" in window.codes.issued_details.text()
    qtbot.waitUntil(lambda: "Le ticket est parti" in window.notice.text(), timeout=30_000)
    deadline = time.monotonic() + 30
    while shown not in pdf_text(printers.output) and time.monotonic() < deadline:
        qtbot.wait(200)
    text = pdf_text(printers.output)
    assert shown in text
    assert "Votre code d'accès" in text
    assert "Durée : 60 min" in text
    assert "Tapez ce code sur l'écran, puis Valider." in text

    # The guest types it at the station: the board shows the computer in use.
    opened = station.open_session(shown, datetime.now(UTC))
    station.heartbeat(health=HEALTH, session_id=opened.session_id)
    qtbot.waitUntil(lambda: tile.state.text().startswith("En cours"), timeout=15_000)
    assert "reste 59 min" in tile.state.text() or "reste 60 min" in tile.state.text()
    check_layout(window, "fr", 1366, 768)
    window.grab().save(str(output_folder() / "desk-fr-1366x768.png"))

    # What is left on the code, typed from the slip.
    qtbot.keyClicks(window.codes.lookup_field, shown.replace("-", "").lower())
    qtbot.mouseClick(window.codes.lookup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.codes.lookup_answer.text()), timeout=10_000)
    assert window.codes.lookup_answer.text().startswith("en cours d'utilisation")

    # End it from the desk, after the question: the station gets it at its next heartbeat.
    answer_next_question(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tile.end, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notice.text().startswith("Envoyé"), timeout=10_000)
    commands = station.heartbeat(health=HEALTH, session_id=opened.session_id)
    assert [command["kind"] for command in commands or []] == ["end_session"]


def test_a_person_not_received_is_counted_in_one_click(
        qtbot: QtBot, desk_client: DeskClient, desk_store: LiveStore,
        desk_french: None) -> None:
    window = make_desk(qtbot, desk_client)
    log_in(qtbot, window)
    qtbot.mouseClick(window.turned_away, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.notice.text() == "Compté : une personne non reçue.",
                    timeout=10_000)


def test_a_wrong_password_says_so_and_keeps_the_login(
        qtbot: QtBot, desk_client: DeskClient, desk_french: None) -> None:
    window = make_desk(qtbot, desk_client)
    window.start(logged_in=False)
    qtbot.keyClicks(window.login_page.login, LOGIN)
    qtbot.keyClicks(window.login_page.password, "pas le bon")
    qtbot.keyClick(window.login_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "incorrect" in window.login_page.message.text(), timeout=10_000)
    assert window.login_page.login.text() == LOGIN
    assert window.login_page.password.text() == ""
    assert window.pages.currentWidget() is window.login_page


def test_the_desk_keeps_answering_while_the_store_is_away(
        qtbot: QtBot, desk_french: None) -> None:
    with DeskClient("http://127.0.0.1:9", token="t" * 40, timeout=2) as client:
        window = make_desk(qtbot, client)
        window.start(logged_in=True, place_name="Centre social Nord")
        qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
        assert "Le serveur ne répond pas" in window.banner.text()
        # The event loop keeps turning: a timer fires on time while the store is away.
        ticks: list[float] = []
        timer = QTimer(window)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(50)
        qtbot.wait(1000)
        assert len(ticks) >= 10
        # What was typed stays: a code asked for while away is not lost from the form.
        window.codes.count.setValue(3)
        qtbot.mouseClick(window.codes.durations[30], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(window.codes.durations[30].isEnabled, timeout=10_000)
        assert window.codes.count.value() == 3
        window.timer.stop()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_todays_codes_are_listed_extended_and_cancelled(
        qtbot: QtBot, desk_client: DeskClient, desk_french: None) -> None:
    window = make_desk(qtbot, desk_client)
    log_in(qtbot, window)
    qtbot.mouseClick(window.codes.durations[30], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.codes.issued.text()), timeout=10_000)
    code = window.codes.issued.text()
    tabs = window.left.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    today = window.today
    qtbot.waitUntil(lambda: today.table.rowCount() == 1, timeout=10_000)
    assert today.table.item(0, 1).text() == "pas encore utilisé"
    assert today.table.item(0, 2).text() == "30 min"
    assert not today.extend_button.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(today.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=today.table.visualItemRect(today.table.item(0, 1)).center())
    assert today.extend_button.isEnabled()
    qtbot.mouseClick(today.extend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: today.table.item(0, 2) is not None
                    and today.table.item(0, 2).text() == "45 min", timeout=10_000)
    answer_next_question(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(today.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: today.table.item(0, 1).text() == "annulé", timeout=10_000)
    assert desk_client.lookup(code).state == "revoked"
    assert not today.revoke_button.isEnabled()


def test_a_guest_asking_for_more_time_is_seen_heard_and_answered(
        qtbot: QtBot, desk_client: DeskClient, station: StationAgent,
        desk_french: None) -> None:
    window = make_desk(qtbot, desk_client)
    log_in(qtbot, window)
    code = desk_client.issue_codes(minutes=30)[0].code
    opened = station.open_session(code, datetime.now(UTC))
    station.ask_help("more_time")
    qtbot.waitUntil(lambda: bool(window.board.requests), timeout=10_000)
    row = next(iter(window.board.requests.values()))
    assert row.text.text().startswith("poste-1 demande plus de temps (")
    assert list(row.buttons) == ["coming", "granted", "refused"]
    assert window.chime.requested == 1  # heard once, not at every refresh
    window.refresh_board()
    qtbot.wait(300)
    assert window.chime.requested == 1
    window.grab().save(str(output_folder() / "desk-request-fr-1366x768.png"))
    qtbot.mouseClick(row.buttons["granted"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.board.requests, timeout=10_000)
    commands = station.heartbeat(health=HEALTH, session_id=opened.session_id) or []
    assert [(c["kind"], c.get("minutes")) for c in commands] == [("extend", 15),
                                                                  ("help_answer", 15)]
    assert desk_client.lookup(code).minutes_total == 45


def test_a_paused_printer_is_resumed_and_a_held_job_cancelled_from_the_desk(
        qtbot: QtBot, desk_client: DeskClient, desk_store: LiveStore, printers: Printers,
        tmp_path: Path, desk_french: None) -> None:
    printers.cupsd.run("cupsdisable", "-r", "Bourrage papier", "bureau")
    document = write_pdf(tmp_path / "attestation.pdf", 1)
    held = Printer("attente", printers.server).submit(PrintRequest(document, (1,), 1))
    window = make_desk(qtbot, desk_client)
    window.settings.cups_server = printers.server
    log_in(qtbot, window)
    tabs = window.left.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(2).center())
    panel = window.printers
    qtbot.waitUntil(lambda: bool(panel.printers), timeout=10_000)
    names = [info.queue for info in panel.printers]
    panel.list.setCurrentRow(names.index("bureau"))
    assert panel.state.text() == ("bureau : L'imprimante ne peut pas imprimer pour le moment. "
                                  "Prévenez l'accueil.")
    assert "Reprenez l'imprimante" in panel.advice.text()
    qtbot.wait(100)  # the sentences' heights settle through the event loop
    check_layout(window, "fr", 1366, 768)
    window.grab().save(str(output_folder() / "desk-printers-fr-1366x768.png"))
    qtbot.mouseClick(panel.printer_buttons["resume"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "enabled" in printers.cupsd.run("lpstat", "-p", "bureau"),
                    timeout=10_000)
    qtbot.waitUntil(lambda: panel.state.text() == "bureau : L'imprimante est prête.",
                    timeout=10_000)
    # The held job of the other queue: chosen in the table, cancelled.
    panel.list.setCurrentRow([info.queue for info in panel.printers].index("attente"))
    assert panel.jobs.rowCount() == 1
    assert panel.jobs.item(0, 0).text() == str(held)
    assert panel.jobs.item(0, 3).text() == "suspendu"
    qtbot.mouseClick(panel.jobs.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.jobs.visualItemRect(panel.jobs.item(0, 0)).center())
    assert panel.job_buttons["release"].isEnabled()
    qtbot.mouseClick(panel.job_buttons["cancel"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.jobs.rowCount() == 0, timeout=10_000)

    # Who did it is kept at the store.
    def audited() -> list[tuple[str, str | None]]:
        desk_store.db.expire_all()
        found = [(entry.action, entry.target) for entry in
                 desk_store.db.scalars(select(AuditEntry).where(
                     AuditEntry.action.like("printer.%"))).all()]
        desk_store.db.rollback()  # no read left open while the store writes
        return found
    qtbot.waitUntil(lambda: len(audited()) == 2, timeout=10_000)
    assert audited() == [("printer.resume", "bureau"), ("printer.cancel_job", "attente")]


def test_the_waiting_line_calls_ticket_1_when_a_computer_frees_up(
        qtbot: QtBot, desk_client: DeskClient, station: StationAgent,
        desk_french: None) -> None:
    window = make_desk(qtbot, desk_client)
    log_in(qtbot, window)
    room = window.open_waiting_room()
    code = desk_client.issue_codes(minutes=30)[0].code
    opened = station.open_session(code, datetime.now(UTC))
    station.heartbeat(health=HEALTH, session_id=opened.session_id)
    qtbot.waitUntil(lambda: window.board.summary.text().startswith("Tout est occupé"),
                    timeout=10_000)
    line = window.board.line
    qtbot.mouseClick(line.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(line.issued.isVisible, timeout=10_000)
    assert re.fullmatch(r"Ticket 1 donné : environ (29|30) min\.", line.issued.text())
    qtbot.waitUntil(lambda: bool(line.rows), timeout=10_000)
    row = next(iter(line.rows.values()))
    assert row.text.text().startswith("Ticket 1 — en attente")
    qtbot.waitUntil(lambda: room.next_wait.text().startswith("Prochain ticket (1)"),
                    timeout=10_000)
    # The guest at the computer ends: the desk calls ticket 1 to it, and the room sees it.
    station.close_session(opened, used_seconds=60, reason="user", now=datetime.now(UTC))
    qtbot.waitUntil(lambda: row.text.text().startswith("Ticket 1 → poste-1"), timeout=15_000)
    assert row.text.text() == "Ticket 1 → poste-1 (gardé encore 5 min)"
    qtbot.waitUntil(lambda: room.called.text() == "1 → poste-1", timeout=10_000)
    assert room.called_title.text() == "Ticket appelé"
    assert room.free.text() == "Ordinateurs libres : 0"  # held for ticket 1
    room.resize(1280, 720)
    room.grab().save(str(output_folder() / "waiting-room-fr-1280x720.png"))
    window.grab().save(str(output_folder() / "desk-line-fr-1366x768.png"))
    # Its holder comes to the desk: a code in one click, the ticket served.
    qtbot.mouseClick(row.serve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.codes.issued.text()) and not line.rows,
                    timeout=15_000)
    assert window.codes.issued.text() != code
    room.close()


def test_a_computer_is_marked_out_of_order_and_back(
        qtbot: QtBot, desk_client: DeskClient, station: StationAgent,
        desk_french: None) -> None:
    window = make_desk(qtbot, desk_client)
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.board.tiles), timeout=10_000)
    tile = next(iter(window.board.tiles.values()))
    assert tile.out_of_order.isVisible()
    assert not tile.end.isVisible()  # nothing to end on a free computer
    qtbot.mouseClick(tile.out_of_order, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tile.state.text() == "Hors service", timeout=15_000)
    # No code opens a session there now (every process of the store knows it within the
    # second of its next sync).
    qtbot.wait(2500)
    code = desk_client.issue_codes(minutes=30)[0].code
    with pytest.raises(SessionRefused) as refused:
        station.open_session(code, datetime.now(UTC))
    assert refused.value.code == "station-out-of-order"
    qtbot.mouseClick(tile.back_in_order, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tile.state.text() == "Libre", timeout=15_000)
    station.heartbeat(health=HEALTH)
    assert station.open_session(code, datetime.now(UTC)).session_id


def test_a_ticket_whose_holder_does_not_come_gives_the_computer_to_the_next(
        qtbot: QtBot, desk_client: DeskClient, desk_store: LiveStore, station: StationAgent,
        desk_french: None) -> None:
    window = make_desk(qtbot, desk_client)
    log_in(qtbot, window)
    code = desk_client.issue_codes(minutes=30)[0].code
    opened = station.open_session(code, datetime.now(UTC))
    station.heartbeat(health=HEALTH, session_id=opened.session_id)
    first, second = desk_client.take_ticket(), desk_client.take_ticket()
    station.close_session(opened, used_seconds=60, reason="user", now=datetime.now(UTC))
    qtbot.waitUntil(lambda: [t.state for t in desk_client.board().tickets] ==
                    ["called", "waiting"], timeout=15_000)
    # Nobody came for ticket 1 in the five minutes it was kept.
    ticket = desk_store.db.get_one(Ticket, first.id)
    ticket.called_at = datetime.now(UTC) - timedelta(minutes=6)
    desk_store.db.commit()
    qtbot.waitUntil(lambda: [(t.number, t.state) for t in desk_client.board().tickets] ==
                    [(second.number, "called")], timeout=15_000)
    desk_store.db.expire_all()
    assert len(desk_store.db.scalars(select(TurnedAway)).all()) == 1
    desk_store.db.rollback()


def test_the_desk_offers_what_the_site_says(
        qtbot: QtBot, desk_client: DeskClient, desk_store: LiveStore,
        desk_french: None) -> None:
    sites.set_desk_settings(desk_store.db, site=desk_store.site, durations=[45, 20],
                            print_quota=2, scan_quota=0, hold_minutes=3,
                            now=datetime.now(UTC))
    desk_store.db.commit()
    window = make_desk(qtbot, desk_client)
    log_in(qtbot, window)
    assert list(window.codes.durations) == [20, 45]
    assert window.codes.durations[45].text() == "45 min"
    assert window.codes.print_pages.value() == 2
    assert window.codes.scan_pages.value() == 0
    assert window.settings.hold_minutes == 3
    qtbot.mouseClick(window.codes.durations[45], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.codes.issued.text()), timeout=10_000)
    assert "45 min · impressions 2 pages · scans 0 pages" in window.codes.issued_details.text()


def test_a_site_refuses_desk_settings_that_make_no_sense(desk_store: LiveStore) -> None:
    for wrong in ({"durations": []}, {"durations": [2]}, {"print_quota": -1},
                  {"hold_minutes": 0}):
        with pytest.raises(ValueError, match=r"[a-z]"):
            sites.set_desk_settings(desk_store.db, site=desk_store.site,
                                    now=datetime.now(UTC), **wrong)  # type: ignore[arg-type]
    desk_store.db.rollback()


def test_the_board_says_which_computer_has_not_taken_the_new_whitelist(
        qtbot: QtBot, desk_store: LiveStore, desk_client: DeskClient, station: StationAgent,
        desk_french: None) -> None:
    from kiosk.store.services import policies  # noqa: PLC0415
    from tests.testpolicy import CAF_POLICY  # noqa: PLC0415

    kept = policies.keep(desk_store.db, site=desk_store.site, text=CAF_POLICY,
                         now=datetime.now(UTC))
    policies.publish(desk_store.db, site=desk_store.site, version=kept.version,
                     now=datetime.now(UTC))
    desk_store.db.commit()
    window = make_desk(qtbot, desk_client)
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.board.tiles), timeout=10_000)
    tile = next(iter(window.board.tiles.values()))
    qtbot.waitUntil(lambda: "Pas encore sur la nouvelle liste des sites" in tile.state.text(),
                    timeout=15_000)
    # The station says it runs it: the board says nothing more.
    station.heartbeat(health=HEALTH, policy_version=kept.digest)
    qtbot.waitUntil(lambda: tile.state.text() == "Libre", timeout=15_000)
