"""The profiles on this computer, as the start dialogs show them.

``heartlog.core.profile_index`` lists them without loading SQLAlchemy, Alembic
or the crypto libraries (about 0.3 s); those are imported in the background
(``preload_core``) while the person types the passphrase.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from heartlog.core import profile_index
from heartlog.core.errors import HeartLogError
from heartlog.ui.safe_errors import safe_text

log = logging.getLogger(__name__)

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


def list_profiles() -> list[ProfileInfo]:
    """Every readable profile, sorted by name."""
    return [ProfileInfo(p.id, p.name, p.folder) for p in profile_index.list_profiles()]


def preload_core() -> None:
    """Import the database stack and the main window in a background thread."""

    def load() -> None:
        try:
            import heartlog.core.profiles
            import heartlog.ui.main_window  # noqa: F401
        except Exception as exc:  # the real import later reports any problem
            log.warning("background preload failed: %s", safe_text(exc))

    threading.Thread(target=load, name="heartlog-preload", daemon=True).start()
