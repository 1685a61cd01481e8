"""Reflections my partner wrote on one of my own entries, shown under that entry."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from heartlog.core.journal import Journal
from heartlog.core.sharing.reflections import AUTHOR_PARTNER, reflections_for
from heartlog.ui.sharing.messages import local_datetime


class ReflectionsPanel(QWidget):
    """Call ``set_entry(entry_id)`` when the editor shows another entry."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.setVisible(False)

    def set_entry(self, entry_id: str | None) -> None:
        found = (
            [r for r in reflections_for(self.journal, entry_id) if r.author == AUTHOR_PARTNER]
            if entry_id
            else []
        )
        self.setVisible(bool(found))
        parts = []
        for r in found:
            head = self.tr("%1 reflected (%2):").replace("%1", r.partner_name)
            head = head.replace("%2", local_datetime(r.created_at))
            parts.append(f"<p><b>{html.escape(head)}</b><br>{html.escape(r.body)}</p>")
        self.label.setText("".join(parts))

    def count(self) -> int:
        return self.label.text().count("<p>")
