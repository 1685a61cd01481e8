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
SOURCE_LANGUAGE = "en"  # the language the strings are written in
# Qt names a locale with its country ("American English", "español de España"):
# the languages HeartLog ships are named plainly; others fall back to Qt's name.
_NATIVE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}


def available_languages() -> list[tuple[str, str]]:
    """(code, name in that language) for English and every ``heartlog_<code>.qm`` shipped.

    Each language is named in its own words ("Deutsch", "Español"), so a person
    finds theirs whatever language the interface is in now.
    """
    codes = {SOURCE_LANGUAGE}
    try:
        folder = translations_path()
    except FileNotFoundError:
        folder = None
    if folder is not None:
        codes |= {m.group(1) for p in folder.iterdir() if (m := _QM_NAME.match(p.name))}
    found: list[tuple[str, str]] = []
    for code in sorted(codes):
        name = _NATIVE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code
        found.append((code, name[:1].upper() + name[1:]))
    return found


def install_translators(app: QApplication, code: str) -> str:
    """Load HeartLog's and Qt's translations for ``code`` ("" = system). Returns the code used.

    A chosen language also becomes the default ``QLocale``, so dates, times and
    numbers follow it; with the system language they already do.
    """
    remove_translators(app)
    locale = chosen_locale(code)
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


def chosen_locale(code: str) -> QLocale:
    """The locale for a language code: the system's own when it speaks that language
    (so an English-speaking Briton keeps British dates), else the language's main one."""
    system = QLocale.system()
    if not code or QLocale(code).language() == system.language():
        return system
    return QLocale(code)


def remove_translators(app: QApplication) -> None:
    """Take away the translators ``install_translators`` installed (the source text shows)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


def content_locale() -> str:
    """The language of the prompts and analysis texts for the interface locale ("de", "en")."""
    from heartlog.core.content_language import content_language

    return content_language(QLocale().name())


def prompt_catalogue() -> Catalogue:
    """The prompt catalogue in the interface language (English for anything untranslated)."""
    from heartlog.core.prompt_catalogue import load_catalogue

    return load_catalogue(content_locale())
