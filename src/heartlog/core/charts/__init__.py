"""The weekly insight charts and exports, shared by the dashboard and the CLI.

Importing this package is cheap: matplotlib is imported only by the modules
that draw (``figures``, ``text_pages`` and ``heartlog.core.insight_export``).
The package points matplotlib's font cache into HeartLog's data folder before
any of them can import it.

- ``ChartTheme``: colours and font sizes (light/dark defaults, or the UI's palette).
- ``ChartLabels``: every word on the charts (English defaults, translated by the UI).
- ``chart_data``: what each chart plots (``mood_series``, ``ratio_bars``, ...).
- ``figures.draw_charts(fig, insights, theme, labels)``: the charts on a Figure.
- ``report_text.WeekReport``: the words of an export; ``english_report(insights)``.
"""

from __future__ import annotations

from heartlog.core.charts.chart_data import (
    CHART_KINDS,
    MoodSeries,
    PracticeBar,
    RatioBars,
    ThemeBar,
    charts_with_data,
    mood_series,
    practice_bars,
    ratio_bars,
    theme_bars,
)
from heartlog.core.charts.labels import ChartLabels, english_labels
from heartlog.core.charts.mpl_home import use_private_config_dir
from heartlog.core.charts.report_text import PatternText, WeekReport, english_report
from heartlog.core.charts.theme import ChartTheme

use_private_config_dir()

__all__ = [
    "CHART_KINDS",
    "ChartLabels",
    "ChartTheme",
    "MoodSeries",
    "PatternText",
    "PracticeBar",
    "RatioBars",
    "ThemeBar",
    "WeekReport",
    "charts_with_data",
    "english_labels",
    "english_report",
    "mood_series",
    "practice_bars",
    "ratio_bars",
    "theme_bars",
]
