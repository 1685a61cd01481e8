"""A slim, dismissable message strip shown inside the window (not a modal dialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class NoticeBar(QFrame):
    """``show_notice(text, kind)`` with kind ``info`` or ``warning``; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setProperty("kind", "info")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 6, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    @property
    def kind(self) -> str:
        return str(self.property("kind"))

    def show_notice(self, text: str, kind: str = "info") -> None:
        self.label.setText(text)
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def dismiss(self) -> None:
        self.label.clear()
        self.hide()
