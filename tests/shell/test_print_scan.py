"""Print and Scan from a guest session, against a real cupsd, SANE's test backend and a
real store: the preview's cost, the printer's state, the quota, and the wipe."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.printing import Printer
from kiosk.shell.printdialog import PrintDialog
from kiosk.shell.scandialog import ScanDialog
from kiosk.shell.window import ShellWindow
from kiosk.store.models import Code, Event
from tests.agent.conftest import LiveStore
from tests.printing.conftest import Printers, pdf_pages, write_pdf
from tests.shell.conftest import open_caf, toast_texts, type_code, when_dialog_shown
from tests.shell.test_layout import check_layout, picture
from tests.testpolicy import CAF_POLICY


def open_session(qtbot: QtBot, shell: ShellWindow, live_store: LiveStore) -> None:
    type_code(qtbot, shell, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: not shell.showing_lock, timeout=30_000)


def used(live_store: LiveStore) -> tuple[int, int]:
    live_store.db.expire_all()
    code = live_store.db.scalars(select(Code)).one()
    counts = code.print_used, code.scan_used
    live_store.db.rollback()
    return counts


def test_printing_the_page_on_screen(qtbot: QtBot, window: ShellWindow, live_store: LiveStore,
                                     printers: Printers) -> None:
    window.printer = Printer("bureau", printers.server)
    open_session(qtbot, window, live_store)
    open_caf(qtbot, window)
    seen: list[str] = []

    def confirm(dialog: PrintDialog) -> None:
        seen.append(dialog.cost.text())
        dialog.copies.setValue(2)
        seen.append(dialog.cost.text())
        dialog.print_button.click()

    when_dialog_shown(window, confirm, PrintDialog)
    qtbot.mouseClick(window.session_view.tool_buttons["print"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imprimé" in toast_texts(window, "success"), timeout=60_000)
    assert seen == ["1 page — il vous en restera 4", "2 pages — il vous en restera 3"]
    assert "Imprimé : 2 pages. Il vous reste 3 pages." in toast_texts(window, "success")
    assert window.print_left == 3
    assert used(live_store) == (2, 0)
    assert pdf_pages(printers.output) == 2


def test_a_document_beyond_the_quota_cannot_be_sent(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, printers: Printers) -> None:
    window.printer = Printer("bureau", printers.server)
    open_session(qtbot, window, live_store)
    running = window.running
    assert running is not None
    write_pdf(running.folder.documents / "dossier.pdf", pages=4)
    window.show_documents()
    seen: list[tuple[str, bool]] = []

    def look(dialog: PrintDialog) -> None:
        dialog.copies.setValue(2)
        seen.append((dialog.cost.text(), dialog.print_button.isEnabled()))
        dialog.some_pages.setChecked(True)
        dialog.page_field.setText("9")
        seen.append((dialog.cost.text(), dialog.print_button.isEnabled()))
        dialog.page_field.setText("2-3")
        seen.append((dialog.cost.text(), dialog.print_button.isEnabled()))
        dialog.cancel_button.click()

    when_dialog_shown(window, look, PrintDialog)
    window.documents.print_button.click()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=30_000)
    assert seen[0] == ("8 pages, mais il vous en reste 5. Choisissez moins de pages ou de "
                       "copies, ou demandez à l'accueil.", False)
    assert seen[1][1] is False
    assert "entre 1 et 4" in seen[1][0]
    assert seen[2] == ("4 pages — il vous en restera 1", True)
    assert printers.output.read_bytes() == b""
    assert used(live_store) == (0, 0)


def test_a_stopped_printer_is_shown_before_printing(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, printers: Printers) -> None:
    printers.cupsd.run("cupsdisable", "-r", "Bourrage papier", "bureau")
    window.printer = Printer("bureau", printers.server)
    open_session(qtbot, window, live_store)
    open_caf(qtbot, window)
    seen: list[tuple[bool, str, bool]] = []

    def look(dialog: PrintDialog) -> None:
        seen.append((dialog.printer_problem.isVisible(), dialog.printer_problem.text(),
                     dialog.print_button.isEnabled()))
        dialog.cancel_button.click()

    when_dialog_shown(window, look, PrintDialog)
    window.print_current_page()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    visible, text, enabled = seen[0]
    assert visible
    assert "Prévenez l'accueil" in text
    assert not enabled


def test_the_wipe_purges_the_session_print_jobs(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, printers: Printers) -> None:
    printer = Printer("attente", printers.server)  # jobs wait there: still in CUPS at the end
    window.printer = printer
    open_session(qtbot, window, live_store)
    running = window.running
    assert running is not None
    write_pdf(running.folder.documents / "attestation.pdf", pages=1)
    window.show_documents()
    when_dialog_shown(window, lambda dialog: dialog.print_button.click(), PrintDialog)
    window.documents.print_button.click()
    qtbot.waitUntil(lambda: bool(window._print_jobs), timeout=30_000)
    jobs = set(window._print_jobs)
    assert printer.active_jobs(jobs) == jobs
    with qtbot.waitSignal(window.wiped, timeout=30_000):
        window.session_view.confirm_yes.click()
    assert window.last_wipe is not None
    assert window.last_wipe.verified
    assert window.last_wipe.other["print_jobs"] == 1
    assert window.last_wipe.other["print_jobs_left"] == 0
    assert printer.active_jobs(jobs) == set()
    qtbot.waitUntil(lambda: used(live_store) == (0, 0), timeout=30_000)  # not charged


def layout_of(dialog: ScanDialog, width: int = 1024, height: int = 768) -> str:
    """What the layout test finds wrong with the dialog on a screen of that size ("" if
    nothing), and its picture in the test output."""
    needed = dialog.minimumSizeHint()
    if needed.width() > width or needed.height() > height:
        return f"the scan dialog needs {needed.width()}x{needed.height()}"
    dialog.resize(dialog.sizeHint().boundedTo(QSize(width, height)).expandedTo(needed))
    QApplication.processEvents()
    try:
        check_layout(dialog, "fr", width, height)
    except AssertionError as error:
        return str(error)
    picture("panel-scan-fr", dialog, None, width, height)
    return ""


def drive_scan_dialog(window: ShellWindow, step: Callable[[ScanDialog], bool]) -> list[str]:
    """Call `step` inside the scan dialog's own loop each time the dialog is idle (scanners
    listed, no page being read) until it returns True. After 60 s the dialog is given up and
    its message recorded: a failure, never a hang."""
    problems: list[str] = []
    deadline = time.monotonic() + 60
    timer = QTimer(window)

    def poll() -> None:
        dialog = next((d for d in window.findChildren(ScanDialog) if d.isVisible()), None)
        if dialog is None:
            return
        if time.monotonic() > deadline:
            timer.stop()
            problems.append(dialog.message.text())
            dialog.reject()
        elif not dialog.progress.isVisible() and dialog.scanners.count() and step(dialog):
            timer.stop()

    timer.timeout.connect(poll)
    timer.start(20)
    return problems


def test_scanning_two_pages_into_my_documents(qtbot: QtBot, window: ShellWindow,
                                              live_store: LiveStore) -> None:
    window.scanner = "test:1"
    open_session(qtbot, window, live_store)
    steps: list[str] = []

    layout_problems: list[str] = []

    def step(dialog: ScanDialog) -> bool:
        if len(dialog.pages) == 1 and not layout_problems:
            # A page scanned, its preview shown: as read on the smallest screen, in French.
            layout_problems.append(layout_of(dialog))
        if len(dialog.pages) == 2:
            steps.append("save")
            dialog.save_button.click()
            return True
        if len(steps) == len(dialog.pages):  # the previous page is in: scan the next one
            steps.append(f"page {len(dialog.pages) + 1} on {dialog.scanners.currentData()}")
            dialog.scan_button.click()
        return False

    problems = drive_scan_dialog(window, step)
    qtbot.mouseClick(window.session_view.tool_buttons["scan"], Qt.MouseButton.LeftButton)
    assert problems == []
    assert layout_problems == [""]
    assert steps == ["page 1 on test:1", "page 2 on test:1", "save"]
    running = window.running
    assert running is not None
    scans = running.folder.document_files()
    assert len(scans) == 1
    assert scans[0].name.startswith("Document scanné")
    assert pdf_pages(scans[0]) == 2
    assert f"{scans[0].name} est dans Mes documents." in toast_texts(window, "success")
    assert window.scan_left == 3
    qtbot.waitUntil(lambda: used(live_store) == (0, 2), timeout=30_000)
    window.agent.deliver()
    live_store.db.expire_all()
    scan_events = [event.data for event in live_store.db.scalars(
        select(Event).where(Event.type == "scan"))]
    live_store.db.rollback()
    assert scan_events == [{"pages": 2}]


def test_the_scan_quota_stops_scanning(qtbot: QtBot, window: ShellWindow,
                                       live_store: LiveStore) -> None:
    open_session(qtbot, window, live_store)
    window.scan_left = 1  # what the code still allows
    states: list[tuple[bool, str]] = []

    def step(dialog: ScanDialog) -> bool:
        states.append((dialog.scan_button.isEnabled(), dialog.hint.text()))
        if dialog.pages:
            dialog.discard_button.click()
            return True
        dialog.scan_button.click()
        return False

    problems = drive_scan_dialog(window, step)
    window.open_scanner()
    assert problems == []
    assert len(states) == 2, states
    assert states[0][0] is True
    assert states[1][0] is False  # no page left to scan
    assert "0" in states[1][1]
    running = window.running
    assert running is not None
    assert running.folder.document_files() == []  # given up: nothing kept
    qtbot.waitUntil(lambda: used(live_store) == (0, 0), timeout=30_000)  # nor charged


ONE_MB_POLICY = CAF_POLICY.replace("[[site]]", "[session]\ndisk_quota_mb = 1\n\n[[site]]", 1)


@pytest.mark.parametrize("window", [ONE_MB_POLICY], indirect=True)
def test_a_scan_that_does_not_fit_the_disk_quota_is_not_kept(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    open_session(qtbot, window, live_store)
    running = window.running
    assert running is not None
    (running.folder.documents / "attestation.pdf").write_bytes(b"%PDF-1.4 " + b"x" * 999_000)
    messages: list[str] = []

    def step(dialog: ScanDialog) -> bool:
        if dialog.pages and not messages:
            dialog.save_button.click()
            messages.append(dialog.message.text())
            dialog.discard_button.click()
            return True
        if not dialog.pages:
            dialog.scan_button.click()
        return False

    problems = drive_scan_dialog(window, step)
    window.open_scanner()
    assert problems == []
    assert "pas assez de place" in messages[0]
    assert [p.name for p in running.folder.document_files()] == ["attestation.pdf"]
    qtbot.waitUntil(lambda: used(live_store) == (0, 0), timeout=30_000)  # not charged
