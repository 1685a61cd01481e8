"""File > Import… and File > Export journal… in the main window."""

from __future__ import annotations

import json
from pathlib import Path

from driving import TIMEOUT_MS
from feature_driving import feature, open_window, settle, wait_dialog
from journal_data import make_journal
from PySide6.QtCore import Qt

from heartlog.core.analysis import AnalysisStore
from heartlog.ui.entry_list_model import ScoreRole
from heartlog.ui.export_dialog import ExportDialog
from heartlog.ui.features.feature_dialogs import FeatureDialogs
from heartlog.ui.features.interop_feature import InteropFeature
from heartlog.ui.import_dialog import ImportDialog

JRNL = Path(__file__).resolve().parents[1] / "data" / "interop" / "jrnl" / "jrnl_hm_real.txt"


def test_file_import_adds_entries_to_the_list_and_analyses_them(qtbot, new_flow):
    make_journal()
    window = open_window(qtbot, new_flow)
    interop = feature(window, InteropFeature)
    file_actions = window.menu("file").actions()
    assert interop.import_action in file_actions and interop.export_action in file_actions
    assert file_actions.index(interop.import_action) < file_actions.index(window.actions.lock)
    assert window.model.rowCount() == 5

    interop.import_action.trigger()
    dialog = wait_dialog(qtbot, window, ImportDialog)
    qtbot.keyClicks(dialog.path_edit, str(JRNL))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    new_ids = imported.args[0]
    assert len(new_ids) == 3
    qtbot.waitUntil(lambda: window.model.rowCount() == 8, timeout=TIMEOUT_MS)
    assert window.search_bar.count_label.text().startswith("8")
    dialog.reject()

    settle(qtbot, window)  # the analysis ran for the new entries
    store = AnalysisStore(window.journal)
    assert store.stale_count() == 0
    assert all(store.analysis_for(i, refresh=False) is not None for i in new_ids)
    rows = [window.model.row_of(i) for i in new_ids]
    assert all(r >= 0 for r in rows)
    assert any(window.model.index(r).data(ScoreRole) is not None for r in rows)


def test_file_export_writes_the_whole_journal(qtbot, new_flow, tmp_path):
    make_journal()
    window = open_window(qtbot, new_flow)
    interop = feature(window, InteropFeature)
    interop.export_action.trigger()
    dialog = wait_dialog(qtbot, window, ExportDialog)
    target = tmp_path / "all.json"
    dialog.set_target(target)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(json.loads(target.read_text(encoding="utf-8"))["entries"]) == 5
    qtbot.waitUntil(lambda: "all.json" in window.statusBar().currentMessage(), timeout=TIMEOUT_MS)


def test_lock_closes_the_import_dialog_and_disables_the_actions(qtbot, new_flow):
    make_journal()
    window = open_window(qtbot, new_flow)
    interop = feature(window, InteropFeature)
    interop.import_action.trigger()
    dialog = wait_dialog(qtbot, window, ImportDialog)
    qtbot.keyClicks(dialog.path_edit, str(JRNL))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    window.lock()
    assert not FeatureDialogs.for_window(window).opened(ImportDialog)
    assert not interop.import_action.isEnabled() and not interop.export_action.isEnabled()
    assert interop.pool.activeThreadCount() == 0
