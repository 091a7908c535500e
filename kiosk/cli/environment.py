"""Settings the commands take from the environment."""

from __future__ import annotations

import os


def setting(name: str) -> str | None:
    """`name` from the environment; None when absent or empty (a systemd EnvironmentFile
    line `KIOSK_PRINTER=` means "not set", as it does for the shell)."""
    return os.environ.get(name) or None
