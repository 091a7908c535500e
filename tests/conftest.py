"""Test-wide set-up: Qt runs offscreen, and QtWebEngine is ready before any application,
pointed at the station's network gate, whose upstream is the recording test proxy."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.policy import parse_policy
from kiosk.gate import GateProcess
from kiosk.gate.runner import with_gate_flags
from tests.testpolicy import CAF_POLICY
from tests.webproxy import WebProxy

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# SANE reads its configuration once: the tests see its `test` backend only (test:0, test:1),
# whatever scanners this machine has, and /etc/sane.d stays untouched.
SANE_CONFIG = Path(tempfile.mkdtemp(prefix="kiosk-tests-sane-"))
(SANE_CONFIG / "dll.conf").write_text("test\n", encoding="utf-8")
(SANE_CONFIG / "test.conf").write_text("number_of_devices 2\n", encoding="utf-8")
os.environ["SANE_CONFIG_DIR"] = str(SANE_CONFIG)
atexit.register(shutil.rmtree, SANE_CONFIG, ignore_errors=True)
# QtWebEngine reads its flags once, when it starts: the gate must exist before any test.
# Pages come from the test proxy, reached the way a station reaches a municipal proxy.
WEB_PROXY = WebProxy()
_CAF = parse_policy(CAF_POLICY)
TEST_GATE = GateProcess(_CAF, upstream=f"http://127.0.0.1:{WEB_PROXY.port}")
TEST_GATE.start()
atexit.register(TEST_GATE.stop)
# The test proxy's https certificate is its own.
_flags = [os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""), "--ignore-certificate-errors"]
if os.geteuid() == 0:
    # Chromium refuses to run its sandbox as root; tests on a CI machine often are root.
    _flags.append("--no-sandbox")
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = with_gate_flags(" ".join(_flags), TEST_GATE.port)

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402 - after the environment
from PySide6.QtWebEngineCore import QWebEngineProfile  # noqa: E402, F401 - before any app

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


@pytest.fixture
def web_proxy() -> WebProxy:
    WEB_PROXY.clear()
    return WEB_PROXY


@pytest.fixture
def gate() -> Iterator[GateProcess]:
    """The gate every QtWebEngine page of the tests goes through; after the test it serves
    again, on the test policy, with no refusal hook."""
    yield TEST_GATE
    TEST_GATE.ensure_running()
    TEST_GATE.use_policy(_CAF)
    TEST_GATE.watch_refusals(None)
