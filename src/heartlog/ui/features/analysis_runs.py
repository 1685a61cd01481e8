"""When entries are analysed: after each save (coalesced), and for stale entries on unlock.

All analysis runs in ``AnalysisWorker``s on this object's own thread pool, so
locking can cancel them and wait until no worker touches the journal any more.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from heartlog.core.journal import Journal
from heartlog.ui.analysis_worker import AnalysisWorker

log = logging.getLogger(__name__)

SAVE_COALESCE_MS = 1500  # autosave fires about every second while typing: wait for a pause
STALE_COALESCE_MS = 300


class AnalysisRuns(QObject):
    """Schedules the runs for one window; ``journal`` is a getter (None while locked).

    ``progress(done, total)`` and ``idle()`` describe the stale-entry run (for
    the status bar); ``analysed(entry_ids)`` follows every run that finished,
    with the ids asked for (an empty list for a stale-entry run).
    """

    progress = Signal(int, int)
    idle = Signal()
    analysed = Signal(list)
    failed = Signal(str)

    def __init__(
        self, journal: Callable[[], Journal | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self.pool = QThreadPool(self)
        # One thread for the long stale run, one so a saved entry never waits behind it.
        self.pool.setMaxThreadCount(2)
        self._pending: set[str] = set()
        self._workers: dict[int, AnalysisWorker] = {}
        self._run_number = 0
        self._save_run = 0  # the run of each kind now going (0: none)
        self._stale_run = 0
        self._stale_again = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_COALESCE_MS)
        self._save_timer.timeout.connect(self._on_save_timer)
        self._stale_timer = QTimer(self)
        self._stale_timer.setSingleShot(True)
        self._stale_timer.setInterval(STALE_COALESCE_MS)
        self._stale_timer.timeout.connect(self._start_stale)

    # -- asking -------------------------------------------------------------------
    def entry_saved(self, entry_id: str) -> None:
        """Analyse ``entry_id`` once saving pauses."""
        if self._journal() is None or not entry_id:
            return
        self._pending.add(entry_id)
        self._save_timer.start()

    def analyse_stale(self, at_once: bool = False) -> None:
        """Analyse every new, changed or outdated entry (unlock, imports, new partner names)."""
        if self._journal() is None:
            return
        if at_once:
            self._start_stale()
        else:
            self._stale_timer.start()

    def is_busy(self) -> bool:
        """Whether a run is asked for, going, or not yet reported (``analysed`` not yet sent).

        A run counts until its ``_on_finished`` has run, not merely until its worker
        stopped: the worker's own state flips a moment before the report arrives.
        """
        return bool(
            self._pending
            or self._save_timer.isActive()
            or self._stale_timer.isActive()
            or self._save_run
            or self._stale_run
        )

    def stop(self) -> None:
        """Cancel everything and wait for the workers (before the journal closes)."""
        self._save_timer.stop()
        self._stale_timer.stop()
        self._pending.clear()
        self._stale_again = False
        for worker in self._workers.values():
            worker.cancel()
        self.pool.waitForDone()
        self._save_run = self._stale_run = 0  # what they report now is ignored
        self.idle.emit()

    # -- runs ---------------------------------------------------------------------
    def _start(self, entry_ids: list[str] | None) -> int:
        """Start a worker; returns its run number (0 when locked)."""
        journal = self._journal()
        if journal is None:
            return 0
        self._prune()
        self._run_number += 1
        run = self._run_number
        # Parentless and kept in ``_workers``; the slots get the run number, never the
        # worker, so nothing refers to a worker once it is pruned.
        worker = AnalysisWorker(journal, entry_ids)
        self._workers[run] = worker
        if entry_ids is None:
            worker.progress.connect(lambda done, total: self._on_progress(run, done, total))
        worker.finished.connect(lambda done: self._on_finished(run, entry_ids, done))
        worker.failed.connect(lambda message: self._on_failed(run, entry_ids, message))
        worker.start(self.pool)
        return run

    def _is_running(self, run: int) -> bool:
        worker = self._workers.get(run)
        return worker is not None and worker.is_running()

    def _prune(self) -> None:
        """Forget finished workers once no pool thread can still be inside one of them."""
        if self.pool.activeThreadCount() == 0:
            self._workers = {r: w for r, w in self._workers.items() if w.is_running()}

    @Slot()
    def _on_save_timer(self) -> None:
        if self._is_running(self._save_run):
            return  # picked up when the running one finishes
        ids, self._pending = sorted(self._pending), set()
        if ids:
            self._save_run = self._start(ids)

    @Slot()
    def _start_stale(self) -> None:
        if self._is_running(self._stale_run):
            self._stale_again = True
            return
        self._stale_run = self._start(None)

    def _on_progress(self, run: int, done: int, total: int) -> None:
        if run == self._stale_run:
            self.progress.emit(done, total)

    def _on_finished(self, run: int, entry_ids: list[str] | None, done: int) -> None:
        if run == self._save_run:
            self._save_run = 0
            self.analysed.emit(list(entry_ids or []))
            if self._pending:
                self._save_timer.start()
        elif run == self._stale_run:
            log.debug("stale entries analysed: %d", done)
            self._stale_run = 0
            self.idle.emit()
            self.analysed.emit([])
            if self._stale_again:
                self._stale_again = False
                self._start_stale()

    def _on_failed(self, run: int, entry_ids: list[str] | None, message: str) -> None:
        if run in (self._save_run, self._stale_run):
            log.warning("an analysis run failed")
            self.failed.emit(message)
        self._on_finished(run, entry_ids, 0)
