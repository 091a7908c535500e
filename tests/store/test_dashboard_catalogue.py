"""The dashboard's French catalogue holds every message of its pages and code, translated
with their placeholders kept."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from kiosk.store.dashboard.i18n import CATALOGUES, Formats, translations

PACKAGE = Path(__file__).resolve().parents[2] / "kiosk" / "store" / "dashboard"


def written_messages() -> set[str]:
    found = extract_from_dir(
        str(PACKAGE),
        method_map=[("**.py", "python"), ("templates/**.html", "jinja2")],
        keywords={"_": None, "gettext": None, "N_": None})
    return {message for _file, _line, message, _comments, _context in found
            if isinstance(message, str)}


def test_every_message_has_its_french() -> None:
    with (CATALOGUES / "fr.po").open("rb") as source:
        catalogue = read_po(source)
    french = {m.id: m.string for m in catalogue if m.id}
    messages = written_messages()
    assert len(messages) > 100
    missing = sorted(m for m in messages if not french.get(m))
    assert missing == []
    for source, translated in french.items():
        assert re.findall(r"%\(\w+\)s", source) == re.findall(r"%\(\w+\)s", translated), source
    assert sorted(set(french) - messages) == []  # nothing left over from older pages


def test_french_figures_are_written_the_french_way() -> None:
    french, english = Formats("fr"), Formats("en")
    assert translations("fr").gettext("Log in") == "Se connecter"
    assert french.number(12345) == "12\u202f345"
    assert english.number(12345) == "12,345"
    assert french.percent(0.25) == "25\u00a0%"
    assert french.hours(5400) == "1,5\u00a0h".replace("\u00a0", " ")
    assert french.hours(36_000 * 4) == "40 h"
    assert french.duration(47 * 60) == "47 min"
    assert french.duration(65 * 60) == "1 h 05"
    assert french.change(110, 100) == "+10\u00a0%"
    assert french.change(90, 100) == "\u221210\u00a0%"
    assert french.change(100, 100) == "="
    assert french.change(5, 0) == "nouveau"
    assert french.change(None, 3) == "—"
