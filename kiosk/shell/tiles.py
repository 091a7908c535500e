"""The home tiles of a session: one large button per service of the policy.

Tiles fill a grid of two to four columns, as many as the screen's width allows at a readable
size, and scroll when they do not all fit: each shows its whole title and description,
wrapped, never cut, from 1024x768 to 1920x1080.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.policy import Site

MIN_COLUMNS, MAX_COLUMNS = 2, 4
TILE_MIN_WIDTH = 280  # below this, a title of two words would wrap letter by letter
SPACING = 16


class Tile(QPushButton):
    """A button whose title and description wrap inside it."""

    def __init__(self, site: Site, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(site.title, self)
        self.description = QLabel(site.description, self)
        title_font = QFont(self.font())
        title_font.setPointSize(18)
        title_font.setBold(True)
        self.title.setFont(title_font)
        text_font = QFont(self.font())
        text_font.setPointSize(14)
        self.description.setFont(text_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(6)
        for label in (self.title, self.description):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            # The button takes every click and tap, wherever it lands on the tile.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setAccessibleName(site.title)
        self.setAccessibleDescription(site.description)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(TILE_MIN_WIDTH)

    def text(self) -> str:
        """What the tile says (its own button text is empty: the labels carry it)."""
        return f"{self.title.text()}\n{self.description.text()}"

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else super().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(TILE_MIN_WIDTH, self.heightForWidth(TILE_MIN_WIDTH))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()


class HomeTiles(QScrollArea):
    site_chosen = Signal(str)  # the site's id

    def __init__(self, sites: tuple[Site, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, Tile] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid_holder = QWidget(self)
        self._grid = QGridLayout(grid_holder)
        self._grid.setSpacing(SPACING)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        for site in sites:
            tile = Tile(site, grid_holder)
            tile.clicked.connect(lambda _checked=False, s=site.id: self.site_chosen.emit(s))
            self.tiles[site.id] = tile
        self.setWidget(grid_holder)
        self._columns = 0
        self._arrange(MIN_COLUMNS)
        # Two columns of the narrowest tiles, and no more, is what the tiles ask of the window.
        self.setMinimumWidth(MIN_COLUMNS * TILE_MIN_WIDTH + 3 * SPACING
                             + self.verticalScrollBar().sizeHint().width())

    def columns_for(self, width: int) -> int:
        fitting = (width + SPACING) // (TILE_MIN_WIDTH + SPACING + 40)
        return max(MIN_COLUMNS, min(MAX_COLUMNS, fitting))

    @property
    def columns(self) -> int:
        return self._columns

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles.values()):
            self._grid.addWidget(tile, index // columns, index % columns)
        for column in range(MAX_COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._arrange(self.columns_for(self.viewport().width()))
        super().resizeEvent(event)
