"""Run one core call on the thread pool; its result or error arrives as a signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class CoreTask(QObject):
    """Calls ``fn()`` on a pool thread; ``succeeded``/``failed`` are delivered on the GUI thread.

    The owner keeps a reference until a signal has fired.
    """

    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Runnable(self))

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which shows it
            log.info("background task failed: %s", type(exc).__name__)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: CoreTask) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()
