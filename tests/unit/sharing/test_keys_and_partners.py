"""Key pair, share codes, fingerprints and adding partners."""

from __future__ import annotations

import re

import pytest
from sharing_helpers import couple_fixture  # noqa: F401  (the couple fixture)

from heartlog.core.sharing import keys, partners, share_code
from heartlog.core.sharing.errors import InvalidShareCode, PartnerNotFound


def test_key_pair_is_created_once_and_kept(profile, journal):
    first = keys.public_key(journal)
    assert len(first) == 32
    assert keys.public_key(journal) == first


def test_key_pair_survives_relock(profile):
    from heartlog.core.profiles import unlock
    from heartlog_testing import PASSPHRASE

    with unlock(profile, PASSPHRASE) as op:
        key = keys.public_key(op.journal)
    with unlock(profile, PASSPHRASE) as op:
        assert keys.public_key(op.journal) == key


def test_share_code_round_trip_and_fingerprint(journal):
    key = keys.public_key(journal)
    code = share_code.format_share_code(key)
    assert re.fullmatch(r"heartlog-share-1:[A-Z2-7]{52}:[A-Z2-7]{8}", code)
    parsed = share_code.parse_share_code(f"  here it is: {code.lower()} thanks ")
    assert parsed.public_key == key
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{4}){3}", keys.fingerprint(key))
    assert parsed.fingerprint == keys.fingerprint(key)


def test_share_code_file_carries_the_name(journal, tmp_path):
    key = keys.public_key(journal)
    path = share_code.write_share_code_file(tmp_path / "me.heartcode", key, "Alex  Doe")
    text = share_code.read_code_argument(str(path))
    parsed = share_code.parse_share_code(text)
    assert (parsed.public_key, parsed.name) == (key, "Alex Doe")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hello", "not a HeartLog share code"),
        ("heartlog-share-2:AAAA:BBBB", "version 2"),
        ("heartlog-share-1:AAAA:BBBBBBBB", "typing or copy mistake"),
    ],
)
def test_malformed_codes_are_refused_clearly(journal, text, message):
    with pytest.raises(InvalidShareCode, match=message):
        partners.add_partner(journal, text)
    assert partners.list_partners(journal) == []


def test_one_changed_character_is_caught(journal):
    code = share_code.format_share_code(bytes(range(32)))
    body_start = len("heartlog-share-1:")
    for i in range(body_start, len(code)):
        if code[i] == ":":
            continue
        swapped = code[:i] + ("A" if code[i] != "A" else "B") + code[i + 1 :]
        with pytest.raises(InvalidShareCode):
            share_code.parse_share_code(swapped)


def test_own_code_is_refused(journal):
    own = share_code.format_share_code(keys.public_key(journal))
    with pytest.raises(InvalidShareCode, match="own share code"):
        partners.add_partner(journal, own, "Me")
    assert partners.list_partners(journal) == []


def test_re_adding_a_key_renames_instead_of_duplicating(journal):
    code = share_code.format_share_code(bytes(range(32)))
    first = partners.add_partner(journal, code, "Sam")
    again = partners.add_partner(journal, code, "Samira")
    assert again.id == first.id
    assert [p.name for p in partners.list_partners(journal)] == ["Samira"]
    # Without a name, the known name stays.
    assert partners.add_partner(journal, code).name == "Samira"


def test_find_partner(journal):
    with pytest.raises(PartnerNotFound, match="No partner yet"):
        partners.find_partner(journal)
    partners.add_partner(journal, share_code.format_share_code(bytes(range(32))), "Sam")
    assert partners.find_partner(journal).name == "Sam"
    assert partners.find_partner(journal, "sam").name == "Sam"
    partners.add_partner(journal, share_code.format_share_code(bytes(range(1, 33))), "Kim")
    with pytest.raises(PartnerNotFound, match="several"):
        partners.find_partner(journal)
    with pytest.raises(PartnerNotFound, match="Kim, Sam"):
        partners.find_partner(journal, "Lee")


def test_remove_partner_forgets_what_they_shared(couple):
    from heartlog.core.sharing import inbox, selection, share_bundle
    from heartlog.core.sharing.receive import receive_bundle_file

    e = couple.ja.add(body="hello there", title="One")
    selection.mark(couple.ja, [e.id])
    share_bundle.write_bundle(
        couple.ja, couple.a_partner_id, [e.id], couple.a.profile.folder / "x.heartshare"
    )
    receive_bundle_file(couple.jb, couple.a.profile.folder / "x.heartshare")
    assert len(inbox.inbox(couple.jb)) == 1
    partners.remove_partner(couple.jb, couple.b_partner_id)
    assert inbox.inbox(couple.jb) == []
    assert partners.list_partners(couple.jb) == []
