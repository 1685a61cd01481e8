"""Windows wide and tall enough for their text at the size they really get.

Two Qt habits cut text off, more so in longer translations: a window given an
explicit minimum width (``setMinimumWidth``) no longer gets its layout's
minimum width, so a row of long buttons is squeezed; and a new window is sized
from its size hint and then, on a small screen, narrowed to two thirds of the
screen without asking how tall its wrapped labels become at that width.
``grow_to_fit`` makes a window grow to what its layout needs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

_EVENTS = (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest)


class _GrowToFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _EVENTS and isinstance(watched, QWidget) and watched.isWindow():
            layout = watched.layout()
            if layout is not None:
                needed = layout.totalMinimumSize().width()
                if needed > watched.minimumWidth():
                    watched.setMinimumWidth(needed)
                width = max(watched.width(), needed)
                height = watched.height()
                if layout.hasHeightForWidth():
                    height = max(height, layout.totalHeightForWidth(width))
                if (width, height) != (watched.width(), watched.height()):
                    watched.resize(width, height)
        return False


def grow_to_fit(window: QWidget) -> None:
    """Let ``window`` grow whenever its buttons or wrapped labels need more room."""
    window.installEventFilter(_GrowToFit(window))
