"""The rules that look at a sentence's neighbours: borrowed conflict and borrowed themes.

A neutral sentence with conflict words next to a conflict sentence is conflict
too ("Another fight about money. He walked out."), and a conflict or
resolution sentence that names no theme takes one from a neighbour. Both see
the sentences as they were before either rule changed them, and the few
results they change are rebuilt (results are frozen).
"""

from __future__ import annotations

from collections.abc import Sequence

from heartlog.core.analysis.lexicon import HORSEMEN
from heartlog.core.analysis.results import Marker, SentenceResult
from heartlog.core.analysis.shared_values import shared_marker

CONTEXT_BEFORE = 2
CONTEXT_AFTER = 1
NEUTRAL = 0.05
FROM_NEIGHBOUR = "from a neighbouring sentence"


def _changed(
    r: SentenceResult,
    conflict: bool | None = None,
    horsemen: tuple[str, ...] | None = None,
    order: tuple[str, ...] | None = None,
    markers: tuple[Marker, ...] | None = None,
    context_themes: tuple[str, ...] | None = None,
) -> SentenceResult:
    """``r._replace(...)`` for the fields the neighbour and context rules change, built
    positionally (``_replace`` goes through a dict of keywords)."""
    return SentenceResult(
        r.index,
        r.part,
        r.start,
        r.end,
        r.text,
        r.compound,
        r.pos,
        r.neu,
        r.neg,
        r.themes,
        r.context_themes if context_themes is None else context_themes,
        r.partner,
        r.conflict if conflict is None else conflict,
        r.resolution,
        r.third_party_conflict,
        r.order if order is None else order,
        r.horsemen if horsemen is None else horsemen,
        r.markers if markers is None else markers,
        r.counts,
    )


def with_neighbours(results: list[SentenceResult], counted: list[list[str]]) -> None:
    """A neutral sentence with conflict words next to a conflict sentence is conflict too
    ("Another fight about money. He walked out.")."""
    before = [r.conflict for r in results]  # neighbours as they were, not as promoted here
    last = len(results) - 1
    for i, r in enumerate(results):
        if r.conflict or not counted[i] or abs(r.compound or 0.0) >= NEUTRAL:
            continue
        if (i > 0 and before[i - 1]) or (i < last and before[i + 1]):
            horsemen = tuple(dict.fromkeys(x for x in counted[i] if x in HORSEMEN))
            # Both kinds of marker would already count, so this one has no resolution.
            results[i] = _changed(r, conflict=True, horsemen=horsemen, order=("conflict",))


def with_context(results: list[SentenceResult]) -> None:
    """Give conflict/resolution sentences without a theme one from a neighbour."""
    entry_themes = {t for r in results for t in r.themes}
    n = len(results)
    changed: list[tuple[int, tuple[str, ...], tuple[Marker, ...]]] = []
    for i, r in enumerate(results):
        if r.themes or not (r.conflict or r.resolution):
            continue
        neighbours = [i - k for k in range(1, CONTEXT_BEFORE + 1)]
        if r.conflict:  # a resolution only looks back: it settles what came before
            neighbours += [i + k for k in range(1, CONTEXT_AFTER + 1)]
        neighbours = [j for j in neighbours if 0 <= j < n]
        borrowed: tuple[str, ...] = ()
        for j in neighbours:
            if results[j].themes:
                borrowed = results[j].themes
                break
        if not borrowed and r.conflict and len(entry_themes) == 1:
            borrowed = tuple(entry_themes)
        if borrowed:
            words = [m for j in neighbours for m in results[j].markers]
            notes = tuple(
                shared_marker("theme", t, theme_words(words, t), True, FROM_NEIGHBOUR)
                for t in borrowed
            )
            # Applied after the loop: a neighbour's words are its own, not borrowed ones.
            changed.append((i, borrowed, notes))
    for i, borrowed, notes in changed:
        r = results[i]
        results[i] = _changed(r, markers=r.markers + notes, context_themes=borrowed)


def theme_words(markers: Sequence[Marker], theme: str) -> str:
    """The words that named ``theme`` among ``markers`` (the theme id if none did)."""
    for m in markers:
        if m.kind == "theme" and m.label == theme:
            return m.text
    return theme
