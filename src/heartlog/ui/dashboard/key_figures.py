"""Three figures to read at a glance: entries written, the good-to-difficult balance, the best day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from heartlog.core.analysis import WeeklyInsights
from heartlog.ui.dashboard.dashboard_words import one_decimal


class KeyFigure(QFrame):
    """A big value over a short caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        layout = QVBoxLayout(self)
        self.value = QLabel(self)
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{value} {caption}")


class KeyFigures(QWidget):
    """Entries this week, the ratio of good to difficult moments, and the best day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.entries = KeyFigure(self)
        self.ratio = KeyFigure(self)
        self.best_day = KeyFigure(self)
        for figure in (self.entries, self.ratio, self.best_day):
            layout.addWidget(figure, 1)

    def show_week(self, w: WeeklyInsights, locale: QLocale) -> None:
        self.entries.set(
            locale.toString(w.entries),
            self.tr("entries this week (last week: %1)").replace(
                "%1", locale.toString(w.previous_entries)
            ),
        )
        r = w.ratio
        if r.positive and r.negative:
            value = self.tr("%1 to 1").replace("%1", one_decimal(locale, r.value or 0.0))
        elif r.positive:
            value = self.tr("all good")
        elif r.negative:
            value = self.tr("none good")
        else:
            value = "\u2013"
        self.ratio.set(
            value, self.tr("good moments for each difficult one (5 to 1 is a healthy balance)")
        )
        best = self._best_day(w, locale)
        self.best_day.set(best or "\u2013", self.tr("felt best") if best else self.tr("best day"))

    @staticmethod
    def _best_day(w: WeeklyInsights, locale: QLocale) -> str:
        for fact in w.facts:
            if fact.kind == "best_day":
                day = fact.values["date"]
                weekday = dt.date.fromisoformat(day).isoweekday()
                return locale.dayName(weekday, QLocale.FormatType.LongFormat)
        return ""
