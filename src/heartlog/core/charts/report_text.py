"""The words of an exported week (title, summary, patterns with evidence), English by default.

The export lays out a ``WeekReport`` as it is; the UI builds one with
translated words and QLocale dates, the CLI uses ``english_report``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from heartlog.core.analysis.insight_data import WeeklyInsights
from heartlog.core.analysis.patterns import Evidence, Pattern
from heartlog.core.charts.labels import ENGLISH_THEMES

MAX_EVIDENCE = 6  # per pattern in an export; the dashboard can show them all

TRENDS = {
    "escalating": "It has been getting more intense lately.",
    "steady": "It has stayed about the same.",
    "easing": "It has been easing off.",
}
SEVERITIES = {"low": "mild", "medium": "moderate", "high": "serious"}


@dataclass(frozen=True)
class PatternText:
    heading: str  # "Money: keeps coming back"
    details: str  # "Conflict on 3 days, 6 to 20 November. It has ... Severity: moderate."
    evidence: tuple[str, ...]  # "Mon 16 Nov: “We argued about money again.”"
    suggestion: str  # "Something to try: ... Why: ..."


@dataclass(frozen=True)
class WeekReport:
    title: str
    summary_heading: str
    summary: str
    patterns_heading: str
    patterns: tuple[PatternText, ...]
    no_patterns: str
    footer: str


def _day(d: dt.date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


def _span(first: dt.date, last: dt.date) -> str:
    if first == last:
        return f"{first.day} {first:%B}"
    if first.month == last.month:
        return f"{first.day} to {last.day} {last:%B}"
    return f"{first.day} {first:%B} to {last.day} {last:%B}"


def english_week_title(w: WeeklyInsights) -> str:
    number = int(w.week.split("W")[1])
    return f"Week {number}: {_span(w.start, w.end)} {w.end.year}"


def _evidence(e: Evidence) -> str:
    text = " ".join(e.text.split())
    when = f"{_day(e.date)}, made up" if e.kind == "resolution" else _day(e.date)
    return f"{when}: \u201c{text}\u201d"


def english_pattern(p: Pattern) -> PatternText:
    label = ENGLISH_THEMES.get(p.theme, p.theme)
    if p.status == "unresolved":
        heading = f"{label}: keeps coming back"
    else:
        when = f" on {_day(p.resolved_on)}" if p.resolved_on else ""
        heading = f"{label}: resolved{when}"
    details = " ".join(
        t
        for t in (
            f"Conflict on {p.days} days, {_span(p.first_date, p.last_date)}.",
            TRENDS.get(p.trend, ""),
            f"Severity: {SEVERITIES.get(p.severity, p.severity)}.",
        )
        if t
    )
    evidence = tuple(_evidence(e) for e in p.evidence[-MAX_EVIDENCE:])
    if p.practices:
        first = p.practices[0]
        suggestion = f"Something to try: {first.name}. {first.why}"
    else:
        suggestion = ""
    return PatternText(heading, details, evidence, suggestion)


def english_report(w: WeeklyInsights) -> WeekReport:
    return WeekReport(
        title=english_week_title(w),
        summary_heading="The week in a few words",
        summary=w.summary,
        patterns_heading="Patterns to look at",
        patterns=tuple(english_pattern(p) for p in w.patterns),
        no_patterns="Nothing keeps coming back right now.",
        footer="HeartLog. Private: this file is not encrypted; keep it somewhere safe.",
    )
