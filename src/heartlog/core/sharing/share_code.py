"""The public share code: versioned text (and a small file) that carries a public key.

``heartlog-share-1:<base32 public key>:<base32 checksum>``. The checksum catches
typing and copy mistakes; it is not a security measure (the fingerprint
compared aloud is).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from heartlog.core.atomic_file import atomic_write_text
from heartlog.core.sharing.errors import InvalidShareCode
from heartlog.core.sharing.keys import KEY_BYTES, b32, fingerprint

PREFIX = "heartlog-share-"
VERSION = 1
CHECKSUM_BYTES = 5
SUFFIX = ".heartcode"
_CODE = re.compile(r"heartlog-share-(\d+):([A-Za-z2-7]+):([A-Za-z2-7]+)", re.IGNORECASE)
_NAME_LINE = re.compile(r"^\s*name:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
MAX_CODE_FILE_BYTES = 64 * 1024


def _checksum(key: bytes) -> str:
    digest = hashlib.blake2b(f"{PREFIX}{VERSION}:".encode() + key, digest_size=CHECKSUM_BYTES)
    return b32(digest.digest())


def format_share_code(public_key: bytes) -> str:
    return f"{PREFIX}{VERSION}:{b32(public_key)}:{_checksum(public_key)}"


@dataclass(frozen=True)
class ParsedCode:
    public_key: bytes
    name: str | None  # the name written in a share-code file, if any

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def _b32decode(text: str) -> bytes:
    text = text.upper()
    return base64.b32decode(text + "=" * (-len(text) % 8))


def parse_share_code(text: str) -> ParsedCode:
    """The public key in ``text`` (a code, or the contents of a share-code file)."""
    match = _CODE.search(text)
    if match is None:
        raise InvalidShareCode(
            "That is not a HeartLog share code. It starts with 'heartlog-share-'; "
            "paste the whole code or choose the share-code file."
        )
    version = int(match.group(1))
    if version != VERSION:
        raise InvalidShareCode(
            f"This share code is version {version}, which this HeartLog cannot read. "
            "Update HeartLog on both computers."
        )
    try:
        key = _b32decode(match.group(2))
        given_sum = match.group(3).upper()
    except (binascii.Error, ValueError):
        raise InvalidShareCode(
            "The share code is damaged. Copy it again, whole, from your partner."
        ) from None
    if len(key) != KEY_BYTES or given_sum != _checksum(key):
        raise InvalidShareCode(
            "The share code has a typing or copy mistake (its checksum does not match). "
            "Copy it again, whole, from your partner."
        )
    name_match = _NAME_LINE.search(text)
    name = name_match.group(1) if name_match else None
    return ParsedCode(key, name)


def share_code_file_text(public_key: bytes, name: str) -> str:
    one_line_name = " ".join(name.split())
    return (
        "# HeartLog share code. Give it to your partner; it is public, not a secret.\n"
        "# Compare the fingerprint aloud with them before you trust it.\n"
        f"name: {one_line_name}\n"
        f"fingerprint: {fingerprint(public_key)}\n"
        f"{format_share_code(public_key)}\n"
    )


def write_share_code_file(path: str | Path, public_key: bytes, name: str) -> Path:
    target = Path(path)
    atomic_write_text(target, share_code_file_text(public_key, name))
    return target


def read_code_argument(value: str) -> str:
    """The text of a code given either directly or as a path to a share-code file."""
    if _CODE.search(value):
        return value
    path = Path(value).expanduser()
    try:
        if path.is_file():
            if path.stat().st_size > MAX_CODE_FILE_BYTES:
                raise InvalidShareCode(f"{path.name} is too large to be a share-code file.")
            return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InvalidShareCode(f"Cannot read {path}: {exc.strerror}.") from None
    return value
