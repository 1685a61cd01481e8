"""The crash dialog shown by ``sys.excepthook``: what happened, and "Copy details"."""

from __future__ import annotations

import logging
import platform
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from heartlog import __version__
from heartlog.core.logging_setup import LOG_NAME
from heartlog.core.paths import log_dir
from heartlog.ui.safe_errors import safe_text, safe_traceback
from heartlog.ui.window_fit import grow_to_fit

log = logging.getLogger(__name__)


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text "Copy details" puts on the clipboard: versions and the traceback only."""
    from PySide6 import __version__ as pyside_version

    lines = [
        f"HeartLog {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"PySide6 {pyside_version}",
        "",
        safe_traceback(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """Says that something unexpected happened and that saved work is safe."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)
        self.setWindowTitle(self.tr("HeartLog hit a problem"))
        self.details = details
        layout = QVBoxLayout(self)
        message = QLabel(
            self.tr(
                "Something unexpected went wrong. What you wrote has been saved as far as "
                "possible and HeartLog keeps running. If this happens again, please send "
                "the details below with a short description of what you were doing. "
                "They contain no journal text."
            )
        )
        message.setWordWrap(True)
        layout.addWidget(message)
        where = QLabel(self.tr("The log file is %1.").replace("%1", str(log_dir() / LOG_NAME)))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(self.tr("Error details"))
        layout.addWidget(self.details_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


EmergencySave = Callable[[], None]
_emergency_saves: list[EmergencySave] = []
_showing = False


def add_emergency_save(callback: EmergencySave) -> None:
    """Run ``callback`` (e.g. flush the editor) before the crash dialog appears."""
    _emergency_saves.append(callback)


def remove_emergency_save(callback: EmergencySave) -> None:
    if callback in _emergency_saves:
        _emergency_saves.remove(callback)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    log.critical("unexpected error:\n%s", safe_traceback(exc_type, exc, tb))
    for save in list(_emergency_saves):
        try:
            save()
        except Exception as exc:  # the crash dialog must still appear
            log.warning("emergency save failed: %s", safe_text(exc))
    if _showing or QApplication.instance() is None:
        return
    details = crash_details(exc_type, exc, tb)
    _showing = True

    def show() -> None:
        global _showing
        try:
            CrashDialog(details, QApplication.activeWindow()).exec()
        finally:
            _showing = False

    # Not from inside the failing slot: let the current event finish first.
    QTimer.singleShot(0, show)


def install_excepthook() -> None:
    sys.excepthook = _excepthook
