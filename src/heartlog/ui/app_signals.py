"""The application-wide signal hub: features talk to each other through it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """Events any part of the UI may emit or follow.

    ``openEntry(entry_id, char_offset)`` asks the main window to show an entry
    with the cursor at ``char_offset`` in its body (evidence sentences, search
    hits). ``writeFromPrompt(prompt_id)`` starts a new entry answering a prompt.
    """

    entrySaved = Signal(str)
    entryDeleted = Signal(str)
    entryRestored = Signal(str)
    entriesChanged = Signal()  # many at once (imports, restores of a backup)
    locked = Signal()
    unlocked = Signal()
    openEntry = Signal(str, int)
    writeFromPrompt = Signal(str)
    settingsChanged = Signal()


_hub: AppSignals | None = None


def app_signals() -> AppSignals:
    """The one hub of this process (created on first use, in the GUI thread)."""
    global _hub
    if _hub is None:
        _hub = AppSignals()
    return _hub
