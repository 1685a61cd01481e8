"""The sharing core and the CLI's non-PDF commands never load Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "src"


def test_sharing_core_and_cli_do_not_import_pyside6():
    code = (
        "import pkgutil, importlib, sys\n"
        "import heartlog.core.sharing as pkg\n"
        "for m in pkgutil.iter_modules(pkg.__path__):\n"
        "    importlib.import_module('heartlog.core.sharing.' + m.name)\n"
        "import heartlog.cli.share_cmd\n"
        "assert not [n for n in sys.modules if n.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "PATH": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
