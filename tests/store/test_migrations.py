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
