"""The week picker: previous and next week, a date to jump to, and "This week"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from heartlog.ui.dashboard.dashboard_words import span


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class WeekPicker(QWidget):
    """Chooses an ISO week; ``weekChanged(monday)`` when the user picks another one."""

    weekChanged = Signal(QDate)

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._monday = monday_of(today())
        self._locale = QLocale()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.previous_button.setText(self.tr("Previous week"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.setToolTip(self.tr("Show the week before (Alt+Left)"))
        self.previous_button.clicked.connect(self._on_previous)

        self.week_label = QLabel(self)
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.week_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.week_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.week_label.setFont(font)
        self.week_label.setMinimumWidth(260)

        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.next_button.setText(self.tr("Next week"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.setToolTip(self.tr("Show the week after (Alt+Right)"))
        self.next_button.clicked.connect(self._on_next)

        jump_label = QLabel(self.tr("Jump to:"), self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self._locale.dateFormat(QLocale.FormatType.ShortFormat))
        self.date_edit.setToolTip(self.tr("Show the week of this day"))
        self.date_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        jump_label.setBuddy(self.date_edit)
        self.date_edit.dateChanged.connect(self._on_date_chosen)

        self.this_week_button = QToolButton(self)
        self.this_week_button.setText(self.tr("This week"))
        self.this_week_button.clicked.connect(self._on_this_week)

        layout.addWidget(self.previous_button)
        layout.addWidget(self.week_label, 1)
        layout.addWidget(self.next_button)
        layout.addSpacing(12)
        layout.addWidget(jump_label)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.this_week_button)
        self._show(self._monday, today())

    def monday(self) -> dt.date:
        return self._monday

    def set_monday(self, monday: dt.date) -> None:
        """Show this week (no signal: the caller already knows)."""
        self._show(monday_of(monday), monday)

    def _show(self, monday: dt.date, shown_day: dt.date) -> None:
        self._monday = monday
        sunday = monday + dt.timedelta(days=6)
        self.week_label.setText(span(self._locale, monday, sunday, year=True))
        current = monday_of(self._today())
        self.next_button.setEnabled(monday < current)
        self.this_week_button.setEnabled(monday != current)
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(to_qdate(current + dt.timedelta(days=6)))
        if monday_of(to_date(self.date_edit.date())) != monday:
            self.date_edit.setDate(to_qdate(shown_day))
        self.date_edit.blockSignals(False)

    def _choose(self, monday: dt.date, shown_day: dt.date | None = None) -> None:
        monday = monday_of(monday)
        if monday == self._monday:
            return
        self._show(monday, shown_day or monday)
        self.weekChanged.emit(to_qdate(monday))

    @Slot()
    def _on_previous(self) -> None:
        self._choose(self._monday - dt.timedelta(days=7))

    @Slot()
    def _on_next(self) -> None:
        self._choose(self._monday + dt.timedelta(days=7))

    @Slot()
    def _on_this_week(self) -> None:
        self._choose(self._today())

    @Slot(QDate)
    def _on_date_chosen(self, value: QDate) -> None:
        day = to_date(value)
        self._choose(day, day)
