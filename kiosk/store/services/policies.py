"""Each site's whitelist policy, kept in the store: versions, publishing, going back.

A text becomes a version only once the core engine has read it without a problem, and is
published only after the engine reads it again (the engine of this store, which may be
newer than the one that kept it). Stations learn the published version's digest from
their heartbeat, fetch the text, check its digest and validate it themselves.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.core.policy import Policy, parse_policy
from kiosk.store.errors import StoreError
from kiosk.store.models import Site, SitePolicy
from kiosk.store.services.common import audit

MAX_POLICY_BYTES = 512 * 1024


def digest_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def validate(text: str, *, source: str) -> Policy:
    """The policy the text says; raises PolicyError listing every problem with its line."""
    return parse_policy(text, source=source)


def keep(db: Session, *, site: Site, text: str, now: datetime, by: int | None = None,
         note: str = "") -> SitePolicy:
    """Keep a new version of the site's policy (the latest one when the text is the same);
    raises PolicyError when the engine refuses it, ValueError when it is too large."""
    if len(text.encode("utf-8")) > MAX_POLICY_BYTES:
        raise ValueError(f"a policy is at most {MAX_POLICY_BYTES // 1024} KiB")
    validate(text, source=f"{site.slug} (new version)")
    digest = digest_of(text)
    latest = db.scalar(select(SitePolicy).where(SitePolicy.site_id == site.id)
                       .order_by(SitePolicy.version.desc()).limit(1))
    if latest is not None and latest.digest == digest:
        return latest
    version = (latest.version if latest else 0) + 1
    kept = SitePolicy(site_id=site.id, version=version, digest=digest, text=text,
                      note=note.strip()[:200], created_at=now, created_by=by)
    db.add(kept)
    db.flush()
    audit(db, now=now, user_id=by, site_id=site.id, action="policy.keep", target=site.slug,
          version=version, digest=digest[:12])
    return kept


def publish(db: Session, *, site: Site, version: int, now: datetime,
            by: int | None = None) -> SitePolicy:
    """Make a kept version the one the site's stations run (a newer one, or an earlier one
    to go back); raises StoreError when there is no such version, PolicyError when the
    engine refuses it now."""
    chosen = db.scalar(select(SitePolicy).where(SitePolicy.site_id == site.id,
                                                SitePolicy.version == version))
    if chosen is None:
        raise StoreError("policy-unknown")
    validate(chosen.text, source=f"{site.slug} version {version}")
    previous = site.policy_version
    site.policy_version = version
    audit(db, now=now, user_id=by, site_id=site.id, action="policy.publish",
          target=site.slug, version=version, previous=previous, digest=chosen.digest[:12])
    return chosen


def published(db: Session, *, site_id: int) -> SitePolicy | None:
    return db.scalar(select(SitePolicy).join(Site, Site.id == SitePolicy.site_id).where(
        SitePolicy.site_id == site_id, SitePolicy.version == Site.policy_version))


def published_digests(db: Session, *, site_ids: list[int]) -> dict[int, str]:
    """The digest of each site's published policy (sites with none are left out)."""
    rows = db.execute(select(Site.id, SitePolicy.digest)
                      .join(SitePolicy, (SitePolicy.site_id == Site.id)
                            & (SitePolicy.version == Site.policy_version))
                      .where(Site.id.in_(site_ids)))
    return {site_id: digest for site_id, digest in rows}  # noqa: C416 - a result, not pairs


def versions(db: Session, *, site: Site) -> list[SitePolicy]:
    return list(db.scalars(select(SitePolicy).where(SitePolicy.site_id == site.id)
                           .order_by(SitePolicy.version.desc())))


def latest_version(db: Session, *, site: Site) -> int:
    return int(db.scalar(select(func.coalesce(func.max(SitePolicy.version), 0))
                         .where(SitePolicy.site_id == site.id)) or 0)
