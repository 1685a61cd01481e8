"""This profile's X25519 key pair (created on first use) and key fingerprints."""

from __future__ import annotations

import base64
import hashlib
import logging

from nacl.public import PrivateKey, PublicKey
from sqlalchemy import select

from heartlog.core import models as m
from heartlog.core.journal import Journal

log = logging.getLogger(__name__)

KEY_BYTES = 32
FINGERPRINT_BYTES = 10  # 80 bits: 16 base32 characters, read aloud as 4 groups
_FP_PERSON = b"heartlog-fp-v1"  # BLAKE2b personalisation: fingerprints only


def b32(data: bytes) -> str:
    """Unpadded upper-case RFC 4648 base32 (no 0/1/8/9, so no O/I/B confusion)."""
    return base64.b32encode(data).decode("ascii").rstrip("=")


def fingerprint_bytes(public_key: bytes) -> bytes:
    return hashlib.blake2b(
        public_key, digest_size=FINGERPRINT_BYTES, person=_FP_PERSON.ljust(16, b"\0")
    ).digest()


def fingerprint(public_key: bytes) -> str:
    """A short fingerprint to compare aloud, e.g. ``ABCD EFGH IJKL MNOP``."""
    text = b32(fingerprint_bytes(public_key))
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def compact_fingerprint(public_key: bytes) -> str:
    """The fingerprint as one lower-case word (file names)."""
    return b32(fingerprint_bytes(public_key)).lower()


def _load(journal: Journal) -> m.KeyPair | None:
    with journal.session() as s:
        return s.scalar(select(m.KeyPair).order_by(m.KeyPair.id).limit(1))


def private_key(journal: Journal) -> PrivateKey:
    """This profile's private key, generated and stored (encrypted DB) on first use."""
    row = _load(journal)
    if row is None:
        with journal.session() as s:
            # Re-check inside the write transaction: two first uses create one key.
            row = s.scalar(select(m.KeyPair).order_by(m.KeyPair.id).limit(1))
            if row is None:
                key = PrivateKey.generate()
                row = m.KeyPair(private_key=bytes(key), public_key=bytes(key.public_key))
                s.add(row)
                log.info("created this profile's sharing key pair")
    return PrivateKey(row.private_key)


def public_key(journal: Journal) -> bytes:
    """This profile's public key (32 bytes)."""
    return bytes(private_key(journal).public_key)


def check_public_key(raw: bytes) -> PublicKey:
    return PublicKey(raw)
