"""The HTML preview of exactly what a share will let leave the journal."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from heartlog.core.journal import Entry, Journal
from heartlog.core.sharing.readable_export import ExportLabels, collect_reflections, to_html
from heartlog.core.sharing.share_bundle import SharePlan


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharePreview", text)


def export_labels() -> ExportLabels:
    """The readable document's fixed words, translated."""
    return ExportLabels(
        title=_tr("Shared from HeartLog"),
        warning=_tr("This file is not encrypted. Anyone who can open it can read these entries."),
        tags=_tr("Tags"),
        mood=_tr("Mood"),
        reflection_by_me=_tr("My reflection"),
        reflection_by_partner=_tr("Reflection from {name}"),
        untitled=_tr("Untitled"),
    )


def readable_preview(journal: Journal, entries: Sequence[Entry]) -> str:
    """The document as it will be written (the same HTML the PDF is laid out from)."""
    return to_html(entries, collect_reflections(journal, entries), export_labels())


def bundle_preview(plan: SharePlan) -> str:
    """The entries, reflections and revocations a bundle will carry."""
    esc = html.escape
    labels = export_labels()
    parts = [
        f"<h1>{esc(_tr('For %1, encrypted').replace('%1', plan.partner.name))}</h1>",
        to_html(plan.entries, {}, labels).split("<body>", 1)[-1].split("</body>", 1)[0]
        if plan.entries
        else f"<p><i>{esc(_tr('No entries.'))}</i></p>",
    ]
    # Drop the readable document's own title and warning: this file is encrypted.
    parts[1] = parts[1].replace(f"<h1>{esc(labels.title)}</h1>", "", 1)
    parts[1] = parts[1].replace(f'<p class="warning">{esc(labels.warning)}</p>', "", 1)
    if plan.reflections:
        parts.append(f"<h2>{esc(_tr('Your reflections on their entries'))}</h2>")
        parts += [f"<blockquote>{esc(r.body)}</blockquote>" for r in plan.reflections]
    if plan.revoked:
        parts.append(
            f"<h2>{esc(_tr('Removed from what %1 can read').replace('%1', plan.partner.name))}</h2>"
        )
        parts.append(
            "<ul>"
            + "".join(f"<li>{esc(r.heading or _tr('(deleted entry)'))}</li>" for r in plan.revoked)
            + "</ul>"
        )
    return "\n".join(parts)
