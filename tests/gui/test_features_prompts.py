"""Prompts in the main window: today's card, writing from it, the badge, the menu, the reminder."""

from __future__ import annotations

import datetime as dt

from driving import TIMEOUT_MS, start_and_unlock, wait_saved
from feature_driving import PASSPHRASE, feature, menu_actions, open_window, wait_dialog
from journal_data import make_journal
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from heartlog.core.prompt_selection import AdaptationSignal
from heartlog.core.reminder_schedule import ReminderSettings
from heartlog.ui.features.prompts_feature import PromptsFeature
from heartlog.ui.love_languages_dialog import LoveLanguagesDialog
from heartlog.ui.prompt_browser import PromptBrowser
from heartlog.ui.reminder import ReminderSettingsDialog


def test_writing_from_the_card_links_the_entry_and_shows_the_badge(qtbot, new_flow):
    make_journal()
    window = open_window(qtbot, new_flow)
    prompts = feature(window, PromptsFeature)
    card = prompts.card
    assert card is not None and card.isVisible()  # yesterday's entry is not today's page
    assert card.parent() is not None and window.page.isAncestorOf(card)
    prompt = card.prompt()
    assert prompt is not None

    qtbot.mouseClick(card.write_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert editor.is_new and editor.prompt_id == prompt.id
    badge = prompts.badge
    assert badge is not None and badge.isVisible()
    assert prompt.text in badge.text()
    assert not card.isVisible()  # the badge carries the prompt now
    qtbot.keyClicks(editor.body_edit, "I catch myself planning my reply while he talks.")
    wait_saved(qtbot, window)
    entry = window.journal.get(editor.entry_id)
    assert entry.prompt_id == prompt.id

    # Another entry hides the badge; coming back shows it again.
    window.open_entry(window.model.entry_at(1).id)
    assert not badge.isVisible()
    window.open_entry(entry.id)
    assert badge.isVisible() and prompt.text in badge.text()

    # After a restart the entry still says which prompt it answered.
    window.close()
    again = start_and_unlock(qtbot, new_flow(), PASSPHRASE)
    again.open_entry(entry.id)
    again_badge = feature(again, PromptsFeature).badge
    assert again_badge is not None and prompt.text in again_badge.text()


def test_the_card_is_for_today_and_can_be_turned_off(qtbot, new_flow):
    entries = make_journal()
    window = open_window(qtbot, new_flow)
    prompts = feature(window, PromptsFeature)
    card = prompts.card
    assert card.isVisible()
    window.open_entry(entries[3].id)  # an older entry: no prompt card above it
    assert not card.isVisible()
    window.activateWindow()
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    assert card.isVisible()
    assert prompts.show_card_action in menu_actions(window, "promptsMenu")
    prompts.show_card_action.trigger()
    assert not card.isVisible()
    assert window.journal.setting("ui.prompt_card_shown") is False
    window.lock()
    assert window.prompt_area.count() == 0 and prompts.card is None  # no card while locked


def test_prompts_menu_opens_browser_love_languages_and_reminder(qtbot, new_flow):
    make_journal()
    window = open_window(qtbot, new_flow)
    prompts = feature(window, PromptsFeature)
    actions = menu_actions(window, "promptsMenu")
    for action in (prompts.browse_action, prompts.love_action, prompts.reminder_action):
        assert action in actions and action.isEnabled()

    prompts.browse_action.trigger()
    browser = wait_dialog(qtbot, window, PromptBrowser)
    chosen = prompts.service.catalogue.prompts[0]
    browser.writeAboutPrompt.emit(chosen.id)
    assert window.editor.prompt_id == chosen.id
    browser.reject()

    prompts.love_action.trigger()
    wait_dialog(qtbot, window, LoveLanguagesDialog).reject()

    prompts.reminder_action.trigger()
    dialog = wait_dialog(qtbot, window, ReminderSettingsDialog)
    dialog.enabled_check.setChecked(True)
    dialog._on_save()
    assert prompts.reminder.next_due() is not None
    window.lock()
    assert prompts.reminder.next_due() is None  # stopped while locked
    assert not any(a.isEnabled() for a in prompts._journal_actions())


def test_reminder_is_applied_after_unlock_and_reports_to_the_status_bar(qtbot, new_flow):
    make_journal()
    window = open_window(qtbot, new_flow)
    prompts = feature(window, PromptsFeature)
    prompts.service.set_reminder(ReminderSettings(True, dt.time(7, 30)))
    window.close()

    again = open_window(qtbot, new_flow)
    reminder = feature(again, PromptsFeature).reminder
    due = reminder.next_due()
    assert due is not None and (due.hour, due.minute) == (7, 30)
    reminder.statusMessage.emit("Time for your daily connection")
    assert again.statusBar().currentMessage() == "Time for your daily connection"


def test_unresolved_money_fights_steer_the_prompts(qtbot, new_flow):
    make_journal(
        samples=[
            (
                "",
                "We argued about money again. He yelled at me about the credit card bill.",
                (),
                None,
            ),
            ("", "Another fight with him about money. He blamed me for the overdraft.", (), None),
        ],
        days_apart=3,
    )
    window = open_window(qtbot, new_flow)
    prompts = feature(window, PromptsFeature)
    qtbot.waitUntil(lambda: bool(prompts.signals), timeout=TIMEOUT_MS)
    assert prompts.signals[0] == AdaptationSignal.theme("money")
    assert prompts.service is not None
    assert prompts.service._signals() == prompts.signals  # what the selection is given


def test_the_card_moves_to_the_next_day_at_midnight(qtbot, new_flow, monkeypatch):
    from heartlog.ui.features import prompts_feature

    make_journal()
    window = open_window(qtbot, new_flow)
    prompts = feature(window, PromptsFeature)
    today = prompts_feature._today()
    tomorrow = today + dt.timedelta(days=1)
    monkeypatch.setattr(prompts_feature, "_today", lambda: tomorrow)
    prompts._on_day_timer()  # what the timer does after midnight

    def shown_on(day: dt.date) -> list[str]:
        return [e.prompt_id for e in prompts.service.history() if e.day == day]

    qtbot.waitUntil(lambda: bool(shown_on(tomorrow)), timeout=TIMEOUT_MS)
    assert prompts.card.prompt().id == shown_on(tomorrow)[-1]
    assert prompts._day_timer.isActive()
