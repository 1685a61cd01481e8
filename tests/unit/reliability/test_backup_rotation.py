"""Rotation keeps 7 daily, 4 weekly, 6 monthly, 10 manual, 3 pre-migration backups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from heartlog.core import backup
from heartlog.core.backup_catalog import BackupInfo, list_backups
from heartlog.core.backup_rotation import backups_to_keep, rotate

NOON = dt.datetime(2026, 6, 30, 12, 0).astimezone()


def _b(days_ago: float, reason: str = "daily", verified: bool = True) -> BackupInfo:
    created = (NOON - dt.timedelta(days=days_ago)).astimezone(dt.UTC)
    return BackupInfo(Path(f"/x/{days_ago}-{reason}.db"), created, reason, 1, verified)


def test_a_year_of_daily_backups_keeps_the_grandfather_father_son_set():
    year = [_b(d) for d in range(365)]
    kept = backups_to_keep(year)
    days = sorted({NOON.date() - b.created.astimezone().date() for b in kept})
    day_numbers = [d.days for d in days]
    # 7 newest days, then the newest of each older week (4 weeks) and month (6 months).
    assert day_numbers[:7] == list(range(7))
    months = {(b.created.astimezone().year, b.created.astimezone().month) for b in kept}
    assert len(months) == 6
    assert len(kept) <= 7 + 4 + 6
    print(f"rotation: 365 daily backups -> {len(kept)} kept")


def test_two_backups_on_one_day_keep_the_newer():
    newer, older = _b(0.1), _b(0.2)
    assert backups_to_keep([newer, older]) == {newer}


def test_manual_and_pre_migration_follow_their_own_counts():
    manual = [_b(d, "manual") for d in range(12)]
    pre = [_b(d, "pre-migration") for d in range(5)]
    kept = backups_to_keep(manual + pre)
    assert {b for b in kept if b.reason == "manual"} == set(manual[:10])
    assert {b for b in kept if b.reason == "pre-migration"} == set(pre[:3])


def test_unverified_files_are_never_rotated_and_newest_verified_always_kept():
    odd = _b(400, verified=False)
    old_manual = _b(500, "manual")
    kept = backups_to_keep([odd, old_manual])
    assert kept == {odd, old_manual}


def test_rotate_deletes_files_and_sidecars_only_for_dropped_backups(opened):
    for _ in range(3):
        backup.create_backup(opened, reason="daily")  # same day: only the newest stays
    folder_files = sorted(p.name for p in list_backups(opened.profile.id)[0].path.parent.iterdir())
    assert len([n for n in folder_files if n.endswith(".db")]) == 1
    assert len([n for n in folder_files if n.endswith(".json") and n != "key.json"]) == 1
    assert rotate(list_backups(opened.profile.id)) == []
