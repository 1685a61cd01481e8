"""Auto-lock: an application event filter that notices when nobody has touched the app."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without keyboard, mouse or touch input.

    ``timeout_ms`` of 0 turns it off. Tests may set a tiny value.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval() if self._installed else 0

    def set_timeout_ms(self, ms: int) -> None:
        app = QApplication.instance()
        if ms <= 0:
            self.stop()
            return
        self._timer.setInterval(ms)
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(int(minutes) * 60_000)

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    def poke(self) -> None:
        """Count as activity (e.g. right after unlocking)."""
        if self._installed:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False
