"""The shell as a screen reader meets it: Qt's AT-SPI bridge in a real X session (Xvfb), read
with pyatspi as Orca reads it. Names contain what buttons show, the time and the messages say
their value, and the top bar comes before the tiles."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.policy import load_policy
from kiosk.shell.sessionview import SessionView
from kiosk.shell.tiles import HomeTiles, Tile

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"


def flatten(node: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """What is on the screen, in the order a screen reader goes through it."""
    if not node["showing"] and node["role"] != "application":
        return
    yield node["role"], node["name"]
    for child in node["children"]:
        yield from flatten(child)


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> list[list[tuple[str, str]]]:
    for tool in ("xvfb-run", "dbus-run-session"):
        assert shutil.which(tool), f"{tool} is missing: the README's test command installs it"
    cache = tmp_path_factory.mktemp("translations")
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "dbus-run-session", "--",
         SYSTEM_PYTHON, str(HERE / "a11y" / "walker.py"), sys.executable,
         str(HERE / "a11y" / "probe.py"), str(cache)],
        capture_output=True, text=True, timeout=180, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return [list(flatten(tree)) for tree in json.loads(result.stdout.strip().splitlines()[-1])]


def test_the_lock_screen_reads_out_each_control_by_its_label(
        trees: list[list[tuple[str, str]]]) -> None:
    lock = trees[0]
    # Each language is a toggle, named in itself (read in its own language by Orca).
    toggles = [name for role, name in lock if role == "check box"]
    assert toggles == ["Français", "English", "العربية", "Español", "Português", "Українська"]
    buttons = [name for role, name in lock if role == "push button"]
    assert "Valider : ouvrir ma session" in buttons
    assert "Effacer le dernier caractère" in buttons
    assert "K" in buttons
    assert ("text", "Code d’accès") in lock
    assert ("label", "Ouvert aujourd’hui : \u206609:00-18:00\u2069") in lock
    # The language comes first, then the code.
    names = [name for _role, name in lock]
    assert names.index("Français") < names.index("Code d’accès")


def test_the_session_reads_out_the_time_and_the_message_with_their_values(
        trees: list[list[tuple[str, str]]]) -> None:
    session = trees[1]
    names = [name for _role, name in session]
    assert "Temps restant : 19 min 03 s" in names
    assert "Message de l'accueil : La salle ferme à 18 h." in names
    buttons = [name for role, name in session if role == "push button"]
    assert "Terminer ma session" in buttons
    assert "J'ai lu" in buttons
    # The top bar comes first, then the tiles.
    assert buttons.index("Terminer ma session") < buttons.index("CAF")


def test_tab_goes_through_the_top_bar_before_the_tiles(qtbot: QtBot, french: None) -> None:
    view = SessionView()
    tiles = HomeTiles(load_policy(ROOT / "policies" / "default.toml").sites, view.body)
    view.body.addWidget(tiles)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    # The order Tab follows: the focus chain, through what takes focus by Tab and shows.
    visited: list[QWidget] = []
    widget: QWidget = view.end_button
    while not isinstance(widget, Tile) and len(visited) < 40:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                and widget.isEnabled()):
            visited.append(widget)
        widget = widget.nextInFocusChain()
    assert isinstance(widget, Tile), [type(w).__name__ for w in visited]
    assert view.end_button in visited
    assert view.tool_buttons["print"] in visited
    assert view.large_text in visited
    assert not any(isinstance(w, Tile) for w in visited)
