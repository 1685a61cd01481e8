"""What the window shows while locked: no entry text, a way to unlock or switch profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class LockedPage(QWidget):
    unlockRequested = Signal()
    switchRequested = Signal()

    def __init__(self, profile_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedPage")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("HeartLog is locked"))
        title.setObjectName("lockedTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        detail = QLabel(
            self.tr("The journal of %1 is closed. Unlock it to go on writing.").replace(
                "%1", profile_name
            )
        )
        detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail.setWordWrap(True)
        layout.addWidget(detail)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlockRequested)
        buttons.addWidget(self.unlock_button)
        self.switch_button = QPushButton(self.tr("&Other profile…"))
        self.switch_button.clicked.connect(self.switchRequested)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(3)
