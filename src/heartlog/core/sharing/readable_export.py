"""Readable, unencrypted documents (Markdown, HTML, PDF) of exactly the chosen entries.

Core writes Markdown and HTML itself. PDF is laid out from the same HTML by a
renderer the caller passes in (the UI and the CLI use Qt's QTextDocument and
QPdfWriter), because core never imports Qt and no PDF library is a dependency.
"""

from __future__ import annotations

import datetime as dt
import enum
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from heartlog.core.atomic_file import atomic_write_bytes, atomic_write_text
from heartlog.core.journal import Entry, Journal
from heartlog.core.sharing.errors import NothingSelected
from heartlog.core.sharing.reflections import AUTHOR_ME, ReflectionInfo, reflections_for

PdfRenderer = Callable[[str, str], bytes]  # (html, title) -> PDF bytes


class ExportFormat(enum.StrEnum):
    MARKDOWN = "markdown"
    HTML = "html"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        return {"markdown": ".md", "html": ".html", "pdf": ".pdf"}[self.value]


@dataclass(frozen=True)
class ExportLabels:
    """The document's fixed words; the UI passes translated ones."""

    title: str = "Shared from HeartLog"
    warning: str = "This file is not encrypted. Anyone who can open it can read these entries."
    tags: str = "Tags"
    mood: str = "Mood"
    reflection_by_me: str = "My reflection"
    reflection_by_partner: str = "Reflection from {name}"
    untitled: str = "Untitled"
    # How an entry's date and time are written (the UI passes its locale's format).
    when: Callable[[dt.datetime], str] | None = None


def _when(entry: Entry, labels: ExportLabels) -> str:
    if labels.when is not None:
        return labels.when(entry.written_at)
    return entry.written_at.strftime("%Y-%m-%d %H:%M")


def _reflection_label(r: ReflectionInfo, labels: ExportLabels) -> str:
    if r.author == AUTHOR_ME:
        return labels.reflection_by_me
    return labels.reflection_by_partner.format(name=r.partner_name)


def _md_escape_line(line: str) -> str:
    # Keep the text as written; only stop a line from turning into a heading or rule.
    if line.lstrip().startswith(("#", "---", "===")):
        return "\\" + line
    return line


def to_markdown(
    entries: Sequence[Entry],
    reflections: dict[str, list[ReflectionInfo]],
    labels: ExportLabels = ExportLabels(),
) -> str:
    parts = [f"# {labels.title}", "", f"> **{labels.warning}**", ""]
    for e in entries:
        parts += [f"## {_md_escape_line(e.title.strip() or labels.untitled)}", ""]
        meta = [f"*{_when(e, labels)}*"]
        if e.tags:
            meta.append(f"{labels.tags}: " + ", ".join(f"#{t}" for t in e.tags))
        if e.mood is not None:
            meta.append(f"{labels.mood}: {e.mood}/5")
        parts += [" · ".join(meta), ""]
        parts += [_md_escape_line(ln) for ln in e.body.splitlines()] + [""]
        for r in reflections.get(e.id, []):
            parts.append(f"> **{_reflection_label(r, labels)}**")
            parts += ["> " + ln for ln in r.body.splitlines()]
            parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def _html_paragraphs(text: str) -> str:
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "\n".join(
        "<p>" + "<br>\n".join(html.escape(ln) for ln in b.split("\n")) + "</p>" for b in blocks
    )


_STYLE = (
    "body{font-family:sans-serif;max-width:42em;margin:2em auto;line-height:1.5;color:#222}"
    ".warning{background:#fff3cd;border:1px solid #e0b000;padding:.6em;font-weight:bold}"
    ".meta{color:#555;font-style:italic}"
    ".reflection{border-left:3px solid #b05;padding-left:.8em;margin-left:.5em;color:#333}"
    "h2{margin-top:1.6em;border-bottom:1px solid #ddd}"
)


def to_html(
    entries: Sequence[Entry],
    reflections: dict[str, list[ReflectionInfo]],
    labels: ExportLabels = ExportLabels(),
) -> str:
    esc = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{esc(labels.title)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{esc(labels.title)}</h1>",
        f'<p class="warning">{esc(labels.warning)}</p>',
    ]
    for e in entries:
        meta = [esc(_when(e, labels))]
        if e.tags:
            meta.append(esc(f"{labels.tags}: " + ", ".join(f"#{t}" for t in e.tags)))
        if e.mood is not None:
            meta.append(esc(f"{labels.mood}: {e.mood}/5"))
        out += [
            f'<div class="entry"><h2>{esc(e.title.strip() or labels.untitled)}</h2>',
            f'<p class="meta">{" · ".join(meta)}</p>',
            _html_paragraphs(e.body),
        ]
        for r in reflections.get(e.id, []):
            out += [
                '<blockquote class="reflection">',
                f"<p><b>{esc(_reflection_label(r, labels))}</b></p>",
                _html_paragraphs(r.body),
                "</blockquote>",
            ]
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def collect_reflections(
    journal: Journal, entries: Sequence[Entry]
) -> dict[str, list[ReflectionInfo]]:
    return {e.id: reflections_for(journal, e.id) for e in entries}


def render(
    journal: Journal,
    entries: Sequence[Entry],
    fmt: ExportFormat | str,
    labels: ExportLabels = ExportLabels(),
    include_reflections: bool = True,
) -> str:
    """The Markdown or HTML text (for PDF: the HTML it is laid out from)."""
    fmt = ExportFormat(fmt)
    refl = collect_reflections(journal, entries) if include_reflections else {}
    return (
        to_markdown(entries, refl, labels)
        if fmt is ExportFormat.MARKDOWN
        else to_html(entries, refl, labels)
    )


def export_readable(
    journal: Journal,
    entries: Sequence[Entry],
    fmt: ExportFormat | str,
    path: str | Path,
    *,
    pdf_renderer: PdfRenderer | None = None,
    labels: ExportLabels = ExportLabels(),
    include_reflections: bool = True,
) -> Path:
    """Write the chosen entries (and reflections on them) as a readable file, atomically."""
    if not entries:
        raise NothingSelected("No entries were chosen, so there is nothing to export.")
    fmt = ExportFormat(fmt)
    target = Path(path)
    document = render(journal, entries, fmt, labels, include_reflections)
    if fmt is ExportFormat.PDF:
        if pdf_renderer is None:
            raise ValueError("a PDF export needs a pdf_renderer")
        atomic_write_bytes(target, pdf_renderer(document, labels.title))
    else:
        atomic_write_text(target, document)
    return target
