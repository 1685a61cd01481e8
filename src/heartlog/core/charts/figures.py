"""The weekly insight charts drawn on matplotlib Figures (Agg, PDF or a Qt canvas; never pyplot).

``draw_charts(fig, insights, theme, labels)`` fills a Figure (or SubFigure)
with the charts worth drawing for the week: how each day felt on top, then
the good-to-difficult ratio, the themes and the practices side by side.
Every axes carries its chart kind as ``gid``, so tests and tools find them.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure, FigureBase

from heartlog.core.analysis.insight_data import Ratio, WeeklyInsights
from heartlog.core.charts.chart_data import (
    MOOD,
    PRACTICES,
    RATIO,
    THEMES,
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
from heartlog.core.charts.labels import ChartLabels
from heartlog.core.charts.theme import ChartTheme

RATIO_AXIS_MIN = 6.0  # the 5:1 line always shows with some room
RATIO_AXIS_MAX = 10.0  # longer bars are cut here and keep their number
BAND_ALPHA = 0.08
# Average glyph widths in ems (DejaVu Sans), rounded up so wrapping errs early.
CHAR_WIDTH_EM = 0.55
BOLD_CHAR_WIDTH_EM = 0.63


def new_figure(width_in: float, height_in: float, theme: ChartTheme, dpi: float = 100.0) -> Figure:
    """An empty Figure with the theme's background and constrained layout."""
    return Figure(
        figsize=(width_in, height_in), dpi=dpi, facecolor=theme.background, layout="constrained"
    )


def wrap_for(text: str, width_in: float, font_size: float, bold: bool = False) -> str:
    """``text`` wrapped to lines that fit ``width_in`` inches at ``font_size`` points,
    as even in length as the same number of lines allows (no lone last word)."""
    em = BOLD_CHAR_WIDTH_EM if bold else CHAR_WIDTH_EM
    chars = max(8, int(width_in * 72 / (font_size * em)))
    lines = textwrap.wrap(text, chars)
    if len(lines) > 1:
        for width in range(math.ceil(len(text) / len(lines)), chars):
            even = textwrap.wrap(text, width)
            if len(even) <= len(lines):
                lines = even
                break
    return "\n".join(lines) or text


def _style(ax: Axes, theme: ChartTheme, kind: str) -> None:
    ax.set_gid(kind)
    ax.set_facecolor(theme.background)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=theme.text, labelsize=theme.font_size, length=0)


def _title(ax: Axes, text: str, theme: ChartTheme, width_in: float) -> None:
    """The chart's title at the left edge of its own cell (its subfigure), not of the axes."""
    ax.figure.suptitle(
        wrap_for(text, width_in * 0.95, theme.title_size, bold=True),
        x=0.01,
        ha="left",
        fontsize=theme.title_size,
        fontweight="bold",
        color=theme.text,
        parse_math=False,
    )


def _legend(ax: Axes, theme: ChartTheme, ncol: int, order: Sequence[int] | None = None) -> None:
    handles, texts = ax.get_legend_handles_labels()
    if order is not None:
        handles, texts = [handles[i] for i in order], [texts[i] for i in order]
    legend = ax.legend(
        handles,
        texts,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.08),
        ncol=ncol,
        frameon=False,
        fontsize=theme.font_size * 0.9,
        labelcolor=theme.text,
        handlelength=1.8,
        columnspacing=1.4,
    )
    legend.set_gid(f"{ax.get_gid()}-legend")


def _nan(values: Sequence[float | None]) -> list[float]:
    return [math.nan if v is None else v for v in values]


def draw_mood(
    ax: Axes, s: MoodSeries, theme: ChartTheme, labels: ChartLabels, width_in: float
) -> None:
    """Mean entry score per day (-1..1) this and last week, with the self-rated mood."""
    _style(ax, theme, MOOD)
    _title(ax, labels.mood_title, theme, width_in)
    days = list(range(7))
    ax.axhspan(0, 1.15, color=theme.positive, alpha=BAND_ALPHA, lw=0)
    ax.axhspan(-1.15, 0, color=theme.negative, alpha=BAND_ALPHA, lw=0)
    ax.axhline(0, color=theme.grid, lw=1, zorder=1)
    entries = 1
    order = [0]
    if s.has_last_week:
        ax.plot(
            days,
            _nan(s.last_week),
            ls="--",
            lw=1.5,
            marker="o",
            ms=4,
            color=theme.muted,
            label=labels.mood_last_week,
            gid="mood-last-week",
            zorder=2,
        )
        entries += 1
        order = [1, 0]
    ax.plot(
        days,
        _nan(s.this_week),
        lw=2.6,
        marker="o",
        ms=8,
        color=theme.accent,
        label=labels.mood_this_week,
        gid="mood-this-week",
        zorder=4,
    )
    if any(v is not None for v in s.rating):
        ax.plot(
            days,
            _nan(s.rating),
            ls="none",
            marker="D",
            ms=8,
            mfc="none",
            mew=2,
            color=theme.rating,
            label=labels.mood_rating,
            gid="mood-rating",
            zorder=5,
        )
        entries += 1
        order.append(len(order))
    ax.set_xlim(-0.4, 6.4)
    ax.set_ylim(-1.15, 1.15)
    ax.set_xticks(days, list(labels.weekdays[:7]))
    for tick, count in zip(ax.get_xticklabels(), s.entries, strict=True):
        if count == 0:
            tick.set_color(theme.muted)
    ax.set_yticks([-1, 0, 1], [labels.mood_hard, labels.mood_mixed, labels.mood_good])
    for tick, colour in zip(
        ax.get_yticklabels(), (theme.negative, theme.muted, theme.positive), strict=True
    ):
        tick.set_color(colour)
    _legend(ax, theme, entries, order)


def _ratio_length(r: Ratio, cap: float) -> tuple[float, str | None]:
    """How long the bar is, and the words beside it when a number would mislead."""
    if r.positive == 0 and r.negative == 0:
        return 0.0, "nothing"
    if r.negative == 0:
        return cap, "only_good"
    if r.positive == 0:
        return 0.0, "only_hard"
    return min(r.positive / r.negative, cap), None


def draw_ratio(
    ax: Axes, bars: RatioBars, theme: ChartTheme, labels: ChartLabels, width_in: float
) -> None:
    """Good sentences for each difficult one, this week and last, against 5 to 1."""
    _style(ax, theme, RATIO)
    _title(ax, labels.ratio_title, theme, width_in)
    rows = [(labels.ratio_this_week, bars.this_week, theme.accent)]
    if bars.last_week.positive + bars.last_week.negative > 0:
        rows.append((labels.ratio_last_week, bars.last_week, theme.muted))
    values = [r.value for _, r, _ in rows if r.value is not None]
    cap = min(RATIO_AXIS_MAX, max([RATIO_AXIS_MIN, *(math.ceil(v) + 1 for v in values)]))
    words = {
        "nothing": labels.ratio_nothing,
        "only_good": labels.ratio_only_good,
        "only_hard": labels.ratio_only_hard,
    }
    ys = list(range(len(rows)))[::-1]
    for y, (_name, r, colour) in zip(ys, rows, strict=True):
        length, special = _ratio_length(r, cap)
        ax.barh(y, length, height=0.55, color=colour, gid=f"ratio-bar-{len(rows) - 1 - y}")
        text = words[special] if special else labels.ratio_text(r.value or 0.0)
        inside = length > cap * 0.6
        ax.text(
            length - cap * 0.02 if inside else length + cap * 0.02,
            y,
            text,
            va="center",
            ha="right" if inside else "left",
            color=theme.background if inside else theme.text,
            fontsize=theme.font_size,
            fontweight="bold",
            parse_math=False,
        )
    ax.axvline(
        bars.this_week.reference,
        color=theme.reference,
        ls="--",
        lw=1.8,
        label=labels.ratio_reference,
        gid="ratio-reference",
    )
    ax.set_xlim(0, cap * 1.04)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    ax.set_yticks(ys, [name for name, _, _ in rows])
    ax.set_xticks([])
    _legend(ax, theme, 1)


def draw_themes(
    ax: Axes, bars: Sequence[ThemeBar], theme: ChartTheme, labels: ChartLabels, width_in: float
) -> None:
    """Per theme: mentions in difficult moments to the left, in good moments to the right."""
    _style(ax, theme, THEMES)
    _title(ax, labels.themes_title, theme, width_in)
    ys = list(range(len(bars)))[::-1]
    negatives = [-b.negative for b in bars]
    positives = [b.positive for b in bars]
    ax.barh(ys, negatives, height=0.6, color=theme.negative, label=labels.themes_hard)
    ax.barh(ys, positives, height=0.6, color=theme.positive, label=labels.themes_good)
    widest = max([1, *(b.negative for b in bars), *(b.positive for b in bars)])
    room = widest * 0.12 + 0.1
    for y, b in zip(ys, bars, strict=True):
        if b.negative:
            ax.text(
                -b.negative - room * 0.3,
                y,
                str(b.negative),
                ha="right",
                va="center",
                color=theme.text,
                fontsize=theme.font_size,
            )
        if b.positive:
            ax.text(
                b.positive + room * 0.3,
                y,
                str(b.positive),
                ha="left",
                va="center",
                color=theme.text,
                fontsize=theme.font_size,
            )
    ax.axvline(0, color=theme.grid, lw=1.2)
    ax.set_xlim(-(widest + 2 * room), widest + 2 * room)
    ax.set_ylim(-0.6, len(bars) - 0.4)
    ax.set_yticks(ys, [labels.theme(b.theme, b.label) for b in bars])
    ax.set_xticks([])
    _legend(ax, theme, 2)


def draw_practices(
    ax: Axes,
    bars: Sequence[PracticeBar],
    theme: ChartTheme,
    labels: ChartLabels,
    width_in: float,
) -> None:
    """Entries written from prompts, per practice; each name above its bar."""
    _style(ax, theme, PRACTICES)
    _title(ax, labels.practices_title, theme, width_in)
    names = [
        wrap_for(labels.practice(b.practice, b.name), width_in * 0.8, theme.font_size) for b in bars
    ]
    lines = max(n.count("\n") + 1 for n in names)
    step = 1.0 + 0.45 * lines
    counts = [b.entries for b in bars]
    ys = [step * (len(bars) - 1 - i) for i in range(len(bars))]
    ax.barh(ys, counts, height=0.55, color=theme.accent, gid="practice-bars")
    widest = max(counts)
    for y, n, name in zip(ys, counts, names, strict=True):
        ax.text(
            n + widest * 0.03,
            y,
            str(n),
            va="center",
            ha="left",
            color=theme.text,
            fontsize=theme.font_size,
            fontweight="bold",
        )
        ax.text(
            0,
            y + 0.36,
            name,
            va="bottom",
            ha="left",
            color=theme.text,
            fontsize=theme.font_size,
            parse_math=False,
        )
    ax.set_xlim(0, widest * 1.15)
    ax.set_ylim(-0.5, ys[0] + 0.4 + 0.45 * lines)
    ax.set_yticks([])
    ax.set_xticks([])


def draw_message(fig: FigureBase, text: str, theme: ChartTheme) -> None:
    """A friendly sentence in place of charts (no axes at all)."""
    width_in = fig.figure.get_figwidth() * 0.8
    fig.text(
        0.5,
        0.5,
        wrap_for(text, width_in, theme.title_size),
        ha="center",
        va="center",
        fontsize=theme.title_size,
        color=theme.muted,
        parse_math=False,
        gid="message",
    )


def draw_charts(
    fig: FigureBase,
    insights: WeeklyInsights,
    theme: ChartTheme,
    labels: ChartLabels,
    columns: int = 3,
    width_in: float | None = None,
) -> dict[str, Axes]:
    """The week's charts on ``fig``: the mood chart across the top, the others below in
    up to ``columns`` columns, each in its own subfigure (so a chart's labels never take
    room from its neighbours). Charts without data are left out; with none, a message."""
    kinds = charts_with_data(insights)
    if not kinds:
        draw_message(fig, labels.empty_week, theme)
        return {}
    full = width_in or fig.figure.get_figwidth()
    others = [k for k in kinds if k != MOOD]
    columns = max(1, min(columns, len(others))) if others else 1
    bottom_rows = math.ceil(len(others) / columns) if others else 0
    axes: dict[str, Axes] = {}
    if MOOD in kinds and others:
        top, bottom = fig.subfigures(2, 1, height_ratios=[1.25, bottom_rows], hspace=0.04)
    elif MOOD in kinds:
        top, bottom = fig, None
    else:
        top, bottom = None, fig
    if top is not None:
        axes[MOOD] = top.add_subplot()
        draw_mood(axes[MOOD], mood_series(insights), theme, labels, full)
    if bottom is None:
        return axes
    cells = bottom.subfigures(bottom_rows, columns, squeeze=False, wspace=0.04, hspace=0.04)
    cell_in = full / columns
    for i, kind in enumerate(others):
        ax = cells[i // columns][i % columns].add_subplot()
        axes[kind] = ax
        if kind == RATIO:
            draw_ratio(ax, ratio_bars(insights), theme, labels, cell_in)
        elif kind == THEMES:
            draw_themes(ax, theme_bars(insights), theme, labels, cell_in)
        else:
            draw_practices(ax, practice_bars(insights), theme, labels, cell_in)
    return axes


def dashboard_figure(
    insights: WeeklyInsights,
    theme: ChartTheme | None = None,
    labels: ChartLabels | None = None,
    size_in: tuple[float, float] = (10.0, 6.4),
    dpi: float = 100.0,
    columns: int = 3,
) -> Figure:
    """A new Figure with the week's charts (what the dashboard shows)."""
    theme = theme or ChartTheme.light()
    fig = new_figure(size_in[0], size_in[1], theme, dpi)
    draw_charts(fig, insights, theme, labels or ChartLabels(), columns)
    return fig
