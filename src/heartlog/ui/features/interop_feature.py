"""File > Import… and File > Export journal…: the interop dialogs, wired to the list and the analysis."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Slot
from PySide6.QtGui import QAction

from heartlog.ui.app_signals import app_signals
from heartlog.ui.features.feature_dialogs import FeatureDialogs

if TYPE_CHECKING:
    from heartlog.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class InteropFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("interopFeature")
        self.window = window
        self.dialogs = FeatureDialogs.for_window(window)
        self.pool = QThreadPool(self)  # our own, so a lock can wait for a cancelled import
        self.pool.setMaxThreadCount(1)
        # After an import the list reloads once the worker is completely done (its last
        # connection closed, the WAL checkpointed), in an event-loop slice of its own.
        self._reload_timer = QTimer(self)
        self._reload_timer.setInterval(20)
        self._reload_timer.timeout.connect(self._reload_when_idle)
        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setToolTip(self.tr("Bring in entries from jrnl, Day One or Markdown"))
        self.import_action.triggered.connect(self.open_import)
        self.export_action = QAction(self.tr("&Export journal…"), window)
        self.export_action.triggered.connect(self.open_export)
        file_menu = window.menu("file")
        before = window.actions.lock
        file_menu.insertAction(before, self.import_action)
        file_menu.insertAction(before, self.export_action)
        file_menu.insertSeparator(before)
        for action in (self.import_action, self.export_action):
            action.setEnabled(False)
        window.journalOpened.connect(self._on_opened)
        window.journalClosing.connect(self._on_closing)

    @Slot()
    def _on_opened(self) -> None:
        for action in (self.import_action, self.export_action):
            action.setEnabled(True)

    @Slot()
    def _on_closing(self) -> None:
        # The dialogs were rejected first (FeatureDialogs): an import in progress was
        # cancelled and rolls back; wait for it before the database closes.
        self.pool.waitForDone()
        self._reload_timer.stop()
        for action in (self.import_action, self.export_action):
            action.setEnabled(False)

    @Slot()
    def open_import(self) -> None:
        from heartlog.ui.import_dialog import ImportDialog

        journal = self.window.journal
        if journal is None:
            return
        dialog = ImportDialog(journal, self.window, self.pool)
        dialog.imported.connect(self._on_imported)
        self.dialogs.open(dialog)

    @Slot(list)
    def _on_imported(self, entry_ids: list[str]) -> None:
        if self.window.journal is None or not entry_ids:
            return
        log.info("imported %d entries", len(entry_ids))
        self._reload_timer.start()

    @Slot()
    def _reload_when_idle(self) -> None:
        if self.pool.activeThreadCount():
            return
        self._reload_timer.stop()
        if self.window.journal is not None:
            # The list reloads, and the analysis picks up the new (stale) entries.
            app_signals().entriesChanged.emit()

    @Slot()
    def open_export(self) -> None:
        from heartlog.ui.export_dialog import ExportDialog

        journal = self.window.journal
        if journal is None or not self.window.autosave.save_now():
            return
        dialog = ExportDialog(journal, self.window, self.pool)
        dialog.exported.connect(self._on_exported)
        self.dialogs.open(dialog)

    @Slot(str)
    def _on_exported(self, path: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Exported to %1.").replace("%1", Path(path).name), 10_000
        )


def install(window: MainWindow) -> None:
    InteropFeature(window)
