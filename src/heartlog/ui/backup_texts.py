"""Translated wording shared by the backup dialogs: reasons, ages, dates, sizes."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from heartlog.core.backup_catalog import BackupInfo

_CONTEXT = "BackupTexts"


def reason_text(reason: str) -> str:
    labels = {
        "daily": QCoreApplication.translate(_CONTEXT, "Daily (automatic)"),
        "manual": QCoreApplication.translate(_CONTEXT, "Made by you"),
        "pre-migration": QCoreApplication.translate(_CONTEXT, "Before an update"),
    }
    return labels.get(reason, reason)


def age_text(age: dt.timedelta) -> str:
    """'3 hours', '2 days' in the UI language (plural forms from the translation)."""
    seconds = max(0, int(age.total_seconds()))
    if seconds >= 86400:
        return QCoreApplication.translate(_CONTEXT, "%n day(s)", "", seconds // 86400)
    if seconds >= 3600:
        return QCoreApplication.translate(_CONTEXT, "%n hour(s)", "", seconds // 3600)
    if seconds >= 60:
        return QCoreApplication.translate(_CONTEXT, "%n minute(s)", "", seconds // 60)
    return QCoreApplication.translate(_CONTEXT, "less than a minute")


def date_text(when: dt.datetime) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def verified_text(backup: BackupInfo) -> str:
    if backup.verified:
        return QCoreApplication.translate(_CONTEXT, "Verified")
    return QCoreApplication.translate(_CONTEXT, "Not verified")


def fill(text: str, *args: str) -> str:
    """Qt-style ``%1``, ``%2`` placeholders (as translators see them), filled in one pass."""
    return re.sub(
        r"%(\d)", lambda m: args[int(m[1]) - 1] if 0 < int(m[1]) <= len(args) else m[0], text
    )
