"""The prompt browser: filters by practice, depth and favourites; hide and show again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from heartlog.core.prompts import PromptService
from heartlog.ui.prompt_browser import PromptBrowser


@pytest.fixture
def service(opened) -> PromptService:
    return PromptService(opened.journal, opened.profile.id)


@pytest.fixture
def browser(qtbot, service) -> PromptBrowser:
    dialog = PromptBrowser(service)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def listed(browser: PromptBrowser) -> list[str]:
    return [
        browser.prompt_list.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(browser.prompt_list.count())
    ]


def test_all_prompts_are_listed_at_first(browser: PromptBrowser, service) -> None:
    assert listed(browser) == [p.id for p in service.catalogue.prompts]
    assert str(len(service.catalogue.prompts)) in browser.count_label.text()
    assert browser.detail_text.text() == service.catalogue.prompts[0].text


def test_filter_by_practice_and_depth(browser: PromptBrowser, service) -> None:
    row = 1 + service.catalogue.practice_ids.index("forgiveness")
    browser.practice_list.setCurrentRow(row)
    assert listed(browser) == [p.id for p in service.catalogue.prompts_of("forgiveness")]
    browser.depth_combo.setCurrentIndex(browser.depth_combo.findData(3))
    expected = [p.id for p in service.catalogue.prompts_of("forgiveness") if p.depth == 3]
    assert listed(browser) == expected and expected
    browser.practice_list.setCurrentRow(0)
    assert all(service.catalogue.prompt(pid).depth == 3 for pid in listed(browser))


def test_favourites_filter(qtbot, browser: PromptBrowser, service) -> None:
    browser.select_prompt("shared_activities.03")
    qtbot.mouseClick(browser.favourite_button, Qt.MouseButton.LeftButton)
    assert service.favourites() == {"shared_activities.03"}
    qtbot.mouseClick(browser.favourites_only, Qt.MouseButton.LeftButton)
    assert listed(browser) == ["shared_activities.03"]
    assert browser.prompt_list.item(0).text().startswith("★")


def test_hide_and_show_again(qtbot, browser: PromptBrowser, service) -> None:
    browser.select_prompt("i_statements.02")
    qtbot.mouseClick(browser.hidden_button, Qt.MouseButton.LeftButton)
    assert service.hidden() == {"i_statements.02"}
    assert "i_statements.02" not in listed(browser)
    qtbot.mouseClick(browser.show_hidden, Qt.MouseButton.LeftButton)
    assert "i_statements.02" in listed(browser)
    assert browser.select_prompt("i_statements.02")
    assert browser.hidden_button.isChecked()
    qtbot.mouseClick(browser.hidden_button, Qt.MouseButton.LeftButton)
    assert service.hidden() == frozenset()


def test_write_about_this_emits_the_id_and_closes(qtbot, browser: PromptBrowser) -> None:
    browser.select_prompt("love_languages.05")
    assert "Physical touch" in browser.detail_extra.text()
    with qtbot.waitSignal(browser.writeAboutPrompt) as written:
        qtbot.mouseClick(browser.write_button, Qt.MouseButton.LeftButton)
    assert written.args == ["love_languages.05"]
    assert not browser.isVisible()
