"""The file picker of web forms: the session's documents, and nothing else.

A panel inside the shell (no window of the desktop), in the guest's language: each document
is a large tile with a picture of its first page and its name; a tap chooses it (or, when the
form takes several, adds it), and "Attach" gives the form what is chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from kiosk.shell import theme
from kiosk.shell.dialogs import ShellDialog, panel_layout
from kiosk.shell.sessionfs import SessionFolder

THUMBNAIL = QSize(150, 200)
COLUMNS = 4
PICTURES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"}


def first_page(path: Path) -> QPixmap | None:
    """A picture of the document's first page (PDFs and pictures); None for other files."""
    suffix = path.suffix.lower()
    if suffix in PICTURES:
        picture = QPixmap(str(path))
        return None if picture.isNull() else picture.scaled(
            THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
    if suffix == ".pdf":
        document = QPdfDocument()
        try:
            if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
                return None
            page = document.pagePointSize(0)
            scale = min(THUMBNAIL.width() / max(page.width(), 1),
                        THUMBNAIL.height() / max(page.height(), 1))
            image: QImage = document.render(0, QSize(int(page.width() * scale),
                                                     int(page.height() * scale)))
            return None if image.isNull() else QPixmap.fromImage(image)
        finally:
            document.close()
    return None


class DocumentPicker(ShellDialog):
    def __init__(self, folder: SessionFolder, *, several: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = folder.document_files()
        self.several = several
        self.intro = theme.set_role(QLabel(self._intro_text(), self), "lead")
        self.intro.setWordWrap(True)
        self.choices: list[QToolButton] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(not several)
        grid_holder = QWidget(self)
        grid = QGridLayout(grid_holder)
        grid.setSpacing(theme.space(2))
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        fallback = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for index, path in enumerate(self.files):
            choice = QToolButton(grid_holder)
            choice.setCheckable(True)
            choice.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            picture = first_page(path)
            choice.setIcon(QIcon(picture) if picture is not None else fallback)
            choice.setIconSize(THUMBNAIL)
            choice.setText(path.name)
            choice.setAccessibleName(path.name)
            choice.setMinimumSize(THUMBNAIL.width() + 40, THUMBNAIL.height() + 70)
            choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            theme.set_kind(choice, "choice")
            choice.toggled.connect(self._update)
            self._group.addButton(choice)
            grid.addWidget(choice, index // COLUMNS, index % COLUMNS)
            self.choices.append(choice)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.attach_button = QPushButton(self.tr("Attach"), self)
        theme.set_kind(self.attach_button, "primary")
        self.attach_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.attach_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.attach_button)
        layout = panel_layout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        if parent is not None:  # most of the shell: a panel, not a small window
            self.resize(int(parent.width() * 0.9), int(parent.height() * 0.85))
        self.setMinimumSize(720, 480)
        self._update()

    def _intro_text(self) -> str:
        if not self.files:
            return self.tr("You have no document yet in this session. Download one or scan "
                           "one first.")
        if self.several:
            return self.tr("Tap the documents to send (one or more), then Attach.")
        return self.tr("Tap the document to send, then Attach.")

    def _update(self) -> None:
        self.attach_button.setEnabled(any(choice.isChecked() for choice in self.choices))

    def chosen(self) -> list[Path]:
        return [path for path, choice in zip(self.files, self.choices, strict=True)
                if choice.isChecked()]


def pick_documents(folder: SessionFolder, *, several: bool,
                   parent: QWidget | None = None) -> list[Path]:
    picker = DocumentPicker(folder, several=several, parent=parent)
    return picker.chosen() if picker.exec() == QDialog.DialogCode.Accepted else []
