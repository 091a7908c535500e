"""The machine can run what the product is built on: QtWebEngine offscreen, CUPS, SANE.

These fail when the set-up command missed a system package, which is what they are for.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import cups
import sane
from PySide6.QtCore import QObject, Signal
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from pytestqt.qtbot import QtBot


def test_qtwebengine_loads_a_page_offscreen(qtbot: QtBot) -> None:
    profile = QWebEngineProfile()
    assert profile.isOffTheRecord()
    page = QWebEnginePage(profile)
    with qtbot.waitSignal(page.loadFinished, timeout=60_000) as loaded:
        page.setHtml("<html><head><title>Bonjour</title></head><body>Démarches</body></html>")
    assert loaded.args == [True]
    assert page.title() == "Bonjour"
    # A profile must outlive its pages, so they go first.
    with qtbot.waitSignal(page.destroyed):
        page.deleteLater()
    with qtbot.waitSignal(profile.destroyed):
        profile.deleteLater()


def test_emitting_a_signal_keeps_the_reference_counts_whole() -> None:
    """PySide6 6.12.0's Signal.emit() returned True without a reference: each emit took
    one from True, and a shell running all day aborted ("deallocating True or False")."""

    class Emitter(QObject):
        happened = Signal()

    emitter = Emitter()
    emitter.happened.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    results = [emitter.happened.emit() for _ in range(100)]  # few: a broken one must not abort
    kept = sum(result is True for result in results), sum(result is False for result in results)
    assert (sys.getrefcount(True) - before[0], sys.getrefcount(False) - before[1]) == kept


def test_printing_and_scanning_bindings_import() -> None:
    assert callable(cups.Connection)
    assert isinstance(sane.init(), tuple)
    sane.exit()


def test_cups_and_sane_tools_are_installed() -> None:
    for tool in ("cupsd", "lpstat", "scanimage"):
        assert shutil.which(tool) or shutil.which(tool, path="/usr/sbin"), tool


def test_the_core_never_imports_qt_or_a_web_framework() -> None:
    code = (
        "import sys, kiosk.core.policy, kiosk.core.codes, kiosk.core.session, "
        "kiosk.core.hours\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'fastapi', 'starlette', 'sqlalchemy', 'uvicorn')]\n"
        "print(bad)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.strip() == "[]"


def test_python_dash_m_kiosk_runs_the_command_line() -> None:
    result = subprocess.run([sys.executable, "-m", "kiosk", "--version"], capture_output=True,
                            text=True, check=False, timeout=60)
    assert result.returncode == 0
    assert result.stdout.startswith("kiosk ")
