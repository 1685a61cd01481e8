"""Steps shared by the tests of the features wired into the main window."""

from __future__ import annotations

from typing import TypeVar

from driving import TIMEOUT_MS, type_passphrase, unlock_in_dialog
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
)

from heartlog.ui.features.analysis_feature import AnalysisFeature
from heartlog.ui.features.feature_dialogs import FeatureDialogs
from heartlog.ui.features.prompts_feature import PromptsFeature
from heartlog.ui.features.sharing_feature import SharingFeature
from heartlog.ui.main_window import MainWindow
from heartlog.ui.start_dialogs import ProfilePickerDialog
from heartlog.ui.unlock_dialog import UnlockDialog

PASSPHRASE = "correct horse battery"
T = TypeVar("T", bound=QObject)
D = TypeVar("D", bound=QDialog)


def feature(window: MainWindow, kind: type[T]) -> T:
    found = window.findChild(kind)
    assert found is not None, f"{kind.__name__} is not installed"
    return found


def open_window(qtbot, new_flow, name: str = "Test") -> MainWindow:
    """Unlock profile ``name`` (picked from the list when there are several) and wait until
    the features have settled."""
    flow = new_flow()
    flow.start()
    if isinstance(flow.dialog, ProfilePickerDialog):
        picker = flow.dialog
        rows = [picker.list.item(i).text() for i in range(picker.list.count())]
        picker.list.setCurrentRow(next(i for i, text in enumerate(rows) if name in text))
        qtbot.mouseClick(picker.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(flow.dialog, UnlockDialog), timeout=TIMEOUT_MS)
    window = unlock_in_dialog(qtbot, flow, PASSPHRASE)
    settle(qtbot, window)
    return window


def unlock_again(qtbot, window: MainWindow) -> None:
    """Type the passphrase into the locked window's unlock dialog."""
    type_passphrase(qtbot, window.unlock_dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=TIMEOUT_MS)
    settle(qtbot, window)


def settle(qtbot, window: MainWindow) -> None:
    """Wait for the analysis runs and for today's prompt card."""
    analysis = feature(window, AnalysisFeature)
    prompts = feature(window, PromptsFeature)
    sharing = feature(window, SharingFeature)
    qtbot.waitUntil(
        lambda: not analysis.runs.is_busy() and prompts.card is not None and sharing.views.is_open,
        timeout=TIMEOUT_MS,
    )


def menu_actions(window: MainWindow, object_name: str) -> list:
    menu = window.findChild(QMenu, object_name)
    assert menu is not None, object_name
    return menu.actions()


def wait_dialog(qtbot, window: MainWindow, kind: type[D]) -> D:
    dialogs = FeatureDialogs.for_window(window)
    qtbot.waitUntil(lambda: bool(dialogs.opened(kind)), timeout=TIMEOUT_MS)
    return dialogs.opened(kind)[-1]  # type: ignore[return-value]


def tab_titles(window: MainWindow) -> list[str]:
    tabs: QTabWidget = window.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def visible_text(window: MainWindow) -> str:
    """Everything a person could read in the window's widgets, lists and pages."""
    parts = [window.windowTitle(), window.statusBar().currentMessage()]
    parts += [w.text() for w in window.findChildren(QLineEdit)]
    parts += [w.toPlainText() for w in window.findChildren(QTextEdit)]
    parts += [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    parts += [w.text() for w in window.findChildren(QLabel)]
    parts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            parts += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    return "\n".join(parts)
