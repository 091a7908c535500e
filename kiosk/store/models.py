"""Tables of the central store (design §3). Every change here comes with a migration."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every database (SQLite keeps no time zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime, dict[str, Any]: JSON, bytes: LargeBinary}


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    # {"monday": ["09:00-12:00", …], …, "closed_dates": ["2026-12-25"]}; empty: always open
    opening_hours: Mapped[dict[str, Any]] = mapped_column(default=dict)
    code_salt: Mapped[bytes] = mapped_column(LargeBinary(32))
    codes_revision: Mapped[int] = mapped_column(Integer, default=0)
    # Bumped by every change to one of its stations that a heartbeat must see (a new token,
    # a command waiting, out of order, revoked): store processes reload those stations.
    stations_revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # What the desk offers here: {"durations": [30, 60, 90], "print_quota": 5,
    # "scan_quota": 5, "hold_minutes": 5}; a key left out takes the desk's default.
    desk: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    created_at: Mapped[datetime]
    # The version of its whitelist policy the site's stations run (site_policies.version);
    # None: none published yet, stations keep the policy they were installed with.
    policy_version: Mapped[int | None]


class SitePolicy(Base):
    """A version of a site's whitelist policy, kept whole: it is validated by the core engine
    before it is kept, and again before it is published."""

    __tablename__ = "site_policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    version: Mapped[int]  # from 1 at each site
    digest: Mapped[str] = mapped_column(String(64))  # SHA-256 of the text, what stations check
    text: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))

    __table_args__ = (UniqueConstraint("site_id", "version"),)


class Station(Base):
    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime]
    last_seen_at: Mapped[datetime | None]
    out_of_order: Mapped[bool] = mapped_column(Boolean, default=False)
    health: Mapped[dict[str, Any]] = mapped_column(default=dict)
    current_session_id: Mapped[str | None] = mapped_column(String(36))
    outbox_backlog: Mapped[int] = mapped_column(Integer, default=0)
    policy_version: Mapped[str | None] = mapped_column(String(64))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when staff send a command, cleared when a heartbeat collects it: most heartbeats
    # then need no look at the commands table.
    has_commands: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Events the store refused, which the station keeps aside (reported by its heartbeat).
    refused_events: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (UniqueConstraint("site_id", "name"),)


class EnrolToken(Base):
    __tablename__ = "enrol_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    station_name: Mapped[str] = mapped_column(String(100))
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class StaffUser(Base):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # secretariat, coordinator, admin
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))  # None: every site
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]


class StaffToken(Base):
    __tablename__ = "staff_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class Code(Base):
    __tablename__ = "codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    offline_hash: Mapped[str] = mapped_column(String(64))
    budget_seconds: Mapped[int] = mapped_column(Integer)
    used_seconds: Mapped[int] = mapped_column(Integer, default=0)
    valid_from: Mapped[datetime]
    valid_until: Mapped[datetime]
    print_quota: Mapped[int] = mapped_column(Integer, default=0)
    print_used: Mapped[int] = mapped_column(Integer, default=0)
    print_reserved: Mapped[int] = mapped_column(Integer, default=0)
    scan_quota: Mapped[int] = mapped_column(Integer, default=0)
    scan_used: Mapped[int] = mapped_column(Integer, default=0)
    scan_reserved: Mapped[int] = mapped_column(Integer, default=0)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    activated_at: Mapped[datetime | None]
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    issued_at: Mapped[datetime]

    __table_args__ = (Index("ix_codes_site_valid", "site_id", "valid_until"),)


class GuestSession(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id"), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    started_at: Mapped[datetime]
    last_tick_at: Mapped[datetime]
    used_seconds: Mapped[int] = mapped_column(Integer, default=0)
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str | None] = mapped_column(String(20))
    # Set while the session is open: the database refuses a second open session per code.
    open_code_id: Mapped[int | None] = mapped_column(Integer, unique=True)

    # The dashboard counts a period's distinct codes from this index alone (it covers the
    # columns read), never from the table's rows.
    __table_args__ = (Index("ix_sessions_site_started", "site_id", "started_at", "ended_at",
                            "code_id"),)


class PageReservation(Base):
    __tablename__ = "page_reservations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # print, scan
    pages: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10))  # reserved, committed, refunded
    created_at: Mapped[datetime]


class Event(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the station's UUID
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    type: Mapped[str] = mapped_column(String(40))
    occurred_at: Mapped[datetime]
    received_at: Mapped[datetime]
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (Index("ix_events_site_occurred", "site_id", "occurred_at"),)


class DailyAggregate(Base):
    """The daily figures of a site, added to as things happen (services/usage.py): what the
    dashboard reads, and what is left of the usage record once raw events are purged.

    `type` says what is counted: a closed session (`key`: how it ended, `total`: seconds
    counted against the code), the part of sessions within opening hours, a station's
    use, print jobs (`key`: outcome, `total`: pages), scans, services used, refused hosts,
    wrong codes, people turned away, help requests, satisfaction answers. Days are the
    site's local days.
    """

    __tablename__ = "daily_aggregates"

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    type: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # e.g. the service's id
    count: Mapped[int] = mapped_column(BigInteger, default=0)
    total: Mapped[int] = mapped_column(BigInteger, default=0)  # pages, seconds…


class MonthlyAggregate(Base):
    """The daily figures summed by month (`month` is its first day), kept up with them: a
    year's figures are then a dozen rows a kind instead of hundreds."""

    __tablename__ = "monthly_aggregates"

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    type: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger, default=0)
    total: Mapped[int] = mapped_column(BigInteger, default=0)


class HourlyOccupancy(Base):
    """Seconds the site's computers were taken in each local hour: the dashboard's heat map
    of the busy hours, kept up as sessions close."""

    __tablename__ = "hourly_occupancy"

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True)
    seconds: Mapped[int] = mapped_column(BigInteger, default=0)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (Index("ix_audit_log_at", "at"),)


class TurnedAway(Base):
    __tablename__ = "turned_away"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    at: Mapped[datetime]
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    reason: Mapped[str] = mapped_column(String(20), default="no_free_station")


class StationCommand(Base):
    __tablename__ = "station_commands"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # end_session, extend, message, reload_policy
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]


class HelpRequest(Base):
    """A guest asked the reception for help or for more time: the station, never a word of
    the guest. Answered from the desk; counted for the reports."""

    __tablename__ = "help_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), index=True)
    need: Mapped[str] = mapped_column(String(12))  # help, more_time
    asked_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    answer: Mapped[str | None] = mapped_column(String(12))  # coming, granted, refused
    minutes: Mapped[int | None]
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class Ticket(Base):
    """A numbered ticket of the waiting line: handed out when every computer is busy, called
    to a computer that frees up, then served or gone. Numbers only, never a name."""

    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    number: Mapped[int]  # from 1 each day at each site
    issued_at: Mapped[datetime]
    # waiting, called (to station_id), served, gone
    state: Mapped[str] = mapped_column(String(10), default="waiting")
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    called_at: Mapped[datetime | None]
    done_at: Mapped[datetime | None]


class RateLimit(Base):
    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime]
    blocked_until: Mapped[datetime | None]


__all__ = [
    "AuditEntry", "Base", "Code", "DailyAggregate", "EnrolToken", "Event", "GuestSession",
    "HelpRequest", "HourlyOccupancy", "MonthlyAggregate", "PageReservation", "RateLimit",
    "Site", "SitePolicy", "StaffToken", "StaffUser", "Station", "StationCommand", "Ticket",
    "TurnedAway",
]
