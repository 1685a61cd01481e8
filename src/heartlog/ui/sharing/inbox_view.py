"""The "From <partner>" view: entries the partner shared (read-only, newest first,
searchable) and my reflections on them ("what I heard is...").
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.errors import HeartLogError
from heartlog.core.journal import Journal
from heartlog.core.sharing import inbox, partners
from heartlog.core.sharing.reflections import AUTHOR_ME, reflect, reflections_for
from heartlog.ui.error_texts import error_message
from heartlog.ui.sharing.messages import local_datetime

SEARCH_DELAY_MS = 150


class InboxView(QWidget):
    reflectionSaved = Signal(str)  # the reflection's id

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search what your partner shared"))
        self.search_edit.setClearButtonEnabled(True)
        self.entry_list = QListWidget()
        self.detail = QTextBrowser()
        self.reflection_edit = QPlainTextEdit()
        self.reflection_edit.setPlaceholderText(self.tr("What I heard is…"))
        self.reflection_edit.setMaximumHeight(110)
        self.reflect_button = QPushButton(self.tr("Save reflection"))
        self.reflect_button.setEnabled(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.empty_label = QLabel(
            self.tr("Nothing shared with you yet. Your partner's entries appear here.")
        )

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail, 1)
        rl.addWidget(self.reflection_edit)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.reflect_button)
        rl.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(self.entry_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._on_search_changed)
        self.entry_list.currentItemChanged.connect(self._on_current_changed)
        self.reflection_edit.textChanged.connect(self._on_reflection_changed)
        self.reflect_button.clicked.connect(self._on_reflect)
        self.refresh()

    def current_entry_id(self) -> str | None:
        item = self.entry_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    @Slot()
    def refresh(self) -> None:
        names = [p.name for p in partners.list_partners(self.journal)]
        self.heading.setText(
            self.tr("From %1").replace("%1", ", ".join(names)) if names else self.tr("From partner")
        )
        query = self.search_edit.text()
        found = (
            inbox.search_inbox(self.journal, query) if query.strip() else inbox.inbox(self.journal)
        )
        keep = self.current_entry_id()
        self.entry_list.blockSignals(True)
        self.entry_list.clear()
        for e in found:
            item = QListWidgetItem(f"{local_datetime(e.written_at)} — {e.heading[:60]}")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setToolTip(e.partner_name)
            self.entry_list.addItem(item)
            if e.id == keep:
                self.entry_list.setCurrentItem(item)
        self.entry_list.blockSignals(False)
        self.empty_label.setVisible(not found and not query.strip())
        if self.entry_list.currentItem() is None and self.entry_list.count():
            self.entry_list.setCurrentRow(0)
        self._show_current()

    @Slot(str)
    def _on_search_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(self, _cur: QListWidgetItem, _prev: QListWidgetItem) -> None:
        self._show_current()

    def _show_current(self) -> None:
        entry_id = self.current_entry_id()
        entry = inbox.received_entry(self.journal, entry_id) if entry_id else None
        if entry is None:
            self.detail.clear()
            self.note.clear()
            self._on_reflection_changed()
            return
        esc = html.escape
        parts = [
            f"<h2>{esc(entry.title or entry.heading)}</h2>",
            f"<p><i>{esc(local_datetime(entry.written_at))} · {esc(entry.partner_name)}</i>",
        ]
        if entry.tags:
            parts.append(" · " + esc(", ".join(f"#{t}" for t in entry.tags)))
        parts.append("</p>")
        parts += [f"<p>{esc(p)}</p>" for p in entry.body.split("\n\n") if p.strip()]
        mine = [r for r in reflections_for(self.journal, entry.id) if r.author == AUTHOR_ME]
        if mine:
            mine_heading = self.tr("Your reflections")
            parts.append(f"<h3>{esc(mine_heading)}</h3>")
            parts += [
                f"<blockquote>{esc(r.body)}<br><small>{esc(local_datetime(r.created_at))}"
                "</small></blockquote>"
                for r in mine
            ]
        self.detail.setHtml("".join(parts))
        self.note.setText(
            self.tr("Your reflection goes to %1 with your next share.").replace(
                "%1", entry.partner_name
            )
        )
        self._on_reflection_changed()

    @Slot()
    def _on_reflection_changed(self) -> None:
        self.reflect_button.setEnabled(
            self.current_entry_id() is not None and bool(self.reflection_edit.toPlainText().strip())
        )

    @Slot()
    def _on_reflect(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is None:
            return
        try:
            info = reflect(self.journal, entry_id, self.reflection_edit.toPlainText())
        except HeartLogError as exc:
            self.note.setText(error_message(exc))
            return
        self.reflection_edit.clear()
        self._show_current()
        self.reflectionSaved.emit(info.id)
