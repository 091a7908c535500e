"""A real station agent takes the policy its site publishes at its next heartbeat, checks it
and keeps it; a tampered or invalid one is refused, said to the store, and the last good
one stays."""

from __future__ import annotations

import hashlib
import stat
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.agent.outbox import Outbox
from kiosk.agent.policy_delivery import POLICY_FILE, PolicyDelivery
from kiosk.agent.station import StationAgent
from kiosk.agent.store_client import StoreClient
from kiosk.store.models import SitePolicy, Station
from kiosk.store.services import policies
from tests.agent.conftest import LiveStore
from tests.testpolicy import CAF_AND_AMELI_POLICY, CAF_POLICY

HEALTH = {"cpu_percent": 2.0, "memory_percent": 30.0, "disk_percent": 40.0}


@pytest.fixture
def agent(live_store: LiveStore, tmp_path: Path) -> Iterator[StationAgent]:
    client = StoreClient(live_store.url)
    client.enrol(live_store.enrol_token("poste-1"))
    station = StationAgent(client=client, outbox=Outbox(tmp_path / "outbox.sqlite3"),
                           state_dir=tmp_path)
    yield station
    client.close()
    station.outbox.close()


def publish(live_store: LiveStore, text: str) -> SitePolicy:
    kept = policies.keep(live_store.db, site=live_store.site, text=text,
                         now=datetime.now(UTC))
    policies.publish(live_store.db, site=live_store.site, version=kept.version,
                     now=datetime.now(UTC))
    live_store.db.commit()
    return kept


def beat_until(agent: StationAgent, wanted: object, read: object) -> None:
    """Heartbeats until `read()` gives `wanted` (the store's processes see a publication
    within a second)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        agent.heartbeat(health=HEALTH, policy_version=agent.policies.running)
        if read() == wanted:  # type: ignore[operator]
            return
        time.sleep(0.2)
    raise AssertionError(f"never got {wanted!r}")


def test_policy_delivery_takes_the_published_policy_and_keeps_it(
        agent: StationAgent, live_store: LiveStore, tmp_path: Path) -> None:
    agent.policies.running = hashlib.sha256(b"the installed policy").hexdigest()
    agent.heartbeat(health=HEALTH, policy_version=agent.policies.running)
    assert agent.site is not None
    assert agent.site["policy_version"] is None  # nothing published: the installed one runs
    assert agent.policies.take() is None
    kept = publish(live_store, CAF_AND_AMELI_POLICY)
    taken: list[object] = []
    beat_until(agent, True, lambda: bool(taken.append(agent.policies.take()) or taken[-1]))
    policy = taken[-1]
    assert policy.digest == kept.digest  # type: ignore[attr-defined]
    assert [site.id for site in policy.sites] == ["caf", "ameli"]  # type: ignore[attr-defined]
    path = tmp_path / POLICY_FILE
    assert path.read_text(encoding="utf-8") == CAF_AND_AMELI_POLICY
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert PolicyDelivery.kept(tmp_path).digest == kept.digest  # type: ignore[union-attr]
    # Taken once; running it, the station says so and fetches nothing more.
    assert agent.policies.take() is None
    agent.policies.running = kept.digest
    agent.heartbeat(health=HEALTH, policy_version=kept.digest)
    assert agent.policies.take() is None

    def reported() -> str | None:
        live_store.db.expire_all()
        version = live_store.db.scalars(select(Station)).one().policy_version
        live_store.db.rollback()  # the store's writer must not wait for this read
        return version

    beat_until(agent, kept.digest, reported)


def test_policy_delivery_refuses_a_tampered_text_and_keeps_the_last_good(
        agent: StationAgent, live_store: LiveStore, tmp_path: Path) -> None:
    good = publish(live_store, CAF_POLICY)
    beat_until(agent, good.digest, lambda: getattr(agent.policies.take(), "digest", None))
    agent.policies.running = good.digest
    second = publish(live_store, CAF_AND_AMELI_POLICY)
    # Someone changes the text kept in the store's database: its digest no longer matches.
    second.text = CAF_AND_AMELI_POLICY.replace("www.ameli.fr", "www.evil.example")
    live_store.db.commit()
    beat_until(agent, second.digest, lambda: agent.policies.refused)
    assert agent.policies.take() is None
    assert (tmp_path / POLICY_FILE).read_text(encoding="utf-8") == CAF_POLICY
    assert PolicyDelivery.kept(tmp_path).digest == good.digest  # type: ignore[union-attr]

    def said() -> object:
        live_store.db.expire_all()
        refused = live_store.db.scalars(select(Station)).one().health.get("policy_refused")
        live_store.db.rollback()
        return refused

    beat_until(agent, second.digest, said)  # the store hears of it


def test_policy_delivery_refuses_a_policy_the_engine_refuses(
        agent: StationAgent, live_store: LiveStore, tmp_path: Path) -> None:
    good = publish(live_store, CAF_POLICY)
    beat_until(agent, good.digest, lambda: getattr(agent.policies.take(), "digest", None))
    agent.policies.running = good.digest
    # A text that matches its digest but that this station's engine refuses (as an older
    # engine would refuse what a newer store accepted).
    broken = CAF_POLICY.replace('home = "http://www.caf.fr/"', 'home = "ftp://www.caf.fr/"')
    row = live_store.db.scalars(select(SitePolicy)).one()
    live_store.db.add(SitePolicy(site_id=row.site_id, version=2, text=broken,
                                 digest=hashlib.sha256(broken.encode()).hexdigest(),
                                 created_at=datetime.now(UTC), note=""))
    live_store.site.policy_version = 2
    live_store.db.commit()
    beat_until(agent, hashlib.sha256(broken.encode()).hexdigest(),
               lambda: agent.policies.refused)
    assert agent.policies.take() is None
    assert PolicyDelivery.kept(tmp_path).digest == good.digest  # type: ignore[union-attr]
    # Going back to the good version at the store clears the refusal.
    policies.publish(live_store.db, site=live_store.site, version=1, now=datetime.now(UTC))
    live_store.db.commit()
    beat_until(agent, None, lambda: agent.policies.refused)


def test_a_damaged_kept_policy_is_not_used(tmp_path: Path) -> None:
    (tmp_path / POLICY_FILE).write_text("[policy\nname =", encoding="utf-8")
    assert PolicyDelivery.kept(tmp_path) is None
    assert PolicyDelivery.kept(tmp_path / "nowhere") is None
