"""Analysis in the main window: runs after saves and on unlock, mood colours, and "Why?"."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, QThreadPool, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QLabel, QToolButton

from heartlog.core.errors import HeartLogError
from heartlog.ui.app_signals import app_signals
from heartlog.ui.features.analysis_runs import AnalysisRuns
from heartlog.ui.features.feature_dialogs import FeatureDialogs
from heartlog.ui.gui_latency import freeze_long_lived_objects
from heartlog.ui.plural_text import resolve_english_plural
from heartlog.ui.sharing import tasks

if TYPE_CHECKING:
    from heartlog.core.journal import Journal
    from heartlog.ui.main_window import MainWindow
    from heartlog.ui.why_dialog import WhyDialog

log = logging.getLogger(__name__)

WHY_SHORTCUT = "Ctrl+Shift+M"


def _why_data(journal: Journal, entry_id: str) -> tuple[Any, Any]:
    """The entry and its analysis (analysed now if stale); runs on a pool thread."""
    from heartlog.core.analysis import AnalysisStore

    return journal.get(entry_id), AnalysisStore(journal).analysis_for(entry_id)


class AnalysisFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("analysisFeature")
        self.window = window
        self.dialogs = FeatureDialogs.for_window(window)
        self.runs = AnalysisRuns(lambda: window.journal, self)
        self.runs.progress.connect(self._on_progress)
        self.runs.idle.connect(self._on_idle)
        self.runs.analysed.connect(self._on_analysed)
        self.runs.failed.connect(self._on_failed)
        self._scores_ready = False
        self._why_pool = QThreadPool(self)
        self._why_pool.setMaxThreadCount(1)
        self._why_signals = tasks.TaskSignals(self)
        self._why_signals.finished.connect(self._on_why_ready)
        self._why_signals.failed.connect(self._on_why_failed)
        self.why_dialog: WhyDialog | None = None

        self.progress_label = QLabel()
        self.progress_label.setObjectName("analysisProgress")
        self.progress_label.setAccessibleName(self.tr("Analysis progress"))
        self.progress_label.hide()
        window.statusBar().addPermanentWidget(self.progress_label)

        self.why_action = QAction(self.tr("&Why this mood?"), window)
        self.why_action.setShortcut(QKeySequence(WHY_SHORTCUT))
        self.why_action.setToolTip(
            self.tr("Show how HeartLog read this entry: each sentence, its score and why")
        )
        self.why_action.setEnabled(False)
        self.why_action.triggered.connect(self.show_why)
        window.addAction(self.why_action)
        edit = window.menu("edit")
        edit.addSeparator()
        edit.addAction(self.why_action)
        self.why_button = QToolButton()
        self.why_button.setObjectName("whyButton")
        self.why_button.setDefaultAction(self.why_action)
        self.why_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why_button.setAutoRaise(True)
        window.editor.add_widget(self.why_button, "meta")
        self._show_reading(None, known=False)

        window.journalOpened.connect(self._on_opened)
        window.journalClosing.connect(self._on_closing)
        window.editor.entryShown.connect(self._on_entry_shown)
        hub = app_signals()
        hub.entrySaved.connect(self._on_entry_saved)
        hub.entriesChanged.connect(self._on_entries_changed)
        hub.settingsChanged.connect(self._on_entries_changed)  # e.g. partner names
        window.closed.connect(self._disconnect_hub)

    # -- the window's journal ---------------------------------------------------------
    @Slot()
    def _on_opened(self) -> None:
        freeze_long_lived_objects()  # what the unlock loaded lives until the process ends
        self._scores_ready = False
        self.runs.analyse_stale(at_once=True)
        self._on_entry_shown(self.window.editor.entry_id, None)

    @Slot()
    def _on_closing(self) -> None:
        self.runs.stop()
        self._why_pool.waitForDone()
        self.window.model.set_score_source(None)
        self._scores_ready = False
        self.why_dialog = None  # closed with the other dialogs
        self.why_action.setEnabled(False)
        self.progress_label.hide()

    @Slot()
    def _disconnect_hub(self) -> None:
        hub = app_signals()
        hub.entrySaved.disconnect(self._on_entry_saved)
        hub.entriesChanged.disconnect(self._on_entries_changed)
        hub.settingsChanged.disconnect(self._on_entries_changed)

    def _use_scores(self) -> None:
        """Colour the list from the cache; only once a worker has loaded the analysis package."""
        journal = self.window.journal
        if journal is None:
            return
        if not self._scores_ready:
            from heartlog.core.analysis import AnalysisStore

            self._scores_ready = True
            self.window.model.set_score_source(AnalysisStore(journal).scores)
        else:
            self.window.model.refresh_scores()

    # -- runs -------------------------------------------------------------------------
    @Slot(str)
    def _on_entry_saved(self, entry_id: str) -> None:
        if self.window.journal is not None:
            self.runs.entry_saved(entry_id)
            self._on_entry_shown(self.window.editor.entry_id, None)

    @Slot()
    def _on_entries_changed(self) -> None:
        if self.window.journal is not None:
            self.runs.analyse_stale()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total == 0:
            return
        if not self._scores_ready:
            self._use_scores()
        text = self.tr("Analysing %1 of %Ln entry(ies)…", "", total)
        self.progress_label.setText(
            resolve_english_plural(text, total).replace("%1", QLocale().toString(done))
        )
        self.progress_label.show()

    @Slot()
    def _on_idle(self) -> None:
        self.progress_label.hide()

    @Slot(list)
    def _on_analysed(self, entry_ids: list[str]) -> None:
        # What the first runs loaded (the analyser's lexicons, SQLAlchemy's caches) stays.
        freeze_long_lived_objects()
        self._use_scores()
        self._on_entry_shown(self.window.editor.entry_id, None)
        dialog = self.why_dialog
        if dialog is not None and dialog.isVisible() and dialog.property("entryId") in entry_ids:
            self._fetch_why(str(dialog.property("entryId")))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10_000)

    # -- Why? -----------------------------------------------------------------------------
    @Slot(str, object)
    def _on_entry_shown(self, entry_id: str, _prompt_id: object) -> None:
        editor = self.window.editor
        saved = self.window.journal is not None and bool(entry_id) and not editor.is_new
        self.why_action.setEnabled(saved)
        self.why_button.setVisible(saved)  # nothing to explain before the first words are saved
        scores: dict[str, float | None] = {}
        if saved and self._scores_ready:
            scores = self._read_scores([entry_id])
        self._show_reading(scores.get(entry_id), known=entry_id in scores)

    def _read_scores(self, entry_ids: list[str]) -> dict[str, float | None]:
        from heartlog.core.analysis import AnalysisStore

        journal = self.window.journal
        if journal is None:
            return {}
        try:
            return AnalysisStore(journal, partner_names=()).scores(entry_ids)
        except HeartLogError as exc:
            log.warning("could not read the entry's analysis: %s", type(exc).__name__)
            return {}

    def _show_reading(self, score: float | None, known: bool) -> None:
        """The button says how the entry reads (its colour as in the list); a click says why."""
        from heartlog.ui.entry_delegate import analysed_mood_colour

        if not known:
            text = self.tr("Why?")
            self.why_action.setIcon(QIcon())
        elif score is None:
            text = self.tr("Not analysed · Why?")  # the dialog says: English only
            self.why_action.setIcon(QIcon())
        else:
            text = self._reading_text(score)
            swatch = QPixmap(10, 10)
            swatch.fill(analysed_mood_colour(score) or QColor())
            self.why_action.setIcon(QIcon(swatch))
        self.why_action.setIconText(text)
        self.why_button.setToolTip(
            self.tr("How HeartLog read this entry, sentence by sentence (%1)").replace(
                "%1", QKeySequence(WHY_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )

    def _reading_text(self, score: float) -> str:
        from heartlog.core.analysis import mood_band

        texts = {
            -2: self.tr("Reads negative · Why?"),
            -1: self.tr("Reads somewhat negative · Why?"),
            0: self.tr("Reads neutral · Why?"),
            1: self.tr("Reads somewhat positive · Why?"),
            2: self.tr("Reads positive · Why?"),
        }
        return texts.get(mood_band(score) or 0, self.tr("Why?"))

    @Slot()
    def show_why(self) -> None:
        """Open "Why?" for the entry in the editor (saved first, analysed off the GUI thread)."""
        editor = self.window.editor
        if self.window.journal is None or not editor.entry_id:
            return
        if not self.window.autosave.save_now() or editor.is_new:
            return
        self._fetch_why(editor.entry_id)

    def _fetch_why(self, entry_id: str) -> None:
        journal = self.window.journal
        if journal is None:
            return
        task = tasks.CoreTask(lambda: _why_data(journal, entry_id), self._why_signals)
        tasks.start(task, self._why_pool)

    @Slot(object)
    def _on_why_ready(self, data: tuple[Any, Any]) -> None:
        from heartlog.ui.why_dialog import WhyDialog

        if self.window.journal is None:
            return
        entry, result = data
        dialog = self.why_dialog
        if dialog is not None and dialog.isVisible() and dialog.property("entryId") == entry.id:
            dialog.show_result(result)
            return
        if dialog is not None and dialog.isVisible():
            dialog.close()
        dialog = WhyDialog(entry, result, self.window)
        dialog.setProperty("entryId", entry.id)
        dialog.finished.connect(self._on_why_closed)
        self.why_dialog = dialog
        self.dialogs.open(dialog, modal=False)

    @Slot(int)
    def _on_why_closed(self, _result: int) -> None:
        if self.sender() is self.why_dialog:
            self.why_dialog = None

    @Slot(object)
    def _on_why_failed(self, error: BaseException) -> None:
        from heartlog.ui import alerts

        if self.window.journal is not None:
            alerts.alert(self.window, error)


def install(window: MainWindow) -> None:
    AnalysisFeature(window)
