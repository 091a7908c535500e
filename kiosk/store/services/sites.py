"""Sites: the places, with their opening hours."""

from __future__ import annotations

import re
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.core.hours import OpeningHours
from kiosk.store.models import Site
from kiosk.store.services.common import audit

_SLUG = re.compile(r"[a-z0-9][a-z0-9\-]{0,63}")


def add_site(db: Session, *, slug: str, name: str, timezone: str = "Europe/Paris",
             hours: dict[str, Any] | None = None, now: datetime,
             by: int | None = None) -> Site:
    if not _SLUG.fullmatch(slug):
        raise ValueError("the site's short name may only use a-z, 0-9 and '-'")
    if db.scalar(select(Site.id).where(Site.slug == slug)) is not None:
        raise ValueError(f"a site named {slug!r} already exists")
    mapping = OpeningHours.from_mapping(timezone, hours).to_mapping() if hours else {}
    if not name.strip():
        raise ValueError("the site needs a name")
    site = Site(slug=slug, name=name.strip(), timezone=timezone, opening_hours=mapping,
                code_salt=secrets.token_bytes(16), codes_revision=0, created_at=now)
    db.add(site)
    db.flush()
    audit(db, now=now, user_id=by, site_id=site.id, action="site.add", target=slug)
    return site


def list_sites(db: Session) -> list[Site]:
    return list(db.scalars(select(Site).order_by(Site.slug)))


DESK_DEFAULTS: dict[str, Any] = {"durations": [30, 60, 90], "print_quota": 5,
                                 "scan_quota": 5, "hold_minutes": 5,
                                 "satisfaction_question": False, "help_button": True}
# How long raw usage events are kept at a site before the daily purge deletes them (their
# figures stay); None: the store's `retention_days` setting.
RETENTION_RANGE = (30, 3650)


def desk_settings(site: Site) -> dict[str, Any]:
    """What the desk offers at the site: its own settings over the defaults."""
    return {**DESK_DEFAULTS, **(site.desk or {})}


def set_desk_settings(db: Session, *, site: Site, durations: list[int] | None = None,
                      print_quota: int | None = None, scan_quota: int | None = None,
                      hold_minutes: int | None = None,
                      satisfaction_question: bool | None = None,
                      help_button: bool | None = None,
                      retention_days: int | None = None, now: datetime,
                      by: int | None = None) -> dict[str, Any]:
    """Change what the desk offers, and whether stations ask guests the satisfaction
    question; raises ValueError with a plain explanation."""
    changed = dict(site.desk or {})
    if satisfaction_question is not None:
        # Heartbeats carry it: every store process reloads the sites each second.
        changed["satisfaction_question"] = satisfaction_question
    if help_button is not None:  # the guests' "Ask for help" on the computers
        changed["help_button"] = help_button
    if retention_days is not None:
        low, high = RETENTION_RANGE
        if not low <= retention_days <= high:
            raise ValueError(f"retention: from {low} to {high} days")
        changed["retention_days"] = retention_days
    if durations is not None:
        if not durations or len(durations) > 6 or any(not 5 <= m <= 600 for m in durations):
            raise ValueError("durations: one to six numbers of minutes between 5 and 600")
        changed["durations"] = sorted(set(durations))
    for key, value, top in (("print_quota", print_quota, 500), ("scan_quota", scan_quota, 500),
                            ("hold_minutes", hold_minutes, 60)):
        if value is not None:
            if not 0 <= value <= top or (key == "hold_minutes" and value < 1):
                raise ValueError(f"{key.replace('_', ' ')}: a number up to {top}")
            changed[key] = value
    site.desk = changed
    audit(db, now=now, user_id=by, site_id=site.id, action="site.desk", target=site.slug,
          **changed)
    return desk_settings(site)


def update_site(db: Session, *, site: Site, name: str, timezone: str,
                hours: dict[str, Any] | None, now: datetime, by: int | None = None) -> None:
    """A site's name, time zone and opening hours (None: always open); raises ValueError
    saying what is wrong. Stations read them at their next heartbeat."""
    if not name.strip() or len(name.strip()) > 200:
        raise ValueError("the site needs a name of 1 to 200 characters")
    checked = OpeningHours.from_mapping(timezone, hours or {})  # the zone, and the hours
    mapping = checked.to_mapping() if hours else {}
    site.name, site.timezone, site.opening_hours = name.strip(), timezone, mapping
    audit(db, now=now, user_id=by, site_id=site.id, action="site.change", target=site.slug,
          name=site.name, timezone=timezone)
