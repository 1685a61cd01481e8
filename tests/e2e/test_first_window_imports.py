"""The first window appears before any heavy library is imported (DESIGN.md start-up budget).

The new-profile and unlock dialogs are shown through the real `heartlog`
command in a fresh process; when each appears, none of the database, crypto,
analysis or chart libraries may be loaded yet (the unlock dialog preloads the
database stack only after it is shown, while the passphrase is typed). One
import of a core module from a UI helper once put SQLAlchemy on this path and
made the first window 4.5x a bare window instead of 1.6x.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from heartlog_testing import PASSPHRASE, SRC, run_cli

HEAVY = (
    "alembic",
    "argon2",
    "cryptography",
    "matplotlib",
    "nacl",
    "numpy",
    "sqlalchemy",
    "sqlcipher3",
    "vaderSentiment",
    "zxcvbn",
)

DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from heartlog.ui import app as ui_app
HEAVY = set(sys.argv[1].split(","))
def drive(flow):
    def on_dialog(dialog):
        loaded = sorted({m.split(".")[0] for m in sys.modules} & HEAVY)
        print("DIALOG", type(dialog).__name__, ",".join(loaded) or "-", flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)
    flow.dialogShown.connect(on_dialog)
real = ui_app.run_app
ui_app.run_app = lambda argv, **kw: real(argv, on_start=drive)
from heartlog.cli import main
sys.exit(main([]))
"""


def _first_window(home: Path) -> tuple[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "HEARTLOG_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, ",".join(HEAVY)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("DIALOG ")]
    assert done.returncode == 0 and lines, done.stdout + done.stderr
    _, dialog, loaded = lines[0].split(" ")
    return dialog, loaded


@pytest.mark.parametrize("with_profile", [False, True], ids=["new profile", "unlock"])
def test_the_first_window_loads_no_heavy_library(heartlog_home: Path, with_profile: bool):
    if with_profile:
        created = run_cli("profile", "create", "Sam", env={"HEARTLOG_PASSPHRASE": PASSPHRASE})
        assert created.returncode == 0, created.stderr
    dialog, loaded = _first_window(heartlog_home)
    assert dialog == ("UnlockDialog" if with_profile else "NewProfileDialog")
    assert loaded == "-"
