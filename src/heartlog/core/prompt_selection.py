"""Choosing the day's prompt: a pure, deterministic function of profile, day, history, preferences and signals.

The rules, in the order they apply:

1. **Stable all day.** Once a prompt has been shown on a day and not skipped or
   hidden since, it *is* that day's prompt. A day's first prompt is computed
   from the days *before* it (plus that day's skips only), so computing it
   twice gives the same answer whether or not anything was recorded between.
2. **No repeat within 30 days** (``REPEAT_WINDOW_DAYS``). A prompt that was a
   day's prompt, or that was answered, on one of the previous 29 days is not
   chosen. Prompts merely skipped in that window come last in their practice,
   so they return early only when that practice has nothing else left.
3. **Gradual deepening** (the seed's "embrace vulnerability incrementally").
   Only depth 1 until ``DEPTH_2_AFTER`` different depth-1 prompts have been
   answered; depth 3 only after ``DEPTH_3_AFTER`` different depth-2 prompts
   have been answered. Answers count from the next day on. Once deeper prompts
   are open, each day's target depth is drawn (deterministically) with weights
   1:2 (depths 1-2) or 1:2:2 (depths 1-3), so depth grows without lighter
   prompts disappearing.
4. **Adaptation.** Practices linked to an active signal (an unresolved-conflict
   theme such as ``money``, an obstacle such as ``poor_communication``, or a
   practice id) come first; inside them, prompts that address that obstacle or
   the theme's items directly.
5. **Rotation.** Otherwise practices take turns: the practice used longest ago
   comes first; "Another prompt" moves on to the next practice.
6. Inside the chosen practice: not skipped in the last 30 days, then (with
   signals) addressing the signalled items, then favourites (so they return
   once their 30 days are over), then never-seen prompts, then prompts for the
   preferred love languages, then closest to
   the target depth, then least recently used; a per-profile, per-day hash
   breaks ties.

Hidden prompts never come back. If everything at the open depths is hidden, a
deeper prompt is offered rather than nothing; if every prompt is hidden the
result is ``None``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from heartlog.core.prompt_catalogue import Catalogue, Prompt

log = logging.getLogger(__name__)

REPEAT_WINDOW_DAYS = 30
DEPTH_2_AFTER = 3  # answered depth-1 prompts before depth 2 opens
DEPTH_3_AFTER = 5  # answered depth-2 prompts before depth 3 opens
# Chance of each target depth once that many depths are open (depth 1 never disappears).
_DEPTH_WEIGHTS = {1: (1,), 2: (1, 2), 3: (1, 2, 2)}


class EventKind(StrEnum):
    SHOWN = "shown"
    SKIPPED = "skipped"
    ANSWERED = "answered"


@dataclass(frozen=True)
class HistoryEvent:
    """Something that happened to a prompt on a day. Histories are in the order it happened."""

    prompt_id: str
    day: dt.date
    kind: EventKind


class SignalKind(StrEnum):
    THEME = "theme"  # an unresolved-conflict pattern's theme id, e.g. "money"
    OBSTACLE = "obstacle"  # an obstacle id from the catalogue, e.g. "poor_communication"
    PRACTICE = "practice"  # a practice id the analysis suggests directly


@dataclass(frozen=True)
class AdaptationSignal:
    """An active finding of the analysis that the prompts should respond to."""

    kind: SignalKind
    id: str

    @classmethod
    def theme(cls, theme_id: str) -> AdaptationSignal:
        return cls(SignalKind.THEME, theme_id)

    @classmethod
    def obstacle(cls, obstacle_id: str) -> AdaptationSignal:
        return cls(SignalKind.OBSTACLE, obstacle_id)

    @classmethod
    def practice(cls, practice_id: str) -> AdaptationSignal:
        return cls(SignalKind.PRACTICE, practice_id)


@dataclass(frozen=True)
class Preferences:
    favourites: frozenset[str] = frozenset()
    hidden: frozenset[str] = frozenset()
    # Love languages to weigh up (mine first, then my partner's); see love_languages.py.
    love_languages: tuple[str, ...] = ()


@dataclass
class _Digest:
    """What the history says, seen from one day."""

    current: str | None = None  # today's prompt so far (shown, not skipped since)
    skipped_today: dict[str, int] = field(default_factory=dict)  # id -> order of its last skip
    recent_kept: set[str] = field(default_factory=set)  # a day's prompt / answered, in window
    recent_seen: set[str] = field(default_factory=set)  # shown in window (kept or skipped)
    ever_used: set[str] = field(default_factory=set)
    last_used: dict[str, dt.date] = field(default_factory=dict)
    practice_last: dict[str, dt.date] = field(default_factory=dict)
    answered: set[str] = field(default_factory=set)


def _digest(catalogue: Catalogue, day: dt.date, history: Iterable[HistoryEvent]) -> _Digest:
    out = _Digest()
    window_start = day - dt.timedelta(days=REPEAT_WINDOW_DAYS - 1)
    shown, skipped, answered = EventKind.SHOWN, EventKind.SKIPPED, EventKind.ANSWERED
    kept_by_day: dict[dt.date, str | None] = {}
    used: list[tuple[str, dt.date]] = []  # (prompt, day) answered, before today
    last_used = out.last_used
    for order, event in enumerate(history):
        when, pid, kind = event.day, event.prompt_id, event.kind
        if when >= day:
            if when == day:
                if kind == shown:
                    out.current = pid
                elif kind == skipped:
                    out.skipped_today[pid] = order
                    if out.current == pid:
                        out.current = None
            continue
        if kind == shown:
            kept_by_day[when] = pid
            if when >= window_start:
                out.recent_seen.add(pid)
        elif kind == skipped:
            if kept_by_day.get(when) == pid:
                kept_by_day[when] = None
            continue
        elif kind == answered:
            out.answered.add(pid)
            used.append((pid, when))
        previous = last_used.get(pid)
        if previous is None or when > previous:
            last_used[pid] = when
    out.ever_used.update(last_used)
    used.extend((pid, d) for d, pid in kept_by_day.items() if pid is not None)
    for pid, d in used:
        if d >= window_start:
            out.recent_kept.add(pid)
        prompt = catalogue.get(pid)
        if prompt is not None:
            last = out.practice_last.get(prompt.practice)
            if last is None or d > last:
                out.practice_last[prompt.practice] = d
    return out


def current_prompt_id(
    catalogue: Catalogue, day: dt.date, history: Sequence[HistoryEvent]
) -> str | None:
    """The prompt shown on ``day`` and not skipped since, if any (hidden ones included)."""
    return _digest(catalogue, day, history).current


def _answered_at(catalogue: Catalogue, answered: Iterable[str], depth: int) -> int:
    return sum(1 for pid in answered if (p := catalogue.get(pid)) is not None and p.depth == depth)


def allowed_depth(catalogue: Catalogue, day: dt.date, history: Sequence[HistoryEvent]) -> int:
    """The deepest prompt depth open on ``day`` (answers count from the next day on)."""
    return _allowed(catalogue, _digest(catalogue, day, history).answered)


def _allowed(catalogue: Catalogue, answered: set[str]) -> int:
    if _answered_at(catalogue, answered, 1) < DEPTH_2_AFTER:
        return 1
    if _answered_at(catalogue, answered, 2) < DEPTH_3_AFTER:
        return 2
    return 3


def _hash(*parts: object) -> int:
    text = "\x1f".join(str(p) for p in parts)
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def _target_depth(profile_id: str, day: dt.date, allowed: int) -> int:
    weights = _DEPTH_WEIGHTS[allowed]
    roll = _hash(profile_id, day.isoformat(), "depth") % sum(weights)
    for depth, weight in enumerate(weights, start=1):
        if roll < weight:
            return depth
        roll -= weight
    return allowed


def focus_of(
    catalogue: Catalogue, signals: Iterable[AdaptationSignal]
) -> tuple[frozenset[str], frozenset[str]]:
    """(practice ids, facet ids) that the active signals point to; unknown ids are ignored."""
    practices: set[str] = set()
    facets: set[str] = set()
    for signal in signals:
        if signal.kind == SignalKind.THEME and (theme := catalogue.theme(signal.id)):
            practices.update(theme.practices)
            facets.update(theme.addresses)
        elif signal.kind == SignalKind.OBSTACLE and (
            (facet := catalogue.facet(signal.id)) and facet.kind == "obstacle"
        ):
            practices.update(facet.practices)
            facets.add(facet.id)
        elif signal.kind == SignalKind.PRACTICE and signal.id in catalogue.practice_ids:
            practices.add(signal.id)
        else:
            log.debug("ignoring unknown adaptation signal %s:%s", signal.kind, signal.id)
    return frozenset(practices), frozenset(facets)


@dataclass(frozen=True)
class _Ranker:
    profile_id: str
    day: dt.date
    digest: _Digest
    target: int
    focus_practices: frozenset[str]
    focus_facets: frozenset[str]
    preferences: Preferences

    def practice_key(
        self, practice: str, skipped_practice: dict[str, int], on_target: set[str]
    ) -> tuple[int, ...]:
        last = self.digest.practice_last.get(practice)
        return (
            1 if practice in skipped_practice else 0,
            skipped_practice.get(practice, -1),
            0 if practice in self.focus_practices else 1,
            0 if practice in on_target else 1,
            last.toordinal() if last else 0,
            _hash(self.profile_id, self.day.isoformat(), practice),
        )

    def prompt_key(self, p: Prompt) -> tuple[int, ...]:
        prefs, digest = self.preferences, self.digest
        last = digest.last_used.get(p.id)
        return (
            1 if p.id in digest.recent_seen else 0,
            0 if self.focus_facets.intersection(p.addresses) else 1,
            0 if p.id in prefs.favourites else 1 if p.id not in digest.ever_used else 2,
            0 if p.love_language in prefs.love_languages else 1,
            abs(p.depth - self.target),
            p.depth,
            last.toordinal() if last else 0,
            _hash(self.profile_id, self.day.isoformat(), p.id),
        )

    def best(self, pool: Sequence[Prompt], catalogue: Catalogue) -> Prompt:
        skipped_practice: dict[str, int] = {}
        for pid, order in self.digest.skipped_today.items():
            if (p := catalogue.get(pid)) is not None:
                skipped_practice[p.practice] = max(order, skipped_practice.get(p.practice, -1))
        practices = {p.practice for p in pool}
        # Practices holding a prompt that addresses a signalled item directly go first.
        on_target = {
            p.practice
            for p in pool
            if self.focus_facets.intersection(p.addresses) and p.id not in self.digest.recent_seen
        }
        practice = min(practices, key=lambda pr: self.practice_key(pr, skipped_practice, on_target))
        return min((p for p in pool if p.practice == practice), key=self.prompt_key)


def daily_prompt(
    catalogue: Catalogue,
    profile_id: str,
    day: dt.date,
    history: Sequence[HistoryEvent] = (),
    preferences: Preferences | None = None,
    signals: Sequence[AdaptationSignal] = (),
) -> Prompt | None:
    """The prompt for ``day`` (see the module docstring for the rules), or ``None`` if all are hidden."""
    preferences = preferences or Preferences()
    digest = _digest(catalogue, day, history)
    hidden = preferences.hidden
    if digest.current and digest.current not in hidden:
        current = catalogue.get(digest.current)
        if current is not None:
            return current

    allowed = _allowed(catalogue, digest.answered)
    focus_practices, focus_facets = focus_of(catalogue, signals)
    ranker = _Ranker(
        profile_id,
        day,
        digest,
        _target_depth(profile_id, day, allowed),
        focus_practices,
        focus_facets,
        preferences,
    )
    usable = [p for p in catalogue.prompts if p.id not in hidden]
    open_depths = [p for p in usable if p.depth <= allowed]
    not_skipped = [p for p in open_depths if p.id not in digest.skipped_today]
    pool = [p for p in not_skipped if p.id not in digest.recent_kept]
    if pool:
        return ranker.best(pool, catalogue)
    # Everything left was skipped today: go round again, oldest skip first.
    again = [
        p for p in open_depths if p.id in digest.skipped_today and p.id not in digest.recent_kept
    ]
    if again:
        return min(again, key=lambda p: digest.skipped_today[p.id])
    # Too much hidden for the 30-day rule (or the depth gate) to hold: relax it.
    for pool in (not_skipped, open_depths, usable):
        if pool:
            log.info("prompt pool exhausted for %s; relaxing the repeat/depth rules", day)
            return ranker.best(pool, catalogue)
    return None
