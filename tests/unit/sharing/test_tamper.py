"""Tampered, truncated, extended, misaddressed and foreign bundles are rejected whole."""

from __future__ import annotations

import pytest
from sharing_helpers import couple_fixture, dump_shared_state, make_couple  # noqa: F401

from heartlog.core.errors import BundleRejected
from heartlog.core.sharing import bundle_format, inbox, keys, partners, share_code
from heartlog.core.sharing.errors import RejectReason
from heartlog.core.sharing.receive import receive_bundle
from heartlog.core.sharing.reflections import reflect
from heartlog.core.sharing.share_bundle import write_bundle


@pytest.fixture
def primed(couple, tmp_path):
    """B has imported one bundle from A and reflected; then A makes a new small bundle."""
    one = couple.ja.add(body="first", title="One")
    two = couple.ja.add(body="second", title="Two")
    write_bundle(couple.ja, couple.a_partner_id, [one.id], tmp_path / "first.heartshare")
    receive_bundle(couple.jb, (tmp_path / "first.heartshare").read_bytes())
    reflect(couple.jb, one.id, "heard")
    couple.ja.update(one.id, body="first, changed")
    write_bundle(couple.ja, couple.a_partner_id, [two.id], tmp_path / "next.heartshare")
    data = (tmp_path / "next.heartshare").read_bytes()
    return couple, data


def _assert_all_rejected(journal, variants):
    before = dump_shared_state(journal)
    accepted = []
    for label, data in variants:
        try:
            receive_bundle(journal, data)
        except BundleRejected as exc:
            assert str(exc).endswith("."), str(exc)
            continue
        accepted.append(label)
    assert accepted == []
    assert dump_shared_state(journal) == before


def test_untouched_bundle_is_accepted(primed):
    couple, data = primed
    assert len(data) < 600  # small enough to flip every byte
    receive_bundle(couple.jb, data)
    assert [e.title for e in inbox.inbox(couple.jb)] == ["Two"]


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_every_single_byte_flip_is_rejected(primed, mask):
    couple, data = primed
    variants = []
    for i in range(len(data)):
        flipped = bytearray(data)
        flipped[i] ^= mask
        variants.append((f"byte {i} ^ {mask:#x}", bytes(flipped)))
    _assert_all_rejected(couple.jb, variants)


def test_every_truncation_is_rejected(primed):
    couple, data = primed
    _assert_all_rejected(couple.jb, [(f"first {n} bytes", data[:n]) for n in range(len(data))])


def test_extensions_are_rejected(primed):
    couple, data = primed
    tails = [b"\0", b"x", b"\0" * 16, data, b"HEARTSHARE"]
    _assert_all_rejected(couple.jb, [(repr(t[:8]), data + t) for t in tails])
    with pytest.raises(BundleRejected) as err:
        receive_bundle(couple.jb, data + b"\0")
    assert err.value.reason is RejectReason.EXTENDED


def test_reasons_are_specific(primed):
    couple, data = primed
    cases = {
        RejectReason.NOT_A_BUNDLE: b"PK\x03\x04 a zip file",
        RejectReason.UNSUPPORTED_VERSION: data[:10] + b"\x02" + data[11:],
        RejectReason.TRUNCATED: data[:-1],
        RejectReason.TAMPERED: data[:-1] + bytes([data[-1] ^ 1]),
    }
    for reason, variant in cases.items():
        with pytest.raises(BundleRejected) as err:
            receive_bundle(couple.jb, variant)
        assert err.value.reason is reason


def test_bundle_for_someone_else_is_rejected(primed, tmp_path):
    couple, _ = primed
    other = make_couple()
    try:
        # A also trusts C (other.b) and writes a bundle for C; B must refuse it.
        c_code = share_code.format_share_code(keys.public_key(other.jb))
        c = partners.add_partner(couple.ja, c_code, "Chris")
        e = couple.ja.add(body="for chris only")
        write_bundle(couple.ja, c.id, [e.id], tmp_path / "c.heartshare")
        data = (tmp_path / "c.heartshare").read_bytes()
        _assert_all_rejected(couple.jb, [("for C", data)])
        with pytest.raises(BundleRejected, match="made for someone else") as err:
            receive_bundle(couple.jb, data)
        assert err.value.reason is RejectReason.WRONG_RECIPIENT
    finally:
        other.close()


def test_bundle_from_an_unknown_key_is_rejected(primed, tmp_path):
    couple, _ = primed
    other = make_couple()
    try:
        # D (other.a) knows B's code, but B never added D.
        b_code = share_code.format_share_code(keys.public_key(couple.jb))
        d_sees_b = partners.add_partner(other.ja, b_code, "B")
        e = other.ja.add(body="unsolicited")
        write_bundle(other.ja, d_sees_b.id, [e.id], tmp_path / "d.heartshare")
        data = (tmp_path / "d.heartshare").read_bytes()
        _assert_all_rejected(couple.jb, [("from D", data)])
        with pytest.raises(BundleRejected, match="not added as a partner") as err:
            receive_bundle(couple.jb, data)
        assert err.value.reason is RejectReason.UNKNOWN_SENDER
    finally:
        other.close()


def test_own_bundle_is_rejected(primed):
    couple, data = primed
    with pytest.raises(BundleRejected) as err:
        receive_bundle(couple.ja, data)
    assert err.value.reason is RejectReason.OWN_BUNDLE


def test_sender_key_swapped_for_a_known_partner_is_rejected(primed):
    """A third profile's ciphertext under a forged header naming A still fails."""
    couple, data = primed
    header = bundle_format.read_header(data)
    forged = bytearray(data)
    forged[11:43] = bytes(32)  # the all-zero key
    assert header.sender_key != bytes(forged[11:43])
    _assert_all_rejected(couple.jb, [("zero sender", bytes(forged))])
