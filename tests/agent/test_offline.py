"""Offline opening from the code hashes the store sends with heartbeats."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.agent import offline
from kiosk.agent.offline import OfflineCodes
from kiosk.agent.store_client import StoreClient
from kiosk.core.codes import CodeError, display_code, generate_code, offline_code_hash
from tests.agent.conftest import LiveStore

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
SALT = bytes.fromhex("00112233445566778899aabbccddeeff")


def entry(code: str, seconds_left: int = 600, until: datetime = NOW + timedelta(hours=8),
          identifier: int = 1) -> dict[str, object]:
    return {"id": identifier, "hash": offline_code_hash(code, SALT, 1000),
            "seconds_left": seconds_left, "valid_until": until.isoformat(),
            "print_left": 3, "scan_left": 2}


def test_a_valid_code_is_found_and_others_are_not() -> None:
    good, used_up, expired = generate_code(), generate_code(), generate_code()
    codes = OfflineCodes.from_reply({
        "revision": 4, "salt": SALT.hex(), "iterations": 1000,
        "codes": [entry(good), entry(used_up, seconds_left=0, identifier=2),
                  entry(expired, until=NOW - timedelta(minutes=1), identifier=3)]})
    found = codes.find(display_code(good).lower(), NOW)
    assert found is not None
    assert (found.id, found.seconds_left, found.print_left) == (1, 600, 3)
    assert codes.find(used_up, NOW) is None
    assert codes.find(expired, NOW) is None
    assert codes.find(generate_code(), NOW) is None
    with pytest.raises(CodeError):
        codes.find(good[:-1] + ("0" if good[-1] != "0" else "1"), NOW)


def test_the_cache_survives_a_restart_privately(tmp_path: Path) -> None:
    code = generate_code()
    codes = OfflineCodes.from_reply({"revision": 1, "salt": SALT.hex(), "iterations": 1000,
                                     "codes": [entry(code)]})
    path = tmp_path / "state" / "offline-codes.json"
    offline.save(path, codes)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert code not in path.read_text(encoding="utf-8")
    again = offline.load(path)
    assert again == codes
    path.write_text("{broken", encoding="utf-8")
    assert offline.load(path) is None
    assert offline.load(tmp_path / "absent.json") is None


def test_codes_from_a_real_heartbeat_open_offline(live_store: LiveStore) -> None:
    code = live_store.code(minutes=45)
    with StoreClient(live_store.url) as client:
        client.enrol(live_store.enrol_token("poste-1"))
        reply = client.heartbeat(health={"cpu_percent": 1, "memory_percent": 1,
                                         "disk_percent": 1})
    codes = OfflineCodes.from_reply(reply["codes"])
    found = codes.find(code, datetime.now(UTC))
    assert found is not None
    assert found.seconds_left == 45 * 60
