"""The interop core never imports Qt (it runs in the CLI and in worker threads)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "src"


def test_interop_core_does_not_import_pyside6():
    code = (
        "import sys, pkgutil, importlib, heartlog.core.interop as p\n"
        "for m in pkgutil.iter_modules(p.__path__): importlib.import_module(p.__name__+'.'+m.name)\n"
        "print('PySide6' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC)},
        check=True,
    )
    assert out.stdout.strip() == "False"
