"""The writing prompt behind "Write about this" on a conflict pattern.

A pattern suggests practices (first the one that fits best). The prompt is
taken from the first suggested practice that has prompts; a practice the
prompt catalogue only knows as an everyday example (``discussing_disagreement``)
is served by the prompts that address that example. Among the candidates,
hidden prompts are never chosen; unanswered prompts at or below the allowed
depth come first, then answered ones at that depth, then deeper ones; prompts
addressing the pattern's theme (e.g. "unresolved conflicts") before others,
and the deepest allowed before lighter ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from heartlog.core.prompt_catalogue import Catalogue, Prompt

MAX_DEPTH = 3


def _candidates(catalogue: Catalogue, practice: str) -> tuple[Prompt, ...]:
    own = catalogue.prompts_of(practice)
    if own:
        return own
    return tuple(p for p in catalogue.prompts if practice in p.addresses)


def prompt_for_pattern(
    catalogue: Catalogue,
    practices: Sequence[str],
    theme: str = "",
    answered: Iterable[str] = (),
    hidden: Iterable[str] = (),
    max_depth: int = MAX_DEPTH,
) -> Prompt | None:
    """The prompt to write about a pattern with these suggested ``practices``, or None."""
    answered_ids, hidden_ids = frozenset(answered), frozenset(hidden)
    theme_info = catalogue.theme(theme) if theme else None
    wanted = list(dict.fromkeys(practices))
    if theme_info is not None:
        wanted += [p for p in theme_info.practices if p not in wanted]
    addresses = set(theme_info.addresses) if theme_info is not None else set()
    for practice in wanted:
        prompts = [p for p in _candidates(catalogue, practice) if p.id not in hidden_ids]
        if not prompts:
            continue

        def rank(p: Prompt) -> tuple[int, int, int]:
            fits = p.depth <= max_depth
            fresh = p.id not in answered_ids
            tier = 0 if fits and fresh else 1 if fits else 2
            # As deep as the writer is ready for, and no deeper.
            return (tier, 0 if addresses & set(p.addresses) else 1, -p.depth if fits else p.depth)

        return min(prompts, key=rank)  # min() keeps catalogue order among equals
    return None
