"""On a touch screen (`kiosk shell --touch`), Qt's on-screen keyboard serves text fields."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from pathlib import Path
from kiosk.shell import app as shell_app
shell_app.prepare_environment(Path(sys.argv[1]), gate_port=9, offscreen=True, touch=True)
from PySide6.QtWidgets import QApplication, QLineEdit
application = QApplication([])
field = QLineEdit()
field.show()
field.setFocus()
application.processEvents()
"""


def test_touch_loads_the_on_screen_keyboard(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_DEBUG_PLUGINS": "1"}
    environment.pop("QT_IM_MODULE", None)
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "session")],
                            env=environment, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "libqtvirtualkeyboardplugin.so\" loaded library" in result.stderr


def test_the_on_screen_keyboard_never_covers_the_field_being_typed_in(tmp_path: Path) -> None:
    """A long form, its last field near the bottom of the screen, tapped: Qt's real on-screen
    keyboard comes up over the bottom, the shell gives up that strip, and the field moves
    above the keyboard."""
    environment = dict(os.environ)
    environment.pop("QT_IM_MODULE", None)
    result = subprocess.run([sys.executable, str(Path(__file__).with_name("keyboard_probe.py")),
                             str(tmp_path / "session")], env=environment, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    keyboard_top = seen["keyboard"]
    assert keyboard_top is not None, "the on-screen keyboard never came up"
    assert seen["top_when_tapped"] + 40 > keyboard_top  # the field was where it comes up
    assert seen["most_covered"] == seen["window_height"] - keyboard_top
    assert seen["after"]["focused"] == "last"
    assert seen["after"]["bottom"] < keyboard_top  # typed in above the keyboard
