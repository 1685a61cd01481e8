"""Unresolved-conflict patterns: the same theme fought over on several days.

A pattern is a theme with partner conflict in entries on two or more
different days inside the look-back window (42 days up to ``as_of``). It is
``resolved`` when a resolution on that theme comes after its latest conflict,
else ``unresolved``; a conflict after a resolution reopens it. A resolution
that names no theme resolves the themes of the latest conflict before it; a
soft one ("we hugged") only those of a conflict earlier in the same entry.
Events are ordered by when entries were written (then by content, never by
insertion order), and by sentence and position inside an entry.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from heartlog.core.analysis.practices import Suggestion, practice_catalogue
from heartlog.core.analysis.results import EntryResult, Marker, SentenceResult

WINDOW_DAYS = 42
MIN_DAYS = 2
QUIET_DAYS = 21  # no conflict for this long: easing
EVIDENCE_KINDS = ("conflict", "resolution", "theme", "expression")


@dataclass(frozen=True)
class EntrySignals:
    """What pattern finding needs from one analysed entry."""

    entry_id: str
    day: dt.date
    written_at: dt.datetime  # aware
    tiebreak: str  # the content hash: a stable order for entries written at the same instant
    sentences: tuple[SentenceResult, ...]

    @classmethod
    def of(
        cls, entry_id: str, day: dt.date, written_at: dt.datetime, tiebreak: str, r: EntryResult
    ) -> EntrySignals:
        kept = tuple(s for s in r.sentences if s.order)
        return cls(entry_id, day, written_at, tiebreak, kept)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence behind a pattern, with the words that raised it."""

    entry_id: str
    date: dt.date
    kind: str  # conflict | resolution
    part: str
    sentence: int
    start: int
    end: int
    text: str
    compound: float | None
    markers: tuple[Marker, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry_id,
            "date": self.date.isoformat(),
            "kind": self.kind,
            "part": self.part,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "compound": self.compound,
            "markers": [m.to_json() for m in self.markers],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Evidence:
        return cls(
            d["entry_id"],
            dt.date.fromisoformat(d["date"]),
            d["kind"],
            d["part"],
            d["sentence"],
            d["start"],
            d["end"],
            d["text"],
            d.get("compound"),
            tuple(Marker.from_json(m) for m in d.get("markers", ())),
        )


@dataclass(frozen=True)
class Pattern:
    theme: str
    status: str  # unresolved | resolved
    first_date: dt.date
    last_date: dt.date  # of the latest conflict
    entries: tuple[str, ...]  # entries with conflict on the theme, oldest first
    days: int
    severity: str  # low | medium | high
    severity_score: float
    trend: str  # escalating | steady | easing
    evidence: tuple[Evidence, ...]
    practices: tuple[Suggestion, ...]
    horsemen: tuple[str, ...] = ()
    reopened: bool = False
    resolved_on: dt.date | None = None
    resolved_by: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "theme": self.theme,
            "status": self.status,
            "first_date": self.first_date.isoformat(),
            "last_date": self.last_date.isoformat(),
            "entries": list(self.entries),
            "days": self.days,
            "severity": self.severity,
            "severity_score": self.severity_score,
            "trend": self.trend,
            "horsemen": list(self.horsemen),
            "reopened": self.reopened,
            "resolved_on": self.resolved_on.isoformat() if self.resolved_on else None,
            "resolved_by": self.resolved_by,
            "evidence": [e.to_json() for e in self.evidence],
            "practices": [p.to_json() for p in self.practices],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Pattern:
        return cls(
            theme=d["theme"],
            status=d["status"],
            first_date=dt.date.fromisoformat(d["first_date"]),
            last_date=dt.date.fromisoformat(d["last_date"]),
            entries=tuple(d["entries"]),
            days=d["days"],
            severity=d["severity"],
            severity_score=d["severity_score"],
            trend=d["trend"],
            evidence=tuple(Evidence.from_json(e) for e in d.get("evidence", ())),
            practices=tuple(Suggestion.from_json(p) for p in d.get("practices", ())),
            horsemen=tuple(d.get("horsemen", ())),
            reopened=d.get("reopened", False),
            resolved_on=dt.date.fromisoformat(d["resolved_on"]) if d.get("resolved_on") else None,
            resolved_by=d.get("resolved_by"),
        )


@dataclass
class _Theme:
    conflicts: list[tuple[EntrySignals, SentenceResult]] = field(default_factory=list)
    resolution: tuple[EntrySignals, SentenceResult] | None = None
    reopened: bool = False


def _evidence(e: EntrySignals, s: SentenceResult, kind: str, theme: str) -> Evidence:
    markers = tuple(
        m
        for m in s.counted_markers(*EVIDENCE_KINDS)
        if (m.kind != "theme" or m.label == theme) and (m.kind in (kind, "theme", "expression"))
    )
    return Evidence(
        e.entry_id, e.day, kind, s.part, s.index, s.start, s.end, s.text, s.compound, markers
    )


def _events(records: Iterable[EntrySignals], start: dt.date, end: dt.date) -> list[Any]:
    events = []
    for r in records:
        if not start <= r.day <= end:
            continue
        when = r.written_at.astimezone(dt.UTC)
        for s in r.sentences:
            for pos, kind in enumerate(s.order):
                events.append(((when, r.tiebreak, r.entry_id, s.index, pos), kind, r, s))
    events.sort(key=lambda ev: ev[0])
    return events


def _track(events: list[Any]) -> dict[str, _Theme]:
    themes: dict[str, _Theme] = {}
    latest: tuple[str, ...] = ()
    in_entry: dict[str, set[str]] = {}
    for _key, kind, r, s in events:
        named = s.signal_themes
        if kind == "conflict":
            for t in named:
                st = themes.setdefault(t, _Theme())
                if st.resolution is not None:
                    st.reopened = True
                    st.resolution = None
                st.conflicts.append((r, s))
            if named:
                latest = named
                in_entry.setdefault(r.entry_id, set()).update(named)
            continue
        if s.resolution == "soft":
            earlier = in_entry.get(r.entry_id, set())
            targets = tuple(t for t in (named or tuple(earlier)) if t in earlier)
        else:
            targets = named or latest
        for t in targets:
            st = themes.get(t)
            if st is not None and st.conflicts:
                st.resolution = (r, s)
    return themes


def _severity(
    conflicts: list[tuple[EntrySignals, SentenceResult]],
    days: int,
    horsemen: tuple[str, ...],
    reopened: bool,
) -> tuple[str, float]:
    """0..1: how often (days), how hard (negativity), how (horsemen), and relapse."""
    frequency = min(1.0, (days - 1) / 4)
    intensity = sum(max(0.0, -(s.compound or 0.0)) for _, s in conflicts) / len(conflicts)
    weight = sum(0.25 if h == "contempt" else 0.1 for h in horsemen)
    relapse = 0.15 if reopened else 0.0
    score = 0.35 * frequency + 0.45 * intensity + min(0.4, weight) + relapse
    score = round(min(1.0, score), 3)
    level = "high" if score >= 0.6 else "medium" if score >= 0.35 else "low"
    return level, score


def _trend(conflicts: list[tuple[EntrySignals, SentenceResult]], as_of: dt.date) -> str:
    by_day: dict[dt.date, float] = {}
    for r, s in conflicts:
        strength = max(0.0, -(s.compound or 0.0)) + 0.15 * len(s.horsemen)
        by_day[r.day] = max(by_day.get(r.day, 0.0), strength)
    days = sorted(by_day)
    if (as_of - days[-1]).days > QUIET_DAYS:
        return "easing"
    half = len(days) // 2
    early = [by_day[d] for d in days[:half]]
    late = [by_day[d] for d in days[len(days) - half :]]
    score = sum(late) / len(late) - sum(early) / len(early)
    if len(days) >= 3:
        gaps = [(b - a).days for a, b in itertools.pairwise(days)]
        first, last = gaps[: len(gaps) // 2] or gaps[:1], gaps[len(gaps) // 2 :]
        before, after = sum(first) / len(first), sum(last) / len(last)
        if after < 0.75 * before:
            score += 0.2
        elif after > 1.25 * before:
            score -= 0.2
    return "escalating" if score > 0.1 else "easing" if score < -0.1 else "steady"


def find_patterns(
    records: Iterable[EntrySignals],
    as_of: dt.date,
    window_days: int = WINDOW_DAYS,
    include_resolved: bool = True,
) -> list[Pattern]:
    """The recurring-conflict patterns as of the end of ``as_of``.

    Unresolved ones first, then by severity. Pure: same records, same answer.
    """
    start = as_of - dt.timedelta(days=window_days - 1)
    catalogue = practice_catalogue()
    patterns: list[Pattern] = []
    for theme, st in _track(_events(records, start, as_of)).items():
        days = sorted({r.day for r, _ in st.conflicts})
        if len(days) < MIN_DAYS:
            continue
        resolved = st.resolution is not None
        if resolved and not include_resolved:
            continue
        horsemen = tuple(dict.fromkeys(h for _, s in st.conflicts for h in s.horsemen))
        level, score = _severity(st.conflicts, len(days), horsemen, st.reopened)
        evidence = [_evidence(r, s, "conflict", theme) for r, s in st.conflicts]
        if st.resolution is not None:
            evidence.append(_evidence(*st.resolution, "resolution", theme))
        patterns.append(
            Pattern(
                theme=theme,
                status="resolved" if resolved else "unresolved",
                first_date=days[0],
                last_date=days[-1],
                entries=tuple(dict.fromkeys(r.entry_id for r, _ in st.conflicts)),
                days=len(days),
                severity=level,
                severity_score=score,
                trend=_trend(st.conflicts, as_of),
                evidence=tuple(evidence),
                practices=catalogue.for_pattern(theme, horsemen, st.reopened),
                horsemen=horsemen,
                reopened=st.reopened,
                resolved_on=st.resolution[0].day if st.resolution else None,
                resolved_by=st.resolution[0].entry_id if st.resolution else None,
            )
        )
    patterns.sort(
        key=lambda p: (
            p.status != "unresolved",
            -p.severity_score,
            -p.last_date.toordinal(),
            p.theme,
        )
    )
    return patterns
