"""The shell's texts are checked in French, the language guests get by default."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kiosk.shell import i18n


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translator = i18n.install(qapp, "fr", cache=tmp_path)
    assert translator is not None
    yield
    QCoreApplication.removeTranslator(translator)


from tests.agent.conftest import live_store  # noqa: E402 - the real store of the agent tests

__all__ = ["french", "live_store"]
