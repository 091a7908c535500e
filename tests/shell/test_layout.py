"""Every state a guest meets, on the screens guests have, in French and in Arabic: nothing
clipped, nothing overlapping, no target under 48 px, no text under 18 px, nothing shown in
another language than the chosen one, and the layout mirrored in Arabic.

Each state is also written as a picture to `test-output/screens/` (or $KIOSK_TEST_OUTPUT), at
1366x768 and 1024x768: the pictures are looked at before a change to the shell is called done.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWebEngineCore import QWebEngineProfile
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.core.policy import load_policy
from kiosk.core.printer_status import PrinterState, describe
from kiosk.shell import i18n, theme
from kiosk.shell.browser import Browser
from kiosk.shell.dialogs import IdleCheck, MessageDialog, TimeWarning
from kiosk.shell.documents import DocumentsPanel, HelpPanel
from kiosk.shell.lockscreen import LockScreen
from kiosk.shell.picker import DocumentPicker
from kiosk.shell.printdialog import PrintDialog
from kiosk.shell.sessionfs import SessionFolder
from kiosk.shell.sessionview import SessionView
from kiosk.shell.tiles import HomeTiles, Tile
from kiosk.shell.toasts import Toast
from tests.shell.test_picker import write_pdf

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_POLICY = ROOT / "policies" / "default.toml"
SCREENS = [(1024, 768), (1280, 1024), (1366, 768), (1920, 1080)]
PICTURED = {(1024, 768), (1366, 768)}
LANGUAGES = ["fr", "ar"]
CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QListWidget)
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
# Texts that are the same in every language: the code's symbols, figures, names of places.
NEUTRAL = re.compile(r"^[\sA-Z0-9\-+✕:/().,%–]*$|^Centre social Nord$")
MISTYPED = ("This code is mistyped: a letter or a figure does not match. Check the slip and "
            "type it again.")


def output_folder() -> Path:
    folder = Path(os.environ.get("KIOSK_TEST_OUTPUT", ROOT / "test-output")) / "screens"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def english_only(language: str) -> set[str]:
    """Source texts whose translation differs: seen on screen, they are the wrong language."""
    tree = ET.parse(i18n.SOURCES / f"kiosk_{language}.ts")
    translated, kept = set(), set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        (translated if translation and translation != source else kept).add(source)
    return translated - kept  # "OK" may stay "OK" in one place and become "Valider" in another


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication,
             tmp_path: Path) -> Iterator[str]:
    i18n.switch(qapp, request.param, cache=tmp_path)
    yield request.param
    i18n.switch(qapp, "en")


def frame(widget: QWidget, within: QWidget) -> QRect:
    return QRect(widget.mapTo(within, QPoint(0, 0)), widget.size())


def shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    return ""


def scrolled_in(widget: QWidget, root: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def written_elsewhere(widget: QWidget) -> bool:
    """Texts that are not the shell's: the policy's tiles (the sites' own names), a message
    the reception typed, a language's own name, a document's name."""
    while widget is not None:
        if isinstance(widget, Tile) or widget.property("lang") or (
                isinstance(widget, Toast) and widget.kind == "reception") or (
                widget.property("kind") == "choice"):
            return True
        widget = widget.parentWidget()
    return False


def check_layout(root: QWidget, language: str, width: int, height: int) -> None:
    """Fail on what a guest would meet as a fault of the screen."""
    problems: list[str] = []
    bounds = QRect(0, 0, width, height)
    widgets = [w for w in root.findChildren(QWidget)
               if w.isVisibleTo(root) and w.window() is root.window()]
    wrong_language = english_only(language)
    for widget in widgets:
        text = shown_text(widget)
        where = f"{type(widget).__name__} {text[:40]!r}"
        box = frame(widget, root)
        scrolled = scrolled_in(widget, root)
        if scrolled is not None:
            # Reached by scrolling up and down, never sideways.
            area = frame(scrolled.viewport(), root)
            if box.left() < area.left() or box.right() > area.right():
                problems.append(f"{where} goes past the side of its scrolled area: {box}")
        elif box.width() > 0 and not bounds.contains(box):
            problems.append(f"{where} goes off the screen: {box}")
        if text:
            if widget.font().pixelSize() < theme.MIN_TEXT_PX:
                problems.append(f"{where}: text of {widget.font().pixelSize()} px")
            if text in wrong_language:
                problems.append(f"{where}: not in {language}")
            if language == "ar" and not NEUTRAL.match(text) and not re.search(
                    r"[\u0600-\u06ff]", text) and not written_elsewhere(widget):
                problems.append(f"{where}: no Arabic in it")
        if isinstance(widget, QLabel) and text:
            if widget.wordWrap():
                if widget.height() < widget.heightForWidth(widget.width()):
                    problems.append(f"{where}: cut at the bottom")
            elif widget.width() < widget.sizeHint().width() - 1:
                problems.append(f"{where}: cut ({widget.width()} < {widget.sizeHint().width()})")
        if isinstance(widget, QAbstractButton):
            if widget.height() < theme.MIN_TARGET or widget.width() < theme.MIN_TARGET:
                problems.append(f"{where}: a target of {widget.width()}x{widget.height()}")
            if text and widget.width() < widget.sizeHint().width() - 1:
                problems.append(f"{where}: text cut ({widget.width()} < "
                                f"{widget.sizeHint().width()})")
            name = widget.accessibleName()
            visible = text.replace("&", "").split("\n")[0]
            if name and visible and visible not in name and visible.strip() not in name:
                problems.append(f"{where}: its accessible name {name!r} lacks its label")
    controls = [w for w in widgets if isinstance(w, CONTROLS)]
    for index, first in enumerate(controls):
        for second in controls[index + 1:]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            if frame(first, root).intersects(frame(second, root)):
                problems.append(f"{shown_text(first)[:30]!r} overlaps "
                                f"{shown_text(second)[:30]!r}")
    if language == "ar":
        assert root.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert not problems, "\n".join(problems)


def picture(name: str, host: QWidget, dialog: QDialog | None, width: int, height: int) -> None:
    if (width, height) not in PICTURED:
        return
    image = host.grab()
    if dialog is not None:
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor(0, 0, 0, 110))
        shot: QPixmap = dialog.grab()
        painter.drawPixmap((image.width() - shot.width()) // 2,
                           (image.height() - shot.height()) // 2, shot)
        painter.end()
    image.save(str(output_folder() / f"{name}-{width}x{height}.png"))


def shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def in_dialog(qtbot: QtBot, dialog: QDialog, width: int, height: int) -> QDialog:
    """A dialog as the shell opens it: at the size it asks for, within the screen (the test's
    own screen may be smaller or larger than the one checked)."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    needed = dialog.minimumSizeHint()
    assert needed.width() <= width, f"{type(dialog).__name__} wider than the screen"
    assert needed.height() <= height, f"{type(dialog).__name__} taller than the screen"
    wanted = dialog.sizeHint().expandedTo(dialog.size()).boundedTo(QSize(width, height))
    dialog.resize(wanted.expandedTo(needed))
    QApplication.processEvents()
    return dialog


# -- the lock screen -------------------------------------------------------------------------

LOCK_STATES: dict[str, Callable[[LockScreen], None]] = {
    "lock": lambda lock: None,
    "lock-checking": lambda lock: (lock.field.setText("K7M2-9QHX-T"),
                                   lock.set_checking(checking=True)),
    "lock-mistyped": lambda lock: lock.show_refusal(
        QCoreApplication.translate("ShellWindow", MISTYPED)),
    "lock-wait": lambda lock: lock.wait_before_retry(42),
    "lock-closed": lambda lock: lock.set_place("Centre social Nord", "", open_now=False),
    "lock-goodbye": lambda lock: lock.say_goodbye(erased=True),
    "lock-question": lambda lock: lock.say_goodbye(erased=True, ask=True),
}


@pytest.mark.parametrize(("width", "height"), SCREENS)
@pytest.mark.parametrize("state", list(LOCK_STATES))
def test_the_lock_screen_in_every_state(qtbot: QtBot, language: str, state: str, width: int,
                                        height: int) -> None:
    lock = LockScreen()
    lock.set_place("Centre social Nord", "09:00–12:00, 13:30–18:00")
    shown(qtbot, lock, width, height)
    LOCK_STATES[state](lock)
    QApplication.processEvents()
    check_layout(lock, language, width, height)
    picture(f"{state}-{language}", lock, None, width, height)


# -- a session -------------------------------------------------------------------------------

def session(qtbot: QtBot, width: int, height: int,
            tmp_path: Path) -> tuple[SessionView, HomeTiles, DocumentsPanel, HelpPanel]:
    view = SessionView()
    tiles = HomeTiles(load_policy(DEFAULT_POLICY).sites, view.body)
    view.body.addWidget(tiles)
    folder = SessionFolder(tmp_path / "session")
    folder.create()
    write_pdf(folder.documents / "attestation-caf.pdf")
    write_pdf(folder.documents / "avis d'imposition 2026.pdf")
    documents = DocumentsPanel(folder, view.body)
    help_panel = HelpPanel(view.body)
    view.add_panel(documents)
    view.add_panel(help_panel)
    view.show_time(timedelta(minutes=119, seconds=59))  # the widest the time gets
    shown(qtbot, view, width, height)
    return view, tiles, documents, help_panel


@pytest.mark.parametrize(("width", "height"), SCREENS)
@pytest.mark.parametrize("state", ["tiles", "messages", "documents", "help", "large-text",
                                   "pages", "refused", "ending"])
def test_a_session_in_every_state(qtbot: QtBot, language: str, state: str, width: int,
                                  height: int, tmp_path: Path, qapp: QApplication) -> None:
    view, tiles, documents, help_panel = session(qtbot, width, height, tmp_path)
    profile = None
    if state in ("pages", "refused"):
        # Tabs with the long titles administrative sites give their pages.
        profile = QWebEngineProfile()
        browser = Browser(profile, load_policy(DEFAULT_POLICY), view.body)
        view.body.addWidget(browser)
        view.body.setCurrentWidget(browser)
        for title in ("Mon Compte Partenaire - caf.fr - Déclarer mes ressources trimestrielles",
                      "Impots.gouv.fr - Espace particulier - Accueil",
                      "ameli, le site de l'Assurance Maladie en ligne | ameli.fr"):
            tab = browser.open("about:blank")
            close = browser.tabs.tabBar().tabButton(browser.tabs.indexOf(tab),
                                                    QTabBar.ButtonPosition.RightSide)
            browser._titled(tab, close, title)
        if state == "refused":
            tab.blocked.show_refused()
            tab.setCurrentWidget(tab.blocked)
    elif state == "ending":
        view.toasts.show_toast("warning", QCoreApplication.translate(
            "ShellWindow", "Your session is ending. Everything will be erased in a few "
            "seconds."))
    elif state == "messages":
        view.toasts.show_toast("success", view.tr("Time left: %1 min %2 s").replace(
            "%1", "3").replace("%2", "00"), [(documents.tr("Open"), lambda: None),
                                             (documents.tr("Print"), lambda: None)])
        view.toasts.show_toast("reception", "La salle ferme à 18 h.")
        view.toasts.show_toast("error", help_panel.tr("A question? Ask at the reception."))
    elif state == "documents":
        documents.refresh()
        view.show_panel(documents)
    elif state == "help":
        view.show_panel(help_panel)
    elif state == "large-text":
        # As the window does: the switch restyles the whole application.
        view.large_text_changed.connect(lambda large: (theme.apply(qapp, large=large),
                                                        tiles.restyle()))
        qtbot.mouseClick(view.large_text, Qt.MouseButton.LeftButton)
        assert theme.scale() > 1
    QApplication.processEvents()
    try:
        if state == "large-text":
            qtbot.wait(100)  # the new sizes settle through the event loop, as in the shell
        check_layout(view, language, width, height)
        assert tiles.horizontalScrollBar().maximum() == 0  # never scrolled sideways
        picture(f"session-{state}-{language}", view, None, width, height)
    finally:
        theme.apply(qapp)
        if profile is not None:
            browser.close_all()
            view.body.removeWidget(browser)
            browser.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            with qtbot.waitSignal(profile.destroyed):
                profile.deleteLater()


# -- panels over the session -----------------------------------------------------------------

def dialog_for(state: str, host: SessionView, tmp_path: Path) -> QDialog:
    if state == "end":
        host.confirm.open()
        return host.confirm
    if state in ("idle", "warning"):
        panel = (IdleCheck if state == "idle" else TimeWarning)(lambda: NOW, None, host)
        panel.ask_until(NOW + timedelta(seconds=59 if state == "idle" else 299))
        return panel
    if state == "print":
        document = tmp_path / "attestation.pdf"
        write_pdf(document)
        dialog = PrintDialog(document, pages_left=1, parent=host, status=describe(
            PrinterState.STOPPED, ["media-jam-error"]))
        dialog.copies.setValue(3)  # more than the pages left: the cost says so
        return dialog
    if state == "picker":
        folder = SessionFolder(tmp_path / "picked")
        folder.create()
        for name in ("attestation-caf.pdf", "Document scanné 2026-12-02 10h00.pdf"):
            write_pdf(folder.documents / name)
        return DocumentPicker(folder, several=True, parent=host)
    return MessageDialog(QCoreApplication.translate("DocumentsPanel",
                                                    "Delete “%1”? It cannot be brought back.")
                         .replace("%1", "attestation-caf.pdf"), cancel=True, parent=host)


@pytest.mark.parametrize(("width", "height"), SCREENS)
@pytest.mark.parametrize("state", ["end", "idle", "warning", "print", "picker", "question"])
def test_every_panel_over_a_session(qtbot: QtBot, language: str, state: str, width: int,
                                    height: int, tmp_path: Path) -> None:
    view, _tiles, _documents, _help = session(qtbot, width, height, tmp_path)
    dialog = dialog_for(state, view, tmp_path)
    if not dialog.isVisible():
        dialog.open()
    in_dialog(qtbot, dialog, width, height)
    check_layout(dialog, language, width, height)
    picture(f"panel-{state}-{language}", view, dialog, width, height)
    dialog.reject()
