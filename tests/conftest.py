"""Test-wide set-up: Qt runs offscreen, and QtWebEngine is ready before any application."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.webproxy import WebProxy

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# SANE reads its configuration once: the tests see its `test` backend only (test:0, test:1),
# whatever scanners this machine has, and /etc/sane.d stays untouched.
SANE_CONFIG = Path(tempfile.mkdtemp(prefix="kiosk-tests-sane-"))
(SANE_CONFIG / "dll.conf").write_text("test\n", encoding="utf-8")
(SANE_CONFIG / "test.conf").write_text("number_of_devices 2\n", encoding="utf-8")
os.environ["SANE_CONFIG_DIR"] = str(SANE_CONFIG)
atexit.register(shutil.rmtree, SANE_CONFIG, ignore_errors=True)
# QtWebEngine reads its flags once, when it starts: the proxy must exist before any test.
WEB_PROXY = WebProxy()
_flags = [os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""),
          f"--proxy-server=http://127.0.0.1:{WEB_PROXY.port}"]
if os.geteuid() == 0:
    # Chromium refuses to run its sandbox as root; tests on a CI machine often are root.
    _flags.append("--no-sandbox")
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(f for f in _flags if f)

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402 - after the environment
from PySide6.QtWebEngineCore import QWebEngineProfile  # noqa: E402, F401 - before any app

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


@pytest.fixture
def web_proxy() -> WebProxy:
    WEB_PROXY.clear()
    return WEB_PROXY
