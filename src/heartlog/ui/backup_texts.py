"""Translated wording shared by the backup dialogs: reasons, ages, dates, sizes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimeZone

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


class BackupTexts(QObject):
    """Counted words; pyside6-lupdate sees plural forms only in ``self.tr`` calls."""

    def days(self, n: int) -> str:
        return resolve_english_plural(self.tr("%n day(s)", "", n), n)

    def hours(self, n: int) -> str:
        return resolve_english_plural(self.tr("%n hour(s)", "", n), n)

    def minutes(self, n: int) -> str:
        return resolve_english_plural(self.tr("%n minute(s)", "", n), n)


def age_text(age: dt.timedelta) -> str:
    """'3 hours', '2 days' in the UI language (plural forms from the translation)."""
    seconds = max(0, int(age.total_seconds()))
    words = BackupTexts()
    if seconds >= 86400:
        return words.days(seconds // 86400)
    if seconds >= 3600:
        return words.hours(seconds // 3600)
    if seconds >= 60:
        return words.minutes(seconds // 60)
    return QCoreApplication.translate("BackupTexts", "less than a minute")


def date_text(when: dt.datetime) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def verified_text(backup: BackupInfo) -> str:
    if backup.verified:
        return QCoreApplication.translate("BackupTexts", "Verified")
    return QCoreApplication.translate("BackupTexts", "Not verified")
