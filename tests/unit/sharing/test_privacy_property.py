"""Property: a bundle or readable export carries each chosen entry and not one word
that appears only in entries that were not chosen; no analysis data leaves.
"""

from __future__ import annotations

import itertools
import json

from hypothesis import HealthCheck, given, settings
from privacy_model import Spec, build, entry_words, journal_specs, tokens, wipe
from sharing_helpers import make_couple

from heartlog.core.errors import EntryNotFound
from heartlog.core.sharing import bundle_format, inbox, keys
from heartlog.core.sharing.readable_export import ExportFormat, export_readable
from heartlog.core.sharing.receive import receive_bundle_file
from heartlog.core.sharing.selection import select_entries
from heartlog.core.sharing.share_bundle import write_bundle

_n = itertools.count()
PAYLOAD_KEYS = {"format", "created_at", "entries", "revoked", "reflections"}
ENTRY_KEYS = {"id", "written_at", "title", "body", "tags", "mood", "updated_at"}


def test_nothing_unchosen_ever_leaves(tmp_path):
    couple = make_couple()
    try:
        _check_examples(couple, tmp_path)
    finally:
        couple.close()


def _check_examples(couple, tmp_path):
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(spec=journal_specs())
    def check(spec: Spec) -> None:
        wipe(couple.ja, couple.jb)
        out = tmp_path / f"p{next(_n)}"
        selection, chosen, unchosen, ids = build(couple.ja, spec)
        try:
            picked = select_entries(couple.ja, selection)
        except EntryNotFound:  # the "no ids" case: an empty id matches nothing
            picked = []
        assert sorted(e.id for e in picked) == sorted(chosen)
        chosen_words = entry_words(spec, ids, chosen)
        secret = entry_words(spec, ids, unchosen) - chosen_words

        # Encrypted bundle, decrypted by the recipient.
        path = out / "b.heartshare"
        write_bundle(couple.ja, couple.a_partner_id, [e.id for e in picked], path)
        data = path.read_bytes()
        payload = bundle_format.open_sealed(
            data, bundle_format.read_header(data), keys.private_key(couple.jb)
        )
        assert set(payload) == PAYLOAD_KEYS
        assert all(set(e) == ENTRY_KEYS for e in payload["entries"])
        assert "compound" not in json.dumps(payload) and "evidence" not in json.dumps(payload)
        assert sorted(e["id"] for e in payload["entries"]) == sorted(chosen)
        text = json.dumps(payload, ensure_ascii=False)
        assert tokens(text) >= chosen_words
        assert not (tokens(text) & secret)
        receive_bundle_file(couple.jb, path)
        assert sorted(e.id for e in inbox.inbox(couple.jb)) == sorted(chosen)

        # Readable exports.
        if picked:
            for fmt in (ExportFormat.MARKDOWN, ExportFormat.HTML):
                target = export_readable(couple.ja, picked, fmt, out / f"x{fmt.suffix}")
                found = tokens(target.read_text(encoding="utf-8"))
                assert found >= chosen_words, fmt
                assert not (found & secret), fmt

    check()
