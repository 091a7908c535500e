"""The session folder and its wipe, on a real file system."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.shell.sessionfs import SessionFolder, safe_file_name, unique_path


def test_a_session_folder_is_private_and_holds_the_engines_files(tmp_path: Path) -> None:
    folder = SessionFolder(tmp_path / "session")
    folder.create()
    assert stat.S_IMODE(folder.root.stat().st_mode) == 0o700
    environment = folder.environment()
    assert all(Path(value).is_relative_to(folder.root) for value in environment.values())
    assert set(environment) >= {"HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"}
    assert all(Path(value).is_dir() for value in environment.values())


def test_documents_are_listed_newest_first(tmp_path: Path) -> None:
    folder = SessionFolder(tmp_path / "session")
    assert folder.document_files() == []
    folder.create()
    old = folder.documents / "attestation.pdf"
    new = folder.documents / "scan.pdf"
    old.write_bytes(b"%PDF-1.4 old")
    new.write_bytes(b"%PDF-1.4 new")
    os.utime(old, (1_000_000, 1_000_000))
    (folder.documents / "link.pdf").symlink_to("/etc/passwd")
    assert folder.document_files() == [new, old]


def test_the_wipe_takes_everything_even_read_only_and_reports_counts(tmp_path: Path) -> None:
    folder = SessionFolder(tmp_path / "session")
    folder.create()
    (folder.documents / "avis-impot.pdf").write_bytes(b"x" * 1000)
    cookies = folder.root / "data" / "cookies"
    cookies.mkdir()
    (cookies / "store").write_bytes(b"y" * 24)
    locked = folder.root / "home" / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text("z", encoding="utf-8")
    (locked / "secret.txt").chmod(0o400)
    locked.chmod(0o500)
    (folder.root / "home" / "outside").symlink_to(tmp_path)
    keep = tmp_path / "not-the-session.txt"
    keep.write_text("stays", encoding="utf-8")

    report = folder.wipe()
    assert report.verified
    assert not folder.exists()
    assert (report.files, report.bytes) == (4, 1025)
    assert report.folders == 9
    assert keep.read_text(encoding="utf-8") == "stays"  # links are not followed
    event = report.as_event()
    assert event == {"verified": True, "counts": {"files": 4, "folders": 9, "bytes": 1025}}
    assert "avis" not in str(event)


def test_a_leftover_is_wiped_when_the_next_session_starts(tmp_path: Path) -> None:
    folder = SessionFolder(tmp_path / "session")
    folder.create()
    (folder.documents / "left-by-a-power-cut.pdf").write_bytes(b"x")
    folder.create()
    assert folder.document_files() == []
    assert folder.wipe().verified
    assert folder.wipe() == folder.wipe()  # wiping nothing is fine


@pytest.mark.parametrize(
    ("suggested", "safe"),
    [
        ("attestation.pdf", "attestation.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\\\..\\\\windows\\\\avis.pdf", "avis.pdf"),
        (".bashrc", "bashrc"),
        ("", "document"),
        ("...", "document"),
        ("rel\x00evé:caf?.pdf", "rel_evé_caf_.pdf"),
        ("a" * 300 + ".pdf", "a" * 116 + ".pdf"),
    ],
)
def test_download_names_are_made_safe(suggested: str, safe: str) -> None:
    assert safe_file_name(suggested) == safe


def test_names_already_taken_get_a_number(tmp_path: Path) -> None:
    assert unique_path(tmp_path, "scan.pdf") == tmp_path / "scan.pdf"
    (tmp_path / "scan.pdf").write_bytes(b"1")
    (tmp_path / "scan (2).pdf").write_bytes(b"2")
    assert unique_path(tmp_path, "scan.pdf") == tmp_path / "scan (3).pdf"
    (tmp_path / "notes").write_bytes(b"3")
    assert unique_path(tmp_path, "notes") == tmp_path / "notes (2)"
