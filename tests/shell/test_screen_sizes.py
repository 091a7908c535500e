"""The session's screen on the screens guests have, from 1024x768 to 1920x1080: the time left
and the End button always in full, every tile wide and tall enough for its whole text."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.policy import load_policy
from kiosk.shell.lockscreen import LockScreen
from kiosk.shell.tiles import TILE_MIN_WIDTH, HomeTiles
from kiosk.shell.window import SessionView

DEFAULT_POLICY = Path(__file__).resolve().parents[2] / "policies" / "default.toml"
SCREENS = [(1024, 768), (1280, 1024), (1366, 768), (1920, 1080)]
MIN_TARGET = 48


def session_view(qtbot: QtBot, width: int, height: int) -> tuple[SessionView, HomeTiles]:
    view = SessionView()
    qtbot.addWidget(view)
    tiles = HomeTiles(load_policy(DEFAULT_POLICY).sites, view.body)
    view.body.addWidget(tiles)
    view.show_time(timedelta(minutes=119, seconds=59))  # the widest the time gets
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view, tiles


def frame(widget: QWidget, within: QWidget) -> QRect:
    return QRect(widget.mapTo(within, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_time_and_the_end_button_always_show_in_full(
        qtbot: QtBot, french: None, tmp_path: Path, width: int, height: int) -> None:
    view, _tiles = session_view(qtbot, width, height)
    assert view.minimumSizeHint().width() <= width
    assert view.width() == width  # the screen's width, not more
    for widget in (view.time_left, view.end_button):
        assert widget.width() >= widget.sizeHint().width(), widget.text()
        assert frame(widget, view).right() < width
    assert view.end_button.height() >= MIN_TARGET
    buttons = [view.end_button, *(b for b in view.tool_buttons.values() if b.isVisible())]
    for button in buttons:
        assert button.height() >= MIN_TARGET, button.text()
        assert button.width() >= button.sizeHint().width(), button.text()
    for index, first in enumerate(buttons):
        for second in buttons[index + 1:]:
            assert not frame(first, view).intersects(frame(second, view))
    view.grab().save(str(tmp_path / f"session-fr-{width}x{height}.png"))


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_every_tile_shows_its_whole_text(qtbot: QtBot, french: None, width: int,
                                         height: int) -> None:
    _view, tiles = session_view(qtbot, width, height)
    assert 2 <= tiles.columns <= 4
    assert tiles.horizontalScrollBar().maximum() == 0  # never scrolled sideways
    for tile in tiles.tiles.values():
        assert tile.width() >= TILE_MIN_WIDTH
        assert tile.height() >= tile.heightForWidth(tile.width()), tile.title.text()
        assert tile.height() >= MIN_TARGET
        # Each label is as tall as its wrapped text at the tile's width.
        for label in (tile.title, tile.description):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    # The last tiles are reached by scrolling, not cut off.
    assert tiles.widget().height() >= max(
        frame(tile, tiles.widget()).bottom() for tile in tiles.tiles.values())


def test_the_lock_screen_fits_the_smallest_screen(qtbot: QtBot, french: None) -> None:
    lock = LockScreen()
    qtbot.addWidget(lock)
    hint = lock.minimumSizeHint()
    assert hint.width() <= 1024
    assert hint.height() <= 768
