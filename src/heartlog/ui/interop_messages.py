"""Plain, translated messages for import and export errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from heartlog.core.errors import HeartLogError, ImportFormatError, StorageError
from heartlog.core.interop import ExportTargetExists


def _tr(text: str) -> str:
    return QCoreApplication.translate("Interop", text)


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, ImportFormatError):
        lead = _tr("Nothing was imported, because this journal has a problem.")
        where = f"{exc.where}: " if exc.where else ""
        return f"{lead}\n{where}{exc.detail}"
    if isinstance(exc, ExportTargetExists):
        return _tr("That folder already exists and is not empty. Choose a new folder name.")
    if isinstance(exc, StorageError):
        return _tr("Nothing was exported: {reason}").format(reason=str(exc))
    if isinstance(exc, HeartLogError):
        return str(exc)
    return _tr(
        "Something went wrong ({name}). Nothing was changed; details are in the log."
    ).format(name=type(exc).__name__)


def local_day(moment: dt.datetime) -> str:
    return QLocale().toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    )


def local_number(value: int) -> str:
    return QLocale().toString(value)
