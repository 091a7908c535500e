"""The file picker of web forms: it shows the session's documents, and nothing else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.shell.sessionfs import SessionFolder


class DocumentPicker(QDialog):
    def __init__(self, folder: SessionFolder, *, several: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a document"))
        self.setModal(True)
        font = QFont(self.font())
        font.setPointSize(18)
        self.setFont(font)
        self.files = folder.document_files()
        self.intro = QLabel(self.tr("Your documents of this session (downloads and scans):")
                            if self.files else
                            self.tr("You have no document yet in this session. Download one "
                                    "or scan one first."), self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Your documents"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection if several
                                   else QAbstractItemView.SelectionMode.SingleSelection)
        for path in self.files:
            QListWidgetItem(path.name, self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[Path]:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [self.files[row] for row in rows]


def pick_documents(folder: SessionFolder, *, several: bool,
                   parent: QWidget | None = None) -> list[Path]:
    picker = DocumentPicker(folder, several=several, parent=parent)
    return picker.chosen() if picker.exec() == QDialog.DialogCode.Accepted else []
