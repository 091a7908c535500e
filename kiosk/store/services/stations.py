"""Stations: enrolment, heartbeats, the board the reception watches, and staff commands."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.store.config import StoreSettings
from kiosk.store.errors import StoreError
from kiosk.store.models import (
    Code,
    EnrolToken,
    GuestSession,
    Site,
    SitePolicy,
    Station,
    StationCommand,
)
from kiosk.store.security import (
    ENROL_TOKEN_PREFIX,
    STATION_TOKEN_PREFIX,
    new_token,
    token_digest,
)
from kiosk.store.services import policies
from kiosk.store.services.common import audit

COMMAND_KINDS = ("end_session", "extend", "message", "reload_policy", "help_answer")


def create_enrol_token(db: Session, *, settings: StoreSettings, site: Site, station_name: str,
                       now: datetime, by: int | None = None) -> tuple[str, datetime]:
    name = station_name.strip()
    if not name or len(name) > 100:
        raise ValueError("the station needs a name of 1 to 100 characters")
    token, digest = new_token(ENROL_TOKEN_PREFIX)
    expires = now + timedelta(hours=settings.enrol_token_hours)
    db.add(EnrolToken(site_id=site.id, token_hash=digest, station_name=name, expires_at=expires))
    audit(db, now=now, user_id=by, site_id=site.id, action="station.enrol-token", target=name)
    return token, expires


def enrol(db: Session, *, token: str, now: datetime) -> tuple[Station, str]:
    """Trade a one-time enrolment token for a station token (a new PC, or a reinstalled one)."""
    row = db.scalar(select(EnrolToken).where(EnrolToken.token_hash == token_digest(token)))
    if row is None or row.used_at is not None or row.expires_at <= now:
        raise StoreError("enrol-token-invalid")
    row.used_at = now
    station_token, digest = new_token(STATION_TOKEN_PREFIX)
    station = db.scalar(select(Station).where(Station.site_id == row.site_id,
                                              Station.name == row.station_name))
    if station is None:
        station = Station(site_id=row.site_id, name=row.station_name, token_hash=digest,
                          enrolled_at=now, health={}, outbox_backlog=0)
        db.add(station)
    else:  # the same PC enrolled again: its old token stops working
        station.token_hash = digest
        station.enrolled_at = now
        station.revoked = False
    stations_changed(db, row.site_id)
    db.flush()
    audit(db, now=now, user_id=None, site_id=row.site_id, action="station.enrol",
          target=station.name)
    return station, station_token


@dataclass(frozen=True)
class StationIdentity:
    """Who is calling, from a station token: read on every station request, so kept small."""

    id: int
    site_id: int
    out_of_order: bool


@dataclass
class KnownStation:
    """What a heartbeat needs of a station, kept in the store's memory (see StationDirectory)."""

    token_digest: str
    id: int
    site_id: int
    out_of_order: bool
    has_commands: bool

    def identity(self) -> StationIdentity:
        return StationIdentity(self.id, self.site_id, self.out_of_order)


@dataclass(frozen=True)
class SiteView:
    slug: str
    name: str
    timezone: str
    opening_hours: dict[str, Any]
    satisfaction_question: bool = False
    policy_version: str | None = None  # digest of the published policy; None: none yet
    help_button: bool = True


@dataclass(frozen=True)
class KnownSite:
    id: int
    view: SiteView
    codes_revision: int
    stations_revision: int


@dataclass(frozen=True)
class Report:
    """What a station said in its last heartbeat, written with the others once a second."""

    at: datetime
    health: dict[str, Any]
    session_id: str | None
    outbox_backlog: int
    refused_events: int
    policy_version: str | None


_KNOWN_STATION = (Station.token_hash, Station.id, Station.site_id, Station.out_of_order,
                  Station.has_commands)


def known_station(db: Session, *, digest: str) -> KnownStation | None:
    row = db.execute(select(*_KNOWN_STATION)
                     .where(Station.token_hash == digest, Station.revoked.is_(False))).first()
    return None if row is None else KnownStation(*row)


def known_sites(db: Session) -> list[KnownSite]:
    rows = db.execute(
        select(Site.id, Site.slug, Site.name, Site.timezone, Site.opening_hours, Site.desk,
               Site.codes_revision, Site.stations_revision, SitePolicy.digest)
        .outerjoin(SitePolicy, (SitePolicy.site_id == Site.id)
                   & (SitePolicy.version == Site.policy_version))).all()
    return [KnownSite(r.id, SiteView(r.slug, r.name, r.timezone, r.opening_hours,
                                     bool((r.desk or {}).get("satisfaction_question", False)),
                                     r.digest, bool((r.desk or {}).get("help_button", True))),
                      r.codes_revision, r.stations_revision) for r in rows]


def known_stations(db: Session, *, site_ids: list[int]) -> list[KnownStation]:
    rows = db.execute(select(*_KNOWN_STATION)
                      .where(Station.site_id.in_(site_ids), Station.revoked.is_(False))).all()
    return [KnownStation(*row) for row in rows]


def stations_changed(db: Session, site_id: int) -> None:
    """Say that a station of the site changed in a way heartbeats must see."""
    db.execute(update(Site).where(Site.id == site_id)
               .values(stations_revision=Site.stations_revision + 1))


def record_reports(db: Session, reports: dict[int, Report]) -> None:
    """Write what the stations reported since the last time, in one statement.

    Written through the driver directly: the rows are many (one per station a second), and
    the usual per-row processing in Python would hold the interpreter lock long enough to
    delay the requests being answered meanwhile.
    """
    connection = db.connection()
    sqlite_dialect = connection.dialect.name == "sqlite"
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    health = mark if sqlite_dialect else f"CAST({mark} AS json)"
    rows = [(_stored_time(report.at, sqlite=sqlite_dialect),
             json.dumps(report.health, separators=(",", ":")), report.session_id,
             report.outbox_backlog, report.refused_events, report.policy_version, station_id)
            for station_id, report in reports.items()]
    connection.exec_driver_sql(
        f"UPDATE stations SET last_seen_at = {mark}, health = {health}, "  # noqa: S608 - marks
        f"current_session_id = {mark}, outbox_backlog = {mark}, refused_events = {mark}, "
        f"policy_version = {mark} WHERE id = {mark}", rows)
    db.commit()


def _stored_time(moment: datetime, *, sqlite: bool) -> datetime | str:
    """A time as UTCDateTime stores it: naive UTC, as text on SQLite."""
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else naive


def collect_commands(db: Session, *, station_id: int, now: datetime) -> list[dict[str, Any]]:
    """The commands waiting for a station, marked delivered."""
    rows = db.execute(
        select(StationCommand.id, StationCommand.kind, StationCommand.payload)
        .where(StationCommand.station_id == station_id, StationCommand.delivered_at.is_(None))
        .order_by(StationCommand.id)).all()
    commands = [{"id": row.id, "kind": row.kind, **row.payload} for row in rows]
    if commands:
        db.execute(update(StationCommand)
                   .where(StationCommand.id.in_([c["id"] for c in commands]))
                   .values(delivered_at=now))
    db.execute(update(Station).where(Station.id == station_id).values(has_commands=False))
    db.commit()
    return commands


def set_out_of_order(db: Session, *, station: Station, out_of_order: bool, now: datetime,
                     by: int | None) -> None:
    """Out of order: no code opens a session on it, the board says so; and back."""
    station.out_of_order = out_of_order
    stations_changed(db, station.site_id)
    audit(db, now=now, user_id=by, site_id=station.site_id,
          action="station.out-of-order" if out_of_order else "station.back-in-order",
          target=station.name)


def send_command(db: Session, *, station: Station, kind: str, payload: dict[str, Any],
                 now: datetime, by: int | None) -> StationCommand:
    if kind not in COMMAND_KINDS:
        raise ValueError(f"unknown command {kind!r}")
    command = StationCommand(station_id=station.id, kind=kind, payload=payload, created_at=now)
    db.add(command)
    # Updating the station row also waits for a heartbeat collecting commands at this moment.
    db.execute(update(Station).where(Station.id == station.id).values(has_commands=True))
    stations_changed(db, station.site_id)
    db.flush()
    audit(db, now=now, user_id=by, site_id=station.site_id, action=f"station.{kind}",
          target=station.name, **{k: v for k, v in payload.items() if k != "text"})
    return command


@dataclass(frozen=True)
class BoardRow:
    id: int
    name: str
    state: str  # free, in_use, offline, out_of_order
    last_seen_at: datetime | None
    ends_at: datetime | None  # when the session in use ends at the latest
    outbox_backlog: int
    refused_events: int
    health: dict[str, Any]
    # It has not taken its site's published whitelist yet (it will between two sessions).
    policy_behind: bool = False


def board(db: Session, *, settings: StoreSettings, site: Site, now: datetime
          ) -> tuple[list[BoardRow], datetime | None]:
    """Every station of the site with its state, and when the next busy one frees up."""
    offline_after = timedelta(seconds=settings.station_offline_seconds)
    published = policies.published_digests(db, site_ids=[site.id]).get(site.id)
    rows = db.execute(
        select(Station, GuestSession, Code)
        .outerjoin(GuestSession, (GuestSession.station_id == Station.id)
                   & GuestSession.ended_at.is_(None))
        .outerjoin(Code, Code.id == GuestSession.code_id)
        .where(Station.site_id == site.id, Station.revoked.is_(False))
        .order_by(Station.name)
    ).all()
    result: list[BoardRow] = []
    for station, session, code in rows:
        ends_at = None
        if station.out_of_order:
            state = "out_of_order"
        elif station.last_seen_at is None or now - station.last_seen_at > offline_after:
            state = "offline"
        elif session is not None and code is not None:
            state = "in_use"
            left = max(code.budget_seconds - code.used_seconds, 0)
            ends_at = min(session.last_tick_at + timedelta(seconds=left), code.valid_until)
        else:
            state = "free"
        behind = published is not None and station.policy_version != published
        result.append(BoardRow(station.id, station.name, state, station.last_seen_at, ends_at,
                               station.outbox_backlog, station.refused_events, station.health,
                               behind))
    busy = [row.ends_at for row in result if row.ends_at is not None]
    return result, (min(busy) if busy else None)


def station_of_site(db: Session, *, site: Site, station_id: int) -> Station:
    station = db.get(Station, station_id)
    if station is None or station.site_id != site.id or station.revoked:
        raise StoreError("station-unknown")
    return station


def rename(db: Session, *, station: Station, name: str, now: datetime, by: int | None) -> None:
    """A new name, unique at its site (the desk and the dashboard show it)."""
    new = name.strip()
    if not new or len(new) > 100:
        raise ValueError("the station needs a name of 1 to 100 characters")
    if db.scalar(select(Station.id).where(Station.site_id == station.site_id,
                                          Station.name == new, Station.id != station.id)):
        raise StoreError("station-name-taken")
    old, station.name = station.name, new
    stations_changed(db, station.site_id)
    audit(db, now=now, user_id=by, site_id=station.site_id, action="station.rename",
          target=new, previous=old)


def move(db: Session, *, station: Station, site: Site, now: datetime, by: int | None) -> None:
    """To another site: its next sessions use that site's codes, hours and whitelist."""
    if station.current_session_id is not None:
        raise StoreError("station-busy")
    if db.scalar(select(Station.id).where(Station.site_id == site.id,
                                          Station.name == station.name)):
        raise StoreError("station-name-taken")
    previous = station.site_id
    station.site_id = site.id
    stations_changed(db, previous)
    stations_changed(db, site.id)
    audit(db, now=now, user_id=by, site_id=site.id, action="station.move",
          target=station.name, previous_site=previous)


def revoke(db: Session, *, station: Station, now: datetime, by: int | None) -> None:
    """Its token stops working at once (every store process forgets it within a second);
    enrolling it again gives it a new one."""
    station.revoked = True
    station.current_session_id = None
    stations_changed(db, station.site_id)
    audit(db, now=now, user_id=by, site_id=station.site_id, action="station.revoke",
          target=station.name)
