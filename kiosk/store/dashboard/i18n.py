"""The dashboard's languages: French by default, English available.

Messages are written in English in the templates and the code, and translated by the
catalogues in `translations/` (gettext .po files, compiled in memory when the store
starts). Numbers, dates and durations are written the way each language writes them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent
from babel.support import NullTranslations, Translations

LANGUAGES = {"fr": "Français", "en": "English"}
DEFAULT_LANGUAGE = "fr"
CATALOGUES = Path(__file__).parent / "translations"


@cache
def translations(language: str) -> NullTranslations:
    po = CATALOGUES / f"{language}.po"
    if not po.is_file():
        return NullTranslations()
    with po.open("rb") as source:
        catalogue = read_po(source, locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return Translations(compiled)


def N_(message: str) -> str:  # noqa: N802 - the name gettext tools look for
    """Mark a message for the catalogues where it is written; it is translated where shown."""
    return message


def pick(requested: str | None) -> str:
    return requested if requested in LANGUAGES else DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Formats:
    """How one language writes the figures."""

    language: str

    @property
    def locale(self) -> Locale:
        return Locale.parse({"fr": "fr_FR", "en": "en_GB"}[self.language])

    def gettext(self, message: str) -> str:
        return translations(self.language).gettext(message)

    def number(self, value: float | None, digits: int = 0) -> str:
        if value is None:
            return "—"
        pattern = "#,##0" if digits == 0 else "#,##0." + "0" * digits
        return format_decimal(value, format=pattern, locale=self.locale)

    def percent(self, value: float | None) -> str:
        if value is None:
            return "—"
        return format_percent(value, locale=self.locale)

    def hours(self, seconds: int | None) -> str:
        """A total time in hours, as reports give it: "1 234 h"."""
        if seconds is None:
            return "—"
        hours = seconds / 3600
        # Tenths below ten hours: a computer's half hour is not "0 h".
        return f"{self.number(hours, 1 if 0 < hours < 10 else 0)} h"

    def duration(self, seconds: int | None) -> str:
        """A session's length: "47 min", "1 h 05"."""
        if seconds is None:
            return "—"
        minutes = round(seconds / 60)
        if minutes < 60:
            return f"{minutes} min"
        return f"{minutes // 60} h {minutes % 60:02d}"

    def day(self, value: date, style: str = "medium") -> str:
        return format_date(value, format=style, locale=self.locale)

    def moment(self, value: datetime | None) -> str:
        if value is None:
            return "—"
        return format_datetime(value, format="short", tzinfo=value.tzinfo,
                               locale=self.locale)

    def change(self, now: float | None, before: float | None) -> str:
        """The evolution from the previous period: "+12 %", "=", "—" (a minus sign when down)."""
        if now is None or before is None:
            return "—"
        if before == 0:
            return "=" if now == 0 else self.gettext("new")
        ratio = (now - before) / before
        if round(ratio * 100) == 0:
            return "="
        text = self.percent(abs(ratio))
        return ("+" if ratio > 0 else "\u2212") + text

    def weekday(self, index: int, width: str = "wide") -> str:
        names = self.locale.days["format"][width]
        return str(names[index])

    def month(self, value: date) -> str:
        return format_date(value, format="MMMM y", locale=self.locale)
