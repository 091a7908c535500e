"""The whitelist policy the store publishes for the station's site.

A heartbeat names the digest of the published policy. When the station runs another, it
fetches the text with its token, checks that the text has that digest, and validates it with
the core engine; only then does it keep it in its private folder (so it still has it when the
store is away or the station restarts) and offer it to the shell, which runs it from the next
session, never during one. A text that does not match or does not validate is refused, said
in the next heartbeats, and the station keeps its last good policy.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from pathlib import Path

from kiosk.agent.private_files import write_private
from kiosk.agent.store_client import StoreClient, StoreRefusal, StoreUnavailable
from kiosk.core.policy import Policy, PolicyError, parse_policy

log = logging.getLogger("kiosk.policy")

POLICY_FILE = "policy.toml"


class PolicyDelivery:
    def __init__(self, *, client: StoreClient, state_dir: Path,
                 running: str | None = None) -> None:
        self._client = client
        self._path = state_dir / POLICY_FILE
        self._lock = threading.Lock()
        self.running = running  # the digest of the policy the shell runs
        self.refused: str | None = None  # the digest of a published policy refused here
        self._pending: Policy | None = None

    @staticmethod
    def kept(state_dir: Path) -> Policy | None:
        """The last good policy the store delivered, or None (never delivered, or the file
        is damaged: then the installed policy serves)."""
        path = state_dir / POLICY_FILE
        if not path.is_file():
            return None
        policy, problem = _read(path)
        if problem:
            log.error("the policy kept from the store cannot be used: %s", problem)
        return policy

    def announced(self, digest: str | None) -> None:
        """A heartbeat named the published policy: fetch it when it is new here. Runs off
        the GUI thread; never raises (the next heartbeat tries again)."""
        if not digest:
            return
        with self._lock:
            pending = self._pending.digest if self._pending else None
        if digest in (self.running, pending):
            self.refused = None  # what is published is what runs, or soon will
            return
        if digest == self.refused:
            return
        try:
            answer = self._client.policy()
        except (StoreUnavailable, StoreRefusal) as error:
            log.warning("the published policy could not be fetched: %s", error)
            return
        text = answer.get("text")
        if not isinstance(text, str) or answer.get("digest") != digest or (
                hashlib.sha256(text.encode("utf-8")).hexdigest() != digest):
            log.error("the policy received does not match the digest the store announced: "
                      "refused, the station keeps its policy")
            self.refused = digest
            return
        policy, problem = parse_or_problem(text, f"store policy version {answer.get('version')}")
        if policy is None:
            log.error("the published policy does not validate here: refused, the station "
                      "keeps its policy: %s", problem)
            self.refused = digest
            return
        write_private(self._path, text)
        self.refused = None
        with self._lock:
            self._pending = policy
        log.info("policy version %s received; it applies from the next session",
                 answer.get("version"))

    @property
    def waiting(self) -> bool:
        """A new policy was received and waits for the shell to take it."""
        with self._lock:
            return self._pending is not None

    def take(self) -> Policy | None:
        """The policy waiting to be run, once: the shell takes it between two sessions."""
        with self._lock:
            policy, self._pending = self._pending, None
        return policy


def parse_or_problem(text: str | bytes, source: str) -> tuple[Policy | None, str]:
    try:
        return parse_policy(text, source=source), ""
    except PolicyError as error:
        return None, str(error)


def _read(path: Path) -> tuple[Policy | None, str]:
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, str(error)
    return parse_or_problem(data, f"{path} (from the store)")
