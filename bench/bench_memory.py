"""Memory with a 10,000-entry journal open in the real main window, against a bare window.

Each figure comes from a fresh process (offscreen), read from /proc/self/status
(VmRSS now, VmHWM the peak):

1. the baseline: a bare PySide6 ``QMainWindow`` shown, as in bench_startup.py;
2. HeartLog: a 10,000-entry journal (``sample_journal.py``) unlocked in the
   real ``MainWindow``, whose analysis feature analyses every entry in the
   background (as after an import); then the list is scrolled to its end, a
   search runs, an entry is opened, and the Insights tab draws its week
   (matplotlib). The figures are read after all of that.

Budget (DESIGN.md): <= 250 MB RSS with 10,000 entries open.
Usage: ``python bench/bench_memory.py [--entries 10000]`` (Linux: reads /proc).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "bench passphrase 9"
BUDGET_MB = 250


def memory_mb() -> dict[str, float]:
    """VmRSS and VmHWM of this process, in MB."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024
    return out


def bare_window() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bench"])
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()
    for _ in range(5):
        app.processEvents()
    return memory_mb()


def heartlog_window() -> dict[str, Any]:
    from bench_ui_import import run_until

    from heartlog.core.profile_index import list_profiles
    from heartlog.core.profiles import unlock
    from heartlog.ui.app import create_application
    from heartlog.ui.features.analysis_feature import AnalysisFeature
    from heartlog.ui.main_window import MainWindow
    from heartlog.ui.profile_catalog import ProfileInfo
    from heartlog.ui.profile_session import ProfileSession, acquire_window_lock

    steps = {"imports": memory_mb()["VmRSS"]}
    app = create_application(["heartlog"])
    (profile,) = list_profiles()
    info = ProfileInfo(profile.id, profile.name, profile.folder)
    window = MainWindow(
        ProfileSession(info, acquire_window_lock(info)), unlock(profile, PASSPHRASE)
    )
    window.resize(1100, 720)
    window.show()
    steps["window shown"] = memory_mb()["VmRSS"]
    analysis = window.findChild(AnalysisFeature)
    run_until(lambda: analysis.runs.is_busy(), 60)
    run_until(lambda: not analysis.runs.is_busy(), 1800)
    steps["analysed"] = memory_mb()["VmRSS"]
    model = window.list_view.model()
    window.list_view.scrollToBottom()
    run_until(lambda: model.rowCount() > 0, 30)
    window.list_view.scrollToTop()
    window.search_bar.field.setText("money")
    run_until(lambda: window.search_bar.count_label.text() != "" and model.searching, 30)
    window.search_bar.field.clear()
    app.processEvents()
    window.list_view.setCurrentIndex(model.index(0, 0))
    steps["list, search, entry"] = memory_mb()["VmRSS"]
    page = window.insights_page
    shown: list[str] = []
    window.tabs.setCurrentIndex(page.index)
    run_until(lambda: page.view is not None, 30)
    page.view.weekShown.connect(shown.append)
    page.view.refresh()
    run_until(lambda: bool(shown), 120)
    for _ in range(5):
        app.processEvents()
    figures: dict[str, object] = dict(memory_mb())
    figures["rows"] = model.rowCount()
    figures["steps"] = steps
    window.close()
    return figures


def build_journal(entries: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from sample_journal import entries as sample_entries

    from heartlog.core.journal import Entry
    from heartlog.core.profiles import create_profile, unlock

    profile = create_profile("Bench", PASSPHRASE)
    with unlock(profile, PASSPHRASE) as opened:
        opened.journal.add_many(
            Entry(id="", written_at=w, title=t, body=b, tags=tuple(g))
            for w, t, b, g in sample_entries(entries)
        )


def child(what: str, env: dict[str, str], entries: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", what, "--entries", str(entries)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{what} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--child", choices=("bare", "heartlog", "build"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    if args.child:
        if args.child == "build":
            build_journal(args.entries)
            print(json.dumps({}))
        else:
            print(json.dumps(bare_window() if args.child == "bare" else heartlog_window()))
        return 0
    with tempfile.TemporaryDirectory(prefix="heartlog-bench-memory-") as home:
        env = dict(os.environ, HEARTLOG_HOME=home, HEARTLOG_KDF="fast")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        child("build", env, args.entries)
        bare = child("bare", env, args.entries)
        ours = child("heartlog", env, args.entries)
    print(f"bench_memory: {int(ours['rows']):,} entries in the list, analysed, Insights drawn")
    print(
        f"  bare PySide6 window (baseline): RSS {bare['VmRSS']:.0f} MB, peak {bare['VmHWM']:.0f} MB"
    )
    print(
        f"  HeartLog main window:           RSS {ours['VmRSS']:.0f} MB, peak {ours['VmHWM']:.0f} MB"
    )
    print(
        "  RSS after each step: " + ", ".join(f"{k} {v:.0f} MB" for k, v in ours["steps"].items())
    )
    print(f"  ratio to the bare window:       {ours['VmRSS'] / bare['VmRSS']:.2f}x RSS")
    verdict = "within" if ours["VmRSS"] <= BUDGET_MB else "OVER"
    print(f"  {ours['VmRSS']:.0f} MB RSS: {verdict} the {BUDGET_MB} MB budget")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
