"""sites.stations_revision, stations.refused_events: stations known from memory, refused
events reported

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 01:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sites") as batch:
        batch.add_column(sa.Column("stations_revision", sa.Integer(), nullable=False,
                                   server_default="0"))
    with op.batch_alter_table("stations") as batch:
        batch.add_column(sa.Column("refused_events", sa.Integer(), nullable=False,
                                   server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("stations") as batch:
        batch.drop_column("refused_events")
    with op.batch_alter_table("sites") as batch:
        batch.drop_column("stations_revision")
