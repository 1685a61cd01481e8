"""The checkable "Mark for sharing" action for the entry list and the editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction

from heartlog.core.journal import Journal
from heartlog.core.sharing.selection import is_marked, mark


class MarkForSharingAction(QAction):
    """Ticks the current entry for sharing; ``current_id`` says which entry that is."""

    markChanged = Signal(str, bool)  # entry id, marked

    def __init__(
        self, journal: Journal, current_id: Callable[[], str | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.current_id = current_id
        self.setText(self.tr("Mark for sharing"))
        self.setToolTip(self.tr("Tick this entry so it can be shared with your partner"))
        self.setCheckable(True)
        self.toggled.connect(self._on_toggled)
        self.sync()

    def sync(self) -> None:
        """Show the current entry's state (call when the current entry changes)."""
        entry_id = self.current_id()
        self.setEnabled(entry_id is not None)
        self.blockSignals(True)
        self.setChecked(bool(entry_id) and is_marked(self.journal, entry_id))
        self.blockSignals(False)

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        entry_id = self.current_id()
        if entry_id is None:
            return
        mark(self.journal, [entry_id], marked=checked)
        self.markChanged.emit(entry_id, checked)
