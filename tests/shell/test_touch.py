"""On a touch screen (`kiosk shell --touch`), Qt's on-screen keyboard serves text fields."""

from __future__ import annotations

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
