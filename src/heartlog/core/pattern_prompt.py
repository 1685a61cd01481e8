"""The writing prompt behind "Write about this" on a conflict pattern.

A pattern suggests practices (the best fit first), then the prompt
catalogue's own practices for its theme. A practice the catalogue only knows
as an everyday example (``discussing_disagreement``) is served by the prompts
that address that example. Hidden prompts are never chosen. The choice goes
through the practices in order three times, taking the first match: an
unanswered prompt the writer is ready for (depth at most the allowed depth),
then an answered one at that depth, then the lightest deeper one. Within a
practice, prompts about unresolved conflicts (the theme's facets) come first,
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
    candidates = []
    for practice in wanted:
        prompts = [p for p in _candidates(catalogue, practice) if p.id not in hidden_ids]
        if prompts:
            candidates.append(prompts)

    def about_theme(p: Prompt) -> int:
        return 0 if addresses & set(p.addresses) else 1

    for fresh_only in (True, False):
        for prompts in candidates:
            ready = [
                p
                for p in prompts
                if p.depth <= max_depth and (not fresh_only or p.id not in answered_ids)
            ]
            if ready:
                # min() keeps catalogue order among equals.
                return min(ready, key=lambda p: (about_theme(p), -p.depth))
    if candidates:
        return min(candidates[0], key=lambda p: (p.depth, about_theme(p)))
    return None
