"""Inside a session: a page's JavaScript dialogs, My documents and Help, all in the shell."""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.shell.dialogs import MessageDialog
from kiosk.shell.window import ShellWindow
from tests.agent.conftest import LiveStore
from tests.printing.conftest import write_pdf
from tests.shell.conftest import open_caf, type_code, when_dialog_shown


def open_session(qtbot: QtBot, shell: ShellWindow, live_store: LiveStore) -> None:
    type_code(qtbot, shell, live_store.code(minutes=30))
    qtbot.waitUntil(lambda: not shell.showing_lock, timeout=30_000)


def open_dialog(shell: ShellWindow) -> MessageDialog | None:
    for dialog in shell.findChildren(MessageDialog):
        if dialog.isVisible():
            return dialog
    return None


def start_js(shell: ShellWindow, script: str, results: list[object]) -> None:
    running = shell.running
    assert running is not None
    tab = running.browser.current()
    assert tab is not None
    tab.page.runJavaScript(script, 0, results.append)


def test_javascript_dialogs_are_asked_inside_the_shell(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    open_session(qtbot, window, live_store)
    open_caf(qtbot, window)

    seen: list[tuple[str, object, bool, bool]] = []

    def refuse(dialog: MessageDialog) -> None:
        seen.append((dialog.text.text(), dialog.parent(), dialog.cancel_button is None,
                     dialog.text.textFormat() == Qt.TextFormat.PlainText))
        assert dialog.cancel_button is not None
        dialog.cancel_button.click()

    results: list[object] = []
    when_dialog_shown(window, refuse)
    start_js(window, "confirm('Envoyer le formulaire ?')", results)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [False]
    # Inside the shell, not a window of its own; a page's markup shown as text.
    assert seen == [("Envoyer le formulaire ?", window, False, True)]

    def type_lille(dialog: MessageDialog) -> None:
        assert dialog.answer is not None
        seen.append((dialog.answer.text(), None, False, False))
        dialog.answer.setText("Lille")
        dialog.ok_button.click()

    results.clear()
    when_dialog_shown(window, type_lille)
    start_js(window, "prompt('Votre ville ?', 'Lyon')", results)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == ["Lille"]
    assert seen[-1][0] == "Lyon"

    def acknowledge(dialog: MessageDialog) -> None:
        seen.append((dialog.text.text(), None, dialog.cancel_button is None, False))
        dialog.ok_button.click()

    results.clear()
    when_dialog_shown(window, acknowledge)
    start_js(window, "alert('<b>Attention</b>'); 'fini'", results)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == ["fini"]
    assert seen[-1][:3] == ("<b>Attention</b>", None, True)


def test_the_wipe_closes_a_dialog_left_open(qtbot: QtBot, window: ShellWindow,
                                            live_store: LiveStore) -> None:
    open_session(qtbot, window, live_store)
    open_caf(qtbot, window)
    results: list[object] = []
    # The session ends (here: the guest's end, as the time running out would) while the
    # page's question is still open.
    when_dialog_shown(window, lambda _dialog: window.session_view.confirm_yes.click())
    start_js(window, "alert('Session expirée')", results)
    qtbot.waitUntil(lambda: window.showing_lock, timeout=10_000)
    assert open_dialog(window) is None
    assert window.last_wipe is not None
    assert window.last_wipe.verified


def test_my_documents_lists_opens_and_deletes(qtbot: QtBot, window: ShellWindow,
                                              live_store: LiveStore) -> None:
    open_session(qtbot, window, live_store)
    running = window.running
    assert running is not None
    documents = running.folder.documents
    write_pdf(documents / "attestation.pdf", pages=2)
    Image.new("RGB", (40, 40), "blue").save(documents / "photo.png")
    (documents / "notes.odt").write_bytes(b"PK\x03\x04")

    qtbot.mouseClick(window.session_view.tool_buttons["documents"], Qt.MouseButton.LeftButton)
    panel = window.documents
    assert window.session_view.showing_panel is panel
    names = sorted(panel.list.item(row).text() for row in range(panel.list.count()))
    assert names == ["attestation.pdf", "notes.odt", "photo.png"]
    assert not panel.empty.isVisible()

    def select(name: str) -> None:
        panel.list.setCurrentRow(next(row for row in range(panel.list.count())
                                      if panel.list.item(row).text() == name))

    select("attestation.pdf")
    assert panel.print_button.isEnabled()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.viewer.currentWidget() is panel.viewer.pdf_view
    assert panel.viewer.pdf.pageCount() == 2

    select("photo.png")
    assert not panel.print_button.isEnabled()  # only PDF documents print
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.viewer.currentWidget() is panel.viewer.picture_area

    select("notes.odt")
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.viewer.currentWidget() is panel.viewer.note
    assert "formulaire" in panel.viewer.note.text()

    # Deleting asks first; "Cancel" keeps the file.
    select("attestation.pdf")
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)

    asked: list[str] = []

    def answer(ok: bool) -> Callable[[MessageDialog], None]:
        def click(dialog: MessageDialog) -> None:
            asked.append(dialog.text.text())
            assert dialog.cancel_button is not None
            (dialog.ok_button if ok else dialog.cancel_button).click()
        return click

    when_dialog_shown(window, answer(False))
    panel.delete_selected()
    assert (documents / "attestation.pdf").exists()
    when_dialog_shown(window, answer(True))
    panel.delete_selected()
    assert all("attestation.pdf" in question for question in asked)
    assert not (documents / "attestation.pdf").exists()
    assert panel.list.count() == 2

    qtbot.mouseClick(window.session_view.tool_buttons["close_panel"],
                     Qt.MouseButton.LeftButton)
    assert window.session_view.showing_panel is None
    assert window.session_view.body.currentWidget() is window.tiles


def test_an_empty_documents_list_says_what_goes_there(qtbot: QtBot, window: ShellWindow,
                                                      live_store: LiveStore) -> None:
    open_session(qtbot, window, live_store)
    window.show_documents()
    assert window.documents.empty.isVisible()
    assert "scannez" in window.documents.empty.text() or "scann" in \
        window.documents.empty.text()
    assert not window.documents.open_button.isEnabled()


def test_a_damaged_pdf_is_explained(qtbot: QtBot, window: ShellWindow,
                                    live_store: LiveStore) -> None:
    open_session(qtbot, window, live_store)
    running = window.running
    assert running is not None
    (running.folder.documents / "abime.pdf").write_bytes(b"%PDF-1.4 not really")
    window.show_documents()
    window.documents.open_selected()
    assert "endommagé" in window.documents.viewer.note.text()


def test_help_says_how_to_end_and_closes_back_to_the_page(
        qtbot: QtBot, window: ShellWindow, live_store: LiveStore) -> None:
    open_session(qtbot, window, live_store)
    open_caf(qtbot, window)
    running = window.running
    assert running is not None
    qtbot.mouseClick(window.session_view.tool_buttons["help"], Qt.MouseButton.LeftButton)
    assert window.session_view.showing_panel is window.help
    assert "Terminer ma session" in window.help.text.text()
    assert "accueil" in window.help.text.text()
    qtbot.mouseClick(window.session_view.tool_buttons["close_panel"],
                     Qt.MouseButton.LeftButton)
    assert window.session_view.body.currentWidget() is running.browser
    QApplication.processEvents()
