"""Backups: written verified, listed without a key, once a day, in the chosen folder."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from db_snapshot import fingerprint, siblings, table_rows

from heartlog.core import app_settings, backup, profiles
from heartlog.core.backup_catalog import list_backups, newest_verified_backup, sidecar_path
from heartlog_testing import PASSPHRASE


def test_backup_is_encrypted_verified_and_identical_in_content(opened):
    opened.journal.add("We talked it through after dinner.", title="Talk", tags=["us"])
    info = backup.create_backup(opened)
    assert info.verified and info.reason == "manual" and info.size == info.path.stat().st_size
    assert b"talked it through" not in info.path.read_bytes()  # encrypted
    assert b"SQLite format 3" not in info.path.read_bytes()[:16]
    assert table_rows(info.path, opened.data_key) == table_rows(
        opened.profile.db_path, opened.data_key
    )
    meta = json.loads(sidecar_path(info.path).read_text(encoding="utf-8"))
    assert meta["verified"] is True and meta["size"] == info.size and meta["reason"] == "manual"
    assert (info.path.parent / "key.json").read_bytes() == opened.profile.key_path.read_bytes()
    assert not list(info.path.parent.glob(".*.tmp"))


def test_verify_backup_changes_no_byte_and_leaves_no_wal_or_shm(opened):
    info = backup.create_backup(opened)
    before = fingerprint(info.path)
    backup.verify_backup(info.path, opened.data_key)
    backup.verify_backup(info.path, opened.data_key)
    assert fingerprint(info.path) == before
    assert siblings(info.path) == []


def test_a_backup_under_another_key_is_rejected(opened):
    info = backup.create_backup(opened)
    with pytest.raises(backup.BackupInvalid, match="key"):
        backup.verify_backup(info.path, b"\x01" * 32)


def test_a_damaged_backup_is_not_offered(opened):
    good = backup.create_backup(opened)
    opened.journal.add("later")
    bad = backup.create_backup(opened)
    data = bytearray(bad.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = b"\x00" * 64
    bad.path.write_bytes(bytes(data))
    assert [b.path for b in list_backups(opened.profile.id)] == [bad.path, good.path]
    assert newest_verified_backup(opened.profile.id, opened.data_key).path == good.path
    # Without the key the recorded SHA-256 catches it too.
    assert newest_verified_backup(opened.profile.id).path == good.path


def test_daily_backup_at_most_once_a_day(opened):
    first = backup.maybe_daily_backup(opened)
    assert first is not None and first.reason == "daily"
    assert backup.maybe_daily_backup(opened) is None
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    second = backup.maybe_daily_backup(opened, now=tomorrow)
    assert second is not None
    # Both were really written today, so rotation keeps the newest of the day.
    assert [b.path for b in list_backups(opened.profile.id)] == [second.path]


def test_chosen_backup_folder_is_used_and_old_backups_stay_listed(opened, tmp_path):
    old = backup.create_backup(opened)
    elsewhere = tmp_path / "synced folder"
    app_settings.set_backup_root(opened.profile.id, elsewhere)
    new = backup.create_backup(opened)
    assert new.path.parent == elsewhere / opened.profile.id
    assert {b.path for b in list_backups(opened.profile.id)} == {old.path, new.path}
    # The setting is in a plain JSON file readable before any unlock.
    doc = json.loads((app_settings.settings_path()).read_text(encoding="utf-8"))
    assert doc["backup_folders"][opened.profile.id] == str(elsewhere.resolve())


def test_backup_before_migration_runs_through_unlock(profile, monkeypatch):
    from heartlog.core import db

    with profiles.unlock(profile, PASSPHRASE) as op:
        op.journal.add("before the migration")
    monkeypatch.setattr(db, "head_revision", lambda: "9999")
    monkeypatch.setattr(db, "current_revision", lambda engine: "0001")
    ran: list[str] = []

    def fake_upgrade_command(cfg, rev):
        ran.append(rev)

    from alembic import command

    monkeypatch.setattr(command, "upgrade", fake_upgrade_command)
    with profiles.unlock(
        profile, PASSPHRASE, before_migrate=lambda op: backup.create_backup(op, "pre-migration")
    ):
        pass
    reasons = [b.reason for b in list_backups(profile.id)]
    assert reasons == ["pre-migration"] and ran == ["head"]


def test_delete_profile_removes_its_backups_everywhere(opened, tmp_path):
    backup.create_backup(opened)
    app_settings.set_backup_root(opened.profile.id, tmp_path / "other")
    backup.create_backup(opened)
    profile = opened.profile
    opened.close()
    profiles.delete_profile(profile, PASSPHRASE)
    assert list_backups(profile.id) == []
    assert app_settings.backup_root(profile.id) is None


def test_app_settings_damaged_file_is_set_aside_not_lost(heartlog_home):
    path = app_settings.settings_path()
    path.write_text("{broken", encoding="utf-8")
    assert app_settings.load() == {}
    app_settings.set_value("x", 1)
    assert app_settings.get("x") == 1
    kept = list(heartlog_home.glob("settings.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{broken"
