"""What the dashboard says about a week without entries (never empty charts)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyWeek(QWidget):
    """A friendly note with a way forward: write, or go back to this week."""

    writeEntry = Signal()
    thisWeek = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMinimumWidth(320)
        self.text.setMaximumWidth(560)
        self.write_button = QPushButton(self.tr("Write an entry"), self)
        self.write_button.clicked.connect(self.writeEntry)
        self.this_week_button = QPushButton(self.tr("Go to this week"), self)
        self.this_week_button.clicked.connect(self.thisWeek)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.this_week_button)
        buttons.addStretch(1)
        # Centred by stretches, not by a layout alignment, so the wrapped text gets its height.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text, 4)
        text_row.addStretch(1)
        layout.addWidget(self.title)
        layout.addLayout(text_row)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_for(self, when: str) -> None:
        """``when``: "current", "past" or "future" (relative to this week)."""
        if when == "current":
            self.title.setText(self.tr("No entries this week yet"))
            self.text.setText(
                self.tr(
                    "Write a few lines about how your week is going. Once there are entries, "
                    "this page shows how the week felt, what came up, and what keeps coming back."
                )
            )
        else:
            self.title.setText(self.tr("Nothing written that week"))
            self.text.setText(
                self.tr(
                    "There are no entries in this week. Pick another week above, or write "
                    "about today."
                )
            )
        self.this_week_button.setVisible(when != "current")
