"""The dashboard's pages over HTTP: log-in and its cookie, CSRF, roles and site scope, the
figures on the page and in the exports, and what bad input gets."""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from odf.opendocument import load as load_ods
from odf.table import TableCell, TableRow
from openpyxl import load_workbook

from kiosk.store.dashboard.i18n import Formats
from tests.store.conftest import PASSWORD, World
from tests.store.usage_history import History, write_history

WEEK = {"period": "week", "date": "2026-11-24", "site": "centre-nord"}
FR = Formats("fr")


class Browser:
    """A browser's side of the dashboard: its cookies, and forms sent with their token."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def csrf(self) -> str:
        if "kiosk_csrf" not in self.client.cookies:
            self.client.get("/dashboard/login")
        token: str = self.client.cookies["kiosk_csrf"]
        return token

    def login(self, name: str, password: str = PASSWORD, **extra: str) -> Any:
        return self.client.post("/dashboard/login", data={
            "login": name, "password": password, "csrf_token": self.csrf(), **extra},
            follow_redirects=False)

    def get(self, path: str, **params: Any) -> Any:
        return self.client.get(f"/dashboard{path}", params=params, follow_redirects=False)

    def post(self, path: str, **data: str) -> Any:
        return self.client.post(f"/dashboard{path}", data={"csrf_token": self.csrf(), **data},
                                follow_redirects=False)


def figure(page: str, name: str) -> str:
    found = re.search(rf'data-figure="{name}">([^<]*)<', page)
    assert found, f"no figure {name}"
    return found.group(1)


@pytest.fixture
def history(world: World) -> History:
    return write_history(world)


@pytest.fixture
def browser(world: World) -> Browser:
    world.client.cookies.clear()
    return Browser(world.client)


def test_log_in_sets_a_protected_cookie_and_comes_back_to_the_page(
        world: World, browser: Browser) -> None:
    asked = browser.get("/stations", period="month")
    assert asked.status_code == 303
    assert asked.headers["location"] == (
        "/dashboard/login?next=%2Fdashboard%2Fstations%3Fperiod%3Dmonth")
    page = browser.client.get(asked.headers["location"])
    assert 'name="next" value="/dashboard/stations?period=month"' in page.text
    done = browser.login("coordination", next="/dashboard/stations?period=month")
    assert done.status_code == 303
    assert done.headers["location"] == "/dashboard/stations?period=month"
    cookie = next(h for h in done.headers.get_list("set-cookie")
                  if h.startswith("kiosk_dashboard="))
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Path=/dashboard" in cookie
    assert "Secure" not in cookie  # plain HTTP here; behind TLS it is Secure (below)
    assert browser.get("/stations", period="month").status_code == 200


def test_behind_tls_the_cookies_are_secure(world: World) -> None:
    tls = TestClient(world.client.app, base_url="https://dashboard.example")
    token = tls.get("/dashboard/login").cookies["kiosk_csrf"]
    done = tls.post("/dashboard/login", data={"login": "coordination", "password": PASSWORD,
                                              "csrf_token": token}, follow_redirects=False)
    assert done.status_code == 303
    assert all("Secure" in h for h in done.headers.get_list("set-cookie"))


def test_a_wrong_password_says_so_in_french_and_keeps_the_login(browser: Browser) -> None:
    refused = browser.login("coordination", "not the password")
    assert refused.status_code == 401
    assert "Identifiant ou mot de passe incorrect." in refused.text
    assert 'value="coordination"' in refused.text
    empty = browser.login("", "")
    assert empty.status_code == 422
    assert "Saisissez votre identifiant et votre mot de passe." in empty.text
    assert "kiosk_dashboard" not in browser.client.cookies


def test_a_form_without_its_csrf_token_or_from_another_site_is_refused(
        world: World, browser: Browser) -> None:
    browser.csrf()
    bare = browser.client.post("/dashboard/login", data={"login": "coordination",
                                                         "password": PASSWORD},
                               follow_redirects=False)
    assert bare.status_code == 403
    assert "Ce formulaire a expiré" in bare.text
    wrong = browser.client.post("/dashboard/login", data={
        "login": "coordination", "password": PASSWORD, "csrf_token": "x" * 43},
        follow_redirects=False)
    assert wrong.status_code == 403
    foreign = browser.client.post("/dashboard/login", data={
        "login": "coordination", "password": PASSWORD, "csrf_token": browser.csrf()},
        headers={"Origin": "https://evil.example"}, follow_redirects=False)
    assert foreign.status_code == 403
    assert "vient d'un autre site" in html.unescape(foreign.text)
    assert browser.login("coordination").status_code == 303
    # Logged in, a log-out without the token does not log out.
    assert browser.client.post("/dashboard/logout", follow_redirects=False).status_code == 403
    assert browser.get("/").status_code == 200


def test_the_overview_shows_the_figures_of_the_history(
        world: World, history: History, browser: Browser) -> None:
    browser.login("coordination")
    page = browser.get("/", **WEEK)
    assert page.status_code == 200
    expected = history.expected("centre-nord", date(2026, 11, 23), date(2026, 11, 29))
    assert figure(page.text, "sessions") == FR.number(expected["sessions"])
    assert figure(page.text, "codes") == FR.number(expected["codes"])
    assert figure(page.text, "hours") == FR.hours(expected["seconds"])
    assert figure(page.text, "median") == FR.duration(expected["median"])
    assert figure(page.text, "printed") == FR.number(expected["printed"])
    assert figure(page.text, "scanned") == FR.number(expected["scanned"])
    assert figure(page.text, "turned_away") == "1"
    assert figure(page.text, "help") == "1"
    assert "semaine" not in figure(page.text, "sessions")
    # Every chart is an SVG image with its figures as a table beside it.
    assert page.text.count('<svg xmlns="http://www.w3.org/2000/svg"') == 7
    assert page.text.count("<table>") == 7
    assert "CAF" in page.text  # the service's title, not its id
    assert "Temps écoulé" in page.text
    assert page.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]


def test_the_exports_hold_the_numbers_of_the_page(
        world: World, history: History, browser: Browser) -> None:
    browser.login("coordination")
    expected = history.expected("centre-nord", date(2026, 11, 23), date(2026, 11, 29))
    csv_file = browser.get("/export/daily.csv", **WEEK)
    assert csv_file.headers["content-type"].startswith("text/csv")
    assert 'filename="daily-2026-11-23-2026-11-29.csv"' in csv_file.headers[
        "content-disposition"]
    rows = list(csv.reader(io.StringIO(csv_file.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Date", "Sessions", "Heures d'utilisation"]
    assert len(rows) == 1 + 7
    assert sum(int(r[1]) for r in rows[1:]) == expected["sessions"]
    assert sum(int(r[3]) for r in rows[1:]) == expected["printed"]
    assert sum(int(r[5]) for r in rows[1:]) == expected["turned_away"]
    xlsx = load_workbook(io.BytesIO(browser.get("/export/daily.xlsx", **WEEK).content))
    sheet = list(xlsx.active.iter_rows(values_only=True))
    assert sum(r[1] for r in sheet[1:]) == expected["sessions"]
    assert sum(r[2] for r in sheet[1:]) == pytest.approx(expected["seconds"] / 3600, abs=0.02)
    assert sum(r[4] for r in sheet[1:]) == expected["scanned"]
    ods = load_ods(io.BytesIO(browser.get("/export/daily.ods", **WEEK).content))
    lines = [[cell.getAttribute("value") for cell in row.getElementsByType(TableCell)]
             for row in ods.spreadsheet.getElementsByType(TableRow)]
    assert sum(int(line[1]) for line in lines[1:]) == expected["sessions"]
    assert sum(int(line[6]) for line in lines[1:]) == expected["help"]
    sessions = load_workbook(io.BytesIO(browser.get("/export/sessions.xlsx", **WEEK).content))
    listed = list(sessions.active.iter_rows(values_only=True))
    assert listed[0] == ("Lieu", "Poste", "Début", "Fin", "Minutes décomptées",
                         "Fin de session")
    assert [(r[1], r[2].strftime("%d %H:%M"), r[4], r[5]) for r in listed[1:]] == [
        ("poste-1", "24 10:00", 20, "Terminée par la personne"),
        ("poste-2", "24 10:30", 45, "Temps écoulé"),
        ("poste-1", "25 17:40", 40, "Fermeture du lieu")]
    assert browser.get("/export/sessions.pdf", **WEEK).status_code == 404
    assert browser.get("/export/codes.csv", **WEEK).status_code == 404


def test_the_reception_sees_its_own_day_and_nothing_else(
        world: World, history: History, browser: Browser) -> None:
    browser.login("accueil")
    page = browser.get("/", period="year", date="2026-01-01")
    assert page.status_code == 200
    assert "lundi 30 novembre 2026" in page.text  # today, whatever was asked
    assert figure(page.text, "sessions") == "1"
    for path in ("/stations", "/refused", "/report", "/audit", "/export/daily.csv"):
        refused = browser.get(path)
        assert refused.status_code == 403, path
        assert "réservée" in refused.text
    assert browser.get("/", site="centre-sud").status_code == 403


def test_a_site_account_cannot_see_another_site(
        world: World, history: History, browser: Browser) -> None:
    browser.login("coordination")
    refused = browser.get("/", period="week", site="centre-sud")
    assert refused.status_code == 403
    assert "Votre compte ne donne pas accès à ce lieu." in refused.text
    assert browser.get("/export/sessions.csv", site="centre-sud").status_code == 403
    assert browser.get("/audit").status_code == 403  # administrators only
    mine = browser.get("/", period="week", date="2026-11-25")
    assert "Centre social Sud" not in mine.text


def test_the_administrator_reads_and_filters_the_staff_actions(
        world: World, history: History, browser: Browser) -> None:
    browser.login("admin")
    page = browser.get("/audit", period="month", date="2026-11-01")
    assert page.status_code == 200
    assert "code.issue" in page.text
    assert "turned_away.add" in page.text
    only = browser.get("/audit", period="month", date="2026-11-01", action="turned_away")
    assert "turned_away.add" in only.text
    assert "<code>code.issue</code>" not in only.text
    by = browser.get("/audit", period="month", date="2026-11-01", account="accueil-sud")
    assert "<code>code.issue</code>" in by.text
    assert "<code>turned_away.add</code>" not in by.text
    stations = browser.get("/stations", period="week", date="2026-11-24")
    assert stations.status_code == 200
    assert "poste-sud" in stations.text
    assert "poste-1" in stations.text
    refused = browser.get("/refused", period="week", date="2026-11-24")
    assert refused.text.index("www.facebook.com") < refused.text.index("www.leboncoin.fr")


def test_bad_input_gets_a_message_never_an_error(
        world: World, history: History, browser: Browser) -> None:
    browser.login("coordination")
    for params, message in (
            ({"period": "custom", "from": "2026-13-01", "to": "2026-11-30"},
             "Indiquez les deux dates"),
            ({"period": "custom", "from": "2026-11-30", "to": "2026-11-01"},
             "La date de fin précède"),
            ({"period": "custom", "from": "2000-01-01", "to": "2026-11-01"},
             "dépasse trois ans"),
            ({"period": "month", "date": "hier"}, "Cette date n'est pas valable"),
            ({"period": "fortnight"}, None),
            ({"period": "week", "date": "2026-02-30"}, "Cette date n'est pas valable")):
        page = browser.get("/", **params)
        assert page.status_code == 200, params
        if message:
            assert message in html.unescape(page.text), params
    assert browser.get("/nowhere").status_code == 404
    assert "Cette page n'existe pas." in html.unescape(browser.get("/nowhere").text)
    assert browser.get("/export/daily.csv", period="custom", **{"from": "x"}).status_code == 200


def test_log_in_never_sends_elsewhere(browser: Browser) -> None:
    for target in ("https://evil.example/", "//evil.example/", "/api/v1/codes",
                   "/dashboard\\@evil.example"):
        done = browser.login("coordination", next=target)
        assert done.headers["location"] == "/dashboard/", target


def test_english_on_request_and_log_out(world: World, browser: Browser) -> None:
    browser.login("coordination")
    switched = browser.post("/language", language="en", next="/dashboard/stations")
    assert switched.headers["location"] == "/dashboard/stations"
    page = browser.get("/stations")
    assert 'lang="en"' in page.text
    assert "Computers" in page.text
    browser.post("/language", language="klingon", next="/dashboard/")
    assert 'lang="fr"' in browser.get("/").text
    token = browser.client.cookies["kiosk_dashboard"]
    out = browser.post("/logout")
    assert out.headers["location"] == "/dashboard/login"
    browser.client.cookies.set("kiosk_dashboard", token, path="/dashboard")
    assert browser.get("/").status_code == 303  # the token itself is gone


def test_a_disabled_account_is_out_at_once(world: World, browser: Browser) -> None:
    from kiosk.store.services import staff  # noqa: PLC0415

    browser.login("coordination")
    assert browser.get("/").status_code == 200
    staff.disable_user(world.db, login="coordination", now=world.clock())
    world.db.commit()
    assert browser.get("/").status_code == 303


def test_a_database_away_gives_a_page_that_says_so(
        world: World, browser: Browser, monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.store.errors import StoreError  # noqa: PLC0415

    browser.login("coordination")

    async def away(*_args: object, **_kwargs: object) -> None:
        raise StoreError("database-unavailable", retry_after=10)

    monkeypatch.setattr(world.client.app.state.work, "read", away)
    page = browser.get("/", period="month")
    assert page.status_code == 503
    assert page.headers["content-type"].startswith("text/html")
    assert "Le serveur ne joint plus sa base de données." in html.unescape(page.text)
    assert "Traceback" not in page.text
