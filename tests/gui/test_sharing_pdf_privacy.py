"""Property, for the PDF export too: each chosen entry is in it, no unchosen-only word is."""

from __future__ import annotations

import io
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from sharing_gui_helpers import couple_fixture  # noqa: F401  (the couple fixture)

from heartlog.core.errors import EntryNotFound
from heartlog.core.sharing.readable_export import export_readable
from heartlog.core.sharing.selection import select_entries
from heartlog.ui.sharing.pdf_render import html_to_pdf

pypdf = pytest.importorskip("pypdf")

from privacy_model import Spec, build, entry_words, journal_specs, tokens, wipe  # noqa: E402

_n = itertools.count()


def test_pdf_export_never_carries_unchosen_words(couple, tmp_path):
    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(spec=journal_specs())
    def check(spec: Spec) -> None:
        wipe(couple.ja, couple.jb)
        selection, chosen, unchosen, ids = build(couple.ja, spec)
        try:
            picked = select_entries(couple.ja, selection)
        except EntryNotFound:
            picked = []
        if not picked:
            return
        out = export_readable(
            couple.ja, picked, "pdf", tmp_path / f"x{next(_n)}.pdf", pdf_renderer=html_to_pdf
        )
        reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
        found = tokens(" ".join(page.extract_text() for page in reader.pages))
        chosen_words = entry_words(spec, ids, chosen)
        assert found >= chosen_words
        assert not (found & (entry_words(spec, ids, unchosen) - chosen_words))

    check()
