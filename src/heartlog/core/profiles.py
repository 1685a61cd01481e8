"""Profiles: one encrypted journal per person, and how to create and unlock them.

Each profile is a folder under ``profiles_dir()`` named by its UUID, holding
``journal.db`` (SQLCipher), ``key.json`` (the wrapped data key and the display
name) and ``journal.lock``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine

from heartlog.core import db
from heartlog.core.errors import (
    HeartLogError,
    ProfileCorrupt,
    ProfileExists,
    ProfileLocked,
)
from heartlog.core.instance_lock import InstanceLock, LockHeld
from heartlog.core.journal import Entry, Journal
from heartlog.core.keywrap import KdfParams, KeyFile, rewrap, unwrap, wrap_new_key
from heartlog.core.paths import profiles_dir
from heartlog.core.profile_index import (  # re-exported: callers use core.profiles
    DB_NAME,
    KEY_NAME,
    LOCK_NAME,
    Profile,
    check_passphrase,
    clean_name,
    find_profile,
    list_profiles,
)

__all__ = [
    "DB_NAME",
    "KEY_NAME",
    "LOCK_NAME",
    "OpenProfile",
    "Profile",
    "change_passphrase",
    "check_passphrase",
    "clean_name",
    "create_profile",
    "delete_profile",
    "find_profile",
    "list_profiles",
    "open_with_key",
    "rename_profile",
    "unlock",
]

log = logging.getLogger(__name__)


def create_profile(name: str, passphrase: str, kdf: KdfParams | None = None) -> Profile:
    """Create the folder, key file and an empty, migrated database."""
    name = clean_name(name)
    check_passphrase(passphrase)
    if any(p.name.casefold() == name.casefold() for p in list_profiles()):
        raise ProfileExists(name)
    profile_id = uuid.uuid4().hex
    folder = profiles_dir() / profile_id
    folder.mkdir(parents=True, exist_ok=False, mode=0o700)
    meta = {"id": profile_id, "name": name, "created": dt.datetime.now(dt.UTC).isoformat()}
    try:
        keyfile, data_key = wrap_new_key(passphrase, meta, kdf or KdfParams.default())
        profile = Profile(profile_id, name, folder, meta["created"])
        engine = db.make_engine(profile.db_path, data_key)
        try:
            db.upgrade(engine)
        finally:
            engine.dispose()
        # The key file goes last: a profile folder without it is not listed.
        keyfile.save(profile.key_path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    log.info("created profile %s", profile_id)
    return profile


@dataclass
class OpenProfile:
    """An unlocked profile: its journal, engine and the lock that keeps it ours."""

    profile: Profile
    engine: Engine
    journal: Journal
    data_key: bytes
    lock: InstanceLock
    recovered: list[Entry] = field(default_factory=list)
    # Plain sentences for the person (e.g. a failed daily backup): shown, not fatal.
    notices: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.engine.dispose()
        self.lock.release()
        self.data_key = b""

    def __enter__(self) -> OpenProfile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


BeforeMigrate = Callable[["OpenProfile"], None]


def unlock(
    profile: Profile | str,
    passphrase: str,
    before_migrate: BeforeMigrate | None = None,
) -> OpenProfile:
    """Open a profile for reading and writing.

    Order matters for "wrong passphrase changes nothing": the key is unwrapped
    (pure computation) before the lock is taken or the database is opened.
    Raises ``WrongPassphrase``, ``ProfileLocked``, ``ProfileCorrupt``.
    """
    if isinstance(profile, str):
        profile = find_profile(profile)
    data_key = unwrap(KeyFile.load(profile.key_path), passphrase)
    return open_with_key(profile, data_key, before_migrate)


def open_with_key(
    profile: Profile, data_key: bytes, before_migrate: BeforeMigrate | None = None
) -> OpenProfile:
    """``unlock`` with an already unwrapped data key (reopening after a restore).

    The journal is first checked through a read-only connection: a missing,
    unreadable or damaged file is never written to, and ``CorruptProfile``
    (see ``core.restore``) names the newest verified backup.
    """
    lock = InstanceLock(profile.lock_path)
    try:
        lock.acquire()
    except LockHeld:
        raise ProfileLocked(profile.name) from None
    try:
        db.check_readable(profile.db_path, data_key)
    except ProfileCorrupt as exc:
        lock.release()
        from heartlog.core.restore import corrupt_profile_error

        raise corrupt_profile_error(profile, exc, data_key) from exc
    except BaseException:
        lock.release()
        raise
    engine = db.make_engine(profile.db_path, data_key)
    opened = OpenProfile(profile, engine, Journal(engine), data_key, lock)
    try:
        db.upgrade(engine, (lambda: before_migrate(opened)) if before_migrate else None)
        opened.recovered = opened.journal.recover_drafts()
    except BaseException:
        opened.close()
        raise
    return opened


def change_passphrase(
    profile: Profile | str, old: str, new: str, kdf: KdfParams | None = None
) -> None:
    """Re-wrap the data key under ``new``; the database is not touched."""
    if isinstance(profile, str):
        profile = find_profile(profile)
    check_passphrase(new)
    keyfile = KeyFile.load(profile.key_path)
    data_key = unwrap(keyfile, old)
    rewrap(data_key, new, keyfile.meta, kdf or keyfile.params).save(profile.key_path)


def rename_profile(profile: Profile | str, passphrase: str, new_name: str) -> Profile:
    if isinstance(profile, str):
        profile = find_profile(profile)
    new_name = clean_name(new_name)
    if any(
        p.name.casefold() == new_name.casefold() and p.id != profile.id for p in list_profiles()
    ):
        raise ProfileExists(new_name)
    keyfile = KeyFile.load(profile.key_path)
    data_key = unwrap(keyfile, passphrase)
    meta = {**keyfile.meta, "name": new_name}
    rewrap(data_key, passphrase, meta, keyfile.params).save(profile.key_path)
    return Profile(profile.id, new_name, profile.folder, profile.created)


def delete_profile(profile: Profile | str, passphrase: str) -> None:
    """Delete a profile and its backups; the passphrase proves it is the owner."""
    from heartlog.core import app_settings
    from heartlog.core.backup_catalog import all_backup_folders

    if isinstance(profile, str):
        profile = find_profile(profile)
    unwrap(KeyFile.load(profile.key_path), passphrase)
    lock = InstanceLock(profile.lock_path)
    try:
        lock.acquire()
    except LockHeld:
        raise ProfileLocked(profile.name) from None
    try:
        # Remove the key file first: without it the data can never be decrypted.
        profile.key_path.unlink()
        for folder in all_backup_folders(profile.id):
            shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(HeartLogError):
            app_settings.set_backup_root(profile.id, None)
    finally:
        lock.release()
    shutil.rmtree(profile.folder, ignore_errors=True)
    log.info("deleted profile %s", profile.id)
