"""Screenshots of the dashboard with the bench's realistic journal, light and dark.

``python bench/dashboard_screenshots.py [OUT_DIR]`` writes
``screenshot-dashboard.png`` and ``screenshot-dashboard-dark.png`` (default:
``docs/``). Runs offscreen in a throw-away HEARTLOG_HOME.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HEARTLOG_KDF", "fast")

PASSPHRASE = "screenshot passphrase 1"
SIZE = (1100, 1400)


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    role = QPalette.ColorRole
    for r, c in (
        (role.Window, "#2b2d30"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1f22"),
        (role.AlternateBase, "#2b2d30"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#3c3f41"),
        (role.ButtonText, "#e6e6e6"),
        (role.Highlight, "#3d6fb4"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#8ab4f8"),
        (role.PlaceholderText, "#a0a4a8"),
        (role.ToolTipBase, "#2b2d30"),
        (role.ToolTipText, "#e6e6e6"),
    ):
        p.setColor(r, QColor(c))
    for r in (role.WindowText, role.ButtonText, role.Text):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor("#6f7276"))
    return p


def settle(app) -> None:
    """Let layouts and the chart canvas's resize debounce (150 ms) run."""
    end = time.monotonic() + 0.5
    while time.monotonic() < end:
        app.processEvents()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    with tempfile.TemporaryDirectory() as home:
        os.environ["HEARTLOG_HOME"] = home
        import dashboard_journal as dj
        from PySide6.QtCore import QLocale
        from PySide6.QtWidgets import QApplication

        from heartlog.core.profiles import create_profile, unlock
        from heartlog.ui.dashboard import DashboardView

        app = QApplication.instance() or QApplication(["heartlog"])
        app.setStyle("Fusion")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        light = app.palette()
        profile = create_profile("Demo", PASSPHRASE)
        with unlock(profile, PASSPHRASE) as opened:
            dj.fill_journal(opened.journal)
            sunday = dj.FOCUS_MONDAY + dt.timedelta(days=6)
            for name, palette in (("", light), ("-dark", dark_palette())):
                app.setPalette(palette)
                view = DashboardView(opened.journal, today=lambda: sunday)
                view.resize(*SIZE)
                shown: list[str] = []
                view.weekShown.connect(shown.append)
                view.show()
                while not shown:
                    app.processEvents()
                settle(app)
                content = view.content.widget()
                view.resize(SIZE[0], content.sizeHint().height() + 70)
                settle(app)
                if view.canvas is not None:
                    view.canvas.draw()
                target = out / f"screenshot-dashboard{name}.png"
                view.grab().save(str(target))
                print(target)
                view.close()
                view.deleteLater()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
