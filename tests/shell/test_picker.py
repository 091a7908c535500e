"""Web forms' file picker offers the session's documents and nothing else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from pytestqt.qtbot import QtBot

from kiosk.core.policy import parse_policy
from kiosk.shell.guard import GuardedPage
from kiosk.shell.picker import DocumentPicker
from kiosk.shell.sessionfs import SessionFolder
from tests.shell.conftest import CAF_POLICY


def session_with_documents(tmp_path: Path) -> SessionFolder:
    folder = SessionFolder(tmp_path / "session")
    folder.create()
    (folder.documents / "bulletin-de-salaire.pdf").write_bytes(b"%PDF-1.4")
    (folder.documents / "scan-identite.pdf").write_bytes(b"%PDF-1.4")
    return folder


def test_the_picker_lists_the_session_documents(qtbot: QtBot, tmp_path: Path,
                                                french: None) -> None:
    folder = session_with_documents(tmp_path)
    picker = DocumentPicker(folder, several=False)
    qtbot.addWidget(picker)
    assert picker.list.count() == 2
    assert "Vos documents de cette session" in picker.intro.text()
    picker.list.item(1).setSelected(True)
    assert picker.chosen() == [folder.document_files()[1]]


def test_an_empty_session_says_how_to_get_a_document(qtbot: QtBot, tmp_path: Path,
                                                     french: None) -> None:
    folder = SessionFolder(tmp_path / "session")
    folder.create()
    picker = DocumentPicker(folder, several=True)
    qtbot.addWidget(picker)
    assert picker.list.count() == 0
    assert "Téléchargez" in picker.intro.text()


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
