"""ENOSPC/EIO in the Nth write or fsync: the old data stays, no temp file, a plain error.

Each operation is retried with the fault moved one call later (N = 1, 2, ...)
until it succeeds, so every write and fsync it makes is hit once.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from db_snapshot import fingerprint, table_rows

from heartlog.core import app_settings, atomic_file, backup, profiles, restore
from heartlog.core.backup_catalog import list_backups
from heartlog.core.errors import StorageError
from heartlog_testing import PASSPHRASE

ERRNOS = (errno.ENOSPC, errno.EIO)


class FailNth:
    """Replace ``atomic_file._write`` or ``_fsync``: the Nth call raises OSError."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: str, n: int, code: int) -> None:
        self.calls = 0
        self.n = n
        self.code = code
        self.real = getattr(atomic_file, name)
        monkeypatch.setattr(atomic_file, name, self)

    def __call__(self, *args):
        self.calls += 1
        if self.calls == self.n:
            raise OSError(self.code, os.strerror(self.code))
        return self.real(*args)


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith((".tmp", ".restoring.db")))


def run_until_success(
    monkeypatch: pytest.MonkeyPatch,
    operation: Callable[[], object],
    check_unchanged: Callable[[], None],
    folder: Path,
    after_success: Callable[[], None] | None = None,
) -> int:
    """Inject each fault at N = 1, 2, ... into writes and fsyncs; return faults injected.

    ``after_success`` puts things back after each successful run, so the next
    fault kind starts from the same state.
    """
    faults = 0
    for name in ("_write", "_fsync"):
        for code in ERRNOS:
            n = 1
            while True:
                with monkeypatch.context() as mp:
                    injector = FailNth(mp, name, n, code)
                    try:
                        operation()
                    except StorageError as exc:
                        assert injector.calls == n
                        message = str(exc)
                        assert message.endswith(".") and "Traceback" not in message
                        if code == errno.ENOSPC:
                            assert "disk is full" in message
                        check_unchanged()
                        assert _temps(folder) == []
                        faults += 1
                        n += 1
                        continue
                break
            if after_success is not None:
                after_success()
    return faults


def test_atomic_write_keeps_the_old_file(monkeypatch, tmp_path, capsys):
    target = tmp_path / "export.md"
    old, new = b"old complete export", b"new " * 1000

    def reset() -> None:
        target.write_bytes(old)

    after_rename: list[bytes] = []

    def check() -> None:
        # Old bytes, or (only when the folder fsync after the rename failed) the whole new file.
        content = target.read_bytes()
        assert content in (old, new)
        if content == new:
            after_rename.append(content)
        reset()

    reset()
    faults = run_until_success(
        monkeypatch, lambda: atomic_file.atomic_write_bytes(target, new), check, tmp_path, reset
    )
    assert faults == 6  # 1 write and 2 fsyncs (file, folder), each with ENOSPC and EIO
    assert len(after_rename) == 2  # the folder fsync, once per errno
    atomic_file.atomic_write_bytes(target, new)
    assert target.read_bytes() == new
    with capsys.disabled():
        print(f"\natomic write: {faults} faults injected, old file intact after each")


def test_key_file_rewrap_keeps_a_working_passphrase(monkeypatch, profile, heartlog_home, capsys):
    from heartlog.core.errors import WrongPassphrase

    other = {PASSPHRASE: "a new passphrase!", "a new passphrase!": PASSPHRASE}
    state = {"pw": PASSPHRASE}
    key = restore.data_key_for(profile, PASSPHRASE)

    def op() -> None:
        profiles.change_passphrase(profile, state["pw"], other[state["pw"]])
        state["pw"] = other[state["pw"]]

    def check() -> None:
        # The old passphrase still opens it (or, if only the folder fsync after the
        # rename failed, the new one does): never a half-written key file.
        for pw in (state["pw"], other[state["pw"]]):
            try:
                assert restore.data_key_for(profile, pw) == key
            except WrongPassphrase:
                continue
            state["pw"] = pw
            return
        raise AssertionError("no passphrase opens the key file")

    faults = run_until_success(monkeypatch, op, check, heartlog_home)
    assert faults == 6
    assert restore.data_key_for(profile, state["pw"]) == key
    with capsys.disabled():
        print(f"\nkey file re-wrap: {faults} faults injected, a working passphrase after each")


def test_app_settings_survive_write_faults(monkeypatch, heartlog_home, tmp_path, capsys):
    def reset() -> None:
        app_settings.set_backup_root("p1", tmp_path / "a")

    def check() -> None:
        # Old value, or (folder fsync after the rename failed) the whole new one.
        assert app_settings.backup_root("p1") in (tmp_path / "a", tmp_path / "b")
        if app_settings.backup_root("p1") == tmp_path / "b":
            reset()

    reset()
    faults = run_until_success(
        monkeypatch,
        lambda: app_settings.set_backup_root("p1", tmp_path / "b"),
        check,
        heartlog_home,
        reset,
    )
    assert faults == 6
    with capsys.disabled():
        print(f"\napp settings: {faults} faults injected, old settings intact after each")


def test_backup_write_faults_leave_old_backups_and_nothing_half_done(
    monkeypatch, opened, heartlog_home, capsys
):
    opened.journal.add("an entry worth keeping")
    first = backup.create_backup(opened, reason="manual")
    opened.journal.add("a second one")
    rows = table_rows(opened.profile.db_path, opened.data_key)

    def op() -> None:
        # The key copy is written only when it changed: change it each round.
        (first.path.parent / "key.json").write_bytes(b"stale")
        backup.create_backup(opened, reason="manual")

    def check() -> None:
        names = [b.path.name for b in list_backups(opened.profile.id)]
        assert names == [first.path.name]
        backup.verify_backup(first.path, opened.data_key)
        assert table_rows(opened.profile.db_path, opened.data_key) == rows

    def drop_new() -> None:
        for b in list_backups(opened.profile.id):
            if b.path != first.path:
                b.path.unlink()
                b.path.with_suffix(".json").unlink()

    faults = run_until_success(monkeypatch, op, check, heartlog_home, drop_new)
    # writes: key copy, sidecar; fsyncs: key copy + folder, copy, sidecar + folder, folder.
    assert faults == (2 + 6) * 2
    with capsys.disabled():
        print(f"\nbackup: {faults} faults injected, earlier backups and journal intact after each")


def test_restore_copy_faults_leave_the_journal_in_place(monkeypatch, opened, heartlog_home, capsys):
    opened.journal.add("in the backup")
    info = backup.create_backup(opened)
    opened.journal.add("only in the live journal")
    profile, key = opened.profile, opened.data_key
    opened.close()
    live = fingerprint(profile.db_path)

    def check() -> None:
        assert fingerprint(profile.db_path) == live
        assert sorted(p.name for p in profile.folder.glob("journal.*")) == [
            "journal.db",
            "journal.lock",
        ]

    def put_live_back() -> None:
        assert table_rows(profile.db_path, key) == table_rows(info.path, key)
        (aside,) = profile.folder.glob("journal.replaced-*.db")
        aside.replace(profile.db_path)

    faults = run_until_success(
        monkeypatch,
        lambda: restore.restore_backup(profile, info, key),
        check,
        heartlog_home,
        put_live_back,
    )
    # One write per 1 MiB chunk; fsyncs: the copy and its folder (the last folder
    # fsync after the renames is best effort and does not fail the restore).
    assert faults == (1 + 2) * 2
    with capsys.disabled():
        print(f"\nrestore: {faults} faults injected, the journal in place after each")
