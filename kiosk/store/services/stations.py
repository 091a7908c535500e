"""Stations: enrolment, heartbeats, the board the reception watches, and staff commands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.store.config import StoreSettings
from kiosk.store.errors import StoreError
from kiosk.store.models import Code, EnrolToken, GuestSession, Site, Station, StationCommand
from kiosk.store.security import (
    ENROL_TOKEN_PREFIX,
    STATION_TOKEN_PREFIX,
    new_token,
    token_digest,
)
from kiosk.store.services.codes import offline_codes
from kiosk.store.services.common import audit

COMMAND_KINDS = ("end_session", "extend", "message", "reload_policy")


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


def station_for_token(db: Session, *, token: str) -> StationIdentity | None:
    # Core statements on the session's connection: the ORM's execution layer is skipped on
    # the requests every station sends.
    row = db.connection().execute(
        select(Station.id, Station.site_id, Station.out_of_order)
        .where(Station.token_hash == token_digest(token), Station.revoked.is_(False))
    ).first()
    return None if row is None else StationIdentity(row.id, row.site_id, row.out_of_order)


@dataclass
class HeartbeatReply:
    server_time: datetime
    commands: list[dict[str, Any]]
    site: SiteView
    codes: dict[str, Any] | None = None


@dataclass(frozen=True)
class SiteView:
    slug: str
    name: str
    timezone: str
    opening_hours: dict[str, Any]


def heartbeat(db: Session, *, settings: StoreSettings, token: str, now: datetime,
              health: dict[str, Any], session_id: str | None, outbox_backlog: int,
              policy_version: str | None, codes_revision: int | None) -> HeartbeatReply | None:
    """Record a station's heartbeat and answer it; None when the token is not a station's.

    The busiest request of the store, so it is two plain statements in the usual case: one
    update that both authenticates the station and records what it reports, one read of its
    site. Commands and the offline code list are read only when there is something new.
    """
    connection = db.connection()
    station = connection.execute(
        update(Station)
        .where(Station.token_hash == token_digest(token), Station.revoked.is_(False))
        .values(last_seen_at=now, health=health, outbox_backlog=outbox_backlog,
                policy_version=policy_version, current_session_id=session_id)
        .returning(Station.id, Station.site_id, Station.has_commands)
    ).first()
    if station is None:
        return None
    commands: list[dict[str, Any]] = []
    if station.has_commands:
        rows = connection.execute(
            select(StationCommand.id, StationCommand.kind, StationCommand.payload)
            .where(StationCommand.station_id == station.id,
                   StationCommand.delivered_at.is_(None))
            .order_by(StationCommand.id)).all()
        commands = [{"id": row.id, "kind": row.kind, **row.payload} for row in rows]
        connection.execute(update(StationCommand)
                           .where(StationCommand.id.in_([c["id"] for c in commands]))
                           .values(delivered_at=now))
        connection.execute(update(Station).where(Station.id == station.id)
                           .values(has_commands=False))
    site = connection.execute(select(Site.slug, Site.name, Site.timezone, Site.opening_hours,
                                     Site.codes_revision).where(Site.id == station.site_id)).one()
    reply = HeartbeatReply(
        server_time=now, commands=commands,
        site=SiteView(site.slug, site.name, site.timezone, site.opening_hours))
    if codes_revision != site.codes_revision:
        reply.codes = offline_codes(db, settings=settings, site=db.get_one(Site, station.site_id),
                                    now=now)
    return reply


def send_command(db: Session, *, station: Station, kind: str, payload: dict[str, Any],
                 now: datetime, by: int | None) -> StationCommand:
    if kind not in COMMAND_KINDS:
        raise ValueError(f"unknown command {kind!r}")
    command = StationCommand(station_id=station.id, kind=kind, payload=payload, created_at=now)
    db.add(command)
    # Updating the station row also waits for a heartbeat collecting commands at this moment.
    db.execute(update(Station).where(Station.id == station.id).values(has_commands=True))
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
    health: dict[str, Any]


def board(db: Session, *, settings: StoreSettings, site: Site, now: datetime
          ) -> tuple[list[BoardRow], datetime | None]:
    """Every station of the site with its state, and when the next busy one frees up."""
    offline_after = timedelta(seconds=settings.station_offline_seconds)
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
        result.append(BoardRow(station.id, station.name, state, station.last_seen_at, ends_at,
                               station.outbox_backlog, station.health))
    busy = [row.ends_at for row in result if row.ends_at is not None]
    return result, (min(busy) if busy else None)


def station_of_site(db: Session, *, site: Site, station_id: int) -> Station:
    station = db.get(Station, station_id)
    if station is None or station.site_id != site.id or station.revoked:
        raise StoreError("station-unknown")
    return station
