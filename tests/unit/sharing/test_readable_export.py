"""Readable Markdown and HTML exports of chosen entries."""

from __future__ import annotations

import pytest
from sharing_helpers import couple_fixture, day  # noqa: F401  (the couple fixture)

from heartlog.core.sharing.errors import NothingSelected
from heartlog.core.sharing.readable_export import (
    ExportFormat,
    ExportLabels,
    export_readable,
    render,
)
from heartlog.core.sharing.receive import receive_bundle_file
from heartlog.core.sharing.reflections import reflect
from heartlog.core.sharing.share_bundle import write_bundle


def test_markdown_has_warning_title_date_tags_mood_body(journal, tmp_path):
    e = journal.add(
        title="Our talk", body="We talked.\n# not a heading", tags=["us"], mood=4, written_at=day(0)
    )
    path = export_readable(journal, [e], "markdown", tmp_path / "x.md")
    text = path.read_text(encoding="utf-8")
    assert "This file is not encrypted" in text
    assert "## Our talk" in text
    assert "2026-03-01 20:00" in text and "#us" in text and "Mood: 4/5" in text
    assert "We talked." in text and "\\# not a heading" in text


def test_html_escapes_everything(journal, tmp_path):
    e = journal.add(title="<script>x</script>", body="a & b <b>c</b>\n\nsecond")
    text = export_readable(journal, [e], ExportFormat.HTML, tmp_path / "x.html").read_text()
    assert "<script>x" not in text and "&lt;script&gt;" in text
    assert "a &amp; b &lt;b&gt;c&lt;/b&gt;" in text
    assert 'class="warning"' in text
    assert text.count("<p>") >= 2


def test_reflections_appear_under_the_entry(couple, tmp_path):
    e = couple.ja.add(title="Shared", body="text")
    write_bundle(couple.ja, couple.a_partner_id, [e.id], tmp_path / "1.heartshare")
    receive_bundle_file(couple.jb, tmp_path / "1.heartshare")
    reflect(couple.jb, e.id, "I heard you")
    write_bundle(couple.jb, couple.b_partner_id, [], tmp_path / "2.heartshare")
    receive_bundle_file(couple.ja, tmp_path / "2.heartshare")
    text = render(couple.ja, [couple.ja.get(e.id)], "markdown")
    assert "Reflection from Sam" in text and "> I heard you" in text
    without = render(couple.ja, [couple.ja.get(e.id)], "markdown", include_reflections=False)
    assert "I heard you" not in without


def test_labels_can_be_translated(journal):
    e = journal.add(body="x")
    text = render(journal, [e], "html", ExportLabels(warning="Nicht verschlüsselt!"))
    assert "Nicht verschlüsselt!" in text


def test_nothing_chosen_writes_nothing(journal, tmp_path):
    with pytest.raises(NothingSelected):
        export_readable(journal, [], "html", tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()


def test_pdf_needs_a_renderer_and_uses_the_html(journal, tmp_path):
    e = journal.add(body="pdf body")
    seen = []

    def fake_renderer(html: str, title: str) -> bytes:
        seen.append((html, title))
        return b"%PDF-fake"

    with pytest.raises(ValueError):
        export_readable(journal, [e], "pdf", tmp_path / "x.pdf")
    path = export_readable(journal, [e], "pdf", tmp_path / "x.pdf", pdf_renderer=fake_renderer)
    assert path.read_bytes() == b"%PDF-fake"
    assert "pdf body" in seen[0][0] and seen[0][1] == "Shared from HeartLog"
