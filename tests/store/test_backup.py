"""Backing up a store while it runs, and putting a backup back: what was there at the
backup comes back, a damaged or wrong file changes nothing."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.cli import main as kiosk_main
from kiosk.store.backup import BackupError, backup, restore
from kiosk.store.models import Site
from kiosk.store.services import sites

NOW = datetime(2026, 12, 2, 2, 30, tzinfo=UTC)


def slugs(db: Session) -> list[str]:
    names = sorted(db.scalars(select(Site.slug)))
    db.rollback()
    return names


def test_a_backup_taken_while_the_store_works_comes_back_whole(
        database_url: str, db: Session, tmp_path: Path) -> None:
    sites.add_site(db, slug="centre-nord", name="Centre social Nord", now=NOW)
    db.commit()
    folder = tmp_path / "backups"
    made = backup(database_url, folder, now=NOW)
    assert made.size > 0
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    sites.add_site(db, slug="apres", name="Après la sauvegarde", now=NOW)
    db.commit()
    assert slugs(db) == ["apres", "centre-nord"]
    db.close()
    restore(database_url, made.path)
    assert slugs(db) == ["centre-nord"]


def test_keep_leaves_the_newest(database_url: str, db: Session, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = [backup(database_url, folder, now=NOW + timedelta(days=day), keep=2).path
            for day in range(4)]
    assert sorted(folder.iterdir()) == made[2:]


def test_a_damaged_or_foreign_file_restores_nothing(
        database_url: str, db: Session, tmp_path: Path) -> None:
    sites.add_site(db, slug="centre-nord", name="Centre social Nord", now=NOW)
    db.commit()
    db.close()
    good = backup(database_url, tmp_path, now=NOW).path
    damaged = tmp_path / f"damaged{good.suffix}"
    damaged.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3] + b"\0" * 4096)
    with pytest.raises(BackupError):
        restore(database_url, damaged)
    foreign = tmp_path / ("other.dump" if good.suffix == ".sqlite3" else "other.sqlite3")
    foreign.write_bytes(good.read_bytes())
    with pytest.raises(BackupError, match="not a"):
        restore(database_url, foreign)
    with pytest.raises(BackupError, match="no backup"):
        restore(database_url, tmp_path / "absent.sqlite3")
    assert slugs(db) == ["centre-nord"]


def test_the_commands(database_url: str, db: Session, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str],
                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_SECRET_KEY", "backup-tests-" + "s" * 40)
    db.close()
    folder = tmp_path / "backups"
    assert kiosk_main(["store", "backup", str(folder), "--keep", "3", "--database",
                       database_url]) == 0
    made = next(folder.iterdir())
    assert str(made) in capsys.readouterr().out
    assert kiosk_main(["store", "restore", str(made), "--database", database_url]) == 0
    assert "the schema is up to date" in capsys.readouterr().out
    assert kiosk_main(["store", "restore", str(tmp_path / "absent.dump"), "--database",
                       database_url]) == 2
    assert "nothing restored" in capsys.readouterr().err
    assert kiosk_main(["store", "backup", str(folder), "--keep", "0", "--database",
                       database_url]) == 2
    assert "--keep" in capsys.readouterr().err
