"""Which backups to keep: 7 daily, 4 weekly, 6 monthly, plus manual and pre-migration.

The rule, applied to the folder new backups go to (never to other folders):

- automatic (``daily``) backups: walking from the newest, keep the newest
  backup of each of the last 7 calendar days that have one, of each of the last
  4 ISO weeks that have one and of each of the last 6 months that have one
  (local time; the three sets are joined, so one backup can fill all three);
- ``manual`` backups: the 10 newest;
- ``pre-migration`` backups: the 3 newest;
- the newest verified backup of any kind is always kept;
- unverified files (no sidecar) and files not named like a backup are never
  deleted by rotation.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Hashable, Sequence

from heartlog.core.backup_catalog import BackupInfo, sidecar_path

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 6
KEEP_MANUAL = 10
KEEP_PRE_MIGRATION = 3


def _local_day(b: BackupInfo) -> dt.date:
    return b.created.astimezone().date()


def _newest_per_period(
    backups: Sequence[BackupInfo], period: Callable[[BackupInfo], Hashable], count: int
) -> set[BackupInfo]:
    kept: set[BackupInfo] = set()
    seen: set[Hashable] = set()
    for b in sorted(backups, key=lambda x: x.created, reverse=True):
        key = period(b)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(b)
    return kept


def backups_to_keep(backups: Sequence[BackupInfo]) -> set[BackupInfo]:
    """The backups the rule keeps (see the module docstring)."""
    verified = [b for b in backups if b.verified]
    daily = [b for b in verified if b.reason == "daily"]
    keep: set[BackupInfo] = {b for b in backups if not b.verified}
    keep |= _newest_per_period(daily, _local_day, KEEP_DAILY)
    keep |= _newest_per_period(daily, lambda b: _local_day(b).isocalendar()[:2], KEEP_WEEKLY)
    keep |= _newest_per_period(
        daily, lambda b: (_local_day(b).year, _local_day(b).month), KEEP_MONTHLY
    )
    by_reason = {"manual": KEEP_MANUAL, "pre-migration": KEEP_PRE_MIGRATION}
    for reason, count in by_reason.items():
        same = sorted((b for b in verified if b.reason == reason), key=lambda b: b.created)
        keep |= set(same[-count:])
    keep |= {b for b in verified if b.reason not in by_reason and b.reason != "daily"}
    if verified:
        keep.add(max(verified, key=lambda b: b.created))
    return keep


def rotate(backups: Sequence[BackupInfo]) -> list[BackupInfo]:
    """Delete the backups the rule does not keep; return those deleted.

    A file that cannot be deleted is logged and left; rotation never fails a backup.
    """
    keep = backups_to_keep(backups)
    removed: list[BackupInfo] = []
    for b in backups:
        if b in keep:
            continue
        try:
            b.path.unlink()
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", b.path.name, exc.strerror)
            continue
        with contextlib.suppress(OSError):
            sidecar_path(b.path).unlink()
        removed.append(b)
    if removed:
        log.info("rotation removed %d old backup(s)", len(removed))
    return removed
