"""`kiosk demo` and `kiosk shell` started the way the README says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

KIOSK = str(Path(sys.executable).parent / "kiosk")


def kiosk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in (env or os.environ).items()
                   if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([KIOSK, *args], env=environment, capture_output=True, text=True,
                          check=False, timeout=300)


def test_the_demo_drives_a_session_offscreen(tmp_path: Path) -> None:
    result = kiosk("demo", "--offscreen", "--screenshot", str(tmp_path / "shots"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Demo codes (30 minutes each): " in result.stdout
    assert re.search(r"Dashboard: http://127\.0\.0\.1:\d+/dashboard/ \(coordination / \S+;",
                     result.stdout)
    for name in ("lock.png", "session.png"):
        picture = tmp_path / "shots" / name
        assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert picture.stat().st_size > 10_000


def test_without_a_display_the_demo_says_what_to_do() -> None:
    result = kiosk("demo")
    assert result.returncode == 2
    assert "kiosk demo --offscreen --screenshot DIR" in result.stderr
    assert kiosk("demo", "--offscreen").returncode == 2


def test_a_station_that_is_not_enrolled_is_told_so(tmp_path: Path) -> None:
    result = kiosk("shell", "--state-dir", str(tmp_path))
    assert result.returncode == 2
    assert "not enrolled" in result.stderr
    assert "kiosk shell enrol" in result.stderr


def test_the_demo_with_the_desk_saves_the_desk_and_the_waiting_room(tmp_path: Path) -> None:
    result = kiosk("demo", "--desk", "--offscreen", "--screenshot", str(tmp_path / "shots"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Desk: accueil / " in result.stdout
    for name in ("lock.png", "session.png", "desk.png", "waiting-room.png"):
        picture = tmp_path / "shots" / name
        assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert picture.stat().st_size > 10_000
