"""The profile picker shown at start when more than one journal lives on this computer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from heartlog.ui.profile_catalog import ProfileInfo


class ProfilePickerDialog(QDialog):
    """Choose whose journal to open, or make a new one."""

    chosen = Signal(object)  # ProfileInfo
    newProfileRequested = Signal()

    def __init__(
        self, profiles: list[ProfileInfo], preselect_id: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a profile — HeartLog"))
        self.setMinimumSize(380, 320)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Whose journal do you want to open?"))
        heading.setObjectName("dialogHeading")
        layout.addWidget(heading)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles"))
        for profile in profiles:
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile)
            self.list.addItem(item)
            if profile.id == preselect_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        heading.setBuddy(self.list)
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(self)  # parented now, so setDefault reaches the dialog
        self.open_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setDefault(True)
        self.new_button = self.buttons.addButton(
            self.tr("&New profile…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_button.clicked.connect(self._on_open)
        self.new_button.clicked.connect(self._on_new)
        self.quit_button.clicked.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._on_open())
        layout.addWidget(self.buttons)
        self.list.setFocus()

    def selected(self) -> ProfileInfo | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _on_open(self) -> None:
        profile = self.selected()
        if profile is not None:
            self.chosen.emit(profile)
            self.accept()

    def _on_new(self) -> None:
        self.newProfileRequested.emit()
        self.accept()
