"""What the shell asks of the store, whether the store answers or not.

Opening a session goes to the store; when the store cannot be reached, the code is checked
against the offline list the heartbeats brought, and the session is reported once the store
is back. Closing a session, and every usage event, is queued durably until delivered: a
session is never lost and never charged twice (the store recognises what it already has).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.agent import offline
from kiosk.agent.outbox import Outbox
from kiosk.agent.policy_delivery import PolicyDelivery
from kiosk.agent.store_client import StoreClient, StoreRefusal, StoreUnavailable
from kiosk.core.codes import CodeError, normalise_code

log = logging.getLogger("kiosk.session")

CURRENT_SESSION_FILE = "current-session.json"


@dataclass(frozen=True)
class OpenedSession:
    session_id: str
    seconds_left: int
    print_left: int
    scan_left: int
    started_at: datetime
    offline_code_id: int | None = None  # set when the store was away at opening

    @property
    def offline(self) -> bool:
        return self.offline_code_id is not None


class SessionRefused(Exception):  # noqa: N818 - an answer for the guest, not a bug
    """The code cannot open a session. `code` is stable; `detail` is the store's French
    sentence when the store gave one (the shell words the others)."""

    def __init__(self, code: str, detail: str = "", retry_after: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail
        self.retry_after = retry_after


class QuotaExceeded(Exception):  # noqa: N818 - an answer for the guest
    def __init__(self, pages_left: int) -> None:
        super().__init__(pages_left)
        self.pages_left = pages_left


class MeteringUnavailable(Exception):  # noqa: N818 - a condition the guest is told about
    """Pages cannot be counted right now (the store is away during an online session)."""


@dataclass
class _LocalPages:
    """Pages of a session opened offline: counted here, reported when it is reconciled."""

    session_id: str
    left: dict[str, int]
    used: dict[str, int]
    reserved: dict[str, tuple[str, int]]


class StationAgent:
    def __init__(self, *, client: StoreClient, outbox: Outbox, state_dir: Path) -> None:
        self.client = client
        self.outbox = outbox
        self._codes_path = state_dir / offline.OFFLINE_CODES_FILE
        self._current_path = state_dir / CURRENT_SESSION_FILE
        if client.relayed:
            # The station service keeps the list, out of the guest account's reach; a list
            # an older version left in the shell's folder goes.
            self._codes_path.unlink(missing_ok=True)
            self._offline = None
        else:
            self._offline = offline.load(self._codes_path)
        self._local_pages: _LocalPages | None = None
        # The place as the store last described it (name, time zone, opening hours).
        self.site: dict[str, Any] | None = None
        self.policies = PolicyDelivery(client=client, state_dir=state_dir)

    # -- a session that a crash or a power cut interrupted -----------------------------------

    def remember(self, session: OpenedSession) -> None:
        """Note the open session on disk, so a crash cannot leave it open at the store."""
        record = {"session_id": session.session_id, "started_at": session.started_at.isoformat(),
                  "offline_code_id": session.offline_code_id}
        descriptor = os.open(self._current_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(record, handle)

    def forget(self) -> None:
        self._current_path.unlink(missing_ok=True)

    def recover_interrupted(self, now: datetime) -> bool:
        """At start-up: close a session the last run could not end, as `crash_recovered`."""
        try:
            record = json.loads(self._current_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        session = OpenedSession(str(record["session_id"]), 0, 0, 0,
                                datetime.fromisoformat(record["started_at"]),
                                offline_code_id=record.get("offline_code_id"))
        # The time it ran is unknown: the store charges what its ticks recorded.
        self.close_session(session, used_seconds=0, reason="crash_recovered", now=now)
        self.forget()
        log.info("an interrupted session was closed as crash_recovered")
        return True

    def open_session(self, typed_code: str, now: datetime) -> OpenedSession:
        try:
            normalise_code(typed_code)
        except CodeError as error:
            raise SessionRefused("code-malformed", retry_after=None) from error
        try:
            answer = self.client.open_session(typed_code)
        except StoreRefusal as refusal:
            raise SessionRefused(refusal.code, refusal.detail,
                                 refusal.retry_after) from None
        except StoreUnavailable:
            return self._open_offline(typed_code, now)
        return OpenedSession(answer["session_id"], answer["seconds_left"], answer["print_left"],
                             answer["scan_left"], now)

    def _open_offline(self, typed_code: str, now: datetime) -> OpenedSession:
        if self.client.relayed:
            return self._open_offline_by_service(typed_code, now)
        found = self._offline.find(typed_code, now) if self._offline else None
        if found is None:
            raise SessionRefused("code-unknown-offline")
        log.info("session opened offline")
        return OpenedSession(str(uuid.uuid4()), found.seconds_left, found.print_left,
                             found.scan_left, now, offline_code_id=found.id)

    def _open_offline_by_service(self, typed_code: str, now: datetime) -> OpenedSession:
        try:
            found = self.client.offline_code(typed_code)
        except StoreRefusal as refusal:
            raise SessionRefused(refusal.code, retry_after=refusal.retry_after) from None
        except StoreUnavailable:
            raise SessionRefused("code-unknown-offline") from None
        log.info("session opened offline")
        return OpenedSession(str(uuid.uuid4()), int(found["seconds_left"]),
                             int(found["print_left"]), int(found["scan_left"]), now,
                             offline_code_id=int(found["id"]))

    # -- pages: reserved before a job, committed when it printed, refunded otherwise -------

    def reserve_pages(self, session: OpenedSession, kind: str, pages: int) -> str:
        """Reserve pages of the code's quota; returns the reservation's id.

        Raises QuotaExceeded (with what is left) or MeteringUnavailable.
        """
        if session.offline:
            return self._reserve_locally(session, kind, pages)
        try:
            answer = self.client.reserve_pages(session.session_id, kind, pages)
        except StoreRefusal as refusal:
            if refusal.code == "quota-exceeded":
                raise QuotaExceeded(int(refusal.problem.get("pages_left", 0))) from None
            raise MeteringUnavailable(refusal.code) from None
        except StoreUnavailable as error:
            raise MeteringUnavailable(str(error)) from None
        return str(answer["reservation_id"])

    def settle_pages(self, session: OpenedSession, reservation_id: str, *,
                     printed: bool) -> None:
        """Commit the pages of a job that went through, or refund those of one that did not.

        Never raises: a settlement the store cannot take now is queued and delivered later.
        """
        if session.offline:
            self._settle_locally(reservation_id, printed=printed)
            return
        # Queued in order, so it always reaches the store before the session's close.
        self.outbox.add_delivery(reservation_id, "commit" if printed else "refund",
                                 {"session_id": session.session_id})
        self.deliver()

    def pages_used_offline(self, session: OpenedSession, kind: str) -> int:
        local = self._local_pages
        return local.used[kind] if local and local.session_id == session.session_id else 0

    def _local_for(self, session: OpenedSession) -> _LocalPages:
        if self._local_pages is None or self._local_pages.session_id != session.session_id:
            self._local_pages = _LocalPages(
                session.session_id, {"print": session.print_left, "scan": session.scan_left},
                {"print": 0, "scan": 0}, {})
        return self._local_pages

    def _reserve_locally(self, session: OpenedSession, kind: str, pages: int) -> str:
        local = self._local_for(session)
        if pages > local.left[kind]:
            raise QuotaExceeded(local.left[kind])
        local.left[kind] -= pages
        reservation_id = f"local-{uuid.uuid4()}"
        local.reserved[reservation_id] = (kind, pages)
        return reservation_id

    def _settle_locally(self, reservation_id: str, *, printed: bool) -> None:
        local = self._local_pages
        if local is None or reservation_id not in local.reserved:
            return
        kind, pages = local.reserved.pop(reservation_id)
        if printed:
            local.used[kind] += pages
        else:
            local.left[kind] += pages

    def close_session(self, session: OpenedSession, *, used_seconds: int, reason: str,
                      now: datetime, print_pages: int | None = None,
                      scan_pages: int | None = None) -> None:
        """Queue the session's end, then try to deliver it at once."""
        if print_pages is None:
            print_pages = self.pages_used_offline(session, "print")
        if scan_pages is None:
            scan_pages = self.pages_used_offline(session, "scan")
        if session.offline_code_id is not None:
            body: dict[str, Any] = {
                "id": session.session_id, "code_id": session.offline_code_id,
                "started_at": session.started_at.isoformat(), "ended_at": now.isoformat(),
                "used_seconds": used_seconds, "reason": reason,
                "print_pages": print_pages, "scan_pages": scan_pages}
            self.outbox.add_delivery(session.session_id, "offline_session", body)
        else:
            self.outbox.add_delivery(session.session_id, "close",
                                     {"used_seconds": used_seconds, "reason": reason})
        self.deliver()

    def tick(self, session: OpenedSession, used_seconds: int) -> None:
        """Tell the store the time used so far, so a crash loses at most one heartbeat's worth.

        A failure changes nothing: the close, queued durably, carries the full time anyway.
        """
        if session.offline_code_id is None:
            with contextlib.suppress(StoreUnavailable, StoreRefusal):
                self.client.tick(session.session_id, used_seconds)

    def heartbeat(self, *, health: dict[str, Any], session_id: str | None = None,
                  policy_version: str | None = None) -> list[dict[str, Any]] | None:
        """Report to the store and collect its commands; None when it is away. A policy
        published since is fetched and checked here, for the shell to take between two
        sessions (`policies.take()`)."""
        if policy_version is not None:
            self.policies.running = policy_version
        try:
            reply = self.client.heartbeat(
                health=health, session_id=session_id, outbox_backlog=len(self.outbox),
                refused_events=self.outbox.refused_count(),
                policy_version=policy_version, policy_refused=self.policies.refused,
                codes_revision=self._offline.revision if self._offline else None)
        except (StoreUnavailable, StoreRefusal):
            return None
        if isinstance(reply.get("site"), dict):
            self.site = reply["site"]
            self.policies.announced(self.site.get("policy_version"))
        if reply.get("codes") is not None:
            self._offline = offline.OfflineCodes.from_reply(reply["codes"])
            offline.save(self._codes_path, self._offline)
        self.deliver()
        commands: list[dict[str, Any]] = reply["commands"]
        return commands

    def ask_help(self, need: str) -> int:
        """Ask the reception for "help" or "more_time" at once (not through the outbox: it
        matters now or not at all); raises StoreUnavailable when the store is away."""
        return self.client.ask_help(need)

    def deliver(self) -> bool:
        """Send what is queued; True when nothing is left. Stops at the first network fault."""
        try:
            for delivery_id, kind, body in self.outbox.deliveries():
                try:
                    if kind == "close":
                        self.client.close_session(delivery_id, body["used_seconds"],
                                                  body["reason"])
                    elif kind in ("commit", "refund"):
                        self.client.settle_pages(body["session_id"], delivery_id, kind)
                    else:
                        self.client.record_offline_session(body)
                except StoreRefusal as refusal:
                    # The store will never take it (a session it does not know): keep the
                    # queue moving, and say so in the log (no code, no session content).
                    log.warning("the store refused a queued %s: %s", kind, refusal.code)
                self.outbox.delivered(delivery_id)
            self.outbox.flush(self.client.send_events)
        except StoreUnavailable:
            return False
        return True
