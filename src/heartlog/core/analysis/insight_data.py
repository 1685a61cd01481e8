"""The weekly insight data (what the dashboard draws), and its JSON form.

JSON (``WeeklyInsights.to_json()``, also ``heartlog insights --json``)::

    {"week": "2026-W47", "start": "2026-11-16", "end": "2026-11-22",
     "entries": 5, "mean": 0.21, "not_analysed": 0,
     "days": [{"date": "2026-11-16", "weekday": 1, "entries": 1, "mean": 0.4,
               "mood": 4.0, "previous": {"date": "2026-11-09", "entries": 0,
               "mean": null, "mood": null}}, ... 7 days],
     "previous": {"week": "2026-W46", "entries": 3, "mean": -0.1, "ratio": {...}},
     "ratio": {"positive": 12, "negative": 3, "neutral": 8, "value": 4.0,
               "reference": 5.0, "meets_reference": false},
     "themes": [{"theme": "money", "label": "Money", "positive": 1, "negative": 3,
                 "neutral": 0, "conflicts": 2, "entries": 3}],
     "obstacles": [{"obstacle": "external_stressors", "name": "External stressors",
                    "entries": [ids], "words": ["deadline"], "practices": [...]}],
     "practices": [{"practice": "active_listening", "name": "...", "entries": 2,
                    "prompt_ids": ["active_listening-03"]}],
     "patterns": [Pattern.to_json(), ...],
     "summary": "You wrote 5 times this week ...",
     "facts": [{"kind": "entries", "count": 5, "previous": 3}, ...],
     "version": "1+1.1.1.1.1.1|p1|i1"}
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from heartlog.core.analysis.patterns import Pattern
from heartlog.core.analysis.practices import Suggestion
from heartlog.core.analysis.summary import SummaryFact

GOTTMAN_RATIO = 5.0


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@dataclass(frozen=True, slots=True)
class DayStat:
    """One day: entries written, mean entry score (VADER) and mean self-rated mood (1-5)."""

    date: dt.date
    entries: int
    mean: float | None
    mood: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "weekday": self.date.isoweekday(),
            "entries": self.entries,
            "mean": self.mean,
            "mood": self.mood,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> DayStat:
        return cls(_day(d["date"]), d["entries"], d.get("mean"), d.get("mood"))


@dataclass(frozen=True, slots=True)
class Ratio:
    """Positive to negative sentences, against Gottman's 5:1 (``value`` None: no negatives)."""

    positive: int
    negative: int
    neutral: int
    value: float | None
    reference: float = GOTTMAN_RATIO

    @classmethod
    def of(cls, positive: int, negative: int, neutral: int) -> Ratio:
        value = round(positive / negative, 2) if negative else None
        return cls(positive, negative, neutral, value)

    @property
    def meets_reference(self) -> bool:
        return self.positive > 0 and self.positive >= self.reference * self.negative

    def to_json(self) -> dict[str, Any]:
        return {
            "positive": self.positive,
            "negative": self.negative,
            "neutral": self.neutral,
            "value": self.value,
            "reference": self.reference,
            "meets_reference": self.meets_reference,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Ratio:
        return cls(
            d["positive"],
            d["negative"],
            d["neutral"],
            d.get("value"),
            d.get("reference", GOTTMAN_RATIO),
        )


@dataclass(frozen=True, slots=True)
class ThemeStat:
    """Sentences naming a theme by their tone, conflicts about it, and entries touching it."""

    theme: str
    label: str
    positive: int
    negative: int
    neutral: int
    conflicts: int
    entries: int

    def to_json(self) -> dict[str, Any]:
        return {
            "theme": self.theme,
            "label": self.label,
            "positive": self.positive,
            "negative": self.negative,
            "neutral": self.neutral,
            "conflicts": self.conflicts,
            "entries": self.entries,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ThemeStat:
        return cls(
            d["theme"],
            d["label"],
            d["positive"],
            d["negative"],
            d["neutral"],
            d["conflicts"],
            d["entries"],
        )


@dataclass(frozen=True, slots=True)
class ObstacleStat:
    obstacle: str
    name: str
    entries: tuple[str, ...]
    words: tuple[str, ...]
    practices: tuple[Suggestion, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "obstacle": self.obstacle,
            "name": self.name,
            "entries": list(self.entries),
            "words": list(self.words),
            "practices": [p.to_json() for p in self.practices],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ObstacleStat:
        return cls(
            d["obstacle"],
            d["name"],
            tuple(d["entries"]),
            tuple(d["words"]),
            tuple(Suggestion.from_json(p) for p in d.get("practices", ())),
        )


@dataclass(frozen=True, slots=True)
class PracticeStat:
    """A practice used this week: entries written from its prompts."""

    practice: str
    name: str
    entries: int
    prompt_ids: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "practice": self.practice,
            "name": self.name,
            "entries": self.entries,
            "prompt_ids": list(self.prompt_ids),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PracticeStat:
        return cls(d["practice"], d["name"], d["entries"], tuple(d.get("prompt_ids", ())))


@dataclass(frozen=True)
class WeeklyInsights:
    """One ISO week against the week before (see the module doc for the JSON).

    ``days``/``previous_days`` are the 7 days Monday..Sunday of this and last
    week. ``patterns`` are those unresolved at the week's end plus those
    resolved during the week. ``facts`` are the structured statements behind
    ``summary`` (render them with translated templates via
    ``summary.render_summary``).
    """

    week: str
    start: dt.date
    end: dt.date
    days: tuple[DayStat, ...]
    previous_days: tuple[DayStat, ...]
    entries: int
    previous_entries: int
    mean: float | None
    previous_mean: float | None
    ratio: Ratio
    previous_ratio: Ratio
    themes: tuple[ThemeStat, ...]
    obstacles: tuple[ObstacleStat, ...]
    practices: tuple[PracticeStat, ...]
    patterns: tuple[Pattern, ...]
    not_analysed: int
    version: str
    facts: tuple[SummaryFact, ...] = ()
    summary: str = ""

    def with_summary(self, facts: tuple[SummaryFact, ...], summary: str) -> WeeklyInsights:
        return replace(self, facts=facts, summary=summary)

    @property
    def previous_week(self) -> str:
        year, number, _ = (self.start - dt.timedelta(days=7)).isocalendar()
        return f"{year:04d}-W{number:02d}"

    def to_json(self) -> dict[str, Any]:
        days = []
        for this, prev in zip(self.days, self.previous_days, strict=True):
            day = this.to_json()
            previous = prev.to_json()
            previous.pop("weekday")
            day["previous"] = previous
            days.append(day)
        return {
            "week": self.week,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "entries": self.entries,
            "mean": self.mean,
            "not_analysed": self.not_analysed,
            "days": days,
            "previous": {
                "week": self.previous_week,
                "entries": self.previous_entries,
                "mean": self.previous_mean,
                "ratio": self.previous_ratio.to_json(),
            },
            "ratio": self.ratio.to_json(),
            "themes": [t.to_json() for t in self.themes],
            "obstacles": [o.to_json() for o in self.obstacles],
            "practices": [p.to_json() for p in self.practices],
            "patterns": [p.to_json() for p in self.patterns],
            "summary": self.summary,
            "facts": [f.to_json() for f in self.facts],
            "version": self.version,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> WeeklyInsights:
        days = tuple(DayStat.from_json(x) for x in d["days"])
        previous_days = tuple(DayStat.from_json(x["previous"]) for x in d["days"])
        return cls(
            week=d["week"],
            start=_day(d["start"]),
            end=_day(d["end"]),
            days=days,
            previous_days=previous_days,
            entries=d["entries"],
            previous_entries=d["previous"]["entries"],
            mean=d.get("mean"),
            previous_mean=d["previous"].get("mean"),
            ratio=Ratio.from_json(d["ratio"]),
            previous_ratio=Ratio.from_json(d["previous"]["ratio"]),
            themes=tuple(ThemeStat.from_json(t) for t in d["themes"]),
            obstacles=tuple(ObstacleStat.from_json(o) for o in d["obstacles"]),
            practices=tuple(PracticeStat.from_json(p) for p in d["practices"]),
            patterns=tuple(Pattern.from_json(p) for p in d["patterns"]),
            not_analysed=d.get("not_analysed", 0),
            version=d.get("version", ""),
            facts=tuple(SummaryFact.from_json(f) for f in d.get("facts", ())),
            summary=d.get("summary", ""),
        )
