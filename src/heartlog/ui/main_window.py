"""The main window: pages, menus, status bar, settings, and locking and unlocking."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QStackedWidget, QTabWidget, QWidget

from heartlog.ui import alerts, app_settings
from heartlog.ui.about_dialog import AboutDialog
from heartlog.ui.app_icon import app_icon
from heartlog.ui.app_signals import app_signals
from heartlog.ui.autosave import draft_extra
from heartlog.ui.crash_dialog import add_emergency_save, remove_emergency_save
from heartlog.ui.date_jump_dialog import GoToDateDialog
from heartlog.ui.editor import EditorValues
from heartlog.ui.idle_lock import IdleWatcher
from heartlog.ui.journal_controller import JournalController
from heartlog.ui.journal_page import JournalPage
from heartlog.ui.locked_page import LockedPage
from heartlog.ui.main_menus import build_menus
from heartlog.ui.plural_text import resolve_english_plural
from heartlog.ui.profile_prefs import ProfilePrefs
from heartlog.ui.profile_session import ProfileSession
from heartlog.ui.settings_dialog import SettingsDialog
from heartlog.ui.unlock_dialog import UnlockDialog
from heartlog.ui.window_features import install_features
from heartlog.ui.writing_status import WritingStatus

if TYPE_CHECKING:
    from heartlog.core.journal import Journal
    from heartlog.core.profiles import OpenProfile

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """One profile's window.

    API for features: ``journal`` (None while locked), ``profile_name``,
    ``add_page(widget, title)``, ``menu(name)``, ``set_prompt_card(widget)``,
    ``prompt_area``, ``open_entry(entry_id, char_offset)``, ``new_entry(prompt_id)``,
    ``remove_page(widget)``, and the hub in ``heartlog.ui.app_signals``.

    ``journalOpened`` follows an unlock (the list and editor are filled);
    ``journalClosing`` comes before the database closes (lock, close), while
    ``journal`` still works: features stop their workers and clear their
    widgets there. Unlike the hub's ``locked``/``unlocked`` they are this
    window's own.
    """

    switchProfileRequested = Signal()
    closed = Signal()
    journalOpened = Signal()
    journalClosing = Signal()

    def __init__(self, session: ProfileSession, opened: OpenProfile | None = None) -> None:
        super().__init__()
        self.session = session
        self.signals = app_signals()
        self.prefs = ProfilePrefs()
        self.unlock_dialog: UnlockDialog | None = None
        self._resume_entry_id = ""
        self._pending: tuple[EditorValues, bool] | None = None
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

        self.status = WritingStatus(self.statusBar())
        self.save_label = self.status.save_label
        self.word_label = self.status.word_label
        self._menus, self.actions = build_menus(self)
        self.controller = JournalController(self.page, self.status, self._journal_or_none, self)
        self.autosave = self.controller.autosave
        self.live_search = self.controller.live_search
        self.idle = IdleWatcher(self)
        self._connect()
        add_emergency_save(self._on_emergency_save)
        self._restore_geometry()
        self._show_locked_state()
        install_features(self)
        if opened is not None:
            self._on_unlocked(opened)

    def _hub_connections(self) -> list[tuple]:
        s, c = self.signals, self.controller
        return [
            (s.entrySaved, c.entries_changed),
            (s.entriesChanged, c.entries_changed),
            (s.entryDeleted, c.entries_changed),
            (s.openEntry, self._on_open_entry_requested),
            (s.writeFromPrompt, self._on_write_from_prompt),
        ]

    def _connect(self) -> None:
        a, c = self.actions, self.controller
        a.new_entry.triggered.connect(lambda: self.new_entry())
        a.lock.triggered.connect(self.lock)
        a.switch_profile.triggered.connect(self.switchProfileRequested)
        a.quit.triggered.connect(self.close)
        a.undo_delete.triggered.connect(c.undo_delete)
        a.delete_entry.triggered.connect(c.delete_current)
        a.find.triggered.connect(self._on_find)
        a.go_to_date.triggered.connect(self._on_go_to_date)
        a.settings.triggered.connect(self._on_settings)
        a.about.triggered.connect(self._on_about)
        c.undoAvailable.connect(a.undo_delete.setEnabled)
        self.idle.idle.connect(self._on_idle)
        self.locked_page.unlockRequested.connect(self.show_unlock_dialog)
        self.locked_page.switchRequested.connect(self.switchProfileRequested)
        for signal, slot in self._hub_connections():
            signal.connect(slot)

    # -- API for features and tests -------------------------------------------------------
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

    def remove_page(self, widget: QWidget) -> None:
        """Take a page added with ``add_page`` away again (it is not deleted)."""
        index = self.tabs.indexOf(widget)
        if index > 0:  # never the journal page
            self.tabs.removeTab(index)

    def set_prompt_card(self, widget: QWidget | None) -> None:
        """Show ``widget`` above the editor (None removes it)."""
        self.page.set_prompt_card(widget)

    def open_entry(self, entry_id: str, char_offset: int = -1) -> bool:
        return self.controller.open_entry(entry_id, char_offset)

    def new_entry(self, prompt_id: str | None = None, focus: bool = True) -> bool:
        return self.controller.new_entry(prompt_id, focus)

    def delete_current(self) -> None:
        self.controller.delete_current()

    def undo_delete(self) -> None:
        self.controller.undo_delete()

    def go_to_date(self, day: dt.date) -> None:
        self.controller.go_to_date(day)

    def _journal_or_none(self) -> Journal | None:
        return self.session.journal if self.session.is_open else None

    # -- unlocking and locking ------------------------------------------------------------
    def _show_locked_state(self) -> None:
        self.stack.setCurrentWidget(self.locked_page)
        for action in self.actions.needing_journal():
            action.setEnabled(False)

    def _on_unlocked(self, opened: OpenProfile) -> None:
        self.session.attach(opened)
        self.prefs = ProfilePrefs.load(opened.journal)
        self._apply_prefs()
        self.stack.setCurrentWidget(self.tabs)
        for action in self.actions.needing_journal():
            action.setEnabled(True)
        pending, self._pending = self._pending, None
        resume, self._resume_entry_id = self._resume_entry_id, ""
        self.controller.show_journal(opened.journal, resume, opened.recovered, pending)
        if opened.recovered:
            n = len(opened.recovered)
            text = self.tr(
                "HeartLog closed before your last words were saved. They have been "
                "restored into %n entry(ies).",
                "",
                n,
            )
            self.notice.show_notice(resolve_english_plural(text, n))
        if opened.notices:
            self.statusBar().showMessage(
                self.tr(
                    "Today's automatic backup failed; your journal is fine. See Tools > Backups."
                )
            )
        self.idle.poke()
        self.journalOpened.emit()
        self.signals.unlocked.emit()

    def lock(self) -> None:
        """Save, close the database, clear every widget showing entry text, ask to unlock."""
        if not self.session.is_open:
            return
        saved = self.autosave.save_now()
        # Words the disk refused stay in memory only, and come back after unlocking.
        self._pending = None if saved else (self.editor.values(), self.editor.is_new)
        self._resume_entry_id = self.editor.entry_id if saved and not self.editor.is_new else ""
        if self._dialog is not None:  # settings or calendar must not outlive the journal
            self._dialog.reject()
        self.tabs.setCurrentWidget(self.page)
        self.journalClosing.emit()
        self.controller.clear()
        self.session.close_database()
        self.idle.stop()
        self._show_locked_state()
        log.info("locked profile %s", self.session.profile.id)
        self.signals.locked.emit()
        if not self._closing:
            self.show_unlock_dialog()

    def reopen_with(self, replace: Callable[[OpenProfile], OpenProfile]) -> None:
        """Hand the open journal to ``replace`` (e.g. a restore) and show what it returns.

        Views are cleared and ``journalClosing`` is emitted first, so features stop
        their work on the old journal; ``replace`` owns (and closes) the old one.
        """
        opened = self.session.opened
        if opened is None:
            return
        self.autosave.save_now()
        self._resume_entry_id = ""
        if self._dialog is not None:
            self._dialog.reject()
        self.tabs.setCurrentWidget(self.page)
        self.journalClosing.emit()
        self.controller.clear()
        self.session.opened = None
        self._on_unlocked(replace(opened))

    def show_unlock_dialog(self) -> None:
        if self.session.is_open:
            return
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            return
        dialog = UnlockDialog(self.session.profile, self, can_switch=True)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.unlocked.connect(self._on_unlocked)
        dialog.switchProfile.connect(self.switchProfileRequested)
        self.unlock_dialog = dialog
        dialog.open()

    def _on_idle(self) -> None:
        if self.session.is_open:
            log.info("locking after %d idle minutes", self.prefs.auto_lock_minutes)
            self.lock()

    def _on_emergency_save(self) -> None:
        """Called by the crash handler: save, or at least keep a draft."""
        if self.session.is_open and not self.autosave.save_now():
            values = self.editor.values()
            self.session.journal.save_draft(
                values.entry_id, values.title, values.body, draft_extra(values)
            )

    # -- dialogs and preferences ----------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> None:
        """Window-modal, without a nested event loop; forgotten once closed."""
        self._dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self._dialog = None

    def _on_find(self) -> None:
        self.search_bar.field.setFocus()
        self.search_bar.field.selectAll()

    def _on_go_to_date(self) -> None:
        journal = self._journal_or_none()
        if journal is not None:
            dialog = GoToDateDialog(journal, self.editor.values().written_at.date(), self)
            dialog.dateChosen.connect(self.controller.go_to_date)
            self._open_dialog(dialog)

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
        self.controller.open_entry(entry_id, char_offset)

    def _on_write_from_prompt(self, prompt_id: str) -> None:
        self.tabs.setCurrentWidget(self.page)
        self.controller.new_entry(prompt_id=prompt_id)

    # -- the window -----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = app_settings.window_state("main_geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        splitter = app_settings.window_state("main_splitter")
        if splitter is not None:
            self.page.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save everything and close; asks only when the disk refuses to save."""
        if self._closing:  # already closed once
            super().closeEvent(event)
            return
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
        if self.session.is_open:
            self.journalClosing.emit()
        self.controller.clear()
        self.autosave.detach()
        self.idle.stop()
        if self.session.is_open:
            self.signals.locked.emit()
        self.session.release()
        remove_emergency_save(self._on_emergency_save)
        for signal, slot in self._hub_connections():
            signal.disconnect(slot)
        super().closeEvent(event)
        self.closed.emit()
