"""Translated texts for sharing results and rejections (core messages are English)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject

from heartlog.core.sharing.errors import RejectReason, ShareBundleRejected
from heartlog.core.sharing.receive import ImportResult, ImportStatus
from heartlog.ui.placeholder_text import fill
from heartlog.ui.plural_text import resolve_english_plural


def rejection_text(error: BaseException) -> str:
    if not isinstance(error, ShareBundleRejected):
        from heartlog.ui.error_texts import error_message

        return error_message(error)
    texts = {
        RejectReason.NOT_A_BUNDLE: QCoreApplication.translate(
            "Sharing", "This file is not a HeartLog share bundle."
        ),
        RejectReason.UNSUPPORTED_VERSION: QCoreApplication.translate(
            "Sharing", "This bundle comes from a newer HeartLog. Update HeartLog to open it."
        ),
        RejectReason.TRUNCATED: QCoreApplication.translate(
            "Sharing",
            "This bundle is incomplete. Ask your partner to share again; nothing was imported.",
        ),
        RejectReason.EXTENDED: QCoreApplication.translate(
            "Sharing",
            "This bundle has extra data added to it and may have been tampered with; "
            "nothing was imported.",
        ),
        RejectReason.OWN_BUNDLE: QCoreApplication.translate(
            "Sharing", "You made this bundle for your partner; open it in your partner's HeartLog."
        ),
        RejectReason.WRONG_RECIPIENT: QCoreApplication.translate(
            "Sharing", "This bundle was made for someone else, not for you; nothing was imported."
        ),
        RejectReason.UNKNOWN_SENDER: QCoreApplication.translate(
            "Sharing",
            "This bundle comes from someone you have not added as a partner; nothing was imported.",
        ),
        RejectReason.TAMPERED: QCoreApplication.translate(
            "Sharing",
            "This bundle was changed or damaged after it was made, so it cannot be trusted; "
            "nothing was imported.",
        ),
        RejectReason.INVALID_CONTENT: QCoreApplication.translate(
            "Sharing",
            "This bundle cannot be read; it may come from a newer HeartLog. Nothing was imported.",
        ),
        RejectReason.OLDER: QCoreApplication.translate(
            "Sharing", "This bundle is older than one already imported; nothing was imported."
        ),
        RejectReason.TOO_LARGE: QCoreApplication.translate(
            "Sharing", "This file is too large to be a share bundle."
        ),
        RejectReason.UNREADABLE: QCoreApplication.translate(
            "Sharing", "The bundle file cannot be read."
        ),
    }
    return texts.get(error.reason) or QCoreApplication.translate(
        "Sharing", "This bundle cannot be imported; nothing was imported."
    )


class Sharing(QObject):
    """Counted words; pyside6-lupdate sees plural forms only in ``self.tr`` calls."""

    def added(self, n: int) -> str:
        return resolve_english_plural(self.tr("%n new entry(ies)", "", n), n)

    def updated(self, n: int) -> str:
        return self.tr("%n updated", "", n)

    def removed(self, n: int) -> str:
        return self.tr("%n removed", "", n)

    def reflections(self, n: int) -> str:
        return resolve_english_plural(self.tr("%n reflection(s)", "", n), n)


def import_summary(result: ImportResult) -> str:
    if result.status is ImportStatus.REJECTED and result.error is not None:
        return rejection_text(result.error)
    if result.status is ImportStatus.ALREADY_IMPORTED:
        return fill(
            QCoreApplication.translate("Sharing", "Nothing new from %1."), result.partner_name
        )
    counts = Sharing()
    parts = [
        words(n)
        for n, words in (
            (result.added, counts.added),
            (result.updated, counts.updated),
            (result.removed, counts.removed),
            (result.reflections, counts.reflections),
        )
        if n
    ]
    detail = ", ".join(parts) if parts else QCoreApplication.translate("Sharing", "no changes")
    return fill(QCoreApplication.translate("Sharing", "From %1: %2"), result.partner_name, detail)


def local_datetime(moment: dt.datetime) -> str:
    """The date and time as the writer saw them, in this app's locale."""
    return QLocale().toString(
        QDateTime(moment.replace(tzinfo=None)), QLocale.FormatType.ShortFormat
    )
