"""Corruption at open is detected without writing; restore keeps the old file aside."""

from __future__ import annotations

import pytest
from db_snapshot import corrupt_middle, fingerprint, siblings, table_rows

from heartlog.core import backup, profiles, restore
from heartlog.core.errors import ProfileCorrupt, ProfileLocked
from heartlog_testing import PASSPHRASE


def _fill(opened, n: int = 30) -> None:
    for i in range(n):
        opened.journal.add(
            f"Entry {i}: we listened to each other.", title=f"T{i}", tags=[f"t{i % 3}"]
        )
    opened.journal.set_setting("theme", {"dark": True})
    opened.journal.save_draft("draft-1", "draft", "unsaved words")


def test_backup_restore_round_trip_is_identical_in_every_table(opened):
    _fill(opened)
    info = backup.create_backup(opened)
    snapshot = table_rows(opened.profile.db_path, opened.data_key)
    assert sum(len(v) for v in snapshot.values()) > 60
    opened.journal.add("written after the backup")
    opened.journal.delete(opened.journal.list(limit=1, oldest_first=True)[0].id)
    profile, key = opened.profile, opened.data_key
    opened.close()
    result = restore.restore_backup(profile, info, key)
    assert table_rows(profile.db_path, key) == snapshot
    assert result.set_aside is not None and result.set_aside.name.startswith("journal.replaced-")
    # The replaced journal is kept whole: it still opens and has the later entry.
    rows = table_rows(result.set_aside, key)
    assert any("written after the backup" in str(r) for r in rows["entries"])
    # Same passphrase, same data key (unlock also folds the backed-up draft in).
    with profiles.unlock(profile, PASSPHRASE) as again:
        assert again.journal.count() == 31
        assert again.journal.get("draft-1").body == "unsaved words"


def test_restore_from_the_app_reopens_with_the_same_key(opened):
    _fill(opened, 5)
    info = backup.create_backup(opened)
    opened.journal.add("after")
    reopened, result = restore.restore_open_profile(opened, info)
    with reopened:
        assert reopened.journal.count() == 6  # 5 + the recovered draft
        assert result.backup.path == info.path


def test_corrupt_journal_is_detected_at_open_and_not_written(opened):
    _fill(opened)
    good = backup.create_backup(opened)
    profile, key = opened.profile, opened.data_key
    opened.close()
    corrupt_middle(profile.db_path)
    before = fingerprint(profile.db_path)
    for _ in range(2):
        with pytest.raises(restore.CorruptProfile) as info:
            profiles.unlock(profile, PASSPHRASE)
        err = info.value
        assert isinstance(err, ProfileCorrupt)
        assert err.newest_backup is not None and err.newest_backup.path == good.path
        assert err.age is not None and err.age.total_seconds() >= 0
        assert "backup restore --profile Test --latest" in str(err)
        assert "old" in str(err) and "nothing was changed" in str(err)
    assert fingerprint(profile.db_path) == before
    assert siblings(profile.db_path) == []
    assert sorted(p.name for p in profile.folder.iterdir()) == [
        "journal.db",
        "journal.lock",
        "key.json",
    ]
    # Restoring moves it aside (renamed, never deleted) and the journal opens again.
    result = restore.restore_latest(profile, key)
    assert result.set_aside.name.startswith("journal.corrupt-")
    assert fingerprint(result.set_aside) == before
    with profiles.unlock(profile, PASSPHRASE) as op:
        assert op.journal.count() == 31  # 30 + the draft folded in at unlock


def test_missing_journal_is_reported_not_recreated_empty(opened):
    backup.create_backup(opened)
    profile = opened.profile
    opened.close()
    profile.db_path.rename(profile.folder / "elsewhere.db")
    with pytest.raises(restore.CorruptProfile, match="missing"):
        profiles.unlock(profile, PASSPHRASE)
    assert not profile.db_path.exists()


def test_corrupt_without_backup_says_where_it_looked(opened):
    profile = opened.profile
    opened.close()
    corrupt_middle(profile.db_path, size=profile.db_path.stat().st_size // 2)
    with pytest.raises(restore.CorruptProfile) as info:
        profiles.unlock(profile, PASSPHRASE)
    assert info.value.newest_backup is None
    assert "No verified backup" in str(info.value) and "backup folder" in str(info.value)
    with pytest.raises(restore.NoBackup):
        restore.restore_latest(profile, restore.data_key_for(profile, PASSPHRASE))


def test_restore_refuses_while_the_profile_is_open(opened):
    info = backup.create_backup(opened)
    before = fingerprint(opened.profile.db_path)
    with pytest.raises(ProfileLocked):
        restore.restore_backup(opened.profile, info, opened.data_key)
    assert fingerprint(opened.profile.db_path) == before


def test_a_foreign_backup_changes_nothing(opened):
    other = profiles.create_profile("Other", PASSPHRASE)
    with profiles.unlock(other, PASSPHRASE) as op:
        foreign = backup.create_backup(op)
    opened.journal.add("mine")
    before = table_rows(opened.profile.db_path, opened.data_key)
    with pytest.raises(backup.BackupInvalid):
        restore.restore_open_profile(opened, foreign)
    assert opened.journal.count() == 1  # still open and usable
    assert table_rows(opened.profile.db_path, opened.data_key) == before
    assert not (opened.profile.folder / restore.STAGING_NAME).exists()


def test_a_failed_restore_from_the_app_hands_back_the_journal_open(opened, monkeypatch):
    import errno

    from heartlog.core import atomic_file

    opened.journal.add("precious")
    info = backup.create_backup(opened)
    opened.journal.add("also precious")

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file, "_write", full)
    with pytest.raises(restore.RestoreFailed, match="disk is full") as failed:
        restore.restore_open_profile(opened, info)
    with failed.value.reopened as again:
        assert again.journal.count() == 2


def test_a_truncated_journal_is_damaged_not_a_new_empty_one(opened):
    opened.journal.add("do not lose me")
    backup.create_backup(opened)
    profile = opened.profile
    opened.close()
    with profile.db_path.open("r+b") as fh:
        fh.truncate(0)
    with pytest.raises(restore.CorruptProfile, match="empty"):
        profiles.unlock(profile, PASSPHRASE)
    assert profile.db_path.stat().st_size == 0 and siblings(profile.db_path) == []
    restore.restore_latest(profile, restore.data_key_for(profile, PASSPHRASE))
    with profiles.unlock(profile, PASSPHRASE) as again:
        assert [e.body for e in again.journal.list()] == ["do not lose me"]
