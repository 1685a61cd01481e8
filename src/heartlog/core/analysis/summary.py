"""The weekly summary in plain words, from structured facts.

Core states *facts* (``SummaryFact``: a kind and its values); the phrase for
each kind lives in ``summary_templates`` only, so the UI can render the same
facts with translated templates (and format dates and numbers its own way).
A kind with a ``_one`` variant uses it when ``count`` is 1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SummaryFact:
    kind: str
    values: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.values}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SummaryFact:
        values = dict(d)
        return cls(values.pop("kind"), values)


def summary_templates() -> dict[str, str]:
    """Every phrase of the summary, keyed by fact kind (``str.format`` fields)."""
    return {
        "no_entries": "You didn't write this week.",
        "entries": "You wrote {count} times this week (last week: {previous}).",
        "entries_one": "You wrote once this week (last week: {previous}).",
        "tone": "Overall the week felt {tone}.",
        "best_day": "{weekday} felt best.",
        "hardest_day": "{weekday} was the hardest day.",
        "ratio": "There were {value} good moments for every difficult one (5 to 1 is a healthy reference).",
        "ratio_low": "Difficult moments outnumbered good ones: {value} good moments for every difficult one (5 to 1 is a healthy reference).",
        "ratio_no_negative": "You wrote about {positive} good moments and no difficult ones.",
        "ratio_no_positive": "You wrote about {negative} difficult moments and no good ones.",
        "theme": "{label} came up {count} times, {how}.",
        "theme_one": "{label} came up once, {how}.",
        "pattern": "Conflict about {label_lower} keeps coming back without being resolved (since {since}); something to try: {practice}.",
        "resolved": "You resolved the recurring conflict about {label_lower} this week.",
        "not_analysed": "{count} entries were not analysed because they are not in English.",
        "not_analysed_one": "One entry was not analysed because it is not in English.",
    }


TONES = {
    "positive": "mostly positive",
    "somewhat_positive": "somewhat positive",
    "neutral": "calm or mixed",
    "somewhat_difficult": "somewhat difficult",
    "difficult": "difficult",
}
HOW = {
    "positive": "mostly in good moments",
    "negative": "mostly in difficult moments",
    "mixed": "in good and difficult moments",
}


def tone_of(mean: float) -> str:
    if mean >= 0.3:
        return "positive"
    if mean >= 0.05:
        return "somewhat_positive"
    if mean > -0.05:
        return "neutral"
    if mean > -0.3:
        return "somewhat_difficult"
    return "difficult"


def _display(values: Mapping[str, Any]) -> dict[str, Any]:
    shown = dict(values)
    if "tone" in shown:
        shown["tone"] = TONES.get(shown["tone"], shown["tone"])
    if "how" in shown:
        shown["how"] = HOW.get(shown["how"], shown["how"])
    if "date" in shown and "weekday" not in shown:
        shown["weekday"] = dt.date.fromisoformat(shown["date"]).strftime("%A")
    if "since" in shown:
        day = dt.date.fromisoformat(shown["since"])
        shown["since"] = f"{day.day} {day.strftime('%B')}"
    if "label" in shown:
        shown["label_lower"] = str(shown["label"]).lower()
    if isinstance(shown.get("value"), float):
        shown["value"] = f"{shown['value']:.1f}".rstrip("0").rstrip(".")
    return shown


def render_summary(facts: Sequence[SummaryFact], templates: Mapping[str, str] | None = None) -> str:
    """The summary text: one sentence per fact, from ``templates`` (default English)."""
    phrases = templates or summary_templates()
    out: list[str] = []
    for fact in facts:
        key = fact.kind
        if fact.values.get("count") == 1 and f"{key}_one" in phrases:
            key = f"{key}_one"
        template = phrases.get(key)
        if template is None:
            continue
        out.append(template.format(**_display(fact.values)))
    return " ".join(out)
