"""The status bar's writing state: when the entry was saved, and how many words it has."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, QTime
from PySide6.QtWidgets import QLabel, QStatusBar

from heartlog.ui.plural_text import resolve_english_plural

if TYPE_CHECKING:
    from heartlog.core.journal import Entry


class WritingStatus(QObject):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.word_label = QLabel()
        self.word_label.setAccessibleName(self.tr("Word count"))
        bar.addWidget(self.save_label, 1)
        bar.addPermanentWidget(self.word_label)

    def show_message(self, text: str, ms: int = 8000) -> None:
        self.bar.showMessage(text, ms)

    def words(self, count: int) -> None:
        self.word_label.setText(resolve_english_plural(self.tr("%Ln word(s)", "", count), count))

    def saved(self, when: dt.datetime) -> None:
        time_text = QLocale().toString(
            QTime(when.hour, when.minute, when.second), QLocale.FormatType.ShortFormat
        )
        self.save_label.setText(self.tr("Saved at %1").replace("%1", time_text))

    def opened(self, entry: Entry) -> None:
        when = (entry.updated_at or entry.written_at).astimezone()
        if when.date() == dt.date.today():
            text = QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
        else:
            day = when.date()
            text = QLocale().toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
        self.save_label.setText(self.tr("Saved %1").replace("%1", text))

    def new_entry(self) -> None:
        self.save_label.setText(self.tr("New entry: it is saved as soon as you write."))

    def failing(self) -> None:
        self.save_label.setText(self.tr("Not saved yet — retrying"))

    def clear(self) -> None:
        self.save_label.clear()
        self.word_label.clear()
        self.bar.clearMessage()
