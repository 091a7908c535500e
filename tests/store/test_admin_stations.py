"""Computers managed from the browser: enrol (the token and command shown once), rename,
out of order, move, remove (its heartbeats stop at once); roles, sites and CSRF."""

from __future__ import annotations

import html
import re

from kiosk.store.models import AuditEntry, StaffUser, Station
from tests.store.conftest import PASSWORD_HASH, World
from tests.store.test_dashboard_pages import Browser


def text(response: object) -> str:
    return html.unescape(response.text)  # type: ignore[attr-defined]


def station_id(world: World, name: str) -> str:
    world.db.expire_all()
    found = str(world.db.query(Station).filter(Station.name == name).one().id)
    world.db.rollback()  # the store's writer must not wait for this read
    return found


def test_admin_enrols_a_computer_with_a_token_shown_once(world: World) -> None:
    browser = Browser(world.client)
    browser.login("admin")
    page = browser.post("/admin/stations/enrol", site="centre-nord", name="poste-3")
    assert page.status_code == 200
    shown = text(page)
    command = re.search(r"sudo kiosk-station-enrol --store (\S+) --token (\S+)</code>", shown)
    assert command is not None
    assert command.group(1) == "http://testserver"
    token = command.group(2)
    # The command works: the station enrols with it, once.
    assert world.post("/stations/enrol", token=token).status_code == 200
    assert world.post("/stations/enrol", token=token).status_code == 401
    again = text(browser.get("/admin/stations", site="centre-nord"))
    assert token not in again  # shown once only
    assert "poste-3" in again
    assert world.db.query(AuditEntry).filter(
        AuditEntry.action == "station.enrol-token").count() >= 1
    empty = browser.post("/admin/stations/enrol", site="centre-nord", name="  ")
    assert empty.status_code == 422
    assert "Donnez au poste un nom" in text(empty)


def test_admin_renames_and_puts_a_computer_out_of_order(world: World) -> None:
    browser = Browser(world.client)
    browser.login("admin")
    poste = station_id(world, "poste-1")
    done = browser.post("/admin/stations/rename", site="centre-nord", station=poste,
                        name="poste-accueil")
    assert "Le poste est renommé." in text(done)
    taken = browser.post("/admin/stations/rename", site="centre-nord", station=poste,
                         name="poste-2")
    assert taken.status_code == 409
    assert "Un autre poste de ce lieu porte déjà ce nom." in text(taken)
    out = browser.post("/admin/stations/out-of-order", site="centre-nord", station=poste,
                       state="out")
    assert "hors service" in text(out)
    code = world.issue()["code"]
    refused = world.post("/sessions", "poste-1", code=code)
    assert refused.json()["code"] == "station-out-of-order"
    browser.post("/admin/stations/out-of-order", site="centre-nord", station=poste,
                 state="back")
    assert world.post("/sessions", "poste-1", code=code).status_code == 201
    moved = browser.post("/admin/stations/move", site="centre-nord", station=poste,
                         to="centre-sud")
    assert moved.status_code == 409  # a session runs on it
    assert "Une session est en cours" in text(moved)


def test_revoking_a_station_stops_its_heartbeats_at_once(world: World) -> None:
    browser = Browser(world.client)
    browser.login("admin")
    poste = station_id(world, "poste-2")
    assert world.heartbeat("poste-2").status_code == 200
    question = browser.post("/admin/stations/revoke", site="centre-nord", station=poste)
    assert "Retirer poste-2 ?" in text(question)
    assert world.heartbeat("poste-2").status_code == 200  # nothing done yet
    done = browser.post("/admin/stations/revoke", site="centre-nord", station=poste,
                        confirm="yes")
    assert "Le poste est retiré" in text(done)
    assert world.heartbeat("poste-2").status_code == 401
    again = browser.post("/admin/stations/revoke", site="centre-nord", station=poste,
                         confirm="yes")
    assert again.status_code == 404
    listed = text(browser.get("/admin/stations", site="centre-nord"))
    assert "Retiré" in listed


def test_roles_sites_and_tokens_on_every_computer_form(world: World) -> None:
    world.db.add(StaffUser(login="admin-sud", password_hash=PASSWORD_HASH, role="admin",
                           site_id=world.other_site.id, created_at=world.clock()))
    world.db.commit()
    poste = station_id(world, "poste-1")
    coordinator = Browser(world.client)
    coordinator.login("coordination")
    page = text(coordinator.get("/admin/stations"))
    assert "poste-1" in page
    assert "Renommer" not in page  # reads only
    for path, extra in (("/admin/stations/enrol", {"name": "x"}),
                        ("/admin/stations/rename", {"station": poste, "name": "x"}),
                        ("/admin/stations/out-of-order", {"station": poste, "state": "out"}),
                        ("/admin/stations/revoke", {"station": poste, "confirm": "yes"})):
        assert coordinator.post(path, site="centre-nord", **extra).status_code == 403, path
    world.client.cookies.clear()
    other = Browser(world.client)
    other.login("admin-sud")
    assert other.get("/admin/stations", site="centre-nord").status_code == 403
    assert other.post("/admin/stations/revoke", site="centre-nord", station=poste,
                      confirm="yes").status_code == 403
    # Its own site, another site's computer: not found there.
    assert other.post("/admin/stations/revoke", site="centre-sud", station=poste,
                      confirm="yes").status_code == 404
    world.client.cookies.clear()
    admin = Browser(world.client)
    admin.login("admin")
    bare = world.client.post("/dashboard/admin/stations/revoke", data={
        "site": "centre-nord", "station": poste, "confirm": "yes"}, follow_redirects=False)
    assert bare.status_code == 403
    assert world.heartbeat("poste-1").status_code == 200
