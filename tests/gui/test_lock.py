"""Locking by hand and after idle time: no entry text stays visible; unlocking returns to the entry."""

from __future__ import annotations

from driving import TIMEOUT_MS, start_and_unlock, type_passphrase
from journal_data import make_journal
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTextEdit

from heartlog.ui.profile_prefs import AUTO_LOCK_KEY, EDITOR_POINTS_KEY
from heartlog_testing import PASSPHRASE


def visible_text(window) -> str:
    """Everything a person could read in the window's widgets and list."""
    parts = [window.windowTitle(), window.statusBar().currentMessage()]
    for widget in window.findChildren(QLineEdit):
        parts.append(widget.text())
    for widget in window.findChildren(QTextEdit):
        parts.append(widget.toPlainText())
    for widget in window.findChildren(QLabel):
        parts.append(widget.text())
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            for row in range(model.rowCount()):
                parts.append(str(model.index(row, 0).data()))
    return "\n".join(parts)


def test_ctrl_l_locks_hides_every_word_and_unlock_returns_to_the_same_entry(qtbot, new_flow):
    entries = make_journal()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    rect = window.list_view.visualRect(window.model.index(2))
    qtbot.mouseClick(window.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.entry_id == entries[2].id
    assert "wedding" in visible_text(window)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    QTest.keySequence(window, QKeySequence("Ctrl+L"))
    assert window.stack.currentWidget() is window.locked_page
    assert window.journal is None
    shown = visible_text(window)
    for entry in entries:
        for word in (entry.title, entry.body):
            if word:
                assert word not in shown
    assert window.model.rowCount() == 0
    assert not window.actions.new_entry.isEnabled()

    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    type_passphrase(qtbot, dialog, "wrong passphrase")
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=TIMEOUT_MS)
    assert window.journal is None
    type_passphrase(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=TIMEOUT_MS)
    assert window.stack.currentWidget() is window.tabs
    assert window.editor.entry_id == entries[2].id
    assert window.list_view.currentIndex().row() == 2


def test_locking_saves_what_was_being_typed(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.autosave.set_intervals(debounce_ms=60_000, draft_ms=60_000)
    qtbot.keyClicks(window.editor.body_edit, "Typed just before locking")
    entry_id = window.editor.entry_id
    window.lock()
    assert window.editor.body_edit.text() == ""
    type_passphrase(qtbot, window.unlock_dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=TIMEOUT_MS)
    assert window.editor.entry_id == entry_id
    assert window.editor.body_edit.text() == "Typed just before locking"


def test_auto_lock_after_idle_time_hides_the_text(qtbot, new_flow):
    entries = make_journal()
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.open_entry(entries[0].id)
    assert entries[0].body in visible_text(window)
    window.idle.set_timeout_ms(150)  # minutes in real use
    qtbot.waitUntil(lambda: window.journal is None, timeout=TIMEOUT_MS)
    assert window.stack.currentWidget() is window.locked_page
    assert entries[0].body not in visible_text(window)
    assert window.unlock_dialog.isVisible()


def test_locking_closes_open_dialogs(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    window.actions.go_to_date.trigger()
    dialog = window._dialog
    assert dialog is not None and dialog.isVisible()
    window.lock()
    assert window._dialog is None
    assert not dialog.isVisible()


def test_auto_lock_minutes_come_from_the_profile_settings(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    assert window.idle.timeout_ms == 10 * 60_000  # the default
    window.actions.settings.trigger()
    dialog = window._dialog
    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "3")
    dialog.font_size.selectAll()
    qtbot.keyClicks(dialog.font_size, "18")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert window.idle.timeout_ms == 3 * 60_000
    assert window.journal.setting(AUTO_LOCK_KEY) == 3
    assert window.journal.setting(EDITOR_POINTS_KEY) == 18
    assert window.editor.body_edit.font().pointSizeF() == 18

    window.actions.settings.trigger()
    dialog = window._dialog
    dialog.auto_lock.selectAll()
    qtbot.keyClicks(dialog.auto_lock, "0")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert window.idle.timeout_ms == 0  # never


def test_switch_profile_from_the_lock_screen(qtbot, new_flow):
    from heartlog.core.profiles import create_profile

    make_journal("Anna")
    create_profile("Ben", PASSPHRASE)
    flow = new_flow()
    flow.start()
    flow.dialog.list.setCurrentRow(0)
    qtbot.mouseClick(flow.dialog.open_button, Qt.MouseButton.LeftButton)
    type_passphrase(qtbot, flow.dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: flow.window is not None, timeout=TIMEOUT_MS)
    window = flow.window
    window.lock()
    qtbot.mouseClick(window.locked_page.switch_button, Qt.MouseButton.LeftButton)
    assert flow.window is None
    assert not window.isVisible()
    picker = flow.dialog
    picker.list.setCurrentRow(1)
    qtbot.mouseClick(picker.open_button, Qt.MouseButton.LeftButton)
    type_passphrase(qtbot, flow.dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: flow.window is not None, timeout=TIMEOUT_MS)
    assert "Ben" in flow.window.windowTitle()
