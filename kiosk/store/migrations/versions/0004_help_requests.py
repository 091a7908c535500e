"""help_requests: guests asking the reception for help or more time

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 05:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "help_requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("site_id", sa.Integer(), sa.ForeignKey("sites.id"), nullable=False),
        sa.Column("station_id", sa.Integer(), sa.ForeignKey("stations.id"), nullable=False),
        sa.Column("need", sa.String(12), nullable=False),
        sa.Column("asked_at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("answer", sa.String(12), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("answered_by", sa.Integer(), sa.ForeignKey("staff_users.id"),
                  nullable=True),
    )
    op.create_index("ix_help_requests_site_id", "help_requests", ["site_id"])
    op.create_index("ix_help_requests_station_id", "help_requests", ["station_id"])


def downgrade() -> None:
    op.drop_index("ix_help_requests_station_id", "help_requests")
    op.drop_index("ix_help_requests_site_id", "help_requests")
    op.drop_table("help_requests")
