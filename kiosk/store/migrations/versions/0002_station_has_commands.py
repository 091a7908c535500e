"""stations.has_commands: heartbeats look for commands only when there are some

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("stations") as batch:
        batch.add_column(sa.Column("has_commands", sa.Boolean(), nullable=False,
                                   server_default="0"))
    # Commands sent before this migration and not yet collected are still waiting.
    op.execute("UPDATE stations SET has_commands = TRUE WHERE id IN "
               "(SELECT station_id FROM station_commands WHERE delivered_at IS NULL)")


def downgrade() -> None:
    with op.batch_alter_table("stations") as batch:
        batch.drop_column("has_commands")
