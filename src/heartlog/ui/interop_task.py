"""A cancellable QRunnable for imports and exports that reports through Qt signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from heartlog.core.errors import HeartLogError
from heartlog.core.interop import ExportCancelled, ImportCancelled
from heartlog.ui.background import emit_while_alive

log = logging.getLogger(__name__)

# work(progress, is_cancelled) -> result; runs on a pool thread and calls only core.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class TaskSignals(QObject):
    """Owned by the GUI thread, so the signals arrive queued on it."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class InteropTask(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except (ImportCancelled, ExportCancelled):
            emit_while_alive(self.signals.cancelled)
        except Exception as exc:  # shown to the user by the dialog
            if isinstance(exc, HeartLogError):
                log.info("interop task failed: %s", type(exc).__name__)
            else:
                log.exception("interop task failed unexpectedly")
            emit_while_alive(self.signals.failed, exc)
        else:
            # A cancel that came after the last check is too late: the work is done.
            emit_while_alive(self.signals.succeeded, result)

    def _progress(self, done: int, total: int) -> None:
        if not emit_while_alive(self.signals.progress, done, total):
            self._cancel.set()  # the dialog is gone
