"""Writing in the main window: autosave, reopening, new entries, tags, mood, date, word count."""

from __future__ import annotations

import datetime as dt

from driving import TIMEOUT_MS, create_profile_in_dialog, start_and_unlock, wait_saved
from journal_data import make_journal
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from heartlog_testing import PASSPHRASE


def test_write_wait_for_autosave_close_reopen_and_the_entry_is_there(qtbot, new_flow):
    flow = new_flow()
    flow.start()
    window = create_profile_in_dialog(qtbot, flow, "Anna", PASSPHRASE)
    editor = window.editor
    qtbot.keyClicks(editor.title_edit, "First evening")
    qtbot.keyClicks(editor.body_edit, "We talked about the holidays and I felt heard.")
    qtbot.waitUntil(lambda: "Saved at" in window.save_label.text(), timeout=TIMEOUT_MS)
    assert window.journal.count() == 1
    assert window.model.rowCount() == 1
    entry_id = editor.entry_id
    window.close()
    assert not window.isVisible()

    again = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    assert again.model.rowCount() == 1
    assert again.editor.entry_id == entry_id  # today's entry is opened again
    assert again.editor.title_edit.text() == "First evening"
    assert again.editor.body_edit.text() == "We talked about the holidays and I felt heard."


def test_closing_right_after_typing_saves_without_asking(qtbot, new_flow, alerts_log):
    flow = new_flow()
    flow.start()
    window = create_profile_in_dialog(qtbot, flow, "Anna", PASSPHRASE)
    window.autosave.set_intervals(debounce_ms=60_000, draft_ms=60_000)
    qtbot.keyClicks(window.editor.body_edit, "Last words before closing")
    assert window.autosave.dirty
    window.close()
    assert alerts_log.questions == []

    again = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    assert again.editor.body_edit.text() == "Last words before closing"


def test_focus_leaving_the_editor_saves_at_once(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.autosave.set_intervals(debounce_ms=60_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    window.editor.body_edit.setFocus()
    qtbot.keyClicks(window.editor.body_edit, "Saved when I look away")
    assert window.autosave.dirty
    window.search_bar.field.setFocus()
    qtbot.waitUntil(lambda: not window.autosave.dirty, timeout=TIMEOUT_MS)
    assert window.journal.count() == 1


def test_ctrl_n_starts_a_new_entry_with_its_own_id(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    qtbot.keyClicks(window.editor.body_edit, "Morning thoughts")
    wait_saved(qtbot, window)
    first = window.editor.entry_id
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    assert window.editor.entry_id and window.editor.entry_id != first
    assert window.editor.body_edit.text() == ""
    qtbot.keyClicks(window.editor.body_edit, "Evening thoughts")
    wait_saved(qtbot, window)
    assert window.journal.count() == 2
    assert window.journal.get(window.editor.entry_id).body == "Evening thoughts"


def test_blank_new_entry_is_never_stored(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.new_entry()
    window.new_entry()
    window.close()
    from heartlog.core.profiles import unlock

    with unlock("Test", PASSPHRASE) as op:
        assert op.journal.count() == 0


def test_tags_complete_from_the_journal_and_mood_and_date_are_saved(qtbot, new_flow):
    make_journal()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.new_entry()
    editor = window.editor
    qtbot.keyClicks(editor.body_edit, "A quiet day.")
    editor.tag_edit.setFocus()
    qtbot.keyClicks(editor.tag_edit, "mo")
    popup = editor.tag_edit.tag_completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=TIMEOUT_MS)
    assert editor.tag_edit.tag_completer.currentCompletion() == "money"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.tag_edit.tags() == ["money"]
    qtbot.keyClicks(editor.tag_edit, "walks")
    editor.mood_combo.setFocus()
    qtbot.keyClick(editor.mood_combo, Qt.Key.Key_End)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    editor.date_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    wait_saved(qtbot, window)
    saved = window.journal.get(editor.entry_id)
    assert saved.tags == ("money", "walks")
    assert saved.mood == 5
    assert saved.entry_date == yesterday


def test_word_count_in_the_status_bar(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    qtbot.keyClicks(window.editor.body_edit, "one two  three")
    qtbot.keyClick(window.editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor.body_edit, "four")
    assert window.word_label.text() == "4 words"
    window.editor.body_edit.clear()
    qtbot.keyClicks(window.editor.body_edit, "single")
    assert window.word_label.text() == "1 word"


def test_choosing_an_entry_in_the_list_opens_it(qtbot, new_flow):
    entries = make_journal()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    assert window.model.rowCount() == len(entries)
    rect = window.list_view.visualRect(window.model.index(2))
    qtbot.mouseClick(window.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.entry_id == entries[2].id
    assert window.editor.title_edit.text() == "Dinner with his parents"
    qtbot.keyClick(window.list_view, Qt.Key.Key_Down)
    assert window.editor.entry_id == entries[3].id


def test_go_to_date_selects_the_entry_of_that_day(qtbot, new_flow):
    entries = make_journal(days_apart=3)
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.actions.go_to_date.trigger()
    dialog = window._dialog
    target = entries[2].entry_date + dt.timedelta(days=1)  # a day without an entry
    dialog.calendar.setSelectedDate(QDate(target.year, target.month, target.day))
    qtbot.keyClick(dialog.calendar, Qt.Key.Key_Return)
    assert window.editor.entry_id == entries[2].id


def test_words_left_in_drafts_are_restored_and_the_window_says_so(qtbot, new_flow):
    import uuid

    from heartlog.core.profiles import unlock

    entries = make_journal()
    new_id = str(uuid.uuid4())
    with unlock("Test", PASSPHRASE) as op:
        op.journal.save_draft(entries[0].id, entries[0].title, entries[0].body + " And then?", {})
        op.journal.save_draft(new_id, "", "Half a thought", {"tags": ["late"]})
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    assert window.notice.isVisibleTo(window)
    assert "restored into 2 entries" in window.notice.label.text()
    assert window.editor.entry_id in {entries[0].id, new_id}
    assert window.journal.get(new_id).tags == ("late",)
    assert window.journal.get(entries[0].id).body.endswith("And then?")
    qtbot.mouseClick(window.notice.close_button, Qt.MouseButton.LeftButton)
    assert not window.notice.isVisibleTo(window)
