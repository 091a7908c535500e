"""The dashboard in a real headless Chromium (Debian's, driven by Playwright), against a
store served on loopback with a year of history: log-in typed, a period chosen by clicks,
figures, charts, downloads, roles, CSRF, the layout at real screen sizes, the printout."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from odf.opendocument import load as load_ods
from odf.table import TableCell, TableRow
from openpyxl import load_workbook
from playwright.sync_api import Browser, Page, sync_playwright

from kiosk.bench import history
from kiosk.core import periods
from kiosk.store.config import StoreSettings
from kiosk.store.db import make_engine, make_sessionmaker, migrate
from kiosk.store.embedded import store_in_thread
from kiosk.store.services import reports, staff
from kiosk.store.services.reports import SiteScope
from tests.store.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
SIZES = ((1024, 768), (1366, 768), (1920, 1080))


@dataclass
class Served:
    url: str
    settings: StoreSettings
    database_url: str


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("dashboard")
    url = f"sqlite:///{folder / 'store.sqlite3'}"
    migrate(url)
    settings = StoreSettings(secret_key="dashboard-tests-" + "s" * 40, database_url=url)
    engine = make_engine(url)
    now = datetime.now(UTC)
    with make_sessionmaker(engine)() as db:
        made, stations = history.make_sites(db, count=2, stations_per_site=4,
                                            enrolled_at=now - timedelta(days=400))
        for login, role, site_id in (("coordination", "coordinator", None),
                                     ("administration", "admin", None),
                                     ("accueil", "secretariat", made[0].id),
                                     ("coordination-2", "coordinator", made[1].id)):
            staff.add_user(db, login=login, password=PASSWORD, role=role, site_id=site_id,
                           now=now)
        db.commit()
        history.fill(db, sites=made, stations=stations, events=15_000, end=now)
    with store_in_thread(settings, engine) as base:
        yield Served(base, settings, url)
    engine.dispose()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox"] if os.geteuid() == 0 else [])
        yield browser
        browser.close()


@pytest.fixture
def page(chromium: Browser, served: Served) -> Iterator[Page]:
    context = chromium.new_context(viewport={"width": 1366, "height": 768},
                                   accept_downloads=True, locale="fr-FR")
    opened = context.new_page()
    # Every request the pages make: none may leave the store.
    requested: list[str] = []
    opened.on("request", lambda request: requested.append(request.url))
    yield opened
    context.close()
    assert requested
    assert all(url.startswith(served.url + "/") for url in requested), requested


def log_in(page: Page, served: Served, login: str) -> None:
    page.goto(served.url + "/dashboard/")
    assert page.url.startswith(served.url + "/dashboard/login")
    page.click("#login")
    page.keyboard.type(login)
    page.click("#password")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/dashboard/login" not in page.url


def shown_number(text: str) -> int:
    """A French figure as shown ("1 234", "5 758 h") as a number."""
    return int(re.sub(r"[^\d]", "", text))


def screens() -> Path:
    folder = Path(os.environ.get("KIOSK_TEST_OUTPUT", ROOT / "test-output")) / "screens"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_coordinator_reads_her_year_and_downloads_it(page: Page, served: Served) -> None:
    log_in(page, served, "coordination")
    page.get_by_label("Année").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Afficher").click()
    year = datetime.now(UTC).year
    assert page.locator("h1 .sub").inner_text().startswith(str(year))
    figures = {name: page.locator(f'[data-figure="{name}"]').inner_text()
               for name in ("sessions", "codes", "hours", "printed", "scanned",
                            "turned_away", "help")}
    # The same numbers as the store's figures for both sites and the year.
    engine = make_engine(served.database_url)
    with make_sessionmaker(engine)() as db:
        from kiosk.store.models import Site  # noqa: PLC0415

        scopes = [SiteScope.of(site) for site in db.query(Site).order_by(Site.name)]
        period = periods.containing("year", datetime.now(UTC).date())
        truth = reports.overview(db, scopes, period, datetime.now(UTC).date())
    engine.dispose()
    assert truth.sessions > 100
    assert shown_number(figures["sessions"]) == truth.sessions
    assert shown_number(figures["codes"]) == truth.codes
    assert shown_number(figures["printed"]) == truth.pages_printed
    assert shown_number(figures["help"]) == truth.help_requests
    # Seven charts, each drawn or saying that nothing happened (no one turned away, say).
    assert page.locator("svg.chart").count() + page.locator("p.empty").count() == 7
    assert page.locator("svg.chart").count() >= 5
    page.screenshot(path=screens() / "dashboard-overview-fr-1366x768.png")
    page.locator("#charts-title").evaluate("title => title.scrollIntoView()")
    page.screenshot(path=screens() / "dashboard-charts-fr-1366x768.png")
    # A chart's figures open as a table, as a screen reader would read them.
    heat = page.locator("#chart-heat")
    heat.get_by_text("Les chiffres de ce graphique").click()
    assert heat.locator("table").is_visible()
    assert heat.locator("tbody tr").count() == 7
    page.screenshot(path=screens() / "dashboard-overview-year.png", full_page=True)


    def download(text: str, index: int) -> bytes:
        with page.expect_download() as waiting:
            page.locator(".exports li").nth(index).get_by_role("link", name=text).click()
        path = waiting.value.path()
        return Path(path).read_bytes()

    daily_csv = list(csv.reader(io.StringIO(download("CSV", 0).decode("utf-8-sig")),
                                delimiter=";"))
    assert sum(int(r[1]) for r in daily_csv[1:]) == truth.sessions
    assert sum(int(r[3]) for r in daily_csv[1:]) == truth.pages_printed
    assert sum(int(r[4]) for r in daily_csv[1:]) == truth.pages_scanned
    book = load_workbook(io.BytesIO(download("XLSX", 0)))
    rows = list(book.active.iter_rows(values_only=True))
    assert sum(r[1] for r in rows[1:]) == truth.sessions
    assert sum(r[5] for r in rows[1:]) == truth.turned_away
    ods = load_ods(io.BytesIO(download("ODS", 0)))
    lines = [[c.getAttribute("value") for c in row.getElementsByType(TableCell)]
             for row in ods.spreadsheet.getElementsByType(TableRow)]
    assert sum(int(line[1]) for line in lines[1:]) == truth.sessions
    sessions = load_workbook(io.BytesIO(download("XLSX", 1)))
    listed = list(sessions.active.iter_rows(values_only=True))
    assert len(listed) - 1 == truth.sessions
    assert listed[0][0] == "Lieu"


def test_every_page_fits_real_screens(page: Page, served: Served) -> None:
    log_in(page, served, "administration")
    for width, height in SIZES:
        page.set_viewport_size({"width": width, "height": height})
        for name, path in (("overview", "/dashboard/?period=month"),
                           ("stations", "/dashboard/stations?period=month"),
                           ("refused", "/dashboard/refused?period=year"),
                           ("report", "/dashboard/report?period=month"),
                           ("whitelist", "/dashboard/admin/policies"),
                           ("computers-admin", "/dashboard/admin/stations"),
                           ("staff", "/dashboard/admin/staff"),
                           ("place", "/dashboard/admin/sites"),
                           ("audit", "/dashboard/audit")):
            page.goto(served.url + path)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, (name, width, overflow)
            small = page.evaluate("""() => [...document.querySelectorAll(
                'button, input:not([type=hidden]):not([type=radio]):not([type=checkbox]),'
                + ' select, nav a, .exports a, summary, label.radio, label.check')]
                .filter(e => e.offsetParent !== null)
                .map(e => [e.textContent.trim() || e.name, e.getBoundingClientRect().height])
                .filter(([, h]) => h < 44)""")
            assert small == [], (name, width, small)
            if (width, height) != (1920, 1080):
                page.screenshot(path=screens() / f"dashboard-{name}-{width}x{height}.png",
                                full_page=True)


def test_the_reception_sees_its_day_and_is_refused_the_rest(page: Page,
                                                             served: Served) -> None:
    log_in(page, served, "accueil")
    assert page.locator("h1 .sub").inner_text().endswith("Centre social des Tilleuls")
    assert page.get_by_role("link", name="Postes").count() == 0
    page.goto(served.url + "/dashboard/stations")
    assert "Cette page est réservée aux coordinateurs et aux administrateurs." in (
        page.locator("[role=alert]").inner_text())
    # A form sent without its token, as another site would send it: refused, still in.
    answer = page.request.post(served.url + "/dashboard/logout", form={"x": "1"})
    assert answer.status == 403
    page.goto(served.url + "/dashboard/")
    assert "/dashboard/login" not in page.url
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url("**/dashboard/login")
    page.goto(served.url + "/dashboard/")
    assert "/dashboard/login" in page.url


def test_another_sites_coordinator_cannot_look_at_this_one(page: Page, served: Served) -> None:
    log_in(page, served, "coordination-2")
    page.goto(served.url + "/dashboard/?site=site-1")
    assert "Votre compte ne donne pas accès à ce lieu." in page.locator(
        "[role=alert]").inner_text()
    page.goto(served.url + "/dashboard/export/sessions.csv?site=site-1")
    assert "Votre compte ne donne pas accès à ce lieu." in page.content()


def test_english_is_one_click_away(page: Page, served: Served) -> None:
    log_in(page, served, "coordination")
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text().startswith("Overview")
    page.get_by_role("button", name="Français").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().startswith("Vue d'ensemble")


def test_the_summary_prints_on_one_a4_page(page: Page, served: Served) -> None:
    log_in(page, served, "coordination")
    page.goto(served.url + "/dashboard/report?period=year")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=False)
    (screens() / "dashboard-report.pdf").write_bytes(pdf)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    page.emulate_media(media="screen")
    page.set_viewport_size({"width": 1366, "height": 768})
    page.screenshot(path=screens() / "dashboard-report-screen.png", full_page=True)


def test_an_administrator_fixes_and_publishes_the_whitelist(page: Page, served: Served) -> None:
    log_in(page, served, "administration")
    page.get_by_role("link", name="Liste des sites").click()
    page.wait_for_url("**/dashboard/admin/policies")
    editor = page.locator("#text")
    assert "[[site]]" in editor.input_value()  # the installed list, to start from
    # A line typed at the end with a mistake: the check says where.
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.type("\nmistake = ")
    with page.expect_navigation():
        page.get_by_role("button", name="Vérifier", exact=True).click()
    alert = page.locator("[role=alert]")
    lines = len(editor.input_value().splitlines())
    assert f"ligne {lines} :" in alert.inner_text()
    page.set_viewport_size({"width": 1024, "height": 768})
    page.locator("#checked-title").evaluate("title => title.scrollIntoView()")
    page.screenshot(path=screens() / "dashboard-whitelist-problem-fr-1024x768.png")
    # The mistake removed with the keyboard, the list published.
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Shift+Home")
    page.keyboard.press("Backspace")
    page.locator("#urls").fill("https://www.caf.fr/\nhttps://www.facebook.com/")
    page.locator("#note").fill("la liste nationale")
    with page.expect_navigation():
        page.get_by_role("button", name="Vérifier et publier").click()
    assert "La version 1 est publiée" in page.locator("[role=status]").inner_text()
    assert page.locator("table.wide tbody tr").first.inner_text().startswith("1")
    page.set_viewport_size({"width": 1366, "height": 768})
    page.screenshot(path=screens() / "dashboard-whitelist-fr-1366x768.png")


def test_an_administrator_enrols_a_computer(page: Page, served: Served) -> None:
    log_in(page, served, "administration")
    page.get_by_role("link", name="Gérer les postes").click()
    page.wait_for_url("**/dashboard/admin/stations")
    page.locator("#name").click()
    page.keyboard.type("poste-9")
    with page.expect_navigation():
        page.get_by_role("button", name="Obtenir sa commande d'inscription").click()
    command = page.locator("pre.command").inner_text()
    assert command.startswith(f"sudo kiosk-station-enrol --store {served.url} --token ")
    page.screenshot(path=screens() / "dashboard-enrol-fr-1366x768.png")
    row = page.locator("tr", has_text="Poste 1").first
    with page.expect_navigation():
        row.get_by_role("button", name="Retirer…").click()
    assert "Retirer Poste 1 ?" in page.locator("[role=alert]").inner_text()
    with page.expect_navigation():
        page.get_by_role("link", name="Le garder").click()
    assert "Retiré" not in page.locator("tr", has_text="Poste 1").first.inner_text()


def test_an_administrator_makes_an_account_and_sets_the_hours(page: Page,
                                                              served: Served) -> None:
    log_in(page, served, "administration")
    page.get_by_role("link", name="Comptes du personnel").click()
    page.wait_for_url("**/dashboard/admin/staff")
    page.locator("#login").click()
    page.keyboard.type("camille.accueil")
    page.locator("#role").select_option("secretariat")
    page.locator("#site").select_option("site-1")
    with page.expect_navigation():
        page.get_by_role("button", name="Créer le compte").click()
    assert "Mot de passe de camille.accueil" in page.locator("#password-title").inner_text()
    password = page.locator("pre.command").inner_text().strip()
    assert len(password) == 16
    page.get_by_role("link", name="Le lieu").click()
    page.wait_for_url("**/dashboard/admin/sites")
    monday = page.locator("#hours_monday")
    monday.click()
    page.keyboard.press("Control+A")
    page.keyboard.type("9h-12h")
    with page.expect_navigation():
        page.get_by_role("button", name="Enregistrer").click()
    assert "Lundi : « 9h-12h » n'est pas un horaire" in page.locator("[role=alert]").inner_text()
    assert monday.input_value() == "9h-12h"  # kept to be corrected
    monday.click()
    page.keyboard.press("Control+A")
    page.keyboard.type("09:00-12:00, 14:00-17:00")
    with page.expect_navigation():
        page.get_by_role("button", name="Enregistrer").click()
    assert "Enregistré." in page.locator("[role=status]").inner_text()
    page.goto(served.url + "/dashboard/audit?period=day")
    actions = page.locator("tbody").inner_text()
    assert "user.add" in actions
    assert "site.change" in actions
    # The new account logs in with the password it was given.
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url("**/dashboard/login")
    page.locator("#login").fill("camille.accueil")
    page.locator("#password").fill(password)
    with page.expect_navigation():
        page.locator("#password").press("Enter")
    assert "/dashboard/login" not in page.url
