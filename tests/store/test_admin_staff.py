"""Staff accounts from the browser: make one (its password shown once), change its role and
place, give a new password, disable; within the administrator's places, never oneself."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from kiosk.store.models import AuditEntry, StaffUser
from tests.store.conftest import PASSWORD_HASH, World
from tests.store.test_dashboard_pages import Browser


def text(response: object) -> str:
    return html.unescape(response.text)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Account:
    id: int
    role: str
    site_id: int | None
    disabled: bool


def account(world: World, login: str) -> Account:
    """The account as stored now, read in a transaction that ends at once (the store's
    writer must not wait for it)."""
    world.db.expire_all()
    user = world.db.query(StaffUser).filter(StaffUser.login == login).one()
    found = Account(user.id, user.role, user.site_id, user.disabled)
    world.db.rollback()
    return found


def shown_password(page: str) -> str:
    found = re.search(r'<pre class="command"><code>([^<]+)</code>', page)
    assert found is not None
    return found.group(1)


def test_admin_makes_an_account_whose_password_is_shown_once(world: World) -> None:
    browser = Browser(world.client)
    browser.login("admin")
    made = browser.post("/admin/staff/add", login="Marie.Dupont", role="secretariat",
                        site="centre-nord")
    assert made.status_code == 200
    password = shown_password(made.text)
    assert len(password) == 16
    assert "Mot de passe de marie.dupont" in text(made)
    assert password not in text(browser.get("/admin/staff"))
    world.client.cookies.clear()
    newcomer = Browser(world.client)
    assert newcomer.login("marie.dupont", password).status_code == 303
    world.client.cookies.clear()
    browser = Browser(world.client)
    browser.login("admin")
    taken = browser.post("/admin/staff/add", login="marie.dupont", role="coordinator",
                         site="centre-nord")
    assert taken.status_code == 409
    assert "Cet identifiant est déjà pris." in text(taken)
    everywhere = browser.post("/admin/staff/add", login="accueil-partout",
                              role="secretariat", site="")
    assert everywhere.status_code == 422
    assert "Un compte d'accueil appartient à un seul lieu." in text(everywhere)
    bad = browser.post("/admin/staff/add", login="x", role="coordinator", site="centre-nord")
    assert bad.status_code == 422
    assert world.db.query(AuditEntry).filter(AuditEntry.action == "user.add").count() >= 1


def test_admin_changes_resets_and_disables(world: World) -> None:
    sud = world.other_site.id
    world.db.rollback()  # no transaction of the test left open while the store writes
    browser = Browser(world.client)
    browser.login("admin")
    coordination = account(world, "coordination")
    changed = browser.post("/admin/staff/change", user=str(coordination.id), role="admin",
                           site="centre-sud")
    assert "Le compte est modifié." in text(changed)
    assert (account(world, "coordination").role,
            account(world, "coordination").site_id) == ("admin", sud)
    reset = browser.post("/admin/staff/reset", user=str(coordination.id))
    password = shown_password(reset.text)
    world.client.cookies.clear()
    owner = Browser(world.client)
    assert owner.login("coordination", password).status_code == 303
    world.client.cookies.clear()
    browser = Browser(world.client)
    browser.login("admin")
    disabled = browser.post("/admin/staff/disable", user=str(coordination.id), state="off")
    assert "désactivé" in text(disabled)
    assert account(world, "coordination").disabled
    world.client.cookies.clear()
    assert Browser(world.client).login("coordination", password).status_code == 401
    world.client.cookies.clear()
    browser = Browser(world.client)
    browser.login("admin")
    browser.post("/admin/staff/disable", user=str(coordination.id), state="on")
    assert not account(world, "coordination").disabled
    me = account(world, "admin")
    for path, extra in (("/admin/staff/disable", {"state": "off"}),
                        ("/admin/staff/change", {"role": "secretariat",
                                                 "site": "centre-nord"})):
        refused = browser.post(path, user=str(me.id), **extra)
        assert refused.status_code == 409
        assert "votre propre compte" in text(refused)
    assert not account(world, "admin").disabled


def test_an_administrator_of_one_place_manages_its_accounts_only(world: World) -> None:
    world.db.add(StaffUser(login="admin-nord", password_hash=PASSWORD_HASH, role="admin",
                           site_id=world.site.id, created_at=world.clock()))
    world.db.commit()
    browser = Browser(world.client)
    browser.login("admin-nord")
    listed = text(browser.get("/admin/staff"))
    assert "accueil-sud" not in listed
    assert "coordination" in listed
    assert "Tous les lieux" not in listed
    sud = account(world, "accueil-sud")
    assert browser.post("/admin/staff/reset", user=str(sud.id)).status_code == 404
    assert browser.post("/admin/staff/add", login="nouvel-admin", role="admin",
                        site="").status_code == 403
    assert browser.post("/admin/staff/add", login="nouveau", role="coordinator",
                        site="centre-sud").status_code == 403
    assert browser.post("/admin/staff/add", login="nouveau", role="coordinator",
                        site="centre-nord").status_code == 200
    world.client.cookies.clear()
    coordinator = Browser(world.client)
    coordinator.login("coordination")
    assert coordinator.get("/admin/staff").status_code == 403
    assert coordinator.post("/admin/staff/reset",
                            user=str(sud.id)).status_code == 403
    world.client.cookies.clear()
    admin = Browser(world.client)
    admin.login("admin")
    bare = world.client.post("/dashboard/admin/staff/reset", data={"user": str(sud.id)},
                             follow_redirects=False)
    assert bare.status_code == 403
