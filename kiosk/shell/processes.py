"""Programs a session may have started (a helper of the browser engine, a print or scan
tool): the wipe stops any that are still running, so nothing of the session outlives it."""

from __future__ import annotations

import contextlib
import os

import psutil

# The browser engine's own processes are shared by every session and stay.
ENGINE_PROCESS_NAMES = frozenset({"QtWebEngineProcess"})


def child_pids() -> frozenset[int]:
    """The shell's child processes now (taken when a session starts)."""
    with contextlib.suppress(psutil.Error):
        return frozenset(child.pid for child in psutil.Process(os.getpid()).children(
            recursive=True))
    return frozenset()


def stop_session_processes(before_session: frozenset[int], *, grace: float = 2.0) -> int:
    """Stop the children started since `before_session` (the engine's own aside); returns
    how many had to be stopped."""
    try:
        children = psutil.Process(os.getpid()).children(recursive=True)
    except psutil.Error:
        return 0
    strays = []
    for child in children:
        with contextlib.suppress(psutil.Error):
            if child.pid not in before_session and child.name() not in ENGINE_PROCESS_NAMES:
                strays.append(child)
    for child in strays:
        with contextlib.suppress(psutil.Error):
            child.terminate()
    _, alive = psutil.wait_procs(strays, timeout=grace)
    for child in alive:
        with contextlib.suppress(psutil.Error):
            child.kill()
    psutil.wait_procs(alive, timeout=grace)
    return len(strays)
