"""Sharing in the main window: the Sharing menu, "Mark for sharing", and the pages it feeds."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from heartlog.ui import alerts
from heartlog.ui.app_signals import app_signals
from heartlog.ui.features.feature_dialogs import FeatureDialogs
from heartlog.ui.features.sharing_views import SharingViews
from heartlog.ui.sharing import tasks
from heartlog.ui.sharing.mark_action import MarkForSharingAction

if TYPE_CHECKING:
    from heartlog.core.sharing.receive import ImportResult
    from heartlog.ui.main_window import MainWindow

log = logging.getLogger(__name__)

MARK_SHORTCUT = "Ctrl+Shift+S"


class SharingFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("sharingFeature")
        self.window = window
        self.dialogs = FeatureDialogs.for_window(window)
        self.views = SharingViews(window)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._receive_signals = tasks.TaskSignals(self)
        self._receive_signals.finished.connect(self._on_bundle_received)
        self._receive_signals.failed.connect(self._on_bundle_failed)
        self._build_actions()
        window.journalOpened.connect(self._on_opened)
        window.journalClosing.connect(self._on_closing)
        window.editor.entryShown.connect(self._on_entry_shown)
        app_signals().entrySaved.connect(self._on_entry_saved)
        window.closed.connect(self._disconnect_hub)

    def _build_actions(self) -> None:
        window = self.window
        self.share_code_action = QAction(self.tr("My &share code…"), window)
        self.share_code_action.triggered.connect(self._on_share_code)
        self.add_partner_action = QAction(self.tr("&Add partner…"), window)
        self.add_partner_action.triggered.connect(self._on_add_partner)
        self.share_action = QAction(self.tr("S&hare…"), window)
        self.share_action.setToolTip(self.tr("Preview and send the entries marked for sharing"))
        self.share_action.triggered.connect(self.share)
        self.receive_action = QAction(self.tr("&Open a bundle from your partner…"), window)
        self.receive_action.triggered.connect(self._on_receive)
        self.folder_action = QAction(self.tr("Share &folder…"), window)
        self.folder_action.triggered.connect(self._on_share_folder)
        self.mark_action = MarkForSharingAction(
            window.journal,  # type: ignore[arg-type]  # None until unlocked; set on every unlock
            self._current_entry_id,
            window,
        )
        self.mark_action.setShortcut(QKeySequence(MARK_SHORTCUT))
        self.mark_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.mark_action.markChanged.connect(self._on_mark_changed)
        window.addAction(self.mark_action)
        menu = window.menu(QCoreApplication.translate("Features", "&Sharing"))
        menu.setObjectName("sharingMenu")
        for action in (self.share_code_action, self.add_partner_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.share_action)
        menu.addAction(self.receive_action)
        menu.addAction(self.folder_action)
        menu.addSeparator()
        menu.addAction(self.mark_action)
        window.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        window.list_view.addAction(self.mark_action)
        for action in self._journal_actions():
            action.setEnabled(False)

    def _journal_actions(self) -> list[QAction]:
        return [
            self.share_code_action,
            self.add_partner_action,
            self.share_action,
            self.receive_action,
            self.folder_action,
        ]

    def _current_entry_id(self) -> str | None:
        editor = self.window.editor
        if self.mark_action_journal() is None or not editor.entry_id or editor.is_new:
            return None
        return editor.entry_id

    def mark_action_journal(self) -> object:
        # Set on journalOpened: the editor shows an entry a moment before that.
        action = getattr(self, "mark_action", None)
        return None if action is None or self.window.journal is None else action.journal

    # -- unlock and lock ---------------------------------------------------------------------
    @Slot()
    def _on_opened(self) -> None:
        if self.window.journal is None:
            return
        self.mark_action.journal = self.window.journal
        self.mark_action.sync()
        for action in self._journal_actions():
            action.setEnabled(True)
        # Pages, reflections and the folder watcher a moment later: the list shows first.
        QTimer.singleShot(0, self._open_views)

    @Slot()
    def _open_views(self) -> None:
        if self.window.journal is not None and not self.views.is_open:
            self.views.open()

    @Slot()
    def _on_closing(self) -> None:
        self._pool.waitForDone()
        self.views.close()
        for action in self._journal_actions():
            action.setEnabled(False)
        self.mark_action.journal = None  # type: ignore[assignment]
        self.mark_action.sync()

    @Slot()
    def _disconnect_hub(self) -> None:
        app_signals().entrySaved.disconnect(self._on_entry_saved)

    # -- marking -------------------------------------------------------------------------------
    @Slot(str, object)
    def _on_entry_shown(self, _entry_id: str, _prompt_id: object) -> None:
        self.mark_action.sync()

    @Slot(str)
    def _on_entry_saved(self, entry_id: str) -> None:
        if entry_id == self.window.editor.entry_id:
            self.mark_action.sync()  # a new entry can be marked once it is saved

    @Slot(str, bool)
    def _on_mark_changed(self, _entry_id: str, marked: bool) -> None:
        self.window.model.refresh()  # the row's "to share" mark
        self.window.statusBar().showMessage(
            self.tr("Marked for sharing. Choose Sharing › Share… to send it.")
            if marked
            else self.tr("No longer marked for sharing."),
            8000,
        )

    # -- dialogs -------------------------------------------------------------------------------
    @Slot()
    def _on_share_code(self) -> None:
        from heartlog.ui.sharing.share_code_dialog import ShareCodeDialog

        journal = self.window.journal
        if journal is not None:
            self.dialogs.open(ShareCodeDialog(journal, self.window.profile_name, self.window))

    @Slot()
    def _on_add_partner(self) -> None:
        from heartlog.ui.sharing.add_partner_dialog import AddPartnerDialog

        journal = self.window.journal
        if journal is not None:
            dialog = AddPartnerDialog(journal, self.window)
            dialog.partnerAdded.connect(self._on_partner_added)
            self.dialogs.open(dialog)

    @Slot(int)
    def _on_partner_added(self, _partner_id: int) -> None:
        self.views.update_inbox()
        app_signals().settingsChanged.emit()  # the analysis reads partners' names

    @Slot()
    def share(self) -> None:
        from heartlog.ui.sharing.share_dialog import ShareDialog

        journal = self.window.journal
        if journal is None or not self.window.autosave.save_now():
            return
        dialog = ShareDialog(journal, self.window)
        dialog.bundleWritten.connect(self._on_bundle_written)
        dialog.fileExported.connect(self._on_file_exported)
        self.dialogs.open(dialog)

    @Slot(object)
    def _on_bundle_written(self, result: object) -> None:
        self.window.model.refresh()  # "to share" becomes "shared"
        path = getattr(result, "path", None)
        name = getattr(result, "partner_name", "")
        self.views.notify(
            self.tr("Wrote %1 for %2.")
            .replace("%1", path.name if isinstance(path, Path) else "")
            .replace("%2", name)
        )

    @Slot(str)
    def _on_file_exported(self, path: str) -> None:
        self.views.notify(self.tr("Wrote %1. It is not encrypted.").replace("%1", Path(path).name))

    @Slot()
    def _on_share_folder(self) -> None:
        from heartlog.ui.features.share_folder_dialog import ShareFolderDialog

        journal = self.window.journal
        if journal is not None:
            dialog = ShareFolderDialog(journal, self.window)
            dialog.folderChanged.connect(self._on_folder_changed)
            self.dialogs.open(dialog)

    @Slot(str)
    def _on_folder_changed(self, _folder: str) -> None:
        self.views.restart_watcher()

    # -- receiving a bundle by hand --------------------------------------------------------------
    def ask_bundle_path(self) -> str:
        """The bundle a person picks (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a bundle from your partner"),
            "",
            self.tr("HeartLog share bundle (*.heartshare)"),
        )
        return path

    @Slot()
    def _on_receive(self) -> None:
        from heartlog.core.sharing.receive import receive_bundle_file

        journal = self.window.journal
        path = self.ask_bundle_path() if journal is not None else ""
        if journal is None or not path:
            return
        self.receive_action.setEnabled(False)
        task = tasks.CoreTask(lambda: receive_bundle_file(journal, path), self._receive_signals)
        tasks.start(task, self._pool)

    @Slot(object)
    def _on_bundle_received(self, result: ImportResult) -> None:
        from heartlog.ui.sharing.messages import import_summary

        if self.window.journal is None:
            return
        self.receive_action.setEnabled(True)
        self.views.refresh_after_receiving()
        self.views.notify(import_summary(result))

    @Slot(object)
    def _on_bundle_failed(self, error: BaseException) -> None:
        from heartlog.ui.sharing.messages import rejection_text

        if self.window.journal is None:
            return
        self.receive_action.setEnabled(True)
        alerts.inform(self.window, self.tr("Bundle not imported"), rejection_text(error))


def install(window: MainWindow) -> None:
    SharingFeature(window)
