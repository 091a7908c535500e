"""The waiting line at the desk, and its screen in the waiting room.

When every computer is busy the reception hands out a numbered ticket instead of a code. A
computer that frees up is called for the oldest ticket at once (the desk does it when the
board shows it free); the ticket's holder then gets a code, or is counted as not received.
The waiting-room screen shows numbers only, in very large type: the ticket called and its
computer, the computers free, the wait of the next ticket.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.desk.client import Board, LineTicket
from kiosk.shell import theme


class TicketRow(QFrame):
    serve = Signal(int)  # ticket id: give its holder a code
    gone = Signal(int)

    def __init__(self, ticket: LineTicket, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticket = ticket
        self.text = theme.set_role(QLabel(self), "lead")
        self.text.setWordWrap(True)
        self.serve_button = QPushButton(self.tr("Give the code"), self)
        theme.set_kind(self.serve_button, "primary")
        self.gone_button = QPushButton(self.tr("Person gone"), self)
        self.serve_button.clicked.connect(lambda: self.serve.emit(self.ticket.id))
        self.gone_button.clicked.connect(lambda: self.gone.emit(self.ticket.id))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.serve_button)
        layout.addWidget(self.gone_button)
        self.show_ticket(ticket)

    def show_ticket(self, ticket: LineTicket) -> None:
        self.ticket = ticket
        if ticket.state == "called":
            theme.set_tone(self, "success")
            text = self.tr("Ticket %1 → %2").replace("%1", str(ticket.number)).replace(
                "%2", ticket.station or "?")
        else:
            theme.set_tone(self, "info")
            wait = (self.tr("about %1 min").replace("%1", str(ticket.estimated_minutes))
                    if ticket.estimated_minutes is not None else self.tr("wait unknown"))
            text = self.tr("Ticket %1 — waiting, %2").replace("%1", str(ticket.number)) \
                .replace("%2", wait)
        self.text.setText(text)
        self.setAccessibleName(text)
        self.serve_button.setVisible(ticket.state == "called")


class WaitingLinePanel(QWidget):
    take = Signal()
    serve = Signal(int)
    gone = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = theme.set_role(QLabel(self.tr("Waiting line"), self), "lead")
        self.take_button = QPushButton(self.tr("Give a ticket"), self)
        self.take_button.setAccessibleName(self.tr("Give a ticket: every computer is busy"))
        self.issued = QLabel(self)
        self.issued.setWordWrap(True)
        self.rows: dict[int, TicketRow] = {}
        self._rows = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.issued)
        layout.addLayout(self._rows)
        self.issued.hide()
        self.take_button.clicked.connect(self.take)

    def show_tickets(self, tickets: tuple[LineTicket, ...]) -> None:
        current = {ticket.id: ticket for ticket in tickets}
        for ticket_id in set(self.rows) - set(current):
            row = self.rows.pop(ticket_id)
            self._rows.removeWidget(row)
            row.deleteLater()
        for ticket in tickets:
            known = self.rows.get(ticket.id)
            if known is not None:
                known.show_ticket(ticket)
                continue
            row = TicketRow(ticket, self)
            row.serve.connect(self.serve)
            row.gone.connect(self.gone)
            self.rows[ticket.id] = row
            self._rows.addWidget(row)
            row.show()  # added to a shown panel: not shown until told

    def show_holds(self, now: datetime, hold_minutes: int) -> None:
        """How long each called computer still waits for its ticket's holder."""
        for row in self.rows.values():
            ticket = row.ticket
            if ticket.state == "called" and ticket.called_at is not None:
                left = hold_minutes - int((now - ticket.called_at).total_seconds() // 60)
                text = self.tr("Ticket %1 → %2 (kept %3 min more)").replace(
                    "%1", str(ticket.number)).replace("%2", ticket.station or "?").replace(
                    "%3", str(max(left, 0)))
                row.text.setText(text)
                row.setAccessibleName(text)

    def show_issued(self, ticket: LineTicket) -> None:
        wait = (self.tr("about %1 min").replace("%1", str(ticket.estimated_minutes))
                if ticket.estimated_minutes is not None else self.tr("wait unknown"))
        self.issued.setText(self.tr("Ticket %1 given: %2.").replace(
            "%1", str(ticket.number)).replace("%2", wait))
        self.issued.show()


class WaitingRoomDisplay(QWidget):
    """"Affichage salle d'attente": for a TV or a second monitor, numbers only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingRoom")
        self.setStyleSheet(
            "QWidget#waitingRoom { background: #000091; } "
            "QWidget#waitingRoom QLabel { color: white; background: transparent; }")
        self.called_title = QLabel(self)
        self.called = QLabel(self)
        self.free = QLabel(self)
        self.next_wait = QLabel(self)
        sizes = ((self.called_title, 48), (self.called, 120), (self.free, 56),
                 (self.next_wait, 56))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label, size in sizes:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet(f"QLabel {{ font-size: {size}px; font-weight: bold; }}")
            layout.addWidget(label)
            layout.addStretch(1)
        self.setWindowTitle(self.tr("Waiting room"))
        self.show_board(None)

    def show_board(self, board: Board | None) -> None:
        called = [t for t in (board.tickets if board else ()) if t.state == "called"]
        waiting = [t for t in (board.tickets if board else ()) if t.state == "waiting"]
        if called:
            last = called[-1]
            self.called_title.setText(self.tr("Ticket called"))
            self.called.setText(self.tr("%1 → %2").replace("%1", str(last.number)).replace(
                "%2", last.station or ""))
        else:
            self.called_title.setText(self.tr("Welcome"))
            self.called.setText("")
        # A computer called for a ticket is not free for anyone else.
        free = max(0, board.free - len(called)) if board else 0
        self.free.setText(self.tr("Computers free: %1").replace("%1", str(free)))
        if waiting and waiting[0].estimated_minutes is not None:
            self.next_wait.setText(self.tr("Next ticket (%1): about %2 min").replace(
                "%1", str(waiting[0].number)).replace("%2", str(waiting[0].estimated_minutes)))
        elif waiting:
            self.next_wait.setText(self.tr("Next ticket: %1").replace(
                "%1", str(waiting[0].number)))
        else:
            self.next_wait.setText("")
        self.setAccessibleName(" ".join(label.text() for label in
                                        (self.called_title, self.called, self.free,
                                         self.next_wait)))
