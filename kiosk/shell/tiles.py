"""The home tiles of a session: one large button per service of the policy."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.core.policy import Site

_COLUMNS = 3


class HomeTiles(QWidget):
    site_chosen = Signal(str)  # the site's id

    def __init__(self, sites: tuple[Site, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, QPushButton] = {}
        layout = QGridLayout(self)
        font = QFont(self.font())
        font.setPointSize(16)
        for index, site in enumerate(sites):
            tile = QPushButton(f"{site.title}\n{site.description}", self)
            tile.setFont(font)
            tile.setMinimumHeight(110)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.setAccessibleName(site.title)
            tile.setAccessibleDescription(site.description)
            tile.setToolTip(site.description)
            tile.clicked.connect(lambda _checked=False, s=site.id: self.site_chosen.emit(s))
            layout.addWidget(tile, index // _COLUMNS, index % _COLUMNS)
            self.tiles[site.id] = tile
