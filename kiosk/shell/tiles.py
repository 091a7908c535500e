"""The home tiles of a session: one large button per service of the policy.

Tiles fill a grid of two to four columns, as many as the screen's width allows at a readable
size, and scroll when they do not all fit: each shows its pictogram, its whole title and
description, wrapped, never cut, from 1024x768 to 1920x1080.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.policy import DEFAULT_PICTOGRAM, Site
from kiosk.shell import theme

PICTOGRAMS = Path(__file__).resolve().parent / "pictograms"

MIN_COLUMNS, MAX_COLUMNS = 2, 4
TILE_MIN_WIDTH = 300  # below this, a title of two words would wrap letter by letter
SPACING = 16


def tile_min_width() -> int:
    return round(TILE_MIN_WIDTH * theme.scale())


def pictogram(name: str) -> QIcon:
    path = PICTOGRAMS / f"{name}.svg"
    return QIcon(str(path if path.is_file() else PICTOGRAMS / f"{DEFAULT_PICTOGRAM}.svg"))


class Tile(QPushButton):
    """A button with a pictogram beside a title and a description that wrap inside it."""

    def __init__(self, site: Site, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon_name = site.icon
        self.picture = QLabel(self)
        self.title = theme.set_role(QLabel(site.title, self), "tile-title")
        self.description = theme.set_role(QLabel(site.description, self), "tile-text")
        words = QVBoxLayout()
        words.setSpacing(theme.space(1) // 2)
        for label in (self.title, self.description):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            words.addWidget(label)
        words.addStretch(1)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.space(2), theme.space(2), theme.space(2),
                                  theme.space(2))
        layout.setSpacing(theme.space(2))
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        for label in (self.picture, self.title, self.description):
            # The button takes every click and tap, wherever it lands on the tile.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.show_pictogram()
        self.setAccessibleName(site.title)
        self.setAccessibleDescription(site.description)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.restyle()

    def restyle(self) -> None:
        """Sizes for the scale of the moment (larger with "Grand texte")."""
        self.setMinimumWidth(tile_min_width())
        self.show_pictogram()
        # The labels' heights for a width were measured at the previous size.
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
        self.updateGeometry()

    def show_pictogram(self) -> None:
        """The pictogram at the size of the moment (larger with "Grand texte")."""
        size = theme.px("title") + theme.space(3)
        self.picture.setPixmap(pictogram(self.icon_name).pixmap(
            QSize(size, size), self.devicePixelRatioF()))
        self.picture.setFixedSize(size, size)

    def text(self) -> str:
        """What the tile says (its own button text is empty: the labels carry it)."""
        return f"{self.title.text()}\n{self.description.text()}"

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else super().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(tile_min_width(), self.heightForWidth(tile_min_width()))

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
        self._fit_minimum()

    def _fit_minimum(self) -> None:
        # Two columns of the narrowest tiles, and no more, is what the tiles ask of the window.
        self.setMinimumWidth(MIN_COLUMNS * tile_min_width() + 3 * SPACING
                             + self.verticalScrollBar().sizeHint().width())

    def restyle(self) -> None:
        """After the text size changed: tiles, pictograms and columns again."""
        for tile in self.tiles.values():
            tile.restyle()
        self._fit_minimum()
        self._columns = 0
        self._arrange(self.columns_for(self.viewport().width()))
        self._grid.invalidate()

    def columns_for(self, width: int) -> int:
        fitting = (width + SPACING) // (tile_min_width() + SPACING + 40)
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
