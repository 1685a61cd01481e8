"""Unlocking a profile the way the app and the CLI both use it.

A pending migration is preceded by a backup; once open, the day's automatic
backup is made if there is none yet. A failed daily backup is not a reason to
refuse the journal: it is returned as a notice for the caller to show.
"""

from __future__ import annotations

import logging

from heartlog.core.backup import create_backup, maybe_daily_backup
from heartlog.core.errors import HeartLogError
from heartlog.core.profiles import OpenProfile, Profile, unlock

log = logging.getLogger(__name__)


def backup_before_migrate(opened: OpenProfile) -> None:
    create_backup(opened, reason="pre-migration")


def open_for_use(profile: Profile | str, passphrase: str) -> OpenProfile:
    """``unlock`` with the pre-migration and daily backups; see ``OpenProfile.notices``."""
    opened = unlock(profile, passphrase, before_migrate=backup_before_migrate)
    try:
        maybe_daily_backup(opened)
    except HeartLogError as exc:
        log.warning("daily backup failed: %s", type(exc).__name__)
        opened.notices.append(f"Today's automatic backup failed: {exc}")
    return opened
