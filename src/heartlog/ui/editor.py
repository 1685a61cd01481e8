"""The entry editor: title, body, tags, mood and date of the entry being written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from heartlog.ui.body_edit import BodyEdit, count_words
from heartlog.ui.entry_delegate import MOOD_COLOURS
from heartlog.ui.tag_edit import TagEdit

if TYPE_CHECKING:
    from heartlog.core.journal import Entry

DEFAULT_BODY_POINTS = 13.0


@dataclass(frozen=True)
class EditorValues:
    """What the editor holds, ready to save."""

    entry_id: str
    title: str
    body: str
    tags: tuple[str, ...]
    mood: int | None
    written_at: dt.datetime
    prompt_id: str | None

    @property
    def blank(self) -> bool:
        return not (self.title.strip() or self.body.strip() or self.tags or self.mood)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class EntryEditor(QWidget):
    """Shows one entry (or a new one); ``edited`` fires on every change a person makes.

    ``entryShown(entry_id, prompt_id)`` fires whenever another entry (or a new or
    empty one) is shown, so features can follow it; ``add_widget`` places their
    widgets (a prompt badge, a "Why?" button, reflections) in the editor.
    """

    edited = Signal()
    entryShown = Signal(str, object)  # entry id ("" when cleared), prompt id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id = ""
        self.is_new = True
        self.written_at = _now()
        self.prompt_id: str | None = None
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("Title (optional)"))
        self.title_edit.setAccessibleName(self.tr("Entry title"))
        self.title_edit.setFrame(False)
        layout.addWidget(self.title_edit)

        meta = QHBoxLayout()
        meta.setSpacing(8)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Entry date"))
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)
        meta.addWidget(date_label)
        meta.addWidget(self.date_edit)
        self.mood_combo = QComboBox()
        self.mood_combo.setAccessibleName(self.tr("Mood"))
        self._fill_moods()
        mood_label = QLabel(self.tr("&Mood:"))
        mood_label.setBuddy(self.mood_combo)
        meta.addSpacing(8)
        meta.addWidget(mood_label)
        meta.addWidget(self.mood_combo)
        self.tag_edit = TagEdit()
        self.tag_edit.setPlaceholderText(self.tr("tags, separated by commas"))
        self.tag_edit.setAccessibleName(self.tr("Tags"))
        tags_label = QLabel(self.tr("Ta&gs:"))
        tags_label.setBuddy(self.tag_edit)
        meta.addSpacing(8)
        meta.addWidget(tags_label)
        meta.addWidget(self.tag_edit, 1)
        self._meta = meta
        layout.addLayout(meta)
        self._above_body = QVBoxLayout()
        self._above_body.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._above_body)

        self.body_edit = BodyEdit()
        self.body_edit.setPlaceholderText(self.tr("Write here. Everything is saved as you type."))
        self.body_edit.setAccessibleName(self.tr("Entry text"))
        layout.addWidget(self.body_edit, 1)
        self._below_body = QVBoxLayout()
        self._below_body.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._below_body)
        self.set_point_size(DEFAULT_BODY_POINTS)

        self.title_edit.textChanged.connect(self._on_changed)
        self.body_edit.textChanged.connect(self._on_changed)
        self.tag_edit.textChanged.connect(self._on_changed)
        self.mood_combo.currentIndexChanged.connect(self._on_changed)
        self.date_edit.dateChanged.connect(self._on_changed)
        self.setTabOrder(self.title_edit, self.date_edit)
        self.setTabOrder(self.date_edit, self.mood_combo)
        self.setTabOrder(self.mood_combo, self.tag_edit)
        self.setTabOrder(self.tag_edit, self.body_edit)

    def _fill_moods(self) -> None:
        labels = [
            self.tr("1 · very low"),
            self.tr("2 · low"),
            self.tr("3 · okay"),
            self.tr("4 · good"),
            self.tr("5 · very good"),
        ]
        self.mood_combo.addItem(self.tr("not set"), None)
        for mood, label in enumerate(labels, start=1):
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(MOOD_COLOURS[mood]))
            self.mood_combo.addItem(QIcon(swatch), label, mood)

    def add_widget(self, widget: QWidget, place: str) -> None:
        """Add a feature's widget: ``"meta"`` (end of the date/mood/tags row),
        ``"above_body"`` or ``"below_body"``."""
        if place == "meta":
            self._meta.addWidget(widget)
        elif place == "above_body":
            self._above_body.addWidget(widget)
        elif place == "below_body":
            self._below_body.addWidget(widget)
        else:
            raise ValueError(f"unknown place {place!r}")

    # -- loading ------------------------------------------------------------------
    def _set_fields(
        self, title: str, body: str, tags: tuple[str, ...], mood: int | None, when: dt.datetime
    ) -> None:
        self._loading = True
        try:
            self.title_edit.setText(title)
            self.body_edit.set_text(body)
            self.tag_edit.set_tags(tags)
            index = self.mood_combo.findData(mood) if mood else 0
            self.mood_combo.setCurrentIndex(max(0, index))
            self.date_edit.setDate(QDate(when.year, when.month, when.day))
        finally:
            self._loading = False

    def load(self, entry: Entry) -> None:
        self.entry_id = entry.id
        self.is_new = False
        self.written_at = entry.written_at
        self.prompt_id = entry.prompt_id
        self._set_fields(entry.title, entry.body, entry.tags, entry.mood, entry.written_at)
        self.entryShown.emit(self.entry_id, self.prompt_id)

    def load_values(self, values: EditorValues, is_new: bool) -> None:
        """Put back values kept in memory (e.g. unsaved text across a lock)."""
        self.entry_id = values.entry_id
        self.is_new = is_new
        self.written_at = values.written_at
        self.prompt_id = values.prompt_id
        self._set_fields(values.title, values.body, values.tags, values.mood, values.written_at)
        self.entryShown.emit(self.entry_id, self.prompt_id)

    def start_new(self, entry_id: str, prompt_id: str | None = None) -> None:
        """An empty entry with its id already chosen; it is saved once something is typed."""
        self.entry_id = entry_id
        self.is_new = True
        self.written_at = _now()
        self.prompt_id = prompt_id
        self._set_fields("", "", (), None, self.written_at)
        self.entryShown.emit(self.entry_id, self.prompt_id)

    def clear(self) -> None:
        """Remove every trace of entry text from the widgets (lock)."""
        self.entry_id = ""
        self.is_new = True
        self.prompt_id = None
        self._set_fields("", "", (), None, _now())
        self.body_edit.highlight_terms([])
        self.tag_edit.set_known_tags([])
        self.entryShown.emit("", None)

    # -- reading --------------------------------------------------------------------
    def values(self) -> EditorValues:
        qdate = self.date_edit.date()
        when = self.written_at
        if (qdate.year(), qdate.month(), qdate.day()) != (when.year, when.month, when.day):
            when = when.replace(year=qdate.year(), month=qdate.month(), day=qdate.day())
        return EditorValues(
            entry_id=self.entry_id,
            title=self.title_edit.text(),
            body=self.body_edit.text(),
            tags=tuple(self.tag_edit.tags()),
            mood=self.mood_combo.currentData(),
            written_at=when,
            prompt_id=self.prompt_id,
        )

    def word_count(self) -> int:
        return count_words(self.body_edit.text())

    def contains_focus(self) -> bool:
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    # -- look -------------------------------------------------------------------------
    def set_point_size(self, points: float) -> None:
        self.body_edit.set_point_size(points)
        title_font = self.title_edit.font()
        title_font.setPointSizeF(points * 1.45)
        title_font.setWeight(title_font.Weight.DemiBold)
        self.title_edit.setFont(title_font)

    def focus_body(self) -> None:
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self, *_args: object) -> None:
        if not self._loading and self.entry_id:
            self.edited.emit()
