"""The "Insights" tab: the weekly dashboard of the open journal.

The dashboard is created when the tab is first shown after an unlock (so
unlocking does not wait for it) and destroyed on lock, so no entry text
outlives the journal. matplotlib loads then as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedLayout, QWidget

if TYPE_CHECKING:
    from heartlog.ui.dashboard.dashboard_view import DashboardView
    from heartlog.ui.main_window import MainWindow


class InsightsPage(QObject):
    """Owns the tab's container and the dashboard of the current journal."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: DashboardView | None = None
        self._stale = False
        self.container = QWidget()
        self.container.setObjectName("insightsPage")
        self._stack = QStackedLayout(self.container)
        self._locked = QLabel(
            QCoreApplication.translate("InsightsPage", "Unlock your journal to see your week.")
        )
        self._locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self._locked)
        self.index = window.add_page(
            self.container, QCoreApplication.translate("InsightsPage", "&Insights")
        )
        signals = window.signals
        window.journalOpened.connect(self._on_unlocked)
        window.journalClosing.connect(self._drop_view)
        for changed in (signals.entrySaved, signals.entryDeleted, signals.entryRestored):
            changed.connect(self._on_entries_changed)
        signals.entriesChanged.connect(self._on_entries_changed)
        window.tabs.currentChanged.connect(self._on_tab_changed)
        if window.session.is_open:
            self._on_unlocked()

    def _on_unlocked(self) -> None:
        self._drop_view()
        if self.window.tabs.currentIndex() == self.index:
            self._build_view()

    def _build_view(self) -> None:
        from heartlog.core.prompts import PromptService
        from heartlog.ui.app_language import prompt_catalogue
        from heartlog.ui.dashboard.dashboard_view import DashboardView

        self._stale = False
        journal = self.window.session.journal
        prompts = PromptService(
            journal, self.window.session.profile.id, catalogue=prompt_catalogue()
        )
        view = DashboardView(journal, prompts=prompts)
        view.openEntry.connect(self._on_open_entry)
        view.writeAboutPrompt.connect(self._on_write_prompt)
        view.writeEntry.connect(self._on_write)
        self.view = view
        # In a scroll area, so the dashboard's toolbar never forces a wide window.
        scroller = QScrollArea()
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        scroller.setWidget(view)
        self._scroller = scroller
        self._stack.addWidget(scroller)
        self._stack.setCurrentWidget(scroller)

    def _drop_view(self) -> None:
        if self.view is None:
            return
        view, self.view = self.view, None
        view.wait_for_work(10_000)
        self._stack.removeWidget(self._scroller)
        self._scroller.deleteLater()
        self._stack.setCurrentWidget(self._locked)

    def _on_entries_changed(self, *_args: object) -> None:
        if self.view is None:
            return
        if self.window.tabs.currentIndex() == self.index:
            self.view.refresh()
        else:
            self._stale = True

    def _on_tab_changed(self, index: int) -> None:
        if index != self.index:
            return
        if self.view is None:
            if self.window.session.is_open:
                self._build_view()  # loads its week as it is shown
        elif self._stale:
            self._stale = False
            self.view.refresh()

    def _show_journal(self) -> None:
        self.window.tabs.setCurrentIndex(0)

    def _on_open_entry(self, entry_id: str, offset: int) -> None:
        self._show_journal()
        self.window.open_entry(entry_id, offset)

    def _on_write_prompt(self, prompt_id: str) -> None:
        self._show_journal()
        self.window.new_entry(prompt_id=prompt_id)

    def _on_write(self) -> None:
        self._show_journal()
        self.window.new_entry()


def install(window: MainWindow) -> None:
    window.insights_page = InsightsPage(window)
