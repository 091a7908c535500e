"""Scan, then send it with a web form: the core task of a guest. The form's file picker is
tapped with a real click in the page, the document chosen in the shell's panel, and the site
receives the document's bytes."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.shell.browser import BrowserTab
from kiosk.shell.picker import DocumentPicker
from kiosk.shell.window import ShellWindow
from tests.shell.conftest import LiveStore, open_caf, run_js, type_code, when_dialog_shown
from tests.shell.test_picker import write_pdf
from tests.webproxy import WebProxy

FORM = """<html><head><title>CAF</title></head><body style="margin:0">
<form method="post" action="/envoi" enctype="multipart/form-data">
<input id="piece" type="file" name="piece"
       style="position:absolute; left:20px; top:20px; width:320px; height:80px">
<button id="envoyer" type="submit"
        style="position:absolute; left:20px; top:140px; width:320px; height:80px">Envoyer</button>
</form></body></html>"""


def click_in_page(qtbot: QtBot, shell: ShellWindow, tab: BrowserTab, element: str) -> None:
    """A real mouse click at the middle of the page's element, as a hand would do it."""
    answer = run_js(qtbot, shell, f"(() => {{ const r = document.getElementById('{element}')"
                                  ".getBoundingClientRect(); return JSON.stringify("
                                  "[r.left + r.width / 2, r.top + r.height / 2]); })()")
    box: Any = json.loads(str(answer))
    zoom = tab.view.zoomFactor()
    target = tab.view.focusProxy() or tab.view
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(box[0] * zoom), int(box[1] * zoom)))


def test_a_scanned_document_is_attached_to_a_form_and_the_site_receives_it(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore, web_proxy: WebProxy) -> None:
    web_proxy.serve("www.caf.fr", "/", FORM)
    web_proxy.serve("www.caf.fr", "/envoi",
                    "<html><head><title>Bien reçu</title></head><body>ok</body></html>")
    type_code(qtbot, window, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: window.running is not None, timeout=30_000)
    open_caf(qtbot, window)
    running = window.running
    assert running is not None
    # What the scanner saved (the scan itself is driven in test_print_scan).
    scan = running.folder.documents / "Document scanné 1.pdf"
    write_pdf(scan)
    tab = running.browser.current()
    assert tab is not None
    pickers: list[DocumentPicker] = []

    def choose_the_scan(picker: DocumentPicker) -> None:
        pickers.append(picker)
        qtbot.mouseClick(picker.choices[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(picker.attach_button, Qt.MouseButton.LeftButton)

    when_dialog_shown(window, choose_the_scan, kind=DocumentPicker)
    click_in_page(qtbot, window, tab, "piece")
    qtbot.waitUntil(lambda: bool(pickers), timeout=15_000)
    qtbot.waitUntil(lambda: run_js(qtbot, window,
                                   "document.getElementById('piece').files.length") == 1,
                    timeout=10_000)
    assert pickers[0].windowFlags() & Qt.WindowType.FramelessWindowHint
    click_in_page(qtbot, window, tab, "envoyer")
    qtbot.waitUntil(lambda: any(path == "/envoi" for _h, path, _b in web_proxy.posted),
                    timeout=15_000)
    [body] = [body for host, path, body in web_proxy.posted if path == "/envoi"]
    assert scan.read_bytes() in body  # the site has the document, byte for byte
    assert b'name="piece"' in body
