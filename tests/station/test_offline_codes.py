"""The offline code list the station service keeps: taken out of what the shell sees,
checked for the shell, slower after each wrong code."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.agent.offline import OFFLINE_CODES_FILE
from kiosk.core.codes import generate_code, offline_code_hash
from kiosk.station.offline_codes import (
    FREE_ATTEMPTS,
    OfflineCodeKeeper,
    reply_without_codes,
    request_with_revision,
)

SALT = b"0123456789abcdef"
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def listing(*codes: str, revision: int = 7, seconds_left: int = 1800) -> dict[str, Any]:
    return {"revision": revision, "salt": SALT.hex(), "iterations": 1000, "codes": [
        {"id": number, "hash": offline_code_hash(code, SALT, 1000),
         "seconds_left": seconds_left, "valid_until": (NOW + timedelta(days=1)).isoformat(),
         "print_left": 5, "scan_left": 3}
        for number, code in enumerate(codes, start=1)]}


def test_a_heartbeat_reply_loses_its_codes_and_the_service_keeps_them(tmp_path: Path) -> None:
    keeper = OfflineCodeKeeper(tmp_path)
    code = generate_code()
    reply = {"commands": [], "site": {"name": "Centre social Nord"}, "codes": listing(code)}
    passed_on = json.loads(reply_without_codes(json.dumps(reply).encode(), keeper))
    assert passed_on == {**reply, "codes": None}
    kept = tmp_path / OFFLINE_CODES_FILE
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert keeper.revision == 7
    # After a restart, the list kept on disk still answers.
    found = OfflineCodeKeeper(tmp_path).check(code, NOW).code
    assert found is not None
    assert (found.id, found.seconds_left, found.print_left, found.scan_left) == (1, 1800, 5, 3)
    # The store learns which list the station has, whatever the shell said.
    asked = json.loads(request_with_revision(
        json.dumps({"health": {}, "codes_revision": 99}).encode(), keeper))
    assert asked["codes_revision"] == 7


def test_a_list_that_cannot_be_read_is_neither_kept_nor_passed_on(tmp_path: Path) -> None:
    keeper = OfflineCodeKeeper(tmp_path)
    reply = {"commands": [], "codes": {"revision": 3, "codes": "not a list"}}
    assert json.loads(reply_without_codes(json.dumps(reply).encode(), keeper))["codes"] is None
    assert keeper.revision is None
    assert not (tmp_path / OFFLINE_CODES_FILE).exists()
    # Answers that are not a heartbeat's pass untouched.
    assert reply_without_codes(b"not json", keeper) == b"not json"
    assert reply_without_codes(b'{"commands": []}', keeper) == b'{"commands": []}'
    assert request_with_revision(b"[1, 2]", keeper) == b"[1, 2]"


def test_codes_that_cannot_open_offline(tmp_path: Path) -> None:
    keeper = OfflineCodeKeeper(tmp_path)
    assert keeper.check(generate_code(), NOW).refusal == "code-unknown-offline"  # no list
    used_up, expired = generate_code(), generate_code()
    keeper.keep(listing(used_up, seconds_left=0))
    assert keeper.check(used_up, NOW).refusal == "code-unknown-offline"
    keeper.keep(listing(expired))
    assert keeper.check(expired, NOW + timedelta(days=2)).refusal == "code-unknown-offline"
    assert keeper.check("K7M2-9QHX-?", NOW).refusal == "code-malformed"


def test_wrong_codes_slow_the_checks_down_and_a_right_one_clears_them(tmp_path: Path) -> None:
    clock = Clock()
    keeper = OfflineCodeKeeper(tmp_path, monotonic=clock)
    good = generate_code()
    keeper.keep(listing(good))
    for _ in range(FREE_ATTEMPTS):
        assert keeper.check(generate_code(), NOW).refusal == "code-unknown-offline"
    sixth = keeper.check(generate_code(), NOW)
    assert sixth.refusal == "code-unknown-offline"
    # The next try, even with the right code, waits: a guessing program gains nothing.
    waiting = keeper.check(good, NOW)
    assert (waiting.refusal, waiting.retry_after) == ("rate-limited", 1)
    clock.now += 1
    assert keeper.check(generate_code(), NOW).refusal == "code-unknown-offline"
    assert keeper.check(good, NOW).retry_after == 2  # doubled
    clock.now += 2
    assert keeper.check(good, NOW).code is not None
    # Cleared: the next guest's typos are free again.
    assert keeper.check(generate_code(), NOW).refusal == "code-unknown-offline"
    assert keeper.check(generate_code(), NOW).refusal == "code-unknown-offline"


def test_failures_an_hour_old_are_forgotten(tmp_path: Path) -> None:
    clock = Clock()
    keeper = OfflineCodeKeeper(tmp_path, monotonic=clock)
    keeper.keep(listing(generate_code()))
    for _ in range(FREE_ATTEMPTS):
        keeper.check(generate_code(), NOW)
    clock.now += 3601
    for _ in range(FREE_ATTEMPTS):
        assert keeper.check(generate_code(), NOW).refusal == "code-unknown-offline"
