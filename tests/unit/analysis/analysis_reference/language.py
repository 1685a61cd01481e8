"""Is a text English enough for VADER? Coverage by known English words.

A word is known when it is in the shipped English word list, VADER's lexicon
or the relationship lexicon. Texts of fewer than ``min_words`` words pass when
at least one word is known (or when they have no words at all: emoji only).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from analysis_reference.lexicon import english_words
from analysis_reference.tokens import normalise_quotes

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class Coverage:
    words: int
    known: int
    ok: bool

    @property
    def ratio(self) -> float:
        return self.known / self.words if self.words else 1.0


def english_coverage(text: str, extra: Collection[str] = ()) -> Coverage:
    common, min_coverage, min_words = english_words()
    words = _WORD.findall(normalise_quotes(text).lower())
    known = 0
    for word in words:
        if word in common or word in extra or (word.endswith("'s") and word[:-2] in common):
            known += 1
    if not words:
        return Coverage(0, 0, True)
    if len(words) < min_words:
        return Coverage(len(words), known, known > 0)
    return Coverage(len(words), known, known / len(words) >= min_coverage)
