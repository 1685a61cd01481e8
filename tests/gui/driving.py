"""How a person gets through HeartLog's dialogs, as reusable steps for GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton

from heartlog.ui.main_window import MainWindow
from heartlog.ui.new_profile_dialog import NewProfileDialog
from heartlog.ui.start_flow import StartFlow
from heartlog.ui.unlock_dialog import UnlockDialog

TIMEOUT_MS = 15_000


def tick(qtbot, box: QAbstractButton) -> None:
    """Click a check box on its indicator, where a person would."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def create_profile_in_dialog(qtbot, flow: StartFlow, name: str, passphrase: str) -> MainWindow:
    dialog = flow.dialog
    assert isinstance(dialog, NewProfileDialog)
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClicks(dialog.confirm, passphrase)
    tick(qtbot, dialog.ack_box)
    assert dialog.create_button.isEnabled(), dialog.problem_label.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.window is not None, timeout=TIMEOUT_MS)
    return flow.window


def type_passphrase(qtbot, dialog: UnlockDialog, passphrase: str) -> None:
    dialog.passphrase.selectAll()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def unlock_in_dialog(qtbot, flow: StartFlow, passphrase: str) -> MainWindow:
    dialog = flow.dialog
    assert isinstance(dialog, UnlockDialog), dialog
    type_passphrase(qtbot, dialog, passphrase)
    qtbot.waitUntil(lambda: flow.window is not None, timeout=TIMEOUT_MS)
    return flow.window


def start_and_unlock(qtbot, flow: StartFlow, passphrase: str) -> MainWindow:
    flow.start()
    return unlock_in_dialog(qtbot, flow, passphrase)


def wait_saved(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.autosave.dirty, timeout=TIMEOUT_MS)
