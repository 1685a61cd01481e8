"""ImportDialog and ExportDialog, driven like a person would, on a real profile."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QPushButton

from heartlog.core.interop import importer, journal_json
from heartlog.ui import export_dialog as export_module
from heartlog.ui import import_dialog as import_module
from heartlog.ui.export_dialog import ExportDialog
from heartlog.ui.import_dialog import ImportDialog

DATA = Path(__file__).resolve().parents[1] / "data" / "interop"


@pytest.fixture
def pool():
    own = QThreadPool()
    yield own
    own.waitForDone()


@pytest.fixture
def import_dialog(qtbot, journal, pool):
    dialog = ImportDialog(journal, pool=pool)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(qtbot, dialog: ImportDialog, path: Path) -> None:
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)


def _click_cancel(qtbot, progress) -> None:
    button = progress.findChild(QPushButton)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_preview_then_import_emits_the_new_ids(qtbot, import_dialog, journal):
    _choose(qtbot, import_dialog, DATA / "jrnl" / "jrnl_hm_real.txt")
    qtbot.waitUntil(import_dialog.import_button.isEnabled)
    preview = import_dialog.preview_label.text()
    assert "3" in preview and "2024" in preview
    with qtbot.waitSignal(import_dialog.imported, timeout=10_000) as blocker:
        qtbot.mouseClick(import_dialog.import_button, Qt.MouseButton.LeftButton)
    assert sorted(blocker.args[0]) == sorted(e.id for e in journal.list(limit=None))
    assert journal.count() == 3
    assert "skipped 0" in import_dialog.preview_label.text()
    assert import_dialog.progress_dialog is None


def test_reimport_preview_says_nothing_new(qtbot, import_dialog, journal):
    importer.import_path(journal, DATA / "jrnl" / "jrnl_hm_real.txt")
    _choose(qtbot, import_dialog, DATA / "jrnl" / "jrnl_hm_real.json")
    qtbot.waitUntil(lambda: "already" in import_dialog.preview_label.text())
    assert not import_dialog.import_button.isEnabled()


def test_malformed_journal_shows_the_line_and_imports_nothing(qtbot, import_dialog, journal):
    _choose(qtbot, import_dialog, DATA / "jrnl" / "impossible_date.txt")
    qtbot.waitUntil(import_dialog.error_label.isVisible)
    assert "impossible_date.txt, line 6" in import_dialog.error_label.text()
    assert not import_dialog.import_button.isEnabled()
    assert journal.count() == 0


def test_choosing_a_format_by_hand(qtbot, import_dialog):
    import_dialog.format_combo.setCurrentIndex(import_dialog.format_combo.findData("dayone"))
    _choose(qtbot, import_dialog, DATA / "dayone" / "Journal.dayone")
    qtbot.waitUntil(import_dialog.import_button.isEnabled)
    assert "2" in import_dialog.preview_label.text()
    # The wrong format for the file is an error, not a guess.
    import_dialog.format_combo.setCurrentIndex(import_dialog.format_combo.findData("jrnl-json"))
    qtbot.waitUntil(import_dialog.error_label.isVisible)
    assert not import_dialog.import_button.isEnabled()


def test_cancel_imports_nothing(qtbot, import_dialog, journal, tmp_path, monkeypatch):
    count = importer.BATCH * 3
    source = tmp_path / "big.txt"
    source.write_text(
        "".join(f"[2021-01-01 10:00] Entry {i} @tag\nBody {i}\n\n" for i in range(count)),
        encoding="utf-8",
    )
    gate = threading.Event()
    real = importer.import_parsed

    def gated(journal, parsed, progress=None, is_cancelled=None):
        def held(done: int, total: int) -> None:
            progress(done, total)
            if done >= importer.BATCH:  # a batch is in the open transaction: hold here
                gate.wait(30)

        return real(journal, parsed, progress=held, is_cancelled=is_cancelled)

    monkeypatch.setattr(import_module, "import_parsed", gated)
    _choose(qtbot, import_dialog, source)
    qtbot.waitUntil(import_dialog.import_button.isEnabled)
    qtbot.mouseClick(import_dialog.import_button, Qt.MouseButton.LeftButton)
    progress = import_dialog.progress_dialog
    qtbot.waitUntil(lambda: progress.value() >= importer.BATCH)
    try:
        _click_cancel(qtbot, progress)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: "cancelled" in import_dialog.preview_label.text())
    assert journal.count() == 0
    assert journal.tags() == []
    assert import_dialog.import_button.isEnabled()  # it can be tried again


def test_export_json_then_import_back(qtbot, journal, pool, tmp_path):
    importer.import_path(journal, DATA / "markdown" / "notes")
    dialog = ExportDialog(journal, pool=pool)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "out" / "journal.json"
    qtbot.keyClicks(dialog.target_edit, str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(target)]
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == journal_json.SCHEMA_FORMAT
    assert len(document["entries"]) == journal.count() == 6
    assert "6" in dialog.status_label.text()


def test_export_markdown_folder(qtbot, journal, pool, tmp_path):
    importer.import_path(journal, DATA / "jrnl" / "jrnl_hm_real.txt")
    dialog = ExportDialog(journal, pool=pool)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.markdown_radio, Qt.MouseButton.LeftButton)
    target = tmp_path / "md"
    qtbot.keyClicks(dialog.target_edit, str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(list(target.glob("*.md"))) == 3
    # Exporting again into the same, now full, folder is refused plainly.
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already exists" in dialog.status_label.text())
    assert len(list(target.glob("*.md"))) == 3


def test_export_cancel_writes_nothing(qtbot, journal, pool, tmp_path, monkeypatch):
    for i in range(5):
        journal.add(body=f"entry {i}")
    gate = threading.Event()
    real = journal_json.export_journal_json

    def gated(journal, path, progress=None, is_cancelled=None):
        def held(done: int, total: int) -> None:
            progress(done, total)
            gate.wait(30)

        return real(journal, path, progress=held, is_cancelled=is_cancelled)

    monkeypatch.setattr(export_module, "export_journal_json", gated)
    dialog = ExportDialog(journal, pool=pool)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "out"
    out.mkdir()
    dialog.set_target(out / "journal.json")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    progress = dialog.progress_dialog
    qtbot.waitUntil(lambda: progress.value() >= 1)
    try:
        _click_cancel(qtbot, progress)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.status_label.text())
    assert list(out.iterdir()) == []
