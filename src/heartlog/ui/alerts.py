"""The one way the UI tells a person something went wrong: log, then a plain dialog.

Core raises typed errors with plain English sentences; ``error_texts`` turns
each into a translated title and a message that says what to do next. Tests replace
``present`` so no modal box ever blocks them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from heartlog.core import errors
from heartlog.ui.error_texts import error_message, error_text, is_storage_failure
from heartlog.ui.safe_errors import safe_traceback

__all__ = [
    "alert",
    "ask",
    "error_message",
    "error_text",
    "inform",
    "is_storage_failure",
    "present",
]

log = logging.getLogger(__name__)


def _present_with_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


# Replaced in tests by a recorder; everything that shows an alert goes through it.
present: Callable[[QWidget | None, QMessageBox.Icon, str, str], None] = _present_with_box


def _ask_with_box(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


# Replaced in tests; a yes/no question (already translated strings).
ask: Callable[[QWidget | None, str, str], bool] = _ask_with_box


def alert(parent: QWidget | None, exc: BaseException) -> None:
    """Log ``exc`` and show it as a plain, translated dialog."""
    if isinstance(exc, errors.HeartLogError):
        log.warning("showing error %s", type(exc).__name__)
    else:
        log.error(
            "showing unexpected error:\n%s", safe_traceback(type(exc), exc, exc.__traceback__)
        )
    title, text = error_text(exc)
    present(parent, QMessageBox.Icon.Warning, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A plain information dialog (already translated strings)."""
    present(parent, QMessageBox.Icon.Information, title, text)
