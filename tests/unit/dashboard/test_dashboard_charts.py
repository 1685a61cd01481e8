"""The chart data and the figures drawn from a week's insights (core, no Qt)."""

from __future__ import annotations

import dataclasses
import math

import pytest
from dashboard_week_fixture import WEEK, fill_week_journal
from matplotlib.backends.backend_agg import FigureCanvasAgg

from heartlog.core.analysis import AnalysisStore, WeeklyInsights
from heartlog.core.charts import (
    ChartLabels,
    ChartTheme,
    charts_with_data,
    mood_series,
    practice_bars,
    ratio_bars,
    theme_bars,
)
from heartlog.core.charts.chart_data import rating_on_score_scale
from heartlog.core.charts.figures import dashboard_figure, wrap_for


@pytest.fixture
def week(journal) -> WeeklyInsights:
    fill_week_journal(journal)
    return AnalysisStore(journal).weekly_insights(WEEK)


@pytest.fixture
def empty_week(journal) -> WeeklyInsights:
    fill_week_journal(journal)
    return AnalysisStore(journal).weekly_insights("2026-W45")


def _axes(fig):
    return {ax.get_gid(): ax for ax in fig.axes}


def test_chart_data_follows_the_insights(week) -> None:
    assert week.entries == 5
    s = mood_series(week)
    assert s.entries == (1, 1, 0, 1, 0, 1, 1)
    assert s.this_week == tuple(d.mean for d in week.days)
    assert s.rating == (-0.5, 0.0, None, -1.0, None, 1.0, 0.5)  # moods 2, 3, 1, 5, 4
    assert s.has_last_week
    assert rating_on_score_scale(5) == 1.0 and rating_on_score_scale(1) == -1.0
    r = ratio_bars(week)
    assert r.this_week == week.ratio and r.last_week == week.previous_ratio
    themes = theme_bars(week)
    assert themes[0].theme == "money" and themes[0].negative >= 2
    assert all(t.positive + t.negative > 0 for t in themes)
    assert {(p.practice, p.entries) for p in practice_bars(week)} == {
        ("active_listening", 1),
        ("connection_time", 1),
    }
    assert charts_with_data(week) == ("mood", "ratio", "themes", "practices")


def test_figure_draws_exactly_that_data(week) -> None:
    fig = dashboard_figure(week)
    FigureCanvasAgg(fig).draw()
    axes = _axes(fig)
    assert set(axes) == {"mood", "ratio", "themes", "practices"}
    lines = {line.get_gid(): line for line in axes["mood"].get_lines()}
    this_week = [None if math.isnan(y) else y for y in lines["mood-this-week"].get_ydata()]
    assert this_week == [d.mean for d in week.days]
    assert [t.get_text() for t in axes["mood"].get_xticklabels()] == list(ChartLabels().weekdays)
    reference = lines_by_gid(axes["ratio"])["ratio-reference"]
    assert list(reference.get_xdata()) == [5.0, 5.0]
    ratio_texts = [t.get_text() for t in axes["ratio"].texts]
    assert "1 to 1" in ratio_texts  # 4 good sentences, 4 difficult ones
    theme_labels = [t.get_text() for t in axes["themes"].get_yticklabels()]
    assert theme_labels[0] == "Money"
    practice_texts = {t.get_text() for t in axes["practices"].texts}
    assert {"1"} <= practice_texts


def lines_by_gid(ax) -> dict:
    return {line.get_gid(): line for line in ax.get_lines()}


def test_translated_labels_and_theme_colours_are_used(week) -> None:
    labels = ChartLabels(
        mood_title="Wie sich jeder Tag anfühlte",
        weekdays=("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
        theme_names={"money": "Geld"},
        practice_names={"active_listening": "Aktives Zuhören"},
        number=lambda v: f"{v:.1f}".replace(".", ","),
        ratio_value="{value} zu 1",
    )
    theme = ChartTheme.dark_default()
    fig = dashboard_figure(week, theme, labels)
    FigureCanvasAgg(fig).draw()
    axes = _axes(fig)
    assert [t.get_text() for t in axes["mood"].get_xticklabels()] == list(labels.weekdays)
    assert axes["mood"].figure._suptitle.get_text() == "Wie sich jeder Tag anfühlte"
    assert "Geld" in [t.get_text() for t in axes["themes"].get_yticklabels()]
    assert any("Aktives Zuhören" in t.get_text() for t in axes["practices"].texts)
    assert "1,0 zu 1" in [t.get_text() for t in axes["ratio"].texts]
    assert fig.get_facecolor()[:3] == pytest.approx((0x1E / 255, 0x1F / 255, 0x22 / 255))


def test_empty_week_has_a_message_and_no_axes(empty_week) -> None:
    assert empty_week.entries == 0
    assert charts_with_data(empty_week) == ()
    fig = dashboard_figure(empty_week)
    FigureCanvasAgg(fig).draw()
    assert fig.axes == []
    assert [t.get_text() for t in fig.texts] == [ChartLabels().empty_week]


def test_sparse_week_draws_what_it_has(journal) -> None:
    fill_week_journal(journal)
    w = AnalysisStore(journal).weekly_insights("2026-W44")
    assert w.entries == 1
    kinds = charts_with_data(w)
    assert "mood" in kinds and "practices" not in kinds
    fig = dashboard_figure(w)
    FigureCanvasAgg(fig).draw()
    assert {ax.get_gid() for ax in fig.axes} == set(kinds)


def test_text_with_dollar_signs_is_not_maths(week) -> None:
    labels = ChartLabels(theme_names={"money": "$5 and $6 on money"})
    fig = dashboard_figure(week, labels=labels)
    FigureCanvasAgg(fig).draw()  # mathtext would fail or eat the dollars
    assert "$5 and $6 on money" in [t.get_text() for t in _axes(fig)["themes"].get_yticklabels()]


def test_last_week_without_entries_leaves_its_line_out(week) -> None:
    quiet = dataclasses.replace(
        week,
        previous_days=tuple(
            dataclasses.replace(d, mean=None, mood=None, entries=0) for d in week.previous_days
        ),
    )
    fig = dashboard_figure(quiet)
    assert "mood-last-week" not in lines_by_gid(_axes(fig)["mood"])


def test_wrapping_is_even_and_never_splits_words() -> None:
    text = "Good moments for each difficult one"
    lines = wrap_for(text, 2.5, 12, bold=True).split("\n")
    assert " ".join(lines) == text and len(lines) == 2
    assert abs(len(lines[0]) - len(lines[1])) <= 6
    assert wrap_for("short", 5, 10) == "short"
