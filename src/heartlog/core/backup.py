"""Encrypted backups of a profile database (same key, SQLite's VACUUM INTO)."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from heartlog.core import atomic_file, db
from heartlog.core.errors import StorageError
from heartlog.core.paths import default_backup_dir

if TYPE_CHECKING:
    from heartlog.core.profiles import OpenProfile

log = logging.getLogger(__name__)


def backup_folder_for(profile_id: str, root: Path | None = None) -> Path:
    return (root or default_backup_dir()) / profile_id


def create_backup(opened: OpenProfile, reason: str = "manual", root: Path | None = None) -> Path:
    """Write a verified, encrypted copy of the database; return its path.

    VACUUM INTO a temp file in the backup folder, fsync it, check it, rename.
    """
    folder = backup_folder_for(opened.profile.id, root)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{reason}.db"
    tmp = folder / f".{target.name}.tmp"
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        con = db.connect_raw(opened.profile.db_path, opened.data_key)
        try:
            con.execute("VACUUM INTO ?", (str(tmp),))
        finally:
            con.close()
        fd = os.open(tmp, os.O_RDONLY)
        try:
            atomic_file._fsync(fd)
        finally:
            os.close(fd)
        verify_backup(tmp, opened.data_key)
        os.replace(tmp, target)
        atomic_file.fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageError(atomic_file.describe_os_error(exc, target)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    log.info("backup written (%s)", reason)
    return target


def verify_backup(path: Path, data_key: bytes) -> None:
    """Raise ``ProfileCorrupt`` unless the file passes integrity checks under the key."""
    from heartlog.core.errors import ProfileCorrupt

    con = db.connect_raw(path, data_key)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        cipher = con.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        con.close()
    if rows != ["ok"] or cipher:
        raise ProfileCorrupt(f"The backup {path.name} failed its integrity check.")
