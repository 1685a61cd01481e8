"""Which interface languages are shipped, and loading their Qt translators at start-up."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from heartlog.core.paths import translations_path

if TYPE_CHECKING:
    from heartlog.core.prompt_catalogue import Catalogue

log = logging.getLogger(__name__)

_QM_NAME = re.compile(r"^heartlog_([A-Za-z]{2,3}(?:_[A-Za-z]{2,4})?)\.qm$")
_installed: list[QTranslator] = []


def available_languages() -> list[tuple[str, str]]:
    """(code, name in that language) for every compiled ``heartlog_<code>.qm`` shipped."""
    try:
        folder = translations_path()
    except FileNotFoundError:
        return []
    found: list[tuple[str, str]] = []
    for path in sorted(folder.iterdir()):
        match = _QM_NAME.match(path.name)
        if match:
            code = match.group(1)
            locale = QLocale(code)
            name = locale.nativeLanguageName() or code
            found.append((code, name[:1].upper() + name[1:]))
    return found


def install_translators(app: QApplication, code: str) -> str:
    """Load HeartLog's and Qt's translations for ``code`` ("" = system). Returns the code used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(code) if code else QLocale.system()
    if code:
        QLocale.setDefault(locale)
    try:
        folder = str(translations_path())
    except FileNotFoundError:
        return locale.name()
    ours = QTranslator(app)
    if ours.load(locale, "heartlog", "_", folder):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(locale, "qtbase", "_", folder) or qtbase.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    log.info("interface language %s", locale.name())
    return locale.name()


def content_locale() -> str:
    """The language of the prompts and analysis texts for the interface locale ("de", "en")."""
    from heartlog.core.content_language import content_language

    return content_language(QLocale().name())


def prompt_catalogue() -> Catalogue:
    """The prompt catalogue in the interface language (English for anything untranslated)."""
    from heartlog.core.prompt_catalogue import load_catalogue

    return load_catalogue(content_locale())
