"""The HTML preview of exactly what a share will let leave the journal."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from heartlog.core.journal import Entry, Journal
from heartlog.core.sharing.readable_export import ExportLabels, collect_reflections, to_html
from heartlog.core.sharing.share_bundle import SharePlan
from heartlog.ui.placeholder_text import fill
from heartlog.ui.sharing.messages import local_datetime


def export_labels() -> ExportLabels:
    """The readable document's fixed words, translated."""
    return ExportLabels(
        title=QCoreApplication.translate("SharePreview", "Shared from HeartLog"),
        warning=QCoreApplication.translate(
            "SharePreview",
            "This file is not encrypted. Anyone who can open it can read these entries.",
        ),
        tags=QCoreApplication.translate("SharePreview", "Tags"),
        mood=QCoreApplication.translate("SharePreview", "Mood"),
        reflection_by_me=QCoreApplication.translate("SharePreview", "My reflection"),
        reflection_by_partner=QCoreApplication.translate("SharePreview", "Reflection from {name}"),
        untitled=QCoreApplication.translate("SharePreview", "Untitled"),
        when=local_datetime,
    )


def readable_preview(journal: Journal, entries: Sequence[Entry]) -> str:
    """The document as it will be written (the same HTML the PDF is laid out from)."""
    return to_html(entries, collect_reflections(journal, entries), export_labels())


def bundle_preview(plan: SharePlan) -> str:
    """The entries, reflections and revocations a bundle will carry."""
    esc = html.escape
    labels = export_labels()
    heading = fill(
        QCoreApplication.translate("SharePreview", "For %1, encrypted"), plan.partner.name
    )
    no_entries = QCoreApplication.translate("SharePreview", "No entries.")
    parts = [
        f"<h1>{esc(heading)}</h1>",
        to_html(plan.entries, {}, labels).split("<body>", 1)[-1].split("</body>", 1)[0]
        if plan.entries
        else f"<p><i>{esc(no_entries)}</i></p>",
    ]
    # Drop the readable document's own title and warning: this file is encrypted.
    parts[1] = parts[1].replace(f"<h1>{esc(labels.title)}</h1>", "", 1)
    parts[1] = parts[1].replace(f'<p class="warning">{esc(labels.warning)}</p>', "", 1)
    if plan.reflections:
        mine = QCoreApplication.translate("SharePreview", "Your reflections on their entries")
        parts.append(f"<h2>{esc(mine)}</h2>")
        parts += [f"<blockquote>{esc(r.body)}</blockquote>" for r in plan.reflections]
    if plan.revoked:
        removed = fill(
            QCoreApplication.translate("SharePreview", "Removed from what %1 can read"),
            plan.partner.name,
        )
        deleted = QCoreApplication.translate("SharePreview", "(deleted entry)")
        parts.append(f"<h2>{esc(removed)}</h2>")
        parts.append(
            "<ul>"
            + "".join(f"<li>{esc(r.heading or deleted)}</li>" for r in plan.revoked)
            + "</ul>"
        )
    return "\n".join(parts)
