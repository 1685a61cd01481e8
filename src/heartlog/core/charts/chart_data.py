"""What each insight chart plots, taken from ``WeeklyInsights`` (pure data, no matplotlib).

The figures draw exactly these series, and tests and the UI read them from
here, so what is shown and what is checked cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from heartlog.core.analysis.insight_data import Ratio, WeeklyInsights

MOOD = "mood"
RATIO = "ratio"
THEMES = "themes"
PRACTICES = "practices"
CHART_KINDS = (MOOD, RATIO, THEMES, PRACTICES)
MAX_THEMES = 6
MAX_PRACTICES = 6


def rating_on_score_scale(mood: float) -> float:
    """A 1-5 self-rated mood on the -1..1 scale of entry scores (3 -> 0, 5 -> 1)."""
    return (mood - 3.0) / 2.0


@dataclass(frozen=True)
class MoodSeries:
    """Monday..Sunday: mean entry score this and last week, and the self-rated mood."""

    this_week: tuple[float | None, ...]
    last_week: tuple[float | None, ...]
    rating: tuple[float | None, ...]  # on the -1..1 scale
    entries: tuple[int, ...]

    @property
    def has_data(self) -> bool:
        return any(v is not None for v in self.this_week + self.rating)

    @property
    def has_last_week(self) -> bool:
        return any(v is not None for v in self.last_week)


@dataclass(frozen=True)
class RatioBars:
    this_week: Ratio
    last_week: Ratio

    @property
    def has_data(self) -> bool:
        return self.this_week.positive + self.this_week.negative > 0


@dataclass(frozen=True)
class ThemeBar:
    theme: str
    label: str
    positive: int
    negative: int


@dataclass(frozen=True)
class PracticeBar:
    practice: str
    name: str
    entries: int


def mood_series(w: WeeklyInsights) -> MoodSeries:
    return MoodSeries(
        this_week=tuple(d.mean for d in w.days),
        last_week=tuple(d.mean for d in w.previous_days),
        rating=tuple(None if d.mood is None else rating_on_score_scale(d.mood) for d in w.days),
        entries=tuple(d.entries for d in w.days),
    )


def ratio_bars(w: WeeklyInsights) -> RatioBars:
    return RatioBars(w.ratio, w.previous_ratio)


def theme_bars(w: WeeklyInsights, limit: int = MAX_THEMES) -> tuple[ThemeBar, ...]:
    """Themes named in good or difficult moments, most mentioned first."""
    bars = [
        ThemeBar(t.theme, t.label, t.positive, t.negative)
        for t in w.themes
        if t.positive + t.negative > 0
    ]
    bars.sort(key=lambda b: (-(b.positive + b.negative), -b.negative, b.theme))
    return tuple(bars[:limit])


def practice_bars(w: WeeklyInsights, limit: int = MAX_PRACTICES) -> tuple[PracticeBar, ...]:
    bars = sorted(
        (PracticeBar(p.practice, p.name, p.entries) for p in w.practices),
        key=lambda b: (-b.entries, b.practice),
    )
    return tuple(bars[:limit])


def charts_with_data(w: WeeklyInsights) -> tuple[str, ...]:
    """The charts worth drawing for this week, in dashboard order (never an empty chart)."""
    if w.entries == 0:
        return ()
    kinds = []
    if mood_series(w).has_data:
        kinds.append(MOOD)
    if ratio_bars(w).has_data:
        kinds.append(RATIO)
    if theme_bars(w):
        kinds.append(THEMES)
    if practice_bars(w):
        kinds.append(PRACTICES)
    return tuple(kinds)
