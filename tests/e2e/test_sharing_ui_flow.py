"""The whole sharing flow through the UI widgets and a share folder, as two people would:
A shares 3 of 10 entries with B; B sees exactly those 3; B reflects on one; A receives
the reflection; A revokes one; B then sees 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gui"))

from sharing_gui_helpers import couple_fixture  # noqa: F401  (the couple fixture)

from heartlog.core.sharing.share_folder import set_share_folder
from heartlog.ui.sharing.inbox_view import InboxView
from heartlog.ui.sharing.mark_action import MarkForSharingAction
from heartlog.ui.sharing.reflections_panel import ReflectionsPanel
from heartlog.ui.sharing.share_dialog import ShareDialog
from heartlog.ui.sharing.share_folder_watcher import ShareFolderWatcher


def _share_to_folder(qtbot, journal):
    dlg = ShareDialog(journal)
    qtbot.addWidget(dlg)
    assert dlg.bundle_radio.isChecked() and dlg.folder_check.isChecked()
    with qtbot.waitSignal(dlg.bundleWritten, timeout=10_000) as blocker:
        qtbot.mouseClick(dlg.share_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_two_people_share_through_a_synced_folder(qtbot, couple, tmp_path):
    folder = tmp_path / "Nextcloud" / "HeartLog"
    folder.mkdir(parents=True)
    set_share_folder(couple.ja, folder)
    set_share_folder(couple.jb, folder)
    entries = [couple.ja.add(title=f"Day {i}", body=f"thought number{i}") for i in range(10)]

    # A ticks 3 entries with the "Mark for sharing" action, as from the entry list.
    current = {"id": None}
    mark = MarkForSharingAction(couple.ja, lambda: current["id"])
    for e in (entries[2], entries[5], entries[7]):
        current["id"] = e.id
        mark.sync()
        mark.trigger()

    b_watcher = ShareFolderWatcher(couple.jb, settle_ms=50)
    a_watcher = ShareFolderWatcher(couple.ja, settle_ms=50)
    notes: list[str] = []
    b_watcher.notification.connect(notes.append)
    assert b_watcher.start() and a_watcher.start()
    b_inbox = InboxView(couple.jb)
    qtbot.addWidget(b_inbox)
    b_watcher.imported.connect(b_inbox.refresh)

    with qtbot.waitSignal(b_watcher.imported, timeout=15_000):
        assert _share_to_folder(qtbot, couple.ja).shared == 3
    qtbot.waitUntil(lambda: b_inbox.entry_list.count() == 3)
    shown = {
        b_inbox.entry_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(b_inbox.entry_list.count())
    }
    assert shown == {entries[2].id, entries[5].id, entries[7].id}
    assert any("3 new entries" in n or "From" in n for n in notes)

    # B reflects on one entry and shares back (no entries of B's own).
    b_inbox.entry_list.setCurrentRow(1)
    reflected_on = b_inbox.current_entry_id()
    qtbot.keyClicks(b_inbox.reflection_edit, "What I heard is that this day mattered.")
    qtbot.mouseClick(b_inbox.reflect_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(a_watcher.imported, timeout=15_000):
        assert _share_to_folder(qtbot, couple.jb).reflections == 1
    panel = ReflectionsPanel(couple.ja)
    qtbot.addWidget(panel)
    panel.set_entry(reflected_on)
    assert "this day mattered" in panel.label.text()

    # A revokes one by unticking it, shares again; B then sees 2.
    current["id"] = entries[7].id
    mark.sync()
    assert mark.isChecked()
    mark.trigger()
    with qtbot.waitSignal(b_watcher.imported, timeout=15_000):
        assert _share_to_folder(qtbot, couple.ja).revoked == 1
    qtbot.waitUntil(lambda: b_inbox.entry_list.count() == 2)
    a_watcher.stop()
    b_watcher.stop()
