"""The prompt card driven like a person would, on a real encrypted profile."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from heartlog.core.prompts import PromptService
from heartlog.ui.prompt_browser import PromptBrowser
from heartlog.ui.prompt_card import PromptCard

DAY = dt.date(2026, 5, 4)


@pytest.fixture
def service(opened) -> PromptService:
    return PromptService(opened.journal, opened.profile.id)


@pytest.fixture
def card(qtbot, service) -> PromptCard:
    widget = PromptCard(service, today=lambda: DAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def kinds(service: PromptService) -> list[tuple[str, str]]:
    return [(e.prompt_id, str(e.kind)) for e in service.history()]


def test_the_card_shows_the_days_prompt_and_records_it(card: PromptCard, service) -> None:
    prompt = card.prompt()
    assert prompt is not None
    assert card.text_label.text() == prompt.text
    assert prompt.why in card.why_label.text()
    assert card.practice_label.text() == service.catalogue.practice(prompt.practice).name
    assert card.depth_label.text() == "Light"
    assert kinds(service) == [(prompt.id, "shown")]


def test_another_prompt_changes_the_prompt_and_records_a_skip(qtbot, card, service) -> None:
    first = card.prompt()
    with qtbot.waitSignal(card.promptChanged) as changed:
        qtbot.mouseClick(card.another_button, Qt.MouseButton.LeftButton)
    second = card.prompt()
    assert second is not None and second.id != first.id
    assert changed.args == [second.id]
    assert card.text_label.text() == second.text
    assert kinds(service) == [(first.id, "shown"), (first.id, "skipped"), (second.id, "shown")]
    # A new card (the app restarted) shows the prompt that was kept.
    again = PromptCard(service, today=lambda: DAY)
    qtbot.addWidget(again)
    assert again.prompt() == second


def test_write_about_this_emits_the_prompt_id(qtbot, card: PromptCard) -> None:
    with qtbot.waitSignal(card.writeAboutPrompt) as written:
        qtbot.mouseClick(card.write_button, Qt.MouseButton.LeftButton)
    assert written.args == [card.prompt().id]


def test_favourite_toggle_is_saved(qtbot, card: PromptCard, service) -> None:
    prompt_id = card.prompt().id
    qtbot.mouseClick(card.favourite_button, Qt.MouseButton.LeftButton)
    assert card.favourite_button.isChecked()
    assert service.favourites() == {prompt_id}
    qtbot.mouseClick(card.favourite_button, Qt.MouseButton.LeftButton)
    assert service.favourites() == frozenset()


def test_dont_show_again_hides_it_and_moves_on(qtbot, card: PromptCard, service) -> None:
    first = card.prompt()
    qtbot.mouseClick(card.hide_button, Qt.MouseButton.LeftButton)
    assert service.hidden() == {first.id}
    assert card.prompt() is not None and card.prompt().id != first.id


def test_with_every_prompt_hidden_the_card_says_so(qtbot, opened) -> None:
    service = PromptService(opened.journal, opened.profile.id)
    for prompt in service.catalogue.prompts:
        service.set_hidden(prompt.id, True, DAY)
    card = PromptCard(service, today=lambda: DAY)
    qtbot.addWidget(card)
    assert card.prompt() is None
    assert "hidden" in card.text_label.text()
    assert not card.write_button.isEnabled()
    assert not card.another_button.isEnabled()
    assert card.browse_button.isEnabled()


def test_a_new_day_brings_a_new_prompt_when_shown_again(qtbot, service) -> None:
    day = [DAY]
    card = PromptCard(service, today=lambda: day[0])
    qtbot.addWidget(card)
    card.show()
    first = card.prompt()
    card.hide()
    day[0] = DAY + dt.timedelta(days=1)
    card.show()
    assert card.prompt() != first


def test_browse_opens_the_browser_and_its_choice_comes_through_the_card(qtbot, card) -> None:
    qtbot.mouseClick(card.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.findChild(PromptBrowser) is not None)
    browser = card.findChild(PromptBrowser)
    qtbot.waitUntil(browser.isVisible)
    browser.select_prompt("forgiveness.02")
    with qtbot.waitSignal(card.writeAboutPrompt) as written:
        qtbot.mouseClick(browser.write_button, Qt.MouseButton.LeftButton)
    assert written.args == ["forgiveness.02"]
