"""Restoring a profile from a backup, and what happens when a journal is damaged.

Policy (nothing is ever deleted):

- At unlock, a journal that is missing, unreadable or fails ``quick_check``
  (checked through a read-only connection) is not written to and not moved:
  unlock raises ``CorruptProfile``, which names the newest backup that passes a
  full check under the profile's key, and how old it is.
- Only a restore, which the user asks for (the app after a confirmation, the
  CLI with ``backup restore``), moves the current file aside, renamed
  ``journal.corrupt-<stamp>.db`` (or ``journal.replaced-<stamp>.db`` when it
  was healthy) inside the profile folder, its ``-wal``/``-shm`` files with it.
- The backup is first checked under the key, copied next to the journal
  through ``atomic_file`` and checked again; only then is the current file
  moved aside and the copy renamed into place. The data key does not change,
  so the restored journal opens with the same passphrase.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shlex
from dataclasses import dataclass
from pathlib import Path

from heartlog.core import atomic_file, db
from heartlog.core.backup import BackupInvalid, verify_backup
from heartlog.core.backup_catalog import (
    BackupInfo,
    backup_folder_for,
    describe_age,
    newest_verified_backup,
    read_backup,
)
from heartlog.core.errors import HeartLogError, ProfileCorrupt, ProfileLocked, StorageError
from heartlog.core.instance_lock import InstanceLock, LockHeld
from heartlog.core.keywrap import KeyFile, unwrap
from heartlog.core.profiles import OpenProfile, Profile, open_with_key

log = logging.getLogger(__name__)

STAGING_NAME = "journal.restoring.db"
_COPY_CHUNK = 1 << 20


class CorruptProfile(ProfileCorrupt):
    """The journal cannot be opened; carries the newest verified backup (or None)."""

    def __init__(
        self, profile: Profile, cause: str, newest_backup: BackupInfo | None, folder: Path
    ) -> None:
        self.profile = profile
        self.cause = cause
        self.newest_backup = newest_backup
        self.backup_folder = folder
        quoted = shlex.quote(profile.name)
        head = (
            f"The journal of profile {profile.name!r} is damaged and cannot be opened "
            f"({cause.rstrip('.')}); nothing was changed."
        )
        if newest_backup is not None:
            when = newest_backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
            tail = (
                f" The newest verified backup is from {when} ({describe_age(self.age)} old); "
                f"restore it with: heartlog backup restore --profile {quoted} --latest"
            )
        else:
            tail = (
                f" No verified backup of it was found in {folder}; if your backups are "
                f"elsewhere, choose that folder with: heartlog backup folder --profile {quoted} PATH"
            )
        super().__init__(head + tail)

    @property
    def age(self) -> dt.timedelta | None:
        return self.newest_backup.age() if self.newest_backup else None


class NoBackup(HeartLogError):
    def __init__(self, profile: Profile) -> None:
        super().__init__(
            f"There is no verified backup of profile {profile.name!r}. Nothing was changed."
        )


class RestoreFailed(HeartLogError):
    """A restore from the app failed after the profile was closed; it was reopened as it was."""

    def __init__(self, message: str, reopened: OpenProfile) -> None:
        super().__init__(message)
        self.reopened = reopened


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    set_aside: Path | None  # where the previous journal file now is (None: there was none)


def corrupt_profile_error(profile: Profile, cause: Exception, data_key: bytes) -> CorruptProfile:
    """Build the ``CorruptProfile`` error for a journal that failed to open."""
    newest = newest_verified_backup(profile.id, data_key)
    log.error("profile %s cannot be opened (%s)", profile.id, type(cause).__name__)
    return CorruptProfile(profile, str(cause), newest, backup_folder_for(profile.id))


def data_key_for(profile: Profile, passphrase: str) -> bytes:
    """The profile's data key (``WrongPassphrase`` if not); opens no database."""
    return unwrap(KeyFile.load(profile.key_path), passphrase)


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def set_aside(profile: Profile, kind: str) -> Path | None:
    """Rename the journal (and its -wal/-shm) to ``journal.<kind>-<stamp>.db``. Never deletes.

    The caller must hold the profile lock. Returns the new path, or None if
    there was no journal file. Renames only; the caller fsyncs the folder.
    """
    current = profile.db_path
    if not current.exists():
        return None
    aside = current.with_name(f"journal.{kind}-{_stamp()}.db")
    n = 1
    while aside.exists():
        n += 1
        aside = current.with_name(f"journal.{kind}-{_stamp()}-{n}.db")
    # The -wal first: a journal without its log would look older than it was.
    for suffix in ("-wal", "-shm"):
        side = current.with_name(current.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(current, aside)
    log.warning("journal of profile %s set aside as %s", profile.id, aside.name)
    return aside


def _put_back(profile: Profile, aside: Path | None) -> None:
    if aside is None:
        return
    for suffix in ("", "-wal", "-shm"):
        moved = aside.with_name(aside.name + suffix)
        if moved.exists():
            os.replace(moved, profile.db_path.with_name(profile.db_path.name + suffix))


def _sync_folder(folder: Path) -> None:
    # The renames are done; a failed folder fsync only leaves their durability to
    # the OS. Either name state after a power cut still loses nothing.
    try:
        atomic_file.fsync_dir(folder)
    except OSError as exc:
        log.warning("could not sync folder after restore: %s", exc.strerror)


def _copy_to_staging(source: Path, staging: Path) -> None:
    with atomic_file.atomic_writer(staging) as out, source.open("rb") as src:
        for chunk in iter(lambda: src.read(_COPY_CHUNK), b""):
            atomic_file._write(out, chunk)


def _is_healthy(profile: Profile, data_key: bytes) -> bool:
    try:
        db.check_readable(profile.db_path, data_key)
    except ProfileCorrupt:
        return False
    return True


def restore_backup(profile: Profile, backup: BackupInfo | Path, data_key: bytes) -> RestoreResult:
    """Replace the profile's journal with ``backup``, keeping the current one aside.

    The profile must not be open (this takes its lock: ``ProfileLocked``
    otherwise). Raises ``BackupInvalid`` (nothing changed) when the backup does
    not pass its checks under this profile's key, ``StorageError`` on disk errors.
    """
    info = backup if isinstance(backup, BackupInfo) else read_backup(Path(backup))
    if info is None:
        raise BackupInvalid(f"{Path(backup).name} is not a HeartLog backup. Nothing was changed.")
    lock = InstanceLock(profile.lock_path)
    try:
        lock.acquire()
    except LockHeld:
        raise ProfileLocked(profile.name) from None
    staging = profile.folder / STAGING_NAME
    try:
        verify_backup(info.path, data_key)
        try:
            _copy_to_staging(info.path, staging)
            verify_backup(staging, data_key)
        except BaseException:
            with contextlib.suppress(OSError):
                staging.unlink()
            raise
        kind = "replaced" if _is_healthy(profile, data_key) else "corrupt"
        aside: Path | None = None
        try:
            aside = set_aside(profile, kind)
            atomic_file._replace(staging, profile.db_path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                _put_back(profile, aside)
                staging.unlink()
            raise StorageError(atomic_file.describe_os_error(exc, profile.db_path)) from exc
        _sync_folder(profile.folder)
    finally:
        lock.release()
    log.warning("profile %s restored from backup %s", profile.id, info.path.name)
    return RestoreResult(info, aside)


def restore_latest(profile: Profile, data_key: bytes) -> RestoreResult:
    """Restore the newest backup that passes a full check under the key (``NoBackup``)."""
    newest = newest_verified_backup(profile.id, data_key)
    if newest is None:
        raise NoBackup(profile)
    return restore_backup(profile, newest, data_key)


def restore_open_profile(
    opened: OpenProfile, backup: BackupInfo | Path
) -> tuple[OpenProfile, RestoreResult]:
    """For the app: close ``opened``, restore ``backup``, reopen with the same key.

    The backup is checked before anything is closed; if that fails, ``opened``
    stays open and usable. Returns the new ``OpenProfile`` (the old one is
    closed). If the restore fails later (a full disk), the journal is left as
    it was and ``RestoreFailed.reopened`` carries it, open again.
    """
    path = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    data_key = bytes(opened.data_key)
    verify_backup(path, data_key)
    profile = opened.profile
    opened.close()
    try:
        result = restore_backup(profile, backup, data_key)
    except HeartLogError as exc:
        raise RestoreFailed(str(exc), open_with_key(profile, data_key)) from exc
    return open_with_key(profile, data_key), result
