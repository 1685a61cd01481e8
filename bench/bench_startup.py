"""Start-up and list figures for the HeartLog window (offscreen), against a bare PySide6 window.

Prints, as medians over a few runs started the same way in the same run:
- process start -> bare QMainWindow shown (the baseline),
- process start -> HeartLog's first window (unlock dialog) shown, through the
  ``heartlog`` CLI entry point and directly through ``heartlog.ui.app.run_app``,
- process start -> main window shown after a scripted unlock (test KDF, so the
  deliberately slow passphrase KDF is left out, as DESIGN.md's budget says),
and, in-process, the time to fill the list with 10,000 entries, scroll it end
to end, and filter it live.

Usage: python bench/bench_startup.py [--runs 5] [--entries 10000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PASSPHRASE = "bench passphrase 1"

BARE_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1000, 700)
window.show()
def shown():
    print("SHOWN", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

APP_CHILD = """
import sys
import time
clicked = []
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from heartlog.ui import app as ui_app
PASSPHRASE = {passphrase!r}
def drive(flow):
    def on_dialog(dialog):
        print("DIALOG", flush=True)
        if {stop_at_dialog}:
            QTimer.singleShot(0, QApplication.instance().quit)
            return
        def unlock():
            if {wait_preload} and "heartlog.ui.main_window" not in sys.modules:
                QTimer.singleShot(20, unlock)  # like a person still typing
                return
            clicked.append(time.perf_counter())
            dialog.passphrase.setText(PASSPHRASE)
            dialog.unlock_button.click()
        QTimer.singleShot(0, unlock)
    def on_window(window):
        def shown():
            print(f"UNLOCK_MS {{(time.perf_counter() - clicked[0]) * 1000:.1f}}", flush=True)
            print("MAIN", flush=True)
            window.close()
        QTimer.singleShot(0, shown)
    flow.dialogShown.connect(on_dialog)
    flow.windowShown.connect(on_window)
real = ui_app.run_app
ui_app.run_app = lambda argv, **kw: real(argv, on_start=drive)
if {via_cli}:
    from heartlog.cli import main
    sys.exit(main([]))
sys.exit(ui_app.run_app(sys.argv))
"""


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(SRC) + os.pathsep + env.get("PYTHONPATH", ""),
        QT_QPA_PLATFORM="offscreen",
        HEARTLOG_HOME=str(home),
        HEARTLOG_KDF="fast",
    )
    return env


def time_child(code: str, marker: str, env: dict[str, str]) -> float:
    """Seconds from starting the process until it prints ``marker``."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.strip() == marker:
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"child never printed {marker}")
    finally:
        proc.stdout.close()
        proc.wait(timeout=60)
    return elapsed


def child_figure(code: str, label: str, env: dict[str, str]) -> float:
    """The number a child prints after ``label``."""
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    for line in out.splitlines():
        if line.startswith(label + " "):
            return float(line.split()[1])
    raise RuntimeError(f"child never printed {label}")


def startup(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = child_env(home)
        subprocess.run(
            [
                sys.executable,
                "-c",
                f"from heartlog.core.profiles import create_profile; create_profile('Bench', {PASSPHRASE!r})",
            ],
            env=env,
            check=True,
        )
        cases = {
            "bare PySide6 window": (BARE_CHILD, "SHOWN"),
            "first window via `heartlog` CLI": (
                APP_CHILD.format(
                    passphrase=PASSPHRASE, stop_at_dialog=True, via_cli=True, wait_preload=False
                ),
                "DIALOG",
            ),
            "first window via run_app": (
                APP_CHILD.format(
                    passphrase=PASSPHRASE, stop_at_dialog=True, via_cli=False, wait_preload=False
                ),
                "DIALOG",
            ),
            "main window via `heartlog` CLI": (
                APP_CHILD.format(
                    passphrase=PASSPHRASE, stop_at_dialog=False, via_cli=True, wait_preload=False
                ),
                "MAIN",
            ),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        time_child(BARE_CHILD, "SHOWN", env)  # warm the file cache
        for _ in range(runs):
            for name, (code, marker) in cases.items():
                times[name].append(time_child(code, marker, env))
        unlock_ms = [
            child_figure(
                APP_CHILD.format(
                    passphrase=PASSPHRASE, stop_at_dialog=False, via_cli=True, wait_preload=True
                ),
                "UNLOCK_MS",
                env,
            )
            for _ in range(runs)
        ]
        bare = statistics.median(times["bare PySide6 window"])
        print(f"start-up, median of {runs} runs (offscreen, test KDF):")
        for name, values in times.items():
            med = statistics.median(values)
            print(f"  {name:34s} {med * 1000:7.0f} ms   {med / bare:4.2f}x bare")
        print(
            f"  unlock click -> main window shown, database stack preloaded while typing: "
            f"{statistics.median(unlock_ms):.0f} ms (test KDF)"
        )


def list_figures(n: int) -> None:
    import datetime as dt

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["HEARTLOG_KDF"] = "fast"
    sys.path.insert(0, str(SRC))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HEARTLOG_HOME"] = tmp
        from heartlog.ui.app import create_application

        app = create_application(["bench"])
        from heartlog.core.journal import Entry
        from heartlog.core.profiles import create_profile, unlock
        from heartlog.ui.main_window import MainWindow
        from heartlog.ui.profile_catalog import ProfileInfo
        from heartlog.ui.profile_session import ProfileSession, acquire_window_lock

        profile = create_profile("Bench", PASSPHRASE)
        words = [
            "we",
            "talked",
            "about",
            "money",
            "and",
            "the",
            "holidays",
            "and",
            "I",
            "felt",
            "heard",
            "again",
            "today",
        ]
        start = dt.datetime(2000, 1, 1, 20, tzinfo=dt.UTC)
        with unlock(profile, PASSPHRASE) as op:
            t = time.perf_counter()
            op.journal.add_many(
                Entry(
                    id="",
                    written_at=start + dt.timedelta(hours=20 * i),
                    title=f"Day {i}",
                    body=" ".join(words[(i + k) % len(words)] for k in range(120))
                    + (" tugboat" if i % 100 == 0 else ""),
                    tags=("us",) if i % 3 else ("money", "work"),
                    mood=(i % 5) + 1,
                )
                for i in range(n)
            )
            print(f"\nbuilt a {n:,}-entry journal in {time.perf_counter() - t:.1f} s (add_many)")
        info = ProfileInfo(profile.id, profile.name, profile.folder)

        def settle() -> None:
            for _ in range(3):
                app.processEvents()

        t = time.perf_counter()
        opened = unlock(profile, PASSPHRASE)
        t_unlock = time.perf_counter() - t
        window = MainWindow(ProfileSession(info, acquire_window_lock(info)), opened)
        window.resize(1100, 720)
        window.show()
        settle()
        t_fill = time.perf_counter() - t - t_unlock
        print(
            f"unlock (test KDF) {t_unlock * 1000:.0f} ms; window with the list filled and drawn {t_fill * 1000:.0f} ms"
        )

        bar = window.list_view.verticalScrollBar()
        t = time.perf_counter()
        last_row = window.list_view.model().index(window.model.rowCount() - 1)
        while not window.list_view.visualRect(last_row).isValid() or bar.maximum() == 0:
            app.processEvents()  # the view lays rows out in batches between events
        print(
            f"all {n:,} rows laid out (in batches, while the window stays live) {(time.perf_counter() - t) * 1000:.0f} ms later"
        )
        steps = 200
        per_step: list[float] = []
        for i in range(steps + 1):
            t = time.perf_counter()
            bar.setValue(bar.maximum() * i // steps)
            window.list_view.viewport().repaint()
            per_step.append(time.perf_counter() - t)
        print(
            f"scroll top to bottom in {steps} jumps: median {statistics.median(per_step) * 1000:.1f} ms, "
            f"worst {max(per_step) * 1000:.1f} ms a jump (page fetch + paint)"
        )
        t = time.perf_counter()
        for _ in range(20):
            window.list_view.scrollToTop()
            window.list_view.viewport().repaint()
            window.list_view.scrollToBottom()
            window.list_view.viewport().repaint()
        print(f"top<->bottom flip: {(time.perf_counter() - t) / 40 * 1000:.1f} ms each")

        from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

        # Live filtering as typed: the query runs on a worker; the GUI thread only
        # shows the result. A 2 ms ticker records the longest the event loop stalled.
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        ticker = QTimer()
        ticker.setInterval(2)
        ticker.timeout.connect(tick)
        ticker.start()
        filters: list[float] = []
        for query in (
            "tu",
            "tug",
            "tugboat",
            "mo",
            "mon",
            "money",
            "holidays heard",
            "nothing-matches-this",
            "",
        ):
            gaps_before = len(gaps)
            t = time.perf_counter()
            # Wait like the app does, in Qt's event loop (not a busy processEvents loop).
            loop = QEventLoop()
            window.live_search.applied.connect(loop.quit)
            window.live_search.request(query)
            if window.live_search.busy or window.model.query != query:
                loop.exec()
            window.live_search.applied.disconnect(loop.quit)
            window.list_view.viewport().repaint()
            filters.append(time.perf_counter() - t)
            stall = max(gaps[gaps_before:], default=0.0)
            print(
                f"  filter {query!r:24s} -> {window.model.rowCount():6,d} rows shown in "
                f"{filters[-1] * 1000:6.1f} ms (event loop stalled at most {stall:.0f} ms)"
            )
        ticker.stop()
        print(
            f"filter {n:,} entries while typing: median {statistics.median(filters) * 1000:.1f} ms, "
            f"worst {max(filters) * 1000:.1f} ms; event loop stalled at most {max(gaps):.1f} ms"
        )
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    startup(args.runs)
    list_figures(args.entries)


if __name__ == "__main__":
    main()
