"""Where a station (or the desk) keeps its token: the system's secret store, or a private file.

The token goes to the secret service through `keyring` when the machine has one. Kiosk PCs
often have none (no desktop keyring in a locked-down session): the token is then written to
`station-token` in the station's state folder, readable by the station's account only. That
folder must not be reachable by the guest account (the packaging gives it its own user).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import keyring
from keyring.errors import KeyringError, NoKeyringError

SERVICE = "kiosk-station"
TOKEN_FILE = "station-token"  # noqa: S105 - a file name


def _keyring_usable() -> bool:
    backend = keyring.get_keyring()
    # The "fail" and "null" back ends (no secret service) have a priority of 0 or below.
    return float(getattr(backend, "priority", 0)) > 0


def save_token(state_dir: Path, store_url: str, token: str, *, service: str = SERVICE,
               file_name: str = TOKEN_FILE) -> str:
    """Keep the token; returns where it went ("keyring" or the file's path)."""
    if _keyring_usable():
        try:
            keyring.set_password(service, store_url, token)
        except (KeyringError, NoKeyringError):
            pass
        else:
            return "keyring"
    state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = state_dir / file_name
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(token)
    return str(path)


def load_token(state_dir: Path, store_url: str, *, service: str = SERVICE,
               file_name: str = TOKEN_FILE) -> str | None:
    if _keyring_usable():
        try:
            token = keyring.get_password(service, store_url)
        except (KeyringError, NoKeyringError):
            token = None
        if token:
            return token
    path = state_dir / file_name
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def forget_token(state_dir: Path, store_url: str, *, service: str = SERVICE,
                 file_name: str = TOKEN_FILE) -> None:
    """The token goes from wherever it was kept (a log-out)."""
    if _keyring_usable():
        with contextlib.suppress(KeyringError, NoKeyringError):
            keyring.delete_password(service, store_url)
    (state_dir / file_name).unlink(missing_ok=True)
