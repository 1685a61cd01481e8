"""What the Journal page does: list <-> editor, new, open, delete with undo, search, go to date."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal

from heartlog.core.errors import EntryNotFound
from heartlog.core.search_query import terms
from heartlog.ui import alerts
from heartlog.ui.app_signals import app_signals
from heartlog.ui.autosave import Autosave
from heartlog.ui.editor import EditorValues
from heartlog.ui.entry_list_model import EntryRole
from heartlog.ui.journal_page import JournalPage
from heartlog.ui.live_search import LiveSearch
from heartlog.ui.safe_errors import safe_text
from heartlog.ui.writing_status import WritingStatus

if TYPE_CHECKING:
    from heartlog.core.journal import Entry, Journal

log = logging.getLogger(__name__)


class JournalController(QObject):
    """Keeps the entry list, the editor and the journal in step."""

    undoAvailable = Signal(bool)

    def __init__(
        self,
        page: JournalPage,
        status: WritingStatus,
        journal: Callable[[], Journal | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.editor = page.editor
        self.model = page.model
        self.list_view = page.list_view
        self.status = status
        self.journal = journal
        self.signals = app_signals()
        self.autosave = Autosave(self.editor, journal, self)
        self.live_search = LiveSearch(self.model, self)
        self._undo: list[Entry] = []
        self._syncing = False
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.deletePressed.connect(self.delete_current)
        page.search_bar.queryChanged.connect(self._on_query_changed)
        self.live_search.applied.connect(self._on_search_applied)
        self.model.countChanged.connect(self._on_count_changed)
        self.editor.edited.connect(self._on_edited)
        self.autosave.saved.connect(self._on_saved)
        self.autosave.failed.connect(self._on_save_failed)
        self.autosave.recovered.connect(self._on_save_recovered)

    # -- showing a journal ----------------------------------------------------------------
    def show_journal(
        self,
        journal: Journal,
        resume_id: str = "",
        recovered: list[Entry] | None = None,
        pending: tuple[EditorValues, bool] | None = None,
    ) -> None:
        """Fill the list and open the right entry after unlocking."""
        self.model.set_journal(journal)
        self.refresh_known_tags()
        self._undo.clear()
        self.undoAvailable.emit(False)
        if pending is not None:  # words the disk refused before the lock: still unsaved
            values, is_new = pending
            self.editor.load_values(values, is_new)
            self.select_entry_row(values.entry_id)
            self.autosave.mark_dirty()
            return
        wanted = resume_id or (recovered[0].id if recovered else "")
        if not wanted:
            # A new day starts a new page; the same day goes on with today's entry.
            newest = self.model.entry_at(0)
            if newest is not None and newest.entry_date == dt.date.today():
                wanted = newest.id
        if not (wanted and self.open_entry(wanted)):
            self.new_entry(focus=False)
        self.editor.focus_body()

    def clear(self) -> None:
        """Forget every word on screen and in memory (lock, close)."""
        self.autosave.forget()
        self._syncing = True
        try:
            self.page.search_bar.field.clear()
            self.model.clear()
            self.editor.clear()
        finally:
            self._syncing = False
        self._undo.clear()
        self.undoAvailable.emit(False)
        self.page.notice.dismiss()
        self.status.clear()

    # -- entries --------------------------------------------------------------------------
    def ready_to_leave_entry(self) -> bool:
        """Save the current entry; False (and a message) if it could not be saved."""
        if self.autosave.save_now():
            return True
        self.status.show_message(
            self.tr("This entry is not saved yet, so it stays open. HeartLog keeps trying.")
        )
        return False

    def open_entry(self, entry_id: str, char_offset: int = -1) -> bool:
        """Show ``entry_id`` in the editor (saving the current one first)."""
        journal = self.journal()
        if journal is None:
            return False
        if entry_id != self.editor.entry_id or self.editor.is_new:
            if not self.ready_to_leave_entry():
                self.select_entry_row(self.editor.entry_id)
                return False
            try:
                entry = journal.get(entry_id)
            except EntryNotFound:
                return False
            except Exception as exc:
                alerts.alert(self.page, exc)
                return False
            self.editor.load(entry)
            self.status.opened(entry)
        searching = self.model.searching
        self.editor.body_edit.highlight_terms(terms(self.model.query) if searching else [])
        self.select_entry_row(entry_id)
        if char_offset >= 0:
            self.editor.body_edit.move_cursor_to(char_offset)
            self.editor.focus_body()
        self._on_edited()
        return True

    def new_entry(self, prompt_id: str | None = None, focus: bool = True) -> bool:
        if self.journal() is None or not self.ready_to_leave_entry():
            return False
        self.editor.start_new(str(uuid.uuid4()), prompt_id)
        self.select_entry_row("")
        self.status.new_entry()
        self._on_edited()
        if focus:
            self.editor.focus_body()
        return True

    def delete_current(self) -> None:
        journal = self.journal()
        if journal is None or not self.editor.entry_id:
            return
        self.autosave.save_now()
        if self.editor.is_new:  # never saved: nothing stored to delete
            self.autosave.forget()
            self.new_entry()
            return
        row = self.list_view.currentIndex().row()
        entry_id = self.editor.entry_id
        try:
            snapshot = journal.delete(entry_id)
        except Exception as exc:
            alerts.alert(self.page, exc)
            return
        self.autosave.forget()
        self._undo.append(snapshot)
        self.undoAvailable.emit(True)
        self.editor.clear()
        self.signals.entryDeleted.emit(entry_id)
        count = self.model.rowCount()
        if count:
            self.select_row(min(max(row, 0), count - 1))
        else:
            self.new_entry(focus=False)
        self.list_view.setFocus()
        self.status.show_message(
            self.tr("Entry deleted. Press Ctrl+Z or choose Edit › Undo delete to bring it back."),
            15000,
        )

    def undo_delete(self) -> None:
        journal = self.journal()
        if journal is None or not self._undo:
            return
        snapshot = self._undo.pop()
        self.undoAvailable.emit(bool(self._undo))
        try:
            restored = journal.restore(snapshot)
        except Exception as exc:
            self._undo.append(snapshot)
            self.undoAvailable.emit(True)
            alerts.alert(self.page, exc)
            return
        self.signals.entryRestored.emit(restored.id)
        self.signals.entrySaved.emit(restored.id)
        self.open_entry(restored.id)
        self.status.show_message(self.tr("The entry is back."), 5000)

    def go_to_date(self, day: dt.date) -> None:
        """Select the newest entry written on or before ``day``."""
        journal = self.journal()
        if journal is None:
            return
        if self.model.searching:
            self.page.search_bar.clear()
        count = self.model.rowCount()
        if count:
            self.select_row(min(journal.position_of_date(day), count - 1))
            self.list_view.setFocus()

    # -- the list -------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)

    def select_entry_row(self, entry_id: str) -> None:
        """Show ``entry_id`` as the current row without reopening it."""
        self._syncing = True
        try:
            hint = self.list_view.currentIndex().row()
            row = self.model.row_of(entry_id, hint) if entry_id else -1
            if row >= 0:
                self.select_row(row)
            else:
                self.list_view.clearSelection()
                self.list_view.setCurrentIndex(QModelIndex())
        finally:
            self._syncing = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        entry = current.data(EntryRole)
        if entry is not None and entry.id != self.editor.entry_id:
            self.open_entry(entry.id)

    def _on_query_changed(self, query: str) -> None:
        if self.journal() is not None:
            self.live_search.request(query)

    def _on_search_applied(self, query: str) -> None:
        # Start at the best match: leaving the view scrolled deep down would make it
        # fetch far search pages, each of which ranks every match again.
        self.list_view.scrollToTop()
        self.select_entry_row(self.editor.entry_id)
        self.editor.body_edit.highlight_terms(terms(query) if query.strip() else [])

    def _on_count_changed(self, count: int) -> None:
        self.page.search_bar.show_count(count, self.model.searching)

    def entries_changed(self) -> None:
        """Re-read the list after entries changed anywhere (saves, imports, restores)."""
        if self.journal() is None:
            return
        self.model.refresh()
        self.select_entry_row(self.editor.entry_id)
        self.refresh_known_tags()

    def refresh_known_tags(self) -> None:
        journal = self.journal()
        if journal is not None:
            try:
                self.editor.tag_edit.set_known_tags(journal.tags())
            except Exception as exc:
                log.warning("could not read the tags: %s", safe_text(exc))

    # -- saving ---------------------------------------------------------------------------
    def _on_edited(self) -> None:
        self.status.words(self.editor.word_count())

    def _on_saved(self, entry_id: str, when: dt.datetime) -> None:
        self.status.saved(when)
        self.signals.entrySaved.emit(entry_id)

    def _on_save_failed(self, message: str) -> None:
        self.status.failing()
        self.page.notice.show_notice(message, "warning")

    def _on_save_recovered(self) -> None:
        if self.page.notice.kind == "warning":
            self.page.notice.dismiss()
        self.status.show_message(self.tr("Saving works again; everything is saved."))
