"""The station's power goes (here: `kill -9` of the shell) in the middle of a session: the
next start of `kiosk shell` wipes what was left and closes the session at the store."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from kiosk.store.models import GuestSession
from tests.agent.conftest import LiveStore
from tests.cli.test_shell_cli import KIOSK, enrol
from tests.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]


def environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def end_reasons(live_store: LiveStore) -> list[str | None]:
    live_store.db.expire_all()
    reasons = [s.end_reason for s in live_store.db.scalars(select(GuestSession)).all()]
    live_store.db.rollback()
    return reasons


def stop_group(process: subprocess.Popen[str]) -> None:
    # The engine's helper processes of a killed shell go too.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    for pipe in (process.stdout, process.stderr):
        if pipe is not None:
            pipe.close()


def test_a_killed_shell_is_wiped_and_reported_at_the_next_start(
        live_store: LiveStore, tmp_path: Path) -> None:
    state = tmp_path / "station"
    enrolled = enrol("--store", live_store.url, "--token", live_store.enrol_token("poste-3"),
                     "--state-dir", str(state))
    assert enrolled.returncode == 0, enrolled.stderr

    crashing = subprocess.Popen(
        [sys.executable, "-m", "tests.cli.crashing_station", str(state),
         live_store.code(minutes=30)],
        cwd=ROOT, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, start_new_session=True)
    try:
        assert crashing.stdout is not None
        assert crashing.stdout.readline().strip() == "in-session"
        assert (state / "session" / "Documents" / "avis-imposition.pdf").exists()
        os.kill(crashing.pid, signal.SIGKILL)
        crashing.wait(timeout=30)
    finally:
        stop_group(crashing)
    assert (state / "session").exists()
    assert end_reasons(live_store) == [None]  # still open at the store

    shell = subprocess.Popen(
        [KIOSK, "shell", "--windowed", "--state-dir", str(state)], env=environment(),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert wait_until(lambda: end_reasons(live_store) == ["crash_recovered"], 60)
        assert not (state / "session").exists()
        shell.send_signal(signal.SIGINT)  # the station's session manager stops the shell
        _, errors = shell.communicate(timeout=60)
        assert shell.returncode == 0, errors
        assert "Traceback" not in errors
    finally:
        stop_group(shell)
