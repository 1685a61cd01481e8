"""A small label for the editor: which prompt an entry was written for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from heartlog.core.prompt_catalogue import Catalogue


class PromptBadge(QLabel):
    """Shows "Written for the prompt: …" for an entry's ``prompt_id``; hidden when there is none."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._prompt_id: str | None = None
        self.setObjectName("promptBadge")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def prompt_id(self) -> str | None:
        return self._prompt_id

    def set_prompt_id(self, prompt_id: str | None) -> None:
        """Show the prompt an entry answered; unknown ids (an older catalogue) hide the badge."""
        self._prompt_id = prompt_id
        prompt = self._catalogue.get(prompt_id)
        if prompt is None:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        self.setText(self.tr("Written for the prompt: “%1”").replace("%1", prompt.text))
        practice = self._catalogue.practice(prompt.practice).name
        self.setToolTip(
            self.tr("%1 — why this helps: %2").replace("%1", practice).replace("%2", prompt.why)
        )
        self.show()
