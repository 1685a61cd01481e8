"""Sharing > Share folder…: choose the folder the couple syncs, or stop using one."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.errors import HeartLogError
from heartlog.core.journal import Journal
from heartlog.core.sharing.share_folder import ShareFolderMissing, set_share_folder, share_folder
from heartlog.ui.error_texts import error_message
from heartlog.ui.window_fit import grow_to_fit

log = logging.getLogger(__name__)


class ShareFolderDialog(QDialog):
    """Emits ``folderChanged(path)`` ("" when turned off) after the setting was stored."""

    folderChanged = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self.journal = journal
        self.setWindowTitle(self.tr("Share folder"))
        intro = QLabel(
            self.tr(
                "Pick a folder that you and your partner already keep in sync (Syncthing, "
                "Nextcloud, a shared drive). HeartLog writes your encrypted bundles there and "
                "imports your partner's as soon as they appear. Nothing else is put in it."
            )
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self._on_choose)
        self.clear_button = QPushButton(self.tr("Stop using a share folder"))
        self.clear_button.clicked.connect(self._on_clear)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, 220)
        self._show_folder(share_folder(journal))

    def _show_folder(self, folder: Path | None) -> None:
        if folder is None:
            self.folder_label.setText(self.tr("No share folder is set."))
        else:
            self.folder_label.setText(self.tr("Share folder: %1").replace("%1", str(folder)))
        self.clear_button.setEnabled(folder is not None)

    def ask_folder(self) -> str:
        """The folder a person picks (tests replace this)."""
        current = share_folder(self.journal)
        return QFileDialog.getExistingDirectory(
            self, self.tr("Choose the share folder"), str(current or Path.home())
        )

    def set_folder(self, folder: str | None) -> bool:
        try:
            chosen = set_share_folder(self.journal, folder)
        except ShareFolderMissing:
            self.error_label.setText(self.tr("That is not a folder. Choose an existing folder."))
            self.error_label.show()
            return False
        except HeartLogError as exc:
            self.error_label.setText(error_message(exc))
            self.error_label.show()
            return False
        self.error_label.hide()
        self._show_folder(chosen)
        self.folderChanged.emit(str(chosen) if chosen else "")
        return True

    @Slot()
    def _on_choose(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.set_folder(folder)

    @Slot()
    def _on_clear(self) -> None:
        self.set_folder(None)
