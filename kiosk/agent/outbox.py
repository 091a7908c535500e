"""A durable outbox of usage events: nothing is lost while the store is away.

Events are written to a SQLite file in the station's state folder (outside the guest's
reach) the moment they happen, and deleted only once the store has acknowledged them. Each
has its UUID from the start, so sending a batch twice (after a cut connection, say) stores
it once at the store. An event the store refuses for good (malformed) is set aside, kept and
counted, so that it never holds back the events behind it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS refused_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    data TEXT NOT NULL,
    reason TEXT NOT NULL,
    refused_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS deliveries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    body TEXT NOT NULL
)
"""


class Outbox:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # an event written is an event kept
        self._db.executescript(_SCHEMA)
        path.chmod(0o600)

    def add(self, type_: str, data: dict[str, Any], *, occurred_at: datetime | None = None,
            event_id: str | None = None) -> str:
        """Queue an event; returns its UUID."""
        event_id = event_id or str(uuid.uuid4())
        when = (occurred_at or datetime.now(UTC)).astimezone(UTC).isoformat()
        with self._lock:
            self._db.execute(
                "INSERT OR IGNORE INTO events (id, type, occurred_at, data) VALUES (?, ?, ?, ?)",
                (event_id, type_, when, json.dumps(data, separators=(",", ":"))))
        return event_id

    def pending(self, limit: int = 500) -> list[dict[str, Any]]:
        """The oldest events not yet acknowledged, in the store's format."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, type, occurred_at, data FROM events ORDER BY seq LIMIT ?",
                (limit,)).fetchall()
        return [{"id": row[0], "type": row[1], "occurred_at": row[2], "data": json.loads(row[3])}
                for row in rows]

    def acknowledge(self, event_ids: list[str]) -> None:
        with self._lock:
            self._db.executemany("DELETE FROM events WHERE id = ?", [(i,) for i in event_ids])

    def __len__(self) -> int:
        with self._lock:
            (count,) = self._db.execute("SELECT count(*) FROM events").fetchone()
        return int(count)

    def set_aside(self, refused: Mapping[str, str]) -> None:
        """Move events the store refused for good ({id: reason}) out of the queue, kept."""
        now = datetime.now(UTC).isoformat()
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR IGNORE INTO refused_events (id, type, occurred_at, data, reason, "
                "refused_at) SELECT id, type, occurred_at, data, ?, ? FROM events WHERE id = ?",
                [(reason, now, event_id) for event_id, reason in refused.items()])
            self._db.executemany("DELETE FROM events WHERE id = ?",
                                 [(event_id,) for event_id in refused])
            self._db.execute("COMMIT")

    def refused_count(self) -> int:
        with self._lock:
            (count,) = self._db.execute("SELECT count(*) FROM refused_events").fetchone()
        return int(count)

    def refused(self) -> list[dict[str, Any]]:
        """The events set aside, with why the store refused them."""
        with self._lock:
            rows = self._db.execute("SELECT id, type, occurred_at, data, reason, refused_at "
                                    "FROM refused_events ORDER BY seq").fetchall()
        return [{"id": r[0], "type": r[1], "occurred_at": r[2], "data": json.loads(r[3]),
                 "reason": r[4], "refused_at": r[5]} for r in rows]

    def flush(self, send: Callable[[list[dict[str, Any]]], Mapping[str, str]], *,
              batch: int = 500) -> int:
        """Send everything queued, batch by batch, with `send`; returns how many the store
        took.

        `send` returns the events the store refused for good ({id: reason}), which are set
        aside; it raises when the store cannot take a batch now, and what was not
        acknowledged stays queued for the next attempt.
        """
        sent = 0
        while events := self.pending(batch):
            refused = send(events)
            if refused:
                self.set_aside(refused)
            self.acknowledge([event["id"] for event in events if event["id"] not in refused])
            sent += len(events) - len(refused)
        return sent

    # -- deliveries: requests to the store that must happen once, later if need be ---------

    def add_delivery(self, delivery_id: str, kind: str, body: dict[str, Any]) -> None:
        """Queue a request (closing a session, reporting one opened offline) until it is done."""
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO deliveries (id, kind, body) VALUES (?, ?, ?)",
                             (delivery_id, kind, json.dumps(body, separators=(",", ":"))))

    def deliveries(self) -> list[tuple[str, str, dict[str, Any]]]:
        with self._lock:
            rows = self._db.execute("SELECT id, kind, body FROM deliveries ORDER BY seq").fetchall()
        return [(row[0], row[1], json.loads(row[2])) for row in rows]

    def delivered(self, delivery_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM deliveries WHERE id = ?", (delivery_id,))

    def close(self) -> None:
        with self._lock:
            self._db.close()
