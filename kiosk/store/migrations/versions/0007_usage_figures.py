"""Usage figures kept up as things happen: monthly sums and hourly occupancy beside the daily
figures, and the figures of what is already recorded

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 07:30:00

Until now raw events were folded into daily figures only when the retention purge deleted
them; from now on the figures are added to at ingest, and the purge only deletes. This
migration adds what is already recorded and was never folded: the raw events still kept,
the turned-away records still kept, every help request and every closed session.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from kiosk.store.services import usage

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Rows read at a time when folding what is recorded: memory stays flat on a large store.
BATCH = 20_000


def upgrade() -> None:
    op.create_table(
        "hourly_occupancy",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"],
                                name=op.f("fk_hourly_occupancy_site_id_sites")),
        sa.PrimaryKeyConstraint("site_id", "day", "hour", name=op.f("pk_hourly_occupancy")),
    )
    op.create_table(
        "monthly_aggregates",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"],
                                name=op.f("fk_monthly_aggregates_site_id_sites")),
        sa.PrimaryKeyConstraint("site_id", "month", "type", "key",
                                name=op.f("pk_monthly_aggregates")),
    )
    # The months of what earlier purges folded into daily figures.
    # Nothing from outside goes into this statement: the dialect's month function only.
    copy = ("INSERT INTO monthly_aggregates (site_id, month, type, key, count, total) "  # noqa: S608
            "SELECT site_id, month, type, key, SUM(count), SUM(total) FROM ("
            f"SELECT site_id, {_first_of_month()} AS month, type, key, count, total "
            "FROM daily_aggregates) AS days GROUP BY site_id, month, type, key")
    op.execute(copy)
    op.create_index("ix_sessions_site_started", "sessions",
                    ["site_id", "started_at", "ended_at", "code_id"])
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    _fold_what_is_recorded()


def _first_of_month() -> str:
    if op.get_bind().dialect.name == "postgresql":
        return "CAST(date_trunc('month', day) AS date)"
    return "date(day, 'start of month')"


def _fold_what_is_recorded() -> None:
    db = Session(bind=op.get_bind())
    sites = sa.table("sites", sa.column("id"), sa.column("timezone"),
                     sa.column("opening_hours", sa.JSON))
    clocks = {}
    for site_id, timezone, hours in db.execute(sa.select(sites)):
        clocks[site_id] = usage.SiteClock.of_values(timezone, hours)
    if not clocks:
        return
    events = sa.table("events", sa.column("site_id"), sa.column("type"),
                      sa.column("occurred_at", sa.DateTime), sa.column("data", sa.JSON))
    for site_id, clock in clocks.items():
        query = (sa.select(events.c.type, events.c.occurred_at, events.c.data)
                 .where(events.c.site_id == site_id,
                        events.c.type.in_(sorted(usage.FOLDED_EVENTS))))
        for chunk in db.execute(query).partitions(BATCH):
            usage.add_daily(db, usage.fold_events(site_id, clock, (
                usage.Happening(type_, usage.aware(at), data) for type_, at, data in chunk)))
    for table, column, type_, key in (("turned_away", "at", usage.TURNED_AWAY, "reason"),
                                      ("help_requests", "asked_at", usage.HELP_REQUEST, "need")):
        rows = sa.table(table, sa.column("site_id"), sa.column(column, sa.DateTime),
                        sa.column(key))
        query = sa.select(rows.c.site_id, rows.c[column], rows.c[key])
        for chunk in db.execute(query).partitions(BATCH):
            counts: dict[usage.DayKey, tuple[int, int]] = {}
            for site_id, at, what in chunk:
                day_key = (site_id, clocks[site_id].day(usage.aware(at)), type_, what)
                counts[day_key] = (counts.get(day_key, (0, 0))[0] + 1, 0)
            usage.add_daily(db, counts)
    sessions = sa.table("sessions", sa.column("site_id"), sa.column("station_id"),
                        sa.column("started_at", sa.DateTime), sa.column("ended_at", sa.DateTime),
                        sa.column("used_seconds"), sa.column("end_reason"))
    query = sa.select(sessions.c.site_id, sessions.c.station_id, sessions.c.started_at,
                      sessions.c.ended_at, sessions.c.used_seconds, sessions.c.end_reason
                      ).where(sessions.c.ended_at.is_not(None))
    for session_rows in db.execute(query).partitions(BATCH):
        daily, hourly = usage.fold_sessions(
            (usage.ClosedSession(int(row[0]), int(row[1]), usage.aware(row[2]),
                                 usage.aware(row[3]), int(row[4]), str(row[5] or ""))
             for row in session_rows), clocks)
        usage.add_daily(db, daily)
        usage.add_hourly(db, hourly)
    db.flush()


def downgrade() -> None:
    op.drop_index("ix_audit_log_at", table_name="audit_log")
    op.drop_index("ix_sessions_site_started", table_name="sessions")
    op.drop_table("monthly_aggregates")
    op.drop_table("hourly_occupancy")
