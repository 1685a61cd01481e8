"""Kill the real app with SIGKILL while someone types: the next unlock finds the words.

Run as a script (``--child``) this file is the app itself, started through the
``heartlog`` CLI entry point, with a driver that types the passphrase and then
keeps typing into a new entry, printing each crash-safe draft it writes.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery"  # == tests/conftest.py
WORDS = [
    "we",
    "sat",
    "on",
    "the",
    "stairs",
    "and",
    "finally",
    "talked",
    "about",
    "the",
    "move",
    "and",
    "what",
    "it",
    "means",
    "for",
    "us",
]
TEXT = " ".join(WORDS * 40)
SRC = Path(__file__).resolve().parents[2] / "src"
DRAFTS_BEFORE_KILL = 3


def _child() -> int:
    """The app, driven like a person at the keyboard."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from heartlog.ui import app as ui_app

    typed = {"n": 0}

    def on_window(window) -> None:
        def on_draft(entry_id: str) -> None:
            print(f"DRAFT {entry_id} {len(window.editor.body_edit.text())}", flush=True)

        window.autosave.draftSaved.connect(on_draft)
        window.editor.focus_body()
        timer = QTimer(window)
        timer.setInterval(15)

        def type_a_little() -> None:
            chunk = TEXT[typed["n"] : typed["n"] + 4]
            typed["n"] += len(chunk)
            QTest.keyClicks(window.editor.body_edit, chunk)

        timer.timeout.connect(type_a_little)
        timer.start()
        print("WINDOW", flush=True)

    def on_dialog(dialog) -> None:
        def unlock() -> None:
            dialog.passphrase.setText(PASSPHRASE)
            dialog.unlock_button.click()

        QTimer.singleShot(0, unlock)

    def drive(flow) -> None:
        flow.dialogShown.connect(on_dialog)
        flow.windowShown.connect(on_window)

    real_run_app = ui_app.run_app
    ui_app.run_app = lambda argv: real_run_app(argv, on_start=drive)
    from heartlog.cli import main

    return main([])


def _reader(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line.strip())
    lines.put(None)


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_mid_typing_loses_at_most_the_last_moments(profile):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True)
    reader.start()
    drafts: list[tuple[str, int]] = []
    try:
        while len(drafts) < DRAFTS_BEFORE_KILL:
            line = lines.get(timeout=60)
            assert line is not None, "the app exited before typing"
            if line.startswith("DRAFT "):
                _, entry_id, length = line.split()
                drafts.append((entry_id, int(length)))
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=60)
        reader.join(timeout=60)  # ends at end of output, now that the process is gone
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    from heartlog.core.profiles import unlock

    entry_id, drafted = drafts[-1]
    assert {d[0] for d in drafts} == {entry_id}
    with unlock("Test", PASSPHRASE) as opened:
        assert [e.id for e in opened.recovered] == [entry_id]
        body = opened.journal.get(entry_id).body
        assert opened.journal.drafts() == []
    assert len(body) >= drafted
    assert TEXT.startswith(body)


if __name__ == "__main__" and "--child" in sys.argv:
    sys.exit(_child())
