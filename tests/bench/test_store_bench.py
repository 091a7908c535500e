"""The store benchmark prepares more stations than one batch of codes (the desk issues at
most 100 codes at a time)."""

from __future__ import annotations

from pathlib import Path

from kiosk.bench.store import prepare
from kiosk.store.services.codes import MAX_BATCH


def test_more_stations_than_one_batch_of_codes(tmp_path: Path) -> None:
    count = MAX_BATCH + 1
    tokens, codes = prepare(f"sqlite:///{tmp_path / 'bench.sqlite3'}", count)
    assert len(tokens) == len(set(tokens)) == count
    assert len(codes) == len(set(codes)) == count
