"""Go to date: a calendar with the days that have entries in bold."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from heartlog.ui.safe_errors import safe_text

if TYPE_CHECKING:
    from heartlog.core.journal import Journal

log = logging.getLogger(__name__)


class GoToDateDialog(QDialog):
    """Emits ``dateChosen(datetime.date)`` when accepted."""

    dateChosen = Signal(object)

    def __init__(self, journal: Journal, start: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Go to date"))
        layout = QVBoxLayout(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.currentPageChanged.connect(self._on_page_changed)
        self.calendar.activated.connect(lambda _date: self.accept())
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Go"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._marked: list[QDate] = []
        self._on_page_changed(start.year, start.month)
        self.calendar.setFocus()

    def accept(self) -> None:
        self.dateChosen.emit(self.chosen_date())
        super().accept()

    def chosen_date(self) -> dt.date:
        q = self.calendar.selectedDate()
        return dt.date(q.year(), q.month(), q.day())

    def _on_page_changed(self, year: int, month: int) -> None:
        plain = QTextCharFormat()
        for day in self._marked:
            self.calendar.setDateTextFormat(day, plain)
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        try:
            days = self.journal.days_with_entries(
                first - dt.timedelta(days=7), last + dt.timedelta(days=7)
            )
        except Exception as exc:
            log.warning("could not read the days with entries: %s", safe_text(exc))
            return
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)
        self._marked = [QDate(d.year, d.month, d.day) for d in days]
        for day in self._marked:
            self.calendar.setDateTextFormat(day, bold)
