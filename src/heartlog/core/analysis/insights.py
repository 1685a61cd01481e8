"""Weekly insights: how the week felt, what came up, and what keeps coming back.

``weekly_insights(store, "2026-W47")`` returns a ``WeeklyInsights`` (its
``to_json()`` is what ``heartlog insights --json`` prints and the dashboard
draws). Cached in ``insight_cache`` under ``insights:<week>`` with a
fingerprint of every entry and analysis the week depends on (the 42 days up
to the week's end), so any edit, deletion or re-analysis recomputes it.

Practices used come from entries written from prompts: ``practice_of`` maps a
prompt id to a practice id; by default the practice is the part of the id
before its first "-" or "." ("active_listening-03" -> "active_listening").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from heartlog.core import models as m
from heartlog.core.analysis.insight_data import (
    DayStat,
    ObstacleStat,
    PracticeStat,
    Ratio,
    ThemeStat,
    WeeklyInsights,
)
from heartlog.core.analysis.markers import marker_rules
from heartlog.core.analysis.patterns import WINDOW_DAYS, EntrySignals, Pattern, find_patterns
from heartlog.core.analysis.practices import practice_catalogue
from heartlog.core.analysis.results import EntryResult
from heartlog.core.analysis.summary import SummaryFact, render_summary, tone_of
from heartlog.core.errors import HeartLogError

if TYPE_CHECKING:
    from heartlog.core.analysis.store import AnalysisStore

INSIGHTS_VERSION = 1
PracticeOf = Callable[[str], str | None]
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)

__all__ = [
    "DayStat",
    "InvalidWeek",
    "ObstacleStat",
    "PracticeOf",
    "PracticeStat",
    "Ratio",
    "ThemeStat",
    "WeeklyInsights",
    "default_practice_of",
    "parse_week",
    "weekly_insights",
]


class InvalidWeek(HeartLogError):
    def __init__(self, text: str) -> None:
        super().__init__(f"{text!r} is not a week. Use YYYY-Www, for example 2026-W47.")


def default_practice_of(prompt_id: str) -> str | None:
    """The practice of a prompt id: the part before the first '-' or '.'."""
    head = re.split(r"[-.]", prompt_id.strip(), maxsplit=1)[0]
    return head or None


def parse_week(week: str | dt.date | None) -> tuple[str, dt.date]:
    """("YYYY-Www", its Monday) for a week text, a day in the week, or None (this week)."""
    if week is None:
        week = dt.date.today()
    if isinstance(week, dt.date):
        year, number, _ = week.isocalendar()
    else:
        match = _WEEK.match(week.strip())
        if match is None:
            raise InvalidWeek(week)
        year, number = int(match.group(1)), int(match.group(2))
    try:
        monday = dt.date.fromisocalendar(year, number, 1)
    except ValueError:
        raise InvalidWeek(str(week)) from None
    return f"{year:04d}-W{number:02d}", monday


@dataclass
class _Entry:
    id: str
    day: dt.date
    mood: int | None
    prompt_id: str | None
    result: EntryResult


def _day_stats(entries: list[_Entry], monday: dt.date) -> tuple[DayStat, ...]:
    out = []
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        todays = [e for e in entries if e.day == day]
        scores = [e.result.compound for e in todays if e.result.compound is not None]
        moods = [e.mood for e in todays if e.mood is not None]
        out.append(
            DayStat(
                date=day,
                entries=len(todays),
                mean=round(sum(scores) / len(scores), 4) if scores else None,
                mood=round(sum(moods) / len(moods), 2) if moods else None,
            )
        )
    return tuple(out)


def _ratio(entries: list[_Entry]) -> Ratio:
    counts = Counter()
    for e in entries:
        for s in e.result.sentences:
            if s.compound is None:
                continue
            counts[
                "positive"
                if s.compound >= 0.05
                else "negative"
                if s.compound <= -0.05
                else "neutral"
            ] += 1
    return Ratio.of(counts["positive"], counts["negative"], counts["neutral"])


def _mean(entries: list[_Entry]) -> float | None:
    scores = [e.result.compound for e in entries if e.result.compound is not None]
    return round(sum(scores) / len(scores), 4) if scores else None


def _themes(entries: list[_Entry]) -> tuple[ThemeStat, ...]:
    labels = marker_rules().theme_labels
    stats: dict[str, dict[str, Any]] = {}
    for e in entries:
        for s in e.result.sentences:
            for theme in dict.fromkeys(s.themes + (s.signal_themes if s.conflict else ())):
                st = stats.setdefault(
                    theme, {"pos": 0, "neg": 0, "neu": 0, "conf": 0, "ids": set()}
                )
                st["ids"].add(e.id)
                if s.conflict:
                    st["conf"] += 1
                if theme in s.themes:
                    c = s.compound or 0.0
                    st["pos" if c >= 0.05 else "neg" if c <= -0.05 else "neu"] += 1
    out = [
        ThemeStat(t, labels.get(t, t), v["pos"], v["neg"], v["neu"], v["conf"], len(v["ids"]))
        for t, v in stats.items()
    ]
    out.sort(key=lambda t: (-(t.positive + t.negative + t.neutral + t.conflicts), t.theme))
    return tuple(out)


def _obstacles(entries: list[_Entry], patterns: list[Pattern]) -> tuple[ObstacleStat, ...]:
    names = marker_rules().obstacle_names
    catalogue = practice_catalogue()
    found: dict[str, tuple[list[str], list[str]]] = {}
    for e in entries:
        for hit in e.result.obstacles:
            ids, words = found.setdefault(hit.obstacle, ([], []))
            if e.id not in ids:
                ids.append(e.id)
            words.extend(w for w in hit.words if w not in words)
    for p in patterns:
        if p.status != "unresolved":
            continue
        for e in entries:
            if e.id in p.entries:
                ids, words = found.setdefault("unresolved_conflicts", ([], []))
                if e.id not in ids:
                    ids.append(e.id)
                if p.theme not in words:
                    words.append(p.theme)
    order = list(names)
    return tuple(
        ObstacleStat(o, names[o], tuple(found[o][0]), tuple(found[o][1]), catalogue.for_obstacle(o))
        for o in sorted(found, key=lambda o: (-len(found[o][0]), order.index(o)))
    )


def _practices(entries: list[_Entry], practice_of: PracticeOf) -> tuple[PracticeStat, ...]:
    catalogue = practice_catalogue()
    used: dict[str, list[str]] = {}
    counts: Counter[str] = Counter()
    for e in entries:
        if not e.prompt_id:
            continue
        practice = practice_of(e.prompt_id)
        if not practice:
            continue
        counts[practice] += 1
        prompts = used.setdefault(practice, [])
        if e.prompt_id not in prompts:
            prompts.append(e.prompt_id)
    return tuple(
        PracticeStat(p, catalogue.name(p), n, tuple(used[p])) for p, n in counts.most_common()
    )


def _facts(w: WeeklyInsights) -> tuple[SummaryFact, ...]:
    facts: list[SummaryFact] = []
    if w.entries == 0:
        facts.append(SummaryFact("no_entries"))
    else:
        facts.append(SummaryFact("entries", {"count": w.entries, "previous": w.previous_entries}))
        if w.mean is not None:
            facts.append(SummaryFact("tone", {"tone": tone_of(w.mean), "mean": w.mean}))
        scored = [d for d in w.days if d.mean is not None]
        if len(scored) >= 2:
            best = max(scored, key=lambda d: d.mean or 0.0)
            worst = min(scored, key=lambda d: d.mean or 0.0)
            if (best.mean or 0.0) - (worst.mean or 0.0) >= 0.1:
                facts.append(SummaryFact("best_day", {"date": best.date.isoformat()}))
                facts.append(SummaryFact("hardest_day", {"date": worst.date.isoformat()}))
        r = w.ratio
        if r.negative and not r.positive:
            facts.append(SummaryFact("ratio_no_positive", {"negative": r.negative}))
        elif r.negative and r.value is not None:
            kind = "ratio" if r.value >= 1 else "ratio_low"
            facts.append(
                SummaryFact(
                    kind, {"value": r.value, "positive": r.positive, "negative": r.negative}
                )
            )
        elif r.positive:
            facts.append(SummaryFact("ratio_no_negative", {"positive": r.positive}))
        for t in w.themes[:2]:
            count = t.positive + t.negative + t.neutral
            if count >= 2:
                how = (
                    "negative"
                    if t.negative > t.positive
                    else "positive"
                    if t.positive > t.negative
                    else "mixed"
                )
                facts.append(
                    SummaryFact(
                        "theme", {"theme": t.theme, "label": t.label, "count": count, "how": how}
                    )
                )
    for p in w.patterns:
        label = marker_rules().theme_labels.get(p.theme, p.theme)
        if p.status == "unresolved":
            practice = p.practices[0].name if p.practices else ""
            facts.append(
                SummaryFact(
                    "pattern",
                    {
                        "theme": p.theme,
                        "label": label,
                        "since": p.first_date.isoformat(),
                        "days": p.days,
                        "practice": practice,
                    },
                )
            )
        else:
            facts.append(SummaryFact("resolved", {"theme": p.theme, "label": label}))
    if w.not_analysed:
        facts.append(SummaryFact("not_analysed", {"count": w.not_analysed}))
    return tuple(facts)


def _fingerprint(
    store: AnalysisStore, start: dt.date, end: dt.date, practice_of: PracticeOf
) -> str:
    ea = m.EntryAnalysis
    stmt = (
        select(
            m.Entry.pk,
            m.Entry.updated_at,
            m.Entry.written_at,
            m.Entry.mood,
            m.Entry.prompt_id,
            ea.content_hash,
            ea.analyzer_version,
        )
        .outerjoin(ea, ea.entry_pk == m.Entry.pk)
        .where(m.Entry.entry_date.between(start, end))
        .order_by(m.Entry.pk)
    )
    h = hashlib.sha256(f"{practice_of.__module__}.{practice_of.__qualname__}".encode())
    with store.journal.session() as s:
        for row in s.execute(stmt):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def cache_version(store: AnalysisStore) -> str:
    return f"{store.version}|p{practice_catalogue().version}|i{INSIGHTS_VERSION}"


def weekly_insights(
    store: AnalysisStore,
    week: str | dt.date | None = None,
    practice_of: PracticeOf | None = None,
    use_cache: bool = True,
) -> WeeklyInsights:
    """The insights of one ISO week (default: this week), from cache when still valid."""
    practice_of = practice_of or default_practice_of
    label, monday = parse_week(week)
    sunday = monday + dt.timedelta(days=6)
    start = sunday - dt.timedelta(days=WINDOW_DAYS - 1)
    store.refresh_between(start, sunday)
    key, version = f"insights:{label}", cache_version(store)
    fingerprint = _fingerprint(store, start, sunday, practice_of)
    if use_cache:
        with store.journal.session() as s:
            row = s.get(m.InsightCache, key)
            if (
                row is not None
                and row.version == version
                and row.data.get("fingerprint") == fingerprint
            ):
                return WeeklyInsights.from_json(row.data["insights"])
    insights = _compute(store, label, monday, practice_of, start)
    with store.journal.session() as s:
        row = s.get(m.InsightCache, key)
        data = {"fingerprint": fingerprint, "insights": insights.to_json()}
        if row is None:
            s.add(m.InsightCache(key=key, version=version, data=data, computed_at=m.utcnow()))
        else:
            row.version, row.data, row.computed_at = version, data, m.utcnow()
    return insights


def _compute(
    store: AnalysisStore, label: str, monday: dt.date, practice_of: PracticeOf, start: dt.date
) -> WeeklyInsights:
    sunday = monday + dt.timedelta(days=6)
    previous_monday = monday - dt.timedelta(days=7)
    rows = store.analysed_between(start, sunday)
    signals = [EntrySignals.of(i, d, w, h, r) for i, d, w, _m, _p, h, r in rows]
    entries = [_Entry(i, d, mood, p, r) for i, d, _w, mood, p, _h, r in rows]
    this_week = [e for e in entries if monday <= e.day <= sunday]
    last_week = [e for e in entries if previous_monday <= e.day < monday]
    patterns = [
        p
        for p in find_patterns(signals, sunday)
        if p.status == "unresolved" or (p.resolved_on is not None and p.resolved_on >= monday)
    ]
    insights = WeeklyInsights(
        week=label,
        start=monday,
        end=sunday,
        days=_day_stats(this_week, monday),
        previous_days=_day_stats(last_week, previous_monday),
        entries=len(this_week),
        previous_entries=len(last_week),
        mean=_mean(this_week),
        previous_mean=_mean(last_week),
        ratio=_ratio(this_week),
        previous_ratio=_ratio(last_week),
        themes=_themes(this_week),
        obstacles=_obstacles(this_week, patterns),
        practices=_practices(this_week, practice_of),
        patterns=tuple(patterns),
        not_analysed=sum(1 for e in this_week if not e.result.language_ok),
        version=cache_version(store),
    )
    facts = _facts(insights)
    return insights.with_summary(facts, render_summary(facts))
