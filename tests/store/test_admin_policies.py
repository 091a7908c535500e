"""The whitelist page of the administration: check, publish, compare, go back; role and
site scope on every form."""

from __future__ import annotations

import html
import re

from kiosk.store.models import AuditEntry, SitePolicy, StaffUser
from kiosk.store.services import policies
from tests.store.conftest import PASSWORD_HASH, World
from tests.store.test_dashboard_pages import Browser
from tests.testpolicy import CAF_POLICY

BROKEN = CAF_POLICY.replace('title = "CAF"', "title = 3")


def text(response: object) -> str:
    return html.unescape(response.text)  # type: ignore[attr-defined]


def test_admin_checks_a_draft_and_sees_each_problem_at_its_line(world: World) -> None:
    browser = Browser(world.client)
    browser.login("admin")
    page = browser.get("/admin/policies", site="centre-nord")
    assert page.status_code == 200
    assert "Aucune liste n'est encore publiée" in text(page)
    checked = browser.post("/admin/policies/check", site="centre-nord", text=BROKEN,
                           urls="https://www.caf.fr/")
    assert checked.status_code == 422
    assert "ligne 7 :" in text(checked)
    assert "title" in text(checked)
    assert "title = 3" in text(checked)  # the draft stays in the editor
    good = browser.post("/admin/policies/check", site="centre-nord", text=CAF_POLICY,
                        urls="http://www.caf.fr/aides\nhttps://www.impots.gouv.fr/\n"
                             "http://static.caf-cdn.example/logo.png")
    assert good.status_code == 200
    shown = text(good)
    assert "La liste est valable. Sites qu'elle contient : 1." in shown
    assert re.search(r"www\.caf\.fr/aides</code></th>\s*<td><span class=\"tag ok\">Autorisé",
                     good.text)
    assert "aucun site de la liste n'autorise cette adresse" in shown
    assert "autorisé dans une page seulement" in shown
    # Checking publishes nothing.
    world.db.expire_all()
    assert world.db.query(SitePolicy).count() == 0


def test_publish_from_the_browser_reaches_the_heartbeat_and_the_audit(world: World) -> None:
    browser = Browser(world.client)
    browser.login("admin")
    refused = browser.post("/admin/policies/publish", site="centre-nord", text=BROKEN)
    assert refused.status_code == 422
    assert "ne peut pas être publiée" in text(refused)
    done = browser.post("/admin/policies/publish", site="centre-nord", text=CAF_POLICY,
                        note="la CAF seule")
    assert done.status_code == 303
    page = browser.client.get(done.headers["location"])
    assert "La version 1 est publiée" in text(page)
    assert "la CAF seule" in text(page)
    digest = world.db.query(SitePolicy).one().digest
    assert world.heartbeat("poste-1").json()["site"]["policy_version"] == digest
    entry = (world.db.query(AuditEntry).filter(AuditEntry.action == "policy.publish").one())
    admin = world.db.query(StaffUser).filter(StaffUser.login == "admin").one()
    assert entry.user_id == admin.id


def test_rollback_and_the_changes_between_versions(world: World) -> None:
    browser = Browser(world.client)
    browser.login("admin")
    browser.post("/admin/policies/publish", site="centre-nord", text=CAF_POLICY)
    second = CAF_POLICY.replace('description = "Allocations familiales"',
                                'description = "Allocations, logement"')
    browser.post("/admin/policies/publish", site="centre-nord", text=second, note="texte")
    compared = text(browser.get("/admin/policies", site="centre-nord", version="2",
                                compare="1"))
    assert '-description = "Allocations familiales"' in compared
    assert '+description = "Allocations, logement"' in compared
    back = browser.post("/admin/policies/use", site="centre-nord", version="1")
    assert back.status_code == 303
    world.db.expire_all()
    site = world.db.get(type(world.site), world.site.id)
    assert site is not None
    assert site.policy_version == 1
    assert browser.post("/admin/policies/use", site="centre-nord",
                        version="9").status_code == 404


def test_add_a_service_without_writing_toml(world: World) -> None:
    browser = Browser(world.client)
    browser.login("admin")
    added = browser.post("/admin/policies/add-service", site="centre-nord", text=CAF_POLICY,
                         service_id="mairie", title="Mairie", description="État civil",
                         home="https://www.mairie.example/", hosts="www.mairie.example")
    assert added.status_code == 200
    shown = text(added)
    assert 'id = "mairie"' in shown
    assert 'title = "Mairie"' in shown
    assert "La liste est valable. Sites qu'elle contient : 2." in shown
    assert re.search(r"www\.mairie\.example/</code></th>\s*<td><span class=\"tag ok\">", added.text)
    incomplete = browser.post("/admin/policies/add-service", site="centre-nord",
                              text=CAF_POLICY, service_id="Mairie!", title="", home="",
                              hosts="")
    assert incomplete.status_code == 422
    assert "Indiquez son titre." in text(incomplete)
    # A home page its own hosts do not allow: the engine says so, at its line.
    wrong = browser.post("/admin/policies/add-service", site="centre-nord", text=CAF_POLICY,
                         service_id="mairie", title="Mairie", description="",
                         home="https://www.autre.example/", hosts="www.mairie.example")
    assert wrong.status_code == 422
    assert "ligne " in text(wrong)


def test_roles_and_sites_on_every_form(world: World) -> None:
    world.db.add(StaffUser(login="admin-sud", password_hash=PASSWORD_HASH, role="admin",
                           site_id=world.other_site.id, created_at=world.clock()))
    world.db.commit()
    coordinator = Browser(world.client)
    coordinator.login("coordination")
    assert coordinator.get("/admin/policies").status_code == 200  # reads
    assert coordinator.post("/admin/policies/check", site="centre-nord",
                            text=CAF_POLICY).status_code == 200  # checks
    refused = coordinator.post("/admin/policies/publish", site="centre-nord", text=CAF_POLICY)
    assert refused.status_code == 403
    assert "Seul un administrateur" in text(refused)
    assert "Vérifier et publier" not in text(coordinator.get("/admin/policies"))
    world.client.cookies.clear()
    reception = Browser(world.client)
    reception.login("accueil")
    assert reception.get("/admin/policies").status_code == 403
    world.client.cookies.clear()
    other = Browser(world.client)
    other.login("admin-sud")
    assert other.get("/admin/policies", site="centre-nord").status_code == 403
    assert other.post("/admin/policies/publish", site="centre-nord",
                      text=CAF_POLICY).status_code == 403
    assert other.post("/admin/policies/use", site="centre-nord",
                      version="1").status_code == 403
    # A form without its token changes nothing.
    world.client.cookies.clear()
    admin = Browser(world.client)
    admin.login("admin")
    bare = world.client.post("/dashboard/admin/policies/publish",
                             data={"site": "centre-nord", "text": CAF_POLICY},
                             follow_redirects=False)
    assert bare.status_code == 403
    assert policies.latest_version(world.db, site=world.site) == 0
