"""The main window: the journal page, menus, status bar, lock and unlock."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from heartlog.core.errors import EntryNotFound
from heartlog.core.search_query import terms
from heartlog.ui import alerts, app_settings
from heartlog.ui.about_dialog import AboutDialog
from heartlog.ui.app_icon import app_icon
from heartlog.ui.app_signals import app_signals
from heartlog.ui.autosave import Autosave, draft_extra
from heartlog.ui.crash_dialog import add_emergency_save, remove_emergency_save
from heartlog.ui.date_jump_dialog import GoToDateDialog
from heartlog.ui.editor import EditorValues
from heartlog.ui.entry_list_model import EntryRole
from heartlog.ui.idle_lock import IdleWatcher
from heartlog.ui.journal_page import JournalPage
from heartlog.ui.live_search import LiveSearch
from heartlog.ui.locked_page import LockedPage
from heartlog.ui.main_menus import MENU_NAMES, build_menus
from heartlog.ui.plural_text import resolve_english_plural
from heartlog.ui.profile_prefs import ProfilePrefs
from heartlog.ui.profile_session import ProfileSession
from heartlog.ui.settings_dialog import SettingsDialog
from heartlog.ui.unlock_dialog import UnlockDialog
from heartlog.ui.window_features import install_features

if TYPE_CHECKING:
    from heartlog.core.journal import Entry, Journal
    from heartlog.core.profiles import OpenProfile

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """One profile's window. Public API for features: ``journal``, ``profile_name``,
    ``add_page``, ``menu``, ``set_prompt_card``, ``prompt_area``, ``open_entry``."""

    switchProfileRequested = Signal()
    closed = Signal()

    def __init__(self, session: ProfileSession, opened: OpenProfile | None = None) -> None:
        super().__init__()
        self.session = session
        self.signals = app_signals()
        self.prefs = ProfilePrefs()
        self.unlock_dialog: UnlockDialog | None = None
        self._undo: list[Entry] = []
        self._resume_entry_id = ""
        self._pending: tuple[EditorValues, bool] | None = None
        self._syncing = False
        self._closing = False
        self._dialog: QDialog | None = None
        self.setWindowTitle(self.tr("%1 — HeartLog").replace("%1", session.profile.name))
        self.setWindowIcon(app_icon())

        self.page = JournalPage()
        self.editor = self.page.editor
        self.model = self.page.model
        self.list_view = self.page.list_view
        self.search_bar = self.page.search_bar
        self.notice = self.page.notice
        self.prompt_area = self.page.prompt_area
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        self.tabs.addTab(self.page, self.tr("Journal"))
        self.locked_page = LockedPage(session.profile.name)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.locked_page)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.word_label = QLabel()
        self.word_label.setAccessibleName(self.tr("Word count"))
        self.statusBar().addWidget(self.save_label, 1)
        self.statusBar().addPermanentWidget(self.word_label)

        self._menus, self.actions = build_menus(self)
        self.autosave = Autosave(self.editor, self._journal_or_none, self)
        self.live_search = LiveSearch(self.model, self)
        self.idle = IdleWatcher(self)
        self._connect()
        add_emergency_save(self._on_emergency_save)
        self._restore_geometry()
        self._show_locked_state()
        if opened is not None:
            self._on_unlocked(opened)
        install_features(self)

    def _connect(self) -> None:
        a = self.actions
        a.new_entry.triggered.connect(lambda: self.new_entry())
        a.lock.triggered.connect(self.lock)
        a.switch_profile.triggered.connect(self._on_switch_profile)
        a.quit.triggered.connect(self.close)
        a.undo_delete.triggered.connect(self.undo_delete)
        a.delete_entry.triggered.connect(self.delete_current)
        a.find.triggered.connect(self._on_find)
        a.go_to_date.triggered.connect(self._on_go_to_date)
        a.settings.triggered.connect(self._on_settings)
        a.about.triggered.connect(self._on_about)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.deletePressed.connect(self.delete_current)
        self.search_bar.queryChanged.connect(self._on_query_changed)
        self.live_search.applied.connect(self._on_search_applied)
        self.model.countChanged.connect(self._on_count_changed)
        self.editor.edited.connect(self._on_edited)
        self.autosave.saved.connect(self._on_saved)
        self.autosave.failed.connect(self._on_save_failed)
        self.autosave.recovered.connect(self._on_save_recovered)
        self.idle.idle.connect(self._on_idle)
        self.locked_page.unlockRequested.connect(self.show_unlock_dialog)
        self.locked_page.switchRequested.connect(self._on_switch_profile)
        s = self.signals
        s.entrySaved.connect(self._on_entries_changed)
        s.entriesChanged.connect(self._on_entries_changed)
        s.entryDeleted.connect(self._on_entries_changed)
        s.openEntry.connect(self._on_open_entry_requested)
        s.writeFromPrompt.connect(self._on_write_from_prompt)

    def _disconnect_hub(self) -> None:
        s = self.signals
        for signal, slot in (
            (s.entrySaved, self._on_entries_changed),
            (s.entriesChanged, self._on_entries_changed),
            (s.entryDeleted, self._on_entries_changed),
            (s.openEntry, self._on_open_entry_requested),
            (s.writeFromPrompt, self._on_write_from_prompt),
        ):
            signal.disconnect(slot)

    # -- public API for features -----------------------------------------------------
    @property
    def journal(self) -> Journal | None:
        """The open journal, or None while locked."""
        return self._journal_or_none()

    @property
    def profile_name(self) -> str:
        return self.session.profile.name

    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` (file, edit, tools, help), created before Help if new."""
        key = name.lower()
        if key not in self._menus:
            menu = QMenu(name, self)
            self.menuBar().insertMenu(self._menus["help"].menuAction(), menu)
            self._menus[key] = menu
        return self._menus[key]

    def add_page(self, widget: QWidget, title: str) -> int:
        """Add a tab after "Journal" (Insights, From partner...). Returns its index."""
        return self.tabs.addTab(widget, title)

    def set_prompt_card(self, widget: QWidget | None) -> None:
        self.page.set_prompt_card(widget)

    def _journal_or_none(self) -> Journal | None:
        return self.session.journal if self.session.is_open else None

    # -- unlocking and locking --------------------------------------------------------
    def _show_locked_state(self) -> None:
        self.stack.setCurrentWidget(self.locked_page)
        for action in self.actions.needing_journal():
            action.setEnabled(False)

    def _on_unlocked(self, opened: OpenProfile) -> None:
        self.session.attach(opened)
        journal = opened.journal
        self.prefs = ProfilePrefs.load(journal)
        self._apply_prefs()
        self.model.set_journal(journal)
        self._refresh_known_tags()
        self.stack.setCurrentWidget(self.tabs)
        for action in self.actions.needing_journal():
            action.setEnabled(True)
        self.actions.undo_delete.setEnabled(False)
        self._open_first_entry(opened.recovered)
        if opened.recovered:
            n = len(opened.recovered)
            text = self.tr(
                "HeartLog closed before your last words were saved. They have been "
                "restored into %n entry(ies).",
                "",
                n,
            )
            self.notice.show_notice(resolve_english_plural(text, n))
        self.idle.poke()
        self.signals.unlocked.emit()

    def _open_first_entry(self, recovered: list[Entry]) -> None:
        if self._pending is not None:
            values, is_new = self._pending
            self._pending = None
            self.editor.load_values(values, is_new)
            self._select_entry_row(values.entry_id)
            self.autosave.mark_dirty()  # it is still unsaved: save it soon
            return
        wanted = self._resume_entry_id or (recovered[0].id if recovered else "")
        if not wanted:
            # A new day starts a new page; the same day goes on with today's entry.
            newest = self.model.entry_at(0)
            if newest is not None and newest.entry_date == dt.date.today():
                wanted = newest.id
        self._resume_entry_id = ""
        if not (wanted and self.open_entry(wanted)):
            self.new_entry(focus=False)
        self.editor.focus_body()

    def lock(self) -> None:
        """Save, close the database, clear every widget showing entry text, ask to unlock."""
        if not self.session.is_open:
            return
        saved = self.autosave.save_now()
        # Unsaved words (disk full) stay in memory only, and come back after unlocking.
        self._pending = None if saved else (self.editor.values(), self.editor.is_new)
        self._resume_entry_id = self.editor.entry_id if saved and not self.editor.is_new else ""
        self.autosave.forget()
        self._clear_entry_views()
        self.session.close_database()
        self.idle.stop()
        self._show_locked_state()
        log.info("locked profile %s", self.session.profile.id)
        self.signals.locked.emit()
        if not self._closing:
            self.show_unlock_dialog()

    def _clear_entry_views(self) -> None:
        self._syncing = True
        try:
            self.search_bar.field.clear()
            self.model.clear()
            self.editor.clear()
        finally:
            self._syncing = False
        self._undo.clear()
        self.notice.dismiss()
        self.save_label.clear()
        self.word_label.clear()
        self.statusBar().clearMessage()

    def show_unlock_dialog(self) -> None:
        if self.session.is_open:
            return
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            return
        dialog = UnlockDialog(self.session.profile, self, can_switch=True)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.unlocked.connect(self._on_unlocked)
        dialog.switchProfile.connect(self._on_switch_profile)
        self.unlock_dialog = dialog
        dialog.open()

    def _on_idle(self) -> None:
        if self.session.is_open:
            log.info("locking after %d idle minutes", self.prefs.auto_lock_minutes)
            self.lock()

    def _on_switch_profile(self) -> None:
        self.switchProfileRequested.emit()

    # -- entries ----------------------------------------------------------------------
    def _ready_to_leave_entry(self) -> bool:
        """Save the current entry; False (and a message) if it could not be saved."""
        if self.autosave.save_now():
            return True
        self.statusBar().showMessage(
            self.tr("This entry is not saved yet, so it stays open. HeartLog keeps trying."),
            8000,
        )
        return False

    def open_entry(self, entry_id: str, char_offset: int = -1) -> bool:
        """Show ``entry_id`` in the editor (saving the current one first)."""
        journal = self._journal_or_none()
        if journal is None:
            return False
        if entry_id != self.editor.entry_id or self.editor.is_new:
            if not self._ready_to_leave_entry():
                self._select_entry_row(self.editor.entry_id)
                return False
            try:
                entry = journal.get(entry_id)
            except EntryNotFound:
                return False
            except Exception as exc:
                alerts.alert(self, exc)
                return False
            self.editor.load(entry)
            self._update_status_for_entry(entry)
        self.editor.body_edit.highlight_terms(
            terms(self.model.query) if self.model.searching else []
        )
        self._select_entry_row(entry_id)
        if char_offset >= 0:
            self.editor.body_edit.move_cursor_to(char_offset)
            self.editor.focus_body()
        self._update_word_count()
        return True

    def new_entry(self, prompt_id: str | None = None, focus: bool = True) -> bool:
        if self._journal_or_none() is None or not self._ready_to_leave_entry():
            return False
        self.editor.start_new(str(uuid.uuid4()), prompt_id)
        self._select_entry_row("")
        self.save_label.setText(self.tr("New entry: it is saved as soon as you write."))
        self._update_word_count()
        if focus:
            self.editor.focus_body()
        return True

    def delete_current(self) -> None:
        journal = self._journal_or_none()
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
            alerts.alert(self, exc)
            return
        self.autosave.forget()
        self._undo.append(snapshot)
        self.actions.undo_delete.setEnabled(True)
        self.editor.clear()
        self.signals.entryDeleted.emit(entry_id)
        count = self.model.rowCount()
        if count:
            self._select_row(min(max(row, 0), count - 1))
        else:
            self.new_entry(focus=False)
        self.list_view.setFocus()
        self.statusBar().showMessage(
            self.tr("Entry deleted. Press Ctrl+Z or choose Edit › Undo delete to bring it back."),
            15000,
        )

    def undo_delete(self) -> None:
        journal = self._journal_or_none()
        if journal is None or not self._undo:
            return
        snapshot = self._undo.pop()
        self.actions.undo_delete.setEnabled(bool(self._undo))
        try:
            restored = journal.restore(snapshot)
        except Exception as exc:
            self._undo.append(snapshot)
            alerts.alert(self, exc)
            return
        self.signals.entryRestored.emit(restored.id)
        self.signals.entrySaved.emit(restored.id)
        self.open_entry(restored.id)
        self.statusBar().showMessage(self.tr("The entry is back."), 5000)

    # -- list -------------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)

    def _select_entry_row(self, entry_id: str) -> None:
        self._syncing = True
        try:
            row = (
                self.model.row_of(entry_id, self.list_view.currentIndex().row()) if entry_id else -1
            )
            if row >= 0:
                index = self.model.index(row)
                self.list_view.setCurrentIndex(index)
                self.list_view.scrollTo(index)
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
        if self._journal_or_none() is not None:
            self.live_search.request(query)

    def _on_search_applied(self, query: str) -> None:
        self._select_entry_row(self.editor.entry_id)
        self.editor.body_edit.highlight_terms(terms(query) if query.strip() else [])

    def _on_count_changed(self, count: int) -> None:
        self.search_bar.show_count(count, self.model.searching)

    def _on_entries_changed(self, *_args: object) -> None:
        if self._journal_or_none() is None:
            return
        self.model.refresh()
        self._select_entry_row(self.editor.entry_id)
        self._refresh_known_tags()

    def _refresh_known_tags(self) -> None:
        journal = self._journal_or_none()
        if journal is not None:
            try:
                self.editor.tag_edit.set_known_tags(journal.tags())
            except Exception:
                log.exception("could not read the tags")

    # -- saving and status ------------------------------------------------------------
    def _on_edited(self) -> None:
        self._update_word_count()

    def _update_word_count(self) -> None:
        count = self.editor.word_count()
        self.word_label.setText(resolve_english_plural(self.tr("%Ln word(s)", "", count), count))

    def _on_saved(self, entry_id: str, when: dt.datetime) -> None:
        time_text = QLocale().toString(
            QTime(when.hour, when.minute, when.second), QLocale.FormatType.ShortFormat
        )
        self.save_label.setText(self.tr("Saved at %1").replace("%1", time_text))
        self.signals.entrySaved.emit(entry_id)

    def _update_status_for_entry(self, entry: Entry) -> None:
        when = (entry.updated_at or entry.written_at).astimezone()
        text = QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
        if when.date() != dt.date.today():
            day = when.date()
            from PySide6.QtCore import QDate

            text = QLocale().toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
        self.save_label.setText(self.tr("Saved %1").replace("%1", text))

    def _on_save_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("Not saved yet — retrying"))
        self.notice.show_notice(message, "warning")

    def _on_save_recovered(self) -> None:
        if self.notice.kind == "warning":
            self.notice.dismiss()
        self.statusBar().showMessage(self.tr("Saving works again; everything is saved."), 8000)

    def _on_emergency_save(self) -> None:
        if self.session.is_open and not self.autosave.save_now():
            values = self.editor.values()
            self.session.journal.save_draft(
                values.entry_id, values.title, values.body, draft_extra(values)
            )

    # -- other actions ----------------------------------------------------------------
    def _on_find(self) -> None:
        self.search_bar.field.setFocus()
        self.search_bar.field.selectAll()

    def _open_dialog(self, dialog: QDialog) -> None:
        """Window-modal, without a nested event loop; forgotten once closed."""
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self._dialog = None

    def _on_go_to_date(self) -> None:
        journal = self._journal_or_none()
        if journal is None:
            return
        dialog = GoToDateDialog(journal, self.editor.values().written_at.date(), self)
        dialog.dateChosen.connect(self.go_to_date)
        self._open_dialog(dialog)

    def go_to_date(self, day: dt.date) -> None:
        """Select the newest entry written on or before ``day``."""
        journal = self._journal_or_none()
        if journal is None:
            return
        if self.model.searching:
            self.search_bar.clear()
        count = self.model.rowCount()
        if count:
            self._select_row(min(journal.position_of_date(day), count - 1))
            self.list_view.setFocus()

    def _on_settings(self) -> None:
        dialog = SettingsDialog(self.prefs, self)
        dialog.prefsChanged.connect(self._on_prefs_changed)
        self._open_dialog(dialog)

    def _on_about(self) -> None:
        self._open_dialog(AboutDialog(self))

    def _on_prefs_changed(self, prefs: ProfilePrefs) -> None:
        self.prefs = prefs
        journal = self._journal_or_none()
        if journal is not None:
            try:
                prefs.save(journal)
            except Exception as exc:
                alerts.alert(self, exc)
        self._apply_prefs()
        self.signals.settingsChanged.emit()

    def _apply_prefs(self) -> None:
        self.editor.set_point_size(self.prefs.editor_points)
        self.idle.set_minutes(self.prefs.auto_lock_minutes)

    def _on_open_entry_requested(self, entry_id: str, char_offset: int) -> None:
        self.tabs.setCurrentWidget(self.page)
        self.open_entry(entry_id, char_offset)

    def _on_write_from_prompt(self, prompt_id: str) -> None:
        self.tabs.setCurrentWidget(self.page)
        self.new_entry(prompt_id=prompt_id)

    # -- window -----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = app_settings.window_state("main_geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        splitter = app_settings.window_state("main_splitter")
        if splitter is not None:
            self.page.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save everything and close; asks only when the disk refuses to save."""
        if (
            self.session.is_open
            and not self.autosave.save_now()
            and alerts.ask(
                self,
                self.tr("Not saved"),
                self.tr(
                    "HeartLog cannot save right now (the disk may be full), so the last "
                    "words of this entry would be lost. Keep the window open and free some space?"
                ),
            )
        ):
            event.ignore()
            return
        self._closing = True
        app_settings.set_window_state("main_geometry", self.saveGeometry())
        app_settings.set_window_state("main_splitter", self.page.splitter.saveState())
        self.autosave.forget()
        self._clear_entry_views()
        self.idle.stop()
        if self.session.is_open:
            self.signals.locked.emit()
        self.session.release()
        remove_emergency_save(self._on_emergency_save)
        self._disconnect_hub()
        super().closeEvent(event)
        self.closed.emit()


__all__ = ["MENU_NAMES", "MainWindow"]
