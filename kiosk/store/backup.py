"""Backing up and restoring the store's database.

SQLite: SQLite's online backup (the store keeps serving; the copy is consistent even with
writers) into a new file, checked with `PRAGMA integrity_check` before it counts. PostgreSQL:
`pg_dump` in its custom format, restored with `pg_restore`. Backups are named by their time
(`kiosk-store-20261202-0230.sqlite3` or `.dump`), readable by their owner only, and the
oldest beyond `keep` are deleted once a new one is good.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

PREFIX = "kiosk-store-"


class BackupError(Exception):
    """A backup or a restore that cannot be done; the message says why, in plain words."""


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int


def _sqlite_path(database_url: str) -> Path | None:
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return None
    if not url.database or url.database == ":memory:":
        raise BackupError("an in-memory database cannot be backed up")
    return Path(url.database)


def _libpq(database_url: str) -> tuple[list[str], dict[str, str]]:
    """The address as pg_dump understands it (no driver name), and its environment: the
    password goes there, never on a command line others can read."""
    url = make_url(database_url).set(drivername="postgresql")
    options = str(url.query.get("options", ""))
    schema = options.partition("search_path=")[2].split(",")[0].split()[0] \
        if "search_path=" in options else None
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    arguments = [f"--dbname={url.set(password=None).render_as_string(hide_password=False)}"]
    if schema:  # a store kept in a schema of its own: that schema only
        arguments.append(f"--schema={schema}")
    return arguments, environment


def backup(database_url: str, folder: Path, *, now: datetime, keep: int | None = None) -> Backup:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    source = _sqlite_path(database_url)
    if source is not None:
        target = folder / f"{PREFIX}{stamp}.sqlite3"
        _sqlite_backup(source, target)
    else:
        target = folder / f"{PREFIX}{stamp}.dump"
        _pg_dump(database_url, target)
    if keep is not None:
        _prune(folder, target.suffix, keep)
    return Backup(target, target.stat().st_size)


def _sqlite_backup(source: Path, target: Path) -> None:
    if not source.is_file():
        raise BackupError(f"there is no database at {source}")
    partial = target.with_suffix(".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(descriptor)
    try:
        with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True,
                                                timeout=30)) as live, \
                contextlib.closing(sqlite3.connect(partial)) as copy:
            live.backup(copy, pages=1024)
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            copy.execute("PRAGMA journal_mode=DELETE")
        if verdict != "ok":
            raise BackupError(f"the copy is damaged ({verdict}): the backup is not kept")
        partial.replace(target)
    except sqlite3.Error as error:
        raise BackupError(f"the database could not be copied: {error}") from None
    finally:
        partial.unlink(missing_ok=True)


def _pg_dump(database_url: str, target: Path) -> None:
    partial = target.with_suffix(".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(descriptor)
    try:
        address, environment = _libpq(database_url)
        done = subprocess.run(["pg_dump", "--format=custom", "--no-owner",  # noqa: S603,S607
                               f"--file={partial}", *address],
                              capture_output=True, text=True, check=False, env=environment)
        if done.returncode != 0:
            raise BackupError(f"pg_dump failed: {done.stderr.strip()}")
        partial.replace(target)
    except FileNotFoundError:
        raise BackupError("pg_dump is not installed (apt install postgresql-client)") from None
    finally:
        partial.unlink(missing_ok=True)


def _prune(folder: Path, suffix: str, keep: int) -> None:
    kept = sorted(folder.glob(f"{PREFIX}*{suffix}"), reverse=True)
    for old in kept[max(keep, 1):]:
        old.unlink(missing_ok=True)


def restore(database_url: str, backup_file: Path) -> None:
    """Put a backup back in place of the database (stop the store first)."""
    if not backup_file.is_file():
        raise BackupError(f"there is no backup at {backup_file}")
    target = _sqlite_path(database_url)
    if target is not None:
        if backup_file.suffix != ".sqlite3":
            raise BackupError(f"{backup_file.name} is not a SQLite backup")
        try:
            with contextlib.closing(sqlite3.connect(f"file:{backup_file}?mode=ro",
                                                    uri=True)) as saved:
                if saved.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise BackupError(f"{backup_file.name} is damaged: nothing restored")
                with contextlib.closing(sqlite3.connect(target, timeout=30)) as live:
                    saved.backup(live)
        except sqlite3.DatabaseError as error:
            raise BackupError(f"{backup_file.name} cannot be restored: {error}") from None
        target.chmod(0o600)
        return
    if backup_file.suffix != ".dump":
        raise BackupError(f"{backup_file.name} is not a PostgreSQL backup (pg_dump)")
    address, environment = _libpq(database_url)
    try:
        done = subprocess.run(["pg_restore", "--clean", "--if-exists", "--no-owner",  # noqa: S603,S607
                               "--single-transaction", *address, str(backup_file)],
                              capture_output=True, text=True, check=False, env=environment)
    except FileNotFoundError:
        raise BackupError("pg_restore is not installed (apt install postgresql-client)") \
            from None
    if done.returncode != 0:
        raise BackupError(f"pg_restore failed: {done.stderr.strip()}")
