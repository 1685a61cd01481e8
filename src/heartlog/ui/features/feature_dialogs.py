"""Dialogs that features open on a main window: window-modal, and closed before the journal closes."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from heartlog.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class FeatureDialogs(QObject):
    """One per window (``for_window``); every dialog it opened is closed on ``journalClosing``.

    Features create this before connecting their own ``journalClosing`` slots,
    so dialogs (and the work they cancel on closing) go first.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("featureDialogs")
        self._open: list[QDialog] = []
        window.journalClosing.connect(self.close_all)

    @staticmethod
    def for_window(window: MainWindow) -> FeatureDialogs:
        found = window.findChild(FeatureDialogs, "featureDialogs")
        return found if found is not None else FeatureDialogs(window)

    def open(self, dialog: QDialog, modal: bool = True) -> QDialog:
        """Show ``dialog`` without a nested event loop; it is deleted once closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if modal:
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        self._open.append(dialog)
        if modal:
            dialog.open()
        else:
            dialog.show()
        return dialog

    def opened(self, kind: type[QDialog]) -> list[QDialog]:
        """The open dialogs of one class (tests and features look them up)."""
        return [d for d in self._open if isinstance(d, kind)]

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._open:
            self._open.remove(dialog)

    @Slot()
    def close_all(self) -> None:
        """Close every dialog; a dialog that is busy cancels its work when rejected first."""
        for dialog in list(self._open):
            dialog.reject()  # import/export dialogs cancel their worker here
            if dialog.isVisible():
                QDialog.done(dialog, QDialog.DialogCode.Rejected)
            self._forget(dialog)
        log.debug("closed the features' dialogs")
