"""The offline code list, kept by the station service rather than by the guest's shell.

The list holds the slow hashes of every code valid at the site: whoever reads it can try
codes at leisure, and whoever can write it can add a code of their own for the next network
cut. So it stays in the service's private folder, out of the guest account's reach: the
relay takes it out of the heartbeat replies it passes on, and the shell asks the relay to
check a typed code when the store is away. Wrong codes slow the checks down, as the store
does for codes typed online.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.agent import offline
from kiosk.core.codes import CodeError
from kiosk.core.ratelimit import delay_after

# As the store's defaults for codes typed at a station: five free, then doubling delays.
FREE_ATTEMPTS = 5
MAX_DELAY_SECONDS = 900
# Failures older than this are forgotten (a new guest, a new slip).
ATTEMPT_WINDOW_SECONDS = 3600


@dataclass(frozen=True)
class OfflineCheck:
    """What checking a typed code gave: `code` when it may open a session now, otherwise
    `refusal` ("code-malformed", "code-unknown-offline", "rate-limited") and, for the
    last, `retry_after` seconds."""

    code: offline.OfflineCode | None = None
    refusal: str | None = None
    retry_after: int | None = None


class OfflineCodeKeeper:
    def __init__(self, state_dir: Path,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self._path = state_dir / offline.OFFLINE_CODES_FILE
        self._codes = offline.load(self._path)
        self._monotonic = monotonic
        self._lock = threading.Lock()  # one slow hash at a time, and the counts kept right
        self._failures = 0
        self._last_failure = 0.0
        self._blocked_until = 0.0

    @property
    def revision(self) -> int | None:
        return self._codes.revision if self._codes else None

    def keep(self, payload: dict[str, Any]) -> None:
        """Keep the `codes` part of a heartbeat reply; raises ValueError when it is not one."""
        try:
            codes = offline.OfflineCodes.from_reply(payload)
        except (KeyError, TypeError) as error:
            raise ValueError(f"not a code list: {error}") from None
        offline.save(self._path, codes)
        self._codes = codes

    def check(self, typed: str, now: datetime) -> OfflineCheck:
        """Check a typed code against the kept list (a slow hash: run it off the event loop)."""
        with self._lock:
            moment = self._monotonic()
            if moment < self._blocked_until:
                return OfflineCheck(refusal="rate-limited",
                                    retry_after=max(1, int(self._blocked_until - moment + 0.999)))
            try:
                found = self._codes.find(typed, now) if self._codes else None
            except CodeError:
                return OfflineCheck(refusal="code-malformed")
            if found is not None:
                self._failures = 0
                self._blocked_until = 0.0
                return OfflineCheck(code=found)
            if moment - self._last_failure > ATTEMPT_WINDOW_SECONDS:
                self._failures = 0
            self._failures += 1
            self._last_failure = moment
            delay = delay_after(self._failures, free=FREE_ATTEMPTS,
                                max_seconds=MAX_DELAY_SECONDS)
            self._blocked_until = moment + delay
            return OfflineCheck(refusal="code-unknown-offline")


def reply_without_codes(content: bytes, keeper: OfflineCodeKeeper) -> bytes:
    """A heartbeat reply as the shell may see it: the code list kept here and taken out."""
    try:
        reply = json.loads(content)
        codes = reply.get("codes")
    except (ValueError, AttributeError):
        return content
    if codes is None:
        return content
    # A list that cannot be read is not kept, and still never passed on; the store sends
    # it again at the next heartbeat, since the revision kept here did not change.
    with contextlib.suppress(ValueError):
        keeper.keep(codes)
    reply["codes"] = None
    return json.dumps(reply).encode("utf-8")


def request_with_revision(content: bytes, keeper: OfflineCodeKeeper) -> bytes:
    """A heartbeat as the store must see it: the revision of the list kept here, so the
    store sends the list when it changed (the shell no longer knows it)."""
    try:
        body = json.loads(content)
    except ValueError:
        return content
    if not isinstance(body, dict):
        return content
    body["codes_revision"] = keeper.revision
    return json.dumps(body).encode("utf-8")
