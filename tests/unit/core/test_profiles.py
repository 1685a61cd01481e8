"""Profiles: create, unlock, wrong passphrase, passphrase change, delete, lock."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from heartlog.core import profiles
from heartlog.core.errors import (
    InvalidProfileName,
    ProfileExists,
    ProfileLocked,
    ProfileNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from heartlog.core.keywrap import KdfParams, KeyFile
from heartlog_testing import PASSPHRASE


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_create_lists_and_unlocks(profile):
    assert [p.name for p in profiles.list_profiles()] == ["Test"]
    assert profile.db_path.is_file() and profile.key_path.is_file()
    with profiles.unlock("test", PASSPHRASE) as opened:  # names match case-insensitively
        entry = opened.journal.add("first words", title="Hello")
        assert opened.journal.get(entry.id).body == "first words"
    with profiles.unlock(profile, PASSPHRASE) as opened:
        assert [e.title for e in opened.journal.list()] == ["Hello"]


def test_wrong_passphrase_changes_no_file(profile):
    with profiles.unlock(profile, PASSPHRASE) as opened:
        opened.journal.add("something")
    before = snapshot(profile.folder)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        profiles.unlock(profile, PASSPHRASE + "x")
    assert snapshot(profile.folder) == before
    assert not (profile.folder / "journal.db-wal").exists()
    assert not (profile.folder / "journal.db-shm").exists()


def test_passphrase_is_nfc_normalised():
    decomposed = "cafe\u0301 au lait!"  # "café" typed with a combining accent
    composed = "caf\u00e9 au lait!"
    profiles.create_profile("Accents", decomposed)
    with profiles.unlock("Accents", composed) as opened:
        assert opened.journal.count() == 0


def test_change_passphrase_rewraps_without_touching_database(profile):
    with profiles.unlock(profile, PASSPHRASE) as opened:
        opened.journal.add("kept across the change")
    db_before = profile.db_path.read_bytes()
    profiles.change_passphrase(profile, PASSPHRASE, "a brand new phrase")
    assert profile.db_path.read_bytes() == db_before
    with pytest.raises(WrongPassphrase):
        profiles.unlock(profile, PASSPHRASE)
    with profiles.unlock(profile, "a brand new phrase") as opened:
        assert opened.journal.list()[0].body == "kept across the change"


def test_change_passphrase_with_wrong_old_passphrase_changes_nothing(profile):
    before = snapshot(profile.folder)
    with pytest.raises(WrongPassphrase):
        profiles.change_passphrase(profile, "not the passphrase", "another phrase")
    assert snapshot(profile.folder) == before


def test_rename_keeps_the_journal(profile):
    renamed = profiles.rename_profile(profile, PASSPHRASE, "Sam")
    assert renamed.name == "Sam"
    with profiles.unlock("Sam", PASSPHRASE) as opened:
        assert opened.journal.count() == 0


def test_names_and_passphrases_are_checked(profile):
    with pytest.raises(ProfileExists):
        profiles.create_profile("TEST", PASSPHRASE)
    with pytest.raises(InvalidProfileName):
        profiles.create_profile("  ", PASSPHRASE)
    with pytest.raises(InvalidProfileName):
        profiles.create_profile("bad\nname", PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        profiles.create_profile("Other", "short")
    with pytest.raises(ProfileNotFound):
        profiles.unlock("nobody", PASSPHRASE)
    assert [p.name for p in profiles.list_profiles()] == ["Test"]


def test_second_open_is_refused_until_the_first_closes(profile):
    first = profiles.unlock(profile, PASSPHRASE)
    try:
        with pytest.raises(ProfileLocked, match="already open"):
            profiles.unlock(profile, PASSPHRASE)
    finally:
        first.close()
    profiles.unlock(profile, PASSPHRASE).close()


def test_delete_needs_the_passphrase_and_removes_everything(profile):
    with pytest.raises(WrongPassphrase):
        profiles.delete_profile(profile, "not it at all")
    assert profile.folder.exists()
    profiles.delete_profile(profile, PASSPHRASE)
    assert not profile.folder.exists()
    assert profiles.list_profiles() == []


def test_two_profiles_cannot_read_each_other():
    a = profiles.create_profile("Alex", "alex passphrase")
    b = profiles.create_profile("Blair", "blair passphrase")
    with pytest.raises(WrongPassphrase):
        profiles.unlock(a, "blair passphrase")
    assert KeyFile.load(a.key_path).salt != KeyFile.load(b.key_path).salt


def test_production_kdf_parameters_are_stored_with_the_profile(monkeypatch):
    monkeypatch.delenv("HEARTLOG_KDF")
    production = KdfParams.production()
    assert production.memory_cost_kib >= 64 * 1024 and production.time_cost >= 3
    created = profiles.create_profile("Real", "real passphrase here")
    assert KeyFile.load(created.key_path).params == production
    # Lighter test parameters are also stored, so each profile opens with its own.
    monkeypatch.setenv("HEARTLOG_KDF", "fast")
    light = profiles.create_profile("Light", "light passphrase")
    assert KeyFile.load(light.key_path).params == KdfParams.fast_for_tests()
    with profiles.unlock(created, "real passphrase here") as opened:
        assert opened.journal.count() == 0


def test_damaged_key_file_is_a_clear_error_and_other_profiles_still_list(profile):
    from heartlog.core.errors import ProfileCorrupt

    other = profiles.create_profile("Other", PASSPHRASE)
    other.key_path.write_text("{not json", encoding="utf-8")
    assert [p.name for p in profiles.list_profiles()] == ["Test"]
    with pytest.raises(ProfileCorrupt, match="damaged"):
        profiles.unlock(profiles.Profile(other.id, "Other", other.folder), PASSPHRASE)
