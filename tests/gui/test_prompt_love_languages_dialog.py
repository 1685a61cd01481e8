"""The love-language self-check dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from heartlog.core.love_languages import SELF_CHECK_PAIRS
from heartlog.core.prompts import PromptService
from heartlog.ui.love_languages_dialog import LoveLanguagesDialog

ORDER = ["quality_time", "words_of_affirmation", "physical_touch", "acts_of_service", "gifts"]


@pytest.fixture
def service(opened) -> PromptService:
    return PromptService(opened.journal, opened.profile.id)


def open_dialog(qtbot, service) -> LoveLanguagesDialog:
    dialog = LoveLanguagesDialog(service, today=lambda: dt.date(2026, 5, 4))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_button(dialog: LoveLanguagesDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def click_answers(qtbot, dialog: LoveLanguagesDialog) -> None:
    for index, pair in enumerate(SELF_CHECK_PAIRS):
        wanted = min(pair, key=ORDER.index)
        button = next(b for b in dialog.pair_buttons(index) if b.property("loveLanguage") == wanted)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def test_answering_every_pair_ranks_and_saves(qtbot, service) -> None:
    dialog = open_dialog(qtbot, service)
    assert save_button(dialog).isEnabled()  # nothing answered: partner-only save is fine
    dialog.choose(0, "quality_time")
    assert not save_button(dialog).isEnabled()
    assert "1 of 10" in dialog.result_label.text()
    click_answers(qtbot, dialog)
    assert dialog.answers() == [min(p, key=ORDER.index) for p in SELF_CHECK_PAIRS]
    assert save_button(dialog).isEnabled()
    assert dialog.result_label.text().startswith("Your love languages: 1. Quality time")
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findData("acts_of_service"))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    stored = service.love_languages()
    assert stored.ranking == tuple(ORDER)
    assert stored.partner == "acts_of_service"
    assert stored.taken_on == dt.date(2026, 5, 4)
    assert service.preferences().love_languages == (
        "quality_time",
        "words_of_affirmation",
        "acts_of_service",
    )


def test_partner_only_keeps_an_earlier_result(qtbot, service) -> None:
    first = open_dialog(qtbot, service)
    for index, pair in enumerate(SELF_CHECK_PAIRS):
        first.choose(index, min(pair, key=ORDER.index))
    qtbot.mouseClick(save_button(first), Qt.MouseButton.LeftButton)
    second = open_dialog(qtbot, service)
    assert "Your last result" in second.result_label.text()
    second.partner_combo.setCurrentIndex(second.partner_combo.findData("gifts"))
    qtbot.mouseClick(save_button(second), Qt.MouseButton.LeftButton)
    stored = service.love_languages()
    assert stored.ranking == tuple(ORDER)
    assert stored.partner == "gifts"
