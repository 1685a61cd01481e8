"""Sharing in the main window: the menu, marking, the "From <partner>" page, reflections,
the share folder, and nothing shared left on screen while locked."""

from __future__ import annotations

from pathlib import Path

from driving import TIMEOUT_MS, wait_saved
from feature_driving import (
    PASSPHRASE,
    feature,
    menu_actions,
    open_window,
    tab_titles,
    unlock_again,
    visible_text,
    wait_dialog,
)
from journal_data import make_journal
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from heartlog.core.profiles import create_profile, unlock
from heartlog.core.sharing import inbox, keys, partners, share_code
from heartlog.core.sharing.receive import receive_bundle_file
from heartlog.core.sharing.reflections import reflect
from heartlog.core.sharing.share_bundle import write_bundle
from heartlog.core.sharing.share_folder import bundle_name
from heartlog.ui.entry_delegate import EntryDelegate
from heartlog.ui.entry_list_model import EntryRole
from heartlog.ui.features.share_folder_dialog import ShareFolderDialog
from heartlog.ui.features.sharing_feature import MARK_SHORTCUT, SharingFeature
from heartlog.ui.sharing.add_partner_dialog import AddPartnerDialog
from heartlog.ui.sharing.inbox_view import InboxView
from heartlog.ui.sharing.reflections_panel import ReflectionsPanel
from heartlog.ui.sharing.share_code_dialog import ShareCodeDialog
from heartlog.ui.sharing.share_dialog import ShareDialog

SAM_SECRET = "Sam wrote about the lighthouse keeper's lantern."
SAM_REFLECTION = "What I heard is that the river walk mattered to you."


def sam_shares_and_reflects(folder: Path, shared_entry_id: str) -> None:
    """Sam (a second profile) and Test know each other; Test shares one entry with Sam, Sam
    reflects on it and shares one entry back. The bundles go through ``folder``."""
    create_profile("Sam", PASSPHRASE)
    with unlock("Test", PASSPHRASE) as me, unlock("Sam", PASSPHRASE) as sam:
        sam_for_me = partners.add_partner(
            me.journal, share_code.format_share_code(keys.public_key(sam.journal)), "Sam"
        )
        me_for_sam = partners.add_partner(
            sam.journal, share_code.format_share_code(keys.public_key(me.journal)), "Anna"
        )
        write_bundle(me.journal, sam_for_me.id, [shared_entry_id], folder / "to-sam.heartshare")
        receive_bundle_file(sam.journal, folder / "to-sam.heartshare")
        reflect(sam.journal, inbox.inbox(sam.journal)[0].id, SAM_REFLECTION)
        sam_entry = sam.journal.add(SAM_SECRET, "Lighthouse")
        write_bundle(sam.journal, me_for_sam.id, [sam_entry.id], folder / "to-me.heartshare")
        receive_bundle_file(me.journal, folder / "to-me.heartshare")


def everything_of(journal) -> list[str]:
    """A bundle holds the whole current selection: what it leaves out is revoked."""
    return [e.id for e in journal.list(limit=None)]


def test_lock_clears_the_partner_page_and_reflections(qtbot, new_flow, tmp_path):
    entries = make_journal()
    sam_shares_and_reflects(tmp_path, entries[0].id)
    window = open_window(qtbot, new_flow)
    assert "From Sam" in tab_titles(window)
    page = window.findChild(InboxView)
    assert page is not None and page.entry_list.count() == 1
    window.tabs.setCurrentWidget(page)
    assert SAM_SECRET in page.detail.toPlainText()
    window.tabs.setCurrentWidget(window.page)
    window.open_entry(entries[0].id)
    panel = window.findChild(ReflectionsPanel)
    assert panel is not None and panel.isVisible() and panel.count() == 1
    assert SAM_REFLECTION in panel.label.text()
    window.open_entry(entries[1].id)
    assert not panel.isVisible()  # nobody reflected on that one
    window.open_entry(entries[0].id)

    window.tabs.setCurrentWidget(page)  # lock while the partner's words are on screen
    window.lock()
    qtbot.waitUntil(
        lambda: not window.findChildren(InboxView) and not window.findChildren(ReflectionsPanel),
        timeout=TIMEOUT_MS,
    )
    text = visible_text(window)
    assert "lighthouse" not in text.lower() and "river walk" not in text
    assert not [t for t in tab_titles(window) if t.startswith("From")]  # no partner page

    unlock_again(qtbot, window)
    assert "From Sam" in tab_titles(window)
    assert window.editor.entry_id == entries[0].id
    assert SAM_REFLECTION in window.findChild(ReflectionsPanel).label.text()


def test_mark_for_sharing_toggles_the_list_mark(qtbot, new_flow):
    entries = make_journal()
    window = open_window(qtbot, new_flow)
    sharing = feature(window, SharingFeature)
    assert sharing.mark_action in menu_actions(window, "sharingMenu")
    assert sharing.mark_action in window.list_view.actions()  # the list's context menu
    assert window.list_view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    window.open_entry(entries[2].id)
    delegate = window.list_view.itemDelegate()
    assert isinstance(delegate, EntryDelegate)

    def mark_text() -> str:
        index = window.model.index(window.model.row_of(entries[2].id))
        return delegate._shared_mark(index.data(EntryRole))

    assert mark_text() == "" and not sharing.mark_action.isChecked()
    window.activateWindow()
    QTest.keySequence(window, QKeySequence(MARK_SHORTCUT))
    assert window.journal.get(entries[2].id).marked_for_sharing
    assert mark_text() == "to share" and sharing.mark_action.isChecked()
    window.open_entry(entries[3].id)
    assert not sharing.mark_action.isChecked()  # follows the entry shown
    window.open_entry(entries[2].id)
    assert sharing.mark_action.isChecked()
    QTest.keySequence(window, QKeySequence(MARK_SHORTCUT))
    assert not window.journal.get(entries[2].id).marked_for_sharing
    assert mark_text() == ""


def test_a_new_entry_can_be_marked_once_saved(qtbot, new_flow):
    make_journal()
    window = open_window(qtbot, new_flow)
    sharing = feature(window, SharingFeature)
    window.new_entry()
    assert not sharing.mark_action.isEnabled()
    qtbot.keyClicks(window.editor.body_edit, "A thought worth sharing")
    wait_saved(qtbot, window)
    assert sharing.mark_action.isEnabled()
    sharing.mark_action.trigger()
    assert window.journal.get(window.editor.entry_id).marked_for_sharing


def test_share_dialogs_are_reachable_from_the_menu(qtbot, new_flow, tmp_path):
    entries = make_journal()
    window = open_window(qtbot, new_flow)
    sharing = feature(window, SharingFeature)
    actions = menu_actions(window, "sharingMenu")
    for action in (
        sharing.share_code_action,
        sharing.add_partner_action,
        sharing.share_action,
        sharing.receive_action,
        sharing.folder_action,
    ):
        assert action in actions and action.isEnabled()

    sharing.share_code_action.trigger()
    code = wait_dialog(qtbot, window, ShareCodeDialog)
    assert code.code
    code.reject()

    create_profile("Sam", PASSPHRASE)
    with unlock("Sam", PASSPHRASE) as sam:
        sam_code = share_code.format_share_code(keys.public_key(sam.journal))
    sharing.add_partner_action.trigger()
    add = wait_dialog(qtbot, window, AddPartnerDialog)
    add.code_edit.setPlainText(sam_code)
    qtbot.keyClicks(add.name_edit, "Sam")
    qtbot.mouseClick(add.add_button, Qt.MouseButton.LeftButton)
    assert "From Sam" in tab_titles(window)  # the page appears with the first partner

    window.open_entry(entries[1].id)
    sharing.mark_action.trigger()
    sharing.share_action.trigger()
    share = wait_dialog(qtbot, window, ShareDialog)
    assert share.chosen_ids() == [entries[1].id]
    assert share.is_bundle() and share.partner_id() is not None
    target = tmp_path / "for-sam.heartshare"
    share.ask_save_path = lambda *_args: str(target)
    share.folder_check.setChecked(False)
    qtbot.mouseClick(share.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: "for Sam" in window.statusBar().currentMessage(), timeout=TIMEOUT_MS)
    assert window.journal.get(entries[1].id).shared_at is not None


def test_share_folder_imports_partner_bundles_as_they_arrive(qtbot, new_flow, tmp_path):
    entries = make_journal()
    folder = tmp_path / "synced"
    folder.mkdir()
    sam_shares_and_reflects(tmp_path, entries[0].id)
    window = open_window(qtbot, new_flow)
    sharing = feature(window, SharingFeature)
    sharing.folder_action.trigger()
    dialog = wait_dialog(qtbot, window, ShareFolderDialog)
    dialog.ask_folder = lambda: str(folder)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert str(folder) in dialog.folder_label.text()
    dialog.reject()
    assert sharing.views.watcher is not None and sharing.views.watcher.folder == folder

    with unlock("Sam", PASSPHRASE) as sam:
        me = partners.list_partners(sam.journal)[0]
        sam.journal.add("Sam says the garden gate squeaks again.", "Gate")
        name = bundle_name(keys.public_key(sam.journal), me.public_key)
        write_bundle(sam.journal, me.id, everything_of(sam.journal), folder / name)
    page = window.findChild(InboxView)
    qtbot.waitUntil(lambda: page.entry_list.count() == 2, timeout=TIMEOUT_MS)
    assert "From Sam" in window.statusBar().currentMessage()

    dialog = None
    sharing.folder_action.trigger()
    dialog = wait_dialog(qtbot, window, ShareFolderDialog)
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert sharing.views.watcher.folder is None
    assert "No share folder" in dialog.folder_label.text()


def test_open_a_bundle_by_hand_and_a_rejected_one(qtbot, new_flow, tmp_path, alerts_log):
    entries = make_journal()
    sam_shares_and_reflects(tmp_path, entries[0].id)
    window = open_window(qtbot, new_flow)
    sharing = feature(window, SharingFeature)
    with unlock("Sam", PASSPHRASE) as sam:
        me = partners.list_partners(sam.journal)[0]
        sam.journal.add("A second note from Sam about the kitchen window.", "Window")
        write_bundle(
            sam.journal, me.id, everything_of(sam.journal), tmp_path / "by-hand.heartshare"
        )
    sharing.ask_bundle_path = lambda: str(tmp_path / "by-hand.heartshare")
    sharing.receive_action.trigger()
    page = window.findChild(InboxView)
    qtbot.waitUntil(lambda: page.entry_list.count() == 2, timeout=TIMEOUT_MS)
    assert "From Sam" in window.statusBar().currentMessage()

    broken = tmp_path / "broken.heartshare"
    data = bytearray((tmp_path / "by-hand.heartshare").read_bytes())
    data[len(data) // 2] ^= 0xFF
    broken.write_bytes(bytes(data))
    sharing.ask_bundle_path = lambda: str(broken)
    sharing.receive_action.trigger()
    qtbot.waitUntil(lambda: bool(alerts_log.shown), timeout=TIMEOUT_MS)
    assert "nothing was imported" in alerts_log.texts()
    assert page.entry_list.count() == 2
