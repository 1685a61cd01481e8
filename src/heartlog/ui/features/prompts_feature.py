"""Prompts in the main window: today's card above the editor, the badge, the Prompts menu, the reminder."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Slot
from PySide6.QtGui import QAction

from heartlog.core.errors import HeartLogError
from heartlog.core.timestamps import local_now
from heartlog.ui.app_icon import app_icon
from heartlog.ui.app_language import prompt_catalogue
from heartlog.ui.features.feature_dialogs import FeatureDialogs
from heartlog.ui.reminder import ConnectionReminder
from heartlog.ui.sharing import tasks

if TYPE_CHECKING:
    from heartlog.core.journal import Journal
    from heartlog.core.prompt_selection import AdaptationSignal
    from heartlog.core.prompts import PromptService
    from heartlog.ui.main_window import MainWindow
    from heartlog.ui.prompt_badge import PromptBadge
    from heartlog.ui.prompt_card import PromptCard

log = logging.getLogger(__name__)

CARD_SETTING = "ui.prompt_card_shown"
MAX_DAY_WAIT_MS = 60 * 60 * 1000  # re-check hourly: a suspended laptop may miss midnight


def _today() -> dt.date:
    return local_now().date()


def _signals_for(journal: Journal, day: dt.date) -> list[AdaptationSignal]:
    """On a pool thread: what the analysis says the prompts should respond to."""
    from heartlog.core.analysis import AnalysisStore
    from heartlog.core.prompt_adaptation import adaptation_signals

    return adaptation_signals(AnalysisStore(journal), day)


class PromptsFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("promptsFeature")
        self.window = window
        self.dialogs = FeatureDialogs.for_window(window)
        self.service: PromptService | None = None
        self.card: PromptCard | None = None
        self.badge: PromptBadge | None = None
        self.signals: list[AdaptationSignal] = []
        self._signals_day: dt.date | None = None
        self._card_day: dt.date | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._task_signals = tasks.TaskSignals(self)
        self._task_signals.finished.connect(self._on_signals_ready)
        self._task_signals.failed.connect(self._on_signals_failed)
        self.reminder = ConnectionReminder(window, icon=app_icon())
        self.reminder.statusMessage.connect(self._on_reminder_message)
        self.reminder.openRequested.connect(self._on_open_requested)
        self._day_timer = QTimer(self)
        self._day_timer.setSingleShot(True)
        self._day_timer.timeout.connect(self._on_day_timer)
        self._build_menu()
        window.journalOpened.connect(self._on_opened)
        window.journalClosing.connect(self._on_closing)
        window.editor.entryShown.connect(self._on_entry_shown)

    def _build_menu(self) -> None:
        menu = self.window.menu(QCoreApplication.translate("Features", "&Prompts"))
        menu.setObjectName("promptsMenu")
        self.show_card_action = QAction(self.tr("&Show today's prompt"), self.window)
        self.show_card_action.setCheckable(True)
        self.show_card_action.setChecked(True)
        self.show_card_action.toggled.connect(self._on_show_card_toggled)
        self.browse_action = QAction(self.tr("&Browse prompts…"), self.window)
        self.browse_action.triggered.connect(self.browse)
        self.love_action = QAction(self.tr("&Love languages…"), self.window)
        self.love_action.triggered.connect(self._on_love_languages)
        self.reminder_action = QAction(self.tr("Daily &reminder…"), self.window)
        self.reminder_action.triggered.connect(self._on_reminder_settings)
        menu.addAction(self.show_card_action)
        menu.addSeparator()
        for action in self._journal_actions():
            menu.addAction(action)
            action.setEnabled(False)

    def _journal_actions(self) -> list[QAction]:
        return [self.browse_action, self.love_action, self.reminder_action]

    # -- unlock and lock ---------------------------------------------------------------
    @Slot()
    def _on_opened(self) -> None:
        # A moment later, so the list and the editor show first.
        QTimer.singleShot(0, self._open)

    @Slot()
    def _open(self) -> None:
        from heartlog.core.prompt_selection import current_prompt_id
        from heartlog.core.prompts import PromptService
        from heartlog.ui.prompt_badge import PromptBadge

        journal = self.window.journal
        if journal is None or self.service is not None:
            return
        self.service = PromptService(
            journal,
            self.window.session.profile.id,
            catalogue=prompt_catalogue(),
            signals=lambda: self.signals,
        )
        for action in self._journal_actions():
            action.setEnabled(True)
        if self.badge is None:
            self.badge = PromptBadge(self.service.catalogue)
            self.window.editor.add_widget(self.badge, "above_body")
        self.badge.set_prompt_id(self.window.editor.prompt_id)
        self.show_card_action.blockSignals(True)
        self.show_card_action.setChecked(bool(journal.setting(CARD_SETTING, True)))
        self.show_card_action.blockSignals(False)
        try:
            self.reminder.apply(self.service.reminder())
            day = _today()
            chosen = current_prompt_id(self.service.catalogue, day, self.service.history())
        except HeartLogError as exc:
            log.warning("prompts could not be read: %s", type(exc).__name__)
            chosen = None
        if chosen is not None:
            self._show_card()  # today's prompt is already fixed: no need to wait
        self._update_signals()
        self._arm_day_timer()

    @Slot()
    def _on_closing(self) -> None:
        self._day_timer.stop()
        self.reminder.stop()
        self._pool.waitForDone()
        self.window.set_prompt_card(None)
        if self.card is not None:
            self.card.deleteLater()
            self.card = None
        self.service = None
        self.signals = []
        self._signals_day = None
        for action in self._journal_actions():
            action.setEnabled(False)

    # -- adaptation and the card --------------------------------------------------------------
    def _update_signals(self) -> None:
        journal = self.window.journal
        if journal is None:
            return
        day = _today()
        self._signals_day = day
        tasks.start(
            tasks.CoreTask(lambda: _signals_for(journal, day), self._task_signals), self._pool
        )

    @Slot(object)
    def _on_signals_ready(self, signals: list[AdaptationSignal]) -> None:
        if self.service is None:
            return
        self.signals = list(signals)
        log.debug("prompt adaptation: %d signals", len(self.signals))
        if self.card is None:
            self._show_card()
        elif self._card_day != _today():
            self._card_day = _today()
            self.card.refresh()

    @Slot(object)
    def _on_signals_failed(self, error: BaseException) -> None:
        log.warning("prompt adaptation unavailable: %s", type(error).__name__)
        if self.service is not None and self.card is None:
            self._show_card()

    def _show_card(self) -> None:
        from heartlog.ui.prompt_card import PromptCard

        if self.service is None or self.card is not None:
            return
        self._card_day = _today()
        self.card = PromptCard(self.service, today=lambda: _today())
        self.card.writeAboutPrompt.connect(self._on_write_about)
        self.window.set_prompt_card(self.card)
        self._update_card_visibility()

    def _update_card_visibility(self) -> None:
        """The card belongs to today's page: a new entry, or today's entry not written for a prompt."""
        if self.card is None:
            return
        editor = self.window.editor
        today_page = editor.is_new or editor.values().written_at.date() == _today()
        self.card.setVisible(
            self.show_card_action.isChecked() and today_page and editor.prompt_id is None
        )

    @Slot(str, object)
    def _on_entry_shown(self, _entry_id: str, prompt_id: object) -> None:
        if self.badge is not None:
            self.badge.set_prompt_id(prompt_id if isinstance(prompt_id, str) else None)
        self._update_card_visibility()

    @Slot(bool)
    def _on_show_card_toggled(self, shown: bool) -> None:
        journal = self.window.journal
        if journal is not None:
            try:
                journal.set_setting(CARD_SETTING, shown)
            except HeartLogError as exc:
                log.warning("could not keep the prompt card setting: %s", type(exc).__name__)
        self._update_card_visibility()

    @Slot(str)
    def _on_write_about(self, prompt_id: str) -> None:
        self.window.tabs.setCurrentWidget(self.window.page)
        self.window.new_entry(prompt_id=prompt_id)

    # -- the day ------------------------------------------------------------------------------
    def _arm_day_timer(self) -> None:
        now = local_now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(), now.tzinfo)
        wait_ms = int((midnight - now).total_seconds() * 1000) + 2000
        self._day_timer.start(max(1000, min(wait_ms, MAX_DAY_WAIT_MS)))

    @Slot()
    def _on_day_timer(self) -> None:
        if self.service is None:
            return
        if self._signals_day != _today():
            self._update_signals()  # the card refreshes when the new day's signals are in
        self._update_card_visibility()
        self._arm_day_timer()

    # -- menu actions -------------------------------------------------------------------------
    @Slot()
    def browse(self) -> None:
        from heartlog.ui.prompt_browser import PromptBrowser

        if self.service is None:
            return
        browser = PromptBrowser(self.service, self.window)
        browser.writeAboutPrompt.connect(self._on_write_about)
        browser.finished.connect(self._on_browser_finished)
        self.dialogs.open(browser)

    @Slot(int)
    def _on_browser_finished(self, _result: int) -> None:
        if self.card is not None and self.service is not None:
            self.card.refresh()  # favourites or hidden prompts may have changed

    @Slot()
    def _on_love_languages(self) -> None:
        from heartlog.ui.love_languages_dialog import LoveLanguagesDialog

        if self.service is not None:
            self.dialogs.open(LoveLanguagesDialog(self.service, self.window))

    @Slot()
    def _on_reminder_settings(self) -> None:
        from heartlog.ui.reminder import ReminderSettingsDialog

        if self.service is not None:
            self.dialogs.open(ReminderSettingsDialog(self.service, self.reminder, self.window))

    @Slot(str)
    def _on_reminder_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 60_000)

    @Slot()
    def _on_open_requested(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()


def install(window: MainWindow) -> None:
    PromptsFeature(window)
