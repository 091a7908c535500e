"""The shell's window: the lock screen, a session, and the wipe between two guests.

The session rules of the core decide; this window shows what they say and carries out their
effects. Store requests run off the GUI thread. Nothing here opens a system dialog: every
question to the guest is a panel inside the window.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWebEngineCore import QWebEngineProfile
from PySide6.QtWidgets import (
    QApplication,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.agent.station import OpenedSession, SessionRefused, StationAgent
from kiosk.core.hours import OpeningHours
from kiosk.core.policy import Policy
from kiosk.core.printer_status import PrinterStatus
from kiosk.core.session import (
    Effect,
    EndingStarted,
    EndReason,
    IdlePrompt,
    IdlePromptCleared,
    SessionRules,
    WarningDue,
    WipeDue,
)
from kiosk.core.session import (
    SessionRefused as RulesRefused,
)
from kiosk.gate import Gate
from kiosk.gui.background import run_in_background
from kiosk.printing import Printer, PrintRequest, PrintResult, print_document
from kiosk.shell import i18n, theme
from kiosk.shell.activity import ActivityWatch
from kiosk.shell.browser import Browser
from kiosk.shell.dialogs import IdleCheck, TimeWarning, close_open_dialogs
from kiosk.shell.documents import DocumentsPanel, HelpPanel
from kiosk.shell.guard import SessionDownloads, WhitelistInterceptor, harden
from kiosk.shell.keyboard import KeyboardRoom
from kiosk.shell.lockscreen import LockScreen
from kiosk.shell.picker import pick_documents
from kiosk.shell.printdialog import PrintDialog
from kiosk.shell.printer_texts import guest_status_text
from kiosk.shell.processes import child_pids, stop_session_processes
from kiosk.shell.scandialog import ScanDialog
from kiosk.shell.sessionfs import SessionFolder, WipeReport, unique_path
from kiosk.shell.sessionview import SessionView
from kiosk.shell.sound import Chime
from kiosk.shell.tiles import HomeTiles

log = logging.getLogger("kiosk.session")
ESCAPE_SHORTCUTS = ("Alt+F4", "Ctrl+W", "Ctrl+N", "Ctrl+T", "Ctrl+O", "Ctrl+S", "Ctrl+P",
                    "Ctrl+U", "Ctrl+Q", "F11", "F12", "Ctrl+Shift+I", "Ctrl+Shift+J",
                    "Ctrl+Shift+Delete")


def utc_now() -> datetime:
    return datetime.now(UTC)


ASK_AGAIN_SECONDS = 180  # a request without an answer: the guest may ask again after this
WIPE_WAIT_SECONDS = 5.0  # how long the profile may take to go before the wipe reports it
WIPE_POLL_MS = 10


@dataclass
class _Running:
    opened: OpenedSession
    profile: QWebEngineProfile
    browser: Browser
    folder: SessionFolder
    processes_before: frozenset[int]
    # Held here: the profile does not keep the Python side of its interceptor alive, and
    # without it no request would be checked.
    interceptor: WhitelistInterceptor
    downloads: SessionDownloads
    refused_hosts: set[str] = field(default_factory=set)


@dataclass
class _PendingWipe:
    report: WipeReport
    other: dict[str, int]
    processes_before: frozenset[int]
    deadline: float
    profile_gone: bool = False

    def profile_destroyed(self) -> None:
        self.profile_gone = True


class ShellWindow(QWidget):
    wiped = Signal()  # the lock screen shows again, the wipe verified (or reported not)
    subresource_refused = Signal(str, str, str)  # host, kind, reason: from the interceptor
    gate_refused = Signal(str)  # host: from the network gate's thread

    def __init__(self, *, policy: Policy, agent: StationAgent, gate: Gate,
                 session_root: Path,
                 place_name: str, clock: Callable[[], datetime] = utc_now,
                 printer: Printer | None = None, scanner: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printer = printer
        self.scanner = scanner  # a SANE device name; None: the first scanner found
        self.print_left = 0
        self.scan_left = 0
        self._print_jobs: set[int] = set()  # CUPS jobs of the session, purged by the wipe
        self.setObjectName("kioskShell")
        self.policy = policy
        self.agent = agent
        self.gate = gate
        # Called on the gate's thread: signal to the window's thread, where refusals count.
        gate.watch_refusals(lambda host, _reason: self.gate_refused.emit(host))
        self.gate_refused.connect(self._record_refusal)
        self.clock = clock
        self.rules = SessionRules(policy.session, policy.hours)
        self.folder = SessionFolder(session_root)
        self.last_wipe: WipeReport | None = None
        self.running: _Running | None = None
        self._pending_wipe: _PendingWipe | None = None
        # What else a session leaves to clean (print jobs…): each returns counts for the report.
        self.session_cleanups: list[Callable[[], dict[str, int]]] = []
        self.pages = QStackedWidget(self)
        self.lock = LockScreen(self.pages)
        self.session_view = SessionView(self.pages)
        self.tiles = HomeTiles(policy.sites, self.session_view.body)
        self.session_view.body.addWidget(self.tiles)
        self.documents = DocumentsPanel(self.folder, self.session_view.body)
        self.help = HelpPanel(self.session_view.body)
        self.session_view.add_panel(self.documents)
        self.session_view.add_panel(self.help)
        self.pages.addWidget(self.lock)
        self.pages.addWidget(self.session_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._place_name = place_name
        self._store_hours: OpeningHours | None = None  # the store's, once it has said them
        # Whether the site asks its satisfaction question after each session (the store says).
        self._ask_satisfaction = False
        self._refresh_lock()
        # The lock screen follows the opening hours: typing is offered only while open.
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(30_000)
        self.lock_timer.timeout.connect(self._refresh_lock)
        self.lock_timer.start()
        self.lock.code_submitted.connect(self.open_with_code)
        self.tiles.site_chosen.connect(self._open_site)
        self.session_view.confirm.accepted.connect(
            lambda: self.apply_effects(self.rules.end(self.clock(), EndReason.USER)))
        self.session_view.large_text_changed.connect(self.set_large_text)
        self.lock.language_chosen.connect(self.set_language)
        # The language the station starts in is the one each guest finds (after the goodbye
        # of the one who left, said in theirs).
        self.default_language = i18n.current_language()
        self.lock.goodbye_ended.connect(lambda: self.set_language(self.default_language))
        self.lock.satisfaction_answered.connect(
            lambda answer: self.agent.outbox.add("satisfaction", {"answer": answer}))
        self.chime = Chime()
        # Through the attribute: the clock the window has when asked (tests set their own).
        self.idle_check = IdleCheck(lambda: self.clock(), self.chime, self)  # noqa: PLW0108
        self.time_warning = TimeWarning(lambda: self.clock(), self.chime, self)  # noqa: PLW0108
        self.idle_check.continue_button.clicked.connect(self._activity)
        # Any press, tap or key anywhere in the shell (a page, a panel, a dialog) is the
        # guest at work: a session is never taken for idle while they scan or print.
        self._input_watch = ActivityWatch(self, self._activity)
        # On a touch screen, the on-screen keyboard never covers the field being typed in.
        self.keyboard_room = KeyboardRoom(self, self._focused_into_view)
        tools = self.session_view.tool_buttons
        self.session_view.call_reception.clicked.connect(lambda: self.ask_reception("help"))
        self.time_warning.more_time.connect(lambda: self.ask_reception("more_time"))
        tools["documents"].clicked.connect(lambda _checked=False: self.show_documents())
        tools["help"].clicked.connect(lambda: self.session_view.show_panel(self.help))
        tools["print"].clicked.connect(self.print_current_page)
        tools["scan"].clicked.connect(self.open_scanner)
        self.documents.print_requested.connect(self.print_document)
        self.session_cleanups.append(self._purge_print_jobs)
        self.subresource_refused.connect(lambda host, _kind, _reason: self._record_refusal(host))
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        # A crash or a power cut may have left a session's files behind, and the session
        # open at the store.
        if self.folder.exists():
            self.last_wipe = self.folder.wipe()
            self.agent.outbox.add("wipe_report", self.last_wipe.as_event())
        now = self.clock()
        run_in_background(lambda: self.agent.recover_interrupted(now), lambda _done: None,
                          lambda error: log.warning("recovering a session failed: %s",
                                                    type(error).__name__))
        # Shortcuts that would leave or change the shell are taken here and do nothing.
        for sequence in ESCAPE_SHORTCUTS:
            QShortcut(QKeySequence(sequence), self, context=Qt.ShortcutContext.ApplicationShortcut)

    # -- opening --------------------------------------------------------------------------

    def open_with_code(self, code: str) -> None:
        # No gate, no session: without it, nothing a page asks for could reach a site.
        if not self.gate.ensure_running():
            log.error("no session opened: the network gate is not running")
            self.lock.show_refusal(self.tr("This computer cannot open a session right now. "
                                           "Please ask at the reception."))
            return
        self.gate.use_policy(self.policy)
        self.lock.set_checking(checking=True)
        now = self.clock()
        run_in_background(lambda: self.agent.open_session(code, now),
                          self._opened, self._refused)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, SessionRefused) and error.code == "rate-limited":
            self.lock.wait_before_retry(error.retry_after or 1)
        elif isinstance(error, SessionRefused):
            self.lock.show_refusal(self._refusal_text(error.code))
        else:
            log.error("opening a session failed: %s", type(error).__name__)
            self.lock.show_refusal(self.tr("Something went wrong. Please ask at the reception."))

    def _refusal_text(self, code: str) -> str:
        """What a refusal means, in the guest's language, from its stable code (the store's
        own sentence is French only)."""
        texts = {
            "code-malformed": self.tr("This code is mistyped: a letter or a figure does not "
                                      "match. Check the slip and type it again."),
            "code-unknown": self.tr("This code does not exist. Check the slip, or ask at the "
                                    "reception."),
            "code-unknown-offline": self.tr("This code is not known to this computer while "
                                            "the network is down. Ask at the reception."),
            "code-exhausted": self.tr("The time of this code is used up. Ask at the "
                                      "reception for a new code."),
            "code-expired": self.tr("This code has expired. Ask at the reception for a new "
                                    "code."),
            "code-revoked": self.tr("This code was cancelled. Ask at the reception for a new "
                                    "code."),
            "code-not-yet-valid": self.tr("This code is not valid yet. Ask at the reception."),
            "code-in-use": self.tr("This code is already in use on another computer. End "
                                   "that session first, or ask at the reception."),
            "site-closed": self.tr("The centre is closed now."),
            "station-out-of-order": self.tr("This computer is out of order. Please use "
                                            "another one, or ask at the reception."),
        }
        return texts.get(code, self.tr("This code cannot open a session. Ask at the "
                                       "reception."))

    def _opened(self, opened: OpenedSession) -> None:
        self.lock.set_checking(checking=False)
        try:
            self.rules.start(self.clock(), timedelta(seconds=opened.seconds_left))
        except RulesRefused:
            self.lock.show_refusal(self.tr("The centre is closed now."))
            return
        self.agent.remember(opened)
        self.folder.create()
        profile = QWebEngineProfile(self)  # off the record: nothing of it reaches the disk
        interceptor = WhitelistInterceptor(self.policy, profile)
        # Emitted on QtWebEngine's network thread: signal to signal, Qt queues it to the
        # window's thread (a Python callable would run on the network thread).
        interceptor.blocked.connect(self.subresource_refused)
        harden(profile, interceptor)
        downloads = SessionDownloads(profile, self.policy, self.folder,
                                     self.policy.session.disk_quota_bytes, profile)
        downloads.stopped.connect(lambda text: self.notify("error", text))
        downloads.saved.connect(self._document_arrived)
        browser = Browser(profile, self.policy, self.session_view.body,
                          max_tabs=self.policy.session.max_tabs)
        browser.popup_refused.connect(lambda: self.notify("warning", self.tr(
            "Too many pages are open. Close a page (✕ on its tab) to open another one.")))
        browser.home_requested.connect(self._show_tiles)
        browser.activity.connect(self._activity)
        browser.print_requested.connect(self.print_current_page)
        browser.navigation_refused.connect(self._record_refusal)
        browser.documents = self.folder.documents
        browser.pick_files = lambda several: pick_documents(self.folder, several=several,
                                                            parent=self)
        self.session_view.body.addWidget(browser)
        self.session_view.body.setCurrentWidget(self.tiles)
        self.running = _Running(opened, profile, browser, self.folder, child_pids(), interceptor,
                                downloads)
        self.print_left, self.scan_left = opened.print_left, opened.scan_left
        self.lock.clear()
        self.session_view.show_time(self.rules.remaining(self.clock()))
        self.pages.setCurrentWidget(self.session_view)
        self.timer.start()

    def _open_site(self, site_id: str) -> None:
        site = self.policy.site(site_id)
        if site is None or self.running is None:
            return
        self.running.browser.open(site.home)
        self.agent.outbox.add("service_used", {"site_id": site.id})
        self.session_view.close_panel()
        self.session_view.body.setCurrentWidget(self.running.browser)

    def _record_refusal(self, host: str) -> None:
        """A refusal is a usage event, host only, once per host and session: it tells which
        sites the policy may be missing, never what the guest did."""
        running = self.running
        if running is None or not host or host in running.refused_hosts:
            return
        running.refused_hosts.add(host)
        self.agent.outbox.add("blocked_navigation", {"host": host})

    def _focused_into_view(self) -> None:
        if self.running is not None:
            self.running.browser.focused_into_view()

    def _show_tiles(self) -> None:
        self.session_view.close_panel()
        self.session_view.body.setCurrentWidget(self.tiles)

    def show_documents(self, document: Path | None = None) -> None:
        """My documents, with `document` chosen and open when given."""
        self.documents.refresh()
        if document is not None:
            self.documents.choose(document)
        self.session_view.show_panel(self.documents)

    # -- during a session -----------------------------------------------------------------

    def tick(self) -> None:
        now = self.clock()
        self.apply_effects(self.rules.tick(now))
        if self.running is not None:
            self.session_view.show_time(self.rules.remaining(now))

    def _activity(self) -> None:
        self.apply_effects(self.rules.activity(self.clock()))

    def apply_effects(self, effects: Sequence[Effect]) -> None:
        view = self.session_view
        for effect in effects:
            if isinstance(effect, WarningDue):
                self.time_warning.ask_until(self.clock() + self.rules.remaining(self.clock()))
            elif isinstance(effect, IdlePrompt):
                self.idle_check.ask_until(effect.deadline)
            elif isinstance(effect, IdlePromptCleared):
                self.idle_check.withdraw()
            elif isinstance(effect, EndingStarted):
                self.time_warning.withdraw()
                view.toasts.show_toast("warning", self.tr("Your session is ending. Everything "
                                                          "will be erased in a few seconds."))
            elif isinstance(effect, WipeDue):
                self.wipe(effect.reason)

    # -- printing and scanning ------------------------------------------------------------

    def print_current_page(self) -> None:
        """Print the page on screen: rendered to a PDF of the session, then previewed."""
        running = self.running
        tab = running.browser.current() if running else None
        if running is None or tab is None or \
                self.session_view.body.currentWidget() is not running.browser:
            self.show_documents()
            self.notify("info", self.tr("Open a page of a service to print it, or choose a "
                                      "document here."))
            return
        target = unique_path(running.folder.root / "tmp", "page.pdf")

        def finished(path: str, ok: bool) -> None:  # noqa: FBT001 - Qt's signal
            tab.page.pdfPrintingFinished.disconnect(finished)
            if ok and self.running is running:
                self.print_document(Path(path))
            elif self.running is running:
                self.notify("error", self.tr("This page cannot be printed. Try again, or ask at "
                                          "the reception."))

        tab.page.pdfPrintingFinished.connect(finished)
        tab.page.printToPdf(str(target))

    def print_document(self, document: Path) -> None:
        if self.running is None:
            return
        printer = self.printer
        if printer is None:
            self.notify("error", self.tr("No printer is set up on this computer. Tell the "
                                      "reception."))
            return
        run_in_background(printer.status, lambda status: self._preview(document, status),
                          lambda _error: self._preview(document, None))

    def _preview(self, document: Path, status: PrinterStatus | None) -> None:
        running = self.running
        if running is None or self.printer is None:
            return
        dialog = PrintDialog(document, pages_left=self.print_left, status=status, parent=self)
        if dialog.exec() != PrintDialog.DialogCode.Accepted or self.running is not running:
            return
        request = PrintRequest(document, dialog.chosen, dialog.copies.value())
        printer, agent, opened = self.printer, self.agent, running.opened
        self.notify("info", self.tr("Printing… Wait for your pages at the printer."))
        run_in_background(
            lambda: print_document(agent, opened, printer, request,
                                   on_submitted=self._print_jobs.add),
            lambda result: self._printed(result, running),
            lambda error: self._print_error(error, running))

    def _print_error(self, error: BaseException, running: _Running) -> None:
        log.error("printing failed: %s", type(error).__name__)
        self._printed(PrintResult("failed"), running)

    def _printed(self, result: PrintResult, running: _Running) -> None:
        if self.running is not running:
            return
        if result.outcome == "completed":
            self.print_left -= result.pages
            printed = (self.tr("Printed: 1 page.") if result.pages == 1 else
                       self.tr("Printed: %1 pages.").replace("%1", str(result.pages)))
            left = (self.tr("You have 1 page left.") if self.print_left == 1 else
                    self.tr("You have %1 pages left.").replace("%1", str(self.print_left)))
            self.notify("success", f"{printed} {left}")
        elif result.outcome == "quota":
            self.notify("warning", self.tr("Not enough pages left on your code. Ask at the "
                                      "reception."))
        elif result.outcome == "printer-blocked" and result.status is not None:
            self.notify("error", " ".join(guest_status_text(result.status)))
        elif result.outcome == "unavailable":
            self.notify("error", self.tr("Pages cannot be counted right now. Try again in a "
                                      "minute, or ask at the reception."))
        else:
            self.notify("error", self.tr("The printing did not go through. No page was counted. "
                                      "Tell the reception."))

    def _purge_print_jobs(self) -> dict[str, int]:
        # Cancelled and purged so that no spool or history file keeps a document of the
        # session. CUPS answers on a local socket: quick enough for the wipe.
        jobs, self._print_jobs = self._print_jobs, set()
        if not jobs or self.printer is None:
            return {}
        self.printer.purge(jobs)
        return {"print_jobs": len(jobs), "print_jobs_left": len(self.printer.active_jobs(jobs))}

    def open_scanner(self) -> None:
        running = self.running
        if running is None:
            return
        quota = self.policy.session.disk_quota_bytes
        dialog = ScanDialog(agent=self.agent, session=running.opened,
                            documents=running.folder.documents, scan_left=self.scan_left,
                            preferred_device=self.scanner,
                            room_left=lambda: quota - running.folder.used_bytes(), parent=self)
        dialog.saved.connect(self._document_arrived)
        dialog.exec()
        self.scan_left = dialog.scan_left

    def _document_arrived(self, name: str) -> None:
        """A download or a scan is in My documents: say so, with what to do with it."""
        running = self.running
        if running is None:
            return
        path = running.folder.documents / name
        actions = [(self.tr("View"), lambda: self.show_documents(path))]
        if path.suffix.lower() == ".pdf":
            actions.append((self.tr("Print"), lambda: self.print_document(path)))
        self.notify("success", self.tr("%1 is in My documents.").replace("%1", name), actions)

    def notify(self, kind: str, text: str,
               actions: Sequence[tuple[str, Callable[[], None]]] = ()) -> None:
        """A message in the session's toasts: "info", "success", "warning" or "error"."""
        if self.running is not None:
            self.session_view.toasts.show_toast(kind, text, actions)

    def ask_reception(self, need: str) -> None:
        """The guest calls the reception (for "help" or "more_time"): asked at once, said
        on screen, and the button waits for the answer rather than asking again."""
        running = self.running
        if running is None:
            return
        button = self.session_view.call_reception
        button.setEnabled(False)
        button.setText(self.tr("Help is on its way"))

        def asked(_request: int) -> None:
            if self.running is running:
                self.notify("info", self.tr("The reception has your request. Someone will "
                                            "answer you here or come to you."))
                # Without an answer in a while, the guest may ask again.
                QTimer.singleShot(ASK_AGAIN_SECONDS * 1000, lambda: self._may_ask_again(running))

        def failed(error: BaseException) -> None:
            log.warning("asking the reception failed: %s", type(error).__name__)
            if self.running is running:
                self._call_button_ready()
                self.notify("error", self.tr("The request could not be sent. Raise your hand "
                                             "or go to the reception."))

        run_in_background(lambda: self.agent.ask_help(need), asked, failed)

    def _may_ask_again(self, running: _Running) -> None:
        if self.running is running:
            self._call_button_ready()

    def _call_button_ready(self) -> None:
        self.session_view.call_reception.setEnabled(True)
        self.session_view.call_reception.setText(self.tr("Ask for help"))

    def reception_answered(self, answer: str, minutes: int | None) -> None:
        """The reception's answer to a request, kept on screen until read."""
        if self.running is None:
            return
        if answer == "granted":
            text = self.tr("The reception gives you %1 more minutes.").replace(
                "%1", str(minutes or 0))
        elif answer == "refused":
            text = self.tr("The reception cannot give more time now. Save or print what "
                           "you need.")
        else:
            text = self.tr("Someone from the reception is coming to you.")
        self._call_button_ready()
        self.show_message(text)

    def show_message(self, text: str) -> None:
        """A message from the reception, kept on screen until the guest has read it."""
        self.notify("reception", text)

    # -- language and text size -----------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Every text of the shell in `language` from now on, the layout mirrored for a
        language written from right to left."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and language != i18n.current_language():
            i18n.switch(app, language)
        self.lock.show_language(i18n.current_language())

    def set_large_text(self, large: bool) -> None:  # noqa: FBT001 - Qt's signal
        app = QApplication.instance()
        if isinstance(app, QApplication) and (theme.scale() > 1) != large:
            theme.apply(app, large=large)
            self.tiles.restyle()
        if self.running is not None:
            self.running.browser.set_base_zoom(theme.LARGE_SCALE if large else 1.0)

    # -- the end --------------------------------------------------------------------------

    def wipe(self, reason: EndReason) -> None:
        """Destroy everything of the session; the lock screen shows once `_verify_wipe` has
        found nothing left (the profile goes when Qt deletes it, after its pages)."""
        running = self.running
        self.timer.stop()
        self.running = None
        # Questions still open (a page's dialog, the file picker, a deletion) go first; the
        # shell's own panels are not the session's.
        self.idle_check.withdraw()
        self.time_warning.withdraw()
        self.session_view.reset()
        dialogs = close_open_dialogs(self)
        self.documents.viewer.clear()  # it may hold a document of the session open
        self.session_view.body.setCurrentWidget(self.tiles)
        if running is None:
            self._show_lock()
            return
        now = self.clock()
        used = int(self.rules.used(now).total_seconds())
        other = {"dialogs": dialogs}
        for cleanup in self.session_cleanups:
            for name, count in cleanup().items():
                other[name] = other.get(name, 0) + count
        running.browser.close_all()
        self.session_view.body.removeWidget(running.browser)
        running.browser.deleteLater()
        pending = _PendingWipe(running.folder.wipe(), other, running.processes_before,
                               time.monotonic() + WIPE_WAIT_SECONDS)
        running.profile.destroyed.connect(pending.profile_destroyed)
        running.profile.deleteLater()  # after its pages: they went first
        QGuiApplication.clipboard().clear()
        self._pending_wipe = pending
        opened = running.opened
        self.agent.forget()
        run_in_background(
            lambda: self.agent.close_session(opened, used_seconds=used,
                                             reason=reason.value, now=now),
            lambda _result: None,
            lambda error: log.warning("closing at the store failed: %s",
                                      type(error).__name__))
        QTimer.singleShot(0, self._verify_wipe)

    def _verify_wipe(self) -> None:
        pending = self._pending_wipe
        if pending is None:
            return
        if not pending.profile_gone and time.monotonic() < pending.deadline:
            QTimer.singleShot(WIPE_POLL_MS, self._verify_wipe)
            return
        self._pending_wipe = None
        first = pending.report
        # Anything the engine wrote after the first pass goes too, and counts.
        again = self.folder.wipe()
        gate = {self.gate.pid} if self.gate.pid is not None else set()
        stopped = stop_session_processes(pending.processes_before | gate)
        clipboard = QGuiApplication.clipboard().mimeData()
        clipboard_empty = clipboard is None or not clipboard.formats()
        verified = (first.verified and again.verified and pending.profile_gone
                    and clipboard_empty and not pending.other.get("print_jobs_left"))
        if not verified:
            log.error("the wipe could not verify everything: profile gone %s, clipboard empty "
                      "%s, folder gone %s", pending.profile_gone, clipboard_empty,
                      again.verified)
        report = WipeReport(first.files + again.files, first.folders + again.folders,
                            first.bytes + again.bytes, verified=verified,
                            other={**pending.other, "processes": stopped})
        self.last_wipe = report
        self.agent.outbox.add("wipe_report", report.as_event())
        self.lock.say_goodbye(erased=verified, ask=self._ask_satisfaction)
        self._show_lock()

    def _show_lock(self) -> None:
        self.rules.wipe_finished()
        self.take_new_policy()
        self._refresh_lock()
        self.pages.setCurrentWidget(self.lock)
        self.wiped.emit()

    @property
    def wiping(self) -> bool:
        return self._pending_wipe is not None

    def wipe_and_wait(self, reason: EndReason) -> None:
        """Wipe and return once verified (when the shell stops, outside Qt's event loop)."""
        loop = QEventLoop()
        self.wiped.connect(loop.quit)
        self.wipe(reason)
        if self.wiping:
            loop.exec()
        self.wiped.disconnect(loop.quit)

    def take_new_policy(self) -> None:
        """Run the policy the store published, when one waits: at once when no guest is in
        a session or about to be, else after the current session's wipe (never during a
        session: its pages keep the whitelist they started with)."""
        if self.running is not None or self.wiping or self.lock.checking:
            return
        policy = self.agent.policies.take()
        if policy is not None:
            self.use_policy(policy)

    def use_policy(self, policy: Policy) -> None:
        """Decide with `policy` from the next session on: its rules, tiles and hours."""
        self.policy = policy
        self.rules = SessionRules(policy.session, policy.hours)
        previous = self.tiles
        self.tiles = HomeTiles(policy.sites, self.session_view.body)
        self.tiles.site_chosen.connect(self._open_site)
        self.session_view.body.insertWidget(self.session_view.body.indexOf(previous),
                                            self.tiles)
        self.session_view.body.removeWidget(previous)
        previous.deleteLater()
        self.agent.policies.running = policy.digest
        log.info("the station runs the policy %s from now on", policy.digest[:12])
        self._refresh_lock()

    def use_site(self, site: Mapping[str, Any] | None) -> None:
        """The place as the store describes it (from each heartbeat): its name and opening
        hours are what the lock screen says; the policy's hours serve until the store has
        said its own, or when it has none."""
        if not site:
            return
        try:
            mapping = site.get("opening_hours") or {}
            hours = (OpeningHours.from_mapping(str(site.get("timezone", "Europe/Paris")),
                                               mapping) if mapping else None)
        except (ValueError, TypeError) as error:
            log.warning("the store's opening hours cannot be read: %s", error)
            return
        self._ask_satisfaction = bool(site.get("satisfaction_question", False))
        # The site may keep its guests from calling the reception from the computer.
        helps = bool(site.get("help_button", True))
        self.session_view.call_reception.setVisible(helps)
        self.time_warning.ask_button.setVisible(helps)
        name = str(site.get("name") or self._place_name)
        if (name, hours) != (self._place_name, self._store_hours):
            self._place_name, self._store_hours = name, hours
            self._refresh_lock()

    @property
    def hours(self) -> OpeningHours | None:
        return self._store_hours or self.policy.hours

    def _refresh_lock(self) -> None:
        hours = self.hours
        self.lock.set_place(self._place_name, self._hours_today(),
                            open_now=hours is None or hours.is_open(self.clock()))

    def _hours_today(self) -> str:
        hours = self.hours
        if hours is None:
            return self.tr("all day")
        local = self.clock().astimezone(hours.zone).date()
        return ", ".join(str(interval) for interval in hours.intervals_on(local))

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt
        # The guest cannot close the shell; the station's session manager stops it.
        if self.running is not None:
            event.ignore()
        else:
            self.gate.watch_refusals(None)
            super().closeEvent(event)  # type: ignore[arg-type]

    @property
    def showing_lock(self) -> bool:
        return self.pages.currentWidget() is self.lock

