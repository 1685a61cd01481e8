"""Watches the share folder (QFileSystemWatcher) and imports partner bundles when they
appear or change, off the GUI thread, then says what arrived.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QSystemTrayIcon

from heartlog.core.journal import Journal
from heartlog.core.sharing.receive import ImportResult, ImportStatus
from heartlog.core.sharing.share_folder import scan_share_folder, share_folder
from heartlog.ui.error_texts import error_message
from heartlog.ui.sharing import tasks
from heartlog.ui.sharing.messages import import_summary

log = logging.getLogger(__name__)

SETTLE_MS = 700  # sync tools write in bursts: wait for quiet before reading


class ShareFolderWatcher(QObject):
    imported = Signal(list)  # list[ImportResult] that changed something or were rejected
    notification = Signal(str)  # one translated line for a status bar or tray message

    def __init__(
        self,
        journal: Journal,
        parent: QObject | None = None,
        tray: QSystemTrayIcon | None = None,
        settle_ms: int = SETTLE_MS,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.tray = tray
        self.folder: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_changed)
        self._watcher.fileChanged.connect(self._on_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_ms)
        self._timer.timeout.connect(self.scan_now)
        self._signals = tasks.TaskSignals(self)
        self._signals.finished.connect(self._on_scanned)
        self._signals.failed.connect(self._on_failed)
        self._pool = QThreadPool(self)  # its own pool, so stop() can wait for the scan
        self._pool.setMaxThreadCount(1)
        self._running = False
        self._again = False

    def start(self, folder: Path | None = None) -> bool:
        """Watch ``folder`` (default: the profile's share folder); False if there is none."""
        self.stop()
        self.folder = folder or share_folder(self.journal)
        if self.folder is None or not self.folder.is_dir():
            self.folder = None
            return False
        self._watcher.addPath(str(self.folder))
        self.scan_now()  # bundles that arrived while the app was closed
        return True

    def stop(self) -> None:
        """Stop watching and wait for a scan in progress (call before closing the profile)."""
        self._timer.stop()
        self._pool.waitForDone()
        paths = self._watcher.directories() + self._watcher.files()
        if paths:
            self._watcher.removePaths(paths)
        self.folder = None

    def is_scanning(self) -> bool:
        return self._running

    @Slot(str)
    def _on_changed(self, _path: str) -> None:
        self._timer.start()

    @Slot()
    def scan_now(self) -> None:
        if self.folder is None:
            return
        if self._running:
            self._again = True
            return
        folder = self.folder
        self._running = True
        task = tasks.CoreTask(lambda: scan_share_folder(self.journal, folder), self._signals)
        tasks.start(task, self._pool)

    @Slot(object)
    def _on_scanned(self, results: list[ImportResult]) -> None:
        self._running = False
        self._watch_files()
        news = [r for r in results if r.status is ImportStatus.REJECTED or r.changed]
        if news:
            self.imported.emit(news)
            for r in news:
                self._notify(import_summary(r))
        if self._again:
            self._again = False
            self.scan_now()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._running = False
        log.warning("share folder scan failed: %s", type(error).__name__)
        self._notify(error_message(error))

    def _watch_files(self) -> None:
        # Some platforms report an atomic replace only on the file, not the folder.
        if self.folder is None:
            return
        wanted = {str(p) for p in self.folder.glob("*.heartshare")}
        missing = sorted(wanted - set(self._watcher.files()))
        if missing:
            self._watcher.addPaths(missing)

    def _notify(self, text: str) -> None:
        self.notification.emit(text)
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(self.tr("HeartLog"), text)
