"""The schema comes only from migrations, and the store refuses to run on an old one."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from kiosk.store.app import create_app
from kiosk.store.config import StoreSettings
from kiosk.store.db import (
    SchemaOutOfDate,
    check_schema,
    current_revision,
    head_revision,
    make_engine,
    migrate,
)
from kiosk.store.models import Base


def test_migrations_build_the_schema_of_the_models_from_empty(database_url: str) -> None:
    migrate(database_url)
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection),
                                           Base.metadata)
            tables = set(inspect(connection).get_table_names())
        assert differences == []
        assert set(Base.metadata.tables) <= tables
        migrate(database_url)  # running it again changes nothing
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_the_store_refuses_an_empty_or_old_database(tmp_path: object) -> None:
    url = f"sqlite:///{tmp_path}/empty.sqlite3"
    engine = make_engine(url)
    try:
        with pytest.raises(SchemaOutOfDate, match="kiosk store migrate"):
            check_schema(engine)
        with pytest.raises(SchemaOutOfDate):
            create_app(StoreSettings(secret_key="s" * 40, database_url=url), engine=engine)
    finally:
        engine.dispose()


def test_the_usage_figures_migration_folds_what_was_already_recorded(database_url: str) -> None:
    """0007 adds the events, sessions, help requests and people turned away recorded
    before it to the daily and hourly figures, once."""
    from alembic import command  # noqa: PLC0415
    from sqlalchemy import text  # noqa: PLC0415

    from kiosk.store.db import alembic_config  # noqa: PLC0415

    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:  # the fixture's database is at head: start again
            Base.metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        command.upgrade(alembic_config(database_url), "0006")
        statements = [
            "INSERT INTO sites (id, slug, name, timezone, opening_hours, code_salt,"
            " codes_revision, stations_revision, desk, created_at) VALUES (1, 'paris', 'P',"
            " 'Europe/Paris', '{}', :salt, 0, 0, '{}', '2026-01-01 00:00:00')",
            "INSERT INTO stations (id, site_id, name, token_hash, enrolled_at, out_of_order,"
            " health, outbox_backlog, revoked, has_commands, refused_events) VALUES (1, 1,"
            " 'poste-1', 'h', '2026-01-01 00:00:00', false, '{}', 0, false, false, 0)",
            "INSERT INTO codes (id, site_id, code_hash, offline_hash, budget_seconds,"
            " used_seconds, valid_from, valid_until, print_quota, print_used, print_reserved,"
            " scan_quota, scan_used, scan_reserved, revoked, issued_at) VALUES (1, 1, 'c', 'o',"
            " 3600, 2400, '2026-03-02 08:00:00', '2026-03-02 20:00:00', 0, 0, 0, 0, 0, 0,"
            " false, '2026-03-02 08:00:00')",
            # 10:40 to 11:20 in Paris (UTC+1 in March)
            "INSERT INTO sessions (id, code_id, station_id, site_id, started_at, last_tick_at,"
            " used_seconds, ended_at, end_reason) VALUES ('s1', 1, 1, 1,"
            " '2026-03-02 09:40:00', '2026-03-02 10:20:00', 2400, '2026-03-02 10:20:00',"
            " 'user')",
            "INSERT INTO events (id, site_id, station_id, type, occurred_at, received_at, data)"
            " VALUES ('e1', 1, 1, 'print_job', '2026-03-02 10:00:00', '2026-03-02 10:00:00',"
            " '{\"pages\": 2, \"copies\": 2, \"outcome\": \"completed\"}')",
            "INSERT INTO events (id, site_id, station_id, type, occurred_at, received_at, data)"
            " VALUES ('e2', 1, 1, 'service_used', '2026-03-02 10:00:00',"
            " '2026-03-02 10:00:00', '{\"site_id\": \"caf\"}')",
            "INSERT INTO turned_away (id, site_id, at, reason) VALUES (1, 1,"
            " '2026-03-02 23:30:00', 'no_free_station')",
            "INSERT INTO help_requests (id, site_id, station_id, need, asked_at) VALUES"
            " (1, 1, 1, 'help', '2026-03-02 10:00:00')",
            # What an earlier purge folded: its month is added too.
            "INSERT INTO daily_aggregates (site_id, day, type, key, count, total) VALUES"
            " (1, '2026-02-10', 'scan', '', 1, 3)",
        ]
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement), {"salt": b"s" * 32}
                                   if ":salt" in statement else {})
        migrate(database_url)
        with engine.connect() as connection:
            daily = {(str(day), type_, key): (count, total) for day, type_, key, count, total
                     in connection.execute(text(
                         "SELECT day, type, key, count, total FROM daily_aggregates"))}
            hourly = {(str(day), hour): seconds for day, hour, seconds in connection.execute(
                text("SELECT day, hour, seconds FROM hourly_occupancy"))}
        assert daily == {
            ("2026-03-02", "session", "user"): (1, 2400),
            ("2026-03-02", "session_minutes", "0040"): (1, 0),
            ("2026-03-02", "session_open", ""): (1, 2400),
            ("2026-03-02", "station_use", "1"): (1, 2400),
            ("2026-03-02", "print_job", "completed"): (1, 4),
            ("2026-03-02", "service_used", "caf"): (1, 1),
            ("2026-03-02", "help_request", "help"): (1, 0),
            ("2026-03-03", "turned_away", "no_free_station"): (1, 0),  # 00:30 in Paris
            ("2026-02-10", "scan", ""): (1, 3),
        }
        assert hourly == {("2026-03-02", 10): 1200, ("2026-03-02", 11): 1200}
        with engine.connect() as connection:
            monthly = {(str(month), type_, key): (count, total)
                       for month, type_, key, count, total in connection.execute(text(
                           "SELECT month, type, key, count, total FROM monthly_aggregates"))}
        assert monthly == {(day[:8] + "01", type_, key): value
                           for (day, type_, key), value in daily.items()}
    finally:
        engine.dispose()
