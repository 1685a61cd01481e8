"""Plain, translated messages for import and export errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from heartlog.core.errors import ExportTargetExists, HeartLogError, ImportFormatError, StorageError
from heartlog.ui.error_texts import error_message, import_error_text
from heartlog.ui.placeholder_text import fill


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, ImportFormatError):
        return import_error_text(exc)
    if isinstance(exc, ExportTargetExists):
        return error_message(exc)
    if isinstance(exc, StorageError):
        return fill(
            QCoreApplication.translate("Interop", "Nothing was exported: %1"), error_message(exc)
        )
    if isinstance(exc, HeartLogError):
        return error_message(exc)
    return fill(
        QCoreApplication.translate(
            "Interop",
            "Something went wrong (%1). Nothing was changed; details are in the log.",
        ),
        type(exc).__name__,
    )


def local_day(moment: dt.datetime) -> str:
    return QLocale().toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    )


def local_number(value: int) -> str:
    return QLocale().toString(value)
