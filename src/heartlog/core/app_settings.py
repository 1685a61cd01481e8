"""App-level settings readable before any profile is unlocked (``settings.json``).

Only what must be known without a passphrase lives here (for now: each
profile's backup folder, needed to offer a restore when a journal cannot be
opened). Everything else belongs in the profile's encrypted ``settings`` table.
The file is small JSON written through ``atomic_file``; a damaged file is set
aside (never deleted) and treated as empty.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from pathlib import Path
from typing import Any

from heartlog.core.atomic_file import atomic_write_text
from heartlog.core.paths import data_dir

log = logging.getLogger(__name__)

SETTINGS_NAME = "settings.json"
FORMAT_VERSION = 1
_BACKUP_FOLDERS = "backup_folders"


def settings_path() -> Path:
    return data_dir() / SETTINGS_NAME


def load() -> dict[str, Any]:
    """The settings as a dict; ``{}`` when the file is missing or unreadable."""
    path = settings_path()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("app settings unreadable (%s); using defaults", type(exc).__name__)
        return {}
    if not isinstance(doc, dict):
        log.warning("app settings are not a JSON object; using defaults")
        return {}
    return doc


def _set_aside_damaged(path: Path) -> None:
    """Keep a damaged settings file under a new name instead of overwriting it."""
    try:
        json.loads(path.read_text(encoding="utf-8"))
        return
    except FileNotFoundError:
        return
    except (OSError, ValueError):
        pass
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"settings.damaged-{stamp}.json")
    try:
        os.replace(path, aside)
        log.warning("damaged app settings kept as %s", aside.name)
    except OSError:
        log.warning("could not set the damaged app settings aside")


def save(doc: dict[str, Any]) -> None:
    """Write the whole settings document atomically (raises ``StorageError``)."""
    path = settings_path()
    _set_aside_damaged(path)
    body = {**doc, "format": FORMAT_VERSION}
    atomic_write_text(path, json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def set_value(key: str, value: Any) -> None:
    doc = load()
    if value is None:
        doc.pop(key, None)
    else:
        doc[key] = value
    save(doc)


def backup_root(profile_id: str) -> Path | None:
    """The backup folder the user chose for a profile, or None for the default."""
    folders = load().get(_BACKUP_FOLDERS)
    if isinstance(folders, dict) and isinstance(folders.get(profile_id), str):
        return Path(folders[profile_id])
    return None


def set_backup_root(profile_id: str, folder: Path | None) -> None:
    """Choose a profile's backup folder (None: back to the default)."""
    doc = load()
    folders = doc.get(_BACKUP_FOLDERS)
    folders = dict(folders) if isinstance(folders, dict) else {}
    if folder is None:
        folders.pop(profile_id, None)
    else:
        folders[profile_id] = str(Path(folder).expanduser().resolve())
    doc[_BACKUP_FOLDERS] = folders
    save(doc)
