"""The print preview: the pages, which ones, how many copies, and the cost against the quota
in plain words ("3 pages — il vous en restera 7"), before anything is sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from kiosk.core.metering import MAX_COPIES, PageSelectionError, parse_page_selection, print_cost
from kiosk.core.printer_status import PrinterStatus
from kiosk.shell import theme
from kiosk.shell.dialogs import ShellDialog, panel_layout
from kiosk.shell.printer_texts import guest_status_text

THUMBNAIL = QSize(99, 140)
MAX_THUMBNAILS = 60  # a long document shows its first pages; all of them still print


class PrintDialog(ShellDialog):
    def __init__(self, document: Path, *, pages_left: int, status: PrinterStatus | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.pages_left = pages_left
        self.pdf = QPdfDocument(self)
        self.pdf.load(str(document))
        self.page_count = self.pdf.pageCount()
        self.chosen: tuple[int, ...] = ()
        self.title = theme.set_role(QLabel(self.tr("Print"), self), "title")
        self.previews = QListWidget(self)
        self.previews.setViewMode(QListView.ViewMode.IconMode)
        self.previews.setIconSize(THUMBNAIL)
        self.previews.setFlow(QListView.Flow.LeftToRight)
        self.previews.setWrapping(False)
        # As tall as a row of thumbnails with their numbers, less on a short screen (the
        # panel must fit 768 pixels with a printer problem said above): it scrolls then.
        self.previews.setMaximumHeight(THUMBNAIL.height() + theme.space(9))
        self.previews.setMinimumHeight(THUMBNAIL.height() // 2 + theme.space(4))
        self.previews.setSizePolicy(QSizePolicy.Policy.Expanding,
                                    QSizePolicy.Policy.Preferred)
        self.previews.setAccessibleName(self.tr("Pages of the document"))
        for index in range(min(self.page_count, MAX_THUMBNAILS)):
            image = self.pdf.render(index, THUMBNAIL)
            QListWidgetItem(QIcon(QPixmap.fromImage(image)), str(index + 1), self.previews)
        self.all_pages = QRadioButton(self.tr("All pages (%1)").replace(
            "%1", str(self.page_count)), self)
        self.some_pages = QRadioButton(self.tr("Only these pages:"), self)
        self.all_pages.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_pages)
        group.addButton(self.some_pages)
        self.page_field = QLineEdit(self)
        self.page_field.setPlaceholderText(self.tr("for example 1-3, 5"))
        self.page_field.setAccessibleName(self.tr("Pages to print"))
        self.copies = QSpinBox(self)
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setAccessibleName(self.tr("Number of copies"))
        self.copies.setMinimumWidth(theme.space(20))  # the figure beside two large arrows
        self.copies.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cost = QLabel(self)
        self.cost.setWordWrap(True)
        self.printer_problem = QLabel(self)
        self.printer_problem.setWordWrap(True)
        theme.set_tone(self.printer_problem, "error")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.print_button = QPushButton(self.tr("Print"), self)
        self.print_button.setDefault(True)
        theme.set_kind(self.print_button, "primary")
        pages_row = QHBoxLayout()
        pages_row.addWidget(self.some_pages)
        pages_row.addWidget(self.page_field, 1)
        copies_row = QHBoxLayout()
        copies_label = QLabel(self.tr("Copies:"), self)
        copies_label.setBuddy(self.copies)
        copies_row.addWidget(copies_label)
        copies_row.addWidget(self.copies)
        copies_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.print_button)
        layout = panel_layout(self)
        for widget in (self.title, self.printer_problem, self.previews, self.all_pages):
            layout.addWidget(widget)
        layout.addLayout(pages_row)
        layout.addLayout(copies_row)
        layout.addWidget(self.cost)
        layout.addLayout(buttons)
        self.setMinimumWidth(min(760, theme.space(95)))
        self.printer_ok = status is None or status.can_print
        if status is not None and not status.can_print:
            problem = "\n".join(guest_status_text(status))
            self.printer_problem.setText(problem)
            self.printer_problem.setAccessibleName(problem)
        else:
            self.printer_problem.hide()
        self.cancel_button.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.accept)
        self.page_field.textEdited.connect(lambda _text: self.some_pages.setChecked(True))
        for signal in (self.page_field.textChanged, self.copies.valueChanged,
                       self.all_pages.toggled):
            signal.connect(self.update_cost)
        self.update_cost()

    def update_cost(self) -> None:
        """Say what the choice costs, and allow printing only when it can be done."""
        self.chosen = ()
        if self.page_count < 1:
            self._refuse(self.tr("This document cannot be read, so it cannot be printed."))
            return
        try:
            chosen = parse_page_selection(
                self.page_field.text() if self.some_pages.isChecked() else "", self.page_count)
        except PageSelectionError as error:
            self._refuse(self.tr("Pages between 1 and %1, for example 1-3, 5.").replace(
                "%1", str(self.page_count)) if error.problem == "out-of-range" else
                self.tr("Write the pages like this: 1-3, 5."))
            return
        cost = print_cost(len(chosen), self.copies.value(), self.pages_left)
        if not cost.affordable:
            self._refuse(self.tr("%1 pages, but you have %2 left. Choose fewer pages or "
                                 "copies, or ask at the reception.")
                         .replace("%1", str(cost.pages)).replace("%2", str(self.pages_left)))
            return
        self.chosen = chosen
        sentence = (self.tr("1 page — you will have %2 left") if cost.pages == 1 else
                    self.tr("%1 pages — you will have %2 left"))
        self._say_cost(sentence.replace("%1", str(cost.pages))
                       .replace("%2", str(cost.left_after)), "info")
        self.print_button.setEnabled(self.printer_ok)

    def _say_cost(self, text: str, tone: str) -> None:
        theme.set_tone(self.cost, tone)
        self.cost.setText(text)
        self.cost.setAccessibleName(text)

    def _refuse(self, text: str) -> None:
        self._say_cost(text, "error")
        self.print_button.setEnabled(False)
