"""The print preview: the pages, which ones, how many copies, and the cost against the quota
in plain words ("3 pages — il vous en restera 7"), before anything is sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.metering import MAX_COPIES, PageSelectionError, parse_page_selection, print_cost
from kiosk.core.printer_status import PrinterStatus
from kiosk.shell.dialogs import ShellDialog

THUMBNAIL = QSize(120, 170)
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
        self.title = QLabel(self.tr("Print"), self)
        self.previews = QListWidget(self)
        self.previews.setViewMode(QListView.ViewMode.IconMode)
        self.previews.setIconSize(THUMBNAIL)
        self.previews.setFlow(QListView.Flow.LeftToRight)
        self.previews.setMinimumHeight(THUMBNAIL.height() + 48)
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
        self.cost = QLabel(self)
        self.cost.setWordWrap(True)
        self.printer_problem = QLabel(self)
        self.printer_problem.setWordWrap(True)
        self.printer_problem.setStyleSheet("QLabel { background: #fde2e1; color: #7a1410; "
                                           "padding: 8px; }")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.print_button = QPushButton(self.tr("Print"), self)
        self.print_button.setDefault(True)
        for button in (self.cancel_button, self.print_button):
            button.setMinimumHeight(56)
        pages_row = QHBoxLayout()
        pages_row.addWidget(self.some_pages)
        pages_row.addWidget(self.page_field, 1)
        copies_row = QHBoxLayout()
        copies_row.addWidget(QLabel(self.tr("Copies:"), self))
        copies_row.addWidget(self.copies)
        copies_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.printer_problem, self.previews, self.all_pages):
            layout.addWidget(widget)
        layout.addLayout(pages_row)
        layout.addLayout(copies_row)
        layout.addWidget(self.cost)
        layout.addLayout(buttons)
        self.setMinimumWidth(760)
        self.printer_ok = status is None or status.can_print
        if status is not None and not status.can_print:
            self.printer_problem.setText("\n".join((status.headline, *status.advice)))
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
        self.cost.setText(sentence.replace("%1", str(cost.pages))
                          .replace("%2", str(cost.left_after)))
        self.print_button.setEnabled(self.printer_ok)

    def _refuse(self, text: str) -> None:
        self.cost.setText(text)
        self.print_button.setEnabled(False)
