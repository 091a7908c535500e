"""A place's settings from the browser: name, time zone, hours and closed dates, what the
desk offers, the satisfaction question, the retention; every mistake said in French and
nothing saved."""

from __future__ import annotations

import html
from typing import Any

from kiosk.store.models import AuditEntry, Site
from tests.store.conftest import World
from tests.store.test_dashboard_pages import Browser

GOOD = {"name": "Centre social Nord", "timezone": "Europe/Paris",
        "hours_monday": "09:00-12:30, 13:30-18:00", "hours_tuesday": "09:00-18:00",
        "hours_wednesday": "", "hours_thursday": "13:30-18:00", "hours_friday": "09:00-12:00",
        "hours_saturday": "09:00-12:00", "hours_sunday": "", "closed": "25/12/2026\n2027-01-01",
        "durations": "30, 60, 120", "print_quota": "10", "scan_quota": "4",
        "hold_minutes": "7", "retention_days": "400", "satisfaction": "on"}  # help: off


def text(response: object) -> str:
    return html.unescape(response.text)  # type: ignore[attr-defined]


def stored(world: World) -> dict[str, Any]:
    world.db.expire_all()
    site = world.db.query(Site).filter(Site.slug == "centre-nord").one()
    found = {"name": site.name, "hours": dict(site.opening_hours), "desk": dict(site.desk)}
    world.db.rollback()
    return found


def test_admin_saves_a_place_and_the_stations_hear_it(world: World) -> None:
    browser = Browser(world.client)
    browser.login("admin")
    page = browser.get("/admin/sites", site="centre-nord")
    assert page.status_code == 200
    assert "Il n'est pas encore passé." in text(page)
    saved = browser.post("/admin/sites/save", site="centre-nord", **GOOD)
    assert saved.status_code == 200
    assert "Enregistré." in text(saved)
    now = stored(world)
    assert now["hours"]["monday"] == ["09:00-12:30", "13:30-18:00"]
    assert now["hours"]["wednesday"] == []
    assert now["hours"]["closed_dates"] == ["2026-12-25", "2027-01-01"]
    assert now["desk"] == {"durations": [30, 60, 120], "print_quota": 10, "scan_quota": 4,
                           "hold_minutes": 7, "satisfaction_question": True,
                           "help_button": False, "retention_days": 400}
    site = world.heartbeat("poste-1").json()["site"]
    assert site["opening_hours"]["monday"] == ["09:00-12:30", "13:30-18:00"]
    assert site["satisfaction_question"] is True
    assert site["help_button"] is False
    assert world.db.query(AuditEntry).filter(AuditEntry.action == "site.change").count() == 1
    world.db.rollback()
    # The form shows what is stored.
    shown = text(browser.get("/admin/sites", site="centre-nord"))
    assert 'value="09:00-12:30, 13:30-18:00"' in shown
    assert "2026-12-25" in shown


def test_every_mistake_is_said_and_nothing_is_saved(world: World) -> None:
    browser = Browser(world.client)
    browser.login("admin")
    before = stored(world)
    wrong = {**GOOD, "name": "", "timezone": "Europe/Lutece", "hours_monday": "9h-12h",
             "hours_tuesday": "09:00-12:00, 11:00-14:00", "closed": "Noël",
             "durations": "trente", "print_quota": "-1", "hold_minutes": "0",
             "retention_days": "5"}
    refused = browser.post("/admin/sites/save", site="centre-nord", **wrong)
    assert refused.status_code == 422
    shown = text(refused)
    for sentence in ("Donnez un nom au lieu", "Ce fuseau horaire est inconnu",
                     "Lundi : « 9h-12h » n'est pas un horaire",
                     "Mardi : les horaires se chevauchent.",
                     "« Noël » n'est pas une date", "Durées :",
                     "Pages à imprimer : un nombre entier de 0 à 500.",
                     "un nombre entier de 1 à 60", "un nombre entier de 30 à 3650"):
        assert sentence in shown, sentence
    assert 'value="9h-12h"' in shown  # what was typed stays in the form
    assert stored(world) == before


def test_coordinators_read_and_other_places_are_refused(world: World) -> None:
    coordinator = Browser(world.client)
    coordinator.login("coordination")
    page = text(coordinator.get("/admin/sites"))
    assert "disabled" in page
    assert coordinator.post("/admin/sites/save", site="centre-nord",
                            **GOOD).status_code == 403
    assert coordinator.get("/admin/sites", site="centre-sud").status_code == 403
    world.client.cookies.clear()
    reception = Browser(world.client)
    reception.login("accueil")
    assert reception.get("/admin/sites").status_code == 403


def test_an_administrator_of_every_place_adds_one(world: World) -> None:
    browser = Browser(world.client)
    browser.login("admin")
    added = browser.post("/admin/sites/add", slug="maison-est", name="Maison des habitants Est",
                         timezone="Europe/Paris")
    assert added.status_code == 303
    page = text(browser.client.get(added.headers["location"]))
    assert "Le lieu est ajouté." in page
    assert "Maison des habitants Est" in page
    twice = browser.post("/admin/sites/add", slug="maison-est", name="Encore",
                         timezone="Europe/Paris")
    assert twice.status_code == 422
    assert "Un autre lieu porte déjà ce nom court." in text(twice)
    wrong = browser.post("/admin/sites/add", slug="Maison Est!", name="", timezone="Mars/Base")
    assert wrong.status_code == 422
    for sentence in ("Le nom court n'utilise que", "Donnez un nom au lieu",
                     "Ce fuseau horaire est inconnu"):
        assert sentence in text(wrong)
    world.client.cookies.clear()
    coordinator = Browser(world.client)
    coordinator.login("coordination")
    assert coordinator.post("/admin/sites/add", slug="autre", name="Autre",
                            timezone="Europe/Paris").status_code == 403


def test_the_calendar_shows_closed_days_and_dates() -> None:
    from datetime import date  # noqa: PLC0415

    from kiosk.store.dashboard.admin.sites import calendar  # noqa: PLC0415

    site = Site(slug="x", name="X", timezone="Europe/Paris", opening_hours={
        "monday": ["09:00-12:00"], "tuesday": [], "wednesday": ["09:00-12:00"],
        "thursday": ["09:00-12:00"], "friday": ["09:00-12:00"], "saturday": [],
        "sunday": [], "closed_dates": ["2026-12-25"]})
    months = calendar(site, date(2026, 12, 2))
    assert [m.isoformat() for m, _weeks in months] == ["2026-12-01", "2027-01-01",
                                                       "2027-02-01"]
    december = [cell for week in months[0][1] for cell in week]
    assert december[0] is None  # 1 December 2026 is a Tuesday: Monday is empty
    assert december[1] is not None
    assert december[1].day == 1
    days = {cell.day: cell.state for cell in december if cell}
    assert days[25] == "holiday"
    assert days[1] == "closed"  # Tuesdays are closed
    assert days[7] == "open"
    always = calendar(Site(slug="y", name="Y", timezone="Europe/Paris", opening_hours={}),
                      date(2026, 12, 2), months=1)
    assert {cell.state for week in always[0][1] for cell in week if cell} == {"open"}
