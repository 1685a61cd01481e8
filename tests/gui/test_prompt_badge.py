"""The badge that shows, in the editor, which prompt an entry answered."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from heartlog.core.prompts import PromptService
from heartlog.ui.prompt_badge import PromptBadge


def test_the_badge_shows_the_prompt_of_an_entry(qtbot, opened) -> None:
    service = PromptService(opened.journal, opened.profile.id)
    entry = opened.journal.add(body="About apologies.", prompt_id="forgiveness.03")
    editor = QWidget()
    qtbot.addWidget(editor)
    badge = PromptBadge(service.catalogue, editor)
    editor.show()
    assert badge.isHidden()
    badge.set_prompt_id(entry.prompt_id)
    assert not badge.isHidden()
    assert service.prompt_for_entry(entry).text in badge.text()
    assert "Forgiveness" in badge.toolTip()
    badge.set_prompt_id(None)
    assert badge.isHidden()
    badge.set_prompt_id("retired.01")  # from an older catalogue
    assert badge.isHidden()
    assert badge.prompt_id() == "retired.01"
