"""How long one week of the insight dashboard takes to prepare and to draw.

Prints, for a realistic journal (``dashboard_journal.py``: a year of a
couple's entries, the last week scripted):

1. Week preparation in core: the first time (analysing the six-week window,
   VADER loaded), then with the analysis cached but not the week ("cold"),
   then from the insight cache.
2. Drawing the week's dashboard figures: build + draw on Agg, against a bare
   matplotlib figure of the same size (one axes, one 7-point line) drawn in
   the same run, as absolute ms and as a ratio (budget: <= 300 ms a week).
3. The same through the Qt widgets (offscreen): the chart canvas
   (FigureCanvasQTAgg: rebuild, Agg draw, paint) against a bare figure in a
   FigureCanvasQTAgg, and the whole week page of the DashboardView (summary,
   key figures, pattern cards, charts) until painted.

Medians over interleaved rounds. Run from the checkout:
``python bench/bench_dashboard.py [--weeks 52] [--rounds 15]``.
The profile uses the fast test KDF (unlocking is not measured here).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HEARTLOG_KDF"] = "fast"

PASSPHRASE = "bench passphrase 1"
SIZE_PX = (1000, 630)  # the dashboard's charts at a typical window width
DPI = 100


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def medians(rounds: int, **runs: Callable[[], object]) -> dict[str, float]:
    """Interleaved rounds of each run; the median seconds of each (after one warm-up)."""
    for fn in runs.values():
        fn()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, fn in runs.items():
            times[name].append(timed(fn))
    return {name: statistics.median(t) for name, t in times.items()}


def import_time() -> float:
    """A fresh process importing the chart modules (what the first showing pays)."""
    code = (
        "import time, sys; t = time.perf_counter();"
        "import heartlog.core.charts.figures, matplotlib.backends.backend_qtagg;"
        "print(time.perf_counter() - t)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=52, help="weeks of history (default 52)")
    parser.add_argument("--rounds", type=int, default=15, help="timed rounds (default 15)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as home:
        os.environ["HEARTLOG_HOME"] = home
        import dashboard_journal as dj

        from heartlog.core.analysis import AnalysisStore
        from heartlog.core.profiles import create_profile, unlock

        profile = create_profile("Bench", PASSPHRASE)
        with unlock(profile, PASSPHRASE) as opened:
            n = dj.fill_journal(opened.journal, weeks=args.weeks)
            print(f"journal: {n} entries over {args.weeks + 1} weeks; week {dj.FOCUS_WEEK}")
            print(f"first import of the chart modules (fresh process): {ms(import_time())}")

            store = AnalysisStore(opened.journal)
            first = timed(lambda: store.weekly_insights(dj.FOCUS_WEEK))

            def cold() -> object:
                store.invalidate_insights()
                return store.weekly_insights(dj.FOCUS_WEEK)

            prep = medians(
                args.rounds,
                cold=cold,
                cached=lambda: store.weekly_insights(dj.FOCUS_WEEK),
            )
            week = store.weekly_insights(dj.FOCUS_WEEK)
            print()
            print("week preparation (core, AnalysisStore.weekly_insights):")
            print(f"  first time, analysing the 6-week window: {ms(first)}")
            print(f"  cold (analysis cached, week not):        {ms(prep['cold'])}")
            print(f"  from the insight cache:                  {ms(prep['cached'])}")

            agg = bench_agg(week, args.rounds)
            qt = bench_qt(opened.journal, week, dj, args.rounds)
    print()
    print(f"drawing one week ({SIZE_PX[0]}x{SIZE_PX[1]} px), median of {args.rounds}:")
    rows = [
        ("Agg: build + draw the dashboard figures", agg["dashboard"], agg["bare"]),
        ("Qt: chart canvas rebuilt, drawn, painted", qt["canvas"], qt["bare"]),
        ("Qt: the whole week page until painted", qt["page"], qt["bare"]),
    ]
    for label, value, bare in rows:
        print(f"  {label:<44} {ms(value):>10}  ({value / bare:.1f}x a bare figure)")
    print(
        f"  bare figure, Agg: {ms(agg['bare'])}; bare figure, FigureCanvasQTAgg: {ms(qt['bare'])}"
    )
    worst = max(agg["dashboard"], qt["canvas"], qt["page"])
    verdict = "within" if worst <= 0.3 else "OVER"
    print(f"budget: a week draws in <= 300 ms: {verdict} (slowest {ms(worst)})")
    return 0


def bench_agg(week: object, rounds: int) -> dict[str, float]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from heartlog.core.charts import ChartTheme, english_labels
    from heartlog.core.charts.figures import dashboard_figure

    theme, labels = ChartTheme.light(), english_labels()
    size_in = (SIZE_PX[0] / DPI, SIZE_PX[1] / DPI)

    def dashboard() -> None:
        FigureCanvasAgg(dashboard_figure(week, theme, labels, size_in, DPI)).draw()

    def bare() -> None:
        fig = Figure(figsize=size_in, dpi=DPI)
        fig.add_subplot().plot(range(7), [0.1, 0.3, -0.2, 0.4, 0.0, 0.5, 0.2])
        FigureCanvasAgg(fig).draw()

    return medians(rounds, dashboard=dashboard, bare=bare)


def bench_qt(journal: object, week: object, dj: object, rounds: int) -> dict[str, float]:
    import datetime as dt

    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QApplication

    from heartlog.ui.dashboard import DashboardView
    from heartlog.ui.dashboard.chart_canvas import ChartCanvas
    from heartlog.ui.dashboard.chart_theme import chart_labels, chart_theme

    app = QApplication.instance() or QApplication(["bench"])
    canvas = ChartCanvas()
    canvas.resize(*SIZE_PX)
    canvas.show()
    theme, labels = chart_theme(), chart_labels()

    def rebuild_and_paint() -> None:
        canvas.show_week(week, theme, labels)  # schedules a draw (draw_idle)
        canvas.repaint()  # paints now, drawing on Agg first

    bare = FigureCanvasQTAgg(Figure(figsize=(SIZE_PX[0] / DPI, SIZE_PX[1] / DPI), dpi=DPI))
    bare.resize(*SIZE_PX)
    bare.show()

    def bare_paint() -> None:
        bare.figure.clear()
        bare.figure.add_subplot().plot(range(7), [0.1, 0.3, -0.2, 0.4, 0.0, 0.5, 0.2])
        bare.draw()
        bare.repaint()

    sunday = dj.FOCUS_MONDAY + dt.timedelta(days=6)
    view = DashboardView(journal, today=lambda: sunday)
    view.resize(SIZE_PX[0] + 40, 1000)
    shown: list[str] = []
    view.weekShown.connect(shown.append)
    view.show()
    while not shown:
        app.processEvents()

    def page() -> None:
        view._display()  # what happens when a prepared week arrives
        view.repaint()  # the page and its children
        view.canvas.repaint()  # (in case the page's repaint left it for later) draws on Agg
        assert not view.canvas._draw_pending

    result = medians(rounds, canvas=rebuild_and_paint, bare=bare_paint, page=page)
    view.close()
    return result


if __name__ == "__main__":
    raise SystemExit(main())
