"""The window-modal progress dialog that long jobs (import, export) show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def open_progress_dialog(
    parent: QWidget,
    label: str,
    cancel: str,
    title: str,
    maximum: int,
    on_cancel: Callable[[], None],
) -> QProgressDialog:
    """Show a progress dialog at 0 that stays open until closed (no auto close/reset)."""
    dialog = QProgressDialog(label, cancel, 0, max(maximum, 1), parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.canceled.connect(on_cancel)
    dialog.setValue(0)
    dialog.show()
    return dialog
