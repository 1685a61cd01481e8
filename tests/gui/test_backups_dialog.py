"""The Backups dialog and the restore offered when a journal is damaged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from heartlog.core import app_settings, atomic_file, backup, profiles
from heartlog.core.backup_catalog import list_backups
from heartlog.core.restore import CorruptProfile, restore_open_profile
from heartlog.ui.backups_dialog import BackupsDialog
from heartlog.ui.restore_dialog import RestoreDialog
from heartlog_testing import PASSPHRASE

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "reliability"))
from db_snapshot import corrupt_middle


@pytest.fixture
def dialog(qtbot, opened):
    opened.journal.add("we talked")
    backup.create_backup(opened, reason="daily")
    dlg = BackupsDialog(opened)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_lists_backups_with_date_age_reason_size_and_check(dialog):
    assert dialog.tree.topLevelItemCount() == 1
    item = dialog.tree.topLevelItem(0)
    assert item.text(2) == "Daily (automatic)" and item.text(4) == "Verified"
    assert item.text(1) and item.text(3) and item.text(0)
    assert not dialog.restore_button.isEnabled()  # nothing selected yet


def test_back_up_now_runs_in_the_background_and_lists_the_new_one(qtbot, dialog):
    with qtbot.waitSignal(dialog.backupCreated, timeout=30000):
        qtbot.mouseClick(dialog.backup_now_button, Qt.MouseButton.LeftButton)
    assert dialog.tree.topLevelItemCount() == 2
    assert "verified" in dialog.status_label.text()


def test_back_up_now_failure_is_shown_plainly(qtbot, dialog, monkeypatch):
    import errno

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file, "_fsync", full)
    qtbot.mouseClick(dialog.backup_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "unchanged" in dialog.status_label.text(), timeout=30000)
    assert "disk is full" in dialog.status_label.text()
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.backup_now_button.isEnabled()


def _select_first(qtbot, dialog) -> None:
    rect = dialog.tree.visualItemRect(dialog.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.restore_button.isEnabled()


def test_restore_asks_first_and_cancel_changes_nothing(qtbot, dialog, monkeypatch):
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    _select_first(qtbot, dialog)
    with qtbot.assertNotEmitted(dialog.restoreRequested):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "not deleted" in asked[0]


def test_confirmed_restore_requests_it_and_core_restores(qtbot, dialog, opened, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    opened.journal.add("after the backup")
    _select_first(qtbot, dialog)
    with qtbot.waitSignal(dialog.restoreRequested) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    path = signal.args[0]
    assert path == str(list_backups(opened.profile.id)[0].path)
    # What the main window does with it:
    reopened, result = restore_open_profile(opened, path)
    with reopened:
        assert [e.body for e in reopened.journal.list()] == ["we talked"]
        assert result.set_aside is not None and result.set_aside.exists()


def test_change_folder(qtbot, dialog, opened, tmp_path, monkeypatch):
    target = tmp_path / "synced"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    qtbot.mouseClick(dialog.change_folder_button, Qt.MouseButton.LeftButton)
    assert app_settings.backup_root(opened.profile.id) == target.resolve()
    assert str(target) in dialog.folder_label.text()
    assert dialog.default_folder_button.isEnabled()
    qtbot.mouseClick(dialog.default_folder_button, Qt.MouseButton.LeftButton)
    assert app_settings.backup_root(opened.profile.id) is None


def _corrupt(opened) -> CorruptProfile:
    profile = opened.profile
    opened.close()
    corrupt_middle(profile.db_path)
    with pytest.raises(CorruptProfile) as info:
        profiles.unlock(profile, PASSPHRASE)
    return info.value


def test_restore_dialog_offers_the_newest_backup_and_restores(qtbot, opened):
    opened.journal.add("kept in the backup")
    backup.create_backup(opened)
    error = _corrupt(opened)
    dlg = RestoreDialog(error, PASSPHRASE)
    qtbot.addWidget(dlg)
    dlg.show()
    assert "old" in dlg.backup_label.text() and dlg.restore_button.isEnabled()
    with qtbot.waitSignal(dlg.restored, timeout=30000) as signal:
        qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    assert "journal.corrupt-" in signal.args[0] and Path(signal.args[0]).exists()
    with profiles.unlock(error.profile, PASSPHRASE) as again:
        assert [e.body for e in again.journal.list()] == ["kept in the backup"]


def test_restore_dialog_without_backup_can_look_in_another_folder(
    qtbot, opened, tmp_path, monkeypatch
):
    elsewhere = tmp_path / "usb"
    backup.create_backup(opened, root=elsewhere)
    for b in list_backups(opened.profile.id):
        if elsewhere not in b.path.parents:
            b.path.unlink()
    error = _corrupt(opened)
    assert error.newest_backup is None
    dlg = RestoreDialog(error, PASSPHRASE)
    qtbot.addWidget(dlg)
    assert not dlg.restore_button.isEnabled() and "No verified backup" in dlg.backup_label.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(elsewhere))
    qtbot.mouseClick(dlg.folder_button, Qt.MouseButton.LeftButton)
    assert dlg.restore_button.isEnabled() and dlg.backup is not None
