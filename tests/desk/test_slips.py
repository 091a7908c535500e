"""The slips: the code as the lock screen shows it, what it allows, until when, in French."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from kiosk.desk import DESK_TRANSLATIONS
from kiosk.desk.slips import Slip, write_slips
from kiosk.shell import i18n

MORNING = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # 10:00 in Paris


def slip(valid_until: datetime, code: str = "K7M29QHXT") -> Slip:
    return Slip(code, 60, 5, 3, valid_until, "Centre social Nord")


def pages_text(path: Path) -> list[str]:
    document = QPdfDocument()
    document.load(str(path))
    return [document.getAllText(page).text() for page in range(document.pageCount())]


def test_an_a4_sheet_holds_eight_slips(tmp_path: Path, desk_french: None) -> None:
    until = datetime(2026, 12, 2, 17, 0, tzinfo=UTC)  # 18:00 in Paris
    pages = pages_text(write_slips([slip(until)] * 9, tmp_path / "a4.pdf", today=MORNING))
    assert len(pages) == 2
    assert pages[0].count("K7M2-9QHX-T") == 8
    assert pages[1].count("K7M2-9QHX-T") == 1
    first = pages[0]
    for line in ("Centre social Nord", "Votre code d'accès", "Durée : 60 min",
                 "Impressions : 5 pages · Scans : 3 pages",
                 "Valable aujourd'hui jusqu'à 18 h",
                 "1. Installez-vous à un ordinateur libre.",
                 "3. À la fin, appuyez sur « Terminer ma session »."):
        assert line in first, line


def test_a_receipt_printer_gets_one_slip_each(tmp_path: Path, desk_french: None) -> None:
    midnight = datetime(2026, 12, 2, 23, 0, tzinfo=UTC)  # the end of the day in Paris
    pages = pages_text(write_slips([slip(midnight), slip(midnight, "ABCD2345E")],
                                   tmp_path / "receipt.pdf", layout="receipt", today=MORNING))
    assert len(pages) == 2
    assert "Valable toute la journée" in pages[0]
    assert "ABCD-2345-E" in pages[1]


def test_no_slip_is_no_page(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no slip"):
        write_slips([], tmp_path / "none.pdf")


def test_the_desk_catalogue_is_complete(tmp_path: Path) -> None:
    root = ET.parse(DESK_TRANSLATIONS / "desk_fr.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, source
        assert sorted(re.findall(r"%\d", translation.text or "")) == sorted(
            re.findall(r"%\d", source)), source
    assert i18n.compiled("fr", tmp_path, sources=DESK_TRANSLATIONS, name="desk") is not None
