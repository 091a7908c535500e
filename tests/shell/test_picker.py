"""Web forms' file picker offers the session's documents and nothing else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from pytestqt.qtbot import QtBot

from kiosk.core.policy import parse_policy
from kiosk.shell.guard import GuardedPage
from kiosk.shell.picker import DocumentPicker, first_page
from kiosk.shell.sessionfs import SessionFolder
from tests.shell.conftest import CAF_POLICY


def session_with_documents(tmp_path: Path) -> SessionFolder:
    folder = SessionFolder(tmp_path / "session")
    folder.create()
    write_pdf(folder.documents / "bulletin-de-salaire.pdf")
    (folder.documents / "scan-identite.pdf").write_bytes(b"%PDF-1.4")  # unreadable: no picture
    return folder


def write_pdf(path: Path) -> None:
    """A one-page PDF with something on it, as a scan or a download would be."""
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawText(200, 400, "Bulletin de salaire")
    painter.end()


def test_the_picker_is_a_panel_of_the_shell_in_french(qtbot: QtBot, tmp_path: Path,
                                                     french: None) -> None:
    folder = session_with_documents(tmp_path)
    picker = DocumentPicker(folder, several=False)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.windowFlags() & Qt.WindowType.FramelessWindowHint  # no title bar
    assert len(picker.choices) == 2
    assert "Touchez le document à envoyer" in picker.intro.text()
    assert (picker.cancel_button.text(), picker.attach_button.text()) == ("Annuler", "Joindre")
    for button in (picker.cancel_button, picker.attach_button, *picker.choices):
        assert button.height() >= 48
    assert not picker.attach_button.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(picker.choices[1], Qt.MouseButton.LeftButton)
    assert picker.chosen() == [folder.document_files()[1]]
    assert picker.attach_button.isEnabled()
    qtbot.mouseClick(picker.choices[0], Qt.MouseButton.LeftButton)  # one only: the other goes
    assert picker.chosen() == [folder.document_files()[0]]


def test_several_documents_when_the_form_takes_several(qtbot: QtBot, tmp_path: Path,
                                                       french: None) -> None:
    folder = session_with_documents(tmp_path)
    picker = DocumentPicker(folder, several=True)
    qtbot.addWidget(picker)
    picker.show()
    for choice in picker.choices:
        qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    assert picker.chosen() == folder.document_files()
    qtbot.mouseClick(picker.choices[0], Qt.MouseButton.LeftButton)  # a second tap: not this one
    assert picker.chosen() == folder.document_files()[1:]


def test_a_readable_document_shows_its_first_page(tmp_path: Path, qtbot: QtBot) -> None:
    folder = session_with_documents(tmp_path)
    readable = folder.documents / "bulletin-de-salaire.pdf"
    unreadable = folder.documents / "scan-identite.pdf"
    picture = first_page(readable)
    assert picture is not None
    assert picture.height() > 100
    assert first_page(unreadable) is None


def test_an_empty_session_says_how_to_get_a_document(qtbot: QtBot, tmp_path: Path,
                                                     french: None) -> None:
    folder = SessionFolder(tmp_path / "session")
    folder.create()
    picker = DocumentPicker(folder, several=True)
    qtbot.addWidget(picker)
    assert picker.choices == []
    assert "Téléchargez" in picker.intro.text()
    assert not picker.attach_button.isEnabled()


def test_web_forms_only_ever_get_session_documents(qtbot: QtBot, tmp_path: Path) -> None:
    folder = session_with_documents(tmp_path)
    outside = tmp_path / "secret.txt"
    outside.write_text("not yours", encoding="utf-8")
    (folder.documents / "link.pdf").symlink_to(outside)
    profile = QWebEngineProfile()
    page = GuardedPage(profile, parse_policy(CAF_POLICY))
    single = QWebEnginePage.FileSelectionMode.FileSelectOpen
    assert page.chooseFiles(single, [], []) == []  # no picker: nothing
    inside = folder.document_files()[0]
    page.documents = folder.documents
    page.pick_files = lambda _several: [inside, outside, folder.documents / "link.pdf",
                                        folder.documents / "../../secret.txt"]
    assert page.chooseFiles(single, [], []) == [str(inside)]
    with qtbot.waitSignal(page.destroyed):
        page.deleteLater()
    with qtbot.waitSignal(profile.destroyed):
        profile.deleteLater()
