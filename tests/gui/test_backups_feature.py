"""Backups from the main window: Tools > Backups…, restore, and a damaged journal at unlock."""

from __future__ import annotations

from driving import TIMEOUT_MS, start_and_unlock, type_passphrase
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from heartlog.core.backup_catalog import list_backups
from heartlog_testing import PASSPHRASE


def _menu_action(window, name: str):
    return next(a for a in window.menu("tools").actions() if a.objectName() == name)


def test_unlocking_in_the_app_makes_the_daily_backup(qtbot, new_flow, profile):
    start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    assert [b.reason for b in list_backups(profile.id)] == ["daily"]


def test_restore_from_the_backups_dialog_replaces_the_open_journal(
    qtbot, new_flow, profile, monkeypatch
):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    action = _menu_action(window, "backupsAction")
    assert action.isEnabled()
    window.journal.add("written after the backup", title="Later")
    action.trigger()
    dialog = window.backups_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=TIMEOUT_MS)
    assert window.journal.count() == 0  # the daily backup was taken before "Later"
    assert window.model.rowCount() == 0
    kept = list(profile.folder.glob("journal.replaced-*.db"))
    assert len(kept) == 1  # the replaced journal is kept, never deleted


def test_a_damaged_journal_offers_the_newest_backup_at_unlock(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.journal.add("safe in the backup", title="Kept")
    window.close()
    from heartlog.core.backup import create_backup
    from heartlog.core.profiles import unlock

    with unlock(profile, PASSPHRASE) as opened:
        create_backup(opened, reason="manual")
    data = bytearray(profile.db_path.read_bytes())
    data[4096:8192] = b"\x00" * 4096  # wreck the second page
    profile.db_path.write_bytes(bytes(data))

    flow = new_flow()
    flow.start()
    dialog = flow.dialog
    type_passphrase(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: getattr(dialog, "restore_dialog", None) is not None, timeout=TIMEOUT_MS)
    restore = dialog.restore_dialog
    assert "damaged" in restore.problem_label.text()
    assert restore.restore_button.isEnabled()
    restore.restore_button.click()
    qtbot.waitUntil(
        lambda: flow.window is not None and flow.window.session.is_open, timeout=TIMEOUT_MS
    )
    assert [e.title for e in flow.window.journal.list()] == ["Kept"]
    assert list(profile.folder.glob("journal.corrupt-*.db"))
