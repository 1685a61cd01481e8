"""The profile key file: a random data key wrapped by a passphrase-derived key.

The 256-bit data key is SQLCipher's raw key. It is wrapped with AES-256-GCM under
a key that Argon2id derives from the NFC-normalised passphrase. The file beside
the database holds the format version, the KDF parameters and salt, and the
wrapped key; changing the passphrase rewrites only this file.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from heartlog.core.atomic_file import atomic_write_text
from heartlog.core.errors import ProfileCorrupt, WrongPassphrase

FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
KDF_ENV = "HEARTLOG_KDF"  # "fast" is for tests only: like Django's test hasher


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; stored with each profile so old profiles still open."""

    time_cost: int = 6
    memory_cost_kib: int = 131072
    parallelism: int = 2

    @classmethod
    def production(cls) -> KdfParams:
        return cls()

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        return cls(time_cost=1, memory_cost_kib=8, parallelism=1)

    @classmethod
    def default(cls) -> KdfParams:
        """Production parameters, unless ``HEARTLOG_KDF=fast`` (test suites only)."""
        return cls.fast_for_tests() if os.environ.get(KDF_ENV) == "fast" else cls.production()


def normalise_passphrase(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    # The crypto libraries load on first use, so listing profiles stays light.
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        normalise_passphrase(passphrase),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeyFile:
    """The parsed key file. ``meta`` carries profile details (id, name, created)."""

    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    meta: dict[str, Any]

    def to_json(self) -> str:
        doc = {
            "format": FORMAT_VERSION,
            "kdf": {"name": "argon2id", **asdict(self.params), "salt": _b64(self.salt)},
            "wrap": {"alg": "AES-256-GCM", "nonce": _b64(self.nonce), "key": _b64(self.wrapped)},
            "profile": self.meta,
        }
        return json.dumps(doc, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str, where: str = "key file") -> KeyFile:
        try:
            doc = json.loads(text)
            if doc["format"] != FORMAT_VERSION:
                raise ProfileCorrupt(
                    f"The {where} has format {doc['format']}, which this HeartLog does not know. "
                    "Update HeartLog."
                )
            kdf = doc["kdf"]
            if kdf["name"] != "argon2id":
                raise ValueError("unknown KDF")
            params = KdfParams(
                time_cost=int(kdf["time_cost"]),
                memory_cost_kib=int(kdf["memory_cost_kib"]),
                parallelism=int(kdf["parallelism"]),
            )
            return cls(
                params=params,
                salt=_unb64(kdf["salt"]),
                nonce=_unb64(doc["wrap"]["nonce"]),
                wrapped=_unb64(doc["wrap"]["key"]),
                meta=dict(doc.get("profile", {})),
            )
        except ProfileCorrupt:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise ProfileCorrupt(
                f"The {where} is damaged and cannot be read. Restore it from a backup."
            ) from exc

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ProfileCorrupt(f"Cannot read the key file {path}: {exc.strerror}.") from exc
        return cls.from_json(text, where=f"key file {path}")

    def save(self, path: Path) -> None:
        atomic_write_text(path, self.to_json())


def _aad(meta: dict[str, Any]) -> bytes:
    # Binds the wrapped key to its profile id so key files cannot be swapped silently.
    return f"heartlog-key-v{FORMAT_VERSION}:{meta.get('id', '')}".encode()


def wrap_new_key(passphrase: str, meta: dict[str, Any], params: KdfParams) -> tuple[KeyFile, bytes]:
    """Make a fresh data key; return the key file that wraps it and the raw key."""
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    return rewrap(data_key, passphrase, meta, params), data_key


def rewrap(data_key: bytes, passphrase: str, meta: dict[str, Any], params: KdfParams) -> KeyFile:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = derive_key(passphrase, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(meta))
    return KeyFile(params=params, salt=salt, nonce=nonce, wrapped=wrapped, meta=dict(meta))


def unwrap(keyfile: KeyFile, passphrase: str) -> bytes:
    """The data key, or ``WrongPassphrase``. Touches no file."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = derive_key(passphrase, keyfile.salt, keyfile.params)
    try:
        key = AESGCM(kek).decrypt(keyfile.nonce, keyfile.wrapped, _aad(keyfile.meta))
    except InvalidTag:
        raise WrongPassphrase() from None
    if len(key) != DATA_KEY_BYTES:
        raise ProfileCorrupt("The key file holds a key of the wrong size.")
    return key
