"""The SQLite database and its -wal and -shm files are the store's owner's only."""

from __future__ import annotations

import stat
from pathlib import Path

from sqlalchemy import text

from kiosk.store.db import make_engine, migrate


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_its_journal_files_are_private(tmp_path: Path) -> None:
    database = tmp_path / "data" / "store.sqlite3"
    url = f"sqlite:///{database}"
    migrate(url)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:  # a write: the -wal and -shm files exist now
            connection.execute(text("CREATE TABLE probe (x INTEGER)"))
        files = [database, database.with_name("store.sqlite3-wal"),
                 database.with_name("store.sqlite3-shm")]
        assert all(path.exists() for path in files)
        assert [mode(path) for path in files] == [0o600] * 3
        assert mode(database.parent) == 0o700
    finally:
        engine.dispose()


def test_files_left_readable_by_others_are_made_private(tmp_path: Path) -> None:
    database = tmp_path / "store.sqlite3"
    url = f"sqlite:///{database}"
    migrate(url)
    for path in (database, database.with_name("store.sqlite3-wal")):
        path.touch()
        path.chmod(0o644)
    make_engine(url).dispose()
    assert mode(database) == 0o600
    assert mode(database.with_name("store.sqlite3-wal")) == 0o600
