"""A QRunnable that runs one core call off the GUI thread and reports back by signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from heartlog.core.errors import HeartLogError
from heartlog.ui.background import emit_while_alive

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    finished = Signal(object)  # the call's result
    failed = Signal(object)  # the HeartLogError it raised


class CoreTask(QRunnable):
    """Runs ``fn()``; results arrive on the GUI thread through ``signals``.

    ``signals`` belongs to the long-lived owner (a dialog, the watcher), never to
    the task: a QObject that died with the task while its worker thread was still
    returning from ``emit`` would crash the app.
    """

    def __init__(self, fn: Callable[[], Any], signals: TaskSignals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except HeartLogError as exc:
            emit_while_alive(self.signals.failed, exc)
            return
        except Exception as exc:  # report, never let a worker die silently
            log.exception("sharing task failed")
            emit_while_alive(self.signals.failed, exc)
            return
        emit_while_alive(self.signals.finished, result)


def start(task: CoreTask, pool: QThreadPool | None = None) -> CoreTask:
    (pool or QThreadPool.globalInstance()).start(task)
    return task
