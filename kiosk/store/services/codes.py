"""Access codes at the store: issue, look up, revoke, extend; the offline list for stations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.core.codes import (
    CodeError,
    display_code,
    generate_code,
    hash_code,
    normalise_code,
    offline_code_hash,
)
from kiosk.store.config import StoreSettings
from kiosk.store.errors import StoreError
from kiosk.store.models import Code, Site
from kiosk.store.security import site_code_key
from kiosk.store.services.common import audit

MAX_BATCH = 100


def code_state(code: Code, now: datetime) -> str:
    if code.revoked:
        return "revoked"
    if now >= code.valid_until:
        return "expired"
    if code.used_seconds >= code.budget_seconds:
        return "exhausted"
    return "active" if code.activated_at is not None else "issued"


def code_hash_for_site(settings: StoreSettings, site: Site, canonical: str) -> str:
    return hash_code(canonical, site_code_key(settings.secret, site.code_salt))


def end_of_local_day(site: Site, now: datetime) -> datetime:
    zone = ZoneInfo(site.timezone)
    local = now.astimezone(zone)
    return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone)


@dataclass(frozen=True)
class IssuedCode:
    code: str  # shown once, as on the slip: XXXX-XXXX-X
    row: Code


@dataclass(frozen=True)
class NewCode:
    canonical: str
    code_hash: str
    offline_hash: str


def make_codes(*, settings: StoreSettings, site: Site, count: int) -> list[NewCode]:
    """Draw codes and compute their hashes: slow on purpose (PBKDF2) and free of the database,
    so the caller runs it in a worker thread with no transaction open."""
    if not 1 <= count <= MAX_BATCH:
        raise ValueError(f"issue 1 to {MAX_BATCH} codes at a time")
    made = []
    for _ in range(count):
        canonical = generate_code()
        made.append(NewCode(canonical, code_hash_for_site(settings, site, canonical),
                            offline_code_hash(canonical, site.code_salt,
                                              settings.offline_hash_iterations)))
    return made


def issue_codes(db: Session, *, site: Site, new_codes: list[NewCode], minutes: int,
                print_quota: int, scan_quota: int, valid_until: datetime | None,
                now: datetime, by: int | None) -> list[IssuedCode]:
    until = (valid_until or end_of_local_day(site, now)).astimezone(UTC)
    issued: list[IssuedCode] = []
    for new in new_codes:
        row = Code(site_id=site.id, code_hash=new.code_hash, offline_hash=new.offline_hash,
                   budget_seconds=minutes * 60, used_seconds=0, valid_from=now,
                   valid_until=until, print_quota=print_quota, print_used=0, print_reserved=0,
                   scan_quota=scan_quota, scan_used=0, scan_reserved=0, revoked=False,
                   issued_by=by, issued_at=now)
        db.add(row)
        issued.append(IssuedCode(display_code(new.canonical), row))
    bump_revision(db, site.id)
    db.flush()
    audit(db, now=now, user_id=by, site_id=site.id, action="code.issue", count=len(new_codes),
          minutes=minutes, print_quota=print_quota, scan_quota=scan_quota)
    return issued


def bump_revision(db: Session, site_id: int) -> None:
    db.execute(update(Site).where(Site.id == site_id)
               .values(codes_revision=Site.codes_revision + 1))


def find_code(db: Session, *, settings: StoreSettings, site: Site, typed: str) -> Code | None:
    """The code a person typed, or None; raise StoreError when it cannot be a code at all."""
    try:
        canonical = normalise_code(typed)
    except CodeError as error:
        raise StoreError("code-malformed", reason=error.reason) from None
    return db.scalar(select(Code).where(
        Code.site_id == site.id,
        Code.code_hash == code_hash_for_site(settings, site, canonical)))


def code_of_site(db: Session, *, site: Site, code_id: int) -> Code:
    code = db.get(Code, code_id)
    if code is None or code.site_id != site.id:
        raise StoreError("not-found")
    return code


def list_codes(db: Session, *, site: Site, now: datetime, state: str | None = None,
               limit: int = 200) -> list[Code]:
    query = select(Code).where(Code.site_id == site.id).order_by(Code.id.desc()).limit(limit)
    valid = (Code.revoked.is_(False), Code.valid_until > now)
    conditions = {
        "issued": (*valid, Code.used_seconds < Code.budget_seconds, Code.activated_at.is_(None)),
        "active": (*valid, Code.used_seconds < Code.budget_seconds,
                   Code.activated_at.is_not(None)),
        "exhausted": (*valid, Code.used_seconds >= Code.budget_seconds),
        "revoked": (Code.revoked.is_(True),),
        "expired": (Code.revoked.is_(False), Code.valid_until <= now),
    }
    if state is not None:
        query = query.where(*conditions[state])
    return list(db.scalars(query))


def revoke_code(db: Session, *, code: Code, now: datetime, by: int | None) -> None:
    code.revoked = True
    bump_revision(db, code.site_id)
    audit(db, now=now, user_id=by, site_id=code.site_id, action="code.revoke",
          target=str(code.id))


def extend_code(db: Session, *, code: Code, minutes: int, valid_until: datetime | None,
                now: datetime, by: int | None) -> None:
    if minutes < 0 or minutes > 24 * 60:
        raise ValueError("extend by 0 to 1440 minutes")
    db.execute(update(Code).where(Code.id == code.id)
               .values(budget_seconds=Code.budget_seconds + minutes * 60))
    if valid_until is not None:
        code.valid_until = max(code.valid_until, valid_until.astimezone(UTC))
    bump_revision(db, code.site_id)
    db.flush()
    db.refresh(code)
    audit(db, now=now, user_id=by, site_id=code.site_id, action="code.extend",
          target=str(code.id), minutes=minutes)


def code_summary(code: Code, now: datetime) -> dict[str, Any]:
    return {
        "id": code.id,
        "state": code_state(code, now),
        "minutes_total": code.budget_seconds // 60,
        "seconds_left": max(code.budget_seconds - code.used_seconds, 0),
        "valid_from": code.valid_from,
        "valid_until": code.valid_until,
        "print_quota": code.print_quota,
        "print_left": max(code.print_quota - code.print_used - code.print_reserved, 0),
        "scan_quota": code.scan_quota,
        "scan_left": max(code.scan_quota - code.scan_used - code.scan_reserved, 0),
        "issued_at": code.issued_at,
    }


def offline_codes(db: Session, *, settings: StoreSettings, site: Site, now: datetime
                  ) -> dict[str, Any]:
    """What a station needs to open sessions while the store is away (design §4)."""
    rows = db.execute(
        select(Code.id, Code.offline_hash, Code.budget_seconds, Code.used_seconds,
               Code.valid_until, Code.print_quota, Code.print_used, Code.print_reserved,
               Code.scan_quota, Code.scan_used, Code.scan_reserved)
        .where(Code.site_id == site.id, Code.revoked.is_(False), Code.valid_until > now,
               Code.used_seconds < Code.budget_seconds)
    ).all()
    return {
        "revision": site.codes_revision,
        "salt": site.code_salt.hex(),
        "iterations": settings.offline_hash_iterations,
        "codes": [
            {"id": r.id, "hash": r.offline_hash,
             "seconds_left": r.budget_seconds - r.used_seconds,
             "valid_until": r.valid_until,
             "print_left": max(r.print_quota - r.print_used - r.print_reserved, 0),
             "scan_left": max(r.scan_quota - r.scan_used - r.scan_reserved, 0)}
            for r in rows
        ],
    }
