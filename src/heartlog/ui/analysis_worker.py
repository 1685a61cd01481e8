"""Entry analysis on the thread pool, with progress and cancel; the GUI thread only listens.

Core is called from the pool thread: the journal's engine uses NullPool and
every core call opens its own connection, so nothing is shared between
threads but the ``Journal`` object itself (an engine, safe to share).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from heartlog.core.errors import HeartLogError
from heartlog.core.journal import Journal
from heartlog.ui.background import emit_while_alive
from heartlog.ui.error_texts import error_message

log = logging.getLogger(__name__)

# At most this many progress signals per run (plus the first and the last).
PROGRESS_STEPS = 100


class AnalysisWorker(QObject):
    """Analyses stale entries (or the given ones) off the GUI thread.

    ``progress(done, total)`` while it runs, then exactly one of
    ``finished(analysed)`` (also after ``cancel()``; ``was_cancelled`` tells)
    or ``failed(message)``. Keep a reference to the worker until then.
    """

    progress = Signal(int, int)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        journal: Journal,
        entry_ids: Sequence[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._entry_ids = list(entry_ids) if entry_ids is not None else None
        self._cancel = threading.Event()
        self._running = False
        self._last_step = -1
        self.error: BaseException | None = None
        # Connected first, so the state is right before any other receiver runs.
        self.finished.connect(self._on_done)
        self.failed.connect(self._on_done)

    @property
    def was_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._running

    def start(self, pool: QThreadPool | None = None) -> None:
        if self._running:
            return
        self._running = True
        (pool or QThreadPool.globalInstance()).start(_AnalysisRunnable(self))

    def cancel(self) -> None:
        """Stop at the next entry; what was analysed so far is kept."""
        self._cancel.set()

    def _on_done(self, _value: object) -> None:
        self._running = False

    # -- on the pool thread ---------------------------------------------------------
    def _report(self, done: int, total: int) -> None:
        step = done * PROGRESS_STEPS // total if total else PROGRESS_STEPS
        if done in (0, total) or step != self._last_step:
            self._last_step = step
            if not emit_while_alive(self.progress, done, total):
                self._cancel.set()  # the window is gone: stop at the next entry

    def _run(self) -> None:
        from heartlog.core.analysis import AnalysisStore

        try:
            store = AnalysisStore(self._journal)
            if self._entry_ids is None:
                done = store.analyse_stale(progress=self._report, cancel=self._cancel)
            elif self._cancel.is_set():
                done = 0
            else:
                self._report(0, len(self._entry_ids))
                done = store.analyse_entries(self._entry_ids)
                self._report(len(self._entry_ids), len(self._entry_ids))
        except HeartLogError as exc:
            self.error = exc
            emit_while_alive(self.failed, error_message(exc))
        except Exception as exc:
            log.exception("entry analysis failed")
            self.error = exc
            message = self.tr("The analysis stopped because of an error. Details are in the log.")
            emit_while_alive(self.failed, message)
        else:
            emit_while_alive(self.finished, done)


class _AnalysisRunnable(QRunnable):
    def __init__(self, worker: AnalysisWorker) -> None:
        super().__init__()
        self._worker = worker  # keeps the worker alive until the run ends

    def run(self) -> None:
        self._worker._run()
