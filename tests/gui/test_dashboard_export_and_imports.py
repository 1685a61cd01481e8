"""Dashboard exports (PNG, PDF) from the view, and matplotlib loading only when it is shown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from dashboard_gui_helpers import SUNDAY, WEEK, fill_week_journal
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage

from heartlog.core.insight_export import PNG_DPI, PNG_WIDTH_IN
from heartlog.ui.dashboard import DashboardView

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def view(qtbot, journal) -> DashboardView:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    fill_week_journal(journal)
    widget = DashboardView(journal, today=lambda: SUNDAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.weekShown, timeout=30000):
        widget.show()
    yield widget
    QLocale.setDefault(QLocale.c())


def test_export_png_is_a_valid_image_of_the_week(qtbot, view, tmp_path) -> None:
    out = tmp_path / "week.png"
    assert view.export_button.isEnabled()
    with qtbot.waitSignal(view.exported, timeout=30000) as done:
        view.export_week(str(out), "png")
    assert done.args == [str(out)]
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() == round(PNG_WIDTH_IN * PNG_DPI)
    assert image.height() > image.width() * 0.6
    assert str(out) in view.status_label.text()


def test_export_pdf_has_pages_and_the_summary_on_screen(qtbot, view, tmp_path) -> None:
    out = tmp_path / "week.pdf"
    with qtbot.waitSignal(view.exported, timeout=30000):
        view.export_week(str(out), "pdf")
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 2
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert view.summary_text() in text  # the translated summary, as on screen
    assert "Week 47: 16 to 22 November 2026" in text
    assert "Money: keeps coming back" in text
    assert "Something to try: Openly discuss the disagreement" in text


def test_export_failure_is_reported(qtbot, view, tmp_path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with qtbot.waitSignal(view.exportFailed, timeout=30000) as failed:
        view.export_week(str(folder), "png")
    assert "folder" in failed.args[0]
    assert view.status_label.text() == failed.args[0]


def test_export_menu_asks_for_a_file(qtbot, view, tmp_path, monkeypatch) -> None:
    out = tmp_path / "chosen.pdf"
    asked = {}

    def fake_dialog(parent, caption, suggested, filters):
        asked.update(caption=caption, suggested=suggested, filters=filters)
        return str(out), filters

    monkeypatch.setattr(
        "heartlog.ui.dashboard.dashboard_view.QFileDialog.getSaveFileName", fake_dialog
    )
    with qtbot.waitSignal(view.exported, timeout=30000):
        view.export_pdf_action.trigger()
    assert asked["suggested"] == f"heartlog-{WEEK}.pdf"
    assert out.is_file()


def test_matplotlib_is_imported_only_when_the_dashboard_is_shown(tmp_path) -> None:
    code = """
import sys
from PySide6.QtWidgets import QApplication
from heartlog.core.profiles import create_profile, unlock
import heartlog.ui.dashboard
from heartlog.ui.dashboard import DashboardView
app = QApplication([])
profile = create_profile("Lazy", "lazy passphrase 1")
with unlock(profile, "lazy passphrase 1") as opened:
    opened.journal.add("We had a lovely evening together.")
    view = DashboardView(opened.journal)
    print("after construct", "matplotlib" in sys.modules)
    shown = []
    view.weekShown.connect(shown.append)
    view.show()
    while not shown:
        app.processEvents()
    print("after show", "matplotlib" in sys.modules, view.canvas is not None)
    view.close()
"""
    env = {
        "PYTHONPATH": str(SRC),
        "HEARTLOG_HOME": str(tmp_path / "home"),
        "HEARTLOG_KDF": "fast",
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "after construct False" in out.stdout
    assert "after show True True" in out.stdout
