"""The words on the insight charts, English by default; the UI passes translated ones."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

ENGLISH_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ENGLISH_THEMES = {
    "money": "Money",
    "chores": "Chores",
    "family": "Family",
    "work": "Work",
    "affection": "Affection",
    "communication": "Communication",
    "parenting": "Parenting",
    "trust": "Trust",
    "plans": "Plans",
    "health": "Health",
}


def english_number(value: float) -> str:
    """1 decimal at most, no trailing zero: 3.0 -> "3", 2.45 -> "2.5"."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class ChartLabels:
    """Every string drawn on the charts. ``{value}`` fields are filled with ``number()``."""

    mood_title: str = "How each day felt"
    mood_this_week: str = "This week, from your words"
    mood_last_week: str = "Last week"
    mood_rating: str = "Your mood rating"
    mood_good: str = "Good"
    mood_mixed: str = "Mixed"
    mood_hard: str = "Difficult"
    weekdays: tuple[str, ...] = ENGLISH_WEEKDAYS
    ratio_title: str = "Good moments for each difficult one"
    ratio_this_week: str = "This week"
    ratio_last_week: str = "Last week"
    ratio_value: str = "{value} to 1"
    ratio_only_good: str = "only good moments"
    ratio_only_hard: str = "no good moments"
    ratio_nothing: str = "nothing written"
    ratio_reference: str = "5 to 1: a healthy balance"
    themes_title: str = "What came up"
    themes_hard: str = "in difficult moments"
    themes_good: str = "in good moments"
    practices_title: str = "Practices you wrote about"
    practices_none: str = "No entries from prompts this week"
    empty_week: str = "No entries this week yet"
    theme_names: Mapping[str, str] = field(default_factory=lambda: dict(ENGLISH_THEMES))
    practice_names: Mapping[str, str] = field(default_factory=dict)
    number: Callable[[float], str] = english_number

    def theme(self, theme_id: str, fallback: str = "") -> str:
        return self.theme_names.get(theme_id) or fallback or theme_id

    def practice(self, practice_id: str, fallback: str = "") -> str:
        return self.practice_names.get(practice_id) or fallback or practice_id

    def ratio_text(self, value: float) -> str:
        return self.ratio_value.format(value=self.number(value))


def english_labels() -> ChartLabels:
    """English labels with the practice names of the prompt catalogue."""
    from heartlog.core.prompt_catalogue import load_catalogue

    catalogue = load_catalogue()
    return ChartLabels(practice_names={p.id: p.name for p in catalogue.practices})
