"""The shell's session folder replaces the user's runtime folder: the compositor's socket
(cage's, on a station) and the sound server's must still be found."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.shell.app import keep_display_sockets


def test_the_compositor_and_sound_sockets_are_kept_by_full_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    # Set, then removed, so that the test's end restores whatever was there before (the
    # function writes the environment itself).
    monkeypatch.setenv("PULSE_SERVER", "")
    monkeypatch.delenv("PULSE_SERVER")
    keep_display_sockets()
    assert os.environ["WAYLAND_DISPLAY"] == str(tmp_path / "wayland-0")
    assert os.environ["PULSE_SERVER"] == f"unix:{tmp_path / 'pulse' / 'native'}"
    keep_display_sockets()  # twice changes nothing
    assert os.environ["WAYLAND_DISPLAY"] == str(tmp_path / "wayland-0")


def test_nothing_to_keep_without_a_runtime_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    keep_display_sockets()
    assert os.environ["WAYLAND_DISPLAY"] == "wayland-0"
