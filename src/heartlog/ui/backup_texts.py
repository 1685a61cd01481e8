"""Translated wording shared by the backup dialogs: reasons, ages, dates, sizes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from heartlog.core.backup_catalog import BackupInfo
from heartlog.ui.placeholder_text import fill
from heartlog.ui.plural_text import resolve_english_plural

__all__ = ["age_text", "date_text", "fill", "reason_text", "size_text", "verified_text"]


def reason_text(reason: str) -> str:
    labels = {
        "daily": QCoreApplication.translate("BackupTexts", "Daily (automatic)"),
        "manual": QCoreApplication.translate("BackupTexts", "Made by you"),
        "pre-migration": QCoreApplication.translate("BackupTexts", "Before an update"),
    }
    return labels.get(reason, reason)


def age_text(age: dt.timedelta) -> str:
    """'3 hours', '2 days' in the UI language (plural forms from the translation)."""
    seconds = max(0, int(age.total_seconds()))
    if seconds >= 86400:
        n = seconds // 86400
        text = QCoreApplication.translate("BackupTexts", "%n day(s)", "", n)
    elif seconds >= 3600:
        n = seconds // 3600
        text = QCoreApplication.translate("BackupTexts", "%n hour(s)", "", n)
    elif seconds >= 60:
        n = seconds // 60
        text = QCoreApplication.translate("BackupTexts", "%n minute(s)", "", n)
    else:
        return QCoreApplication.translate("BackupTexts", "less than a minute")
    return resolve_english_plural(text, n)


def date_text(when: dt.datetime) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def verified_text(backup: BackupInfo) -> str:
    if backup.verified:
        return QCoreApplication.translate("BackupTexts", "Verified")
    return QCoreApplication.translate("BackupTexts", "Not verified")
