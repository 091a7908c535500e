"""Helpers shared by the services: audit entries, rate limits, site look-ups."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.core.hours import OpeningHours
from kiosk.core.ratelimit import delay_after
from kiosk.store.errors import StoreError
from kiosk.store.models import AuditEntry, RateLimit, Site


def audit(db: Session, *, now: datetime, user_id: int | None, site_id: int | None,
          action: str, target: str | None = None, **detail: Any) -> None:  # noqa: ANN401
    db.add(AuditEntry(at=now, user_id=user_id, site_id=site_id, action=action, target=target,
                      detail=detail))


def site_by_slug(db: Session, slug: str) -> Site:
    site = db.scalar(select(Site).where(Site.slug == slug))
    if site is None:
        raise StoreError("site-unknown")
    return site


def opening_hours(site: Site) -> OpeningHours | None:
    """None when the site has no opening hours (always open)."""
    if not site.opening_hours:
        return None
    return OpeningHours.from_mapping(site.timezone, site.opening_hours)


def check_rate_limit(db: Session, key: str, *, now: datetime) -> None:
    row = db.get(RateLimit, key)
    if row is not None and row.blocked_until is not None and row.blocked_until > now:
        wait = max(1, int((row.blocked_until - now).total_seconds() + 0.999))
        raise StoreError("rate-limited", retry_after=wait)


def count_failure(db: Session, key: str, *, now: datetime, window_seconds: int) -> int:
    """Count one more failure under `key`; return how many fell within the window.

    One statement adds the failure, so that store processes counting at the same moment
    never lose one (a read then a write would, on PostgreSQL).
    """
    insert = postgresql.insert if db.get_bind().dialect.name == "postgresql" else sqlite.insert
    forgotten = now - timedelta(seconds=window_seconds)
    added = insert(RateLimit).values(key=key, failures=1, last_failure_at=now)
    statement = added.on_conflict_do_update(
        index_elements=[RateLimit.key],
        set_={"failures": case((RateLimit.last_failure_at < forgotten, 1),
                               else_=RateLimit.failures + 1),
              "last_failure_at": now},
    ).returning(RateLimit.failures)
    return int(db.execute(statement).scalar_one())


def record_failure(db: Session, key: str, *, now: datetime, free: int, max_seconds: int,
                   window_seconds: int) -> int:
    """Count one more failure under `key`; return the delay now imposed, in seconds."""
    failures = count_failure(db, key, now=now, window_seconds=window_seconds)
    delay = delay_after(failures, free=free, max_seconds=max_seconds)
    db.execute(update(RateLimit).where(RateLimit.key == key).values(
        blocked_until=now + timedelta(seconds=delay) if delay else None))
    return delay


def clear_failures(db: Session, key: str) -> None:
    db.execute(delete(RateLimit).where(RateLimit.key == key))
