"""Guest sessions at the store: open with a code, count the time, meter pages, close."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from kiosk.store.config import StoreSettings
from kiosk.store.errors import StoreError
from kiosk.store.models import Code, Event, GuestSession, PageReservation, Site, Station
from kiosk.store.services import usage
from kiosk.store.services.codes import bump_revision, code_state, extend_code, find_code
from kiosk.store.services.common import (
    check_rate_limit,
    clear_failures,
    count_failure,
    opening_hours,
    record_failure,
)
from kiosk.store.services.stations import StationIdentity

END_REASONS = ("user", "time_up", "idle", "closing", "staff", "crash_recovered")
PAGE_KINDS = ("print", "scan")


@dataclass(frozen=True)
class SessionStatus:
    session: GuestSession
    seconds_left: int
    valid_until: datetime
    print_left: int
    scan_left: int
    ended: bool


def _status(session: GuestSession, code: Code) -> SessionStatus:
    return SessionStatus(
        session=session,
        seconds_left=max(code.budget_seconds - code.used_seconds, 0),
        valid_until=code.valid_until,
        print_left=max(code.print_quota - code.print_used - code.print_reserved, 0),
        scan_left=max(code.scan_quota - code.scan_used - code.scan_reserved, 0),
        ended=session.ended_at is not None,
    )


CODE_ALERT = "code_alert"


def _fail_attempt(db: Session, settings: StoreSettings, station: StationIdentity, now: datetime,
                  code: str, **extra: object) -> StoreError:
    """Count a wrong code against the station, and record it as an event.

    Only the station where codes are guessed is slowed down: with 40-bit codes, guessing is
    hopeless anyway, and slowing the whole site would lock its guests out (an attacker at one
    PC would stop every other). Many wrong codes across the site raise an alert instead,
    shown to the reception on the board.
    """
    delay = record_failure(db, f"code:station:{station.id}", now=now,
                           free=settings.free_code_attempts,
                           max_seconds=settings.max_delay_seconds,
                           window_seconds=settings.attempt_window_seconds)
    site_failures = count_failure(db, f"code:site:{station.site_id}", now=now,
                                  window_seconds=settings.attempt_window_seconds)
    db.add(Event(id=str(uuid.uuid4()), site_id=station.site_id, station_id=station.id,
                 type="code_failure", occurred_at=now, received_at=now, data={"reason": code}))
    usage.counted(db, site_id=station.site_id, at=now, type_="code_failure", key=code)
    if site_failures % settings.site_code_attempts == 0:
        db.add(Event(id=str(uuid.uuid4()), site_id=station.site_id, station_id=station.id,
                     type=CODE_ALERT, occurred_at=now, received_at=now,
                     data={"failures": site_failures}))
    db.commit()  # the failure counts even though the request fails
    return StoreError(code, retry_after=delay, **extra) if delay else StoreError(code, **extra)


def code_alerts(db: Session, *, site_id: int, settings: StoreSettings, now: datetime
                ) -> list[dict[str, object]]:
    """The alerts about wrong codes at the site within the attempt window, newest first."""
    since = now - timedelta(seconds=settings.attempt_window_seconds)
    rows = db.execute(
        select(Event.occurred_at, Event.data, Station.name)
        .join(Station, Station.id == Event.station_id)
        .where(Event.site_id == site_id, Event.type == CODE_ALERT, Event.occurred_at >= since)
        .order_by(Event.occurred_at.desc()).limit(20)).all()
    return [{"kind": "code_failures", "at": at, "station": name,
             "failures": int(data.get("failures", 0))} for at, data, name in rows]


def open_session(db: Session, *, settings: StoreSettings, station: StationIdentity, typed_code: str,
                 now: datetime) -> SessionStatus:
    if station.out_of_order:
        raise StoreError("station-out-of-order")
    check_rate_limit(db, f"code:station:{station.id}", now=now)
    site = db.get_one(Site, station.site_id)
    hours = opening_hours(site)
    if hours is not None and not hours.is_open(now):
        raise StoreError("site-closed")
    try:
        code = find_code(db, settings=settings, site=site, typed=typed_code)
    except StoreError as error:
        raise _fail_attempt(db, settings, station, now, error.code, **error.extra) from None
    if code is None:
        raise _fail_attempt(db, settings, station, now, "code-unknown")
    state = code_state(code, now)
    if now < code.valid_from:
        raise StoreError("code-not-yet-valid")
    if state in ("revoked", "expired", "exhausted"):
        raise StoreError(f"code-{state}")
    clear_failures(db, f"code:station:{station.id}")
    _close_stale_sessions(db, settings=settings, station=station, code=code, now=now)
    session = GuestSession(id=str(uuid.uuid4()), code_id=code.id, station_id=station.id,
                           site_id=site.id, started_at=now, last_tick_at=now, used_seconds=0,
                           open_code_id=code.id)
    db.add(session)
    try:
        db.flush()
    except IntegrityError:  # another station opened the same code at the same moment
        db.rollback()
        raise StoreError("code-in-use") from None
    if code.activated_at is None:
        code.activated_at = now
    db.execute(update(Station).where(Station.id == station.id)
               .values(current_session_id=session.id))
    return _status(session, code)


def _close_stale_sessions(db: Session, *, settings: StoreSettings, station: StationIdentity,
                          code: Code, now: datetime) -> None:
    """Close what a crashed station left open, so that a code is never locked for good."""
    stale_before = now - timedelta(seconds=settings.station_offline_seconds * 2)
    open_sessions = db.scalars(select(GuestSession).where(
        GuestSession.ended_at.is_(None),
        (GuestSession.station_id == station.id) | (GuestSession.code_id == code.id)))
    for session in open_sessions:
        if session.station_id == station.id or session.last_tick_at < stale_before:
            _end(db, session, reason="crash_recovered", now=now)
        else:
            raise StoreError("code-in-use")
    db.flush()


def session_of_station(db: Session, *, station: StationIdentity, session_id: str) -> GuestSession:
    session = db.get(GuestSession, session_id)
    if session is None or session.station_id != station.id:
        raise StoreError("session-unknown")
    return session


def tick(db: Session, *, session: GuestSession, used_seconds: int, now: datetime
         ) -> SessionStatus:
    """Record the total time used by the session so far (a repeated tick changes nothing)."""
    code = db.get_one(Code, session.code_id)
    if session.ended_at is None:
        _charge(db, session, code, used_seconds, now)
    db.refresh(code)
    return _status(session, code)


def _charge(db: Session, session: GuestSession, code: Code, used_seconds: int,
            now: datetime) -> None:
    elapsed_cap = int((now - session.started_at).total_seconds()) + 5  # clocks differ a little
    total = min(max(used_seconds, session.used_seconds), elapsed_cap)
    delta = total - session.used_seconds
    if delta > 0:
        db.execute(update(Code).where(Code.id == code.id)
                   .values(used_seconds=Code.used_seconds + delta))
    session.used_seconds = max(total, session.used_seconds)
    session.last_tick_at = now


def close(db: Session, *, session: GuestSession, used_seconds: int, reason: str,
          now: datetime) -> SessionStatus:
    if reason not in END_REASONS:
        raise ValueError(f"unknown end reason {reason!r}")
    code = db.get_one(Code, session.code_id)
    if session.ended_at is None:
        _charge(db, session, code, used_seconds, now)
        _end(db, session, reason=reason, now=now)
    db.flush()
    db.refresh(code)
    return _status(session, code)


def _end(db: Session, session: GuestSession, *, reason: str, now: datetime) -> None:
    session.ended_at = now
    session.end_reason = reason
    session.open_code_id = None
    usage.session_closed(db, usage.ClosedSession(
        session.site_id, session.station_id, session.started_at, now, session.used_seconds,
        reason))
    for reservation in db.scalars(select(PageReservation).where(
            PageReservation.session_id == session.id, PageReservation.state == "reserved")):
        _settle(db, reservation, session.code_id, "refunded")
    db.execute(update(Station).where(Station.id == session.station_id,
                                     Station.current_session_id == session.id)
               .values(current_session_id=None))
    bump_revision(db, session.site_id)


def reserve_pages(db: Session, *, session: GuestSession, kind: str, pages: int,
                  now: datetime) -> tuple[PageReservation, SessionStatus]:
    if kind not in PAGE_KINDS:
        raise ValueError(f"unknown page kind {kind!r}")
    if session.ended_at is not None:
        raise StoreError("session-closed")
    quota, used, reserved = _columns(kind)
    # One conditional update: two reservations at once can never overspend the quota.
    result = db.execute(
        update(Code).where(Code.id == session.code_id, quota - used - reserved >= pages)
        .values({reserved: reserved + pages}))
    code = db.get_one(Code, session.code_id)
    db.refresh(code)
    if result.rowcount != 1:  # type: ignore[attr-defined]
        left = getattr(code, quota.key) - getattr(code, used.key) - getattr(code, reserved.key)
        raise StoreError("quota-exceeded", pages_left=max(left, 0))
    reservation = PageReservation(id=str(uuid.uuid4()), session_id=session.id, kind=kind,
                                  pages=pages, state="reserved", created_at=now)
    db.add(reservation)
    db.flush()
    return reservation, _status(session, code)


def settle_pages(db: Session, *, session: GuestSession, reservation_id: str, outcome: str
                 ) -> SessionStatus:
    """Commit the pages of a job that printed, or refund those of one that did not."""
    reservation = db.get(PageReservation, reservation_id)
    if reservation is None or reservation.session_id != session.id:
        raise StoreError("reservation-unknown")
    if reservation.state != "reserved":
        if reservation.state != outcome:
            raise StoreError("reservation-settled", state=reservation.state)
    else:
        _settle(db, reservation, session.code_id, outcome)
    code = db.get_one(Code, session.code_id)
    db.flush()
    db.refresh(code)
    return _status(session, code)


def _settle(db: Session, reservation: PageReservation, code_id: int, outcome: str) -> None:
    _, used, reserved = _columns(reservation.kind)
    values = {reserved: reserved - reservation.pages}
    if outcome == "committed":
        values[used] = used + reservation.pages
    db.execute(update(Code).where(Code.id == code_id).values(values))
    reservation.state = outcome


def _columns(kind: str) -> tuple[InstrumentedAttribute[int], InstrumentedAttribute[int],
                                 InstrumentedAttribute[int]]:
    if kind == "print":
        return Code.print_quota, Code.print_used, Code.print_reserved
    return Code.scan_quota, Code.scan_used, Code.scan_reserved


def extend_running_session(db: Session, *, station_id: int, minutes: int, now: datetime,
                           by: int | None) -> None:
    """Staff give the guest at a station more time: the code's budget grows at the store."""
    session = db.scalar(select(GuestSession).where(GuestSession.station_id == station_id,
                                                   GuestSession.ended_at.is_(None)))
    if session is None:
        raise StoreError("session-unknown")
    code = db.get_one(Code, session.code_id)
    extend_code(db, code=code, minutes=minutes, valid_until=now + timedelta(minutes=minutes),
                now=now, by=by)


def record_offline_session(db: Session, *, station: StationIdentity, session_id: str,
                          code_id: int, started_at: datetime, ended_at: datetime,
                          used_seconds: int, reason: str, print_pages: int, scan_pages: int,
                          now: datetime) -> tuple[bool, int]:
    """Reconcile a session opened offline: charge its time and pages to the code.

    What happened offline happened: the use is recorded even if the code was revoked or ran
    out meanwhile. Returns (recorded now, seconds left on the code); a session already
    recorded changes nothing.
    """
    if reason not in END_REASONS:
        raise ValueError(f"unknown end reason {reason!r}")
    code = db.get(Code, code_id)
    if code is None or code.site_id != station.site_id:
        raise StoreError("code-unknown")
    if ended_at < started_at or ended_at > now + timedelta(minutes=5):
        raise StoreError("invalid-request", errors=[{"field": "ended_at",
                                                     "problem": "out_of_range"}])
    existing = db.get(GuestSession, session_id)
    if existing is not None:
        if existing.station_id != station.id:
            raise StoreError("session-unknown")
        db.refresh(code)
        return False, max(code.budget_seconds - code.used_seconds, 0)
    used = min(used_seconds, int((ended_at - started_at).total_seconds()) + 5)
    db.add(GuestSession(id=session_id, code_id=code.id, station_id=station.id,
                        site_id=station.site_id, started_at=started_at, last_tick_at=ended_at,
                        used_seconds=used, ended_at=ended_at, end_reason=reason,
                        open_code_id=None))
    usage.session_closed(db, usage.ClosedSession(
        station.site_id, station.id, started_at, ended_at, used, reason))
    db.execute(update(Code).where(Code.id == code.id).values(
        used_seconds=Code.used_seconds + used,
        print_used=Code.print_used + print_pages,
        scan_used=Code.scan_used + scan_pages,
        activated_at=func.coalesce(Code.activated_at, started_at)))
    bump_revision(db, code.site_id)
    db.flush()
    db.refresh(code)
    return True, max(code.budget_seconds - code.used_seconds, 0)
