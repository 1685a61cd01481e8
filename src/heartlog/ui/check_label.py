"""A check box whose long text wraps: the box, and a word-wrapped label that ticks it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class CheckLabel(QLabel):
    """The text of ``box``: wraps, ticks the box when clicked, its "&" is the box's shortcut."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


def wrapping_check_box(text: str, parent: QWidget | None = None) -> tuple[QCheckBox, QHBoxLayout]:
    """A check box with ``text`` beside it that wraps, and the row that holds both."""
    box = QCheckBox(parent)
    label = CheckLabel(text, box, parent)
    row = QHBoxLayout()
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return box, row
