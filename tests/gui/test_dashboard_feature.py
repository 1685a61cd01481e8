"""The Insights tab in the main window: shows the week, opens evidence, clears on lock."""

from __future__ import annotations

from dashboard_gui_helpers import WEEK, fill_week_journal
from driving import TIMEOUT_MS, start_and_unlock
from PySide6.QtCore import Qt

from heartlog_testing import PASSPHRASE


def _show_insights(qtbot, window):
    page = window.insights_page
    assert page.view is None  # not built until the tab is shown: unlocking is quicker
    window.tabs.setCurrentIndex(page.index)
    assert page.view is not None
    qtbot.waitUntil(lambda: page.view.insights() is not None, timeout=30_000)
    return page


def test_insights_tab_shows_the_week_and_opens_evidence_in_the_journal(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    ids = fill_week_journal(window.journal)
    window.signals.entriesChanged.emit()
    page = _show_insights(qtbot, window)
    view = page.view
    with qtbot.waitSignal(view.weekShown, timeout=30_000):
        view.set_week(WEEK)
    assert view.insights().entries == 5
    card = view.pattern_cards[0]
    link = card.evidence_links[0]
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 0, timeout=TIMEOUT_MS)
    assert window.editor.entry_id == ids["money-thursday"]


def test_write_about_this_starts_an_entry_linked_to_the_prompt(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    fill_week_journal(window.journal)
    page = _show_insights(qtbot, window)
    with qtbot.waitSignal(page.view.weekShown, timeout=30_000):
        page.view.set_week(WEEK)
    with qtbot.waitSignal(page.view.writeAboutPrompt) as wrote:
        page.view.pattern_cards[0].write_button.click()
    assert window.tabs.currentIndex() == 0
    assert window.editor.is_new
    assert window.editor.values().prompt_id == wrote.args[0]


def test_locking_destroys_the_dashboard_and_unlocking_brings_it_back(qtbot, new_flow, profile):
    window = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    fill_week_journal(window.journal)
    page = _show_insights(qtbot, window)
    old = page.view
    window.lock()
    assert page.view is None
    assert page.container.findChildren(type(old)) == [] or all(
        not w.isVisible() for w in page.container.findChildren(type(old))
    )
    dialog = window.unlock_dialog
    dialog.passphrase.setText(PASSPHRASE)
    dialog._on_unlock()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=TIMEOUT_MS)
    page = _show_insights(qtbot, window)  # built afresh when the tab is shown again
    assert page.view is not old
