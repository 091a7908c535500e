"""The desk's printers tab: every printer of the site with what is wrong and what to do, its
waiting jobs, and the fixes in one click each."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.printcare import PrinterInfo
from kiosk.shell import theme


class PrintersPanel(QWidget):
    printer_action = Signal(str, str)  # queue, resume / accept / test_page / cancel_all
    job_action = Signal(int, str, str)  # job id, queue, cancel / hold / release
    refresh = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printers: list[PrinterInfo] = []
        self.list = QListWidget(self)
        self.state = theme.set_role(QLabel(self), "lead")
        self.state.setWordWrap(True)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.printer_buttons = {name: QPushButton(self) for name in
                                ("resume", "accept", "test_page", "cancel_all")}
        self.jobs = QTableWidget(0, 4, self)
        self.jobs.setMinimumHeight(theme.target() * 3)
        self.jobs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jobs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobs.verticalHeader().hide()
        self.jobs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.job_buttons = {name: QPushButton(self) for name in ("cancel", "hold", "release")}
        # Two by two: each says its whole words in the desk's narrow column.
        top = QGridLayout()
        for index, button in enumerate(self.printer_buttons.values()):
            top.addWidget(button, index // 2, index % 2)
        bottom = QHBoxLayout()  # three short words
        for button in self.job_buttons.values():
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.state)
        layout.addWidget(self.advice)
        layout.addLayout(top)
        layout.addWidget(self.jobs, 1)
        layout.addLayout(bottom)
        self.list.setMaximumHeight(theme.target() * 3)
        self.list.currentRowChanged.connect(lambda _row: self._show_chosen())
        self.jobs.itemSelectionChanged.connect(self._update_job_buttons)
        for name, button in self.printer_buttons.items():
            button.clicked.connect(lambda _c=False, n=name: self._printer_action(n))
        for name, button in self.job_buttons.items():
            button.clicked.connect(lambda _c=False, n=name: self._job_action(n))
        self.retranslate()
        self._show_chosen()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        # Wrapped sentences as tall as they need at the panel's width (a box layout gives a
        # label the height of one line otherwise).
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        for label in (self.state, self.advice):
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)
        layout.activate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Printers"))
        self.printer_buttons["resume"].setText(self.tr("Resume the printer"))
        self.printer_buttons["accept"].setText(self.tr("Accept jobs again"))
        self.printer_buttons["test_page"].setText(self.tr("Test page"))
        self.printer_buttons["cancel_all"].setText(self.tr("Cancel all"))
        self.jobs.setHorizontalHeaderLabels([self.tr("Job"), self.tr("Computer"),
                                             self.tr("Waiting since"), self.tr("State")])
        self.jobs.setAccessibleName(self.tr("Jobs waiting"))
        self.job_buttons["cancel"].setText(self.tr("Cancel this job"))
        self.job_buttons["hold"].setText(self.tr("Hold"))
        self.job_buttons["release"].setText(self.tr("Release"))

    def chosen(self) -> PrinterInfo | None:
        row = self.list.currentRow()
        return self.printers[row] if 0 <= row < len(self.printers) else None

    def show_printers(self, printers: list[PrinterInfo], now: datetime) -> None:
        chosen = self.chosen()
        self.printers = printers
        self._now = now
        self.list.clear()
        for info in printers:
            mark = "✓" if info.status.can_print else "⚠"
            self.list.addItem(f"{mark} {info.queue} — {info.status.headline}")
        names = [info.queue for info in printers]
        row = names.index(chosen.queue) if chosen and chosen.queue in names else 0
        if printers:
            self.list.setCurrentRow(row)
        self._show_chosen()

    def _show_chosen(self) -> None:
        info = self.chosen()
        for button in self.printer_buttons.values():
            button.setEnabled(info is not None)
        if info is None:
            self.state.setText(self.tr("No printer found on the print server."))
            self.advice.clear()
            self.jobs.setRowCount(0)
            self._update_job_buttons()
            return
        theme.set_tone(self.state, "success" if info.status.can_print else "error")
        self.state.setText(f"{info.queue} : {info.status.headline}")
        self.advice.setText("\n".join(info.status.advice))
        self._fit_labels()
        self.jobs.setRowCount(len(info.jobs))
        now = getattr(self, "_now", None)
        for row, job in enumerate(info.jobs):
            waited = (self.tr("%1 min").replace("%1", str(int(
                (now - job.created_at).total_seconds() // 60)))
                if now is not None and job.created_at is not None else "")
            cells = (str(job.id), job.station or "—", waited,
                     self.tr("held") if job.held else self.tr("waiting"))
            for column, text in enumerate(cells):
                self.jobs.setItem(row, column, QTableWidgetItem(text))
        self._update_job_buttons()

    def chosen_job(self) -> int | None:
        info = self.chosen()
        row = self.jobs.currentRow()
        if info is None or not 0 <= row < len(info.jobs):
            return None
        return info.jobs[row].id

    def _update_job_buttons(self) -> None:
        info = self.chosen()
        row = self.jobs.currentRow()
        job = info.jobs[row] if info is not None and 0 <= row < len(info.jobs) else None
        self.job_buttons["cancel"].setEnabled(job is not None)
        self.job_buttons["hold"].setEnabled(job is not None and not job.held)
        self.job_buttons["release"].setEnabled(job is not None and job.held)

    def _printer_action(self, action: str) -> None:
        info = self.chosen()
        if info is not None:
            self.printer_action.emit(info.queue, action)

    def _job_action(self, action: str) -> None:
        info, job = self.chosen(), self.chosen_job()
        if info is not None and job is not None:
            self.job_action.emit(job, info.queue, action)
