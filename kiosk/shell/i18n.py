"""French by default, English available: Qt's translation system for everything a guest reads.

Texts are written in English in the code (`tr()`), translated in `translations/kiosk_<lang>.ts`
(edited with Qt Linguist, updated with pyside6-lupdate). The compiled `.qm` files are made
from them with pyside6-lrelease, which ships with PySide6: at build time when packaged, else
on first use into the user's cache folder, and again whenever a `.ts` file changes.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QTranslator

SOURCES = Path(__file__).resolve().parent / "translations"
DEFAULT_LANGUAGE = "fr"
log = logging.getLogger("kiosk.shell")


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")


def compiled(language: str, cache: Path | None = None) -> Path | None:
    """The `.qm` file of a language, compiled when needed; None when there is none."""
    source = SOURCES / f"kiosk_{language}.ts"
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
            cache: Path | None = None) -> QTranslator | None:
    """Translate the application's texts into `language` ("en" keeps the source texts)."""
    if language == "en":
        return None
    path = compiled(language, cache)
    translator = QTranslator(app)
    if path is None or not translator.load(str(path)):
        log.warning("no translation for %s: the shell shows its English texts", language)
        return None
    app.installTranslator(translator)
    return translator
