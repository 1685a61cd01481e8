"""The profiles on this computer, read without loading the database stack.

``heartlog.core.profiles`` pulls in SQLAlchemy and Alembic (about 0.3 s) and
``core.keywrap`` the crypto libraries; the first dialog only needs names, so it
reads the plain ``profile`` part of each key file (asking ``core.keywrap`` about
any file it does not recognise), like ``core.profiles.list_profiles`` does. The
heavy modules are imported in the background while the person types.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from heartlog.core.errors import HeartLogError
from heartlog.core.paths import profiles_dir
from heartlog.ui.safe_errors import safe_text

log = logging.getLogger(__name__)

KEY_NAME = "key.json"  # == core.profiles.KEY_NAME
KEY_FORMAT = 1  # == core.keywrap.FORMAT_VERSION; other versions are left to core
UI_LOCK_NAME = "window.lock"


class ProfileInUse(HeartLogError):
    """The profile is already open in another HeartLog window (the UI lock file)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"The profile {name!r} is already open in another HeartLog window.")
        self.name = name


@dataclass(frozen=True)
class ProfileInfo:
    id: str
    name: str
    folder: Path

    @property
    def ui_lock_path(self) -> Path:
        return self.folder / UI_LOCK_NAME


def _profile_meta(key_path: Path) -> dict[str, object]:
    doc = json.loads(key_path.read_text(encoding="utf-8"))
    if isinstance(doc, dict) and doc.get("format") == KEY_FORMAT:
        meta = doc.get("profile")
        if isinstance(meta, dict):
            return meta
    from heartlog.core.keywrap import KeyFile  # a format we do not know: core decides

    return KeyFile.load(key_path).meta


def list_profiles() -> list[ProfileInfo]:
    """Every readable profile, sorted by name (same rules as core's ``list_profiles``)."""
    root = profiles_dir()
    found: list[ProfileInfo] = []
    if not root.is_dir():
        return found
    for folder in sorted(root.iterdir()):
        key_path = folder / KEY_NAME
        if not key_path.is_file():
            continue
        try:
            meta = _profile_meta(key_path)
        except Exception:  # a damaged key file must not hide the other profiles
            log.warning("skipping unreadable profile folder %s", folder.name)
            continue
        found.append(
            ProfileInfo(
                str(meta.get("id", folder.name)), str(meta.get("name", folder.name)), folder
            )
        )
    return sorted(found, key=lambda p: p.name.casefold())


def preload_core() -> None:
    """Import the database stack and the main window in a background thread."""

    def load() -> None:
        try:
            import heartlog.core.profiles
            import heartlog.ui.main_window  # noqa: F401
        except Exception as exc:  # the real import later reports any problem
            log.warning("background preload failed: %s", safe_text(exc))

    threading.Thread(target=load, name="heartlog-preload", daemon=True).start()
