"""Sites' policies kept in the store: versions validated by the core engine, published,
gone back to, and served to the site's stations only."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from kiosk.core.policy import PolicyError
from kiosk.store.errors import StoreError
from kiosk.store.models import AuditEntry
from kiosk.store.services import policies
from tests.store.conftest import World
from tests.testpolicy import CAF_POLICY

BROKEN = CAF_POLICY.replace('title = "CAF"', "title = 3")


def test_publish_keeps_validated_versions_only(world: World) -> None:
    now = world.clock()
    first = policies.keep(world.db, site=world.site, text=CAF_POLICY, now=now, note="CAF")
    assert (first.version, first.digest) == (
        1, hashlib.sha256(CAF_POLICY.encode()).hexdigest())
    assert policies.keep(world.db, site=world.site, text=CAF_POLICY, now=now) is first
    with pytest.raises(PolicyError) as refused:
        policies.keep(world.db, site=world.site, text=BROKEN, now=now)
    assert [(p.line, "title" in p.message) for p in refused.value.problems] == [(7, True)]
    assert policies.latest_version(world.db, site=world.site) == 1
    with pytest.raises(ValueError, match="at most"):
        policies.keep(world.db, site=world.site, text="#" * (600 * 1024), now=now)
    policies.publish(world.db, site=world.site, version=1, now=now)
    with pytest.raises(StoreError):
        policies.publish(world.db, site=world.site, version=9, now=now)
    world.db.commit()
    assert world.site.policy_version == 1
    assert policies.published(world.db, site_id=world.site.id) is first
    assert policies.published(world.db, site_id=world.other_site.id) is None
    actions = [a.action for a in world.db.scalars(select(AuditEntry).where(
        AuditEntry.action.startswith("policy.")))]
    assert actions == ["policy.keep", "policy.publish"]


def test_policy_delivery_through_the_heartbeat_and_the_station_endpoint(world: World) -> None:
    site = world.heartbeat("poste-1").json()["site"]
    assert site["policy_version"] is None
    assert world.get("/stations/policy", "poste-1").json()["code"] == "policy-none"
    kept = policies.keep(world.db, site=world.site, text=CAF_POLICY, now=world.clock())
    policies.publish(world.db, site=world.site, version=kept.version, now=world.clock())
    world.db.commit()
    world.client.app.state.directory.site_changed(world.site.id)  # as the sync would
    assert world.heartbeat("poste-1").json()["site"]["policy_version"] == kept.digest
    served = world.get("/stations/policy", "poste-1").json()
    assert served == {"version": 1, "digest": kept.digest, "text": CAF_POLICY}
    # Another site's station gets its own site's (none), staff and strangers nothing.
    assert world.get("/stations/policy", "poste-sud").status_code == 404
    assert world.get("/stations/policy", "accueil").status_code == 401
    assert world.get("/stations/policy").status_code == 401


def test_rollback_publishes_an_earlier_version(world: World) -> None:
    now = world.clock()
    one = policies.keep(world.db, site=world.site, text=CAF_POLICY, now=now)
    two = policies.keep(world.db, site=world.site, text=CAF_POLICY + "\n# v2\n", now=now)
    policies.publish(world.db, site=world.site, version=2, now=now)
    policies.publish(world.db, site=world.site, version=1, now=now)
    world.db.commit()
    assert policies.published(world.db, site_id=world.site.id) is one
    assert [v.version for v in policies.versions(world.db, site=world.site)] == [2, 1]
    assert two.version == 2
    # A version the engine refuses now cannot be published, even kept earlier.
    two.text = BROKEN
    world.db.commit()
    with pytest.raises(PolicyError):
        policies.publish(world.db, site=world.site, version=2, now=now)


def test_the_computers_page_shows_who_has_not_taken_the_published_policy(
        world: World) -> None:
    import html  # noqa: PLC0415
    import time  # noqa: PLC0415

    from tests.store.test_dashboard_pages import Browser  # noqa: PLC0415

    kept = policies.keep(world.db, site=world.site, text=CAF_POLICY, now=world.clock())
    policies.publish(world.db, site=world.site, version=kept.version, now=world.clock())
    world.db.commit()
    browser = Browser(world.client)
    browser.login("coordination")

    def page() -> str:
        return html.unescape(browser.get("/stations", period="day").text)

    assert page().count("Liste des sites pas encore prise") == 2  # poste-1 and poste-2
    world.heartbeat("poste-1", policy_version=kept.digest)
    world.heartbeat("poste-2", policy_refused=kept.digest)
    deadline = time.monotonic() + 10
    while "A refusé la liste des sites publiée" not in page() and time.monotonic() < deadline:
        time.sleep(0.2)
    shown = page()
    assert "A refusé la liste des sites publiée" in shown
    assert "pas encore prise" not in shown
    assert kept.digest[:8] in shown
