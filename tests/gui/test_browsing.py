"""Browsing the journal: live search with highlights, delete with undo, jumping around."""

from __future__ import annotations

from driving import TIMEOUT_MS, start_and_unlock
from journal_data import make_journal
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from heartlog.core.journal import HIGHLIGHT_END, HIGHLIGHT_START
from heartlog.ui.entry_list_model import EntryIdRole, SnippetRole
from heartlog_testing import PASSPHRASE


def _focus(qtbot, window, widget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    widget.setFocus()


def test_search_filters_the_list_live_and_highlights_matches(qtbot, new_flow):
    entries = make_journal()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    assert window.model.rowCount() == 5
    _focus(qtbot, window, window.list_view)
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    assert window.search_bar.field.hasFocus()
    qtbot.keyClicks(window.search_bar.field, "mon")  # a prefix of "money", while typing
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=TIMEOUT_MS)
    found = {window.model.index(r).data(EntryIdRole) for r in range(2)}
    assert found == {entries[1].id, entries[2].id}
    snippet = window.model.index(0).data(SnippetRole)
    assert f"{HIGHLIGHT_START}money{HIGHLIGHT_END}" in snippet
    assert window.search_bar.count_label.text() == "2 matches"

    rect = window.list_view.visualRect(window.model.index(0))
    qtbot.mouseClick(window.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    highlighted = window.editor.body_edit.extraSelections()
    assert highlighted and all(s.cursor.selectedText().lower() == "money" for s in highlighted)

    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=TIMEOUT_MS)
    assert window.search_bar.count_label.text() == "5 entries"


def test_one_latin_letter_does_not_filter_yet(qtbot, new_flow):
    from heartlog.ui.live_search import worth_searching

    make_journal()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    with qtbot.waitSignal(window.live_search.applied, timeout=TIMEOUT_MS):
        qtbot.keyClicks(window.search_bar.field, "m")
    assert not window.model.searching and window.model.rowCount() == 5
    assert worth_searching("愛") and worth_searching("mo") and not worth_searching(" m ")


def test_hostile_search_input_is_just_words(qtbot, new_flow):
    make_journal()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    qtbot.keyClicks(window.search_bar.field, '"AND * -money NEAR(')
    qtbot.waitUntil(lambda: window.model.query.startswith('"AND'), timeout=TIMEOUT_MS)
    assert window.model.rowCount() == 0


def test_delete_then_undo_brings_the_entry_back_exactly(qtbot, new_flow):
    entries = make_journal()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    target = entries[1]
    rect = window.list_view.visualRect(window.model.index(1))
    qtbot.mouseClick(window.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.entry_id == target.id
    _focus(qtbot, window, window.list_view)
    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    assert window.model.rowCount() == 4
    assert not window.journal.exists(target.id)
    assert window.editor.entry_id == entries[2].id  # the next one is shown
    assert "Undo" in window.statusBar().currentMessage()
    assert window.actions.undo_delete.isEnabled()

    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))
    assert window.model.rowCount() == 5
    assert window.journal.get(target.id) == target
    assert window.editor.entry_id == target.id
    assert not window.actions.undo_delete.isEnabled()


def test_ctrl_z_in_the_editor_undoes_typing_not_a_delete(qtbot, new_flow):
    entries = make_journal()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.open_entry(entries[0].id)
    window.delete_current()
    _focus(qtbot, window, window.editor.body_edit)
    qtbot.keyClicks(window.editor.body_edit, "xyz")
    QTest.keySequence(window.editor.body_edit, QKeySequence(QKeySequence.StandardKey.Undo))
    assert "xyz" not in window.editor.body_edit.text()
    assert not window.journal.exists(entries[0].id)
    window.actions.undo_delete.trigger()
    assert window.journal.exists(entries[0].id)


def test_deleting_an_unsaved_new_entry_just_starts_over(qtbot, new_flow):
    make_journal()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.new_entry()
    window.delete_current()
    assert window.journal.count() == 5
    assert window.editor.is_new


def test_open_entry_signal_places_the_cursor(qtbot, new_flow):
    from heartlog.ui.app_signals import app_signals

    entries = make_journal()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    app_signals().openEntry.emit(entries[3].id, 7)
    assert window.editor.entry_id == entries[3].id
    assert window.editor.body_edit.textCursor().position() == 7


def test_write_from_prompt_starts_an_entry_with_that_prompt(qtbot, new_flow, profile):
    from heartlog.ui.app_signals import app_signals

    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    app_signals().writeFromPrompt.emit("gratitude-01")
    qtbot.keyClicks(window.editor.body_edit, "Thankful for the coffee.")
    qtbot.waitUntil(lambda: not window.autosave.dirty, timeout=TIMEOUT_MS)
    assert window.journal.get(window.editor.entry_id).prompt_id == "gratitude-01"


def test_feature_api_pages_menus_and_prompt_card(qtbot, new_flow, profile):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel

    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    pages_before = window.tabs.count()
    index = window.add_page(QLabel("a feature page"), "Feature")
    assert window.tabs.tabText(index) == "Feature"
    assert window.tabs.count() == pages_before + 1 and window.tabs.tabBar().isVisible()
    assert window.menu("tools") is window.menu("Tools")
    action = QAction("Backups…", window)
    window.menu("tools").addAction(action)
    assert action in window.menu("tools").actions()
    sharing = window.menu("Sharing")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index(sharing.title()) == titles.index("&Help") - 1
    card = QLabel("Today's prompt")
    window.set_prompt_card(card)
    assert window.prompt_area.count() == 1
    window.set_prompt_card(None)
    assert window.prompt_area.count() == 0
