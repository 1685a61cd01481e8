"""The Backups dialog: list a profile's backups, back up now, restore one, change the folder.

Restoring replaces the open journal, so the dialog only asks for confirmation
and emits ``restoreRequested(path)``; the main window then closes its views and
calls ``core.restore.restore_open_profile(opened, path)``, which checks the
backup first, keeps the current journal aside and reopens with the same key.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from heartlog.core import app_settings
from heartlog.core.backup import create_backup
from heartlog.core.backup_catalog import BackupInfo, backup_folder_for, list_backups
from heartlog.core.errors import HeartLogError, StorageError
from heartlog.core.profiles import OpenProfile
from heartlog.ui.background import BackgroundCall
from heartlog.ui.backup_texts import (
    age_text,
    date_text,
    fill,
    reason_text,
    size_text,
    verified_text,
)
from heartlog.ui.error_texts import error_message
from heartlog.ui.window_fit import grow_to_fit

log = logging.getLogger(__name__)

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    """Backups of one unlocked profile."""

    restoreRequested = Signal(str)  # the backup file the user confirmed
    backupCreated = Signal(str)

    COLUMNS = 5

    def __init__(self, opened: OpenProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self._opened = opened
        self._task: BackgroundCall | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumWidth(640)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_folder_button = QPushButton(self.tr("Change Folder…"))
        self.default_folder_button = QPushButton(self.tr("Use Default Folder"))
        # The folder's path gets the whole width; its buttons go under it.
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.change_folder_button)
        folder_buttons.addWidget(self.default_folder_button)
        folder_buttons.addStretch(1)
        folder_row = QVBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addLayout(folder_buttons)

        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Date"), self.tr("Age"), self.tr("Reason"), self.tr("Size"), self.tr("Check")]
        )
        self.empty_label = QLabel(self.tr("No backups yet."))

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.backup_now_button = QPushButton(self.tr("Back Up Now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_now_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

        self.change_folder_button.clicked.connect(self._on_change_folder)
        self.default_folder_button.clicked.connect(self._on_default_folder)
        self.backup_now_button.clicked.connect(self._on_backup_now)
        self.restore_button.clicked.connect(self._on_restore)
        self.tree.itemSelectionChanged.connect(self._on_selection_changed)
        self.refresh()

    # -- listing ----------------------------------------------------------------
    def refresh(self) -> None:
        profile_id = self._opened.profile.id
        folder = backup_folder_for(profile_id)
        self.folder_label.setText(fill(self.tr("Backups are saved in %1"), str(folder)))
        self.default_folder_button.setEnabled(app_settings.backup_root(profile_id) is not None)
        self.tree.clear()
        for b in list_backups(profile_id):
            self.tree.addTopLevelItem(self._item(b))
        for col in range(self.COLUMNS):
            self.tree.resizeColumnToContents(col)
        self.empty_label.setVisible(self.tree.topLevelItemCount() == 0)
        self._on_selection_changed()

    def _item(self, b: BackupInfo) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                date_text(b.created),
                age_text(b.age()),
                reason_text(b.reason),
                size_text(b.size),
                verified_text(b),
            ]
        )
        item.setData(0, PATH_ROLE, str(b.path))
        item.setToolTip(0, str(b.path))
        item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def selected_backup(self) -> Path | None:
        items = self.tree.selectedItems()
        return Path(items[0].data(0, PATH_ROLE)) if items else None

    @Slot()
    def _on_selection_changed(self) -> None:
        busy = self._task is not None
        self.restore_button.setEnabled(self.selected_backup() is not None and not busy)

    # -- back up now --------------------------------------------------------------
    @Slot()
    def _on_backup_now(self) -> None:
        opened = self._opened
        self._task = BackgroundCall(lambda: create_backup(opened, reason="manual"), parent=self)
        self._task.succeeded.connect(self._on_backup_done)
        self._task.failed.connect(self._on_backup_failed)
        self.backup_now_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.status_label.setText(self.tr("Backing up and checking the copy…"))
        self._task.start()

    @Slot(object)
    def _on_backup_done(self, info: object) -> None:
        self._task = None
        self.backup_now_button.setEnabled(True)
        assert isinstance(info, BackupInfo)
        self.status_label.setText(self.tr("Backup written and verified."))
        self.refresh()
        self.backupCreated.emit(str(info.path))

    @Slot(object)
    def _on_backup_failed(self, error: object) -> None:
        self._task = None
        self.backup_now_button.setEnabled(True)
        self._on_selection_changed()
        if isinstance(error, StorageError):
            reason = self.tr("the disk is full or could not be written. Free some space.")
        elif isinstance(error, HeartLogError):
            reason = error_message(error)
        else:
            log.error("backup failed unexpectedly: %s", type(error).__name__)
            reason = self.tr("an unexpected error (details are in the log).")
        self.status_label.setText(
            fill(self.tr("The backup failed and your journal is unchanged: %1"), reason)
        )

    # -- restore ------------------------------------------------------------------
    @Slot()
    def _on_restore(self) -> None:
        path = self.selected_backup()
        if path is None:
            return
        item = self.tree.selectedItems()[0]
        answer = QMessageBox.question(
            self,
            self.tr("Restore Backup"),
            fill(
                self.tr(
                    "Replace your journal with the backup from %1 (%2 old)?\n\n"
                    "Anything written after that backup will not be in the restored journal. "
                    "The current journal is not deleted: it is kept in the profile folder."
                ),
                item.text(0),
                item.text(1),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restoreRequested.emit(str(path))
        self.accept()

    # -- folder -------------------------------------------------------------------
    @Slot()
    def _on_change_folder(self) -> None:
        start = str(backup_folder_for(self._opened.profile.id).parent)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a Backup Folder"), start)
        if not chosen:
            return
        self._set_root(Path(chosen))

    @Slot()
    def _on_default_folder(self) -> None:
        self._set_root(None)

    def _set_root(self, root: Path | None) -> None:
        try:
            app_settings.set_backup_root(self._opened.profile.id, root)
        except HeartLogError as exc:
            self.status_label.setText(error_message(exc))
            return
        self.status_label.setText(self.tr("New backups will be saved in the chosen folder."))
        self.refresh()
