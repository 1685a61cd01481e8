"""What backups a profile has: names, metadata sidecars and the newest good one.

A backup is ``<folder>/<profile id>/<UTC stamp>-<reason>.db`` (an encrypted
SQLCipher copy under the profile's data key) with a sidecar ``<same>.json``
holding its date, reason, size, SHA-256 and the fact that it passed
``integrity_check`` and ``cipher_integrity_check`` when written. The sidecar is
written before the copy takes its final name, so a backup with a final name
always has one; files without a sidecar are listed as unverified and never
touched by rotation. Listing needs no key, so it works when a journal is too
damaged to open.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from heartlog.core import app_settings
from heartlog.core.atomic_file import atomic_write_text
from heartlog.core.paths import default_backup_dir

log = logging.getLogger(__name__)

SIDECAR_FORMAT = 1
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
NAME_RE = re.compile(r"^(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z][a-z-]{0,30})\.db$")
REASONS = ("daily", "manual", "pre-migration")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as listed; ``verified`` means it passed its checks when written."""

    path: Path
    created: dt.datetime  # aware, UTC
    reason: str
    size: int
    verified: bool
    sha256: str | None = None
    schema_revision: str | None = None

    def age(self, now: dt.datetime | None = None) -> dt.timedelta:
        return (now or dt.datetime.now(dt.UTC)) - self.created

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "name": self.path.name,
            "created": self.created.isoformat(),
            "reason": self.reason,
            "size": self.size,
            "verified": self.verified,
            "schema_revision": self.schema_revision,
        }


def backup_root(profile_id: str) -> Path:
    """The folder that holds this profile's backup folder (chosen or default)."""
    return app_settings.backup_root(profile_id) or default_backup_dir()


def backup_folder_for(profile_id: str, root: Path | None = None) -> Path:
    """Where new backups of a profile go: ``<root>/<profile id>``."""
    return (root or backup_root(profile_id)) / profile_id


def all_backup_folders(profile_id: str) -> list[Path]:
    """The current folder first, then the default one if the user chose another.

    Backups made before the folder was changed stay listed and restorable.
    """
    folders = [backup_folder_for(profile_id), default_backup_dir() / profile_id]
    out: list[Path] = []
    for f in folders:
        if f not in out:
            out.append(f)
    return out


def backup_name(created: dt.datetime, reason: str) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    return f"{created.astimezone(dt.UTC).strftime(STAMP_FORMAT)}-{reason}.db"


def sidecar_path(backup: Path) -> Path:
    return backup.with_name(backup.name[: -len(".db")] + ".json")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_sidecar(
    backup: Path,
    created: dt.datetime,
    reason: str,
    size: int,
    sha256: str,
    schema_revision: str | None,
) -> Path:
    from heartlog import __version__

    doc = {
        "format": SIDECAR_FORMAT,
        "created": created.astimezone(dt.UTC).isoformat(),
        "reason": reason,
        "size": size,
        "sha256": sha256,
        "verified": True,
        "checks": ["integrity_check", "cipher_integrity_check"],
        "schema_revision": schema_revision,
        "heartlog_version": __version__,
    }
    path = sidecar_path(backup)
    atomic_write_text(path, json.dumps(doc, indent=2, sort_keys=True) + "\n")
    return path


def _read_sidecar(backup: Path) -> dict[str, Any] | None:
    try:
        doc = json.loads(sidecar_path(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def read_backup(path: Path) -> BackupInfo | None:
    """A backup's details, or None if the file is not named like a HeartLog backup."""
    match = NAME_RE.match(path.name)
    if match is None or not path.is_file():
        return None
    created = dt.datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=dt.UTC)
    size = path.stat().st_size
    meta = _read_sidecar(path) or {}
    verified = bool(meta.get("verified")) and meta.get("size") == size
    sha = meta.get("sha256") if isinstance(meta.get("sha256"), str) else None
    rev = meta.get("schema_revision") if isinstance(meta.get("schema_revision"), str) else None
    return BackupInfo(path, created, match["reason"], size, verified, sha, rev)


def list_backups(profile_id: str, folders: Iterable[Path] | None = None) -> list[BackupInfo]:
    """Every backup of the profile, newest first. Needs no key."""
    found: dict[Path, BackupInfo] = {}
    for folder in folders if folders is not None else all_backup_folders(profile_id):
        try:
            names = sorted(folder.iterdir())
        except OSError:
            continue
        for path in names:
            info = read_backup(path)
            if info is not None:
                found.setdefault(path.resolve(), info)
    return sorted(found.values(), key=lambda b: b.created, reverse=True)


def still_intact(info: BackupInfo) -> bool:
    """True if the file still has the SHA-256 it had when it was verified."""
    if not info.verified or info.sha256 is None:
        return False
    try:
        return file_sha256(info.path) == info.sha256
    except OSError:
        return False


def newest_verified_backup(profile_id: str, data_key: bytes | None = None) -> BackupInfo | None:
    """The newest backup that is still good.

    With the data key, each candidate is opened read-only and fully checked
    (which also proves it opens with this profile's key); without it, its
    SHA-256 must still match the one recorded when it was verified.
    """
    from heartlog.core.backup import verify_backup
    from heartlog.core.errors import ProfileCorrupt

    for info in list_backups(profile_id):
        if not info.verified:
            continue
        if data_key is None:
            if still_intact(info):
                return info
            continue
        try:
            verify_backup(info.path, data_key)
        except ProfileCorrupt:
            log.warning("backup %s failed its check; trying an older one", info.path.name)
            continue
        return info
    return None


def describe_age(age: dt.timedelta) -> str:
    """'3 hours', '2 days': how old a backup is, in plain words."""
    seconds = max(0, int(age.total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return "less than a minute"
