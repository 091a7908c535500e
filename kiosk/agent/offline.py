"""Opening sessions while the store is away (design §4).

Each heartbeat that finds the site's codes changed brings the slow hashes of the codes valid
at the site, with what each has left. The station keeps that list on disk (hashes only, in
its private state folder) and, when the store cannot be reached, checks a typed code
against it: one PBKDF2 computation per attempt, cheap for a person typing, slow for anyone
trying every code from a stolen disk. What the session then uses is reported to the store
when it returns, through the outbox.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.agent.private_files import write_private
from kiosk.core.codes import normalise_code, offline_code_hash

OFFLINE_CODES_FILE = "offline-codes.json"


@dataclass(frozen=True)
class OfflineCode:
    id: int
    hash: str
    seconds_left: int
    valid_until: datetime
    print_left: int
    scan_left: int


@dataclass(frozen=True)
class OfflineCodes:
    revision: int
    salt: bytes
    iterations: int
    codes: tuple[OfflineCode, ...]

    @classmethod
    def from_reply(cls, payload: dict[str, Any]) -> OfflineCodes:
        """Read the `codes` part of a heartbeat reply (or of the cache file)."""
        return cls(
            revision=int(payload["revision"]),
            salt=bytes.fromhex(payload["salt"]),
            iterations=int(payload["iterations"]),
            codes=tuple(
                OfflineCode(int(c["id"]), str(c["hash"]), int(c["seconds_left"]),
                            datetime.fromisoformat(str(c["valid_until"]).replace("Z", "+00:00")),
                            int(c["print_left"]), int(c["scan_left"]))
                for c in payload["codes"]),
        )

    def to_reply(self) -> dict[str, Any]:
        return {"revision": self.revision, "salt": self.salt.hex(), "iterations": self.iterations,
                "codes": [{**asdict(c), "valid_until": c.valid_until.isoformat()}
                          for c in self.codes]}

    def find(self, typed: str, now: datetime) -> OfflineCode | None:
        """The code a person typed, if it can open a session now; None otherwise.

        Raises `CodeError` when what was typed cannot be a code at all (a typo the check
        symbol caught), before any slow hashing.
        """
        canonical = normalise_code(typed)
        wanted = offline_code_hash(canonical, self.salt, self.iterations)
        for code in self.codes:
            if code.hash == wanted:
                usable = code.seconds_left > 0 and now < code.valid_until
                return code if usable else None
        return None


def save(path: Path, codes: OfflineCodes) -> None:
    """Write the cache atomically, readable by the station's account only."""
    write_private(path, json.dumps(codes.to_reply()))


def load(path: Path) -> OfflineCodes | None:
    """The cached list, or None when there is none or it cannot be read."""
    try:
        return OfflineCodes.from_reply(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
