"""Every error a person can meet, as a translated title and message.

Core raises typed errors with plain English sentences. The types a person
acts on most get their own wording here; every other core sentence is shown
through ``core_messages`` (the same sentence in the UI language, its details
kept). Anything unexpected gets a calm "something went wrong" text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from heartlog.core import errors
from heartlog.core.errors import ExportTargetExists
from heartlog.core.sharing.errors import ShareBundleRejected
from heartlog.ui.core_messages import known_message, translate_core_message, translate_where
from heartlog.ui.placeholder_text import fill
from heartlog.ui.profile_catalog import ProfileInUse


def is_storage_failure(exc: BaseException) -> bool:
    """True for "could not write" failures: disk full, I/O errors, read-only files."""
    if isinstance(exc, errors.StorageError | OSError):
        return True
    try:
        from sqlalchemy.exc import OperationalError
    except ImportError:  # pragma: no cover - SQLAlchemy is a hard dependency
        return False
    return isinstance(exc, OperationalError)


def import_error_text(exc: errors.ImportFormatError) -> str:
    """What is wrong with an import file, and where (file, line or entry), translated."""
    lead = QCoreApplication.translate(
        "Interop", "Nothing was imported, because this journal has a problem."
    )
    detail = translate_core_message(exc.detail)
    if not exc.where:
        return f"{lead}\n{detail}"
    where = translate_where(exc.where)
    return lead + "\n" + fill(QCoreApplication.translate("Interop", "%1: %2"), where, detail)


def _unexpected() -> tuple[str, str]:
    return QCoreApplication.translate("Alerts", "Something went wrong"), QCoreApplication.translate(
        "Alerts",
        "HeartLog hit an unexpected problem. Your saved entries are safe. Details are in "
        "the log file.",
    )


def _profile_texts(exc: BaseException) -> tuple[str, str] | None:
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
    return None


def _titled(exc: BaseException) -> str:
    """A short title for a core error's dialog."""
    if isinstance(exc, errors.ProfileCorrupt):
        return QCoreApplication.translate("Alerts", "Journal cannot be read")
    if isinstance(exc, errors.ImportFormatError):
        return QCoreApplication.translate("Alerts", "Nothing imported")
    if isinstance(exc, errors.BundleRejected):
        return QCoreApplication.translate("Alerts", "Bundle not imported")
    if isinstance(exc, errors.EntryNotFound):
        return QCoreApplication.translate("Alerts", "Entry not found")
    return QCoreApplication.translate("Alerts", "HeartLog")


def error_text(exc: BaseException) -> tuple[str, str]:
    """A translated (title, message) for an error a person can act on.

    A failed write (``StorageError``, an ``OSError``) is told as the editor sees
    it: the text is kept and saving goes on. ``error_message`` gives core's own
    sentence instead, for dialogs that did one thing (a backup, an export).
    """
    profile = _profile_texts(exc)
    if profile is not None:
        return profile
    if is_storage_failure(exc):  # while writing: the text stays and saving goes on
        return QCoreApplication.translate("Alerts", "Could not save"), QCoreApplication.translate(
            "Alerts",
            "HeartLog could not write to the disk (it may be full). Your text is kept in "
            "the window; free some space and HeartLog will keep trying.",
        )
    if isinstance(exc, errors.HeartLogError):
        return _titled(exc), error_message(exc)
    return _unexpected()


def error_message(exc: BaseException) -> str:
    """The message of ``error_text``: one or two plain sentences in the UI language."""
    profile = _profile_texts(exc)
    if profile is not None:
        return profile[1]
    if isinstance(exc, errors.ImportFormatError):
        return import_error_text(exc)
    if isinstance(exc, ShareBundleRejected):
        from heartlog.ui.sharing.messages import rejection_text

        return rejection_text(exc)
    if isinstance(exc, ExportTargetExists):
        return QCoreApplication.translate(
            "Interop", "That folder already exists and is not empty. Choose a new folder name."
        )
    if isinstance(exc, errors.EntryNotFound):
        return QCoreApplication.translate(
            "Alerts", "That entry no longer exists; it may have been deleted."
        )
    if isinstance(exc, errors.HeartLogError):
        text = str(exc)
        if known_message(text):
            return translate_core_message(text)
        return _fallback(exc, text)
    return error_text(exc)[1]


def _fallback(exc: errors.HeartLogError, text: str) -> str:
    """A sentence core wrote that has no template (a newer core): the type's own words."""
    if isinstance(exc, errors.ProfileCorrupt):
        return QCoreApplication.translate(
            "Alerts",
            "This journal is damaged or is not a HeartLog journal. Restore it from a "
            "backup; nothing was changed.",
        )
    if isinstance(exc, errors.StorageError):
        return QCoreApplication.translate(
            "Alerts",
            "HeartLog could not write to the disk (it may be full). Your text is kept in "
            "the window; free some space and HeartLog will keep trying.",
        )
    return text
