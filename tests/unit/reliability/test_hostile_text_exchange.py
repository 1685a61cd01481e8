"""Hostile text round-trips through whole-journal export/import and share bundles.

The companion of test_hostile_text.py (storage): the same texts, now through
every way an entry leaves one journal and enters another.
"""

from __future__ import annotations

import pytest
from test_hostile_text import HOSTILE, TEN_MB

from heartlog.core.interop import export_journal_json, export_markdown_folder, import_path
from heartlog.core.profiles import create_profile, unlock
from heartlog.core.sharing import keys, partners, receive, share_bundle
from heartlog.core.sharing.inbox import inbox
from heartlog.core.sharing.share_code import format_share_code
from heartlog_testing import PASSPHRASE


def _fill(journal) -> dict[str, str]:
    return {
        journal.add(text, title=f"{name} {text[:20]}").id: text for name, text in HOSTILE.items()
    }


def test_json_export_and_import_keep_hostile_text_exactly(journal, tmp_path):
    big = ("We listened to each other. " + HOSTILE["emoji_zwj"] + "\n") * (TEN_MB // 60)
    written = _fill(journal)
    written[journal.add(big, title="ten megabytes").id] = big
    out = tmp_path / "all.json"
    assert export_journal_json(journal, out) == len(written)

    other = create_profile("Other", PASSPHRASE)
    with unlock(other, PASSPHRASE) as opened:
        result = import_path(opened.journal, out, "heartlog-json")
        assert result.imported == len(written)
        for entry_id, text in written.items():
            assert opened.journal.get(entry_id).body == text
        again = import_path(opened.journal, out, "heartlog-json")
        assert (again.imported, again.skipped) == (0, len(written))


@pytest.mark.parametrize("name", sorted(set(HOSTILE) - {"nul", "newlines"}))
def test_markdown_folder_export_and_import_keep_hostile_text(journal, tmp_path, name):
    # NUL bytes and lone CRs are not Markdown text: the JSON export carries those.
    text = HOSTILE[name]
    entry = journal.add(text, title="hostile")
    folder = tmp_path / "md"
    export_markdown_folder(journal, folder)
    other = create_profile("Other", PASSPHRASE)
    with unlock(other, PASSPHRASE) as opened:
        import_path(opened.journal, folder, "markdown")
        (got,) = opened.journal.list()
        assert got.body == text and got.written_at == entry.written_at


def test_share_bundles_keep_hostile_text_exactly(journal, tmp_path):
    written = _fill(journal)
    partner = create_profile("Partner", PASSPHRASE)
    bundle = tmp_path / "b.heartshare"
    with unlock(partner, PASSPHRASE) as them:
        info = partners.add_partner(journal, format_share_code(keys.public_key(them.journal)))
        partners.add_partner(them.journal, format_share_code(keys.public_key(journal)))
        share_bundle.write_bundle(journal, info.id, list(written), bundle)
        receive.receive_bundle_file(them.journal, bundle)
        received = {e.id: e.body for e in inbox(them.journal)}
    assert received == written
