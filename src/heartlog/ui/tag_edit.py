"""A one-line tag editor ("home, money, talk") with completion from the journal's tags."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

SEPARATOR = ","


def split_tags(text: str) -> list[str]:
    """The tags typed in ``text``: comma-separated, trimmed, '#' dropped, no duplicates."""
    seen: dict[str, str] = {}
    for raw in text.split(SEPARATOR):
        name = raw.strip().lstrip("#").strip()
        if name:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())


class TagEdit(QLineEdit):
    """Completes the word being typed against known tags; ``tags()`` gives the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known = QStringListModel(self)
        self._completer = QCompleter(self._known, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated[str].connect(self._on_completion_chosen)
        self.textEdited.connect(self._on_text_edited)

    @property
    def tag_completer(self) -> QCompleter:
        return self._completer

    def set_known_tags(self, tags: list[str]) -> None:
        self._known.setStringList(tags)

    def tags(self) -> list[str]:
        return split_tags(self.text())

    def set_tags(self, tags: list[str] | tuple[str, ...]) -> None:
        self.setText(", ".join(tags))

    def _current_word(self) -> tuple[int, str]:
        """Where the tag under the cursor starts, and what has been typed of it."""
        before = self.text()[: self.cursorPosition()]
        start = before.rfind(SEPARATOR) + 1
        word = before[start:]
        return start + (len(word) - len(word.lstrip())), word.strip()

    def _on_text_edited(self, _text: str) -> None:
        _start, word = self._current_word()
        if not word:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(word.lstrip("#"))
        if self._completer.completionCount() == 0:
            self._completer.popup().hide()
            return
        self._completer.complete()

    def _on_completion_chosen(self, tag: str) -> None:
        start, _word = self._current_word()
        rest = self.text()[self.cursorPosition() :]
        cut = rest.find(SEPARATOR)
        tail = rest[cut:] if cut >= 0 else ""
        head = self.text()[:start]
        new_text = f"{head}{tag}{tail or ', '}"
        self.setText(new_text)
        self.setCursorPosition(len(head) + len(tag) + (0 if tail else 2))
