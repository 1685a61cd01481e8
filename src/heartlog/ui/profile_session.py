"""One profile as the window holds it: the UI lock file, and the open journal when unlocked."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from heartlog.ui.profile_catalog import ProfileInfo, ProfileInUse

if TYPE_CHECKING:
    from heartlog.core.journal import Journal
    from heartlog.core.profiles import OpenProfile

log = logging.getLogger(__name__)


def acquire_window_lock(profile: ProfileInfo) -> QLockFile:
    """Take the profile's UI lock, or raise ``ProfileInUse``.

    Held for as long as a window shows the profile (locked or not), beside core's
    lock which is held only while the database is open.
    """
    lock = QLockFile(str(profile.ui_lock_path))
    # 0: never treat a live holder as stale by age; a dead one is detected by PID.
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        log.info("profile %s already has a window", profile.id)
        raise ProfileInUse(profile.name)
    return lock


class ProfileSession:
    """The profile behind a main window."""

    def __init__(self, profile: ProfileInfo, window_lock: QLockFile) -> None:
        self.profile = profile
        self._window_lock: QLockFile | None = window_lock
        self.opened: OpenProfile | None = None

    @property
    def is_open(self) -> bool:
        return self.opened is not None

    @property
    def journal(self) -> Journal:
        if self.opened is None:
            raise RuntimeError("the profile is locked")
        return self.opened.journal

    def attach(self, opened: OpenProfile) -> None:
        """Adopt an unlocked profile (from the unlock dialog)."""
        self.close_database()
        self.opened = opened

    def close_database(self) -> None:
        if self.opened is not None:
            try:
                self.opened.close()
            finally:
                self.opened = None

    def release(self) -> None:
        """Close everything; the profile may then be opened by another window."""
        self.close_database()
        if self._window_lock is not None:
            self._window_lock.unlock()
            self._window_lock = None
