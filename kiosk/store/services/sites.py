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
