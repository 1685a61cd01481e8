"""Per-profile UI preferences, stored encrypted in the profile (``Journal.setting``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from heartlog.core.journal import Journal

log = logging.getLogger(__name__)

AUTO_LOCK_KEY = "ui.auto_lock_minutes"
EDITOR_POINTS_KEY = "ui.editor_points"
LAST_ENTRY_KEY = "ui.last_entry"

DEFAULT_AUTO_LOCK_MINUTES = 10
MAX_AUTO_LOCK_MINUTES = 240
DEFAULT_EDITOR_POINTS = 13
MIN_EDITOR_POINTS = 9
MAX_EDITOR_POINTS = 32


def _int_setting(journal: Journal, key: str, default: int, low: int, high: int) -> int:
    try:
        value: Any = journal.setting(key, default)
        number = int(value)
    except Exception:  # a damaged or odd value falls back to the default
        log.warning("ignoring unreadable setting %s", key)
        return default
    return min(high, max(low, number))


@dataclass(frozen=True)
class ProfilePrefs:
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES
    editor_points: int = DEFAULT_EDITOR_POINTS

    @classmethod
    def load(cls, journal: Journal) -> ProfilePrefs:
        return cls(
            auto_lock_minutes=_int_setting(
                journal, AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES, 0, MAX_AUTO_LOCK_MINUTES
            ),
            editor_points=_int_setting(
                journal,
                EDITOR_POINTS_KEY,
                DEFAULT_EDITOR_POINTS,
                MIN_EDITOR_POINTS,
                MAX_EDITOR_POINTS,
            ),
        )

    def save(self, journal: Journal) -> None:
        journal.set_setting(AUTO_LOCK_KEY, self.auto_lock_minutes)
        journal.set_setting(EDITOR_POINTS_KEY, self.editor_points)
