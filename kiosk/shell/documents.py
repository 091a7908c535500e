""""My documents": the session's downloads and scans, to open, print or delete.

Documents open in the shell's own viewers (PDF pages, pictures), never in another program.
Everything listed here goes with the wipe.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.shell import theme
from kiosk.shell.dialogs import MessageDialog
from kiosk.shell.sessionfs import SessionFolder

PICTURE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"})


def is_pdf(path: Path) -> bool:
    return path.suffix.lower() == ".pdf"


class DocumentViewer(QStackedWidget):
    """A PDF's pages or a picture, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture_area = QScrollArea(self)
        picture_area.setWidget(self.picture)
        picture_area.setWidgetResizable(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.note, self.pdf_view, picture_area):
            self.addWidget(widget)
        self.picture_area = picture_area
        self.clear()

    def clear(self) -> None:
        self.pdf.close()
        self.picture.clear()
        self.note.setText(self.tr("Choose a document in the list, then press Open."))
        self.setCurrentWidget(self.note)

    def show_document(self, path: Path) -> bool:
        """Show the document; False (with an explanation shown) when it cannot be shown."""
        self.clear()
        if is_pdf(path):
            if self.pdf.load(str(path)) == QPdfDocument.Error.None_:
                self.setCurrentWidget(self.pdf_view)
                return True
            self.note.setText(self.tr("This PDF document cannot be read. It may be damaged."))
            return False
        if path.suffix.lower() in PICTURE_SUFFIXES:
            picture = QPixmap(str(path))
            if not picture.isNull():
                self.picture.setPixmap(picture)
                self.setCurrentWidget(self.picture_area)
                return True
        self.note.setText(self.tr("This kind of document cannot be shown here. You can still "
                                  "send it in a form of a website."))
        return False


class DocumentsPanel(QWidget):
    """The list of the session's documents with Open, Print and Delete, and a viewer."""

    print_requested = Signal(Path)

    def __init__(self, folder: SessionFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.files: list[Path] = []
        self.title = theme.set_role(QLabel(self), "title")
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.list = QListWidget(self)
        self.open_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.viewer = DocumentViewer(self)
        # One above the other: each says its whole word in the narrow column, in any language.
        buttons = QVBoxLayout()
        for button in (self.open_button, self.print_button, self.delete_button):
            buttons.addWidget(button)
        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addWidget(self.empty)
        side.addWidget(self.list, 1)
        side.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 1)
        layout.addWidget(self.viewer, 2)
        self.open_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(self._print_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.currentRowChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("My documents"))
        self.empty.setText(self.tr("You have no document yet. Documents you download and pages "
                                   "you scan appear here. They are erased at the end of your "
                                   "session."))
        self.list.setAccessibleName(self.tr("Your documents"))
        self.open_button.setText(self.tr("Open"))
        self.print_button.setText(self.tr("Print"))
        self.delete_button.setText(self.tr("Delete"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose(self, document: Path) -> None:
        """Select `document` in the list and open it."""
        if document in self.files:
            self.list.setCurrentRow(self.files.index(document))
            self.open_selected()

    def refresh(self) -> None:
        self.files = self.folder.document_files()
        self.list.clear()
        self.list.addItems([path.name for path in self.files])
        self.empty.setVisible(not self.files)
        self.viewer.clear()
        if self.files:
            self.list.setCurrentRow(0)
        self._selection_changed(self.list.currentRow())

    def selected(self) -> Path | None:
        row = self.list.currentRow()
        return self.files[row] if 0 <= row < len(self.files) else None

    def _selection_changed(self, _row: int) -> None:
        path = self.selected()
        self.open_button.setEnabled(path is not None)
        self.delete_button.setEnabled(path is not None)
        self.print_button.setEnabled(path is not None and is_pdf(path))

    def open_selected(self) -> None:
        if (path := self.selected()) is not None:
            self.viewer.show_document(path)

    def _print_selected(self) -> None:
        if (path := self.selected()) is not None and is_pdf(path):
            self.print_requested.emit(path)

    def delete_selected(self) -> None:
        path = self.selected()
        if path is None:
            return
        question = MessageDialog(
            self.tr("Delete “%1”? It cannot be brought back.").replace("%1", path.name),
            cancel=True, parent=self.window())
        if question.exec() != MessageDialog.DialogCode.Accepted:
            return
        self.viewer.clear()  # the viewer may hold the file open
        path.unlink(missing_ok=True)
        self.refresh()


class HelpPanel(QWidget):
    """What a guest can do here, in a few plain sentences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText("\n\n".join((
            self.tr("Help"),
            self.tr("Choose a service on the home screen. Only the sites of these services "
                    "open on this computer."),
            self.tr("◀ Back and Forward ▶ move between pages. A- and A+ make the text smaller "
                    "or larger. Home brings back the list of services."),
            self.tr("Print prints the page you see, within the pages your code allows. Scan "
                    "turns paper pages into a PDF document that you can send in a form."),
            self.tr("My documents lists what you downloaded and scanned during this session."),
            self.tr("When you have finished, press End my session: everything you did is "
                    "erased, so the next person sees nothing of it."),
            self.tr("A question? Ask at the reception."),
        )))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
