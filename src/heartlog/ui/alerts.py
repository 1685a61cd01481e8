"""The one way the UI tells a person something went wrong: log, then a plain dialog.

Core raises typed errors with plain English sentences; here each type becomes a
translated title and a message that says what to do next. Tests replace
``present`` so no modal box ever blocks them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from heartlog.core import errors
from heartlog.ui.profile_catalog import ProfileInUse
from heartlog.ui.safe_errors import safe_traceback

log = logging.getLogger(__name__)


def is_storage_failure(exc: BaseException) -> bool:
    """True for "could not write" failures: disk full, I/O errors, read-only files."""
    if isinstance(exc, errors.StorageError | OSError):
        return True
    try:
        from sqlalchemy.exc import OperationalError
    except ImportError:  # pragma: no cover - SQLAlchemy is a hard dependency
        return False
    return isinstance(exc, OperationalError)


def error_text(exc: BaseException) -> tuple[str, str]:
    """A translated (title, message) for an error a person can act on."""
    if isinstance(exc, errors.WrongPassphrase):
        return QCoreApplication.translate("Alerts", "Wrong passphrase"), QCoreApplication.translate(
            "Alerts",
            "That passphrase does not open this journal. Check it and try again "
            "(it is case-sensitive).",
        )
    if isinstance(exc, ProfileInUse | errors.ProfileLocked):
        return QCoreApplication.translate(
            "Alerts", "Profile already open"
        ), QCoreApplication.translate(
            "Alerts",
            "The profile “%1” is already open in another HeartLog window or command. "
            "Switch to that window, or close it there first.",
        ).replace("%1", exc.name)
    if isinstance(exc, errors.ProfileNotFound):
        return QCoreApplication.translate(
            "Alerts", "Profile not found"
        ), QCoreApplication.translate(
            "Alerts",
            "The profile “%1” is no longer on this computer. Choose another profile or "
            "create a new one.",
        ).replace("%1", exc.name)
    if isinstance(exc, errors.ProfileExists):
        return QCoreApplication.translate(
            "Alerts", "Name already used"
        ), QCoreApplication.translate(
            "Alerts", "A profile called “%1” already exists. Choose another name."
        ).replace("%1", exc.name)
    if isinstance(exc, errors.ProfileCorrupt):
        return QCoreApplication.translate(
            "Alerts", "Journal cannot be read"
        ), QCoreApplication.translate(
            "Alerts",
            "This journal is damaged or is not a HeartLog journal. Restore it from a "
            "backup; nothing was changed.",
        )
    if isinstance(exc, errors.EntryNotFound):
        return QCoreApplication.translate("Alerts", "Entry not found"), QCoreApplication.translate(
            "Alerts", "That entry no longer exists; it may have been deleted."
        )
    if is_storage_failure(exc):
        return QCoreApplication.translate("Alerts", "Could not save"), QCoreApplication.translate(
            "Alerts",
            "HeartLog could not write to the disk (it may be full). Your text is kept in "
            "the window; free some space and HeartLog will keep trying.",
        )
    if isinstance(exc, errors.HeartLogError):
        # Core sentences are plain English; a translation may carry the same sentence.
        return QCoreApplication.translate("Alerts", "HeartLog"), QCoreApplication.translate(
            "CoreErrors", str(exc)
        )
    return QCoreApplication.translate("Alerts", "Something went wrong"), QCoreApplication.translate(
        "Alerts",
        "HeartLog hit an unexpected problem. Your saved entries are safe. Details are in "
        "the log file.",
    )


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
