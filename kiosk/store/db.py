"""Database engines and the schema check that keeps the store off an old schema."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class SchemaOutOfDate(RuntimeError):  # noqa: N818 - a state the operator fixes, not a bug
    """The database is not at the schema this version of the store needs."""


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    # Parameters stay out of error messages: they may hold token digests or code hashes.
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            _private_sqlite_files(Path(database))
        engine = create_engine(url, hide_parameters=True, pool_size=20, max_overflow=20,
                               connect_args={"check_same_thread": False, "timeout": 30})
        _serialise_sqlite_writers(engine)
        return engine
    # No ping before each use (a round trip per request): connections are recycled instead,
    # and one that broke fails its request, which the station simply sends again.
    return create_engine(url, hide_parameters=True, pool_size=10, max_overflow=20,
                         pool_recycle=1800)


def _private_sqlite_files(database: Path) -> None:
    """The database holds the store's records (code hashes, token digests, usage): like
    `store.toml`, it is readable by its owner only. SQLite makes its `-wal` and `-shm` files
    with the database file's permissions, so the file is made first, private; files an
    older version left readable by others are made private too."""
    database.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for path in (database, database.with_name(database.name + "-wal"),
                 database.with_name(database.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)


def _serialise_sqlite_writers(engine: Engine) -> None:
    """One writer at a time, queued in this process rather than in SQLite's busy loop.

    Every transaction takes SQLite's write lock at its start (BEGIN IMMEDIATE), so two
    transactions never both read and then fail to upgrade ("database is locked" in the middle
    of a request). Threads of this process wait for their turn on a lock, which wakes them at
    once; SQLite's own busy handler sleeps and polls, which ruins latency under load. The
    busy timeout still covers other processes (a `kiosk store` command beside the server).
    """
    writer = threading.Lock()

    def on_connect(dbapi_connection: Any, _record: Any) -> None:  # noqa: ANN401 - DB-API
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON",
                       "busy_timeout=30000"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    def release(connection: Connection) -> None:
        if connection.info.pop("kiosk_writer", False):
            writer.release()

    def on_begin(connection: Connection) -> None:
        if not writer.acquire(timeout=60):
            raise SQLAlchemyTimeoutError("the database stayed busy for a minute")
        connection.info["kiosk_writer"] = True
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            release(connection)
            raise

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    event.listen(engine, "commit", release)
    event.listen(engine, "rollback", release)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(url: str) -> None:
    """Bring the database to the newest schema (creating it when it does not exist)."""
    make_engine(url).dispose()  # creates the SQLite file's folder
    command.upgrade(alembic_config(url), "head")


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_schema(engine: Engine) -> None:
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise SchemaOutOfDate(
            f"the database schema is at {current or 'nothing'}, this store needs {head}: "
            "run `kiosk store migrate`")
