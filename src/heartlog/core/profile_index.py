"""The profiles on this computer: their folders, names and how to find them.

Light on purpose (no SQLAlchemy, no crypto): the first dialog lists profiles
while the database stack is still loading in the background.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from heartlog.core.errors import InvalidProfileName, ProfileNotFound, WeakPassphrase
from heartlog.core.keywrap import KeyFile
from heartlog.core.paths import profiles_dir

log = logging.getLogger(__name__)

DB_NAME = "journal.db"
KEY_NAME = "key.json"
LOCK_NAME = "journal.lock"
MAX_NAME_CHARS = 60
MIN_PASSPHRASE_CHARS = 8


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    folder: Path
    created: str = ""

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.folder / KEY_NAME

    @property
    def lock_path(self) -> Path:
        return self.folder / LOCK_NAME


def clean_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name).strip()
    if not name:
        raise InvalidProfileName("Give the profile a name.")
    if len(name) > MAX_NAME_CHARS:
        raise InvalidProfileName(f"A profile name can be at most {MAX_NAME_CHARS} characters.")
    if any(unicodedata.category(c).startswith("C") for c in name):
        raise InvalidProfileName("A profile name cannot contain control characters.")
    return name


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(
            f"Use a passphrase of at least {MIN_PASSPHRASE_CHARS} characters; "
            "a few unrelated words work well."
        )


def list_profiles() -> list[Profile]:
    """Every profile on this computer, by name. Damaged key files are skipped."""
    root = profiles_dir()
    found: list[Profile] = []
    if not root.is_dir():
        return found
    for folder in sorted(root.iterdir()):
        key_path = folder / KEY_NAME
        if not key_path.is_file():
            continue
        try:
            meta = KeyFile.load(key_path).meta
        except Exception:  # a damaged key file must not hide the other profiles
            log.warning("skipping unreadable profile folder %s", folder.name)
            continue
        found.append(
            Profile(
                id=str(meta.get("id", folder.name)),
                name=str(meta.get("name", folder.name)),
                folder=folder,
                created=str(meta.get("created", "")),
            )
        )
    return sorted(found, key=lambda p: p.name.casefold())


def find_profile(name: str) -> Profile:
    wanted = unicodedata.normalize("NFC", name).strip().casefold()
    for profile in list_profiles():
        if profile.name.casefold() == wanted or profile.id == name:
            return profile
    raise ProfileNotFound(name)
