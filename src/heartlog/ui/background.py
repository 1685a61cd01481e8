"""Run a slow core call (key derivation, bulk work) on the thread pool, result as a signal.

``emit_while_alive`` is how every pool thread reports: a window can be
destroyed while its worker still runs (the app quitting under it), and then
there is nobody left to tell.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

log = logging.getLogger(__name__)


def emit_while_alive(signal: SignalInstance, *args: object) -> bool:
    """Emit from a pool thread; False (nothing sent) when the signal's object is gone."""
    try:
        signal.emit(*args)
    except RuntimeError as exc:  # "Signal source has been deleted"
        if "deleted" not in str(exc):
            raise
        return False
    return True


class BackgroundCall(QObject):
    """Calls ``fn(*args)`` on a pool thread; ``succeeded``/``failed`` arrive on the GUI thread.

    Keep a reference to the object until one of the signals has fired.
    """

    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, fn: Callable[..., Any], *args: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._args = args
        self.running = False
        # Connected first, so ``running`` is already False when the owner's slots run.
        self.succeeded.connect(self._on_done)
        self.failed.connect(self._on_done)

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def _on_done(self, _result: object) -> None:
        self.running = False

    def _run(self) -> None:
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # handed to the GUI thread, which decides
            log.info("background call failed: %s", type(exc).__name__)
            emit_while_alive(self.failed, exc)
        else:
            emit_while_alive(self.succeeded, result)


class _Runnable(QRunnable):
    def __init__(self, call: BackgroundCall) -> None:
        super().__init__()
        self._call = call

    def run(self) -> None:
        self._call._run()
