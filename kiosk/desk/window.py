"""The reception desk's window: log-in, then the codes on the left and the live board of the
site's stations on the right.

Every call to the store and to CUPS runs off the GUI thread (`kiosk.gui.background`): the
window keeps answering while the store is slow or away, says so in a banner, and tries again
by itself. What was typed stays where it was typed until the store takes it.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import printcare
from kiosk.core.codes import format_partial_code
from kiosk.desk.client import (
    Board,
    BoardStation,
    CodeDetails,
    DeskClient,
    HelpRequest,
    IssuedCode,
    LineTicket,
    Login,
    StoreRefusal,
    StoreUnavailable,
)
from kiosk.desk.printers import PrintersPanel
from kiosk.desk.slips import Slip, SlipFormat, write_slips, write_ticket
from kiosk.desk.waiting import WaitingLinePanel, WaitingRoomDisplay
from kiosk.gui.background import run_in_background
from kiosk.printcare import PrinterInfo
from kiosk.printing import Printer, PrintRequest
from kiosk.shell import theme
from kiosk.shell.sound import Chime

log = logging.getLogger("kiosk.desk")
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
BOARD_SECONDS = 3
PRINTERS_SECONDS = 5
# The board's colours, on which its dark text reads at WCAG AA contrast.
TILE_COLOURS = {"free": "#b8fec9", "in_use": "#e8edff", "ending": "#ffe9e6",
                "offline": "#e5e5e5", "out_of_order": "#ffe9e9"}


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class DeskSettings:
    """What the desk offers; set per reception PC (`kiosk desk --durations …`)."""

    durations: tuple[int, ...] = (30, 60, 90)
    print_quota: int = 5
    scan_quota: int = 5
    slip_format: SlipFormat = "a4"
    printer: Printer | None = None  # for the slips
    cups_server: str | None = None  # the site's print server; None: this computer's
    hold_minutes: int = 5  # a computer called for a ticket waits this long for its holder
    # Settings the command line gave, which the site's (from the store) do not replace.
    fixed: frozenset[str] = frozenset()
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Paris"))


def clock_text(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    if (local.hour, local.minute) == (0, 0):
        return QCoreApplication.translate("DeskWindow", "midnight")
    return f"{local.hour} h {local.minute:02d}"


def code_state_text(state: str) -> str:
    """A code's state as the reception says it."""
    texts = {"issued": translate("CodesPanel", "not used yet"),
             "active": translate("CodesPanel", "in use"),
             "exhausted": translate("CodesPanel", "used up"),
             "revoked": translate("CodesPanel", "cancelled"),
             "expired": translate("CodesPanel", "expired")}
    return texts.get(state, state)


class LoginPage(QWidget):
    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.login = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = QPushButton(self)
        self.button.setDefault(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        theme.set_tone(self.message, "error")
        form = QFormLayout()
        self.login_label = QLabel(self)
        self.password_label = QLabel(self)
        self.login_label.setBuddy(self.login)
        self.password_label.setBuddy(self.password)
        form.addRow(self.login_label, self.login)
        form.addRow(self.password_label, self.password)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addLayout(form)
        column.addWidget(self.button)
        column.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column, 1)
        layout.addStretch(1)
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reception desk — log in"))
        self.login_label.setText(self.tr("&Login:"))
        self.password_label.setText(self.tr("&Password:"))
        self.button.setText(self.tr("Log in"))

    def _submit(self) -> None:
        if self.login.text().strip() and self.password.text():
            self.button.setEnabled(False)
            self.message.setText(self.tr("Logging in…"))
            self.submitted.emit(self.login.text().strip(), self.password.text())

    def refused(self, text: str) -> None:
        self.button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(text)


class CodesPanel(QWidget):
    """One click per usual duration; the pages and a batch size can be changed first."""

    issue = Signal(int, int, int, int)  # minutes, count, print pages, scan pages
    look_up = Signal(str)

    def __init__(self, settings: DeskSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = theme.set_role(QLabel(self), "title")
        self.durations: dict[int, QPushButton] = {}
        self._buttons = QHBoxLayout()
        self.set_durations(settings.durations)
        buttons = self._buttons
        self.count = QSpinBox(self)
        self.count.setRange(1, 50)
        self.print_pages = QSpinBox(self)
        self.print_pages.setRange(0, 500)
        self.print_pages.setValue(settings.print_quota)
        self.scan_pages = QSpinBox(self)
        self.scan_pages.setRange(0, 500)
        self.scan_pages.setValue(settings.scan_quota)
        self.print_slip = QCheckBox(self)
        self.print_slip.setChecked(settings.printer is not None)
        self.print_slip.setEnabled(settings.printer is not None)
        form = QFormLayout()
        self.count_label, self.print_label, self.scan_label = QLabel(self), QLabel(self), \
            QLabel(self)
        for label, box in ((self.count_label, self.count), (self.print_label, self.print_pages),
                           (self.scan_label, self.scan_pages)):
            label.setBuddy(box)
            form.addRow(label, box)
        form.addRow(self.print_slip)
        self.issued = theme.set_role(QLabel(self), "code")
        self.issued.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issued.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.issued_details = QLabel(self)
        self.issued_details.setWordWrap(True)
        self.issued_details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lookup_field = QLineEdit(self)
        self.lookup_field.textEdited.connect(
            lambda text: self.lookup_field.setText(format_partial_code(text)))
        self.lookup_button = QPushButton(self)
        self.lookup_answer = QLabel(self)
        self.lookup_answer.setWordWrap(True)
        lookup = QHBoxLayout()
        lookup.addWidget(self.lookup_field, 1)
        lookup.addWidget(self.lookup_button)
        self.lookup_title = theme.set_role(QLabel(self), "lead")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.issued)
        layout.addWidget(self.issued_details)
        layout.addStretch(1)
        layout.addWidget(self.lookup_title)
        layout.addLayout(lookup)
        layout.addWidget(self.lookup_answer)
        self.lookup_button.clicked.connect(self._look_up)
        self.lookup_field.returnPressed.connect(self._look_up)
        self.retranslate()

    def set_durations(self, durations: tuple[int, ...]) -> None:
        """One button per duration offered, in order."""
        if tuple(self.durations) == durations:
            return
        for button in self.durations.values():
            self._buttons.removeWidget(button)
            button.deleteLater()
        self.durations = {}
        for minutes in durations:
            button = theme.set_kind(QPushButton(self), "primary")
            button.clicked.connect(lambda _c=False, m=minutes: self._issue(m))
            self.durations[minutes] = button
            self._buttons.addWidget(button)
            button.show()
        self._name_durations()

    def _name_durations(self) -> None:
        for minutes, button in self.durations.items():
            button.setText(self.tr("%1 min").replace("%1", str(minutes)))
            button.setAccessibleName(self.tr("Issue a code of %1 minutes").replace(
                "%1", str(minutes)))

    def retranslate(self) -> None:
        self.title.setText(self.tr("New code"))
        self._name_durations()
        self.count_label.setText(self.tr("How many &codes:"))
        self.print_label.setText(self.tr("&Printing (pages):"))
        self.scan_label.setText(self.tr("&Scanning (pages):"))
        self.print_slip.setText(self.tr("Print the slip"))
        self.lookup_title.setText(self.tr("What is left on a code?"))
        self.lookup_field.setPlaceholderText("XXXX-XXXX-X")
        self.lookup_field.setAccessibleName(self.tr("Code to look up"))
        self.lookup_button.setText(self.tr("Look up"))

    def _issue(self, minutes: int) -> None:
        self.set_busy(busy=True)
        self.issue.emit(minutes, self.count.value(), self.print_pages.value(),
                        self.scan_pages.value())

    def _look_up(self) -> None:
        if self.lookup_field.text():
            self.look_up.emit(self.lookup_field.text())

    def set_busy(self, *, busy: bool) -> None:
        for button in self.durations.values():
            button.setEnabled(not busy)

    def show_issued(self, issued: list[IssuedCode], zone: ZoneInfo) -> None:
        self.set_busy(busy=False)
        self.count.setValue(1)
        first = issued[0].details
        self.issued.setText("\n".join(format_partial_code(item.code) for item in issued[:4])
                            + ("\n…" if len(issued) > 4 else ""))
        self.issued.setAccessibleName(" ".join(item.code for item in issued))
        self.issued_details.setText(
            self.tr("%1 min · printing %2 pages · scanning %3 pages · valid until %4")
            .replace("%1", str(first.minutes_total)).replace("%2", str(first.print_quota))
            .replace("%3", str(first.scan_quota))
            .replace("%4", clock_text(first.valid_until, zone)))

    def show_lookup(self, details: CodeDetails, zone: ZoneInfo) -> None:
        minutes = details.seconds_left // 60
        self.lookup_answer.setText(
            self.tr("%1: %2 min left, %3 pages to print, %4 to scan, valid until %5")
            .replace("%1", code_state_text(details.state)).replace("%2", str(minutes))
            .replace("%3", str(details.print_left)).replace("%4", str(details.scan_left))
            .replace("%5", clock_text(details.valid_until, zone)))


class TodayCodes(QWidget):
    """The codes issued today, with what each has left; extend or cancel the one chosen."""

    refresh = Signal()
    extend = Signal(int)  # code id
    revoke = Signal(int)

    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes: list[CodeDetails] = []
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.refresh_button = QPushButton(self)
        self.extend_button = QPushButton(self)
        self.revoke_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.extend_button, self.revoke_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.extend_button.clicked.connect(lambda: self._chosen(self.extend))
        self.revoke_button.clicked.connect(lambda: self._chosen(self.revoke))
        self.table.itemSelectionChanged.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Issued"), self.tr("State"), self.tr("Time left"), self.tr("Printing"),
            self.tr("Scanning"), self.tr("Valid until")])
        self.table.setAccessibleName(self.tr("Codes issued today"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.extend_button.setText(self.tr("+15 min on this code"))
        self.revoke_button.setText(self.tr("Cancel this code"))

    def _chosen(self, signal: Any) -> None:  # noqa: ANN401 - a bound Qt signal
        row = self.table.currentRow()
        if 0 <= row < len(self.codes):
            signal.emit(self.codes[row].id)

    def _update(self) -> None:
        row = self.table.currentRow()
        chosen = self.codes[row] if 0 <= row < len(self.codes) else None
        usable = chosen is not None and chosen.state in ("issued", "active", "exhausted")
        self.extend_button.setEnabled(usable)
        self.revoke_button.setEnabled(usable and chosen is not None
                                      and chosen.state != "exhausted")

    def show_codes(self, codes: list[CodeDetails], now: datetime, zone: ZoneInfo) -> None:
        today = now.astimezone(zone).date()
        chosen = self.table.currentRow()
        chosen_id = self.codes[chosen].id if 0 <= chosen < len(self.codes) else None
        self.codes = [code for code in codes if code.issued_at.astimezone(zone).date() == today]
        self.table.setRowCount(len(self.codes))
        for row, code in enumerate(self.codes):
            cells = (clock_text(code.issued_at, zone), code_state_text(code.state),
                     self.tr("%1 min").replace("%1", str(code.seconds_left // 60)),
                     f"{code.print_left}/{code.print_quota}",
                     f"{code.scan_left}/{code.scan_quota}", clock_text(code.valid_until, zone))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if code.id == chosen_id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._update()


class StationTile(QFrame):
    """A station of the board: its state, the time left, and what the desk can do."""

    act = Signal(int, str)  # station id, "extend" / "end" / "message"

    def __init__(self, station: BoardStation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setFrameShape(QFrame.Shape.Box)
        self.name = theme.set_role(QLabel(station.name, self), "lead")
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.extend = QPushButton(self.tr("+15 min"), self)
        self.end = QPushButton(self.tr("End"), self)
        self.message = QPushButton(self.tr("Message"), self)
        self.out_of_order = QPushButton(self.tr("Mark out of order"), self)
        self.back_in_order = QPushButton(self.tr("Back in order"), self)
        # Two to a row: each button says its whole words in a tile half the board wide.
        actions = QGridLayout()
        for index, (name, button) in enumerate((
                ("extend", self.extend), ("end", self.end), ("message", self.message),
                ("out_of_order", self.out_of_order), ("back_in_order", self.back_in_order))):
            button.clicked.connect(lambda _c=False, n=name: self.act.emit(self.station.id, n))
            actions.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.state)
        layout.addLayout(actions)
        self.setMinimumWidth(220)

    def show_state(self, station: BoardStation, now: datetime, zone: ZoneInfo) -> None:
        self.station = station
        self.name.setText(station.name)
        kind: str = station.state
        if station.state == "in_use" and station.ends_at is not None:
            minutes = max(0, int((station.ends_at - now).total_seconds() // 60))
            kind = "ending" if minutes < 5 else "in_use"
            text = self.tr("In use — %1 min left (until %2)").replace("%1", str(minutes)) \
                .replace("%2", clock_text(station.ends_at, zone))
        else:
            text = {"free": self.tr("Free"), "in_use": self.tr("In use"),
                    "offline": self.tr("Not answering"),
                    "out_of_order": self.tr("Out of order")}[station.state]
        if station.policy_behind and station.state != "out_of_order":
            # Said, not alarming: it takes the new list between two sessions by itself.
            text += "\n" + self.tr("Not on the new list of sites yet")
        self.state.setText(text)
        self.setAccessibleName(f"{station.name} : {text}")
        self.setStyleSheet(f"StationTile {{ background: {TILE_COLOURS[kind]}; "
                           f"border: 1px solid #929292; }}")
        in_use = station.state == "in_use"
        for button in (self.extend, self.end, self.message):
            button.setVisible(in_use)
        # A computer nobody uses can be taken out of order, and put back.
        self.out_of_order.setVisible(station.state in ("free", "offline"))
        self.back_in_order.setVisible(station.state == "out_of_order")


class RequestRow(QFrame):
    """"poste-3 asks for help (10 h 32)" with the answers the desk can give."""

    answer = Signal(int, str)  # request id, "coming" / "granted" / "refused"

    def __init__(self, request: HelpRequest, zone: ZoneInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        theme.set_tone(self, "warning")
        text = (self.tr("%1 asks for help (%2)") if request.need == "help"
                else self.tr("%1 asks for more time (%2)"))
        self.text = theme.set_role(QLabel(text.replace("%1", request.station).replace(
            "%2", clock_text(request.asked_at, zone)), self), "lead")
        self.text.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {
            "coming": QPushButton(self.tr("I am coming"), self)}
        if request.need == "more_time":
            self.buttons["granted"] = QPushButton(self.tr("Granted (+15 min)"), self)
            self.buttons["refused"] = QPushButton(self.tr("Refused"), self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        for name, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, n=name: self.answer.emit(self.request.id,
                                                                             n))
            layout.addWidget(button)
        self.setAccessibleName(self.text.text())


class BoardPanel(QWidget):
    act = Signal(int, str)
    answer = Signal(int, str)
    new_request = Signal()  # a guest asked for something the board did not show before

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = theme.set_role(QLabel(self), "title")
        self.summary = QLabel(self)
        self.alerts = QLabel(self)
        self.alerts.setWordWrap(True)
        theme.set_tone(self.alerts, "warning")
        self.alerts.hide()
        self.tiles: dict[int, StationTile] = {}
        self.requests: dict[int, RequestRow] = {}
        self._requests_layout = QVBoxLayout()
        holder = QWidget(self)
        self._grid = QGridLayout(holder)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self._holder = holder
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.alerts)
        layout.addLayout(self._requests_layout)
        self.line = WaitingLinePanel(self)
        layout.addWidget(self.line)
        layout.addWidget(scroll, 1)
        self.title.setText(self.tr("Computers"))

    def show_requests(self, requests: tuple[HelpRequest, ...], zone: ZoneInfo) -> None:
        waiting = {request.id: request for request in requests}
        for request_id in set(self.requests) - set(waiting):
            row = self.requests.pop(request_id)
            self._requests_layout.removeWidget(row)
            row.deleteLater()
        fresh = [request for request in requests if request.id not in self.requests]
        for request in fresh:
            row = RequestRow(request, zone, self)
            row.answer.connect(self.answer)
            self.requests[request.id] = row
            self._requests_layout.addWidget(row)
            row.show()
        if fresh:
            self.new_request.emit()

    def show_board(self, board: Board, now: datetime, zone: ZoneInfo) -> None:
        self.show_requests(board.requests, zone)
        self.line.show_tickets(board.tickets)
        seen = set()
        for index, station in enumerate(board.stations):
            seen.add(station.id)
            tile = self.tiles.get(station.id)
            if tile is None:
                tile = StationTile(station, self._holder)
                tile.act.connect(self.act)
                self.tiles[station.id] = tile
                self._grid.addWidget(tile, index // 2, index % 2)
                tile.show()  # added to a shown board: not shown until told
            tile.show_state(station, now, zone)
        for station_id in set(self.tiles) - seen:
            self.tiles.pop(station_id).deleteLater()
        if board.free:
            self.summary.setText(self.tr("%1 computer(s) free").replace("%1", str(board.free)))
        elif board.next_free_at is not None:
            self.summary.setText(self.tr("All computers are busy — the next one frees up "
                                         "at about %1").replace(
                "%1", clock_text(board.next_free_at, zone)))
        else:
            self.summary.setText(self.tr("No computer is free."))
        if board.alerts:
            alert = board.alerts[-1]
            self.alerts.setText(self.tr("Many wrong codes lately (%1), last at %2.")
                                .replace("%1", str(alert.get("failures", "?")))
                                .replace("%2", str(alert.get("station") or "?")))
        self.alerts.setVisible(bool(board.alerts))


class DeskWindow(QMainWindow):
    logged_in = Signal()
    board_shown = Signal()

    def __init__(self, client: DeskClient, settings: DeskSettings, *,
                 on_login: Callable[[Login], None] | None = None,
                 on_logout: Callable[[], None] | None = None,
                 clock: Callable[[], datetime] = utc_now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.settings = settings
        self.clock = clock
        self.place_name = ""
        self._on_login = on_login
        self._on_logout = on_logout
        self.store_away = False
        self.latest_board: Board | None = None
        self.pages = QStackedWidget(self)
        self.login_page = LoginPage(self.pages)
        main = QWidget(self.pages)
        self.banner = QLabel(main)
        self.banner.setWordWrap(True)
        theme.set_tone(self.banner, "warning")
        self.banner.hide()
        self.place = theme.set_role(QLabel(main), "lead")
        self.notice = QLabel(main)
        self.notice.setWordWrap(True)
        self.left = QTabWidget(main)
        self.codes = CodesPanel(settings, self.left)
        self.today = TodayCodes(self.left)
        self.left.addTab(self.codes, "")
        self.left.addTab(self.today, "")
        self.printers = PrintersPanel()
        # Scrolled when the printer's advice runs long: nothing is cut.
        printers_page = self.printers_page = QScrollArea(self.left)
        printers_page.setWidgetResizable(True)
        printers_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        printers_page.setWidget(self.printers)
        self.left.addTab(printers_page, "")
        self.board = BoardPanel(main)
        self.turned_away = QPushButton(main)
        self.logout_button = QPushButton(main)
        top = QHBoxLayout()
        top.addWidget(self.place)
        top.addWidget(self.notice, 1)
        top.addWidget(self.turned_away)
        top.addWidget(self.logout_button)
        columns = QHBoxLayout()
        columns.addWidget(self.left, 1)
        columns.addWidget(self.board, 1)
        layout = QVBoxLayout(main)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        self.main = main
        self.pages.addWidget(self.login_page)
        self.pages.addWidget(main)
        self.setCentralWidget(self.pages)
        self.timer = QTimer(self)
        self.timer.setInterval(BOARD_SECONDS * 1000)
        self.timer.timeout.connect(self.refresh_board)
        self._board_pending = False
        self.login_page.submitted.connect(self._log_in)
        self.codes.issue.connect(self._issue)
        self.codes.look_up.connect(self._look_up)
        self.board.act.connect(self._act)
        self.board.answer.connect(self._answer)
        self.board.line.take.connect(self._take_ticket)
        self.board.line.serve.connect(self._serve_ticket)
        self.board.line.gone.connect(lambda ticket: self._finish_ticket(ticket, "gone"))
        self._calling: set[int] = set()  # tickets being called: not called twice
        self.waiting_room: WaitingRoomDisplay | None = None
        self.chime = Chime()
        self.board.new_request.connect(self._call_attention)
        self.today.refresh.connect(self.refresh_codes)
        self.today.extend.connect(self._extend_code)
        self.today.revoke.connect(self._revoke_code)
        self.left.currentChanged.connect(self._tab_chosen)
        self.printers.printer_action.connect(self._printer_action)
        self.printers.job_action.connect(self._job_action)
        self.printers_timer = QTimer(self)
        self.printers_timer.setInterval(PRINTERS_SECONDS * 1000)
        self.printers_timer.timeout.connect(self.refresh_printers)
        self.turned_away.clicked.connect(self._turned_away)
        self.logout_button.clicked.connect(self.log_out)
        self.retranslate()

    def _run(self, work: Callable[[], Any], on_success: Callable[[Any], None],
             on_failure: Callable[[BaseException], None]) -> None:
        """Off the GUI thread; the answer dropped if this window has gone meanwhile."""
        run_in_background(work, on_success, on_failure, owner=self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reception desk"))
        self.turned_away.setText(self.tr("Person not received"))
        self.turned_away.setAccessibleName(self.tr("Person not received: count one person "
                                                   "turned away"))
        self.logout_button.setText(self.tr("Log out"))
        self.left.setTabText(0, self.tr("New code"))
        self.left.setTabText(1, self.tr("Today's codes"))
        self.left.setTabText(2, self.tr("Printers"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def use_site_settings(self, desk: dict[str, Any] | None) -> None:
        """What the store says the desk offers at this site, where this desk's own command
        line did not say otherwise."""
        if not desk:
            return
        fixed = self.settings.fixed
        if "durations" not in fixed and desk.get("durations"):
            self.settings.durations = tuple(int(m) for m in desk["durations"])
            self.codes.set_durations(self.settings.durations)
        if "print_quota" not in fixed and "print_quota" in desk:
            self.settings.print_quota = int(desk["print_quota"])
            self.codes.print_pages.setValue(self.settings.print_quota)
        if "scan_quota" not in fixed and "scan_quota" in desk:
            self.settings.scan_quota = int(desk["scan_quota"])
            self.codes.scan_pages.setValue(self.settings.scan_quota)
        if "hold_minutes" not in fixed and "hold_minutes" in desk:
            self.settings.hold_minutes = int(desk["hold_minutes"])

    # -- log-in ---------------------------------------------------------------------------

    def start(self, *, logged_in: bool, place_name: str = "") -> None:
        """Show the board at once with a kept token, else the log-in page."""
        if logged_in:
            self.place_name = place_name
            self._show_main()
        else:
            self.pages.setCurrentWidget(self.login_page)

    def _log_in(self, login: str, password: str) -> None:
        self._run(lambda: self.client.login(login, password), self._logged_in,
                          self._login_failed)

    def _logged_in(self, login: Login) -> None:
        self.place_name = login.site_name or login.site or ""
        self.use_site_settings(login.desk)
        self.login_page.password.clear()
        self.login_page.button.setEnabled(True)
        self.login_page.message.clear()
        if self._on_login is not None:
            self._on_login(login)
        self._show_main()
        self.logged_in.emit()

    def _login_failed(self, error: BaseException) -> None:
        if isinstance(error, StoreRefusal) and error.status in (401, 403):
            self.login_page.refused(self.tr("Wrong login or password, or account disabled."))
        elif isinstance(error, StoreRefusal) and error.code == "rate-limited":
            self.login_page.refused(self.tr("Too many attempts. Wait a minute, then try "
                                            "again."))
        else:
            self.login_page.refused(self.tr("The server does not answer. Check the network, "
                                            "then try again."))

    def _show_main(self) -> None:
        self.pages.setCurrentWidget(self.main)
        self.place.setText(self.place_name)
        self.notice.clear()
        self.refresh_board()
        self.timer.start()

    def log_out(self) -> None:
        self.timer.stop()
        client = self.client
        self._run(client.logout, lambda _done: None, lambda _error: None)
        if self._on_logout is not None:
            self._on_logout()
        self.login_page.message.setText(self.tr("You are logged out."))
        self.pages.setCurrentWidget(self.login_page)

    def _session_over(self) -> None:
        self.timer.stop()
        if self._on_logout is not None:
            self._on_logout()
        self.login_page.refused(self.tr("Your log-in has expired or your account was "
                                        "disabled. Log in again."))
        self.pages.setCurrentWidget(self.login_page)

    # -- the store away -------------------------------------------------------------------

    def _failed(self, error: BaseException, what: str) -> bool:
        """Handle a failure common to every call; True when it was the store's absence."""
        if isinstance(error, StoreRefusal) and error.status == 401:
            self._session_over()
            return False
        if isinstance(error, StoreUnavailable):
            self.store_away = True
            self.banner.setText(self.tr("The server does not answer: %1. The desk tries "
                                        "again by itself every few seconds.").replace(
                "%1", what))
            self.banner.show()
            return True
        log.warning("%s failed: %s", what, type(error).__name__)
        return False

    def _back(self) -> None:
        if self.store_away:
            self.store_away = False
            self.banner.hide()

    # -- the board ------------------------------------------------------------------------

    def refresh_board(self) -> None:
        if self._board_pending:
            return  # the previous request is still on its way: the store is slow
        self._board_pending = True
        self._run(self.client.board, self._board_arrived, self._board_failed)

    def _board_arrived(self, board: Board) -> None:
        self._board_pending = False
        self._back()
        self.latest_board = board
        self.board.show_board(board, self.clock(), self.settings.zone)
        self.board.line.show_holds(self.clock(), self.settings.hold_minutes)
        if self.waiting_room is not None:
            self.waiting_room.show_board(board)
        self._call_free_computers(board)
        self.board_shown.emit()

    def open_waiting_room(self) -> WaitingRoomDisplay:
        """The waiting room's screen, full screen on the second monitor when there is one."""
        if self.waiting_room is None:
            self.waiting_room = WaitingRoomDisplay()
            screens = QApplication.screens()
            if len(screens) > 1:
                self.waiting_room.setScreen(screens[1])
                self.waiting_room.setGeometry(screens[1].geometry())
                self.waiting_room.showFullScreen()
            else:
                self.waiting_room.resize(1280, 720)
                self.waiting_room.show()
            if self.latest_board is not None:
                self.waiting_room.show_board(self.latest_board)
        return self.waiting_room

    # -- the waiting line -----------------------------------------------------------------

    def _call_free_computers(self, board: Board) -> None:
        """A computer that is free and held for no ticket is called for the oldest one; a
        ticket whose holder did not come within the hold time is gone (counted as not
        received), and its computer goes to the next."""
        hold = timedelta(minutes=self.settings.hold_minutes)
        now = self.clock()
        for ticket in board.tickets:
            if ticket.state == "called" and ticket.called_at is not None \
                    and now - ticket.called_at > hold and ticket.id not in self._calling:
                self._calling.add(ticket.id)
                self._finish_ticket(ticket.id, "gone")
        held = {t.station_id for t in board.tickets if t.state == "called"}
        free = [s for s in board.stations if s.state == "free" and s.id not in held]
        waiting = [t for t in board.tickets if t.state == "waiting"
                   and t.id not in self._calling]
        for station, ticket in zip(free, waiting, strict=False):
            self._call(ticket.id, station.id)

    def _call(self, ticket_id: int, station_id: int) -> None:
        self._calling.add(ticket_id)

        def called(_ticket: LineTicket) -> None:
            self._calling.discard(ticket_id)
            self.refresh_board()

        def failed(error: BaseException) -> None:
            self._calling.discard(ticket_id)
            self._failed(error, self.tr("the next ticket was not called"))

        self._run(lambda: self.client.call_ticket(ticket_id, station_id), called,
                          failed)

    def _take_ticket(self) -> None:
        def taken(ticket: LineTicket) -> None:
            self._back()
            self.board.line.show_issued(ticket)
            if self.settings.printer is not None and self.codes.print_slip.isChecked():
                self._print_ticket(ticket)
            self.refresh_board()

        def failed(error: BaseException) -> None:
            self._failed(error, self.tr("no ticket was given"))

        self._run(self.client.take_ticket, taken, failed)

    def _print_ticket(self, ticket: LineTicket) -> None:
        printer = self.settings.printer
        assert printer is not None
        folder = Path(tempfile.mkdtemp(prefix="kiosk-ticket-"))
        document = write_ticket(ticket.number, ticket.estimated_minutes, self.place_name,
                                folder / "ticket.pdf", layout=self.settings.slip_format)

        def send() -> int:
            try:
                return printer.submit(PrintRequest(document, (1,), 1))
            finally:
                shutil.rmtree(folder, ignore_errors=True)

        self._run(send, lambda _job: None,
                          lambda error: log.warning("printing a ticket failed: %s", error))

    def _serve_ticket(self, ticket_id: int) -> None:
        """The ticket's holder is at the desk: a code of the first duration (and its slip),
        and the ticket served."""
        self.left.setCurrentWidget(self.codes)
        # Served only once the code exists: with the store away, the ticket keeps its place.
        self._issue(self.settings.durations[0], 1, self.codes.print_pages.value(),
                    self.codes.scan_pages.value(),
                    then=lambda: self._finish_ticket(ticket_id, "served"))

    def _finish_ticket(self, ticket_id: int, outcome: Any) -> None:  # noqa: ANN401
        def done(_ticket: LineTicket) -> None:
            self._back()
            self._calling.discard(ticket_id)
            if outcome == "gone":
                self.notice.setText(self.tr("Counted: one person not received."))
            self.refresh_board()

        def failed(error: BaseException) -> None:
            self._calling.discard(ticket_id)
            if not self._failed(error, self.tr("the ticket was not updated")):
                self.refresh_board()

        self._run(lambda: self.client.finish_ticket(ticket_id, outcome), done, failed)

    def _board_failed(self, error: BaseException) -> None:
        self._board_pending = False
        self._failed(error, self.tr("the board is not up to date"))

    def _act(self, station_id: int, action: str) -> None:
        tile = self.board.tiles.get(station_id)
        name = tile.station.name if tile else str(station_id)
        if action == "end":
            answer = QMessageBox.question(
                self, self.tr("End the session"),
                self.tr("End the session on %1 now? Everything on it will be erased.")
                .replace("%1", name))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._send(station_id, "end_session")
        elif action == "extend":
            self._send(station_id, "extend", minutes=15)
        elif action == "message":
            text, ok = QInputDialog.getText(self, self.tr("Message"), self.tr(
                "Message for the person on %1:").replace("%1", name))
            if ok and text.strip():
                self._send(station_id, "message", text=text.strip())
        elif action in ("out_of_order", "back_in_order"):
            broken = action == "out_of_order"

            def marked(_done: object) -> None:
                self._back()
                said = (self.tr("%1 is out of order.") if broken
                        else self.tr("%1 is back in order."))
                self.notice.setText(said.replace("%1", name))
                self.refresh_board()

            def failed(error: BaseException) -> None:
                self._failed(error, self.tr("the computer was not changed"))

            self._run(lambda: self.client.set_out_of_order(station_id, broken),
                              marked, failed)

    def _call_attention(self) -> None:
        """A guest is waiting for the reception: heard, and seen in the task bar."""
        self.chime.play()
        QApplication.alert(self)

    def _answer(self, request_id: int, answer: Any) -> None:  # noqa: ANN401 - a literal
        row = self.board.requests.get(request_id)
        if row is not None:
            for button in row.buttons.values():
                button.setEnabled(False)

        def answered(_done: object) -> None:
            self._back()
            self.notice.setText(self.tr("Answer sent: the guest sees it within 10 seconds."))
            self.refresh_board()

        def failed(error: BaseException) -> None:
            if row is not None:
                for button in row.buttons.values():
                    button.setEnabled(True)
            if isinstance(error, StoreRefusal) and error.code == "help-request-answered":
                self.notice.setText(self.tr("Someone has already answered this request."))
                self.refresh_board()
            elif not self._failed(error, self.tr("the answer was not sent")):
                self.notice.setText(self.tr("The answer was refused."))

        minutes = 15 if answer == "granted" else None
        self._run(lambda: self.client.answer_help(request_id, answer, minutes),
                          answered, failed)

    def _send(self, station_id: int, kind: Any, **values: Any) -> None:  # noqa: ANN401
        def sent(_command: int) -> None:
            self._back()
            self.notice.setText(self.tr("Sent: the computer receives it within 10 seconds."))
            self.refresh_board()

        def failed(error: BaseException) -> None:
            if not self._failed(error, self.tr("the command was not sent")):
                self.notice.setText(self.tr("The command was refused."))

        self._run(lambda: self.client.command(station_id, kind, **values), sent,
                          failed)

    # -- codes ----------------------------------------------------------------------------

    def _issue(self, minutes: int, count: int, print_pages: int, scan_pages: int,
               then: Callable[[], None] | None = None) -> None:
        """Issue codes (and print their slips); `then` once the store has made them."""
        def issued(codes: list[IssuedCode]) -> None:
            self._back()
            self.codes.show_issued(codes, self.settings.zone)
            if self.codes.print_slip.isChecked() and self.settings.printer is not None:
                self._print_slips(codes)
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            self.codes.set_busy(busy=False)
            if not self._failed(error, self.tr("no code was made")):
                self.codes.issued_details.setText(self.tr("The store refused: %1").replace(
                    "%1", getattr(error, "detail", "") or type(error).__name__))

        self._run(lambda: self.client.issue_codes(
            minutes=minutes, count=count, print_quota=print_pages, scan_quota=scan_pages),
            issued, failed)

    def _print_slips(self, codes: list[IssuedCode]) -> None:
        printer = self.settings.printer
        assert printer is not None
        slips = [Slip(item.code, item.details.minutes_total, item.details.print_quota,
                      item.details.scan_quota, item.details.valid_until, self.place_name)
                 for item in codes]
        folder = Path(tempfile.mkdtemp(prefix="kiosk-slips-"))
        document = write_slips(slips, folder / "slips.pdf", layout=self.settings.slip_format,
                               zone=self.settings.zone, today=self.clock())

        def send() -> int:
            pages = tuple(range(1, 1 + _pages(len(slips), self.settings.slip_format)))
            try:
                return printer.submit(PrintRequest(document, pages, 1))
            finally:
                # The codes are secrets: once CUPS has the job, no copy stays on this disk.
                shutil.rmtree(folder, ignore_errors=True)

        def sent(_job: int) -> None:
            self.notice.setText(self.tr("The slip went to the printer %1.").replace(
                "%1", printer.queue))

        def failed(error: BaseException) -> None:
            log.warning("printing slips failed: %s", error)
            self.notice.setText(self.tr("The slip could not be printed (%1): read the code "
                                        "on screen to the person.").replace("%1",
                                                                            printer.queue))

        self._run(send, sent, failed)

    def _tab_chosen(self, index: int) -> None:
        chosen = self.left.widget(index)
        if chosen is self.today:
            self.refresh_codes()
        if chosen is self.printers_page:
            self.refresh_printers()
            self.printers_timer.start()
        else:
            self.printers_timer.stop()

    # -- printers -------------------------------------------------------------------------

    def refresh_printers(self) -> None:
        server = self.settings.cups_server

        def arrived(printers: list[PrinterInfo]) -> None:
            self.printers.show_printers(printers, self.clock())

        def failed(error: BaseException) -> None:
            log.warning("listing printers failed: %s", error)
            self.printers.state.setText(self.tr("The print server does not answer (%1). The "
                                                "desk tries again by itself.").replace(
                "%1", server or self.tr("this computer")))

        self._run(lambda: printcare.printers(server), arrived, failed)

    def _printer_action(self, queue: str, action: Any) -> None:  # noqa: ANN401 - a literal
        server = self.settings.cups_server
        self._care(lambda: printcare.printer_action(server, queue, action),
                   action, queue, None)

    def _job_action(self, job: int, queue: str, action: Any) -> None:  # noqa: ANN401
        server = self.settings.cups_server
        self._care(lambda: printcare.job_action(server, job, action),
                   f"{action}_job", queue, job)

    def _care(self, work: Callable[[], None], action: str, queue: str,
              job: int | None) -> None:
        def done(_result: object) -> None:
            self.notice.setText(self.tr("Done on %1.").replace("%1", queue))
            self.refresh_printers()
            # Who did what to which printer, kept by the store (a failure there loses no
            # fix: the printer is already seen to).
            self._run(lambda: self.client.printer_care(action, queue, job),
                              lambda _ok: None,
                              lambda error: log.warning("auditing a printer fix failed: %s",
                                                        type(error).__name__))

        def failed(error: BaseException) -> None:
            log.warning("printer fix failed: %s", error)
            self.notice.setText(self.tr("The print server refused or does not answer: "
                                        "nothing was changed on %1.").replace("%1", queue))
            self.refresh_printers()

        self._run(work, done, failed)

    def refresh_codes(self) -> None:
        def failed(error: BaseException) -> None:
            self._failed(error, self.tr("the codes are not up to date"))

        def arrived(codes: list[CodeDetails]) -> None:
            self._back()
            self.today.show_codes(codes, self.clock(), self.settings.zone)

        self._run(self.client.codes, arrived, failed)

    def _extend_code(self, code_id: int) -> None:
        self._change_code(lambda: self.client.extend_code(code_id, 15),
                          self.tr("15 minutes added to the code."))

    def _revoke_code(self, code_id: int) -> None:
        answer = QMessageBox.question(self, self.tr("Cancel the code"), self.tr(
            "Cancel this code? It will not open a session any more."))
        if answer == QMessageBox.StandardButton.Yes:
            self._change_code(lambda: self.client.revoke(code_id),
                              self.tr("The code is cancelled."))

    def _change_code(self, work: Callable[[], CodeDetails], done: str) -> None:
        def changed(_details: CodeDetails) -> None:
            self._back()
            self.notice.setText(done)
            self.refresh_codes()

        def failed(error: BaseException) -> None:
            if not self._failed(error, self.tr("the code was not changed")):
                self.notice.setText(self.tr("The store refused to change this code."))

        self._run(work, changed, failed)

    def _look_up(self, code: str) -> None:
        def failed(error: BaseException) -> None:
            if isinstance(error, StoreRefusal) and error.status in (400, 404, 422):
                self.codes.lookup_answer.setText(self.tr("This code does not exist here."))
            elif not self._failed(error, self.tr("the code was not looked up")):
                self.codes.lookup_answer.setText(self.tr("The code could not be looked up."))

        self._run(lambda: self.client.lookup(code),
                          lambda details: self.codes.show_lookup(details, self.settings.zone),
                          failed)

    def _turned_away(self) -> None:
        def counted(_done: object) -> None:
            self._back()
            self.notice.setText(self.tr("Counted: one person not received."))

        def failed(error: BaseException) -> None:
            self._failed(error, self.tr("the person was not counted, click again"))

        self._run(self.client.turned_away, counted, failed)


def _pages(slips: int, layout: SlipFormat) -> int:
    per_page = 1 if layout == "receipt" else 8
    return -(-slips // per_page)
