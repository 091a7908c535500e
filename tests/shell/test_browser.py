"""Home tiles and the session's browser, in a real QtWebEngine."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWebEngineCore import QWebEngineProfile
from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from kiosk.core.policy import Policy, parse_policy
from kiosk.shell.browser import Browser
from kiosk.shell.guard import WhitelistInterceptor, harden
from kiosk.shell.tiles import HomeTiles
from tests.shell.conftest import CAF_POLICY
from tests.webproxy import WebProxy

POLICY = CAF_POLICY + """
[[site]]
id = "ameli"
title = "Assurance Maladie"
description = "Remboursements"
home = "http://www.ameli.fr/"
allow = ["http://www.ameli.fr"]
"""

HOME = """<html><head><title>CAF</title></head><body>
<a id="evil" href="http://evil.example/">offre</a>
<a id="aide" href="http://www.caf.fr/aide" target="_blank">aide</a>
</body></html>"""


@pytest.fixture
def policy() -> Policy:
    return parse_policy(POLICY)


@pytest.fixture
def browser(qtbot: QtBot, policy: Policy, web_proxy: WebProxy,
            french: None) -> Iterator[Browser]:
    web_proxy.serve("www.caf.fr", "/", HOME)
    web_proxy.serve("www.caf.fr", "/aide", "<title>Aide CAF</title>")
    profile = QWebEngineProfile()
    harden(profile, WhitelistInterceptor(policy, profile))
    widget = Browser(profile, policy)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close_all()
    with qtbot.waitSignal(profile.destroyed):
        profile.deleteLater()


def run_js(qtbot: QtBot, browser: Browser, script: str) -> None:
    done: list[object] = []
    tab = browser.current()
    assert tab is not None
    tab.page.runJavaScript(script, 0, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def test_tiles_name_each_service(qtbot: QtBot, policy: Policy) -> None:
    tiles = HomeTiles(policy.sites)
    qtbot.addWidget(tiles)
    assert set(tiles.tiles) == {"caf", "ameli"}
    assert tiles.tiles["ameli"].accessibleName() == "Assurance Maladie"
    assert "Remboursements" in tiles.tiles["ameli"].text()
    with qtbot.waitSignal(tiles.site_chosen) as chosen:
        qtbot.mouseClick(tiles.tiles["caf"], Qt.MouseButton.LeftButton)
    assert chosen.args == ["caf"]


def test_a_refused_link_shows_the_explanation_and_back_returns(
        qtbot: QtBot, browser: Browser, web_proxy: WebProxy) -> None:
    tab = browser.open("http://www.caf.fr/")
    qtbot.waitUntil(lambda: tab.page.title() == "CAF", timeout=30_000)
    with qtbot.waitSignal(tab.page.navigation_blocked, timeout=10_000):
        run_js(qtbot, browser, "document.getElementById('evil').click(); true")
    assert tab.showing_refusal
    assert tab.view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert tab.blocked.title.text() == "Ce site n’est pas disponible sur ce poste"
    assert tab.blocked.back_button.text() == "Revenir"
    assert "evil.example" not in web_proxy.hosts_requested()
    qtbot.mouseClick(tab.blocked.back_button, Qt.MouseButton.LeftButton)
    assert not tab.showing_refusal


def test_pop_ups_become_tabs(qtbot: QtBot, browser: Browser) -> None:
    tab = browser.open("http://www.caf.fr/")
    qtbot.waitUntil(lambda: tab.page.title() == "CAF", timeout=30_000)
    run_js(qtbot, browser, "document.getElementById('aide').click(); true")
    qtbot.waitUntil(lambda: browser.tabs.count() == 2, timeout=10_000)
    popup = browser.current()
    assert popup is not None
    assert popup is not tab
    qtbot.waitUntil(lambda: popup.page.title() == "Aide CAF", timeout=10_000)
    close = browser.tabs.tabBar().tabButton(1, QTabBar.ButtonPosition.RightSide)
    assert close.width() >= 48
    assert close.height() >= 48
    assert close.accessibleName().startswith("✕")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert browser.tabs.count() == 1


def test_zoom_and_navigation_buttons(qtbot: QtBot, browser: Browser) -> None:
    tab = browser.open("http://www.caf.fr/")
    qtbot.waitUntil(lambda: tab.page.title() == "CAF", timeout=30_000)
    qtbot.mouseClick(browser.buttons["zoom_in"], Qt.MouseButton.LeftButton)
    assert tab.view.zoomFactor() == pytest.approx(1.1)
    for _ in range(20):
        qtbot.mouseClick(browser.buttons["zoom_in"], Qt.MouseButton.LeftButton)
    assert tab.view.zoomFactor() == pytest.approx(2.0)
    for _ in range(20):
        qtbot.mouseClick(browser.buttons["zoom_out"], Qt.MouseButton.LeftButton)
    assert tab.view.zoomFactor() == pytest.approx(0.8)
    with qtbot.waitSignal(browser.home_requested):
        qtbot.mouseClick(browser.buttons["home"], Qt.MouseButton.LeftButton)
    assert all(button.accessibleName() for button in browser.buttons.values())
    assert browser.buttons["home"].text() == "Accueil"


def test_a_crashed_page_is_explained_inside_the_shell(qtbot: QtBot, browser: Browser) -> None:
    tab = browser.open("http://www.caf.fr/")
    qtbot.waitUntil(lambda: tab.page.title() == "CAF", timeout=30_000)
    renderer = tab.page.renderProcessPid()
    assert renderer > 0
    with qtbot.waitSignal(tab.page.renderProcessTerminated, timeout=30_000):
        os.kill(renderer, signal.SIGKILL)  # what a crash of the page's process looks like
    assert tab.showing_refusal
    assert tab.blocked.title.text() == "Cette page a cessé de fonctionner"
