"""The weekly insight dashboard: how the week felt, what came up, what keeps coming back.

Cheap to import and construct: matplotlib is imported when the dashboard is
first shown (the week is prepared on a worker thread, which also warms the
chart modules), never when the main window imports this module. The week's
data comes from core (``AnalysisStore.weekly_insights``, cached per week);
this widget only lays it out and draws it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from heartlog.core.analysis import AnalysisStore, Pattern, WeeklyInsights, parse_week
from heartlog.core.charts import ChartTheme
from heartlog.core.errors import HeartLogError
from heartlog.core.journal import Journal
from heartlog.core.pattern_prompt import prompt_for_pattern
from heartlog.core.prompt_catalogue import Prompt, load_catalogue
from heartlog.core.prompts import PromptService
from heartlog.core.timestamps import local_now
from heartlog.ui.dashboard.chart_theme import chart_labels, chart_theme
from heartlog.ui.dashboard.dashboard_words import week_report
from heartlog.ui.dashboard.empty_state import EmptyWeek
from heartlog.ui.dashboard.pattern_card import PatternCard
from heartlog.ui.dashboard.week_content import WeekContent
from heartlog.ui.dashboard.week_picker import WeekPicker, monday_of, to_date
from heartlog.ui.dashboard.week_tasks import BackgroundTask, prepare_week

if TYPE_CHECKING:
    from heartlog.ui.dashboard.chart_canvas import ChartCanvas

log = logging.getLogger(__name__)

PAGE_LOADING, PAGE_EMPTY, PAGE_ERROR, PAGE_CONTENT = range(4)


def _today() -> dt.date:
    return local_now().date()


class DashboardView(QWidget):
    """One week of insights for a journal, with a week picker and exports.

    Signals: ``openEntry(entry_id, char_offset)`` when an evidence sentence is
    clicked; ``writeAboutPrompt(prompt_id)`` from "Write about this";
    ``writeEntry()`` from an empty week; ``weekShown(week)`` once a week is on
    screen; ``exported(path)`` / ``exportFailed(message)`` after an export.
    """

    openEntry = Signal(str, int)
    writeAboutPrompt = Signal(str)
    writeEntry = Signal()
    weekShown = Signal(str)
    exported = Signal(str)
    exportFailed = Signal(str)

    def __init__(
        self,
        journal: Journal,
        store: AnalysisStore | None = None,
        prompts: PromptService | None = None,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = _today,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._store = store
        self._prompts = prompts
        self._today = today
        self._locale = QLocale()
        self._week, _monday = parse_week(today())
        self._insights: WeeklyInsights | None = None
        self._generation = 0
        self._started = False
        self._tickets = 0
        self._tasks: dict[int, BackgroundTask] = {}
        self._export_paths: dict[int, str] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one week at a time; exports queue behind
        self._build()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.picker = WeekPicker(self._today, self)
        self.picker.weekChanged.connect(self._on_week_picked)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_png_action = menu.addAction(self.tr("Save as image (PNG)\u2026"))
        self.export_png_action.triggered.connect(lambda: self._on_export_chosen("png"))
        self.export_pdf_action = menu.addAction(self.tr("Save as PDF\u2026"))
        self.export_pdf_action.triggered.connect(lambda: self._on_export_chosen("pdf"))
        self.export_button.setMenu(menu)
        self.export_button.setEnabled(False)
        top.addWidget(self.picker, 1)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout.addWidget(self.status_label)

        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._loading_page())
        self.empty_state = EmptyWeek(self)
        self.empty_state.writeEntry.connect(self.writeEntry)
        self.empty_state.thisWeek.connect(lambda: self.set_week(self._today()))
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self._error_page())
        self.stack.addWidget(self._content_page())

    def _loading_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        label = QLabel(self.tr("Preparing the week\u2026"), page)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy = QProgressBar(page)
        busy.setRange(0, 0)
        busy.setMaximumWidth(240)
        layout.addWidget(label)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _error_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        retry = QPushButton(self.tr("Try again"), page)
        retry.clicked.connect(self.refresh)
        layout.addWidget(self.error_label)
        layout.addWidget(retry, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _content_page(self) -> QWidget:
        self.content = WeekContent(self)
        self.content.openEntry.connect(self.openEntry)
        self.content.writeAbout.connect(self._on_write_about)
        return self.content

    # -- public API --------------------------------------------------------------------------
    def week(self) -> str:
        """The ISO week shown (or about to be), e.g. "2026-W47"."""
        return self._week

    def insights(self) -> WeeklyInsights | None:
        """The week on screen (None while preparing or after an error)."""
        return self._insights

    def summary_text(self) -> str:
        """The summary on screen, as one paragraph ("" for an empty week)."""
        if self._insights is None or self._insights.entries == 0:
            return ""
        return " ".join(self.content.summary_sentences)

    @property
    def canvas(self) -> ChartCanvas | None:
        """The chart canvas (None until the first week with charts was shown)."""
        return self.content.canvas

    @property
    def pattern_cards(self) -> list[PatternCard]:
        return self.content.pattern_cards

    def set_week(self, week: str | dt.date | QDate | None) -> None:
        """Show an ISO week ("2026-W47"), the week of a day, or this week (None)."""
        if isinstance(week, QDate):
            week = to_date(week)
        label, monday = parse_week(week if week is not None else self._today())
        self.picker.set_monday(monday)
        if label == self._week and self._insights is not None:
            return
        self._week = label
        if self._started:
            self._load()

    def refresh(self) -> None:
        """Prepare the shown week again (after entries were written or edited)."""
        if self._started:
            self._load()

    def wait_for_work(self, msecs: int = -1) -> bool:
        """Block until background work (preparing, exporting) is done (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    # -- preparing a week ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self._load()

    def _store_factory(self) -> AnalysisStore:
        return self._store if self._store is not None else AnalysisStore(self._journal)

    def _task(self, work: Callable[[], Any], what: str, failure: str) -> BackgroundTask:
        self._tickets += 1
        task = BackgroundTask(self._tickets, work, what, failure)
        self._tasks[task.ticket] = task  # kept until it reports
        return task

    def _load(self) -> None:
        week, store_factory = self._week, self._store_factory
        task = self._task(
            lambda: prepare_week(store_factory, week),
            f"prepare {week}",
            self.tr("The week could not be prepared because of an error. Details are in the log."),
        )
        self._generation = task.ticket
        self._insights = None
        self.export_button.setEnabled(False)
        self.stack.setCurrentIndex(PAGE_LOADING)
        task.done.connect(self._on_week_ready)
        task.failed.connect(self._on_week_failed)
        task.start(self._pool)

    @Slot(int, object)
    def _on_week_ready(self, ticket: int, insights: WeeklyInsights) -> None:
        self._tasks.pop(ticket, None)
        if ticket != self._generation:
            return  # the user has moved on to another week
        self._insights = insights
        self._display()
        self.weekShown.emit(insights.week)

    @Slot(int, str)
    def _on_week_failed(self, ticket: int, message: str) -> None:
        self._tasks.pop(ticket, None)
        if ticket != self._generation:
            return
        self.error_label.setText(message)
        self.stack.setCurrentIndex(PAGE_ERROR)

    @Slot(QDate)
    def _on_week_picked(self, monday: QDate) -> None:
        self._week, _monday = parse_week(to_date(monday))
        if self._started:
            self._load()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wait_for_work()
        super().closeEvent(event)

    # -- showing a week ----------------------------------------------------------------------------
    def _relative(self, w: WeeklyInsights) -> str:
        current = monday_of(self._today())
        return "current" if w.start == current else "past" if w.start < current else "future"

    def _display(self) -> None:
        w = self._insights
        if w is None:
            return
        self.export_button.setEnabled(True)
        if w.entries == 0:
            self.empty_state.show_for(self._relative(w))
            self.stack.setCurrentIndex(PAGE_EMPTY)
            return
        self.content.show_week(w, self._locale, self.chart_theme())
        self.stack.setCurrentIndex(PAGE_CONTENT)

    def chart_theme(self) -> ChartTheme:
        """The charts' colours from this widget's palette (light or dark)."""
        return chart_theme(self.palette())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.LanguageChange) and self._insights:
            self._display()

    # -- "Write about this" --------------------------------------------------------------------
    def prompt_for(self, pattern: Pattern) -> Prompt | None:
        """The prompt "Write about this" opens for a pattern (see ``core.pattern_prompt``)."""
        practices = [s.practice for s in pattern.practices]
        if self._prompts is not None:
            try:
                return prompt_for_pattern(
                    self._prompts.catalogue,
                    practices,
                    pattern.theme,
                    self._prompts.answered_ids(),
                    self._prompts.hidden(),
                    self._prompts.allowed_depth(self._today()),
                )
            except HeartLogError:
                log.exception("prompt history unavailable; choosing from the catalogue only")
        return prompt_for_pattern(load_catalogue(self._locale.name()), practices, pattern.theme)

    def _on_write_about(self, pattern: Pattern) -> None:
        prompt = self.prompt_for(pattern)
        if prompt is None:
            self._say(self.tr("Every prompt for this practice is hidden; show some again first."))
            return
        self.writeAboutPrompt.emit(prompt.id)

    # -- export ------------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    @Slot()
    def _on_export_chosen(self, kind: str) -> None:
        if self._insights is None:
            return
        caption = (
            self.tr("Save the week as an image")
            if kind == "png"
            else self.tr("Save the week as a PDF")
        )
        filters = self.tr("PNG images (*.png)") if kind == "png" else self.tr("PDF files (*.pdf)")
        suggested = f"heartlog-{self._insights.week}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, filters)
        if path:
            self.export_week(path, kind)

    def export_week(self, path: str, kind: str) -> None:
        """Write the week on screen as "png" or "pdf" at ``path`` in the background."""
        w = self._insights
        if w is None:
            return
        report = week_report(w, self._locale)
        labels = chart_labels(self._locale)
        theme = ChartTheme.light()  # paper and shared images stay light

        def work() -> Any:
            from heartlog.core.insight_export import write_pdf, write_png

            if kind == "pdf":
                return write_pdf(path, w, report, theme, labels)
            return write_png(path, w, report, theme, labels)

        task = self._task(
            work,
            f"export {w.week} as {kind}",
            self.tr("The export failed because of an error. Details are in the log."),
        )
        self._export_paths[task.ticket] = path
        task.done.connect(self._on_exported)
        task.failed.connect(self._on_export_failed)
        self._say(self.tr("Saving\u2026"))
        task.start(self._pool)

    @Slot(int, object)
    def _on_exported(self, ticket: int, _result: object) -> None:
        self._tasks.pop(ticket, None)
        path = self._export_paths.pop(ticket, "")
        self._say(self.tr("Saved: %1").replace("%1", path))
        self.exported.emit(path)

    @Slot(int, str)
    def _on_export_failed(self, ticket: int, message: str) -> None:
        self._tasks.pop(ticket, None)
        self._export_paths.pop(ticket, None)
        self._say(message)
        self.exportFailed.emit(message)
