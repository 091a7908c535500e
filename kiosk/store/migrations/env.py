"""Alembic environment: migrations run on the URL the store command passes in."""

from alembic import context

from kiosk.store.db import make_engine
from kiosk.store.models import Base

config = context.config
url = config.get_main_option("sqlalchemy.url")
assert url is not None
engine = make_engine(url)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
engine.dispose()
