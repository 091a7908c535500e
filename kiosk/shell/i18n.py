"""The guest's language: Qt's translation system for everything a guest reads.

French by default; English, Arabic (written from right to left: the whole layout is mirrored),
Spanish, Portuguese and Ukrainian available, each chosen on the lock screen and named in
itself. Texts are written in English in the code (`tr()`), translated in
`translations/kiosk_<lang>.ts` (edited with Qt Linguist, updated with pyside6-lupdate). The
compiled `.qm` files are made from them with pyside6-lrelease, which ships with PySide6: at
build time when packaged, else on first use into the user's cache folder, and again whenever a
`.ts` file changes. docs/translations.md says how to add a language.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from kiosk.shell.languages import DEFAULT_LANGUAGE, LANGUAGES, RIGHT_TO_LEFT

SOURCES = Path(__file__).resolve().parent / "translations"
log = logging.getLogger("kiosk.shell")


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")


def compiled(language: str, cache: Path | None = None, *, sources: Path = SOURCES,
             name: str = "kiosk") -> Path | None:
    """The `.qm` file of a language, compiled when needed; None when there is none.
    `sources` and `name`: another application's catalogues (the desk's `desk_<lang>.ts`)."""
    source = sources / f"{name}_{language}.ts"
    if not source.is_file():
        return None
    shipped = source.with_suffix(".qm")
    if shipped.is_file() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    target = (cache or Path(user_cache_dir("kiosk")) / "translations") / shipped.name
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found: the shell shows its English texts")
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True,  # noqa: S603
                   timeout=60)
    return target


def install(app: QCoreApplication, language: str = DEFAULT_LANGUAGE,
            cache: Path | None = None, *, sources: Path = SOURCES,
            name: str = "kiosk") -> QTranslator | None:
    """Translate the application's texts into `language` ("en" keeps the source texts)."""
    if language == "en":
        return None
    path = compiled(language, cache, sources=sources, name=name)
    translator = QTranslator(app)
    if path is None or not translator.load(str(path)):
        log.warning("no translation for %s: the shell shows its English texts", language)
        return None
    app.installTranslator(translator)
    return translator


class _Current:
    language = DEFAULT_LANGUAGE
    translator: QTranslator | None = None


def current_language() -> str:
    return _Current.language


def switch(app: QGuiApplication, language: str, cache: Path | None = None) -> None:
    """The application's texts in `language` from now on: every widget receives Qt's
    LanguageChange event and says its texts again; the layout follows the language's
    direction. An unknown language keeps the default one."""
    if language not in LANGUAGES:
        log.warning("unknown language %r: the shell stays in %s", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    if _Current.translator is not None:
        QCoreApplication.removeTranslator(_Current.translator)
        _Current.translator = None
    _Current.translator = install(app, language, cache)
    _Current.language = language
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
