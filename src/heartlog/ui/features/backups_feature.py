"""Tools > Backups…: list, create and restore backups of the open profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from heartlog.ui import alerts

if TYPE_CHECKING:
    from heartlog.core.profiles import OpenProfile
    from heartlog.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("BackupsFeature", "&Backups…"), window)
    action.setObjectName("backupsAction")
    action.triggered.connect(lambda: open_backups(window))
    window.menu("tools").addAction(action)
    action.setEnabled(window.session.is_open)
    window.journalOpened.connect(lambda: action.setEnabled(True))
    window.journalClosing.connect(lambda: action.setEnabled(False))


def open_backups(window: MainWindow) -> None:
    from heartlog.ui.backups_dialog import BackupsDialog

    opened = window.session.opened
    if opened is None:
        return
    dialog = BackupsDialog(opened, window)
    dialog.restoreRequested.connect(lambda path: _restore(window, dialog, path))
    window.backups_dialog = dialog
    dialog.open()


def _restore(window: MainWindow, dialog: object, path: str) -> None:
    from heartlog.core.restore import RestoreFailed, restore_open_profile

    def replace(opened: OpenProfile) -> OpenProfile:
        try:
            new, _result = restore_open_profile(opened, path)
        except RestoreFailed as exc:
            alerts.alert(window, exc)
            return exc.reopened
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "BackupsFeature",
                "Restored the backup. The journal it replaced is kept in the profile folder.",
            )
        )
        return new

    if hasattr(dialog, "accept"):
        dialog.accept()
    window.reopen_with(replace)
