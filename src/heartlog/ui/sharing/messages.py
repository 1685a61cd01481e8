"""Translated texts for sharing results and rejections (core messages are English)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from heartlog.core.sharing.errors import RejectReason, ShareBundleRejected
from heartlog.core.sharing.receive import ImportResult, ImportStatus


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Sharing", text, None, n)


def rejection_text(error: BaseException) -> str:
    if not isinstance(error, ShareBundleRejected):
        return str(error)
    texts = {
        RejectReason.NOT_A_BUNDLE: _tr("This file is not a HeartLog share bundle."),
        RejectReason.UNSUPPORTED_VERSION: _tr(
            "This bundle comes from a newer HeartLog. Update HeartLog to open it."
        ),
        RejectReason.TRUNCATED: _tr(
            "This bundle is incomplete. Ask your partner to share again; nothing was imported."
        ),
        RejectReason.EXTENDED: _tr(
            "This bundle has extra data added to it and may have been tampered with; "
            "nothing was imported."
        ),
        RejectReason.OWN_BUNDLE: _tr(
            "You made this bundle for your partner; open it in your partner's HeartLog."
        ),
        RejectReason.WRONG_RECIPIENT: _tr(
            "This bundle was made for someone else, not for you; nothing was imported."
        ),
        RejectReason.UNKNOWN_SENDER: _tr(
            "This bundle comes from someone you have not added as a partner; nothing was imported."
        ),
        RejectReason.TAMPERED: _tr(
            "This bundle was changed or damaged after it was made, so it cannot be trusted; "
            "nothing was imported."
        ),
        RejectReason.INVALID_CONTENT: _tr(
            "This bundle cannot be read; it may come from a newer HeartLog. Nothing was imported."
        ),
        RejectReason.OLDER: _tr(
            "This bundle is older than one already imported; nothing was imported."
        ),
        RejectReason.TOO_LARGE: _tr("This file is too large to be a share bundle."),
        RejectReason.UNREADABLE: _tr("The bundle file cannot be read."),
    }
    return texts.get(error.reason, str(error))


def import_summary(result: ImportResult) -> str:
    if result.status is ImportStatus.REJECTED and result.error is not None:
        return rejection_text(result.error)
    if result.status is ImportStatus.ALREADY_IMPORTED:
        return _tr("Nothing new from %1.").replace("%1", result.partner_name)
    parts = []
    if result.added:
        parts.append(_tr("%n new entries", result.added))
    if result.updated:
        parts.append(_tr("%n updated", result.updated))
    if result.removed:
        parts.append(_tr("%n removed", result.removed))
    if result.reflections:
        parts.append(_tr("%n reflections", result.reflections))
    detail = ", ".join(parts) if parts else _tr("no changes")
    return _tr("From %1: %2").replace("%1", result.partner_name).replace("%2", detail)


def local_datetime(moment: dt.datetime) -> str:
    """The date and time as the writer saw them, in this app's locale."""
    return QLocale().toString(
        QDateTime(moment.replace(tzinfo=None)), QLocale.FormatType.ShortFormat
    )
