"""Scanning: pages one by one with a preview, then one PDF in My documents.

Each page is reserved against the scan quota before it is read; the pages are charged when
the PDF is saved, and refunded when the guest gives up, a page fails, or the wipe comes.
SANE calls run off the GUI thread; a page being read can be stopped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PIL import Image
from PIL.ImageQt import ImageQt
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QWidget,
)

from kiosk.agent.station import MeteringUnavailable, OpenedSession, QuotaExceeded, StationAgent
from kiosk.gui.background import run_in_background
from kiosk.scanning import (
    Preset,
    ScanCancelled,
    ScanFailed,
    Scanner,
    ScanSession,
    list_scanners,
    save_pdf,
)
from kiosk.shell import theme
from kiosk.shell.dialogs import ShellDialog, panel_layout
from kiosk.shell.sessionfs import safe_file_name, unique_path

log = logging.getLogger("kiosk.scan")
THUMBNAIL = QSize(120, 170)


class ScanDialog(ShellDialog):
    saved = Signal(str)  # the PDF's name in Documents

    def __init__(self, *, agent: StationAgent, session: OpenedSession, documents: Path,
                 scan_left: int, preferred_device: str | None = None,
                 room_left: Callable[[], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agent = agent
        self.session = session
        self.documents = documents
        # Bytes the session's disk quota still allows (downloads and scans share it).
        self.room_left = room_left
        self.scan_left = scan_left
        self.preferred_device = preferred_device
        self.pages: list[Image.Image] = []
        self.reservations: list[str] = []
        self.scanning: ScanSession | None = None
        self.resolution = Preset.DOCUMENT.resolution
        self._closed = False
        self.title = theme.set_role(QLabel(self.tr("Scan"), self), "title")
        self.scanners = QComboBox(self)
        self.scanners.setAccessibleName(self.tr("Scanner"))
        self.document_preset = QRadioButton(self.tr("Document (black and white, light file)"),
                                            self)
        self.photo_preset = QRadioButton(self.tr("Photo (colour)"), self)
        self.document_preset.setChecked(True)
        presets = QButtonGroup(self)
        presets.addButton(self.document_preset)
        presets.addButton(self.photo_preset)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.previews = QListWidget(self)
        self.previews.setViewMode(QListView.ViewMode.IconMode)
        self.previews.setIconSize(THUMBNAIL)
        self.previews.setFlow(QListView.Flow.LeftToRight)
        self.previews.setWrapping(False)
        self.previews.setFixedHeight(THUMBNAIL.height() + theme.space(9))
        self.previews.setAccessibleName(self.tr("Scanned pages"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: SANE does not say how far it is
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.scan_button = QPushButton(self.tr("Scan a page"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.hide()
        self.discard_button = QPushButton(self.tr("Give up"), self)
        self.save_button = QPushButton(self.tr("Save as PDF"), self)
        theme.set_kind(self.save_button, "primary")
        buttons = QHBoxLayout()
        for button in (self.discard_button, self.scan_button, self.stop_button,
                       self.save_button):
            buttons.addWidget(button)
        layout = panel_layout(self)
        for widget in (self.title, self.scanners, self.document_preset, self.photo_preset,
                       self.hint, self.previews, self.progress, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setMinimumWidth(min(760, theme.space(95)))
        self.scan_button.clicked.connect(self.scan_page)
        self.stop_button.clicked.connect(self.stop)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.reject)
        self._busy(busy=True)
        self.message.setText(self.tr("Looking for the scanner…"))
        run_in_background(list_scanners, self._found, self._not_found)

    # -- scanners ---------------------------------------------------------------------------

    def _found(self, scanners: list[Scanner]) -> None:
        for scanner in scanners:
            self.scanners.addItem(scanner.label or scanner.device, scanner.device)
        if self.preferred_device:
            index = self.scanners.findData(self.preferred_device)
            if index >= 0:
                self.scanners.setCurrentIndex(index)
        if not scanners:
            self.message.setText(self.tr("No scanner answers. Check that it is on, or ask at "
                                         "the reception."))
        else:
            self.message.clear()
        self._busy(busy=False)

    def _not_found(self, error: BaseException) -> None:
        log.warning("listing scanners failed: %s", type(error).__name__)
        self._found([])

    # -- pages ------------------------------------------------------------------------------

    def scan_page(self) -> None:
        device = self.scanners.currentData()
        if device is None:
            return
        preset = Preset.PHOTO if self.photo_preset.isChecked() else Preset.DOCUMENT
        if self.scanning is None or self.resolution != preset.resolution:
            self._close_device()
        self.resolution = preset.resolution
        self._busy(busy=True)
        self.message.setText(self.tr("Scanning… Do not lift the lid."))

        def work() -> Image.Image:
            reservation = self.agent.reserve_pages(self.session, "scan", 1)
            try:
                if self.scanning is None:
                    self.scanning = ScanSession(device, preset)
                image = self.scanning.scan_page()
            except BaseException:
                self.agent.settle_pages(self.session, reservation, printed=False)
                raise
            self.reservations.append(reservation)
            return image

        run_in_background(work, self._scanned, self._scan_failed)

    def _scanned(self, image: Image.Image) -> None:
        if self._closed:
            self._settle(charged=False)
            self._close_device()
            return
        self.pages.append(image)
        preview = image.copy()
        preview.thumbnail((THUMBNAIL.width(), THUMBNAIL.height()))
        QListWidgetItem(QIcon(QPixmap.fromImage(ImageQt(preview.convert("RGB")))),
                        str(len(self.pages)), self.previews)
        self.message.setText(self.tr("Page %1 scanned. Scan another page, or save.")
                             .replace("%1", str(len(self.pages))))
        self._busy(busy=False)

    def _scan_failed(self, error: BaseException) -> None:
        self._busy(busy=False)
        self._close_device()
        if self._closed:
            return
        if isinstance(error, ScanCancelled):
            self.message.setText(self.tr("Scanning stopped. This page was not counted."))
        elif isinstance(error, QuotaExceeded):
            self.message.setText(self.tr("You cannot scan more pages with this code. Ask at "
                                         "the reception."))
        elif isinstance(error, MeteringUnavailable):
            self.message.setText(self.tr("Pages cannot be counted right now. Try again in a "
                                         "minute, or ask at the reception."))
        else:
            if not isinstance(error, ScanFailed):
                log.error("scanning failed: %s", type(error).__name__)
            self.message.setText(self.tr("The scanner could not read the page. Check the "
                                         "page and the lid, then try again. This page was not "
                                         "counted."))

    def stop(self) -> None:
        if self.scanning is not None:
            self.scanning.cancel()

    def save(self) -> None:
        if not self.pages:
            return
        stamp = datetime.now().astimezone().strftime("%Y-%m-%d %Hh%M")
        # Named in the guest's language: it is what they look for in My documents.
        target = unique_path(self.documents, safe_file_name(
            self.tr("Scanned document %1.pdf").replace("%1", stamp)))
        try:
            save_pdf(self.pages, target, self.resolution)
        except OSError as error:
            target.unlink(missing_ok=True)
            log.warning("saving a scan failed: %s", type(error).__name__)
            self.message.setText(self.tr("The document could not be saved. Ask at the "
                                         "reception."))
            return
        if self.room_left is not None and self.room_left() < 0:
            target.unlink(missing_ok=True)
            self.message.setText(self.tr(
                "There is not enough room left in your session for this document. Close this "
                "window, delete documents in My documents, then scan again. These pages will "
                "not be counted."))
            return
        self._settle(charged=True)
        self._close_device()
        self.agent.outbox.add("scan", {"pages": len(self.pages)})
        self.saved.emit(target.name)
        self.pages.clear()
        self.accept()

    def reject(self) -> None:
        # Giving up, or the wipe: nothing kept, nothing charged, the scanner let go (once
        # the page being read, if any, has stopped: SANE must not close under a read).
        self.stop()
        self._settle(charged=False)
        if not self.progress.isVisible():
            self._close_device()
        self._closed = True
        self.pages.clear()
        super().reject()

    def _settle(self, *, charged: bool) -> None:
        reservations, self.reservations = self.reservations, []
        agent, session = self.agent, self.session

        def settle() -> None:
            for reservation in reservations:
                agent.settle_pages(session, reservation, printed=charged)

        if reservations:
            run_in_background(settle, lambda _done: None,
                              lambda error: log.warning("settling scan pages failed: %s",
                                                        type(error).__name__))
        if charged:
            self.scan_left -= len(reservations)

    def _close_device(self) -> None:
        if self.scanning is not None:
            self.scanning.close()
            self.scanning = None

    # -- state ------------------------------------------------------------------------------

    def _busy(self, *, busy: bool) -> None:
        """Show whether the scanner is at work, and what the guest can do now."""
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        left = self.scan_left - len(self.pages)
        self.hint.setText(self.tr("Put the page face down on the glass, then press Scan a "
                                  "page. You can scan %1 more pages.").replace("%1", str(left)))
        self.scan_button.setEnabled(self.scanners.count() > 0 and left > 0 and not busy)
        self.save_button.setEnabled(bool(self.pages) and not busy)
