"""Encrypted, verified backups of a profile database (same key, SQLite's VACUUM INTO).

How one backup is written (``create_backup``): the profile's key file is
copied beside the backups (so they can be opened on another computer), the
database is copied with ``VACUUM INTO`` to a temp file in the backup folder,
the temp file is fsynced and checked read-only with ``integrity_check`` and
``cipher_integrity_check``, its sidecar is written, then it is renamed to its
final name and the folder is fsynced. Any failure removes what this attempt
wrote and raises ``StorageError`` (disk) or ``BackupInvalid`` (check failed).
Then old backups are rotated (see ``backup_rotation``).

When: ``maybe_daily_backup`` right after each unlock (at most one a day), and
always before a migration (``unlock(before_migrate=...)``), and on request.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from heartlog.core import atomic_file, db
from heartlog.core.backup_catalog import (
    BackupInfo,
    backup_folder_for,
    backup_name,
    file_sha256,
    list_backups,
    sidecar_path,
    write_sidecar,
)
from heartlog.core.backup_rotation import rotate
from heartlog.core.db_errors import translate
from heartlog.core.errors import ProfileCorrupt, StorageError

if TYPE_CHECKING:
    from heartlog.core.profiles import OpenProfile

__all__ = [
    "BackupInfo",
    "BackupInvalid",
    "backup_folder_for",
    "create_backup",
    "list_backups",
    "maybe_daily_backup",
    "verify_backup",
]

log = logging.getLogger(__name__)

KEY_COPY_NAME = "key.json"


class BackupInvalid(ProfileCorrupt):
    """A backup failed its integrity check or does not open with this profile's key."""


def verify_backup(path: Path, data_key: bytes) -> None:
    """Raise ``BackupInvalid`` unless the file passes both integrity checks under the key.

    Opens the file read-only (``db.connect_readonly``): the check changes no
    byte of it and leaves no ``-wal``/``-shm`` file behind.
    """
    try:
        con = db.connect_readonly(path, data_key)
    except ProfileCorrupt as exc:
        raise BackupInvalid(
            f"The backup {path.name} cannot be opened with this profile's key. "
            "Choose another backup."
        ) from exc
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        cipher = con.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher.Error as exc:
        raise BackupInvalid(
            f"The backup {path.name} failed its integrity check ({exc}). Choose another backup."
        ) from exc
    finally:
        con.close()
    if rows != ["ok"] or cipher:
        raise BackupInvalid(
            f"The backup {path.name} failed its integrity check. Choose another backup."
        )


def _remove_stale_temps(folder: Path) -> None:
    # Temp files left by a crashed backup; we hold the profile lock, so none is live.
    for stale in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _copy_key_file(opened: OpenProfile, folder: Path) -> None:
    data = opened.profile.key_path.read_bytes()
    target = folder / KEY_COPY_NAME
    with contextlib.suppress(OSError):
        if target.read_bytes() == data:
            return
    atomic_file.atomic_write_bytes(target, data)


def _vacuum_into(opened: OpenProfile, tmp: Path) -> None:
    con = db.connect_raw(opened.profile.db_path, opened.data_key)
    try:
        con.execute("VACUUM INTO ?", (str(tmp),))
    except sqlcipher.Error as exc:
        mapped = translate(exc)
        if isinstance(mapped, StorageError):
            raise StorageError(
                f"{mapped} (The backup was not written; the journal is unchanged.)"
            ) from exc
        raise
    finally:
        con.close()


def create_backup(
    opened: OpenProfile, reason: str = "manual", root: Path | None = None
) -> BackupInfo:
    """Write a verified, encrypted copy of the database; return its details.

    ``reason`` is ``manual``, ``daily`` or ``pre-migration``; ``root`` overrides
    the profile's backup folder setting (the copy goes to ``root/<profile id>``).
    """
    folder = backup_folder_for(opened.profile.id, root)
    created = dt.datetime.now(dt.UTC)
    target = folder / backup_name(created, reason)
    tmp = folder / f".{target.name}.tmp"
    side = sidecar_path(target)
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(folder)
        _copy_key_file(opened, folder)
        written.append(tmp)
        _vacuum_into(opened, tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            atomic_file._fsync(fd)
        finally:
            os.close(fd)
        verify_backup(tmp, opened.data_key)
        size = tmp.stat().st_size
        sha256 = file_sha256(tmp)
        revision = db.current_revision(opened.engine)
        written.append(side)
        write_sidecar(target, created, reason, size, sha256, revision)
        written.append(target)
        atomic_file._replace(tmp, target)
        atomic_file.fsync_dir(folder)
    except BaseException as exc:
        for path in reversed(written):
            with contextlib.suppress(OSError):
                path.unlink()
        if isinstance(exc, OSError):
            raise StorageError(atomic_file.describe_os_error(exc, target)) from exc
        raise
    log.info("backup written (%s, %d bytes)", reason, size)
    rotate(list_backups(opened.profile.id, [folder]))
    return BackupInfo(target, created, reason, size, True, sha256, revision)


def maybe_daily_backup(opened: OpenProfile, now: dt.datetime | None = None) -> BackupInfo | None:
    """Back up the profile unless its backup folder already has one from today (local).

    Call it right after unlocking. Raises ``StorageError``/``BackupInvalid`` when
    the backup fails: show it as a warning, the journal itself is fine.
    """
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    folder = backup_folder_for(opened.profile.id)
    for b in list_backups(opened.profile.id, [folder]):
        if b.verified and b.created.astimezone().date() == today:
            return None
    return create_backup(opened, reason="daily")
