"""`kiosk shell enrol` as the technician installing a station runs it."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.agent.conftest import LiveStore, free_port

KIOSK = str(Path(sys.executable).parent / "kiosk")


def enrol(*args: str) -> subprocess.CompletedProcess[str]:
    # No secret service on a test machine: the documented fallback file is used.
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([KIOSK, "shell", "enrol", *args], env=env, capture_output=True,
                          text=True, check=False, timeout=60)


def test_enrol_keeps_the_token_privately(live_store: LiveStore, tmp_path: Path) -> None:
    state = tmp_path / "station"
    token = live_store.enrol_token("poste-7")
    result = enrol("--store", live_store.url + "/", "--token", token, "--state-dir", str(state))
    assert result.returncode == 0, result.stderr
    assert "enrolled as poste-7 at Centre social Nord" in result.stdout
    token_file = state / "station-token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert token_file.read_text(encoding="utf-8").startswith("st_")
    station = json.loads((state / "station.json").read_text(encoding="utf-8"))
    assert station["store_url"] == live_store.url
    assert station["station_name"] == "poste-7"
    assert "token" not in json.dumps(station)

    again = enrol("--store", live_store.url, "--token", token, "--state-dir", str(state))
    assert again.returncode == 2
    assert "already used" in again.stderr
    assert "Traceback" not in again.stderr


def test_enrol_explains_an_unreachable_store(tmp_path: Path) -> None:
    result = enrol("--store", f"http://127.0.0.1:{free_port()}", "--token", "en_x" * 4,
                   "--state-dir", str(tmp_path))
    assert result.returncode == 1
    assert "cannot reach the store" in result.stderr
    bad = enrol("--store", "ftp://store", "--token", "en_xxxxxxxxxx", "--state-dir",
                str(tmp_path))
    assert bad.returncode == 2
