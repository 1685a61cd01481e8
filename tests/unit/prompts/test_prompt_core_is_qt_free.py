"""The prompt core modules never load PySide6 (checked in a fresh interpreter)."""

from __future__ import annotations

import os
import subprocess
import sys

from heartlog_testing import SRC

MODULES = (
    "heartlog.core.prompts",
    "heartlog.core.prompt_catalogue",
    "heartlog.core.prompt_selection",
    "heartlog.core.json_schema_subset",
    "heartlog.core.love_languages",
    "heartlog.core.reminder_schedule",
    "heartlog.cli.prompt_cmd",
)


def test_prompt_core_does_not_import_qt() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in MODULES)
        + "from heartlog.core.prompt_catalogue import load_catalogue\n"
        + "load_catalogue()\n"
        + "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        check=True,
    )
    assert result.stdout.strip() == "[]"
