"""Offered at unlock when a journal is damaged: restore the newest verified backup.

Show it when ``profiles.unlock`` raises ``core.restore.CorruptProfile``. It
says plainly how old the newest backup is, restores it on the user's word
(the damaged file is kept aside in the profile folder, never deleted) and
emits ``restored``; the caller then unlocks again with the same passphrase.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heartlog.core import app_settings
from heartlog.core.backup_catalog import BackupInfo, backup_folder_for, newest_verified_backup
from heartlog.core.errors import HeartLogError, StorageError
from heartlog.core.restore import CorruptProfile, RestoreResult, data_key_for, restore_backup
from heartlog.ui.background import BackgroundCall
from heartlog.ui.backup_texts import age_text, date_text, fill
from heartlog.ui.error_texts import error_message
from heartlog.ui.window_fit import grow_to_fit

log = logging.getLogger(__name__)


class RestoreDialog(QDialog):
    """Restore a damaged profile from its newest verified backup."""

    restored = Signal(str)  # where the damaged journal was kept

    def __init__(
        self, error: CorruptProfile, passphrase: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self._profile = error.profile
        self._passphrase = passphrase
        self._backup: BackupInfo | None = error.newest_backup
        self._task: BackgroundCall | None = None
        self.setWindowTitle(self.tr("Journal Damaged"))
        self.setMinimumWidth(520)

        self.problem_label = QLabel(
            fill(
                self.tr(
                    "The journal of “%1” is damaged and cannot be opened. "
                    "HeartLog has not changed it."
                ),
                self._profile.name,
            )
        )
        self.problem_label.setWordWrap(True)
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.restore_button = QPushButton(self.tr("Restore This Backup"))
        self.restore_button.setDefault(True)
        self.folder_button = QPushButton(self.tr("Choose Backup Folder…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.backup_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self.restore_button.clicked.connect(self._on_restore)
        self.folder_button.clicked.connect(self._on_choose_folder)
        self._show_backup()

    @property
    def backup(self) -> BackupInfo | None:
        return self._backup

    def _show_backup(self) -> None:
        b = self._backup
        if b is None:
            self.backup_label.setText(
                fill(
                    self.tr(
                        "No verified backup was found in %1. If your backups are in another "
                        "folder (another disk, a synced folder), choose it."
                    ),
                    str(backup_folder_for(self._profile.id)),
                )
            )
            self.restore_button.setEnabled(False)
            return
        self.backup_label.setText(
            fill(
                self.tr(
                    "The newest verified backup is from %1, %2 old. Restoring it brings back "
                    "your journal as it was then; anything written after it is not in it. "
                    "The damaged file is kept in the profile folder, not deleted."
                ),
                date_text(b.created),
                age_text(b.age()),
            )
        )
        self.restore_button.setEnabled(self._task is None)

    @Slot()
    def _on_choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the Backup Folder"))
        if not chosen:
            return
        try:
            app_settings.set_backup_root(self._profile.id, Path(chosen))
        except HeartLogError as exc:
            self.status_label.setText(error_message(exc))
            return
        # Without the key yet, the recorded SHA-256 vouches for it; the restore
        # itself checks it fully under the key before anything is replaced.
        self._backup = newest_verified_backup(self._profile.id)
        self._show_backup()

    @Slot()
    def _on_restore(self) -> None:
        backup = self._backup
        if backup is None or self._task is not None:
            return
        profile, passphrase = self._profile, self._passphrase

        def work() -> RestoreResult:
            return restore_backup(profile, backup, data_key_for(profile, passphrase))

        self._task = BackgroundCall(work, parent=self)
        self._task.succeeded.connect(self._on_restored)
        self._task.failed.connect(self._on_failed)
        self.restore_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.status_label.setText(self.tr("Checking and restoring the backup…"))
        self._task.start()

    @Slot(object)
    def _on_restored(self, result: object) -> None:
        self._task = None
        assert isinstance(result, RestoreResult)
        self.restored.emit(str(result.set_aside or ""))
        self.accept()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._task = None
        self.folder_button.setEnabled(True)
        self._show_backup()
        if isinstance(error, StorageError):
            text = self.tr("The disk could not be written. Free some space and try again.")
        elif isinstance(error, HeartLogError):
            text = error_message(error)
        else:
            log.error("restore failed unexpectedly: %s", type(error).__name__)
            text = self.tr("The restore failed unexpectedly; nothing was changed.")
        self.status_label.setText(text)
