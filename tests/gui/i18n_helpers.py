"""Running GUI tests in another interface language, and recording Qt's warnings meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from heartlog.ui.app_language import install_translators, remove_translators

# The offscreen platform plugin says these about every window; they are not ours.
OFFSCREEN_NOISE = frozenset(
    {
        "This plugin does not support propagateSizeHints()",
        "This plugin does not support raise()",
    }
)
LANGUAGES = ("en", "de", "es")


@contextmanager
def interface_language(code: str) -> Iterator[None]:
    """HeartLog's and Qt's translations for ``code`` and its locale, as if chosen in Settings."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QLocale()
    install_translators(app, code)
    try:
        yield
    finally:
        remove_translators(app)
        QLocale.setDefault(previous)


@contextmanager
def recorded_qt_warnings() -> Iterator[list[str]]:
    """Every Qt warning (and worse) while the block runs, minus the offscreen plugin's noise."""
    found: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and message not in OFFSCREEN_NOISE:
            found.append(f"{kind.name}: {message}")

    previous = qInstallMessageHandler(handler)
    try:
        yield found
    finally:
        qInstallMessageHandler(previous)
