"""Shared by the shell's tests: a policy with real host names served by the test proxy
(over http, which the proxy can answer), and French, the language guests get by default."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kiosk.shell import i18n

# The CAF over plain http (the test proxy answers http), with a CDN for its resources.
CAF_POLICY = """
[policy]
name = "Test"

[[site]]
id = "caf"
title = "CAF"
description = "Allocations familiales"
home = "http://www.caf.fr/"
allow = ["http://www.caf.fr"]
resources = ["http://static.caf-cdn.example"]
"""


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translator = i18n.install(qapp, "fr", cache=tmp_path)
    assert translator is not None
    yield
    QCoreApplication.removeTranslator(translator)


from tests.agent.conftest import live_store  # noqa: E402 - the real store of the agent tests

__all__ = ["CAF_POLICY", "french", "live_store"]
