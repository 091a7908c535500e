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
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class SchemaOutOfDate(RuntimeError):  # noqa: N818 - a state the operator fixes, not a bug
    """The database is not at the schema this version of the store needs."""


def make_engine(url: str | URL, *, busy_seconds: float = 30, pool_size: int = 20) -> Engine:
    """An engine for the store's database.

    `busy_seconds`: how long a SQLite write waits for another process's lock before it
    fails (the server keeps this short and answers 503; commands can afford to wait).
    """
    parsed = make_url(url)
    # Parameters stay out of error messages: they may hold token digests or code hashes.
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            _private_sqlite_files(Path(database))
        engine = create_engine(parsed, hide_parameters=True, pool_size=pool_size,
                               max_overflow=pool_size,
                               connect_args={"check_same_thread": False,
                                             "timeout": busy_seconds})
        _serialise_sqlite_writers(engine, busy_seconds)
        return engine
    # Each connection is checked before use: after PostgreSQL restarts, the pool's old
    # connections are dead and would each fail a request.
    return create_engine(parsed, hide_parameters=True, pool_size=pool_size, max_overflow=0,
                         pool_timeout=busy_seconds, pool_pre_ping=True, pool_recycle=1800)


def make_read_engine(url: str | URL, *, pool_size: int) -> Engine:
    """SQLite connections that only read: in WAL mode they never wait for the writer."""
    engine = create_engine(make_url(url), hide_parameters=True, pool_size=pool_size,
                           max_overflow=0, connect_args={"check_same_thread": False})

    def on_connect(dbapi_connection: Any, _record: Any) -> None:  # noqa: ANN401 - DB-API
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in ("query_only=ON", "foreign_keys=ON", "busy_timeout=1000"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    def on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")  # one snapshot for the whole request

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


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


def _serialise_sqlite_writers(engine: Engine, busy_seconds: float) -> None:
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
                       f"busy_timeout={int(busy_seconds * 1000)}"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    def release(connection: Connection) -> None:
        if connection.info.pop("kiosk_writer", False):
            writer.release()

    def on_begin(connection: Connection) -> None:
        if not writer.acquire(timeout=busy_seconds):
            raise SQLAlchemyTimeoutError("the database stayed busy")
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
