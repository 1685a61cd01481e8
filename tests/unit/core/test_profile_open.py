"""Opening a profile for use: the daily backup, and a failed backup as a notice."""

from __future__ import annotations

from heartlog.core import profile_open
from heartlog.core.backup_catalog import list_backups
from heartlog.core.errors import StorageError
from heartlog_testing import PASSPHRASE


def test_first_open_of_the_day_backs_up_once(profile):
    with profile_open.open_for_use(profile, PASSPHRASE) as opened:
        assert opened.notices == []
    with profile_open.open_for_use(profile, PASSPHRASE):
        pass
    assert [b.reason for b in list_backups(profile.id)] == ["daily"]


def test_a_failed_daily_backup_is_a_notice_and_the_journal_opens(profile, monkeypatch):
    def full_disk(opened, now=None):
        raise StorageError("The disk is full, so the backup could not be written.")

    monkeypatch.setattr(profile_open, "maybe_daily_backup", full_disk)
    with profile_open.open_for_use(profile, PASSPHRASE) as opened:
        assert opened.journal.count() == 0
        assert opened.notices == [
            "Today's automatic backup failed: The disk is full, so the backup could not be written."
        ]
    assert list_backups(profile.id) == []
