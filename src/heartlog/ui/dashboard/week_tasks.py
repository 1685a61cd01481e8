"""Work the dashboard hands to a thread pool: preparing a week, writing an export.

A ``BackgroundTask`` runs one callable on the pool and reports exactly one of
``done(ticket, result)`` or ``failed(ticket, message)``, queued to the GUI
thread; the ticket tells the receiver which request it answers. Core is
safe to call from the pool thread: the journal's engine uses NullPool and
every core call opens its own connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from heartlog.core.errors import HeartLogError
from heartlog.ui.background import emit_while_alive
from heartlog.ui.error_texts import error_message

log = logging.getLogger(__name__)


class BackgroundTask(QObject):
    """One callable on a thread pool. Keep a reference until ``done`` or ``failed``."""

    done = Signal(int, object)
    failed = Signal(int, str)

    def __init__(
        self, ticket: int, work: Callable[[], Any], what: str, failure_message: str
    ) -> None:
        super().__init__()
        self.ticket = ticket
        self._work = work
        self._what = what  # for the log only (never entry text)
        self._failure_message = failure_message
        self.error: BaseException | None = None

    def start(self, pool: QThreadPool) -> None:
        pool.start(_TaskRunnable(self))

    def _run(self) -> None:
        try:
            result = self._work()
        except HeartLogError as exc:
            self.error = exc
            emit_while_alive(self.failed, self.ticket, error_message(exc))
        except Exception as exc:
            log.exception("dashboard task failed: %s", self._what)
            self.error = exc
            emit_while_alive(self.failed, self.ticket, self._failure_message)
        else:
            emit_while_alive(self.done, self.ticket, result)


class _TaskRunnable(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._task = task  # keeps the task alive until the run ends

    def run(self) -> None:
        self._task._run()


def prepare_week(store_factory: Callable[[], Any], week: str) -> Any:
    """On the pool thread: the week's insights (analysing stale entries of its window),
    and matplotlib's drawing modules imported so the GUI thread need not wait for them."""
    insights = store_factory().weekly_insights(week)
    import heartlog.core.charts.figures  # noqa: F401  (warms the import for the GUI thread)

    return insights
