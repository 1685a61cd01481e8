"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``True`` per signal
emission and to ``None`` per Python ``run()`` on a Qt thread, aborting the app
after a few hundred signals. pyproject pins below it; this test fails (or the
interpreter aborts) if such a build is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Emitter(QObject):
    fired = Signal(bool)


class _Job(QRunnable):
    def run(self) -> None:
        return None


def test_signals_and_worker_threads_keep_reference_counts(qapp):
    emitter = _Emitter()
    received: list[bool] = []
    emitter.fired.connect(received.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(300):
        emitter.fired.emit(True)
    pool = QThreadPool()
    for _ in range(50):
        pool.start(_Job())
    pool.waitForDone()
    assert len(received) == 300
    assert sys.getrefcount(True) >= true_before - 5
    assert sys.getrefcount(None) >= none_before - 5
