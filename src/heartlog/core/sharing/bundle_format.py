"""The ``.heartshare`` bundle format: a clear header, then a PyNaCl ``Box`` ciphertext.

Layout (all integers big-endian)::

    offset size field
    0      10   magic b"HEARTSHARE"
    10     1    format version (1)
    11     32   sender's X25519 public key
    43     10   recipient's key fingerprint (BLAKE2b-80 of the public key)
    53     8    sequence number (uint64, grows with every bundle to this recipient)
    61     24   nonce (random)
    85     4    ciphertext length n (uint32)
    89     n    Box(sender private, recipient public).encrypt(plaintext, nonce)

The plaintext is bytes 0..60 of the header again, followed by the UTF-8 JSON
payload. Box authenticates the ciphertext and proves the sender; the copy of
the header inside it binds the clear header to it, so a change to any byte of
the file is detected. The file must be exactly 89 + n bytes long.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import struct
from dataclasses import dataclass
from typing import Any

from nacl.exceptions import CryptoError
from nacl.public import Box, PrivateKey, PublicKey
from nacl.utils import random as random_bytes

from heartlog.core.sharing.errors import RejectReason, ShareBundleRejected
from heartlog.core.sharing.keys import FINGERPRINT_BYTES, KEY_BYTES, fingerprint_bytes

MAGIC = b"HEARTSHARE"
VERSION = 1
SUFFIX = ".heartshare"
NONCE_BYTES = Box.NONCE_SIZE
_HEADER = struct.Struct(f">{len(MAGIC)}sB{KEY_BYTES}s{FINGERPRINT_BYTES}sQ{NONCE_BYTES}sI")
HEADER_BYTES = _HEADER.size  # 89
AUTHENTICATED_HEADER_BYTES = HEADER_BYTES - NONCE_BYTES - 4  # 61: magic .. sequence
MAX_BUNDLE_BYTES = 256 * 1024 * 1024
MAX_ID_CHARS = 64
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


@dataclass(frozen=True)
class BundleHeader:
    version: int
    sender_key: bytes
    recipient_fingerprint: bytes
    sequence: int
    nonce: bytes
    ciphertext_length: int


def _reject(reason: RejectReason, message: str) -> ShareBundleRejected:
    return ShareBundleRejected(reason, message)


def read_header(data: bytes) -> BundleHeader:
    """The clear header, after checking magic, version and exact length."""
    if len(data) < len(MAGIC) + 1 or not data.startswith(MAGIC):
        raise _reject(RejectReason.NOT_A_BUNDLE, "This file is not a HeartLog share bundle.")
    version = data[len(MAGIC)]
    if version != VERSION:
        raise _reject(
            RejectReason.UNSUPPORTED_VERSION,
            f"This bundle uses format {version}, which this HeartLog cannot read; "
            "update HeartLog on both computers. Nothing was imported.",
        )
    if len(data) < HEADER_BYTES:
        raise _reject(
            RejectReason.TRUNCATED,
            "This bundle is incomplete (cut short); ask your partner to share again. "
            "Nothing was imported.",
        )
    _, version, sender, recipient, seq, nonce, length = _HEADER.unpack_from(data)
    expected = HEADER_BYTES + length
    if len(data) < expected:
        raise _reject(
            RejectReason.TRUNCATED,
            "This bundle is incomplete (cut short); ask your partner to share again. "
            "Nothing was imported.",
        )
    if len(data) > expected:
        raise _reject(
            RejectReason.EXTENDED,
            "This bundle has unexpected data added at its end, so it may have been "
            "tampered with. Nothing was imported.",
        )
    return BundleHeader(version, sender, recipient, seq, nonce, length)


def seal(sender: PrivateKey, recipient_key: bytes, sequence: int, payload: dict[str, Any]) -> bytes:
    """The complete bundle bytes for ``payload``."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    nonce = random_bytes(NONCE_BYTES)
    head = _HEADER.pack(
        MAGIC,
        VERSION,
        bytes(sender.public_key),
        fingerprint_bytes(recipient_key),
        sequence,
        nonce,
        0,
    )[:AUTHENTICATED_HEADER_BYTES]
    box = Box(sender, PublicKey(recipient_key))
    ciphertext = box.encrypt(head + body, nonce).ciphertext
    if HEADER_BYTES + len(ciphertext) > MAX_BUNDLE_BYTES:
        raise _reject(
            RejectReason.TOO_LARGE,
            "These entries are too large for one bundle; share fewer at a time.",
        )
    return head + nonce + struct.pack(">I", len(ciphertext)) + ciphertext


def open_sealed(data: bytes, header: BundleHeader, me: PrivateKey) -> dict[str, Any]:
    """Decrypt and authenticate; the decoded JSON payload (not yet validated)."""
    box = Box(me, PublicKey(header.sender_key))
    try:
        plain = box.decrypt(data[HEADER_BYTES:], header.nonce)
    except CryptoError:
        raise _reject(
            RejectReason.TAMPERED,
            "This bundle was changed or damaged after it was made, so it cannot be "
            "trusted. Nothing was imported; ask your partner to share again.",
        ) from None
    if plain[:AUTHENTICATED_HEADER_BYTES] != data[:AUTHENTICATED_HEADER_BYTES]:
        raise _reject(
            RejectReason.TAMPERED,
            "This bundle's header was changed after it was made, so it cannot be "
            "trusted. Nothing was imported.",
        )
    try:
        payload = json.loads(plain[AUTHENTICATED_HEADER_BYTES:].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise invalid_content("its contents are not valid JSON") from None
    if not isinstance(payload, dict):
        raise invalid_content("its contents are not an object")
    return payload


def invalid_content(detail: str) -> ShareBundleRejected:
    return _reject(
        RejectReason.INVALID_CONTENT,
        f"This bundle cannot be read ({detail}); it may come from a newer or faulty "
        "HeartLog. Nothing was imported.",
    )


# -- payload validation ---------------------------------------------------------


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise invalid_content(f"{what} is not text")
    return value


def _ident(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise invalid_content(f"{what} is not a valid id")
    return value


def _when(value: Any, what: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(_text(value, what))
    except ValueError:
        raise invalid_content(f"{what} is not a date") from None
    if moment.tzinfo is None:
        raise invalid_content(f"{what} has no time zone")
    return moment


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise invalid_content(f"{what} is not a list")
    return value


@dataclass(frozen=True)
class SharedEntry:
    id: str
    written_at: dt.datetime  # aware, in the writer's offset
    title: str
    body: str
    tags: tuple[str, ...]
    mood: int | None
    updated_at: dt.datetime  # aware


@dataclass(frozen=True)
class SharedReflection:
    id: str
    entry_id: str
    body: str
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class Payload:
    created_at: dt.datetime
    entries: tuple[SharedEntry, ...]
    revoked: tuple[str, ...]
    reflections: tuple[SharedReflection, ...]


def parse_payload(raw: dict[str, Any]) -> Payload:
    """Check every field of a decrypted payload; anything odd rejects the bundle."""
    if raw.get("format") != VERSION:
        raise invalid_content("unknown payload format")
    entries: list[SharedEntry] = []
    seen: set[str] = set()
    for i, item in enumerate(_list(raw.get("entries"), "the entry list")):
        what = f"entry {i + 1}"
        if not isinstance(item, dict):
            raise invalid_content(f"{what} is not an object")
        entry_id = _ident(item.get("id"), what)
        if entry_id in seen:
            raise invalid_content(f"{what} appears twice")
        seen.add(entry_id)
        tags = tuple(_text(t, f"a tag of {what}") for t in _list(item.get("tags"), what))
        mood = item.get("mood")
        if mood is not None and (
            not isinstance(mood, int) or isinstance(mood, bool) or not 1 <= mood <= 5
        ):
            raise invalid_content(f"the mood of {what} is not 1 to 5")
        entries.append(
            SharedEntry(
                id=entry_id,
                written_at=_when(item.get("written_at"), what),
                title=_text(item.get("title"), what),
                body=_text(item.get("body"), what),
                tags=tags,
                mood=mood,
                updated_at=_when(item.get("updated_at"), what),
            )
        )
    revoked = tuple(_ident(v, "a revoked id") for v in _list(raw.get("revoked"), "revocations"))
    reflections: list[SharedReflection] = []
    for i, item in enumerate(_list(raw.get("reflections"), "the reflection list")):
        what = f"reflection {i + 1}"
        if not isinstance(item, dict):
            raise invalid_content(f"{what} is not an object")
        reflections.append(
            SharedReflection(
                id=_ident(item.get("id"), what),
                entry_id=_ident(item.get("entry_id"), what),
                body=_text(item.get("body"), what),
                created_at=_when(item.get("created_at"), what),
                updated_at=_when(item.get("updated_at"), what),
            )
        )
    return Payload(
        created_at=_when(raw.get("created_at"), "the creation time"),
        entries=tuple(entries),
        revoked=revoked,
        reflections=tuple(reflections),
    )
