"""Share bundles between two profiles: content, updates, revocation, reflections."""

from __future__ import annotations

import pytest
from sharing_helpers import couple_fixture, day  # noqa: F401  (the couple fixture)

from heartlog.core.sharing import bundle_format, inbox, keys, selection, share_bundle
from heartlog.core.sharing.errors import RejectReason, ShareBundleRejected
from heartlog.core.sharing.receive import ImportStatus, receive_bundle, receive_bundle_file
from heartlog.core.sharing.reflections import (
    AUTHOR_ME,
    AUTHOR_PARTNER,
    delete_reflection,
    edit_reflection,
    reflect,
    reflections_for,
)
from heartlog.core.sharing.share_bundle import write_bundle


def _ten(journal):
    return [
        journal.add(body=f"body of entry {i}", title=f"Entry {i}", written_at=day(i), tags=["t"])
        for i in range(10)
    ]


def _send(couple, ids, tmp_path, name="a.heartshare"):
    path = tmp_path / name
    write_bundle(couple.ja, couple.a_partner_id, ids, path)
    return receive_bundle_file(couple.jb, path)


def test_b_sees_exactly_the_chosen_entries_newest_first(couple, tmp_path):
    entries = _ten(couple.ja)
    chosen = [entries[1].id, entries[4].id, entries[7].id]
    result = _send(couple, chosen, tmp_path)
    assert (result.status, result.added, result.partner_name) == (
        ImportStatus.IMPORTED,
        3,
        couple.a.profile.name,
    )
    got = inbox.inbox(couple.jb)
    assert [e.id for e in got] == chosen[::-1]
    assert got[0].title == "Entry 7" and got[0].body == "body of entry 7"
    assert got[0].written_at == entries[7].written_at
    assert got[0].tags == ("t",)


def test_shared_at_is_recorded_once(couple, tmp_path):
    e = _ten(couple.ja)[0]
    _send(couple, [e.id], tmp_path)
    first = couple.ja.get(e.id).shared_at
    assert first is not None and couple.ja.get(e.id).revoked_at is None
    _send(couple, [e.id], tmp_path)
    assert couple.ja.get(e.id).shared_at == first


def test_newer_bundle_updates_and_never_duplicates(couple, tmp_path):
    e = _ten(couple.ja)[0]
    _send(couple, [e.id], tmp_path)
    couple.ja.update(e.id, body="changed body", tags=["t", "new"])
    result = _send(couple, [e.id], tmp_path, "b.heartshare")
    assert (result.added, result.updated) == (0, 1)
    got = inbox.inbox(couple.jb)
    assert len(got) == 1 and got[0].body == "changed body" and got[0].tags == ("new", "t")
    assert [e.title for e in inbox.search_inbox(couple.jb, "changed")] == ["Entry 0"]
    assert inbox.search_inbox(couple.jb, "of entry") == []  # the old text left the index


def test_same_bundle_twice_is_already_imported(couple, tmp_path):
    e = _ten(couple.ja)[0]
    first = _send(couple, [e.id], tmp_path)
    again = receive_bundle_file(couple.jb, first.path)
    assert again.status is ImportStatus.ALREADY_IMPORTED
    assert len(inbox.inbox(couple.jb)) == 1


def test_older_bundle_is_rejected_after_a_newer_one(couple, tmp_path):
    entries = _ten(couple.ja)
    old = tmp_path / "old.heartshare"
    write_bundle(couple.ja, couple.a_partner_id, [entries[0].id], old)
    _send(couple, [entries[0].id, entries[1].id], tmp_path, "new.heartshare")
    with pytest.raises(ShareBundleRejected) as err:
        receive_bundle_file(couple.jb, old)
    assert err.value.reason is RejectReason.OLDER
    assert len(inbox.inbox(couple.jb)) == 2


def test_revoking_removes_the_entry_from_the_partner(couple, tmp_path):
    entries = _ten(couple.ja)
    ids = [entries[0].id, entries[1].id, entries[2].id]
    selection.mark(couple.ja, ids)
    _send(couple, [e.id for e in selection.marked_entries(couple.ja)], tmp_path)
    selection.mark(couple.ja, [ids[2]], marked=False)
    plan = share_bundle.plan_share(
        couple.ja, couple.a_partner_id, [e.id for e in selection.marked_entries(couple.ja)]
    )
    assert [r.id for r in plan.revoked] == [ids[2]]
    assert plan.revoked[0].heading == "Entry 2"
    result = _send(couple, [e.id for e in plan.entries], tmp_path, "b.heartshare")
    assert result.removed == 1
    assert {e.id for e in inbox.inbox(couple.jb)} == set(ids[:2])
    assert couple.ja.get(ids[2]).revoked_at is not None
    # Sharing it again clears the revocation.
    _send(couple, ids, tmp_path, "c.heartshare")
    assert couple.ja.get(ids[2]).revoked_at is None
    assert len(inbox.inbox(couple.jb)) == 3


def test_deleted_shared_entry_is_revoked(couple, tmp_path):
    entries = _ten(couple.ja)
    _send(couple, [entries[0].id, entries[1].id], tmp_path)
    couple.ja.delete(entries[1].id)
    result = _send(couple, [entries[0].id], tmp_path, "b.heartshare")
    assert result.removed == 1


def test_reflections_travel_back_and_show_under_my_entry(couple, tmp_path):
    entries = _ten(couple.ja)
    _send(couple, [entries[3].id], tmp_path)
    mine = reflect(couple.jb, entries[3].id, "What I heard is that you felt unheard.")
    assert mine.author == AUTHOR_ME
    back = tmp_path / "back.heartshare"
    result = write_bundle(couple.jb, couple.b_partner_id, [], back)
    assert (result.shared, result.reflections) == (0, 1)
    imported = receive_bundle_file(couple.ja, back)
    assert imported.reflections == 1
    got = reflections_for(couple.ja, entries[3].id)
    assert [(r.author, r.body, r.partner_name) for r in got] == [
        (AUTHOR_PARTNER, "What I heard is that you felt unheard.", "Sam")
    ]
    # An edit and then a deletion travel too.
    edit_reflection(couple.jb, mine.id, "What I heard: you felt alone.")
    write_bundle(couple.jb, couple.b_partner_id, [], back)
    receive_bundle_file(couple.ja, back)
    assert [r.body for r in reflections_for(couple.ja, entries[3].id)] == [
        "What I heard: you felt alone."
    ]
    delete_reflection(couple.jb, mine.id)
    write_bundle(couple.jb, couple.b_partner_id, [], back)
    receive_bundle_file(couple.ja, back)
    assert reflections_for(couple.ja, entries[3].id) == []


def test_reflection_only_on_a_received_entry(couple):
    from heartlog.core.sharing.errors import ReflectionError

    e = couple.jb.add(body="mine")
    with pytest.raises(ReflectionError):
        reflect(couple.jb, e.id, "on my own entry")
    with pytest.raises(ReflectionError):
        reflect(couple.jb, "nope", "")


def _forged_bundle(couple, payload):
    """A bundle A's key really signs, with a payload of our choosing."""
    me = keys.private_key(couple.ja)
    return bundle_format.seal(me, keys.public_key(couple.jb), 10**15, payload)


def _payload(entries=(), reflections=(), revoked=()):
    return {
        "format": 1,
        "created_at": "2026-03-01T10:00:00+00:00",
        "entries": list(entries),
        "revoked": list(revoked),
        "reflections": list(reflections),
    }


def test_partner_reflections_only_on_my_entries_and_no_id_hijack(couple):
    own = couple.jb.add(body="b's entry")
    received = couple.jb  # B receives from A
    e = _ten(couple.jb)[0]
    from heartlog.core.sharing.receive import receive_bundle as rb

    # B first has its own reflection (author me) on something A shared.
    ok = _forged_bundle(
        couple,
        _payload(
            entries=[
                {
                    "id": "a-entry",
                    "written_at": "2026-03-01T10:00:00+01:00",
                    "title": "T",
                    "body": "B",
                    "tags": [],
                    "mood": 3,
                    "updated_at": "2026-03-01T10:00:00+00:00",
                }
            ]
        ),
    )
    rb(received, ok)
    my_refl = reflect(couple.jb, "a-entry", "mine")
    bad = bundle_format.seal(
        keys.private_key(couple.ja),
        keys.public_key(couple.jb),
        10**15 + 1,
        _payload(
            entries=[],
            reflections=[
                {
                    "id": my_refl.id,  # tries to overwrite B's own reflection
                    "entry_id": own.id,
                    "body": "hijack",
                    "created_at": "2026-03-01T10:00:00+00:00",
                    "updated_at": "2026-03-01T10:00:00+00:00",
                },
                {
                    "id": "r-unknown",
                    "entry_id": "not-an-entry-of-b",
                    "body": "ignored",
                    "created_at": "2026-03-01T10:00:00+00:00",
                    "updated_at": "2026-03-01T10:00:00+00:00",
                },
                {
                    "id": "r-ok",
                    "entry_id": e.id,
                    "body": "kept",
                    "created_at": "2026-03-01T10:00:00+00:00",
                    "updated_at": "2026-03-01T10:00:00+00:00",
                },
            ],
        ),
    )
    receive_bundle(couple.jb, bad)
    assert [r.body for r in reflections_for(couple.jb, e.id)] == ["kept"]
    assert reflections_for(couple.jb, own.id) == []
    assert [r.body for r in reflections_for(couple.jb, "a-entry")] == ["mine"]


def test_older_content_never_overwrites_newer(couple):
    def entry(body, updated):
        return {
            "id": "x1",
            "written_at": "2026-03-01T10:00:00+01:00",
            "title": "T",
            "body": body,
            "tags": [],
            "mood": None,
            "updated_at": updated,
        }

    me, to = keys.private_key(couple.ja), keys.public_key(couple.jb)
    receive_bundle(
        couple.jb,
        bundle_format.seal(me, to, 5, _payload([entry("new", "2026-03-02T00:00:00+00:00")])),
    )
    receive_bundle(
        couple.jb,
        bundle_format.seal(me, to, 6, _payload([entry("old", "2026-03-01T00:00:00+00:00")])),
    )
    assert [e.body for e in inbox.inbox(couple.jb)] == ["new"]


@pytest.mark.parametrize(
    "bad",
    [
        {"format": 2},
        _payload(entries=[{"id": "x"}]),
        _payload(entries=[{"id": "bad id with spaces"}]),
        _payload(revoked=[1]),
        _payload(
            entries=[
                {
                    "id": "x",
                    "written_at": "2026-03-01T10:00:00",  # no time zone
                    "title": "T",
                    "body": "B",
                    "tags": [],
                    "mood": None,
                    "updated_at": "2026-03-01T10:00:00+00:00",
                }
            ]
        ),
        _payload(
            entries=[
                {
                    "id": "x",
                    "written_at": "2026-03-01T10:00:00+00:00",
                    "title": "T",
                    "body": "B",
                    "tags": [],
                    "mood": 9,
                    "updated_at": "2026-03-01T10:00:00+00:00",
                }
            ]
        ),
    ],
)
def test_invalid_payload_from_a_real_partner_is_rejected_whole(couple, bad):
    data = _forged_bundle(couple, bad)
    with pytest.raises(ShareBundleRejected) as err:
        receive_bundle(couple.jb, data)
    assert err.value.reason is RejectReason.INVALID_CONTENT
    assert inbox.inbox(couple.jb) == []
