"""site_policies: each site's whitelist policy, versioned, and the version its stations run

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 08:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "site_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by"], ["staff_users.id"],
                                name=op.f("fk_site_policies_created_by_staff_users")),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"],
                                name=op.f("fk_site_policies_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_policies")),
        sa.UniqueConstraint("site_id", "version", name=op.f("uq_site_policies_site_id")),
    )
    op.create_index(op.f("ix_site_policies_site_id"), "site_policies", ["site_id"])
    with op.batch_alter_table("sites") as batch:
        batch.add_column(sa.Column("policy_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sites") as batch:
        batch.drop_column("policy_version")
    op.drop_index(op.f("ix_site_policies_site_id"), table_name="site_policies")
    op.drop_table("site_policies")
