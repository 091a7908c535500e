"""What the shell tells a guest, as they meet it: their language chosen on the lock screen,
the time warnings, the messages of a session, a wait after too many wrong codes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.core.policy import PICTOGRAMS
from kiosk.core.printer_status import REASONS, PrinterState, describe
from kiosk.core.session import EndReason
from kiosk.shell import i18n, theme, toasts
from kiosk.shell.languages import LANGUAGES
from kiosk.shell.lockscreen import LockScreen
from kiosk.shell.printer_texts import guest_status_text
from kiosk.shell.sound import write_chime
from kiosk.shell.tiles import PICTOGRAMS as PICTOGRAM_FOLDER
from kiosk.shell.toasts import ToastArea
from kiosk.shell.window import ShellWindow
from kiosk.store.models import HelpRequest
from tests.shell.conftest import LiveStore, toast_texts, type_code
from tests.shell.test_idle import ManualClock, open_session
from tests.shell.test_picker import write_pdf


def test_every_text_colour_reaches_wcag_aa_contrast() -> None:
    for what, text, background in theme.text_pairs():
        assert theme.contrast_ratio(text, background) >= 4.5, what


def test_every_pictogram_a_policy_may_name_is_shipped() -> None:
    for name in PICTOGRAMS:
        assert (PICTOGRAM_FOLDER / f"{name}.svg").is_file(), name


def test_the_chime_is_a_short_wave_file(tmp_path: Path) -> None:
    chime = write_chime(tmp_path / "chime.wav")
    assert chime.read_bytes()[:4] == b"RIFF"
    assert 10_000 < chime.stat().st_size < 100_000


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_every_catalogue_is_complete_and_compiles(language: str, tmp_path: Path) -> None:
    source = i18n.SOURCES / f"kiosk_{language}.ts"
    root = ET.parse(source).getroot()
    for message in root.iter("message"):
        original = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, original  # neither unfinished nor vanished
        text = translation.text or ""
        assert text.strip(), original
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", original)), (
            original, text)
    assert i18n.compiled(language, tmp_path) is not None


def test_a_guest_is_never_sent_to_the_desk_console(qapp: QApplication, french: None) -> None:
    for reason in REASONS:
        status = describe(PrinterState.STOPPED, [reason])
        words = " ".join(guest_status_text(status))
        assert "console" not in words
        assert "Prévenez l'accueil" in words, reason


def test_messages_of_each_kind_go_or_stay(qtbot: QtBot, french: None) -> None:
    area = ToastArea()
    qtbot.addWidget(area)
    area.show()
    reception = area.show_toast("reception", "La salle ferme à 18 h.")
    info = area.show_toast("info", "Impression…")
    assert info.timer is not None
    assert reception.timer is None  # kept until read
    assert info.heading.text() == "Information"
    assert info.accessibleName() == "Information : Impression…"
    # A third message pushes out the oldest that may go, never the reception's.
    error = area.show_toast("error", "L'impression n'a pas abouti.")
    assert area.toasts == [reception, error]
    assert error.timer is None  # an error stays until closed
    qtbot.mouseClick(error.close_button, Qt.MouseButton.LeftButton)
    assert area.toasts == [reception]
    assert reception.close_button.text() == "J'ai lu"
    qtbot.mouseClick(reception.close_button, Qt.MouseButton.LeftButton)
    assert area.toasts == []
    assert not area.isVisible()
    # Information goes by itself after a while.
    done = area.show_toast("success", "C'est imprimé.")
    assert done.timer is not None
    done.timer.setInterval(50)
    done.timer.start()
    qtbot.waitUntil(lambda: area.toasts == [], timeout=2_000)
    assert toasts.LASTING_SECONDS["success"] >= 10  # long enough to read slowly


def test_too_many_wrong_codes_count_down_then_let_the_guest_type(qtbot: QtBot,
                                                                 french: None) -> None:
    lock = LockScreen()
    qtbot.addWidget(lock)
    lock.show()
    lock.wait_before_retry(2)
    first = lock.message.text()
    assert "Vous pourrez réessayer dans 2 s" in first
    assert not lock.keys["A"].isEnabled()
    assert lock.field.isReadOnly()
    qtbot.waitUntil(lambda: lock.message.text() != first, timeout=3_000)
    assert "dans 1 s" in lock.message.text()
    qtbot.waitUntil(lock.keys["A"].isEnabled, timeout=3_000)
    assert lock.message.text() == "Vous pouvez taper un code à nouveau."
    qtbot.mouseClick(lock.keys["A"], Qt.MouseButton.LeftButton)
    assert lock.field.text() == "A"


def test_the_code_field_never_calls_the_system_keyboard(qtbot: QtBot) -> None:
    lock = LockScreen()
    qtbot.addWidget(lock)
    # The shell's keypad is the touch keyboard here: the system's would cover it.
    assert not lock.field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


def test_a_guest_chooses_their_language_and_the_next_one_finds_french(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, qapp: QApplication) -> None:
    lock = window.lock
    assert lock.languages["fr"].isChecked()
    assert lock.title.text() == "Entrez votre code d’accès"
    qtbot.mouseClick(lock.languages["ar"], Qt.MouseButton.LeftButton)
    assert i18n.current_language() == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: lock.title.text() == "اكتب رمز الدخول", timeout=3_000)
    qtbot.mouseClick(lock.languages["es"], Qt.MouseButton.LeftButton)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: lock.title.text() == "Escriba su código de acceso", timeout=3_000)
    type_code(qtbot, window, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: window.running is not None, timeout=30_000)
    view = window.session_view
    assert view.end_button.text() == "Terminar mi sesión"
    assert view.time_caption.text() == "Tiempo restante"
    qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    assert view.confirm.title.text() == "¿Terminar su sesión?"
    lock.goodbye_ms = 300  # the goodbye, shortened for the test
    with qtbot.waitSignal(window.wiped, timeout=30_000):
        qtbot.mouseClick(view.confirm_yes, Qt.MouseButton.LeftButton)
    # The guest leaving reads the goodbye in their language…
    assert lock.message.text() == "Sesión terminada: todo se ha borrado."
    # … and the next guest finds the station's language.
    qtbot.waitUntil(lambda: lock.title.text() == "Entrez votre code d’accès", timeout=5_000)
    assert i18n.current_language() == "fr"
    assert lock.languages["fr"].isChecked()


def five_minutes_left(qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> ManualClock:
    """A session whose guest kept working until five minutes before its end: the panel."""
    clock = open_session(qtbot, window, live_store)
    left = window.rules.remaining(clock())
    clock.advance(seconds=left.total_seconds() - 5 * 60 + 1)
    window.apply_effects(window.rules.activity(clock()))  # the shell's tick comes after
    qtbot.waitUntil(window.time_warning.isVisible, timeout=5_000)
    return clock


def test_the_five_minute_warning_is_a_panel_with_a_countdown_and_a_chime(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    clock = five_minutes_left(qtbot, window, live_store)
    assert QApplication.activeModalWidget() is window.time_warning
    assert window.time_warning.title.text() == "Votre session va bientôt se terminer"
    text = window.time_warning.countdown.text()
    assert re.fullmatch(r"Temps restant : [45] min \d\d s", text), text
    assert window.time_warning.countdown.accessibleName() == text
    assert window.chime.requested >= 1
    clock.advance(seconds=3)
    qtbot.waitUntil(lambda: window.time_warning.countdown.text() != text, timeout=3_000)
    qtbot.mouseClick(window.time_warning.button, Qt.MouseButton.LeftButton)
    assert not window.time_warning.isVisible()
    assert window.running is not None  # the warning ends nothing


def test_a_download_says_where_it_went_and_opens_from_the_message(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, tmp_path: Path) -> None:
    open_session(qtbot, window, live_store)
    running = window.running
    assert running is not None
    document = running.folder.documents / "attestation.pdf"
    write_pdf(document)
    running.downloads.saved.emit(document.name)
    assert toast_texts(window, "success") == "attestation.pdf est dans Mes documents."
    toast = window.session_view.toasts.toasts[-1]
    assert [button.text() for button in toast.buttons] == ["Voir", "Imprimer"]
    qtbot.mouseClick(toast.buttons[0], Qt.MouseButton.LeftButton)
    assert window.session_view.showing_panel is window.documents
    assert window.documents.selected() == document
    assert toast_texts(window) == ""  # the message went with the click


def test_large_text_enlarges_the_shell_and_the_pages(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, qapp: QApplication) -> None:
    open_session(qtbot, window, live_store)
    view = window.session_view
    before = view.end_button.font().pixelSize()
    qtbot.mouseClick(view.large_text, Qt.MouseButton.LeftButton)
    try:
        assert view.end_button.font().pixelSize() > before
        assert window.running is not None
        assert window.running.browser.base_zoom == theme.LARGE_SCALE
    finally:
        window.wipe_and_wait(EndReason.USER)
    # The next guest finds the normal size.
    assert not view.large_text.isChecked()
    assert theme.scale() == 1.0


def test_a_guest_calls_the_reception_and_reads_the_answer(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    from kiosk.shell.app import apply_commands  # noqa: PLC0415

    open_session(qtbot, window, live_store)
    button = window.session_view.call_reception
    assert button.text() == "Demander de l'aide"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # one request: the next tap would only ask again
    assert button.text() == "L'accueil est prévenu"
    qtbot.waitUntil(lambda: "L'accueil a reçu votre demande" in toast_texts(window, "info"),
                    timeout=10_000)
    live_store.db.expire_all()
    asked = live_store.db.scalars(select(HelpRequest)).all()
    assert [(r.need, r.answered_at) for r in asked] == [("help", None)]
    # The desk answers: the station carries it out at its heartbeat.
    apply_commands(window, [{"id": 7, "kind": "help_answer", "answer": "coming",
                             "need": "help"}])
    assert toast_texts(window, "reception") == "Quelqu'un de l'accueil arrive."
    assert button.isEnabled()


def test_the_five_minute_panel_asks_for_more_time(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    from kiosk.shell.app import apply_commands  # noqa: PLC0415

    clock = five_minutes_left(qtbot, window, live_store)
    ask = window.time_warning.ask_button
    assert ask.text() == "Demander plus de temps à l'accueil"
    qtbot.mouseClick(ask, Qt.MouseButton.LeftButton)
    assert not window.time_warning.isVisible()
    qtbot.waitUntil(lambda: bool(toast_texts(window, "info")), timeout=10_000)
    live_store.db.expire_all()
    assert [r.need for r in live_store.db.scalars(select(HelpRequest)).all()] == ["more_time"]
    before = window.rules.remaining(clock())
    apply_commands(window, [{"id": 8, "kind": "extend", "minutes": 15},
                            {"id": 9, "kind": "help_answer", "answer": "granted",
                             "need": "more_time", "minutes": 15}])
    assert window.rules.remaining(clock()) - before >= timedelta(minutes=14)
    assert toast_texts(window, "reception") == "L'accueil vous donne 15 minutes de plus."


def test_a_help_request_goes_from_the_shell_to_the_desk_and_back(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    from kiosk.desk.client import DeskClient  # noqa: PLC0415
    from kiosk.shell.app import start_heartbeat, station_health  # noqa: PLC0415
    from kiosk.store.services import staff  # noqa: PLC0415

    staff.add_user(live_store.db, login="accueil", password="le mot de passe de l'accueil",
                   role="secretariat", site_id=live_store.site.id, now=datetime.now(UTC))
    live_store.db.commit()
    open_session(qtbot, window, live_store)
    qtbot.mouseClick(window.session_view.call_reception, Qt.MouseButton.LeftButton)
    with DeskClient(live_store.url) as desk:
        desk.login("accueil", "le mot de passe de l'accueil")
        qtbot.waitUntil(lambda: bool(desk.board().requests), timeout=10_000)
        request = desk.board().requests[0]
        assert (request.station, request.need) == ("poste-1", "help")
        desk.answer_help(request.id, "coming")
    timer = start_heartbeat(window, station_health)  # the station's next heartbeat
    try:
        qtbot.waitUntil(lambda: toast_texts(window, "reception") ==
                        "Quelqu'un de l'accueil arrive.", timeout=15_000)
    finally:
        timer.stop()


def test_without_an_answer_the_guest_may_ask_again(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kiosk.shell.window.ASK_AGAIN_SECONDS", 1)  # three minutes, shortened
    open_session(qtbot, window, live_store)
    button = window.session_view.call_reception
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    assert button.text() == "Demander de l'aide"


def test_a_site_that_asks_gets_the_guests_answer_counted_at_the_store(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    from kiosk.store.models import DailyAggregate  # noqa: PLC0415
    from kiosk.store.services import sites  # noqa: PLC0415

    sites.set_desk_settings(live_store.db, site=live_store.site, satisfaction_question=True,
                            now=datetime.now(UTC))
    live_store.db.commit()
    qtbot.waitUntil(lambda: window.agent.heartbeat(health={
        "cpu_percent": 1, "memory_percent": 1, "disk_percent": 1}) is not None
        and bool(window.agent.site and window.agent.site["satisfaction_question"]),
        timeout=10_000)
    window.use_site(window.agent.site)
    lock = window.lock
    type_code(qtbot, window, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: window.running is not None, timeout=30_000)
    view = window.session_view
    qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.wiped, timeout=30_000):
        qtbot.mouseClick(view.confirm_yes, Qt.MouseButton.LeftButton)
    # The wipe is done before the question shows: answering holds nothing up.
    assert window.last_wipe is not None
    assert lock.question.isVisible()
    qtbot.mouseClick(lock.question.buttons["yes"], Qt.MouseButton.LeftButton)
    assert lock.message.text() == "Merci pour votre réponse."
    assert window.agent.deliver()

    def counted() -> int:
        live_store.db.expire_all()
        rows = live_store.db.scalars(select(DailyAggregate).where(
            DailyAggregate.type == "satisfaction", DailyAggregate.key == "yes"))
        return sum(row.count for row in rows)

    qtbot.waitUntil(lambda: counted() == 1, timeout=10_000)
